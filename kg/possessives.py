"""Names that hold a possessive, as diseases and laws are named after people: "Parkinson's
disease", "Hubble's law". The parser hangs the person's name from the noun (``poss``), so a
mention of either is the name or the noun alone; where the examples name things so,
`with_possessive` makes the mention the whole name.

`learn_possessives` keeps ``POSSESSIVE`` in the pattern file's names table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span

POSSESSIVE = "shape:possessive"
"""Names-table key set where at least two different names of the examples are a capitalised
name, "'s" and lower-case words, as their sentences write them."""

_SHAPE = re.compile(r"[A-Z][\w.-]*(?: [A-Z][\w.-]*)*['’]s(?: [a-z]+){1,2}")


def learn_possessives(examples: Sequence[dict]) -> dict[str, str]:
    """`POSSESSIVE`, where at least two different names of the examples have its shape and
    their sentence writes them so."""
    shaped = set()
    for example in examples:
        for triple in example["triples"]:
            for name in (triple[0], triple[2]):
                text = " ".join(name.replace("_", " ").split())
                if _SHAPE.fullmatch(text) and text.lower() in example["sentence"].lower():
                    shaped.add(text.lower())
    return {POSSESSIVE: "1"} if len(shaped) >= 2 else {}


def with_possessive(span: Span) -> Span:
    """``span`` grown to the name it is part of that holds a possessive: "Parkinson" of
    "Parkinson's disease" (the name the noun hangs from) or "disease" (the noun the name
    hangs from), when the noun right after "'s" is in lower case."""
    doc = span.doc
    root = span.root
    if root.dep_ == "poss" and span.end + 1 < len(doc) and doc[span.end].tag_ == "POS":
        noun = root.head
        if noun.i == span.end + 1 and noun.pos_ == "NOUN" and noun.is_lower:
            return doc[span.start : noun.i + 1]
    if root.pos_ == "NOUN" and root.is_lower and span.start >= 2 and doc[span.start - 1].tag_ == "POS":
        owner = doc[span.start - 2]
        while owner.head.i != owner.i and owner.dep_ == "compound" and owner.head.i < span.start:
            owner = owner.head
        if owner.dep_ == "poss" and owner.head == root and owner.pos_ == "PROPN":
            return doc[owner.left_edge.i : span.end]
    return span
