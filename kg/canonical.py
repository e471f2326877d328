"""Mentions → canonical names, as a linker writes them.

`canonical_name` writes a mention (`kg.names.phrase`) the way knowledge bases such as DBpedia
name things: words joined by ``_`` (``Albany,_Georgia``), country abbreviations expanded
(``United_States``), dates and numbers as `kg.literals` writes them, and the spellings and
conventions learned from a user's examples (`kg.conventions`) applied.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.demonyms import DEMONYMS
from kg.literals import literal
from kg.possessives import own_possessive

_ABBREVIATIONS = {
    "u.s.": "United States", "us": "United States", "u.s.a.": "United States", "usa": "United States",
    "u.s": "United States", "america": "United States", "uk": "United Kingdom", "u.k.": "United Kingdom",
    "britain": "United Kingdom", "great britain": "United Kingdom",
}  # fmt: skip


TITLE_A = "article:A"
"""Names-table key, set for one mention, that its capitalised "A" or "An" is its title's own
("A Wrinkle in Time"; `kg.relations.shapes.with_title_the`)."""

TITLE_THE = "article:The"
"""Names-table key of the convention that a capitalised "The" before a name is part of it
("The Ferryman", a film's title), which the examples keep (`kg.conventions`)."""


AS_LABELS = "names:labels"
"""Names-table key of the convention that the examples write names as labels, words apart
(Wikidata's "Lewis Hamilton", not DBpedia's ``Lewis_Hamilton``): a "Jr." is then as the text
writes it ("Carlos Sainz Jr."), not set off by DBpedia's comma (`kg.conventions`)."""


_NOT_PEOPLE = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "GPE", "LOC", "NORP"})
"""Entity labels of things that are no people."""


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
    kept = names and (
        (names.get(TITLE_THE) and re.match(r"The\s+[A-Z0-9]", text))
        or (names.get(TITLE_A) and re.match(r"An?\s+[A-Z0-9]", text))
    )
    if not kept:
        text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.IGNORECASE)
    text = text.strip(" ;:'\"")
    if text.endswith(".") and not re.search(r"(?:^|\s)(?:[A-Za-z]\.){2,}$", text):
        text = text[:-1].rstrip()  # a full stop, not the dot of "S.S.D."
    if not (isinstance(span, Span) and own_possessive(span)):
        text = re.sub(r"\s*'s$", "", text)  # "Japan's", as the tagger names a possessor
    if names and text.lower() in names:
        return names[text.lower()]
    if text.lower() in _ABBREVIATIONS:
        text = _ABBREVIATIONS[text.lower()]
    value = literal(text)  # a date or a number
    if value is not None:
        return value
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
