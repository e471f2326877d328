"""The store → standard RDF files.

Turtle, N-Triples and JSON-LD hold the merged graph: by default only the facts (entities,
their classes, names and relations), or with ``full=True`` everything in the store
(evidence, document records, the ontology). TriG and N-Quads always hold everything,
each document in its own named graph.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, cast

import pyoxigraph as ox

from kg.ontology import KG
from kg.query import PREFIXES
from kg.store import GraphStore, is_graph

FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
}
"""Export format names, as the command line takes them."""
DATASET_FORMATS = frozenset({"trig", "nquads"})
"""Formats that keep one named graph per document; the others merge them."""
SUFFIXES = {
    ".ttl": "turtle",
    ".nt": "ntriples",
    ".jsonld": "jsonld",
    ".json": "jsonld",
    ".trig": "trig",
    ".nq": "nquads",
}


def export(store: GraphStore, *, format: str = "turtle", full: bool = False) -> bytes:
    """Serialise the store in ``format`` (see `FORMATS`) and return the bytes.

    Raises:
        ValueError: the format is unknown; the message lists the known ones.
    """
    return _serialize(store, None, format, full) or b""


def write_graph(
    store: GraphStore, out: str | Path | IO[bytes], *, format: str = "turtle", full: bool = False
) -> None:
    """Write the store in ``format`` to a path, a binary stream, or ``-`` for stdout.

    Args:
        full: for merged formats, keep evidence, document records and the ontology too.

    Raises:
        ValueError: the format is unknown; the message lists the known ones.
    """
    if out == "-":
        out = sys.stdout.buffer
    elif isinstance(out, str | Path):
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        out = str(out)
    _serialize(store, out, format, full)


def facts(store: GraphStore) -> Iterator[ox.Triple]:
    """The merged facts of all documents: no evidence, no document records, no ontology."""
    results = store.query(
        f"""CONSTRUCT {{ ?s ?p ?o }} WHERE {{
              SELECT DISTINCT ?s ?p ?o WHERE {{
                GRAPH ?g {{ ?s ?p ?o }} ?g a <{KG.Document}> .
                FILTER NOT EXISTS {{ ?s a ?kind FILTER(?kind IN (<{KG.Evidence}>, <{KG.Document}>)) }}
              }} ORDER BY ?s ?p ?o
            }}"""
    )
    assert is_graph(results)
    yield from cast(Iterable[ox.Triple], results)


def format_for(path: str | Path) -> str | None:
    """The export format a file name's suffix implies, if any.

    >>> format_for("out/graph.trig")
    'trig'
    """
    return SUFFIXES.get(Path(path).suffix.lower())


def _serialize(store: GraphStore, out: str | IO[bytes] | None, format: str, full: bool) -> bytes | None:
    if format not in FORMATS:
        raise ValueError(f"Can't export as {format!r}. Available: {', '.join(FORMATS)}")
    rdf_format = FORMATS[format]
    data = store.quads() if format in DATASET_FORMATS else store.union() if full else facts(store)
    prefixes = {prefix: str(ns) for prefix, ns in PREFIXES.items()} if format in ("turtle", "trig") else None
    return ox.serialize(data, out, rdf_format, prefixes=prefixes)
