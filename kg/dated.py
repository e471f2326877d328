"""Properties whose values are dates, learned from a user's examples where the ontology gives
no range (the benchmark's JSON form leaves literal ranges empty): a release date is never the
record label named after "released … by" in the same clause."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from kg.canonical import canonical_name

DATED = "dated:"
"""Names-table key prefix of a property whose values in the examples were all dates (two at
least, one of them more than a year): kg reads such a property's values as dates."""

_YEAR = re.compile(r"\d{4}")
_ISO = re.compile(r"\d{4}-\d\d-\d\d")


def dated_properties(examples: Sequence[dict]) -> dict[str, str]:
    """``dated:P`` for each property whose examples' values were all dates, written as ISO
    dates, as years or as the text writes a day ("14 May 2010"), and not all years (a year
    alone is an amount, `kg.amounts.AMOUNT`)."""
    days: Counter[str] = Counter()
    years: Counter[str] = Counter()
    others: Counter[str] = Counter()
    for example in examples:
        for _, relation, obj in example["triples"]:
            said = obj.strip('"').replace("_", " ")
            if _YEAR.fullmatch(said):
                years[relation] += 1
            elif _ISO.fullmatch(canonical_name(said)):
                days[relation] += 1
            else:
                others[relation] += 1
    return {
        f"{DATED}{relation}": "1"
        for relation, count in days.items()
        if count + years[relation] >= 2 and not others[relation]
    }
