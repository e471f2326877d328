"""Doc → relations: which mention stands in which ontology property to which other.

Extractors are swappable, so they live in a registry: each is a callable taking a
parsed ``Doc`` and yielding `Relation` candidates between its mentions. Candidates
are checked against the property's domain and range once entities are typed (see
`kg.rdf`), so an extractor may propose freely.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from rdflib import URIRef
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from kg.ontology import Ontology


@dataclass(frozen=True)
class Relation:
    """One candidate fact read from a sentence, with what is needed to trace it."""

    subject: Span
    predicate: URIRef
    object: Span
    evidence: Span
    """The words from which the fact was read (subject, trigger and object together)."""
    rule: str
    confidence: float
    trigger: str = ""
    subject_vote: int = 0
    """How strongly the rule says the subject is of the property's domain class."""
    object_vote: int = 0
    """How strongly the rule says the object is of the property's range class."""


M = TypeVar("M")


class MatcherCache(Generic[M]):
    """One spaCy matcher per vocabulary (a matcher belongs to the vocabulary it was built
    with), built from named patterns on first use: ``MatcherCache(DependencyMatcher, {name:
    pattern})(doc)`` is the matcher for ``doc``."""

    def __init__(self, kind: Callable[[Vocab], M], patterns: Mapping[str, list]) -> None:
        self.kind = kind
        self.patterns = patterns
        self._built: dict[int, M] = {}

    def __call__(self, doc: Doc) -> M:
        key = id(doc.vocab)
        if key not in self._built:
            matcher = self.kind(doc.vocab)
            for name, pattern in self.patterns.items():
                matcher.add(name, [pattern])  # type: ignore[attr-defined]
            self._built[key] = matcher
        return self._built[key]


Extractor = Callable[[Doc], Iterator[Relation]]
ExtractorFactory = Callable[[Ontology], Extractor]

_REGISTRY: dict[str, ExtractorFactory] = {}


def register_extractor(name: str) -> Callable[[ExtractorFactory], ExtractorFactory]:
    """Register a factory ``f(ontology) -> extractor`` under ``name``."""

    def register(factory: ExtractorFactory) -> ExtractorFactory:
        _REGISTRY[name] = factory
        return factory

    return register


def make_extractors(names: list[str], *, ontology: Ontology) -> list[Extractor]:
    """Build the named extractors for ``ontology``.

    Raises:
        ValueError: a name is not registered; the message lists those that are.
    """
    unknown = [name for name in names if name not in _REGISTRY]
    if unknown:
        available = ", ".join(sorted(_REGISTRY))
        raise ValueError(f"Can't find extractor {unknown[0]!r}. Available: {available}")
    return [_REGISTRY[name](ontology) for name in names]


def relations(doc: Doc, *, extractors: list[Extractor]) -> Iterator[Relation]:
    """Yield each distinct relation candidate that the extractors find in ``doc``."""
    seen: set[tuple[int, URIRef, int]] = set()
    for extract in extractors:
        for relation in extract(doc):
            key = (relation.subject.start, relation.predicate, relation.object.start)
            if key not in seen and relation.subject.start != relation.object.start:
                seen.add(key)
                yield relation


from kg.relations import dependency as _dependency  # noqa: E402,F401  (registers built-ins)
from kg.relations import patterns as _patterns  # noqa: E402,F401

DEFAULT_EXTRACTORS = ["patterns", "dependency"]
