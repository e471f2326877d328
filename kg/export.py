"""The store → standard RDF files.

Turtle, N-Triples and JSON-LD hold the merged graph (the union of all documents);
TriG and N-Quads keep each document's named graph.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from kg.query import PREFIXES
from kg.store import Store

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


def export(store: Store, *, format: str = "turtle") -> bytes:
    """Serialise the store in ``format`` (see `FORMATS`) and return the bytes.

    Raises:
        ValueError: the format is unknown; the message lists the known ones.
    """
    return _serialize(store, None, format) or b""


def write_graph(store: Store, out: str | Path | IO[bytes], *, format: str = "turtle") -> None:
    """Write the store in ``format`` to a path, a binary stream, or ``-`` for stdout.

    Raises:
        ValueError: the format is unknown; the message lists the known ones.
    """
    if out == "-":
        out = sys.stdout.buffer
    elif isinstance(out, str | Path):
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        out = str(out)
    _serialize(store, out, format)


def format_for(path: str | Path) -> str | None:
    """The export format a file name's suffix implies, if any.

    >>> format_for("out/graph.trig")
    'trig'
    """
    return SUFFIXES.get(Path(path).suffix.lower())


def _serialize(store: Store, out: str | IO[bytes] | None, format: str) -> bytes | None:
    if format not in FORMATS:
        raise ValueError(f"Can't export as {format!r}. Available: {', '.join(FORMATS)}")
    rdf_format = FORMATS[format]
    data = store.ox if format in DATASET_FORMATS else store.union()
    prefixes = {prefix: str(ns) for prefix, ns in PREFIXES.items()} if format in ("turtle", "trig") else None
    return ox.serialize(data, out, rdf_format, prefixes=prefixes)
