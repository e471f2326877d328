"""Dependency patterns matched by walking the parse.

spaCy's ``DependencyMatcher`` first runs a token ``Matcher`` with every node of every
pattern over the whole document, then finds each match's sentence root and tries every
combination of positions. kg's patterns use only its parent-to-child operator (``>``) and
plain token attributes, so `TreeMatcher` can start from the tokens that fit a pattern's root
node and look only at their children, which finds the same matches for a fraction of the
work. `TreeMatcher.supports` says whether a pattern is of that kind; others stay with
spaCy's matcher (`kg.relations.MatcherCache`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from itertools import product

from spacy.tokens import Doc, Token

_ATTRIBUTES: dict[str, Callable[[Token], str]] = {
    "DEP": lambda t: t.dep_,
    "POS": lambda t: t.pos_,
    "TAG": lambda t: t.tag_,
    "LEMMA": lambda t: t.lemma_,
    "LOWER": lambda t: t.lower_,
    "ORTH": lambda t: t.text,
    "TEXT": lambda t: t.text,
    "ENT_TYPE": lambda t: t.ent_type_,
}
"""The token attributes a pattern node may test, each by value or with ``IN``/``NOT_IN``."""

Test = Callable[[Token], bool]


@dataclass(frozen=True)
class _Node:
    name: str
    test: Test
    children: tuple[_Node, ...]


class TreeMatcher:
    """Matches named ``>``-only dependency patterns; ``matcher(doc)`` is ``(name, token
    indices in pattern order)`` for every match ``DependencyMatcher`` finds, pattern by
    pattern and in text order."""

    def __init__(self, patterns: Mapping[str, list[dict]]) -> None:
        unsupported = [name for name, pattern in patterns.items() if not self.supports(pattern)]
        if unsupported:
            raise ValueError(f"pattern {unsupported[0]!r} needs spaCy's DependencyMatcher")
        # Patterns whose roots test the same attributes share one test per token.
        self._roots: dict[str, tuple[Test, list[tuple[str, _Node, list[str]]]]] = {}
        for name, pattern in patterns.items():
            key = json.dumps(pattern[0].get("RIGHT_ATTRS", {}), sort_keys=True)
            tree = _tree(pattern)
            self._roots.setdefault(key, (tree.test, []))[1].append(
                (name, tree, [node["RIGHT_ID"] for node in pattern])
            )
        self._order = {name: n for n, name in enumerate(patterns)}

    @staticmethod
    def supports(pattern: list[dict]) -> bool:
        """Whether every relation is ``>`` and every attribute one `TreeMatcher` tests."""
        for n, node in enumerate(pattern):
            if (n == 0) != ("LEFT_ID" not in node) or (n and node.get("REL_OP") != ">"):
                return False
            for key, value in node.get("RIGHT_ATTRS", {}).items():
                if key not in _ATTRIBUTES:
                    return False
                if isinstance(value, dict) and (set(value) - {"IN", "NOT_IN"} or not value):
                    return False
                if not isinstance(value, (str, dict)):
                    return False
        return bool(pattern)

    def __call__(self, doc: Doc) -> list[tuple[str, list[int]]]:
        found: list[tuple[int, int, str, list[int]]] = []
        tokens = list(doc)
        below: list[list[Token]] = [[] for _ in tokens]  # each token's children, made once
        for token in tokens:
            if token.head.i != token.i:
                below[token.head.i].append(token)
        for test, trees in self._roots.values():
            for token in tokens:
                if not test(token):
                    continue
                for name, root, order in trees:
                    for bound in _bind(root, token, below):
                        found.append((self._order[name], token.i, name, [bound[node] for node in order]))
        found.sort(key=lambda match: match[:2])  # pattern by pattern, in text order, as spaCy's
        return [(name, ids) for _, _, name, ids in found]


def _bind(node: _Node, token: Token, below: list[list[Token]]) -> Iterator[dict[str, int]]:
    """Every assignment of the nodes under ``node`` to tokens under ``token`` (``below``:
    each token's children)."""
    if not node.children:
        yield {node.name: token.i}
        return
    options: list[list[dict[str, int]]] = []
    for child in node.children:
        found = [binding for t in below[token.i] if child.test(t) for binding in _bind(child, t, below)]
        if not found:
            return
        options.append(found)
    for combination in product(*options):
        bound = {node.name: token.i}
        for part in combination:
            bound.update(part)
        yield bound


def _tree(pattern: list[dict]) -> _Node:
    children: dict[str, list[str]] = {node["RIGHT_ID"]: [] for node in pattern}
    for node in pattern[1:]:
        children[node["LEFT_ID"]].append(node["RIGHT_ID"])
    tests = {node["RIGHT_ID"]: _test(node.get("RIGHT_ATTRS", {})) for node in pattern}

    def build(name: str) -> _Node:
        return _Node(name, tests[name], tuple(build(child) for child in children[name]))

    return build(pattern[0]["RIGHT_ID"])


def _test(attrs: dict) -> Test:
    checks = [_check(_ATTRIBUTES[key], value) for key, value in attrs.items()]
    if not checks:
        return lambda token: True
    if len(checks) == 1:
        return checks[0]
    return lambda token: all(check(token) for check in checks)


def _check(get: Callable[[Token], str], value: str | dict) -> Test:
    if isinstance(value, str):
        return lambda token: get(token) == value
    allowed = frozenset(value.get("IN", ()))
    banned = frozenset(value.get("NOT_IN", ()))
    if "IN" not in value:
        return lambda token: get(token) not in banned
    return lambda token: get(token) in allowed and get(token) not in banned


def dependency_matches(patterns: Mapping[str, list[dict]]) -> Callable[[Doc], list[tuple[str, list[int]]]]:
    """A matcher for named dependency patterns: `TreeMatcher` if it supports them all,
    else spaCy's ``DependencyMatcher``; either gives ``(name, token indices)`` per match."""
    if all(TreeMatcher.supports(pattern) for pattern in patterns.values()):
        return TreeMatcher(patterns)
    from spacy.matcher import DependencyMatcher

    from kg.relations import MatcherCache

    cache = MatcherCache(DependencyMatcher, patterns)

    def matches(doc: Doc) -> list[tuple[str, list[int]]]:
        strings = doc.vocab.strings
        return [(strings[match_id], ids) for match_id, ids in cache(doc)(doc)]

    return matches
