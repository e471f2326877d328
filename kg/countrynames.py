"""Names DBpedia qualifies with the country they belong to, where the text says the country
beside the name: "the Labour Party in Argentina" and "the Labour Party of Argentina" are
``Labour_Party_(Argentina)``, "the US Whig Party" is ``Whig_Party_(United_States)``.

`learn_country_names` keeps ``country-name:PROPERTY:END`` in the pattern file's names table for
each end of a property whose names the examples qualify so, two different names or more, where
the text says the country beside the name; `with_country` then writes the country into such a
name, in brackets, and leaves it out of the name's own words. `country_named` lets the other
sentences of a text that name the thing without its country name it so too.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from kg.canonical import canonical_name
from kg.demonyms import DEMONYMS
from kg.ontology import Ontology, local_name
from kg.places import place_kind

COUNTRY_NAME = "country-name:"
"""Names-table key prefix of a property's end (``party:object``) whose names the examples
qualify with the country the text says beside them."""

QUALIFIED = re.compile(r"(.+)_\(([^()]+)\)")
"""A name with a qualifier in brackets: ``Labour_Party_(Argentina)``."""

_ABBREVIATIONS = {"US": "United States", "U.S.": "United States", "USA": "United States",
                  "U.S.A.": "United States", "UK": "United Kingdom", "U.K.": "United Kingdom"}  # fmt: skip
"""Countries' abbreviations that begin names ("the U.S. Democratic Party")."""


def _country(words: Span, ontology: Ontology, *, adjective: bool = True) -> str | None:
    """The country ``words`` name or abbreviate, or (with ``adjective``) give the people's
    adjective of, or None."""
    text = words.text
    if text in _ABBREVIATIONS:
        return _ABBREVIATIONS[text]
    if len(words) == 1 and text in DEMONYMS:
        return DEMONYMS[text] if adjective else None
    name = canonical_name(words).replace("_", " ")
    return name if place_kind(name, ontology) == "Country" and name.split()[0][:1].isupper() else None


def stated_country(mention: Span, ontology: Ontology) -> tuple[Span, str] | None:
    """The name ``mention`` makes without the country it is said to be of, and that country:
    "in" or "of" a country after it ("the Labour Party in Argentina"), or a country's name or
    abbreviation that begins it ("the US Whig Party"; not a people's adjective, which is often
    the name's own word: "the Spanish Socialist Workers' Party"); None where the text says no
    country beside the name."""
    doc = mention.doc
    words = mention[1:] if len(mention) and mention[0].pos_ == "DET" else mention
    start = words.start
    if (
        start > 0
        and doc[start - 1].text in _ABBREVIATIONS
        and doc[start - 1].head.i in range(start, words.end)
    ):
        return words, _ABBREVIATIONS[doc[start - 1].text]  # "the U.S. Democratic Party", cut by the tagger
    for n in (3, 2, 1):
        if (
            len(words) > n
            and words[n].pos_ == "PROPN"
            and all(t.pos_ == "PROPN" for t in words[:n])
            and (country := _country(words[:n], ontology, adjective=False))
        ):
            return words[n:], country
    for at, token in enumerate(words):
        if token.lower_ in ("in", "of") and 1 < at < len(words) - 1:  # not "Kingdom of Sarawak"
            place = words[at + 1 :]
            place = place[1:] if place[0].lower_ == "the" else place
            if len(place) and (country := _country(place, ontology)):
                return words[:at], country  # "the Labour Party of Argentina", one mention
    end = words.end
    if end + 1 < len(doc) and doc[end].lower_ in ("in", "of"):
        after = end + 2 if doc[end + 1].lower_ == "the" else end + 1
        run = after
        while run < len(doc) and doc[run].pos_ == "PROPN":
            run += 1  # the place's own words, whatever entity the tagger makes of the whole
        if run > after and (country := _country(doc[after:run], ontology)):
            return words, country
    return None


def learn_country_names(docs: Sequence[Doc], examples: Sequence[dict], ontology: Ontology) -> dict[str, str]:
    """``country-name:PROPERTY:END`` for each end of a property whose names the examples write
    with the country the text says beside them, in brackets: two different names or more (one
    name's spelling is no convention of the property's), and more often than they write a name
    without the country the text says ("born in Paris, in France" is Paris)."""
    kept: defaultdict[str, set[str]] = defaultdict(set)
    dropped: Counter[str] = Counter()
    terms: dict[str, str | None] = {}
    ends: list[tuple[Doc, str, str, str | None]] = []  # (doc, key, name as written, country)
    for doc, example in zip(docs, examples, strict=True):
        for triple in example["triples"]:
            if triple[1] not in terms:
                try:
                    terms[triple[1]] = local_name(ontology.term(triple[1], properties_only=True))
                except KeyError:
                    terms[triple[1]] = None
            prop = terms[triple[1]]
            for end, name in (("subject", triple[0]), ("object", triple[2])):
                match = QUALIFIED.fullmatch(name)
                if prop is None or name.startswith('"'):
                    continue
                if match is None:
                    ends.append((doc, f"{prop}:{end}", name, None))
                elif place_kind(match.group(2), ontology) == "Country":
                    ends.append((doc, f"{prop}:{end}", match.group(1), match.group(2)))
    # the qualified names first; the others only at the ends some qualified name stands at
    for doc, key, name, country in sorted(ends, key=lambda e: e[3] is None):
        if country is None and key not in kept:
            continue
        said = _said_country(doc, name.replace("_", " "), ontology)
        if said is not None and said.replace(" ", "_") == country:
            kept[key].add(name)
        elif said is not None and country is None:
            dropped[key] += 1
    return {
        f"{COUNTRY_NAME}{key}": "1"
        for key, names in kept.items()
        if len(names) >= 2 and len(names) > dropped[key]
    }


def _said_country(doc: Doc, plain: str, ontology: Ontology) -> str | None:
    """The country the text says beside the first mention of ``plain`` that has one, or None."""
    for found in re.finditer(rf"(?<!\w){re.escape(plain)}(?!\w)", doc.text):
        span = doc.char_span(*found.span(), alignment_mode="expand")
        said = stated_country(_widened(span), ontology) if span is not None else None
        if said is not None:
            return said[1]
    return None


def _widened(span: Span) -> Span:
    """``span`` with the name words the text writes right before it and hangs from it ("US" of
    "US Whig Party")."""
    doc, start = span.doc, span.start
    while (
        start > 0
        and doc[start - 1].pos_ in ("PROPN", "ADJ")
        and doc[start - 1].head.i in range(start, span.end)
    ):
        start -= 1
    return doc[start : span.end]


def with_country(name: str, mention: Span, key: str, names: dict[str, str], ontology: Ontology) -> str:
    """``name`` as the examples write the names at ``key`` (``party:object``): with the country
    the text says beside it in brackets (`learn_country_names`), its own words without it."""
    if not names.get(f"{COUNTRY_NAME}{key}") or QUALIFIED.fullmatch(name):
        return name
    said = stated_country(_widened(mention), ontology)
    if said is None or not any(t.pos_ == "PROPN" for t in said[0]):
        return name
    return f"{canonical_name(said[0])}_({said[1].replace(' ', '_')})"


def country_named(triples: Sequence[tuple[str, str, str]], ontology: Ontology) -> dict[str, str]:
    """The names ``triples`` qualify with a country, by the name without it
    (``Labour_Party`` → ``Labour_Party_(Argentina)``): one thing is one name across a text's
    sentences, where one of them says the country."""
    found = {}
    for triple in triples:
        for name in (triple[0], triple[2]):
            match = QUALIFIED.fullmatch(name)
            if match is not None and place_kind(match.group(2), ontology) == "Country":
                found[match.group(1)] = name
    return found
