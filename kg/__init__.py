"""kg: an offline knowledge-graph builder. Text in; a typed, traceable RDF graph out.

>>> import kg
>>> with kg.open_store(":memory:") as store:
...     report = kg.build(["examples/liverpool_oxford.txt"], store=store)  # doctest: +SKIP
...     kg.query(store, "SELECT ?p WHERE { ?p a kg:Person }")               # doctest: +SKIP
"""

from __future__ import annotations

from kg.analysis import Stats, stats
from kg.errors import KGError
from kg.export import export, write_graph
from kg.ingest import BuildReport, build, remove
from kg.learn import Patterns, learn, read_patterns
from kg.network import entity_graph, path, structure, write_network
from kg.ontology import Ontology, read_ontology
from kg.query import format_result, query
from kg.remote import RemoteStore
from kg.store import GraphStore, Store, open_store
from kg.viz import render_html, write_html

__version__ = "0.1.0"

__all__ = [
    "BuildReport",
    "GraphStore",
    "KGError",
    "Ontology",
    "Patterns",
    "RemoteStore",
    "Stats",
    "Store",
    "build",
    "entity_graph",
    "export",
    "format_result",
    "learn",
    "open_store",
    "path",
    "query",
    "read_ontology",
    "read_patterns",
    "remove",
    "render_html",
    "stats",
    "structure",
    "write_graph",
    "write_html",
    "write_network",
]
