"""The RDF store: embedded Oxigraph on disk (or in memory), spoken to as rdflib or directly.

Each document's facts live in its own named graph. The store's default graph is kept
equal to the RDF merge of all named graphs (a set: a fact two documents state is there
once), so a query with no ``GRAPH`` clause sees the whole graph, as users expect, and
``GRAPH ?g`` reaches single documents. Writing a document is one SPARQL update (take out
of the merge what only the old version said, drop the old graph, insert the new into both),
which Oxigraph applies as a single transaction: a document is stored whole or not at all.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType

import pyoxigraph
from oxrdflib import OxigraphStore
from rdflib import Dataset, URIRef
from rdflib.term import BNode, Literal, Node

from kg.errors import KGError

DEFAULT_STORE = "kg-store"
"""The store directory, relative to the working folder, unless ``--store``/``KG_STORE`` say otherwise."""
MEMORY = ":memory:"
log = logging.getLogger("kg")
REMERGE = (
    "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } } ;\n"
    "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
)
"""An update that makes the default graph the merge of the named graphs again, from scratch
(for updates that wrote named graphs directly)."""


def default_location() -> str:
    """The store location from ``KG_STORE``, else ``./kg-store``."""
    return os.environ.get("KG_STORE") or DEFAULT_STORE


class Store:
    """An Oxigraph store holding one named graph per document.

    An on-disk store can be open in one process at a time. Opening waits (up to ``wait``
    seconds) while another kg process holds it, and a long build lets go of it between
    documents (see `release`), so that queries and other builds take turns instead of
    failing: every reader sees whole documents only.

    Args:
        location: a directory (created if missing) or ``:memory:``.
        wait: seconds to wait for another process to let go of the store.

    Raises:
        KGError: the directory is not a store, or another process held it for ``wait`` seconds.
    """

    def __init__(self, location: str | Path = MEMORY, *, wait: float = 60.0) -> None:
        self.location = str(location)
        self.wait = wait
        self._ox: pyoxigraph.Store | None = None
        self._opened_at = 0.0
        if self.location == MEMORY:
            self._ox = pyoxigraph.Store()
            return
        path = Path(self.location)
        if path.exists() and not path.is_dir():
            raise KGError(f"Store '{path}' is a file, not a store directory")
        self._open()

    @property
    def ox(self) -> pyoxigraph.Store:
        """The pyoxigraph store, opened again if it was released."""
        if self._ox is None:
            self._open()
        assert self._ox is not None
        return self._ox

    def _open(self) -> None:
        path = Path(self.location)
        deadline = time.monotonic() + self.wait
        waiting = False
        while True:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._ox = pyoxigraph.Store(str(path))
                self._opened_at = time.monotonic()
                return
            except OSError as error:
                if "lock" not in str(error).lower():
                    raise KGError(f"Can't open store '{path}': {error}") from None
                if time.monotonic() >= deadline:
                    raise KGError(
                        f"Can't open store '{path}': it is in use by another kg process "
                        f"(waited {self.wait:g} s)"
                    ) from None
                if not waiting:
                    log.info("Store '%s' is in use by another kg process; waiting for it", path)
                    waiting = True
                time.sleep(0.05)

    def release(self, *, held_for: float = 0.0) -> None:
        """Let other processes have an on-disk store if this one has held it ``held_for``
        seconds or more; the next use opens it again."""
        held = time.monotonic() - self._opened_at
        if self.location != MEMORY and self._ox is not None and held >= held_for:
            self._ox.flush()
            self._ox = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Flush and release the store (other processes may then open it)."""
        self.release()

    def replace_graph(self, graph: str, triples: Iterable[tuple[Node, Node, Node]]) -> int:
        """Atomically replace the named graph ``graph`` with ``triples``, and the merge with it.

        Returns:
            The number of distinct triples written.
        """
        lines = sorted({f"{_nt(s)} {_nt(p)} {_nt(o)} ." for s, p, o in triples})
        body = "\n".join(lines)
        self.ox.update(
            f"{_unmerge(_nt(URIRef(graph)))} ;\n"
            f"INSERT DATA {{ GRAPH {_nt(URIRef(graph))} {{\n{body}\n}} }} ;\n"
            f"INSERT DATA {{\n{body}\n}}"
        )
        return len(lines)

    def remove_graphs(self, graphs: Iterable[str], *, then: str = "") -> None:
        """Remove named graphs, and from the merge what only they said, in one transaction.

        Args:
            then: a SPARQL update to run in the same transaction afterwards.
        """
        steps = [_unmerge(_nt(URIRef(graph))) for graph in graphs]
        self.ox.update(" ;\n".join([*steps, then] if then else steps))

    def graphs(self) -> list[str]:
        """The IRIs of the named graphs in the store."""
        return sorted(g.value for g in self.ox.named_graphs() if isinstance(g, pyoxigraph.NamedNode))

    def select(self, sparql: str) -> list[pyoxigraph.QuerySolution]:
        """The rows of a SELECT query over the merged graph, straight from Oxigraph."""
        result = self.ox.query(sparql)
        if not isinstance(result, pyoxigraph.QuerySolutions):
            raise ValueError("Store.select needs a SELECT query")
        return list(result)

    def dataset(self) -> Dataset:
        """An rdflib view of the same store (through oxrdflib): its default graph is the merge."""
        return Dataset(store=OxigraphStore(store=self.ox))

    def union(self) -> Iterator[pyoxigraph.Triple]:
        """Every triple of the merged graph, in a stable order (grouped by subject)."""
        results = self.ox.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o")
        assert isinstance(results, pyoxigraph.QueryTriples)
        yield from results

    def quads(self) -> Iterator[pyoxigraph.Quad]:
        """Every quad of every named graph (the merged default graph left out)."""
        for quad in self.ox:
            if not isinstance(quad.graph_name, pyoxigraph.DefaultGraph):
                yield quad

    def __len__(self) -> int:
        """The number of triples in the merged graph."""
        return sum(1 for _ in self.ox.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph()))


def text(term: object) -> str:
    """The lexical form of an IRI or literal from a query row, or "" for none."""
    return term.value if isinstance(term, pyoxigraph.Literal | pyoxigraph.NamedNode) else ""


def open_store(location: str | Path | None = None) -> Store:
    """Open the store at ``location`` (default: `default_location`), creating it if needed."""
    return Store(location if location is not None else default_location())


def _unmerge(graph: str) -> str:
    """An update that drops ``graph`` and takes out of the default graph each triple that no
    other named graph holds."""
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {graph}) }} }} ;\n"
        f"DROP SILENT GRAPH {graph}"
    )


def _nt(term: Node) -> str:
    """A term in N-Triples syntax, escaped and validated by Oxigraph."""
    if isinstance(term, URIRef):
        return str(pyoxigraph.NamedNode(str(term)))
    if isinstance(term, Literal):
        if term.language:
            return str(pyoxigraph.Literal(str(term), language=term.language))
        if term.datatype:
            return str(pyoxigraph.Literal(str(term), datatype=pyoxigraph.NamedNode(str(term.datatype))))
        return str(pyoxigraph.Literal(str(term)))
    if isinstance(term, BNode):
        return str(pyoxigraph.BlankNode(str(term)))
    raise TypeError(f"Can't store {term!r}: not an IRI, literal or blank node")
