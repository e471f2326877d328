"""Names that hold a comma and the place after it: DBpedia's ``Newnham_College,_Cambridge``
and ``University_of_California,_Berkeley``, which the text writes "Newnham College, Cambridge"
and the parser cuts at the comma.

`learn_comma_names` keeps ``comma-name:HEAD`` in the pattern file's names table for each word
that heads such a name in the examples (the root of the part before the comma: "College",
"University"), where the examples never name a thing with that head without the place the text
writes after it; `with_comma_place` then writes the place into such a name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from kg.names import phrase

COMMA_NAME = "comma-name:"
"""Names-table key prefix of a word that heads names written with the place after a comma."""


def _head(span: Span) -> str:
    """The word that heads a name: its phrase's root ("College" of "Newnham College")."""
    return span.root.text


def _place_after(span: Span) -> Span | None:
    """The name after a comma right after ``span``: "Cambridge" of "Newnham College, Cambridge";
    not after a place's name ("Jones County, Texas", the region that tells which), nor after a
    name that holds a comma already."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].pos_ != "PROPN":
        return None
    if span.root.ent_type_ in ("GPE", "LOC") or any(t.text == "," for t in span):
        return None
    after = phrase(doc[span.end + 1])
    return after if after.start == span.end + 1 else None


def learn_comma_names(docs: Sequence[Doc], examples: Sequence[dict]) -> dict[str, str]:
    """``comma-name:HEAD`` for each head of a name the examples write with the place the text
    gives after a comma, and never without it where the text gives one."""
    kept: Counter[str] = Counter()
    dropped: Counter[str] = Counter()
    for doc, example in zip(docs, examples, strict=True):
        for name in {n for s, _, o in example["triples"] for n in (s, o) if not n.startswith('"')}:
            said = name.replace("_", " ")
            whole = "," in said
            first = said.split(",")[0].strip()
            for found in re.finditer(rf"(?<!\w){re.escape(first)}(?!\w)", doc.text):
                span = doc.char_span(*found.span())
                if span is None:
                    continue
                place = _place_after(span)
                if place is None:
                    continue
                if whole and said == f"{first}, {place.text}":
                    kept[_head(span)] += 1
                elif not whole:
                    dropped[_head(span)] += 1
    return {f"{COMMA_NAME}{head}": "1" for head in kept if not dropped[head]}


def with_comma_place(span: Span, names: dict[str, str]) -> Span:
    """``span`` with the place written after it and a comma, where the examples name things with
    its head so (`learn_comma_names`): "Newnham College, Cambridge"."""
    if not len(span) or not names.get(f"{COMMA_NAME}{_head(span)}"):
        return span
    place = _place_after(span)
    return span if place is None else span.doc[span.start : place.end]
