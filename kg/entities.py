"""Mentions → entities: one node per real thing, with a canonical name, class and IRI.

Within a document, mentions with the same name are one entity, and a person's surname
("Tracey") joins the full name seen earlier ("Ann Tracey"). An entity's class is a
vote over its mentions: each NER label counts once, a title before the name ("Dr")
counts three times, and each relation it takes part in counts twice for the class its
property's domain or range requires ("A, near B" makes both places).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import quote

from pyoxigraph import NamedNode
from rdflib import URIRef
from spacy.tokens import Doc, Span

from kg.ontology import Ontology
from kg.relations import Relation

DEFAULT_BASE = "https://w3id.org/kg/id/"
"""The namespace of entity IRIs unless the user picks another."""

_NER_VOTE, _TITLE_VOTE, _RELATION_VOTE = 1, 3, 2


@dataclass
class Entity:
    """One real thing named in a document."""

    name: str
    iri: URIRef
    cls: URIRef
    mentions: list[Span] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)


def mint_iri(name: str, *, base: str = DEFAULT_BASE) -> URIRef:
    """Mint an entity IRI from its canonical name: spaces become ``_``, unsafe characters are
    percent-encoded, letters of any script are kept.

    >>> mint_iri("Liverpool City Region")
    rdflib.term.URIRef('https://w3id.org/kg/id/Liverpool_City_Region')
    >>> mint_iri("AT&T <Labs>")
    rdflib.term.URIRef('https://w3id.org/kg/id/AT%26T_%3CLabs%3E')

    Raises:
        ValueError: the name has no letters or digits.
    """
    text = " ".join(unicodedata.normalize("NFC", name).split())
    if not any(ch.isalnum() for ch in text):
        raise ValueError(f"Can't mint an IRI from {name!r}: it has no letters or digits")
    local = "".join(
        ch if ch.isalnum() or ch in "-._~" else "_" if ch == " " else quote(ch, safe="") for ch in text
    )
    iri = base + local
    NamedNode(iri)  # Oxigraph's strict IRI parser: fail here, not in the store
    return URIRef(iri)


def canonical_name(span: Span) -> str:
    """The name a mention spells, with whitespace and quotes normalised.

    >>> import spacy
    >>> canonical_name(spacy.blank("en")("the  City\\nof London")[1:])
    'City of London'
    """
    text = re.sub(r"\s+", " ", span.text).strip().strip("\"'“”‘’")
    return text


def entities(
    doc: Doc,
    *,
    ontology: Ontology,
    relations: Iterable[Relation] = (),
    base: str = DEFAULT_BASE,
) -> dict[int, Entity]:
    """Group the mentions of ``doc`` into entities, keyed by each mention's start token.

    Args:
        doc: a doc whose ``ents`` are kg mentions (see `kg.mentions`).
        ontology: gives the class for each NER label and each property's domain and range.
        relations: candidate relations, whose properties vote on their ends' classes.
        base: namespace for minted IRIs.
    """
    clusters: dict[str, list[Span]] = {}
    for span in doc.ents:
        clusters.setdefault(canonical_name(span).casefold(), []).append(span)
    _join_surnames(clusters, ontology)

    votes: dict[str, Counter[URIRef]] = {key: Counter() for key in clusters}
    key_of = {span.start: key for key, spans in clusters.items() for span in spans}
    for key, spans in clusters.items():
        for span in spans:
            cls = ontology.class_for_ner(span.label_)
            if cls is not None:
                votes[key][cls] += _NER_VOTE
            before = doc[span.start - 1] if span.start > 0 else None
            if before is not None and before._.kg_class_trigger:
                votes[key][URIRef(before._.kg_class_trigger)] += _TITLE_VOTE
    for relation in relations:
        prop = ontology.properties[relation.predicate]
        for span, allowed in ((relation.subject, prop.domain), (relation.object, prop.range)):
            if len(allowed) == 1:
                votes[key_of[span.start]][allowed[0]] += _RELATION_VOTE

    result: dict[int, Entity] = {}
    for key, spans in clusters.items():
        if not votes[key]:
            continue
        names = [canonical_name(span) for span in spans]
        name = max(names, key=lambda n: (len(n.split()), len(n), n))
        entity = Entity(
            name=name,
            iri=mint_iri(name, base=base),
            cls=min(votes[key], key=lambda c: (-votes[key][c], str(c))),
            mentions=sorted(spans, key=lambda s: s.start),
            aliases={n for n in names if n != name},
            titles={
                doc[s.start - 1].text for s in spans if s.start > 0 and doc[s.start - 1]._.kg_class_trigger
            },
        )
        for span in spans:
            result[span.start] = entity
    return result


def _join_surnames(clusters: dict[str, list[Span]], ontology: Ontology) -> None:
    """Move a lone surname's mentions into the one person whose full name ends with it."""
    person = ontology.class_for_ner("PERSON")
    people = [
        key
        for key, spans in clusters.items()
        if len(key.split()) > 1 and any(ontology.class_for_ner(s.label_) == person for s in spans)
    ]
    for key in [k for k in clusters if len(k.split()) == 1]:
        owners = [p for p in people if p.split()[-1] == key]
        if len(owners) == 1:
            clusters[owners[0]].extend(clusters.pop(key))
