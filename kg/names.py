"""Mentions: the span of text a token stands for, as a linker would read it.

`phrase` finds the mention a token heads (a named entity, a run of proper nouns, or a noun
with its modifiers) and shapes it: the class word after a name off ("Grozny club"), a name's
year, epithet, "Jr." and hyphened words on ("A.S. Gubbio 1910", "Alexander the Great",
"Polish-Soviet War"), a national team's whole name. `kg.canonical` writes a mention's name;
`kg.align` goes the other way, from a canonical name to its span in a sentence. Learning
(`kg.learn`) and the learned extractor (`kg.relations.learned`) share them, with
`kg.reference`, which says who a phrase is about.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.demonyms import DEMONYMS, DESCRIBING, paired_demonym
from kg.legalforms import legal_form
from kg.literals import VALUE_TYPES, YEAR, named_period, range_end
from kg.namespans import NAME_LINKS, tagged
from kg.writtenwords import HYPHENS, PARTICLES, after_capital_hyphen, coded_word, hyphenated

_PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "quantmod"})


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _particle(token: Token) -> bool:
    """Whether ``token`` is a particle of a person's name after one of its proper nouns (and
    perhaps other particles: "van der")."""
    doc, before = token.doc, token.i - 1
    while before > 0 and doc[before].lower_ in PARTICLES:
        before -= 1
    return token.lower_ in PARTICLES and before >= 0 and doc[before].pos_ == "PROPN"


def phrase(token: Token) -> Span:
    """The mention a token heads: its named entity if it is in one (with a following
    ``, State`` for a ``City, State`` pair), else the token with its modifiers
    ("energy industry", "8,500")."""
    doc = token.doc
    if legal_form(token) and token.i >= 2 and doc[token.i - 1].text == ",":
        company = phrase(doc[token.i - 2])  # "GMA New Media, Inc": the parser's subject is "Inc"
        if company.end == token.i - 1 and company.root.pos_ == "PROPN":
            return doc[company.start : token.i + 1]
    if token.dep_ in DESCRIBING and token.head.pos_ == "NOUN":
        paired = paired_demonym(token)  # "a South African golfer"
        if paired is not None:
            return paired
        if token.text in DEMONYMS:
            before = doc[token.i - 1] if token.i else None
            if before is not None and before.head == token and before.dep_ == "compound" and before.is_title:
                return doc[before.i : token.i + 1]  # "an Old English manuscript": a language's period
            return doc[token.i : token.i + 1]  # "a 2011 Kazakh drama film": a people's adjective
    while (
        token.dep_ in ("compound", "flat") and token.head.i > token.i and token.head.pos_ in ("PROPN", "NOUN")
    ):
        token = token.head  # "GMA" in "GMA New Media" means the whole name
    if (token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower)) and not any(
        c.dep_ in ("compound", "nmod", "nummod") or (c.dep_ == "det" and c.lower_ in ("a", "an"))
        for c in token.lefts
    ):  # "the city of Dijon" is Dijon; "the Dordogne region of France" is not France, nor is
        # "an Oscar-class submarine of the Russian Navy" the navy
        for prep in token.children:
            named = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            if prep.dep_ == "prep" and prep.lower_ == "of" and named and prep.i == token.i + 1:
                return phrase(named[0])
    for ent in tagged(doc):
        if ent.start <= token.i < ent.end:
            ent = range_end(ent, token)
            if named_period(ent):
                ent = ent[1:]  # "the Late Cretaceous", a period's name the tagger takes for a date
            place = _place_before(ent)
            if place is not None:  # "Akron, Ohio is …": the parser's subject is the region
                return _with_region(place)
            start = ent.start
            while (
                start > 0
                and (start <= doc[start - 1].head.i < ent.end)
                and (
                    (doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound")
                    or (doc[start - 1].dep_ == "nummod" and YEAR.fullmatch(doc[start - 1].text))
                )
            ):
                start -= 1  # "AC Chievo Verona", the tagger's entity "Chievo Verona"; "2008 Summer Olympics";
                # at any depth: "Estonian Airlines Flight 310", "Estonian" hung on "Airlines"
            ent = doc[start : ent.end] if start < ent.start else ent
            if ent.end + 1 < len(doc) and ent.label_ in _YEARED and _of_year(doc[ent.end]):
                ent = doc[ent.start : ent.end + 2]  # "the Voting Rights Act of 1965"
            return _shaped(_with_region(ent))
    start = end = token.i
    if token.pos_ == "PROPN":  # a name: its run of name words, not what describes it
        while (
            start > 0
            and doc[start - 1].head.i >= token.i
            and (doc[start - 1].pos_ == "PROPN" or _particle(doc[start - 1]))
        ):
            start -= 1  # "Matthias de l'Obel": a particle between a person's names
        if (
            start > 0
            and _ORDINAL.fullmatch(doc[start - 1].text)
            and start <= doc[start - 1].head.i <= token.i
        ):
            start -= 1  # "the 52nd Fighter Wing": a unit's number is its name's
        edge = token.left_edge.i
        while edge < start and doc[edge].dep_ == "det":
            edge += 1  # "the 1 Decembrie 1918 University"
        if edge < start and all(
            t.pos_ in ("PROPN", "NUM") and t.ent_type_ not in VALUE_TYPES for t in doc[edge:start]
        ):
            start = edge  # numbers inside a name: "1 Decembrie 1918 University", "KTM 390 Duke"
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
            if child.dep_ == "appos" and any(t.is_punct for t in doc[token.i : child.i]):
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


def _shaped(span: Span) -> Span:
    """A mention given the words the parser and tagger leave out or take in: the class word
    after it off (`trimmed`), then the whole of a code it is part of, a date's year, an
    epithet, "Jr.", the capitalised words hyphens join to it, and a national team's whole
    name."""
    named = _with_year(coded_word(trimmed(span)))
    return _national_team(hyphenated(_with_generation(_with_epithet(named))))


_YEARED = frozenset({"LAW", "EVENT", "WORK_OF_ART", "ORG", "FAC", "PRODUCT"})
"""Entity labels of names a year can end after "of": "the Voting Rights Act of 1965"."""


def _of_year(token: Token) -> bool:
    """Whether ``token`` is an "of" with a year alone after it: "of 1965"."""
    objects = list(token.children)
    return (
        token.lower_ == "of" and token.dep_ == "prep" and len(objects) == 1 and objects[0].i == token.i + 1
        and bool(YEAR.fullmatch(objects[0].text)) and not list(objects[0].children)
    )  # fmt: skip


def _name_end(token: Token) -> int:
    """The last word of the name ``token`` starts, within what hangs from it: "I of Spain" in
    "King Juan Carlos I of Spain who was born in Rome", not the relative clause."""
    doc, end, last = token.doc, token.i, token.right_edge.i
    while end < last:
        after = doc[end + 1]
        if after.pos_ in ("PROPN", "NUM"):
            end += 1
        elif after.lower_ in NAME_LINKS and end + 2 <= last and doc[end + 2].pos_ == "PROPN":
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


PEERS = frozenset({"Lord", "Lady"})
"""Honorifics that, before a single word, make one name with it: "Lord Byron", "Lady Godiva"."""


def untitled(span: Span, blockers: frozenset[str]) -> Span:
    """A name without the title or role written before it, as a linker names the person:
    "Prime Minister Klaus Iohannis" is Klaus Iohannis, "Former Chairman Tom Baker" Tom Baker
    (title words are kg's own role and person triggers, ``blockers`` the words such as
    "former" that qualify them); "President of the Senate" stays whole, and so does a name
    whose title word the tagger takes for the person's first name ("Dean Motter") and a peer
    called by his title and one word (`PEERS`: "Lord Byron")."""
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
    if span.end - start == 1 and doc[start - 1].text in PEERS:
        return span  # "Lord Byron": a peer called by his title, whose one word names a place or family
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


def acronym(token: Token) -> bool:
    """Whether a word is written in capitals, two letters or more: a name ("NGC 7293",
    "NASA"), whatever the tagger calls it."""
    return token.is_alpha and token.is_upper and len(token) >= 2


def _with_year(span: Span) -> Span:
    """A name with the year or number that ends it ("A.S. Gubbio 1910", "Carpi F.C. 1909",
    "Apollo 16", "the Skylab 4 mission"), also where the parser hangs the number in apposition
    ("the Intel 4004")."""
    doc = span.doc
    if span.end < len(doc) and any(t.pos_ == "PROPN" or acronym(t) for t in span):
        after = doc[span.end]
        if (
            after.dep_ in ("nummod", "appos")
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
    while end - 1 > span.start and span.doc[end - 1].lower_ in NAME_LINKS | {"and", "the"}:
        end -= 1
    span = span.doc[span.start : end]
    while (
        end - 1 > span.start and span.doc[end - 1].pos_ == "NOUN" and span.doc[end - 1].is_lower
        and not (span.doc[end - 2].text in HYPHENS and not span.doc[end - 2].whitespace_)
    ):  # fmt: skip
        end -= 1  # but "Arem-arem" is one word
    kept = span.doc[span.start : end]
    if all(t.lower_ in _TITLE_ARTICLES for t in kept) or all(t.text in DEMONYMS for t in kept):
        return span  # "La traviata": a title in a language that writes its nouns in lower case
    if end < span.end and any(t.pos_ == "PROPN" for t in kept):
        return kept
    return span


_TITLE_ARTICLES = frozenset({"la", "le", "les", "il", "lo", "el", "los", "las", "die", "der", "das", "het"})
"""Articles that begin titles in French, Italian, Spanish, German and Dutch ("La traviata")."""


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
    the parser makes the region its apposition; not a name after the comma that the tagger took
    for a place, where it is (or begins) the subject of a clause whose phrase the place ends
    ("Born in Kinshasa, Fridolin Ambongo Besungu was …"; but "Akron, Ohio is a city")."""
    doc = ent.doc
    if ent.label_ in ("GPE", "LOC") and ent.end + 1 < len(doc) and doc[ent.end].text == ",":
        for other in tagged(doc):
            apposed = other.root.dep_ == "appos" and other.root.head == ent.root
            if other.start == ent.end + 1 and other.label_ == "GPE" and (ent.label_ == "GPE" or apposed):
                if other[0].lower_ == "the" and not apposed:
                    break  # "Lying in India, the Gangotri Glacier is …": the sentence's subject, no region
                named = other.root
                while named.dep_ == "compound" and named.head != named:
                    named = named.head  # "Fridolin" of "Fridolin Ambongo Besungu"
                if (
                    named.dep_ in ("nsubj", "nsubjpass")
                    and ent.root.dep_ == "pobj"
                    and ent.root not in named.subtree
                ):
                    break  # "Born in Kinshasa, Fridolin Ambongo Besungu was …": the clause's subject
                return doc[ent.start : other.end]
    return ent


def an_office(span: Span) -> bool:
    """Whether a mention is an office: a role word (a kg trigger) and what it is of or for
    ("Governor of Connecticut", "the Secretary of State of Vermont"), or capitalised role words
    alone after "the" ("the Governor", "the City Manager"), no one's name."""
    doc = span.doc
    first = span.start + (span[0].lower_ in ("the", "a", "an") and len(span) > 1)
    if bool(doc[first]._.kg_trigger) and first + 1 < len(doc) and doc[first + 1].lower_ in ("of", "for"):
        return True
    article = doc[first - 1] if first > 0 else None
    words = doc[first : span.end]
    return (
        article is not None and article.lower_ == "the" and len(words) > 0
        and all(t.is_title and t.ent_type_ != "PERSON" for t in words) and bool(words[-1]._.kg_trigger)
    )  # fmt: skip
