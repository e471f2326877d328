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
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import product

import numpy
from spacy.strings import StringStore
from spacy.tokens import Doc

_ATTRIBUTES = frozenset({"DEP", "POS", "TAG", "LEMMA", "LOWER", "ORTH", "TEXT", "ENT_TYPE", "IS_TITLE"})
"""The token attributes a pattern node may test, each by value or with ``IN``/``NOT_IN``
(`_FLAGS` by true or false)."""
_FLAGS = frozenset({"IS_TITLE"})
"""The attributes that are flags, tested by ``True`` or ``False``."""
_COLUMNS = {"TEXT": "ORTH"}
"""Attributes read from the doc's array under another name."""

Check = tuple[str, frozenset[int] | None, frozenset[int]]
"""One attribute test on a token: (column, allowed values or None for any, banned values),
values as the vocabulary's ids, which is what ``Doc.to_array`` gives."""


@dataclass(frozen=True)
class _Node:
    name: str
    checks: tuple[Check, ...]
    children: tuple[_Node, ...]

    def fits(self, columns: dict[str, list[int]], i: int) -> bool:
        for column, allowed, banned in self.checks:
            value = columns[column][i]
            if (allowed is not None and value not in allowed) or value in banned:
                return False
        return True


class TreeMatcher:
    """Matches named ``>``-only dependency patterns; ``matcher(doc)`` is ``(name, token
    indices in pattern order)`` for every match ``DependencyMatcher`` finds, pattern by
    pattern and in text order. Tokens are read as columns of attribute ids, and a token's
    children from the head column, so no token object is made."""

    def __init__(self, patterns: Mapping[str, list[dict]]) -> None:
        unsupported = [name for name, pattern in patterns.items() if not self.supports(pattern)]
        if unsupported:
            raise ValueError(f"pattern {unsupported[0]!r} needs spaCy's DependencyMatcher")
        self.patterns = dict(patterns)
        self._order = {name: n for n, name in enumerate(patterns)}
        self._columns = sorted(
            {_COLUMNS.get(key, key) for pattern in patterns.values() for node in pattern
             for key in node.get("RIGHT_ATTRS", {})}
        )  # fmt: skip
        self._compiled: dict[int, list[tuple[_Node, list[tuple[str, _Node, list[str]]]]]] = {}

    @staticmethod
    def supports(pattern: list[dict]) -> bool:
        """Whether every relation is ``>`` and every attribute one `TreeMatcher` tests."""
        for n, node in enumerate(pattern):
            if (n == 0) != ("LEFT_ID" not in node) or (n and node.get("REL_OP") != ">"):
                return False
            for key, value in node.get("RIGHT_ATTRS", {}).items():
                if key not in _ATTRIBUTES:
                    return False
                if key in _FLAGS:
                    if not isinstance(value, bool):
                        return False
                    continue
                if isinstance(value, dict) and (set(value) - {"IN", "NOT_IN"} or not value):
                    return False
                if not isinstance(value, (str, dict)):
                    return False
        return bool(pattern)

    def _trees(self, strings: StringStore) -> list[tuple[_Node, list[tuple[str, _Node, list[str]]]]]:
        """The patterns as trees of id tests for one vocabulary, those whose roots test the
        same attributes grouped under one root test."""
        if id(strings) not in self._compiled:
            groups: dict[str, tuple[_Node, list[tuple[str, _Node, list[str]]]]] = {}
            for name, pattern in self.patterns.items():
                tree = _tree(pattern, strings)
                key = json.dumps(pattern[0].get("RIGHT_ATTRS", {}), sort_keys=True)
                order = [node["RIGHT_ID"] for node in pattern]
                groups.setdefault(key, (tree, []))[1].append((name, tree, order))
            self._compiled[id(strings)] = list(groups.values())
        return self._compiled[id(strings)]

    def __call__(self, doc: Doc) -> list[tuple[str, list[int]]]:
        found: list[tuple[int, int, str, list[int]]] = []
        n = len(doc)
        if not n:
            return []
        arrays = {column: doc.to_array(column) for column in self._columns}
        columns = {column: array.tolist() for column, array in arrays.items()}
        below = _Children(doc)
        for root, trees in self._trees(doc.vocab.strings):
            fits = numpy.ones(n, dtype=bool)  # the root's test on every token at once
            for column, allowed, banned in root.checks:
                if allowed is not None:
                    fits &= numpy.isin(arrays[column], list(allowed))
                if banned:
                    fits &= ~numpy.isin(arrays[column], list(banned))
            for i in numpy.flatnonzero(fits).tolist():
                for name, tree, order in trees:
                    for bound in _bind(tree, i, below, columns):
                        found.append((self._order[name], i, name, [bound[node] for node in order]))
        found.sort(key=lambda match: match[:2])  # pattern by pattern, in text order, as spaCy's
        return [(name, ids) for _, _, name, ids in found]


class _Children:
    """Each token's children (in text order), found for all tokens at once from the head
    column and listed for the tokens a match walks through."""

    def __init__(self, doc: Doc) -> None:
        n = len(doc)
        heads = doc.to_array("HEAD").astype(numpy.int64) + numpy.arange(n)  # offsets -> indices
        heads[heads == numpy.arange(n)] = -1  # a root is no child of its own
        self.order = numpy.argsort(heads, kind="stable")
        self.bounds = numpy.searchsorted(heads[self.order], numpy.arange(n + 1)).tolist()
        self._listed: dict[int, list[int]] = {}

    def __getitem__(self, i: int) -> list[int]:
        if i not in self._listed:
            self._listed[i] = self.order[self.bounds[i] : self.bounds[i + 1]].tolist()
        return self._listed[i]


def _bind(node: _Node, i: int, below: _Children, columns: dict[str, list[int]]) -> Iterator[dict[str, int]]:
    """Every assignment of the nodes under ``node`` to tokens under token ``i`` (``below``:
    each token's children)."""
    if not node.children:
        yield {node.name: i}
        return
    options: list[list[dict[str, int]]] = []
    for child in node.children:
        if child.children:
            found = [b for j in below[i] if child.fits(columns, j) for b in _bind(child, j, below, columns)]
        else:
            found = [{child.name: j} for j in below[i] if child.fits(columns, j)]
        if not found:
            return
        options.append(found)
    for combination in product(*options):
        bound = {node.name: i}
        for part in combination:
            bound.update(part)
        yield bound


def _tree(pattern: list[dict], strings: StringStore) -> _Node:
    children: dict[str, list[str]] = {node["RIGHT_ID"]: [] for node in pattern}
    for node in pattern[1:]:
        children[node["LEFT_ID"]].append(node["RIGHT_ID"])
    checks = {node["RIGHT_ID"]: _checks(node.get("RIGHT_ATTRS", {}), strings) for node in pattern}

    def build(name: str) -> _Node:
        return _Node(name, checks[name], tuple(build(child) for child in children[name]))

    return build(pattern[0]["RIGHT_ID"])


def _checks(attrs: dict, strings: StringStore) -> tuple[Check, ...]:
    def ids(values: Iterable[str]) -> frozenset[int]:
        return frozenset(strings[value] for value in values)

    checks: list[Check] = []
    for key, value in attrs.items():
        column = _COLUMNS.get(key, key)
        if key in _FLAGS:
            checks.append((column, frozenset({int(value)}), frozenset()))
        elif isinstance(value, str):
            checks.append((column, ids([value]), frozenset()))
        else:
            allowed = ids(value["IN"]) if "IN" in value else None
            checks.append((column, allowed, ids(value.get("NOT_IN", ()))))
    return tuple(checks)


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
