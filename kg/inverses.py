"""Properties the examples state both ways round in one sentence: "Piz Bernina is the highest
point of the Bernina Range" is the mountain's range and the range's highest point, two facts of
one pair of things.

kg reads one fact of a pair of things from one sentence (the surest reading); `learn_inverses`
keeps ``inverse:PROPERTY`` in the pattern file's names table for each property the examples
state of a pair in the same sentence as another property of the pair the other way round, and
`kg.relations.learned.LearnedExtractor.triples` then keeps a fact of each way.
"""

from __future__ import annotations

from collections.abc import Sequence

INVERSE = "inverse:"
"""Names-table key prefix of a property the examples state with another the other way round."""


def learn_inverses(examples: Sequence[dict]) -> dict[str, str]:
    """``inverse:P`` for each property P the examples state as P(X, Y) beside Q(Y, X), Q another."""
    found = {}
    for example in examples:
        triples = list(example["triples"])
        for s, p, o in triples:
            if any(s2 == o and o2 == s and p2 != p for s2, p2, o2 in triples):
                found[f"{INVERSE}{p}"] = "1"
    return found
