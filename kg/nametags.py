"""Words spaCy's small English model tags with the wrong part of speech, where they are, or are
not, names: a capitalised word it took for a plural, a common noun, a verb or a gerund, a numeral
after a name, a name it made a preposition's clause; and a lower-case word it took for a name.
`kg.repairs.ParseRepairs` runs them with the other repairs of the parse.

- **A capitalised word taken for a plural.** "Vargtimmen aired on SVT" tags "Vargtimmen" a
  plural noun, and "born in Herentals" "Herentals"; a capitalised plural whose singular is no
  noun the lemmatizer knows is a name, a proper noun (`unknown_plurals`).
- **A capitalised word taken for a common noun.** "The Althing is the legislature of Iceland"
  tags "Althing" a noun; a capitalised singular noun after "the" that is no noun the
  lemmatizer knows is a name (`unknown_singulars`).
- **A lower-case word taken for a name.** "Asthma is treated with salbutamol" tags
  "salbutamol", a word the tagger has not seen, a proper noun; a lower-case word inside a
  sentence that is in no named entity and joins no name's words is a common noun
  (`lower_case_names`).
- **A numbered name taken for a common noun.** "Explorer 1 was launched …" tags "Explorer" a
  noun; a capitalised singular noun that begins a sentence with no article, its number right
  after it, is a name (`numbered_names`).
- **A designation taken for a plural, a numeral or punctuation.** "WASP-12b, a hot Jupiter, …"
  tags "WASP-12b" a comma, "The F-16 was built …" "F-16" a number and "Gliese 581c" "581c" a
  plural; a word of letters and digits that begins with a capital, and digits with one letter
  after a capitalised word (whose adjective that word becomes a name's word too), tagged other
  than a noun, is a proper noun, and so is a word in camel case that begins in lower case
  ("owned by iHeartMedia", tagged a number) (`coded_names`).
- **A title taken for a common noun.** "a member of The Roots" tags "Roots" a plural noun; a
  capitalised noun after a title's own "The" (one after a word, not first nor after a
  punctuation mark) is a proper noun (`titled_nouns`).
- **A numeral taken for a common noun.** "Atlas V" tags "V" a noun; a capital letter or Roman
  numeral after a proper noun is a proper noun, and so is "I" after a name with no part of its
  own in the clause ("Elizabeth I died …") (`numeral_names`).
- **A title taken for a gerund.** "Trainspotting is a 1996 British comedy film" makes
  "Trainspotting" a verb, the clausal subject of "is"; a capitalised -ing word that begins a
  sentence as a copula's clausal subject, of no verb the lemmatizer knows, is a name
  (`gerund_names`).
- **A name taken for a common noun or a verb.** "connects Inverness to Corpach" tags
  "Inverness" a noun and "links Gothenburg to Söderköping" "Söderköping" a verb; a capitalised
  word inside a sentence that the tagger names a place by itself is a proper noun, and so is a
  capitalised singular noun it names as anything else ("the Cretaceous", "PepsiCo"), the last
  word of a longer name whose other words are proper nouns ("the Chennai Super Kings"), a
  capitalised noun it names as nothing, alone as an object after a lower-case word ("released by
  Oasis"), and a sentence's first word where an apposition says what it is ("Respect, a single
  by …") (`named_nouns`).
- **A name after a preposition taken for a verb phrase.** "sired by Never Bend" tags "Never
  Bend" an adverb and a verb, the clausal object of "by"; a capitalised name the tagger names
  whole that the parser so makes a preposition's clausal object is its object, a proper noun,
  and so is one it makes the clause a verb with no object says ("publishes Case Closed")
  (`named_objects`).
- **A title in quotation marks taken for a phrase.** "\"Over the Rainbow\" is a song" makes
  "Over" a preposition of "is", which is left no subject; words in quotation marks, the first
  capitalised, not all proper nouns already, are one name, the subject of a verb after them
  that has none (`quoted_titles`).
- **A title that begins its sentence taken for a phrase.** "A Wrinkle in Time is a novel" makes
  "Wrinkle" the subject and "in Time" its phrase, and "On the Road is a novel" leaves "is" no
  subject; a capitalised article or preposition and capitalised words, small words between
  them, right before the sentence's verb, which has no other subject, are one name
  (`leading_titles`).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Doc, Token

from kg.clauses import PLACES
from kg.writtenwords import PARTICLES


def unknown_plurals(doc: Doc, nouns: Collection[str]) -> Doc:
    """``doc`` with every capitalised word tagged a plural noun whose lemma is not among
    ``nouns`` (the lemmatizer's known nouns), nor, where it ends in s, the word without it,
    made a proper noun: "Vargtimmen", "born in Herentals"."""
    for token in doc:
        lower = token.lower_
        if token.tag_ != "NNS" or not token.is_title or token.lemma_.lower() in nouns:
            continue
        if lower.endswith("s") and (lower[:-1] in nouns or lower in nouns):
            continue  # "Women", "Sciences": English plurals stay ones
        token.pos_, token.tag_ = "PROPN", "NNP"
    return doc


def unknown_singulars(doc: Doc, nouns: Collection[str]) -> Doc:
    """``doc`` with every capitalised word right after "the" tagged a singular common noun
    that is no noun the lemmatizer knows made a proper noun: "The Althing is the legislature of
    Iceland" (not "The Court", a noun)."""
    for token in doc[1:]:
        if token.tag_ != "NN" or not (token.is_title and token.is_alpha) or doc[token.i - 1].lower_ != "the":
            continue
        if token.lower_ not in nouns and token.lemma_.lower() not in nouns:
            token.pos_, token.tag_ = "PROPN", "NNP"
    return doc


def lower_case_names(doc: Doc) -> Doc:
    """``doc`` with every lower-case word tagged a proper noun, inside its sentence, in no
    named entity, joined by no hyphen to the word before and with no proper noun either side of
    it ("van" in "John van den Brom"), made a common noun; so is one before a name the tagger
    begins right after it, no name's particle ("the ballerina Anna Pavlova")."""
    for token in doc:
        if not (token.pos_ == "PROPN" and token.is_lower and token.is_alpha) or token.is_sent_start:
            continue
        joined = token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_
        before = token.i > 0 and doc[token.i - 1].pos_ == "PROPN"
        after = token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN"
        if after and not before and doc[token.i + 1].ent_iob_ == "B" and token.lower_ not in PARTICLES:
            after = False  # "the ballerina Anna Pavlova": what she is, before her name begins
        if token.ent_type_ or joined or before or after:
            continue  # "Otak-otak", "John van den Brom": a word of a name
        token.pos_, token.tag_ = "NOUN", "NNS" if token.tag_ == "NNPS" else "NN"
    return doc


def numbered_names(doc: Doc) -> Doc:
    """``doc`` with every capitalised singular noun that begins a sentence, with no article
    and a number right after it that modifies it, made a proper noun: "Explorer 1"."""
    for token in doc[:-1]:
        number = doc[token.i + 1]
        if (
            token.is_sent_start and token.tag_ == "NN" and token.is_title
            and number.head == token and number.dep_ == "nummod" and number.is_digit
            and not any(c.dep_ == "det" for c in token.children)
        ):  # fmt: skip
            token.pos_, token.tag_ = "PROPN", "NNP"
    return doc


def coded_names(doc: Doc) -> Doc:
    """``doc`` with every designation of letters and digits tagged other than a noun made a
    proper noun (one tagged a common noun is left: "a V8 engine", "protects against
    COVID-19" may be a kind, as a disease's name is): a word that begins with a capital and
    has a digit ("F-16", "WASP-12b"), and digits with one lower-case letter after a
    capitalised word ("Gliese 581c", not the plural "Boeing 737s"), with that word too where
    it describes the designation; a letter that ends a name or a code ("GJ 273 b",
    "i9-13900K"); and a word in camel case that begins in lower case ("owned by iHeartMedia",
    tagged a number; "eBay", "easyJet")."""
    for token in doc:
        lettered = bool(_LETTERED.fullmatch(token.text)) and token.i > 0 and doc[token.i - 1].is_title
        if _split_code_end(token) or _lettered_name(token) or _CAMEL_LOWER.fullmatch(token.text):
            token.pos_, token.tag_ = "PROPN", "NNP"
            continue
        if token.tag_ in ("NNP", "NNPS", "NN") or not (_CODED.fullmatch(token.text) or lettered):
            continue
        token.pos_, token.tag_ = "PROPN", "NNP"
        before = doc[token.i - 1] if token.i > 0 else None
        if lettered and before is not None and before.head == token and before.pos_ != "PROPN":
            before.pos_, before.tag_ = "PROPN", "NNP"  # "Gliese", tagged an adjective
            before.dep_ = "compound"
    return doc


def _lettered_name(token: Token) -> bool:
    """Whether ``token`` is a lower-case letter that ends a name, the words before it hung from
    it ("GJ 273 b", "Kepler-62 f": planets of a star; not a unit after a number, "1,147 m")."""
    doc = token.doc
    if not (len(token.text) == 1 and token.is_lower and token.is_alpha and token.i > 0):
        return False
    before = doc[token.i - 1]
    first = doc[token.i - 2] if before.like_num and token.i > 1 else before  # "GJ" of "GJ 273 b"
    named = first.pos_ == "PROPN" or (first.is_upper and first.is_alpha and len(first) >= 2)
    return named and before.head == token


def _split_code_end(token: Token) -> bool:
    """Whether ``token`` is the capital letters that end a code the tokenizer split off its
    digits as a unit's ("K" of "i9-13900K"): letters and digits, a hyphen, then digits and
    capitals, written with no space."""
    doc, start = token.doc, token.i
    while (
        start > 0
        and not doc[start - 1].whitespace_
        and (doc[start - 1].text.isalnum() or doc[start - 1].text == "-")
    ):
        start -= 1
    word = doc[start : token.i + 1].text
    return (
        token.is_alpha and token.is_upper and token.i > start and doc[token.i - 1].is_digit
        and bool(_CODED_WORD.fullmatch(word))
    )  # fmt: skip


_CODED_WORD = re.compile(r"[A-Za-z]+\d*-\d+[A-Z]+")
_CODED = re.compile(r"[A-Z][A-Za-z]*-?\d[\w+-]*")
_LETTERED = re.compile(r"\d+[a-rt-z]")
_CAMEL_LOWER = re.compile(r"[a-z]{1,5}(?:[A-Z][a-z]+)+")


CLAUSE_TITLES = "kg_clause_titles"
"""``doc.user_data`` key of the (start, end) of the titles `clause_titles` found."""

_TITLE_SMALL = frozenset({"of", "the", "a", "an", "to", "in", "on"})
"""Small words a title writes in lower case between its capitalised ones."""


def clause_titles(doc: Doc) -> Doc:
    """``doc`` with every title the parser reads as a clause made one name: a run of capitalised
    words (and `_TITLE_SMALL` words between them) holding a capitalised verb, after a preposition
    or a verb and not at a sentence's start ("best known for To Kill a Mockingbird", "wrote
    Things Fall Apart"; a headline in title case begins its sentence). Its capitalised words
    are proper nouns hung from its last, which takes the place in the parse of the word the run
    hung from; the runs are left in ``doc.user_data`` (`CLAUSE_TITLES`) for the mentions, which
    take them from there."""
    found: list[tuple[int, int]] = []
    for verb in doc:
        if not (verb.pos_ in ("VERB", "AUX") and verb.is_title and not verb.is_sent_start):
            continue
        if found and found[-1][0] <= verb.i < found[-1][1]:
            continue
        start = verb.i
        while (
            start > 1
            and not doc[start].is_sent_start
            and (
                doc[start - 1].is_title or (doc[start - 1].lower_ in _TITLE_SMALL and doc[start - 2].is_title)
            )
        ):
            start -= 1
        end = verb.i + 1
        while end < len(doc) and (
            doc[end].is_title
            or (doc[end].lower_ in _TITLE_SMALL and end + 1 < len(doc) and doc[end + 1].is_title)
        ):
            end += 1
        before = doc[start - 1] if start > 0 else None
        if not (
            end - start >= 2 and before is not None and not doc[start].is_sent_start
            and before.pos_ in ("ADP", "VERB") and before.is_lower
        ):  # fmt: skip
            continue
        run = doc[start:end]
        top = run.root
        last = doc[end - 1]
        if top.head.i == top.i:
            continue  # the sentence's own verb: no title
        last.head, last.dep_ = top.head, ("pobj" if top.head.pos_ == "ADP" else "dobj")
        for token in run[:-1]:
            token.head = last
            token.dep_ = "det" if token.lower_ in ("the", "a", "an") else "compound"
            if token.is_title:
                token.pos_, token.tag_ = "PROPN", "NNP"
        last.pos_, last.tag_ = "PROPN", "NNP"
        found.append((start, end))
    doc.user_data[CLAUSE_TITLES] = found
    return doc


_QUOTES = {'"': '"', "“": "”"}
"""Opening quotation marks and the marks that close them."""


def quoted_titles(doc: Doc) -> Doc:
    """``doc`` with every title written in quotation marks that the parser reads as a phrase
    or a clause made one name: a run of words in quotation marks, the first capitalised, with
    no sentence's end inside ("\"Over the Rainbow\" is a song", which made "Over" a preposition
    of "is" and left the verb no subject). Its capitalised words are proper nouns hung from its
    last, which takes the run's place in the parse, as the subject of a verb after it that has
    none; the runs join `clause_titles`' in ``doc.user_data`` (`CLAUSE_TITLES`)."""
    found: list[tuple[int, int]] = list(doc.user_data.get(CLAUSE_TITLES, ()))
    for mark in doc:
        if mark.text not in _QUOTES or (mark.i > 0 and not doc[mark.i - 1].whitespace_ and mark.text == '"'):
            continue
        close = next((t.i for t in doc[mark.i + 1 : mark.i + 12] if t.text == _QUOTES[mark.text]), None)
        if close is None:
            continue
        end = close
        while end > mark.i + 1 and doc[end - 1].text in (",", ";", ":"):
            end -= 1  # "full name is \"Association Football Club Blackpool,\"": the sentence's comma
        run = doc[mark.i + 1 : end]
        if len(run) < 2:
            continue  # one word is named as it is tagged
        if (
            not run[0].is_title
            or any(t.is_sent_end and t.is_punct for t in run)
            or all(t.pos_ == "PROPN" for t in run)
        ):
            continue
        top, last = run.root, run[-1]
        if any(start <= top.i < end for start, end in found) or top.head.i == top.i:
            continue
        head = top.head
        if top.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "oprd"):
            dep = top.dep_
        elif head.pos_ == "ADP":
            dep = "pobj"
        elif head.i > close and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            dep = "nsubjpass" if any(c.dep_ == "auxpass" for c in head.children) else "nsubj"
        else:
            continue
        for child in list(top.children):
            if child.i >= close or child.i < mark.i:
                child.head = head  # what the title's root held outside the marks stays with the clause
        last.head, last.dep_ = head, dep
        for token in run[:-1]:
            token.head = last
            token.dep_ = "det" if token.lower_ in ("the", "a", "an") else "compound"
            if token.is_title:
                token.pos_, token.tag_ = "PROPN", "NNP"
        last.pos_, last.tag_ = "PROPN", "NNP"
        found.append((run.start, run.end))
    doc.user_data[CLAUSE_TITLES] = found
    return doc


_TITLE_ARTICLES = frozenset({"A", "An", "The"})
_TITLE_FIRST = _TITLE_ARTICLES | {"On", "Of", "In", "Off", "Into", "Under", "Over", "Around", "Across"}
"""Capitalised small words a title may begin with ("A Wrinkle in Time", "On the Road")."""

_NOT_IN_TITLES = frozenset(
    {"PERSON", "GPE", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}
)
"""Entity labels of words that begin no title's run before a verb ("In Paris, …", "On Monday …")."""


def leading_titles(doc: Doc) -> Doc:
    """``doc`` with every title that begins its sentence (or follows the comma that closes a
    fronted participle's phrase) and that the parser cuts, made one name: a capitalised small
    word (`_TITLE_FIRST`) and capitalised words (two or more after an article), with
    `_TITLE_SMALL` words between them (after "The" only "of" and "the": "The Ashcombe Tower in
    Bristol" names a place), right before the sentence's verb ("A Wrinkle in Time is
    a novel", "The Way of Kings has …", "Published by Viking Press, On the Road is …"). Not a
    run of "The" and capitalised words alone, which the parser reads whole, nor one that holds
    a person, a place, a people's adjective or a date ("On Monday Apple said"), nor one a named
    entity of the tagger's holds whole ("The University of Bologna is …"), nor one before a verb
    that has a subject of its own. Its capitalised words but "The" are proper nouns hung from
    its last, the verb's subject; the runs join `clause_titles`' in ``doc.user_data``
    (`CLAUSE_TITLES`)."""
    found: list[tuple[int, int]] = list(doc.user_data.get(CLAUSE_TITLES, ()))
    for sent in doc.sents:
        start = sent.start
        first = doc[start]
        if first.tag_ == "VBN" and first.dep_ == "advcl":
            comma = next((t.i for t in doc[start : sent.end] if t.text == ","), None)
            start = comma + 1 if comma is not None and comma + 1 < sent.end else start
        if doc[start].text not in _TITLE_FIRST:
            continue
        # after "The", only "of" and "the" join: "The Ashcombe Tower in Bristol" is a place's name
        small = {"of", "the"} if doc[start].text == "The" else _TITLE_SMALL
        end = start + 1
        while end < sent.end and (
            doc[end].is_title or (doc[end].lower_ in small and end + 1 < sent.end and doc[end + 1].is_title)
        ):
            end += 1
        run = doc[start:end]
        verb = doc[end] if end < sent.end else None
        capitalised = [t for t in run[1:] if t.is_title]
        if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBZ", "VBD", "VBP"):
            continue
        if len(capitalised) < (2 if run[0].text in _TITLE_ARTICLES else 1):
            continue  # "The Beatles are …": a name with its article, as the tagger reads it
        if run[0].text == "The" and not any(t.is_lower for t in run):
            continue  # "The Dunmore Viaduct was designed …": a name the parser reads whole
        if any(t.ent_type_ in _NOT_IN_TITLES for t in run):
            continue
        if any(e.start <= run[1].i and capitalised[-1].i < e.end for e in doc.ents):
            continue  # a name the tagger reads whole: "The University of Bologna"
        if any(start <= begin < stop or begin <= start < stop for begin, stop in found):
            continue
        main = verb if verb.dep_ not in ("aux", "auxpass") else verb.head
        if any(c.dep_ in ("nsubj", "nsubjpass") and not (start <= c.i < end) for c in main.children):
            continue  # the verb's subject is another
        last = run[-1]
        for child in [c for t in run for c in t.children if not (start <= c.i < end)]:
            if child != main:
                child.head = main
        passive = any(c.dep_ == "auxpass" for c in main.children)
        last.head, last.dep_ = main, "nsubjpass" if passive else "nsubj"
        for token in run[:-1]:
            token.head = last
            article = token.lower_ in ("the", "a", "an") and (token.i != start or token.text == "The")
            token.dep_ = "det" if article else "compound"  # a title's "A" is its word; "The" is left
            if token.is_title and not article:  # to the convention the examples show (TITLE_THE)
                token.pos_, token.tag_ = "PROPN", "NNP"
        last.pos_, last.tag_ = "PROPN", "NNP"
        found.append((start, end))
    doc.user_data[CLAUSE_TITLES] = found
    return doc


def title_the(the: Token) -> bool:
    """Whether a capitalised "The" is a title's own: written so after a word, not as a
    sentence's first word nor after a comma ("designed The Little Mermaid", "by The Beatles")."""
    return the.i > 0 and not the.is_sent_start and not the.doc[the.i - 1].is_punct


def titled_nouns(doc: Doc) -> Doc:
    """``doc`` with every capitalised common noun right after a title's own "The" (`title_the`)
    made a proper noun, and the capitalised nouns before it after that "The": "a member of
    The Roots" tags "Roots" a plural noun."""
    for the in doc[1:-1]:
        if the.text != "The" or not title_the(the):
            continue
        words = []
        for word in doc[the.i + 1 :]:
            if not (word.is_title and word.tag_ in ("NN", "NNS", "NNP", "NNPS")):
                break
            words.append(word)
        if words and words[-1].head.i not in range(the.i, words[-1].i):
            for word in words:
                if word.tag_ in ("NN", "NNS"):
                    word.pos_, word.tag_ = "PROPN", "NNPS" if word.tag_ == "NNS" else "NNP"
    return doc


def numeral_names(doc: Doc) -> Doc:
    """``doc`` with every capital letter or Roman numeral tagged a common noun after a proper
    noun made a proper noun ("Atlas V", "Saturn V"), and so the "I" the tagger takes for the
    pronoun after a name that has no part in the clause of its own ("Elizabeth I died …", not
    "when I met Paul I knew")."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if token.tag_ in ("NN", "NNS") and _NUMERAL.fullmatch(token.text) and before.pos_ == "PROPN":
            token.pos_, token.tag_ = "PROPN", "NNP"
        elif (
            token.text == "I" and token.pos_ == "PRON" and before.pos_ == "PROPN"
            and before.dep_ in ("npadvmod", "compound", "nmod") and before.head in (token, token.head)
        ):  # fmt: skip
            token.pos_, token.tag_ = "PROPN", "NNP"
    return doc


_NUMERAL = re.compile(r"[A-Z]|[IVXLCDM]+")


def gerund_names(doc: Doc, verbs: Collection[str]) -> Doc:
    """``doc`` with every capitalised -ing word that begins a sentence as the clausal subject
    of a copula, and whose lemma is no verb among ``verbs``, made the copula's subject, a
    proper noun: "Trainspotting is a film" (not "Swimming is a sport")."""
    for token in doc:
        if not (
            token.is_sent_start and token.is_title and token.tag_ == "VBG" and token.dep_ == "csubj"
            and token.head.lemma_ == "be" and token.lemma_.lower() not in verbs
        ):  # fmt: skip
            continue
        token.dep_, token.pos_, token.tag_ = "nsubj", "PROPN", "NNP"
        token.lemma_ = token.text
    return doc


def named_objects(doc: Doc) -> Doc:
    """``doc`` with every capitalised name the tagger names whole, which the parser reads as a
    preposition's clausal object ("sired by Never Bend": an adverb and a verb), made the
    preposition's object, a proper noun, its other words compounds of its last; and so one the
    parser reads as the clause a verb with no object says, all of whose words it is
    ("Shogakukan publishes Case Closed"), made the verb's object."""
    for ent in doc.ents:
        last = ent[-1]
        if not (ent.label_ in _NAMED_TYPES and all(t.is_title for t in ent)):
            continue
        head = ent.root.head
        if ent.root.dep_ == "pcomp" and head.pos_ == "ADP" and any(t.pos_ in ("VERB", "AUX") for t in ent):
            dep = "pobj"
        elif (
            ent.root.dep_ == "ccomp" and head.pos_ == "VERB" and len(ent) > 1 and ent.start > head.i
            and not any(c.dep_ == "dobj" for c in head.children)
            and all(ent.start <= t.i < ent.end or t.is_punct for t in ent.root.subtree)
        ):  # fmt: skip
            dep = "dobj"  # "Shogakukan publishes Case Closed": a noun and a name made a clause
        else:
            continue
        for token in ent:
            token.pos_, token.tag_ = "PROPN", "NNP"
            token.lemma_ = token.text
            if token != last:
                token.head, token.dep_ = last, "compound"
        last.head, last.dep_ = head, dep
    return doc


_NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP"})


def named_nouns(doc: Doc) -> Doc:
    """``doc`` with every capitalised word inside a sentence that the tagger names a place of one
    word, and tags a common noun or a verb, made a proper noun: "connects Inverness to Corpach"
    tags "Inverness" a noun, "links Gothenburg to Söderköping" "Söderköping" a verb; so are
    the words of one written with hyphens ("Kalach-na-Donu"), and a capitalised singular noun the
    tagger names by itself as anything else ("lived during the Cretaceous", "made by PepsiCo"). So
    is the last word of a longer name whose other words are all proper nouns ("played for the
    Chennai Super Kings" tags "Kings" a plural common noun), and a capitalised singular noun the
    tagger names as nothing, alone as an object after a lower-case word ("was released by
    Oasis"; not the first word of a sentence, nor of a run of capitalised words). A sentence's
    first word, a capitalised common noun, is a name where a comma and an apposition with its
    article say what it is ("Respect, a single by Aretha Franklin, …")."""
    for ent in doc.ents:
        token = ent.root
        if not (token.pos_ in ("NOUN", "VERB") and token.dep_ in _OBJECTS):
            continue
        one_word = len(ent) == 1 or (
            all(not t.whitespace_ for t in ent[:-1]) and any(t.text in ("-", "–") for t in ent)
        )
        named = ent.label_ in PLACES or (len(ent) == 1 and ent.label_ in _NAMED_TYPES and token.tag_ == "NN")
        capitalised = ent[0].is_title or (ent[0].text[:1].isupper() and not ent[0].is_upper)  # "PepsiCo"
        if named and one_word and capitalised and not ent[0].is_sent_start:
            for word in ent:
                if word.pos_ in ("NOUN", "VERB"):
                    word.pos_, word.tag_, word.lemma_ = "PROPN", "NNP", word.text
        elif (
            ent.label_ in _NAMED_TYPES and token.i == ent.end - 1 and token.is_title
            and token.tag_ in ("NN", "NNS") and len(words := [t for t in ent[:-1] if t.pos_ != "DET"]) > 0
            and all(t.pos_ == "PROPN" for t in words)
        ):  # fmt: skip
            token.pos_, token.tag_, token.lemma_ = "PROPN", token.tag_.replace("NN", "NNP", 1), token.text
    for token in doc:
        if (
            token.tag_ == "NN" and token.is_title and not token.ent_type_ and not token.is_sent_start
            and token.dep_ in ("pobj", "dobj") and not list(token.children) and doc[token.i - 1].is_lower
            and (token.i + 1 == len(doc) or not doc[token.i + 1].is_title)
        ):  # fmt: skip
            token.pos_, token.tag_, token.lemma_ = "PROPN", "NNP", token.text
    for token in doc:
        if (
            token.is_sent_start and token.tag_ in ("NN", "NNS") and token.is_title
            and token.i + 1 < len(doc) and doc[token.i + 1].text == ","
            and any(c.dep_ == "appos" and any(d.dep_ == "det" for d in c.children) for c in token.children)
        ):  # fmt: skip
            token.pos_, token.tag_, token.lemma_ = "PROPN", token.tag_.replace("NN", "NNP", 1), token.text
    return doc


_OBJECTS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "appos", "conj", "attr"})
"""The places in a clause of a word `named_nouns` takes for a name."""
