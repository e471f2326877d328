"""The RDF store: embedded Oxigraph on disk (or in memory), spoken to as rdflib or directly.

Each document's facts live in its own named graph; queries see the union of all
graphs as their default graph. Writing a document is one SPARQL update (drop the old
graph, insert the new), which Oxigraph applies as a single transaction: a document is
stored whole or not at all.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset, URIRef
from rdflib.term import BNode, Literal, Node

from kg.errors import KGError

DEFAULT_STORE = "kg-store"
"""The store directory, relative to the working folder, unless ``--store``/``KG_STORE`` say otherwise."""
MEMORY = ":memory:"


def default_location() -> str:
    """The store location from ``KG_STORE``, else ``./kg-store``."""
    return os.environ.get("KG_STORE") or DEFAULT_STORE


class Store:
    """An Oxigraph store holding one named graph per document.

    Args:
        location: a directory (created if missing) or ``:memory:``.

    Raises:
        KGError: the directory is not a store, or another process holds it.
    """

    def __init__(self, location: str | Path = MEMORY) -> None:
        self.location = str(location)
        if self.location == MEMORY:
            self.ox = ox.Store()
            return
        path = Path(self.location)
        if path.exists() and not path.is_dir():
            raise KGError(f"Store '{path}' is a file, not a store directory")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.ox = ox.Store(str(path))
        except OSError as error:
            reason = "it is in use by another kg process" if "lock" in str(error).lower() else str(error)
            raise KGError(f"Can't open store '{path}': {reason}") from None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Flush and release the store (other processes may then open it)."""
        if hasattr(self, "ox"):
            if self.location != MEMORY:
                self.ox.flush()
            del self.ox

    def replace_graph(self, graph: str, triples: Iterable[tuple[Node, Node, Node]]) -> int:
        """Atomically replace the named graph ``graph`` with ``triples``.

        Returns:
            The number of distinct triples written.
        """
        lines = sorted({f"{_nt(s)} {_nt(p)} {_nt(o)} ." for s, p, o in triples})
        name = _nt(URIRef(graph))
        body = "\n".join(lines)
        self.ox.update(f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{body}\n}} }}")
        return len(lines)

    def remove_graph(self, graph: str) -> None:
        """Remove the named graph ``graph`` and everything in it."""
        self.ox.update(f"DROP SILENT GRAPH {_nt(URIRef(graph))}")

    def graphs(self) -> list[str]:
        """The IRIs of the named graphs in the store."""
        return sorted(g.value for g in self.ox.named_graphs() if isinstance(g, ox.NamedNode))

    def dataset(self) -> Dataset:
        """An rdflib view of the same store (through oxrdflib): its default graph is the union."""
        return Dataset(store=OxigraphStore(store=self.ox), default_union=True)

    def union(self) -> Iterator[ox.Triple]:
        """Every distinct triple of every graph, merged, in a stable order (grouped by subject)."""
        results = self.ox.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } ORDER BY ?s ?p ?o }",
            use_default_graph_as_union=True,
        )
        assert isinstance(results, ox.QueryTriples)
        yield from results

    def __len__(self) -> int:
        return len(self.ox)


def open_store(location: str | Path | None = None) -> Store:
    """Open the store at ``location`` (default: `default_location`), creating it if needed."""
    return Store(location if location is not None else default_location())


def _nt(term: Node) -> str:
    """A term in N-Triples syntax, escaped and validated by Oxigraph."""
    if isinstance(term, URIRef):
        return str(ox.NamedNode(str(term)))
    if isinstance(term, Literal):
        if term.language:
            return str(ox.Literal(str(term), language=term.language))
        if term.datatype:
            return str(ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype))))
        return str(ox.Literal(str(term)))
    if isinstance(term, BNode):
        return str(ox.BlankNode(str(term)))
    raise TypeError(f"Can't store {term!r}: not an IRI, literal or blank node")
