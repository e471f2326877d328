"""Names written with digits, hyphens, dashes, a particle or a numeral, which spaCy's small
English model tags or splits as other words: "Explorer 1", "WASP-12b", "Longdon-on-Tern",
"Paris–Tours", "Dimitri Van den Bergh", "Atlas V". `kg.repairs.ParseRepairs` runs these repairs
with the other repairs of the parse; the names the tagger tags otherwise are `kg.nametags`'.

- **A numbered name taken for a common noun.** "Explorer 1 was launched …" tags "Explorer" a
  noun; a capitalised singular noun that begins a sentence with no article, its number right
  after it, is a name (`numbered_names`).
- **A designation taken for a plural, a numeral or punctuation.** "WASP-12b, a hot Jupiter, …"
  tags "WASP-12b" a comma, "The F-16 was built …" "F-16" a number and "Gliese 581c" "581c" a
  plural; a word of letters and digits that begins with a capital, and digits with one letter
  after a capitalised word (whose adjective that word becomes a name's word too), tagged other
  than a noun, or a noun right after "the" ("the M5 motorway"), is a proper noun, and so is a
  word in camel case ("owned by iHeartMedia", tagged a number; "MariaDB", tagged punctuation)
  (`coded_names`).
- **A name joined by hyphens taken for a phrase.** "the Longdon-on-Tern Aqueduct is …" makes
  "on" a preposition of "Longdon" whose object is "Tern Aqueduct"; capitalised words joined by
  hyphens to a short lower-case word, and the proper nouns right after them, are one name
  (`hyphened_names`).
- **A name joined by dashes taken for words of the clause.** "Paris–Tours was first held in
  1896" makes "Paris" a modifier of "held" and "Tours" a plural noun, its subject; capitalised
  words joined by dashes, no spaces between, hung from one word outside them, are one name that
  takes the place of the one among them that has a subject's or object's part (`dashed_names`).
- **A person's name particle taken for a word of the clause.** "Dimitri Van den Bergh is a
  Belgian darts player" makes "den" a verb whose subject is "Van" and object "Bergh", and
  "Rafael van der Vaart" makes "Vaart" an apposition of "der"; capitalised words with
  lower-case particles between them ("van", "den", "de"), hung from one word outside them, are
  one name that takes the outside word's part (`particle_names`).
- **A numeral taken for a common noun.** "Atlas V" tags "V" a noun; a capital letter or Roman
  numeral after a proper noun is a proper noun, and so is "I" after a name with no part of its
  own in the clause ("Elizabeth I died …") (`numeral_names`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.writtenwords import HYPHENS, PARTICLES


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
    proper noun (one tagged a common noun is left, unless "the" is right before it: "a V8
    engine", "protects against COVID-19" may be a kind, as a disease's name is; "the M5
    motorway" is one): a word that begins with a capital and
    has a digit ("F-16", "WASP-12b"), and digits with one lower-case letter after a
    capitalised word ("Gliese 581c", not the plural "Boeing 737s"), with that word too where
    it describes the designation; a letter that ends a name or a code ("GJ 273 b",
    "i9-13900K"); and a word in camel case that begins in lower case ("owned by iHeartMedia",
    tagged a number; "eBay", "easyJet") or in a capital (`_CAMEL_UPPER`: "MariaDB", tagged
    punctuation; "CouchDB", a common noun)."""
    for token in doc:
        lettered = bool(_LETTERED.fullmatch(token.text)) and token.i > 0 and doc[token.i - 1].is_title
        if _split_code_end(token) or _lettered_name(token) or _CAMEL_LOWER.fullmatch(token.text):
            token.pos_, token.tag_ = "PROPN", "NNP"
            continue
        if _CAMEL_UPPER.fullmatch(token.text) and token.pos_ != "PROPN":
            token.pos_, token.tag_ = "PROPN", "NNP"
            continue
        named = token.tag_ == "NN" and token.i > 0 and doc[token.i - 1].lower_ == "the"  # "the M5 motorway"
        if (token.tag_ in ("NNP", "NNPS", "NN") and not named) or not (
            _CODED.fullmatch(token.text) or lettered
        ):
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

_CAMEL_UPPER = re.compile(r"(?=.{5})[A-Z][a-z]{2,}(?:[A-Z]+[a-z]*)+")
"""A word in camel case that begins with a capital, five letters or more ("CouchDB", "MariaDB";
not "PhD")."""


def hyphened_names(doc: Doc) -> Doc:
    """``doc`` with every name written as capitalised words joined by hyphens to a short
    lower-case word between them ("Longdon-on-Tern", "Stratford-upon-Avon"), and the proper
    nouns right after it, made one name: its words compounds of its last word, which takes the
    place the name had in the sentence. The parser reads "the Longdon-on-Tern Aqueduct is …" as
    "Longdon" with a preposition "on" whose object is "Tern Aqueduct"."""
    for start in range(len(doc) - 4):
        words = doc[start : start + 5]
        first, joiner, middle, joiner2, last = words
        if not (
            first.is_title and last.is_title and joiner.text == joiner2.text == "-"
            and middle.is_lower and middle.is_alpha and len(middle) <= 5
            and not any(t.whitespace_ for t in words[:-1])
            and (start == 0 or doc[start - 1].text != "-")
        ):  # fmt: skip
            continue
        end = start + 5
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end - 1].whitespace_:
            end += 1
        run = doc[start:end]
        head = run[-1]
        tops = [t for t in run if not start <= t.head.i < end or t.head == t]
        if len(tops) != 1:
            continue
        top = tops[0]
        for token in run:
            for child in list(token.children):
                if not start <= child.i < end:
                    child.head = head  # "the", and the verb's words where the name was the root
        if top.head == top:
            head.head, head.dep_ = head, top.dep_
        else:
            head.head, head.dep_ = top.head, top.dep_
        for token in run[:-1]:
            token.head = head
            token.dep_ = "punct" if token.text == "-" else "compound"
            if token.text != "-":
                token.pos_, token.tag_ = "PROPN", "NNP"
        head.pos_, head.tag_ = "PROPN", "NNP"
    return doc


def dashed_names(doc: Doc) -> Doc:
    """``doc`` with every run of capitalised words joined by dashes with no spaces ("Paris–Tours",
    "Liège–Bastogne–Liège"), whose words the parser hung from one word outside the run, made one
    name: its words compounds of its last, which takes the part of the run's one subject or
    object ("Paris–Tours was first held …": "Tours", a plural, the subject, "Paris" a modifier)."""
    i = 0
    while i < len(doc) - 2:
        end = i + 1
        while (
            end + 1 < len(doc) and doc[end].text in HYPHENS and doc[end + 1].text[:1].isupper()
            and not doc[end - 1].whitespace_ and not doc[end].whitespace_
        ):  # fmt: skip
            end += 2
        if end == i + 1 or not doc[i].text[:1].isupper():
            i = end
            continue
        run = doc[i:end]
        heads = {t.head.i for t in run if not i <= t.head.i < end}
        roles = [t for t in run if t.dep_ in _ROLES and not i <= t.head.i < end]
        above = doc[min(heads)] if len(heads) == 1 else None
        if (
            above is not None and len({t.dep_ for t in roles}) == 1  # "Liège–…–Liège": both subjects
            and not any(i <= a.i < end for a in above.ancestors)  # not a word the run itself holds
        ):  # fmt: skip
            last, role = run[-1], roles[-1]
            last.head, last.dep_ = role.head, role.dep_
            for token in run[:-1]:
                token.head, token.dep_ = last, "punct" if token.text in HYPHENS else "compound"
            for token in run:
                if token.text not in HYPHENS:
                    token.pos_, token.tag_ = "PROPN", "NNP"
        i = end
    return doc


_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"})
"""The parts in its clause that a name joined by dashes takes."""


def particle_names(doc: Doc) -> Doc:
    """``doc`` with every run of capitalised proper nouns with one or two lower-case particles
    of people's names between them ("Van den Bergh", "van der Vaart"), where a particle is
    tagged other than a proper noun or the run's last word heads no run, and the run holds one
    word outside it, made one name: its words compounds of its last, which takes the part in
    the clause the run had ("Dimitri Van den Bergh is …": "den" a verb, the clausal subject, is
    a word of the subject's name). A run that holds the sentence's root stays as the parser
    read it: what it holds is no clause's verb for sure ("John van den Brom plays for …" makes
    "plays" a noun)."""
    i = 0
    while i < len(doc):
        particles = i
        while particles < len(doc) and particles - i < 2 and _particle(doc[particles]):
            particles += 1
        if particles == i or i == 0 or particles >= len(doc):
            i += 1
            continue
        if not (_capitalised_name(doc[i - 1]) and _capitalised_name(doc[particles])):
            i = particles
            continue
        start, end = i - 1, particles + 1
        while start > 0 and _capitalised_name(doc[start - 1]):
            start -= 1
        while end < len(doc) and _capitalised_name(doc[end]):
            end += 1
        tagged = all(t.pos_ == "PROPN" for t in doc[i:particles])
        if not tagged or start <= doc[end - 1].head.i < end:  # not "Ludwig van Beethoven", read right
            _one_name(doc, start, end)
        i = end
    return doc


def _one_name(doc: Doc, start: int, end: int) -> None:
    """Makes ``doc[start:end]`` one name where it holds one word outside it (see
    `particle_names`)."""
    run = doc[start:end]
    outside = [t for t in run if not start <= t.head.i < end]
    if len(outside) != 1:
        return
    held = outside[0]
    above = held.head
    if any(start <= a.i < end for a in above.ancestors):
        return  # "John van den Brom plays for …": "den" the root, "plays" a noun it holds
    last = run[-1]
    for token in doc:
        if start <= token.head.i < end and not start <= token.i < end:
            token.head = last  # what a particle taken for a verb held
    last.head, last.dep_ = above, _CLAUSAL.get(held.dep_, held.dep_)
    for token in run[:-1]:
        token.head, token.dep_ = last, "compound"
        token.pos_, token.tag_ = "PROPN", "NNP"


def _particle(token: Token) -> bool:
    """Whether ``token`` is a lower-case particle of a person's name ("van", "den", "de")."""
    return token.is_lower and token.lower_ in PARTICLES


def _capitalised_name(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_title


_CLAUSAL = {"csubj": "nsubj", "csubjpass": "nsubjpass"}
"""The part a name takes in the clause for the clausal one a particle taken for a verb had."""


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
