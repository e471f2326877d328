"""Entities + relations → the triples of one document's graph, each fact with its evidence.

The graph model, in one place:

* the document: ``<doc> a kg:Document; kg:source; kg:sha256; kg:ingestedAt``;
* each entity: ``<e> a <class>; rdfs:label; skos:altLabel; kg:title``;
* a verb that no ontology property names: ``<verb/…> a kg:UnmappedRelation; rdfs:label``;
* each relation: the triple itself, plus an evidence node that reifies it
  (``rdf:subject``/``rdf:predicate``/``rdf:object``) with ``kg:document``,
  ``kg:sentence``, ``kg:start``/``kg:end`` (character offsets), ``kg:rule``,
  ``kg:matchedTrigger`` and ``kg:confidence``.

All of it lives in the document's named graph, so replacing or removing a document
replaces or removes exactly what it asserted.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from decimal import Decimal
from functools import lru_cache

from rdflib import RDF, RDFS, SKOS, XSD, Literal, URIRef
from rdflib.term import Node
from spacy.tokens import Span

from kg.canonical import canonical_name
from kg.entities import Entity
from kg.ontology import DATE_TYPES, KG, NUMBER_TYPES, Ontology
from kg.relations import Relation
from kg.relations.dependency import UNMAPPED
from kg.text import Document

Triple = tuple[Node, Node, Node]


def document_triples(
    document: Document,
    *,
    entities: dict[int, Entity],
    relations: Iterable[Relation],
    ontology: Ontology,
    ingested_at: datetime | None = None,
) -> Iterator[Triple]:
    """Yield every triple that ``document`` contributes to its named graph.

    Relations whose subject or object class breaks the property's domain or range, or
    whose two ends are the same entity, are left out.
    """
    doc_iri = URIRef(document.iri)
    when = ingested_at or datetime.now(UTC)
    yield doc_iri, RDF.type, KG.Document
    yield doc_iri, KG.source, Literal(document.source)
    yield doc_iri, KG.sha256, Literal(document.sha256)
    yield doc_iri, KG.ingestedAt, Literal(when.isoformat(timespec="seconds"), datatype=XSD.dateTime)

    for entity in {id(e): e for e in entities.values()}.values():
        yield entity.iri, _TYPE, entity.cls
        yield entity.iri, _LABEL, Literal(entity.name)
        for alias in sorted(entity.aliases):
            yield entity.iri, _ALT_LABEL, Literal(alias)
        for title in sorted(entity.titles):
            yield entity.iri, _TITLE, Literal(title)

    unmapped: dict[URIRef, str] = {}
    for relation in relations:
        subject = entities.get(relation.subject.start)
        obj = entities.get(relation.object.start)
        prop = ontology.properties.get(relation.predicate)
        if (
            subject is not None
            and prop is not None
            and (value := _literal(relation.object, prop.range)) is not None
        ):
            if ontology.is_a(subject.cls, prop.domain):  # "founded on 1 May 1990": a value, not a node
                yield subject.iri, relation.predicate, value
                yield from _evidence(doc_iri, subject.iri, value, relation)
            continue
        if subject is None or obj is None or subject is obj:
            continue
        if prop is None:
            if not relation.predicate.startswith(UNMAPPED):
                continue
            unmapped[relation.predicate] = relation.trigger
        elif not (ontology.is_a(subject.cls, prop.domain) and ontology.is_a(obj.cls, prop.range)):
            continue
        elif prop.symmetric and str(obj.iri) < str(subject.iri):
            subject, obj = obj, subject  # one triple for a symmetric fact, whichever way it was said
        yield subject.iri, relation.predicate, obj.iri
        yield from _evidence(doc_iri, subject.iri, obj.iri, relation)
    for predicate, words in sorted(unmapped.items()):
        yield predicate, RDF.type, KG.UnmappedRelation
        yield predicate, RDFS.label, Literal(words)


_FRACTION_TYPES = frozenset({XSD.decimal, XSD.float, XSD.double})
"""The number types that hold a fraction (the others are integers)."""


def _literal(span: Span, ranges: Iterable[Node]) -> Literal | None:
    """The typed value a mention gives a datatype property (a range in XSD), or None."""
    kinds = {r for r in ranges if isinstance(r, URIRef) and r.startswith(str(XSD))}
    if not kinds:
        return None
    value = canonical_name(span)
    if kinds & DATE_TYPES and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return Literal(value, datatype=XSD.date)
    if XSD.gYear in kinds and re.fullmatch(r"\d{4}", value):
        return Literal(value, datatype=XSD.gYear)
    if kinds & NUMBER_TYPES and re.fullmatch(r"-?\d+(\.\d+)?", value):
        fitting = kinds & NUMBER_TYPES if "." not in value else kinds & _FRACTION_TYPES
        if XSD.decimal in fitting or not fitting:
            return Literal(Decimal(value)) if fitting else None
        return Literal(value, datatype=sorted(fitting)[0])  # as the ontology types it
    if XSD.string in kinds:
        return Literal(" ".join(span.text.split()))
    return None


def _evidence(doc_iri: URIRef, subject: URIRef, obj: Node, relation: Relation) -> Iterator[Triple]:
    span = relation.evidence
    key = f"{subject} {relation.predicate} {obj} {span.start_char} {span.end_char} {relation.rule}"
    node = URIRef(f"{doc_iri}#evidence-{hashlib.sha1(key.encode()).hexdigest()[:16]}")
    yield node, _TYPE, _EVIDENCE
    yield node, _SUBJECT, subject
    yield node, _PREDICATE, relation.predicate
    yield node, _OBJECT, obj
    yield node, _DOCUMENT, doc_iri
    yield node, _SENTENCE, _text(span.sent.text.strip())
    yield node, _START, _integer(span.start_char)
    yield node, _END, _integer(span.end_char)
    yield node, _RULE, _text(relation.rule)
    yield node, _TRIGGER, _text(relation.trigger)
    yield node, _CONFIDENCE, _decimal(relation.confidence)


# The terms every entity and fact repeats, made once: an rdflib namespace makes (and checks)
# a new URIRef on each attribute read.
_TYPE, _LABEL, _ALT_LABEL, _TITLE = RDF.type, RDFS.label, SKOS.altLabel, KG.title
_EVIDENCE, _SUBJECT, _PREDICATE, _OBJECT = KG.Evidence, RDF.subject, RDF.predicate, RDF.object
_DOCUMENT, _SENTENCE, _START, _END = KG.document, KG.sentence, KG.start, KG.end
_RULE, _TRIGGER, _CONFIDENCE = KG.rule, KG.matchedTrigger, KG.confidence


# Literals recur (rule names, triggers, offsets, confidences; a sentence with several
# facts): each is made once, as rdflib's constructor checks and converts every value.
_text = lru_cache(maxsize=8192)(Literal)
_integer = lru_cache(maxsize=8192)(Literal)


@lru_cache(maxsize=1024)
def _decimal(value: float) -> Literal:
    return Literal(Decimal(str(value)))
