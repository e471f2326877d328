"""The RDF store: embedded Oxigraph on disk (or in memory), spoken to as rdflib or directly.

Each document's facts live in its own named graph. The store's default graph is kept
equal to the RDF merge of all named graphs (a set: a fact two documents state is there
once), so a query with no ``GRAPH`` clause sees the whole graph, as users expect, and
``GRAPH ?g`` reaches single documents. Every write is atomic: replacing a document is one
SPARQL update (take out of the merge what only the old version said, drop the old graph,
insert the new into both), and new documents go in together as one transaction or, for a
large batch, one run of Oxigraph's bulk loader (`Store.replace_graphs`). A document is
stored whole or not at all.

`GraphStore` holds what every store does over two primitives, query and update;
`kg.remote.RemoteStore` provides them over HTTP for any SPARQL 1.1 server.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Self, cast

import pyoxigraph
from oxrdflib import OxigraphStore
from rdflib import Dataset, URIRef
from rdflib.term import Node

from kg.errors import KGError
from kg.terms import ntriples, ntriples_checked, text, to_oxigraph

DEFAULT_STORE = "kg-store"
"""The store directory, relative to the working folder, unless ``--store``/``KG_STORE`` say otherwise."""
MEMORY = ":memory:"
BULK_QUADS = 100_000
"""New graphs written together with at least this many quads go in through Oxigraph's bulk
loader (atomic in Oxigraph 0.5: its sorted files are ingested in one step at the end);
smaller writes are one transaction, which is faster for them."""
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


QueryResult = (
    pyoxigraph.QuerySolutions | pyoxigraph.QueryBoolean | pyoxigraph.QueryTriples | list[pyoxigraph.Triple]
)
"""What `Store.query` returns: rows, a boolean, or triples (a list of them from a remote store)."""


@dataclass(frozen=True)
class Write:
    """A write made ready by `GraphStore.prepare`, to run later (on another thread if wanted)."""

    run: Callable[[], list[int]]
    """Does the write; returns the number of distinct triples written for each graph."""
    adds_only: bool = False
    """It only adds graphs the store does not hold, so it may run beside another such write:
    additions commute (the merge is a set), where a replacement reads what it changes."""


def is_graph(result: QueryResult) -> bool:
    """Whether a query result is a graph (CONSTRUCT or DESCRIBE), not rows or a boolean."""
    return isinstance(result, pyoxigraph.QueryTriples | list)


class GraphStore:
    """A store of one named graph per document plus their merge as the default graph:
    everything here is written over two primitives, `query` and `update`, that `Store`
    (embedded Oxigraph) and `kg.remote.RemoteStore` (a SPARQL server) provide."""

    location: str

    def query(self, sparql: str, *, prefixes: Mapping[str, str] | None = None) -> QueryResult:
        raise NotImplementedError

    def update(self, sparql: str) -> None:
        raise NotImplementedError

    def release(self, *, held_for: float = 0.0) -> None:
        """Let other processes at the store (see `Store.release`); nothing to do by default."""

    def dataset(self) -> Dataset:
        """An rdflib view of the same data (its default graph is the merge)."""
        raise NotImplementedError

    def __enter__(self) -> Self:
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
        lines = sorted(
            {f"{ntriples_checked(s)} {ntriples_checked(p)} {ntriples_checked(o)} ." for s, p, o in triples}
        )
        body = "\n".join(lines)
        self.update(
            f"{_unmerge(ntriples_checked(URIRef(graph)))} ;\n"
            f"INSERT DATA {{ GRAPH {ntriples_checked(URIRef(graph))} {{\n{body}\n}} }} ;\n"
            f"INSERT DATA {{\n{body}\n}}"
        )
        return len(lines)

    def prepare(self, graphs: Sequence[tuple[str, Sequence[tuple[Node, Node, Node]]]]) -> Write:
        """What `replace_graphs` does, split in two: the work that needs the interpreter
        now (checking and converting terms, which raises for a bad one), and the write,
        returned to run later, on another thread if wanted."""
        return Write(lambda: self.replace_graphs(graphs))

    def replace_graphs(self, graphs: Sequence[tuple[str, Sequence[tuple[Node, Node, Node]]]]) -> list[int]:
        """Replace several named graphs (see `replace_graph`); each is all-or-nothing.

        Returns:
            The number of distinct triples written for each graph, in order.
        """
        return [self.replace_graph(graph, triples) for graph, triples in graphs]

    def remove_graphs(self, graphs: Iterable[str], *, then: str = "") -> None:
        """Remove named graphs, and from the merge what only they said, in one transaction.

        Args:
            then: a SPARQL update to run in the same transaction afterwards.
        """
        steps = [_unmerge(ntriples_checked(URIRef(graph))) for graph in graphs]
        self.update(" ;\n".join([*steps, then] if then else steps))

    def graphs(self) -> list[str]:
        """The IRIs of the named graphs in the store."""
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(text(row["g"]) for row in rows)

    def select(self, sparql: str) -> list[pyoxigraph.QuerySolution]:
        """The rows of a SELECT query over the merged graph."""
        result = self.query(sparql)
        if not isinstance(result, pyoxigraph.QuerySolutions):
            raise ValueError("Store.select needs a SELECT query")
        return list(result)

    def union(self) -> Iterator[pyoxigraph.Triple]:
        """Every triple of the merged graph, in a stable order (grouped by subject)."""
        result = self.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o")
        assert is_graph(result)
        yield from cast(Iterable[pyoxigraph.Triple], result)

    def quads(self) -> Iterator[pyoxigraph.Quad]:
        """Every quad of every named graph (the merged default graph left out)."""
        for row in self.select("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g ?s ?p ?o"):
            yield pyoxigraph.Quad(row["s"], row["p"], row["o"], row["g"])

    def __len__(self) -> int:
        """The number of triples in the merged graph."""
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(text(rows[0]["n"]))


class Store(GraphStore):
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

    def query(self, sparql: str, *, prefixes: Mapping[str, str] | None = None) -> QueryResult:
        """Run a SPARQL query (pyoxigraph's result types; ``SyntaxError`` if it does not parse)."""
        return self.ox.query(sparql, prefixes=dict(prefixes or {}))

    def update(self, sparql: str) -> None:
        """Run a SPARQL update as one transaction."""
        self.ox.update(sparql)

    def replace_graph(self, graph: str, triples: Iterable[tuple[Node, Node, Node]]) -> int:
        """Atomically replace the named graph ``graph`` with ``triples``, and the merge with it.

        A graph the store does not hold yet is added with one atomic write of its quads and
        their copies in the merge, which skips parsing an update; replacing a graph takes the
        update path (`GraphStore.replace_graph`). `replace_graphs` writes several at once.

        Returns:
            The number of distinct triples written.
        """
        return self.replace_graphs([(graph, list(triples))])[0]

    def replace_graphs(self, graphs: Sequence[tuple[str, Sequence[tuple[Node, Node, Node]]]]) -> list[int]:
        """Replace several named graphs; the graphs the store does not hold yet go in
        together in one atomic write, which with `BULK_QUADS` quads or more is Oxigraph's
        bulk loader (sorted files ingested in one step: all or nothing, as a transaction
        is, at about twice the speed on large batches); the rest as `replace_graph` does.

        Returns:
            The number of distinct triples written for each graph, in order.
        """
        if self._all_new(graphs):
            return self._as_text(graphs).run()
        counts: list[int] = []
        quads: list[pyoxigraph.Quad] = []
        empty: list[pyoxigraph.NamedNode] = []
        pending: set[str] = set()

        def write() -> None:
            if len(quads) >= BULK_QUADS:
                self.ox.bulk_extend(quads)
            elif quads:
                self.ox.extend(quads)
            for name in empty:
                self.ox.add_graph(name)
            quads.clear()
            empty.clear()
            pending.clear()

        for graph, triples in graphs:
            name = pyoxigraph.NamedNode(graph)
            if graph in pending:  # the same graph twice: the first goes in first
                write()
            if self.ox.contains_named_graph(name):
                counts.append(super().replace_graph(graph, triples))
                continue
            pending.add(graph)
            terms = {(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in triples}
            quads += [pyoxigraph.Quad(s, p, o, name) for s, p, o in terms]  # type: ignore[arg-type]
            # No graph name is the default graph; passing DefaultGraph() costs twice the time.
            quads += [pyoxigraph.Quad(s, p, o) for s, p, o in terms]  # type: ignore[arg-type]
            counts.append(len(terms))
            if not terms:
                empty.append(name)
        write()
        return counts

    def _all_new(self, graphs: Sequence[tuple[str, Sequence[tuple[Node, Node, Node]]]]) -> bool:
        """Whether the graphs go in as N-Quads text: each named once, none in the store yet."""
        names = [graph for graph, _ in graphs]
        return len(set(names)) == len(names) and not any(
            self.ox.contains_named_graph(pyoxigraph.NamedNode(graph)) for graph in names
        )

    def prepare(self, graphs: Sequence[tuple[str, Sequence[tuple[Node, Node, Node]]]]) -> Write:
        """For new graphs (see `replace_graphs`), the N-Quads text is made now and the load
        returned (pyoxigraph lets go of the interpreter while it loads, so it can run beside
        the next batch's extraction, and beside another load); otherwise the whole write is
        returned."""
        if not self._all_new(graphs):
            return Write(lambda: self.replace_graphs(graphs))
        return self._as_text(graphs)

    def _as_text(self, graphs: Sequence[tuple[str, Sequence[tuple[Node, Node, Node]]]]) -> Write:
        """New graphs' N-Quads text, made now, and their load, returned to run later."""
        counts, lines, empty = [], [], []
        for graph, triples in graphs:
            name = ntriples(URIRef(graph))
            distinct = {f"{ntriples(s)} {ntriples(p)} {ntriples(o)}" for s, p, o in triples}
            lines += [f"{triple} {name} .\n{triple} .\n" for triple in distinct]
            counts.append(len(distinct))
            if not distinct:
                empty.append(pyoxigraph.NamedNode(graph))
        text = "".join(lines).encode()

        def load() -> list[int]:
            """New graphs as N-Quads text, in one atomic write that skips making a Python
            object per quad (which costs as much as the write): a transaction, or from
            `BULK_QUADS` quads Oxigraph's bulk loader. The parser checks every term, so a bad
            one fails the whole write: nothing is stored."""
            if sum(counts) * 2 >= BULK_QUADS:
                self.ox.bulk_load(text, format=pyoxigraph.RdfFormat.N_QUADS)
            elif text:
                self.ox.load(text, format=pyoxigraph.RdfFormat.N_QUADS)
            for node in empty:
                self.ox.add_graph(node)
            return counts

        return Write(load, adds_only=True)

    def graphs(self) -> list[str]:
        """The IRIs of the named graphs in the store."""
        return sorted(g.value for g in self.ox.named_graphs() if isinstance(g, pyoxigraph.NamedNode))

    def dataset(self) -> Dataset:
        """An rdflib view of the same store (through oxrdflib): its default graph is the merge."""
        return Dataset(store=OxigraphStore(store=self.ox))

    def quads(self) -> Iterator[pyoxigraph.Quad]:
        """Every quad of every named graph (the merged default graph left out)."""
        for quad in self.ox:
            if not isinstance(quad.graph_name, pyoxigraph.DefaultGraph):
                yield quad

    def __len__(self) -> int:
        """The number of triples in the merged graph."""
        return sum(1 for _ in self.ox.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph()))


def open_store(location: str | Path | None = None) -> GraphStore:
    """Open the store at ``location`` (default: `default_location`): a directory (created
    if needed), ``:memory:``, or an ``http(s)://`` SPARQL server (see `kg.remote.RemoteStore`)."""
    where = str(location if location is not None else default_location())
    if where.startswith(("http://", "https://")):
        from kg.remote import RemoteStore  # here: kg.remote builds on this module

        return RemoteStore(where)
    return Store(where)


def _unmerge(graph: str) -> str:
    """An update that drops ``graph`` and takes out of the default graph each triple that no
    other named graph holds."""
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {graph}) }} }} ;\n"
        f"DROP SILENT GRAPH {graph}"
    )
