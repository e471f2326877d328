"""Text in, graph out: the whole extraction path, one document at a time.

``build()`` reads like the package tree: sources → ``nlp.pipe`` → mentions →
relations → entities → triples → store, then links entities across documents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from kg.entities import DEFAULT_BASE, entities
from kg.linking import link_entities
from kg.nlp import DEFAULT_MODEL, load_pipeline
from kg.ontology import ONTOLOGY_GRAPH, read_ontology
from kg.rdf import document_triples
from kg.relations import DEFAULT_EXTRACTORS, make_extractors, relations
from kg.store import Store
from kg.text import Document, Skipped, read_documents

RELEASE_AFTER = 1.0
"""Seconds a build holds an on-disk store before letting queries and other builds in."""


@dataclass
class BuildReport:
    """What a build did: documents stored, triples written, sources skipped."""

    documents: list[str] = field(default_factory=list)
    triples: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    linked: int = 0
    """Short names merged with the same person's full name from another document."""


def build(
    paths: Iterable[str | Path],
    *,
    store: Store,
    model: str | Language = DEFAULT_MODEL,
    ontologies: Iterable[str | Path] = (),
    extractors: list[str] | None = None,
    base: str = DEFAULT_BASE,
    on_document: Callable[[Document, int], None] | None = None,
) -> BuildReport:
    """Extract a graph from each source and store it as that document's named graph.

    Each document is written in one transaction, replacing what an earlier build of the
    same source stored. Unreadable sources are skipped and listed in the report.

    Args:
        paths: files, directories or ``-`` (stdin); see `kg.text.read_documents`.
        store: where to write.
        model: an installed spaCy pipeline's name, or a loaded pipeline to reuse.
        ontologies: ontology files to use besides kg's own.
        extractors: names of relation extractors (default: all built-in ones).
        base: namespace for entity IRIs.
        on_document: called after each document is stored, with the triple count.

    Raises:
        KGError: a path does not exist, the model or an ontology can't be loaded.
    """
    ontologies = [str(p) for p in ontologies]
    ontology = read_ontology(ontologies)
    nlp = load_pipeline(model, ontology_paths=ontologies)
    extract = make_extractors(extractors or DEFAULT_EXTRACTORS, ontology=ontology)
    store.replace_graph(str(ONTOLOGY_GRAPH), ontology.triples())  # queries can read labels and classes

    report = BuildReport()
    documents = read_documents(paths, skipped=report.skipped)
    for doc, document in nlp.pipe(((d.text, d) for d in documents), as_tuples=True):
        found = list(relations(doc, extractors=extract))
        nodes = entities(doc, ontology=ontology, relations=found, base=base)
        triples = document_triples(document, entities=nodes, relations=found, ontology=ontology)
        count = store.replace_graph(document.iri, triples)
        report.documents.append(document.source)
        report.triples += count
        if on_document is not None:
            on_document(document, count)
        store.release(held_for=RELEASE_AFTER)
    report.linked = link_entities(store)
    return report
