"""A learned rule: a dependency pattern that states a property, with how precise it was on
the examples it was learned from (`kg.learn`). Label readings (`kg.relations.labels`) stand
for themselves with rules of the same kind."""

from __future__ import annotations

import builtins
from dataclasses import dataclass

from rdflib import URIRef

PRIOR_MATCHES = 2
"""Imagined matches, half of them right, that a pattern's precision is shrunk with to rank it."""


@dataclass(frozen=True)
class LearnedRule:
    """One learned pattern: a dependency path that states ``property`` between its
    ``subject`` and ``object`` nodes."""

    name: str
    property: URIRef
    pattern: list[dict]
    precision: float
    support: int
    example: str = ""
    matches: int = 0
    """How many times the pattern matched in the examples (its precision's denominator)."""

    @builtins.property  # the field above is called property
    def words(self) -> int:
        """How many words of the sentence the pattern names (its lemmas): "fought in X"
        names two, "in X" one."""
        return sum("LEMMA" in node.get("RIGHT_ATTRS", {}) for node in self.pattern)

    @builtins.property
    def confidence(self) -> float:
        """The precision, shrunk towards even odds by `PRIOR_MATCHES` imagined matches: a
        pattern right once in one match is less sure than one right 18 times in 20."""
        matches = self.matches or self.support
        if not matches:
            return self.precision  # not learned (a property's own label): as given
        return (self.precision * matches + 0.5 * PRIOR_MATCHES) / (matches + PRIOR_MATCHES)
