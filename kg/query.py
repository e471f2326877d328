"""SPARQL in; rows, booleans or graphs out, in the formats users ask for.

Queries see the union of all documents as their default graph; ``GRAPH ?g`` reaches
single documents. The prefixes in `PREFIXES` may be used without declaring them.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import cast

import pyoxigraph as ox
from rdflib import BNode, Graph, Namespace, URIRef, Variable
from rdflib.query import Result, ResultRow
from rdflib.term import Identifier, Literal, Node

from kg.entities import DEFAULT_BASE
from kg.errors import KGError
from kg.ontology import KG
from kg.remote import RemoteStore
from kg.store import GraphStore

PREFIXES = {
    "kg": KG,
    "": Namespace(DEFAULT_BASE),
    "rdf": Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    "rdfs": Namespace("http://www.w3.org/2000/01/rdf-schema#"),
    "owl": Namespace("http://www.w3.org/2002/07/owl#"),
    "xsd": Namespace("http://www.w3.org/2001/XMLSchema#"),
    "skos": Namespace("http://www.w3.org/2004/02/skos/core#"),
    "schema": Namespace("https://schema.org/"),
    "prov": Namespace("http://www.w3.org/ns/prov#"),
}
"""Prefixes that queries may use undeclared, and that output uses to shorten IRIs."""

FORMATS = ("table", "csv", "tsv", "json")


def read_query(text: str) -> str:
    """A query given as text, or ``@FILE`` to read it from a file.

    Raises:
        KGError: the ``@FILE`` does not exist.
    """
    if text.startswith("@"):
        path = Path(text[1:])
        if not path.is_file():
            raise KGError(f"Query file not found: '{path}'")
        return path.read_text(encoding="utf-8")
    return text


def query(store: GraphStore, sparql: str) -> Result:
    """Run a SPARQL query over the union of the store's graphs.

    Raises:
        KGError: the query does not parse; the message gives the parser's reason and position.
    """
    if isinstance(store, RemoteStore):
        return _remote(store, sparql)
    try:
        answer = store.query(sparql, prefixes=_used_prefixes(sparql))
    except SyntaxError as error:
        raise KGError(f"Bad SPARQL query: {error}") from None
    return _as_rdflib(answer, sparql)


@lru_cache(maxsize=1024)
def _used_prefixes(sparql: str) -> dict[str, str]:
    """The `PREFIXES` a query may use (each name followed by a colon, not inside a word or
    an IRI), so the parser is not handed the rest; queries repeat, so this runs once each."""
    return {p: str(ns) for p, ns in PREFIXES.items() if re.search(rf"(?<![\w.\-:/<]){p}:", sparql)}


class _Rows(Result):
    """A SELECT result read straight from Oxigraph's rows: each `ResultRow` is made once, as
    a plain tuple of the query's own row type, and binding dicts only if someone asks for them."""

    def __init__(self, header: _Header, solutions: Iterable[ox.QuerySolution]) -> None:
        super().__init__("SELECT")
        names, row_type = header
        self.vars = list(names)
        self._rows: list[ResultRow] = []
        new, append, cell = tuple.__new__, self._rows.append, _CELLS.__getitem__
        if len(_CELLS) > _CELLS_KEPT:
            _CELLS.clear()
        if len(names) == 1:  # one column: a row is left out exactly when its value is unbound
            for solution in solutions:
                values = tuple(map(cell, solution))
                if values[0] is not None:
                    append(new(row_type, values))
        elif names:
            unbound = (None,) * len(names)
            for solution in solutions:
                values = tuple(map(cell, solution))
                # as rdflib: no all-unbound rows (the first value alone settles it for most rows)
                if values[0] is not None or values != unbound:
                    append(new(row_type, values))
        self._dicts: list[dict[Variable, Identifier]] | None = None

    @property  # type: ignore[override]
    def bindings(self) -> list[dict[Variable, Identifier]]:
        if self._dicts is None:
            self._dicts = [
                {name: value for name, value in zip(self.vars or [], row, strict=True) if value is not None}
                for row in self._rows
            ]
        return self._dicts

    @bindings.setter
    def bindings(self, value: object) -> None:
        if value is not None:
            raise AttributeError("the rows of a kg result are read-only")

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[ResultRow]:
        return iter(self._rows)


_Header = tuple[tuple[Variable, ...], type[ResultRow]]
_HEADERS: dict[str, _Header] = {}
"""Each SELECT query's variables and row type, by the query's text: queries repeat, and a
query's variables are fixed by its text, so each header is made once."""


def _header(sparql: str, answer: ox.QuerySolutions) -> _Header:
    header = _HEADERS.get(sparql)
    if header is None:
        if len(_HEADERS) >= 1024:
            _HEADERS.clear()
        names = tuple(v.value for v in answer.variables)
        # The rows' label map is the row type's, not each row's own (rdflib sets one per row).
        labels = {name: i for i, name in enumerate(names)}
        row_type = type("ResultRow", (ResultRow,), {"__slots__": (), "labels": labels})
        header = _HEADERS[sparql] = (tuple(map(Variable, names)), row_type)
    return header


def _as_rdflib(answer: object, sparql: str) -> Result:
    """pyoxigraph's answer to ``sparql`` as an rdflib result (straight from Oxigraph, no
    second engine)."""
    if isinstance(answer, ox.QueryBoolean):
        result = Result("ASK")
        result.askAnswer = bool(answer)
        return result
    if isinstance(answer, ox.QuerySolutions):
        return _Rows(_header(sparql, answer), answer)
    result = Result("CONSTRUCT")
    result.graph = Graph()
    for triple in cast(Iterable[ox.Triple], answer):
        result.graph.add((_term(triple.subject), _term(triple.predicate), _term(triple.object)))
    return result


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_iri = lru_cache(maxsize=65536)(URIRef)
"""IRIs repeat across rows (classes, properties): each is made once."""


class _Cells(dict[object, Identifier | None]):
    """Row values (None if unbound) as rdflib's: values repeat down a column and across
    queries, so each distinct term is converted once and then found by one dict lookup."""

    def __missing__(self, term: object) -> Identifier | None:
        value = self[term] = None if term is None else _term(term)
        return value


_CELLS = _Cells()
_CELLS_KEPT = 65536
"""`_CELLS` starts afresh before a query once it holds more than this many terms."""


def _term(term: object) -> Identifier:
    if isinstance(term, ox.NamedNode):
        return _iri(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == _XSD_STRING else URIRef(datatype))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"Can't read {term!r} as an RDF term")


def _remote(store: RemoteStore, sparql: str) -> Result:
    """A query answered by a SPARQL server, read back into an rdflib result."""
    try:
        kind, body = store.raw(sparql, prefixes={p: str(ns) for p, ns in PREFIXES.items()})
    except SyntaxError as error:
        raise KGError(f"Bad SPARQL query: {error}") from None
    if "n-triples" in kind or "turtle" in kind:
        result = Result("CONSTRUCT")
        result.graph = Graph().parse(data=body, format="turtle" if "turtle" in kind else "nt")
        return result
    return Result.parse(io.BytesIO(body), format="xml" if "xml" in kind else "json")


def format_result(result: Result, fmt: str = "table") -> str:
    """Render a query result: rows as ``table``/``csv``/``tsv``/``json``, ASK as true/false,
    CONSTRUCT and DESCRIBE as Turtle (whatever ``fmt`` says).

    Raises:
        ValueError: ``fmt`` is not one of `FORMATS`.
    """
    if fmt not in FORMATS:
        raise ValueError(f"Can't format results as {fmt!r}. Available: {', '.join(FORMATS)}")
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph = Graph()
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        for triple in result:
            graph.add(triple)  # type: ignore[arg-type]
        return graph.serialize(format="turtle")
    if result.type == "ASK":
        answer = bool(result.askAnswer)
        return json.dumps({"head": {}, "boolean": answer}) if fmt == "json" else str(answer).lower()
    if fmt == "json":
        return result.serialize(format="json").decode()  # type: ignore[union-attr]
    names = [str(v) for v in result.vars or []]
    rows = [[row[i] for i in range(len(names))] for row in result]  # type: ignore[index]
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(names)
        writer.writerows([[_plain(term) for term in row] for row in rows])
        return out.getvalue()
    return _table(names, [[_short(term) for term in row] for row in rows])


def _plain(term: Node | None) -> str:
    return "" if term is None else str(term)


def _short(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for prefix, namespace in PREFIXES.items():
            if str(term).startswith(str(namespace)) and len(str(term)) > len(str(namespace)):
                return f"{prefix}:{str(term)[len(str(namespace)) :]}"
        return f"<{term}>"
    if isinstance(term, Literal):
        return " ".join(str(term).split())
    return str(term)


def _table(names: list[str], rows: list[list[str]]) -> str:
    widths = [max([len(name), *(len(row[i]) for row in rows)]) for i, name in enumerate(names)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()  # noqa: E731
    rule = "  ".join("-" * w for w in widths)
    footer = f"({len(rows)} row{'s' if len(rows) != 1 else ''})"
    return "\n".join([line(names), rule, *(line(row) for row in rows), footer]) + "\n"
