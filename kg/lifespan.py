"""Dates in brackets after a name, as encyclopaedias open a life: "Mary Loxley (12 March 1921 –
4 June 1999) was …", "Arjun Mehta (born 3 January 1968) is …", "Ruth Adler (1902–1977)".

The parser hangs such dates anywhere, so no dependency pattern reads them. `learn_lifespans`
finds which property the examples state with the first date and which with the second
(``lifespan:first``, ``lifespan:second`` in the pattern file's names table: "date of birth",
"date of death" for Wikidata, ``birthDate``, ``deathDate`` for DBpedia), and `lifespans` finds
the brackets in unseen text for `kg.relations.learned.LearnedExtractor` to read with them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.canonical import canonical_name
from kg.names import phrase
from kg.spellings import name_key

LIFESPAN = "lifespan:"
"""Names-table key prefix: ``lifespan:first`` and ``lifespan:second`` name the properties the
examples state with a bracket's first date (or its "born" date) and its second."""

_DATE = r"(?:\d{1,2} [A-Z][a-z]+,? \d{3,4}|[A-Z][a-z]+ \d{1,2},? \d{3,4}|[A-Z][a-z]+ \d{3,4}|\d{3,4})"
_BORN = re.compile(rf"\b(?:born|b\.)\s+(?:on\s+)?({_DATE})\b")
_SPAN = re.compile(rf"(?<!\w)({_DATE})\s*[–—-]{{1,2}}\s*({_DATE})(?!\w)")
_LONGEST = 30
"""Most tokens a bracket of dates holds ("née Smith; 12 March 1921 – 4 June 1999")."""


@dataclass(frozen=True)
class Lifespan:
    """A bracket after a name: the name's last word, the bracket, and its dates."""

    name: Token
    bracket: Span
    first: Span
    second: Span | None


def lifespans(doc: Doc) -> Iterator[Lifespan]:
    """Each bracket of dates that follows a name directly in ``doc``."""
    for opening in doc[1:]:
        if opening.text != "(" or doc[opening.i - 1].pos_ != "PROPN":
            continue
        closing = next((t for t in doc[opening.i + 1 : opening.i + _LONGEST] if t.text in ("(", ")")), None)
        if closing is None or closing.text != ")":
            continue
        inside = doc[opening.i + 1 : closing.i]
        dates = _dates(inside)
        if dates is not None:
            yield Lifespan(doc[opening.i - 1], doc[opening.i : closing.i + 1], *dates)


def _dates(inside: Span) -> tuple[Span, Span | None] | None:
    """A bracket's dates: both ends of a range, or the date after "born" and None."""
    match = _SPAN.search(inside.text) or _BORN.search(inside.text)
    if match is None:
        return None
    start = inside.start_char
    spans = [
        inside.doc.char_span(start + match.start(g), start + match.end(g))
        for g in range(1, match.re.groups + 1)
    ]
    first, second = spans[0], spans[1] if len(spans) > 1 else None
    if first is None or (len(spans) > 1 and second is None):
        return None
    return first, second


def _same_date(value: str, span: Span) -> bool:
    said = value.strip('"').replace("_", " ")
    return said == span.text or canonical_name(said) == canonical_name(span)


def learn_lifespans(docs: Sequence[Doc], examples: Sequence[dict]) -> dict[str, str]:
    """``lifespan:first`` and ``lifespan:second``: the property the examples state most often
    between a name and its bracket's first (second) date, where they do so at least twice and
    for most of the brackets that have such a date."""
    stated: dict[str, Counter[str]] = {"first": Counter(), "second": Counter()}
    seen: Counter[str] = Counter()
    for doc, example in zip(docs, examples, strict=True):
        for life in lifespans(doc):
            owner = name_key(canonical_name(phrase(life.name)))
            for place, date in (("first", life.first), ("second", life.second)):
                if date is None:
                    continue
                seen[place] += 1
                for subject, relation, obj in example["triples"]:
                    if name_key(subject) == owner and _same_date(obj, date):
                        stated[place][relation] += 1
    found = {}
    for place, counts in stated.items():
        if counts:
            relation, count = counts.most_common(1)[0]
            if count >= 2 and count * 2 > seen[place]:
                found[f"{LIFESPAN}{place}"] = relation
    return found
