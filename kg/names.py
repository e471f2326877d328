"""Mentions and their names, as a linker would write them.

`phrase` finds the mention a token heads (a named entity, a run of proper nouns, or a
noun with its modifiers); `canonical_name` writes it the way knowledge bases such as
DBpedia name things (``Albany,_Georgia``, ``United_States``, plain numbers, ISO dates);
`kg.align` goes the other way, from a canonical name to its span in a sentence.
Learning (`kg.learn`) and the learned extractor (`kg.relations.learned`) share them, with
`kg.reference`, which says who a phrase is about.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date

from spacy.tokens import Doc, Span, Token

from kg.mentions import KNOWN_SPANS, NER_SPANS
from kg.spelled import spelled_number

_PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "quantmod"})


_ABBREVIATIONS = {
    "u.s.": "United States", "us": "United States", "u.s.a.": "United States", "usa": "United States",
    "u.s": "United States", "america": "United States", "uk": "United Kingdom", "u.k.": "United Kingdom",
    "britain": "United Kingdom", "great britain": "United Kingdom",
}  # fmt: skip


MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)  # fmt: skip
"""The months' names, in lower case and in order."""
_MONTHS = {name: number for number, name in enumerate(MONTH_NAMES, 1)}
_MONTHS |= {name[:3]: number for name, number in _MONTHS.items()} | {"sept": 9}
"""Month names and their abbreviations ("Jan.", "Sept"), by number."""


TITLE_THE = "article:The"
"""Names-table key of the convention that a capitalised "The" before a name is part of it
("The Ferryman", a film's title), which the examples keep (`kg.conventions`)."""

AS_LABELS = "names:labels"
"""Names-table key of the convention that the examples write names as labels, words apart
(Wikidata's "Lewis Hamilton", not DBpedia's ``Lewis_Hamilton``): a "Jr." is then as the text
writes it ("Carlos Sainz Jr."), not set off by DBpedia's comma (`kg.conventions`)."""

NUMBER = re.compile(r"^[-+]?[$€£]?\d[\d,]*(\.\d+)?$")
_YEAR = re.compile(r"1\d{3}|20\d{2}")


def phrase(token: Token) -> Span:
    """The mention a token heads: its named entity if it is in one (with a following
    ``, State`` for a ``City, State`` pair), else the token with its modifiers
    ("energy industry", "8,500")."""
    doc = token.doc
    if token.text.rstrip(".") in _COMPANY_FORMS and token.i >= 2 and doc[token.i - 1].text == ",":
        company = phrase(doc[token.i - 2])  # "GMA New Media, Inc": the parser's subject is "Inc"
        if company.end == token.i - 1 and company.root.pos_ == "PROPN":
            return doc[company.start : token.i + 1]
    if token.dep_ in DESCRIBING and token.head.pos_ == "NOUN":
        paired = _paired_demonym(token)  # "a South African golfer"
        if paired is not None:
            return paired
        if token.text in DEMONYMS:
            return doc[token.i : token.i + 1]  # "a 2011 Kazakh drama film": a people's adjective
    while (
        token.dep_ in ("compound", "flat") and token.head.i > token.i and token.head.pos_ in ("PROPN", "NOUN")
    ):
        token = token.head  # "GMA" in "GMA New Media" means the whole name
    if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower):  # "the city of Dijon" is Dijon
        for prep in token.children:
            named = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            if prep.dep_ == "prep" and prep.lower_ == "of" and named and prep.i == token.i + 1:
                return phrase(named[0])
    for ent in tagged(doc):
        if ent.start <= token.i < ent.end:
            ent = _range_end(ent, token)
            if named_period(ent):
                ent = ent[1:]  # "the Late Cretaceous", a period's name the tagger takes for a date
            place = _place_before(ent)
            if place is not None:  # "Akron, Ohio is …": the parser's subject is the region
                return _with_region(place)
            start = ent.start
            while (
                start > 0
                and (ent.start <= doc[start - 1].head.i < ent.end)
                and (
                    (doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound")
                    or (doc[start - 1].dep_ == "nummod" and _YEAR.fullmatch(doc[start - 1].text))
                )
            ):
                start -= 1  # "AC Chievo Verona", the tagger's entity "Chievo Verona"; "2008 Summer Olympics"
            ent = doc[start : ent.end] if start < ent.start else ent
            if ent.end + 1 < len(doc) and ent.label_ in _YEARED and _of_year(doc[ent.end]):
                ent = doc[ent.start : ent.end + 2]  # "the Voting Rights Act of 1965"
            return _shaped(_with_region(ent))
    start = end = token.i
    if token.pos_ == "PROPN":  # a name: its run of name words, not what describes it
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i >= token.i:
            start -= 1
        edge = token.left_edge.i
        while edge < start and doc[edge].dep_ == "det":
            edge += 1  # "the 1 Decembrie 1918 University"
        if edge < start and all(t.pos_ in ("PROPN", "NUM") and not t.ent_type_ for t in doc[edge:start]):
            start = edge  # numbers inside a name: "1 Decembrie 1918 University"
    else:
        for child in reversed(list(token.lefts)):  # nearest first: "Uruguay national football team"
            if token.pos_ == "NOUN" and after_capital_hyphen(child):
                break  # "a Swedish-language crime series": the language's word, not the noun's
            if child.dep_ in _PHRASE_DEPS and child.i == start - 1:
                start = child.left_edge.i if child.pos_ != "VERB" else child.i
    while start < token.i and (doc[start].dep_ in ("det", "case", "poss") or doc[start].is_punct):
        start += 1
    for child in token.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and token.pos_ == "NOUN" and token.is_lower:
            return phrase(child)  # "the club member, Aleksandr Prudnikov" is Aleksandr Prudnikov
        if child.dep_ in ("compound", "nummod", "appos") and child.i > token.i and child.pos_ == "PROPN":
            if child.dep_ == "appos" and any(t.is_punct for t in doc[token.i : child.left_edge.i]):
                continue  # "Ana Ruiz, Mayor of Vigo": a description, not more of the name
            end = max(end, _name_end(child))
        if _of_year(child) and child.i == end + 1 and token.pos_ == "PROPN" and token.is_title:
            end = child.i + 1  # "the Voting Rights Act of 1965", "the Revolution of 1848"
        if (
            child.dep_ in ("appos", "nummod") and child.pos_ == "NUM" and child.i == end + 1
            and token.pos_ == "PROPN" and child.is_digit and not child.ent_type_
        ):  # fmt: skip
            end = child.i  # "the Pixel 3 was succeeded …", "Explorer 1 was launched": a model's number
    return _shaped(doc[start : end + 1])


def after_capital_hyphen(token: Token) -> bool:
    """Whether ``token`` is the lower-case second half of a word a hyphen joins to a
    capitalised one ("language" of "Swedish-language", "winning" of "Oscar-winning"; not
    "IIA" of "H-IIA", a name, nor "arem" of "Arem-arem", a word said twice)."""
    doc, i = token.doc, token.i
    return (
        i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
        and doc[i - 2].is_title and token.is_lower and token.lower_ != doc[i - 2].lower_
    )  # fmt: skip


def _shaped(span: Span) -> Span:
    """A mention given the words the parser and tagger leave out or take in: the class word
    after it off (`trimmed`), then a date's year, an epithet, "Jr.", the capitalised words
    hyphens join to it, and a national team's whole name."""
    return _national_team(_hyphenated(_with_generation(_with_epithet(_with_year(trimmed(span))))))


_YEARED = frozenset({"LAW", "EVENT", "WORK_OF_ART", "ORG", "FAC", "PRODUCT"})
"""Entity labels of names a year can end after "of": "the Voting Rights Act of 1965"."""


def _of_year(token: Token) -> bool:
    """Whether ``token`` is an "of" with a year alone after it: "of 1965"."""
    objects = list(token.children)
    return (
        token.lower_ == "of" and token.dep_ == "prep" and len(objects) == 1 and objects[0].i == token.i + 1
        and bool(_YEAR.fullmatch(objects[0].text)) and not list(objects[0].children)
    )  # fmt: skip


def _name_end(token: Token) -> int:
    """The last word of the name ``token`` starts, within what hangs from it: "I of Spain" in
    "King Juan Carlos I of Spain who was born in Rome", not the relative clause."""
    doc, end, last = token.doc, token.i, token.right_edge.i
    while end < last:
        after = doc[end + 1]
        if after.pos_ in ("PROPN", "NUM"):
            end += 1
        elif after.lower_ in _NAME_LINKS and end + 2 <= last and doc[end + 2].pos_ == "PROPN":
            end += 2
        else:
            break
    return end


_GENERATIONS = frozenset({"jr", "jr.", "sr", "sr."})


def _national_team(span: Span) -> Span:
    """A national team's whole name where the mention is part of it: "Italy national under
    19 football team", not "Italy" or "19 football team" (the parser splits it); also said
    with the country's adjective or possessive ("the Italian national under 16 football team",
    "Italy's national under 17's team") or a country of several words ("Trinidad and Tobago")."""
    doc = span.doc
    for i in range(max(span.start - 3, 1), min(span.end + 1, len(doc))):
        if doc[i].lower_ != "national":
            continue
        before = i - 2 if doc[i - 1].text in ("'s", "’s") and i >= 2 else i - 1
        if doc[before].pos_ != "PROPN" and doc[before].text not in DEMONYMS:
            continue
        end = i + 1
        while end < len(doc) and end - i <= 6 and doc[end].lower_ != "team":
            word = doc[end]
            if not (word.is_lower or word.like_num or word.lower_.startswith("under") or word.text == "-"):
                break
            end += 1
        if end < len(doc) and doc[end].lower_ == "team":
            start = before
            while start > 0 and doc[start].pos_ == "PROPN":  # "Soviet Union", "Trinidad and Tobago"
                if doc[start - 1].pos_ == "PROPN":
                    start -= 1
                elif doc[start - 1].lower_ == "and" and start > 1 and doc[start - 2].pos_ == "PROPN":
                    start -= 2
                else:
                    break
            if start <= span.root.i <= end:
                return doc[start : end + 1]
    return span


DEMONYMS = {
    "Afghan": "Afghanistan", "Albanian": "Albania", "Algerian": "Algeria", "American": "United States",
    "Argentine": "Argentina", "Argentinian": "Argentina", "Armenian": "Armenia", "Australian": "Australia",
    "Austrian": "Austria", "Belgian": "Belgium", "Bolivian": "Bolivia", "Bosnian": "Bosnia and Herzegovina",
    "Brazilian": "Brazil", "British": "United Kingdom", "Bulgarian": "Bulgaria", "Cameroonian": "Cameroon",
    "Canadian": "Canada", "Chilean": "Chile", "Chinese": "China", "Colombian": "Colombia",
    "Croatian": "Croatia", "Cuban": "Cuba", "Czech": "Czech Republic", "Danish": "Denmark",
    "Dutch": "Netherlands", "Ecuadorian": "Ecuador", "Egyptian": "Egypt", "English": "England",
    "Estonian": "Estonia", "Ethiopian": "Ethiopia", "Filipino": "Philippines", "Finnish": "Finland",
    "French": "France", "Georgian": "Georgia", "German": "Germany", "Ghanaian": "Ghana", "Greek": "Greece",
    "Hungarian": "Hungary", "Icelandic": "Iceland", "Indian": "India", "Indonesian": "Indonesia",
    "Iranian": "Iran", "Iraqi": "Iraq", "Irish": "Ireland", "Israeli": "Israel", "Italian": "Italy",
    "Ivorian": "Ivory Coast", "Jamaican": "Jamaica", "Japanese": "Japan", "Jordanian": "Jordan",
    "Kenyan": "Kenya", "Korean": "South Korea", "Latvian": "Latvia", "Lebanese": "Lebanon",
    "Lithuanian": "Lithuania", "Malaysian": "Malaysia", "Maltese": "Malta", "Mexican": "Mexico",
    "Moroccan": "Morocco", "Nigerian": "Nigeria", "Norwegian": "Norway", "Pakistani": "Pakistan",
    "Paraguayan": "Paraguay", "Peruvian": "Peru", "Polish": "Poland", "Portuguese": "Portugal",
    "Romanian": "Romania", "Russian": "Russia", "Saudi": "Saudi Arabia", "Scottish": "Scotland",
    "Senegalese": "Senegal", "Serbian": "Serbia", "Slovak": "Slovakia", "Slovenian": "Slovenia",
    "Soviet": "Soviet Union", "Spanish": "Spain", "Swedish": "Sweden", "Swiss": "Switzerland",
    "Thai": "Thailand", "Tunisian": "Tunisia", "Turkish": "Turkey", "Ukrainian": "Ukraine",
    "Uruguayan": "Uruguay", "Venezuelan": "Venezuela", "Vietnamese": "Vietnam", "Welsh": "Wales",
    "Andorran": "Andorra", "Angolan": "Angola", "Azerbaijani": "Azerbaijan", "Azeri": "Azerbaijan",
    "Bahamian": "Bahamas", "Bahraini": "Bahrain", "Bangladeshi": "Bangladesh", "Barbadian": "Barbados",
    "Belarusian": "Belarus", "Belizean": "Belize", "Beninese": "Benin", "Bhutanese": "Bhutan",
    "Bruneian": "Brunei", "Burmese": "Myanmar", "Burundian": "Burundi", "Cambodian": "Cambodia",
    "Chadian": "Chad", "Congolese": "Congo", "Cypriot": "Cyprus", "Djiboutian": "Djibouti",
    "Dominican": "Dominican Republic", "Emirati": "United Arab Emirates", "Eritrean": "Eritrea",
    "Fijian": "Fiji", "Gabonese": "Gabon", "Gambian": "Gambia", "Grenadian": "Grenada",
    "Guatemalan": "Guatemala", "Guyanese": "Guyana", "Haitian": "Haiti", "Honduran": "Honduras",
    "Kazakh": "Kazakhstan", "Kazakhstani": "Kazakhstan", "Kosovar": "Kosovo", "Kuwaiti": "Kuwait",
    "Kyrgyz": "Kyrgyzstan", "Laotian": "Laos", "Liberian": "Liberia", "Libyan": "Libya",
    "Liechtensteiner": "Liechtenstein", "Luxembourgish": "Luxembourg", "Macedonian": "North Macedonia",
    "Malagasy": "Madagascar", "Malawian": "Malawi", "Maldivian": "Maldives", "Malian": "Mali",
    "Mauritanian": "Mauritania", "Mauritian": "Mauritius", "Moldovan": "Moldova", "Monegasque": "Monaco",
    "Mongolian": "Mongolia", "Montenegrin": "Montenegro", "Mozambican": "Mozambique", "Namibian": "Namibia",
    "Nepalese": "Nepal", "Nepali": "Nepal", "Nicaraguan": "Nicaragua", "Nigerien": "Niger", "Omani": "Oman",
    "Palestinian": "Palestine", "Panamanian": "Panama", "Qatari": "Qatar", "Rwandan": "Rwanda",
    "Salvadoran": "El Salvador", "Samoan": "Samoa", "Singaporean": "Singapore", "Somali": "Somalia",
    "Sudanese": "Sudan", "Surinamese": "Suriname", "Syrian": "Syria", "Taiwanese": "Taiwan",
    "Tajik": "Tajikistan", "Tanzanian": "Tanzania", "Togolese": "Togo", "Tongan": "Tonga",
    "Trinidadian": "Trinidad and Tobago", "Turkmen": "Turkmenistan", "Ugandan": "Uganda",
    "Uzbek": "Uzbekistan", "Yemeni": "Yemen", "Zambian": "Zambia", "Zimbabwean": "Zimbabwe",
}  # fmt: skip
"""Countries by the adjective English names their people and national teams with."""

PAIRED_DEMONYMS = {
    "South African": "South Africa", "Central African": "Central African Republic",
    "North Korean": "North Korea", "South Korean": "South Korea", "South Sudanese": "South Sudan",
    "Northern Irish": "Northern Ireland", "North Macedonian": "North Macedonia",
    "East German": "East Germany", "West German": "West Germany", "East Timorese": "East Timor",
    "Sri Lankan": "Sri Lanka", "Costa Rican": "Costa Rica", "Puerto Rican": "Puerto Rico",
    "Saudi Arabian": "Saudi Arabia", "Sierra Leonean": "Sierra Leone",
}  # fmt: skip
"""Countries by the people's adjectives written in two words ("a South African golfer")."""


def demonym(span: Span) -> str | None:
    """The country whose people's adjective ``span`` is, in one word or two, or None."""
    if len(span) == 1:
        return DEMONYMS.get(span.text)
    return PAIRED_DEMONYMS.get(span.text) if len(span) == 2 else None


def _paired_demonym(token: Token) -> Span | None:
    """The two-word people's adjective ``token`` ends ("African" of "South African"), or None."""
    doc = token.doc
    pair = doc[token.i - 1 : token.i + 1] if token.i else None
    return pair if pair is not None and pair.text in PAIRED_DEMONYMS else None


_COMPANY_FORMS = frozenset({"Inc", "Ltd", "Corp", "LLC", "Co"})
"""Abbreviations of a company's legal form, written after its name and a comma."""


def _with_epithet(span: Span) -> Span:
    """A person's name with the epithet in apposition after it ("Andrew the Apostle",
    "Alexander the Great"): "the" and one capitalised word, with no comma between."""
    doc, end = span.doc, span.end
    if not len(span) or doc[end - 1].pos_ != "PROPN" or end + 1 >= len(doc):
        return span
    the, word = doc[end], doc[end + 1]
    one_word = end + 2 == len(doc) or doc[end + 2].pos_ != "PROPN"
    if the.lower_ == "the" and word.pos_ == "PROPN" and word.is_title and word.dep_ == "appos":
        return doc[span.start : end + 2] if span.start <= word.head.i < end and one_word else span
    return span


def untitled(span: Span, blockers: frozenset[str]) -> Span:
    """A name without the title or role written before it, as a linker names the person:
    "Prime Minister Klaus Iohannis" is Klaus Iohannis, "Former Chairman Tom Baker" Tom Baker
    (title words are kg's own role and person triggers, ``blockers`` the words such as
    "former" that qualify them); "President of the Senate" stays whole, and so does a name
    whose title word the tagger takes for the person's first name ("Dean Motter")."""
    start, doc = span.start, span.doc
    titled = False
    while start < span.end - 1 and (
        doc[start]._.kg_trigger or doc[start]._.kg_class_trigger or doc[start].lower_ in blockers
    ):
        if doc[start].ent_type_ == "PERSON" and doc[start].ent_iob_ == "B":
            return span  # "Dean Motter": the tagger's person begins with the word, a first name
        titled |= bool(doc[start]._.kg_trigger or doc[start]._.kg_class_trigger)
        start += 1
    if not titled or doc[start].pos_ != "PROPN" or not doc[start].is_title:
        return span  # "the Late Jurassic": a qualifying word with no title after it is the name's
    if doc[start]._.kg_trigger or doc[start]._.kg_class_trigger:
        return span  # all title words: "Vice President" is a title, not a name after one
    return doc[start : span.end]


def _with_generation(span: Span) -> Span:
    """A person's name with the "Jr." or "Sr." that ends it ("Aleksander Barkov, Jr.")."""
    doc, end = span.doc, span.end
    if not len(span) or doc[end - 1].pos_ != "PROPN" or not doc[end - 1].is_title:
        return span
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in _GENERATIONS:
        return doc[span.start : end + 2]
    if end < len(doc) and doc[end].lower_ in _GENERATIONS:
        return doc[span.start : end + 1]
    return span


_HYPHENS = frozenset({"-", "–", "‐"})


def _hyphenated(span: Span) -> Span:
    """A name with the capitalised words hyphens join to it, spaces none: "Polish-Soviet
    War", not "Soviet War"; "Austria-Hungary", not "Hungary"."""
    doc = span.doc
    if not any(t.pos_ == "PROPN" for t in span):
        return span
    start, end = span.start, span.end

    def joined(left: Token, hyphen: Token, right: Token, word: Token) -> bool:
        """Whether ``left``, ``hyphen`` and ``right`` are written with no space, and ``word``
        (the one of them joined on) is capitalised or a number."""
        return (
            hyphen.text in _HYPHENS
            and not left.whitespace_
            and not hyphen.whitespace_
            and (word.is_title or word.is_upper or word.like_num)
        )

    while start >= 2 and joined(doc[start - 2], doc[start - 1], doc[start], doc[start - 2]):
        start -= 2
        while start > 0 and doc[start - 1].pos_ == "PROPN" and start <= doc[start - 1].head.i < end:
            start -= 1  # "St. Vincent-St. Mary High School": the words before the joined one
    while end + 1 < len(doc) and joined(doc[end - 1], doc[end], doc[end + 1], doc[end + 1]):
        end += 2
    return doc[start:end]


def acronym(token: Token) -> bool:
    """Whether a word is written in capitals, two letters or more: a name ("NGC 7293",
    "NASA"), whatever the tagger calls it."""
    return token.is_alpha and token.is_upper and len(token) >= 2


def _with_year(span: Span) -> Span:
    """A name with the year or number that ends it ("A.S. Gubbio 1910", "Carpi F.C. 1909",
    "Apollo 16", "the Skylab 4 mission")."""
    doc = span.doc
    if span.end < len(doc) and any(t.pos_ == "PROPN" or acronym(t) for t in span):
        after = doc[span.end]
        if (
            after.dep_ == "nummod"
            and re.fullmatch(r"\d{1,4}", after.text)
            and (
                after.head.i in range(span.start, span.end)
                or (after.head.i == span.end + 1 and span.root.head == after.head)
            )  # "the Skylab 4 mission": the number between the name and the word it modifies
        ):
            return doc[span.start : span.end + 1]
    return span


def trimmed(span: Span) -> Span:
    """A name without the class word after it ("Grozny club" is "Grozny", but "La traviata"
    is a title, and "Danish krone" no people's adjective the tagger took for a name) and
    without a linking word the tagger ended it with ("the Serie A league of which …")."""
    end = span.end
    while end - 1 > span.start and span.doc[end - 1].lower_ in _NAME_LINKS | {"and", "the"}:
        end -= 1
    span = span.doc[span.start : end]
    while (
        end - 1 > span.start and span.doc[end - 1].pos_ == "NOUN" and span.doc[end - 1].is_lower
        and not (span.doc[end - 2].text in _HYPHENS and not span.doc[end - 2].whitespace_)
    ):  # fmt: skip
        end -= 1  # but "Arem-arem" is one word
    kept = span.doc[span.start : end]
    if all(t.lower_ in _TITLE_ARTICLES for t in kept) or all(t.text in DEMONYMS for t in kept):
        return span  # "La traviata": a title in a language that writes its nouns in lower case
    if end < span.end and any(t.pos_ == "PROPN" for t in kept):
        return kept
    return span


_NOT_PEOPLE = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "GPE", "LOC", "NORP"})
"""Entity labels of things that are no people."""

_TITLE_ARTICLES = frozenset({"la", "le", "les", "il", "lo", "el", "los", "las", "die", "der", "das", "het"})
"""Articles that begin titles in French, Italian, Spanish, German and Dutch ("La traviata")."""
_NAME_LINKS = frozenset(
    {"of", "di", "de", "del", "della", "delle", "dei", "degli", "des", "der", "la", "le", "&"}
)
_PARTICLES = frozenset(
    {"van", "von", "den", "der", "de", "da", "di", "dos", "du", "del", "la", "le", "ter", "ten", "bin"}
)
"""Lower-case words inside people's names ("John van den Brom", "Jorge Orosmán da Silva")."""


def name_runs(doc: Doc) -> list[Span]:
    """Maximal runs of name words (`_name_word`), joined across "of"/"di"/"&" between two of
    them ("FC Amkar Perm", "Accademia di Architettura di Mendrisio"), and across "of the" where
    the tagger names neither side (`_of_the`)."""
    runs: list[Span] = []
    i = 0
    while i < len(doc):
        if not _name_word(doc[i]):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and not doc[end].is_sent_start:  # "in the U.S. Anaheim is…"
            if _name_word(doc[end]):
                end += 1
                continue
            links = end
            while links < len(doc) and links - end < 2 and doc[links].lower_ in _NAME_LINKS | _PARTICLES:
                links += 1  # "van den"
            if links > end and links < len(doc) and _name_word(doc[links]):
                end = links + 1
            elif _of_the(doc, end):
                end += 3  # "the Wars of the Roses", where the tagger names neither part
            elif _epithet(doc, end):
                end += 2  # "Christ the Redeemer", "Alexander the Great"
            else:
                break
        runs.append(doc[i:end])
        i = end
    return runs


def _of_the(doc: Doc, at: int) -> bool:
    """Whether ``doc[at]`` begins "of the" between two name words the tagger leaves out of its
    names, which make one name: "the Wars of the Roses"; or, where the tagger names the place
    after it, a name word before it that is no title: "the Royal Library of the Netherlands"
    (not "the President of the United States", an office)."""
    if at + 2 >= len(doc) or doc[at].lower_ != "of" or doc[at + 1].lower_ != "the":
        return False
    after, before = doc[at + 2], doc[at - 1]
    inside = doc[at] in after.ancestors  # the phrase of "of"
    titled = bool(before._.kg_trigger or before._.kg_class_trigger)
    place = after.ent_type_ in ("GPE", "LOC") and not titled
    return _name_word(after) and (not after.ent_type_ or place) and not before.ent_type_ and inside


def _epithet(doc: Doc, at: int) -> bool:
    """Whether ``doc[at]`` is the "the" of an epithet the parser hangs from the name before it
    with no comma between: "Christ the Redeemer", "Alexander the Great" (not "in March the
    Government said")."""
    if at + 1 >= len(doc) or doc[at].lower_ != "the" or not _name_word(doc[at + 1]):
        return False
    epithet = doc[at + 1]
    return epithet.dep_ == "appos" and epithet.head.i == at - 1 and doc[at].head.i == epithet.i


def _name_word(token: Token) -> bool:
    """A capitalised proper noun, or a capitalised word the tagger took for a common one that
    hangs on a proper noun after it: "Alfons" in "Alfons Gorbach", "New" in "GMA New Media"."""
    if not token.text[:1].isupper():
        return False
    return token.pos_ == "PROPN" or (
        token.pos_ in ("NOUN", "ADJ", "X")
        and token.dep_ in ("compound", "amod", "nmod")
        and token.head.i > token.i
        and token.head.pos_ == "PROPN"
    )


def tagged(doc: Doc) -> list[Span]:
    """The tagger's own entities, less those with a verb inside (a slip of the small model:
    "the School of Business is Mario Botta"), and with them the names the examples gave
    (`kg.relations.known`: "Let It Bleed", verbs and all), which outrank the tagger's where the
    two overlap, unless the tagger's is the longer name that holds the known one."""
    own = [
        part
        for ent in doc.spans.get(NER_SPANS, doc.ents)
        if not any(t.pos_ in ("VERB", "AUX") and t.lower_ not in _PARTICLES for t in ent)
        for part in _joined(ent)
    ]
    own = _with_paired_names(doc, own)
    known = [
        span
        for span in doc.spans.get(KNOWN_SPANS, ())
        if not any(ent.start <= span.start and span.end <= ent.end and len(ent) > len(span) for ent in own)
    ]
    if not known:
        return own
    taken = {i for span in known for i in range(span.start, span.end)}
    own = [ent for ent in own if not taken.intersection(range(ent.start, ent.end))]
    return sorted(known + own, key=lambda span: span.start)


def _with_paired_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with a name that pairs two names under one article taken whole, in place of the
    tagger's pieces: "the Leeds and Liverpool Canal", "the Victoria and Albert Museum". The
    article before a one-word name, "and", and a name of two words or more after it, whose last
    word is no place's ("the Netherlands and New Zealand" are two), make one name."""
    paired = [doc[start:end] for start, end in _paired_names(doc)]
    if not paired:
        return ents
    taken = {i for span in paired for i in range(span.start, span.end)}
    ents = [ent for ent in ents if not taken.intersection(range(ent.start, ent.end))]
    return sorted(ents + paired, key=lambda span: span.start)


def _paired_names(doc: Doc) -> list[tuple[int, int]]:
    """Where `_with_paired_names` finds its names in ``doc``, found once per parse (the search
    reads every word, and `tagged` is asked again and again)."""
    cached = doc.user_data.get(_PAIRED)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    found = []
    for the in doc[:-4]:
        if the.lower_ != "the":
            continue
        first, conj = doc[the.i + 1], doc[the.i + 2]
        if not (conj.lower_ == "and" and first.is_title and first.pos_ == "PROPN"):
            continue
        end = conj.i + 1
        while end < len(doc) and doc[end].is_title and _name_word(doc[end]) and not doc[end].is_sent_start:
            end += 1
        if end - conj.i > 2 and doc[end - 1].ent_type_ not in _PLACE_TYPES:
            found.append((first.i, end))
    doc.user_data[_PAIRED] = (len(doc), found)
    return found


_PAIRED = "kg:paired-names"
"""``Doc.user_data`` key of `_paired_names`' finds."""

_PLACE_TYPES = frozenset({"GPE", "LOC", "NORP"})


def _joined(ent: Span) -> list[Span]:
    """An entity the tagger ran across "and" between two names of two words or more each, as
    the two: "Tottenham Hotspur and Real Madrid" (not "Trinidad and Tobago", "Saint Kitts and
    Nevis", one name each)."""
    at = next((t.i for t in ent if t.lower_ == "and"), None)
    if at is None:
        return [ent]
    before, after = ent.doc[ent.start : at], ent.doc[at + 1 : ent.end]
    if len(before) < 2 or len(after) < 2 or not all(t.is_title for t in [*before, *after]):
        return [ent]
    return [before, after]


VALUE_TYPES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})
"""The tagger's labels for values, which an entity's name never is."""


def numbered_word(token: Token) -> bool:
    """Whether a word may follow a name's number: a capitalised word ("433 Eros") or a
    designation's letters and digits ("1998 RO1", "1994 VK8")."""
    return token.is_title or bool(re.fullmatch(r"[A-Z]{1,2}\d*", token.text))


def value_like(span: Span) -> bool:
    """Whether a mention is a value, not a thing: its head word is a number, the tagger read
    it as a date, time or amount ("February 1989", "27th September 1987"), or it counts
    something named by a common noun ("2900 staff members", "8,500 people"); not a name that
    ends with its number ("RTÉ One") or is letters and digits ("TF1"), whatever the tagger says."""
    root = span.root
    words = span[3:] if re.fullmatch(r"\(\d+\)", span[:3].text.replace(" ", "")) else span
    if len(words) > 1 and words[0].is_digit and all(numbered_word(t) for t in words[1:]):
        root = span[-1]  # "4179 Toutatis", "(66063) 1998 RO1": a name that starts with its number
    if root.like_num and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in VALUE_TYPES and c.i >= span.start
        for c in root.lefts
    ):
        return False  # "RTÉ One", "BBC Two": a name that ends with its number
    if root.pos_ == "PROPN" and re.fullmatch(r"(?=.*[^\W\d_])(?=.*\d)\w+", root.text):
        return False  # "TF1", whatever the tagger calls it: a name of letters and digits
    if root.like_num:
        return True
    counted = any(c.dep_ == "nummod" and c.like_num and span.start <= c.i < span.end for c in root.children)
    if counted and root.pos_ == "NOUN" and root.is_lower:
        return not any(t.pos_ == "PROPN" for t in span)
    tagged = span.doc.spans.get(NER_SPANS, span.doc.ents)
    return any(e.start <= root.i < e.end and e.label_ in VALUE_TYPES and not named_period(e) for e in tagged)


def named_period(ent: Span) -> bool:
    """Whether a date the tagger names is a period's name: "the" and two capitalised words or
    more, no number nor month among them ("the Late Cretaceous", "the Middle Ages")."""
    words = ent[1:]
    return (
        ent.label_ == "DATE" and ent[0].lower_ == "the" and len(words) >= 2
        and all(t.is_title and not t.like_num and t.lower_ not in MONTH_NAMES for t in words)
    )  # fmt: skip


def _place_before(ent: Span) -> Span | None:
    """The place a region is written after ("Akron, Ohio"), where the parser hangs that place
    on the region: the ``City, State`` pair's city."""
    doc = ent.doc
    if ent.label_ != "GPE" or ent.start < 2 or doc[ent.start - 1].text != ",":
        return None
    for other in tagged(doc):
        hung = ent.start <= other.root.head.i < ent.end or other.root.head == ent.root.head
        if other.end == ent.start - 1 and other.label_ == "GPE" and hung:
            return other
    return None


def _with_region(ent: Span) -> Span:
    """``ent`` with the region written after it and a comma, for a place: "Akron, Ohio"; and
    "Jupiter, Florida", whose town the tagger takes for a place of no country (``LOC``), where
    the parser makes the region its apposition."""
    doc = ent.doc
    if ent.label_ in ("GPE", "LOC") and ent.end + 1 < len(doc) and doc[ent.end].text == ",":
        for other in tagged(doc):
            apposed = other.root.dep_ == "appos" and other.root.head == ent.root
            if other.start == ent.end + 1 and other.label_ == "GPE" and (ent.label_ == "GPE" or apposed):
                if other[0].lower_ == "the" and not apposed:
                    break  # "Lying in India, the Gangotri Glacier is …": the sentence's subject, no region
                return doc[ent.start : other.end]
    return ent


def canonical_name(span: Span | str, names: dict[str, str] | None = None) -> str:
    """A linker's name for a mention: DBpedia-style words joined by ``_``, with learned
    names, expanded country abbreviations, plain numbers (a comma before one or two digits
    is a decimal one: "1142,3") and ISO dates.

    >>> canonical_name("the U.S.")
    'United_States'
    >>> canonical_name("$211,200,000"), canonical_name("1142,3")
    ('211200000', '1142.3')
    >>> canonical_name("January 1, 1959")
    '1959-01-01'
    >>> canonical_name("the 27th September 1987"), canonical_name("30/05/1996")
    ('1987-09-27', '1996-05-30')
    >>> canonical_name("Jan. 1, 2001"), canonical_name("1st of May 2004")
    ('2001-01-01', '2004-05-01')
    >>> canonical_name("Albany, Georgia")
    'Albany,_Georgia'
    >>> canonical_name("Aleksander Barkov Jr"), canonical_name("Digify, Inc"), canonical_name("Apple Inc.")
    ('Aleksander_Barkov,_Jr.', 'Digify,_Inc.', 'Apple_Inc.')
    >>> canonical_name("Aaron S Daggett"), canonical_name("Juan Carlos I of Spain")
    ('Aaron_S._Daggett', 'Juan_Carlos_I_of_Spain')
    >>> canonical_name("Italy national under 19 football team")
    'Italy_national_under-19_football_team'
    >>> canonical_name("the Italian national under 16's football team")
    'Italy_national_under-16_football_team'
    >>> canonical_name("Varese Calcio S.S.D")
    'Varese_Calcio_S.S.D.'
    >>> canonical_name("four"), canonical_name("1.2 million"), canonical_name("One")
    ('4', '1200000', 'One')
    >>> canonical_name("about 330,000"), canonical_name("around two million")
    ('330000', '2000000')
    >>> canonical_name("Some Like It Hot"), canonical_name("9,289 kilometres")
    ('Some_Like_It_Hot', '9289_kilometres')
    """
    text = span if isinstance(span, str) else span.text
    text = " ".join(text.replace("\u2019", "'").split())
    if not (names and names.get(TITLE_THE) and re.match(r"The\s+[A-Z0-9]", text)):
        text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.IGNORECASE)
    text = text.strip(" ;:'\"")
    if text.endswith(".") and not re.search(r"(?:^|\s)(?:[A-Za-z]\.){2,}$", text):
        text = text[:-1].rstrip()  # a full stop, not the dot of "S.S.D."
    text = re.sub(r"\s*'s$", "", text)
    if names and text.lower() in names:
        return names[text.lower()]
    if text.lower() in _ABBREVIATIONS:
        text = _ABBREVIATIONS[text.lower()]
    iso = _iso_date(text)
    if iso:
        return iso
    hedged = _HEDGE.match(text)  # "about 330,000", "around two million": the number
    if hedged and (NUMBER.match(hedged.group(1)) or spelled_number(hedged.group(1).lower())):
        text = hedged.group(1)
    if NUMBER.match(text):
        number = text.lstrip("$€£+")
        if re.fullmatch(r"-?\d+,\d{1,2}", number):
            return number.replace(",", ".")  # "1142,3": a decimal comma, not a thousands one
        return number.replace(",", "")
    spelled = spelled_number(text) if text.islower() else None
    if spelled is not None:  # "four seasons", "two million speakers"; not "One", a title
        return spelled
    if names and names.get(AS_LABELS):
        text = re.sub(r"\s+(Jr|Sr)\.?$", r" \1.", text)  # "Carlos Sainz Jr.", its dot kept
    else:
        text = re.sub(r",?\s+(Jr|Sr)\.?$", r", \1.", text)  # "Barkov Jr" is "Barkov, Jr."
    text = re.sub(r"(,?)\s+(Inc|Ltd|Corp|Co)\.?$", r"\1 \2.", text)  # "Digify, Inc", "Apple Inc." keep "Inc."
    national = re.match(r"(.+?)(?:\s*['\u2019]s)? national\b(.*) team$", text)
    if national:  # "the Italian national under 16's football team" is "Italy national …"
        tail = re.sub(r"(?i)\bunder[- ]?(\d+)(?:['\u2019]s)?", r"under-\1", national.group(2))
        text = f"{DEMONYMS.get(national.group(1), national.group(1))} national{tail} team"
    text = re.sub(r"\bunder (\d+)\b", r"under-\1", text)  # "national under 19 football team"
    words = text.split(" ")
    # a thing the tagger names as no person has no middle initial: "Plan B Games", a publisher
    unnamed = isinstance(span, str) or not any(t.ent_type_ in _NOT_PEOPLE for t in span)
    for n, word in enumerate(words):
        if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
            words[n] = word + "."  # "S.S.D" is "S.S.D."
        elif (
            0 < n < len(words) - 1 and re.fullmatch(r"[A-Z]", word) and words[n + 1][:1].isupper()
            and unnamed
        ):  # fmt: skip
            words[n] = word + "."  # a middle initial: "Aaron S Daggett" is "Aaron S. Daggett"
    text = " ".join(words)
    if names:  # word forms learned from examples: "Juventus FC" is "Juventus F.C."
        text = " ".join(names.get(f"word:{word}", word) for word in text.split(" "))
    text = _THOUSANDS.sub(lambda m: m.group().replace(",", ""), text)  # "9,289 kilometres"
    return re.sub(r"\s*,\s*", ",_", text).replace(" ", "_")


_THOUSANDS = re.compile(r"(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,])")
"""A number written with thousands commas inside a longer name or value."""


RANGE_WORDS = frozenset({"to", "until", "till", "through"})
"""Words between the two ends of a range of dates or numbers ("2015 to 2018"); not a dash,
which also joins the parts of one date ("1989-02-24")."""


def _range_end(ent: Span, token: Token) -> Span:
    """The end of a range the tagger tags as one entity that ``token`` is in ("2018" of "2015
    to 2018"), or ``ent`` where it is no range."""
    cuts = [t.i for t in ent if t.lower_ in RANGE_WORDS and t.i > ent.start]
    if not cuts or not any(t.like_num for t in ent.doc[ent.start : cuts[0]]):
        return ent
    start = max([ent.start, *(c + 1 for c in cuts if c < token.i)])
    end = min([ent.end, *(c for c in cuts if c > token.i)])
    return ent.doc[start:end] if start < end else ent


_HEDGE = re.compile(
    r"(?:about|around|approximately|nearly|almost|roughly|some|over|more than|fewer than|less than"
    r"|up to|an estimated|estimated)\s+(.+)$",
    re.IGNORECASE,
)
"""Words that say a number is not exact, written before it."""


def _iso_date(text: str) -> str | None:
    text = re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", text)  # "27th September 1987"
    text = re.sub(r"(?<=\d) of (?=[A-Za-z])", " ", text)  # "1st of May 2004"
    words = re.findall(r"[A-Za-z]+|\d+", text)
    if len(words) != 3:
        return None
    try:
        if words[0].lower() in _MONTHS and words[1].isdigit() and words[2].isdigit():  # January 1, 1959
            return date(int(words[2]), _MONTHS[words[0].lower()], int(words[1])).isoformat()
        if words[1].lower() in _MONTHS and words[0].isdigit() and words[2].isdigit():  # 1 January 1959
            return date(int(words[2]), _MONTHS[words[1].lower()], int(words[0])).isoformat()
        if all(w.isdigit() for w in words) and re.fullmatch(r"\d{4}-\d\d?-\d\d?", text):
            return date(int(words[0]), int(words[1]), int(words[2])).isoformat()
        if all(w.isdigit() for w in words) and re.fullmatch(r"\d\d?[-/.]\d\d?[-/.]\d{4}", text):
            first, second = int(words[0]), int(words[1])
            if first > 12:  # 30/05/1996: day first, as most of the world writes it
                return date(int(words[2]), second, first).isoformat()
            return date(int(words[2]), first, second).isoformat()  # 01-31-1959
    except ValueError:
        return None
    return None


def name_key(name: str) -> str:
    return re.sub(r"[\s_]+", "", name).lower()


def folded(name: str) -> str:
    """A name with nothing but its letters and digits (and the "+" and "#" that tell "C++" and
    "C#" from "C"), lower case and without accents: names that fold alike differ only in how
    they are spelt ("São_Paulo", "Sao Paulo")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return re.sub(r"[^\w+#]+|_+", "", plain).lower()


def fullest_spellings(names: Iterable[str]) -> dict[str, str]:
    """Each name that another of ``names`` spells more fully (the same letters and digits, with
    more accents, dots or hyphens: "Penarol" and "Peñarol", "AC_Milan" and "A.C._Milan") →
    that fuller spelling, as a linker links the plain-keyboard spelling to the title. Names
    that differ only in case are left apart ("Nice" the city, "NICE" the institute), and so
    are names without a letter (numbers, dates); of equally full spellings the more often
    given is the fullest, then the first in sorted order, so the answer does not depend on
    order."""
    counts = Counter(name for name in names if any(c.isalpha() for c in name))
    spellings: dict[str, list[str]] = defaultdict(list)
    for name in sorted(counts):
        spellings[folded(name)].append(name)
    fullest: dict[str, str] = {}
    for key, alike in spellings.items():
        if key and len(alike) > 1:
            best = max(alike, key=lambda name: (_marks(name), counts[name]))
            fullest |= {name: best for name in alike if _marks(name) < _marks(best)}
    return fullest


def _marks(name: str) -> int:
    """How many accents and written marks (dots, hyphens, apostrophes) a name has; an en dash
    counts twice, as the typeset form of a hyphen ("Polish–Soviet War")."""
    plain = unicodedata.normalize("NFKD", name)
    return sum(unicodedata.combining(c) > 0 or c in ".-–'’" for c in plain) + plain.count("–")


DESCRIBING = frozenset({"amod", "compound"})
"""How the parser hangs a people's adjective from the noun it describes ("a British film",
and as often "a Welsh rugby player", a proper noun in a compound)."""


def demonym_of(token: Token, country: str) -> bool:
    """Whether ``token`` is the adjective of the country whose name key is ``country``
    ("British" of ``unitedkingdom``; "American" of ``unitedstates`` and of
    ``unitedstatesofamerica``, the country's full name)."""
    paired = _paired_demonym(token)
    named = PAIRED_DEMONYMS[paired.text] if paired is not None else DEMONYMS.get(token.text)
    if named is None or token.pos_ not in ("ADJ", "PROPN"):
        return False
    key = name_key(named)
    return country == key or (country.startswith(key) and country[len(key) :].startswith("of"))


def an_office(span: Span) -> bool:
    """Whether a mention is an office: a role word (a kg trigger) and what it is of or for
    ("Governor of Connecticut", "the Secretary of State of Vermont")."""
    doc = span.doc
    first = span.start + (span[0].lower_ in ("the", "a", "an") and len(span) > 1)
    return bool(doc[first]._.kg_trigger) and first + 1 < len(doc) and doc[first + 1].lower_ in ("of", "for")
