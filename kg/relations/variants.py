"""Variants of learned patterns made when they are applied, for what the parser does otherwise than in
the examples: those that change one end of the fact (`kg.relations.endvariants`: "the band Black
Ridge" for "Black Ridge", "around 1658" for "in 1642", "which struck" for a name that struck) and
those that change the clause between the ends (`kg.relations.clausevariants`: the active for the
passive, apposition for a copula, a preposition hung elsewhere). A variant is named after its rule
with a suffix and read as that rule (`rule_of`); its extra nodes (`VARIANT_NODES`) are no end of the
fact.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from kg.relations import clausevariants as clause
from kg.relations import endvariants as end
from kg.rule import LearnedRule

NAMED = clause.NAMED
HEADED = end.HEADED

_MAKERS: tuple[tuple[str, Callable[[list[dict]], list[dict] | None]], ...] = (
    (end.APPOSED, end.apposed), (end.COMPOUNDED, end.compounded), (clause.OF, clause.through_of),
    (clause.APPOSITION, clause.as_apposition), (clause.COPULA, clause.as_copula),
    (clause.ACTIVE, clause.active), (clause.PASSIVE, clause.passive), (end.AROUND, end.around),
    (NAMED, clause.named), (end.RELATIVE, end.relative), (end.COMPOUND_NAMED, end.compound_named),
    (clause.OBJECT, clause.through_object), (end.PREDICATE, end.as_predicate),
    (end.APPOS_NAMED, end.appos_named),
)  # fmt: skip
"""Each variant's suffix and the function making it, in the order they are made. `headed` is not
among them: `kg.relations.learned` makes it only where the examples name subjects so."""

VARIANT_NODES = frozenset(("named", "of_", "of_noun", "headed", "by_", "dobj_"))
"""The nodes variants add to a pattern."""


def variants(rules: Iterable[LearnedRule]) -> dict[str, list[dict]]:
    """Every variant of the rules' patterns, by name."""
    found = {}
    for rule in rules:
        for suffix, make in _MAKERS:
            pattern = make(rule.pattern)
            if pattern is not None:
                found[f"{rule.name}{suffix}"] = pattern
    return found


def rule_of(name: str) -> str:
    """The name of the rule a pattern or its variant is read as."""
    for suffix in (HEADED, *(suffix for suffix, _ in _MAKERS)):
        name = name.removesuffix(suffix)
    return name
