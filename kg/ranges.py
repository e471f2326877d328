"""Values the examples write as a range: "a life expectancy of 10 to 12 years" is
``"10 to 12 years"``, where kg otherwise reads the end a range's word is in ("2018" of "from
2015 to 2018", a date the property takes one of). `learn_ranges` keeps ``range:PROPERTY`` in
the pattern file's names table for a property whose values the examples write so, and
`whole_range` gives such a property's value the whole range the tagger names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Span

from kg.literals import RANGE_WORDS
from kg.namespans import tagged

RANGE = "range:"
"""Names-table key prefix of a property whose values the examples write as a range."""

_RANGED = re.compile(rf"^\d[\d.,]*\s+(?:{'|'.join(sorted(RANGE_WORDS))})\s+\d")


def learn_ranges(examples: Sequence[dict]) -> dict[str, str]:
    """``range:PROPERTY`` for each property more of whose values the examples write as a range
    of numbers ("10 to 12 years") than as anything else."""
    ranged: Counter[str] = Counter()
    others: Counter[str] = Counter()
    for example in examples:
        for _, relation, obj in example["triples"]:
            said = obj.strip('"').replace("_", " ")
            (ranged if _RANGED.match(said) else others)[relation] += 1
    return {f"{RANGE}{relation}": "1" for relation, n in ranged.items() if n > others[relation]}


def whole_range(span: Span, prop: str, names: dict[str, str]) -> Span:
    """The range the tagger names that ``span`` is an end of, where the examples write the
    property's values as ranges (`learn_ranges`); ``span`` otherwise."""
    if not names.get(f"{RANGE}{prop}"):
        return span
    for ent in tagged(span.doc):
        if ent.start <= span.start and span.end <= ent.end and _RANGED.match(ent.text):
            return ent
    return span
