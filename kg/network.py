"""The entity graph as networkx sees it: centrality, communities, paths, GraphML and GEXF.

Nodes are entities (rdflib ``URIRef``s, as ``rdflib.extras.external_graph_libs`` gives
them) with ``label`` and ``class`` attributes; edges are the relations between entities,
keyed by property, with a ``label`` attribute.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import networkx as nx
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.extras.external_graph_libs import rdflib_to_networkx_multidigraph

from kg.errors import KGError
from kg.ontology import KG, NOT_ENTITIES_SPARQL
from kg.store import GraphStore
from kg.terms import text

FORMATS = ("graphml", "gexf")


def entity_graph(store: GraphStore) -> nx.MultiDiGraph:
    """Entities and the relations between them, as a networkx multigraph."""
    relations = Graph()
    nodes: dict[URIRef, dict[str, str]] = {}
    for row in store.select(
        f"""SELECT ?e (SAMPLE(?l) AS ?label) (SAMPLE(?cl) AS ?class) WHERE {{
              GRAPH ?g {{ ?e a ?c }} ?g a <{KG.Document}> . FILTER(?c NOT IN ({NOT_ENTITIES_SPARQL}))
              OPTIONAL {{ ?e <{RDFS.label}> ?l }}
              OPTIONAL {{ ?c <{RDFS.label}> ?clabel }}
              BIND(COALESCE(?clabel, REPLACE(STR(?c), "^.*[#/]", "")) AS ?cl)
            }} GROUP BY ?e""",
    ):
        iri = URIRef(row["e"].value)
        nodes[iri] = {"label": text(row["label"]) or iri.rsplit("/", 1)[-1], "class": text(row["class"])}
    labels: dict[URIRef, str] = {}
    for row in store.select(
        f"""SELECT DISTINCT ?s ?p ?o ?pl WHERE {{
              GRAPH ?g {{ ?s ?p ?o }} ?g a <{KG.Document}> . FILTER(isIRI(?o) && ?p != <{RDF.type}>)
              OPTIONAL {{ ?p <{RDFS.label}> ?plabel }}
              BIND(COALESCE(?plabel, REPLACE(STR(?p), "^.*[#/]", "")) AS ?pl)
            }}""",
    ):
        s, p, o = (URIRef(row[k].value) for k in ("s", "p", "o"))
        if s in nodes and o in nodes:
            relations.add((s, p, o))
            labels[p] = text(row["pl"])
    graph = rdflib_to_networkx_multidigraph(
        relations, edge_attrs=lambda s, p, o: {"key": p, "label": labels[p]}
    )
    for iri, attributes in sorted(nodes.items()):
        graph.add_node(iri, **attributes)
    return graph


@dataclass
class Structure:
    """What networkx finds in the entity graph."""

    central: list[tuple[str, float]]
    """The most central entities (PageRank), by label."""
    connected: list[tuple[str, int]]
    """The entities with the most relations (degree), by label."""
    communities: list[list[str]]
    """Groups of entities more tied to each other than to the rest (Louvain), largest first."""
    components: int
    """How many separate pieces the graph falls into."""


def structure(graph: nx.MultiDiGraph, *, top: int = 10) -> Structure:
    """Centrality, communities and components, deterministically (a fixed seed)."""
    if graph.number_of_nodes() == 0:
        return Structure([], [], [], 0)
    simple = nx.DiGraph(graph)
    rank = nx.pagerank(simple)
    central = sorted(rank.items(), key=lambda item: (-item[1], str(item[0])))[:top]
    undirected = simple.to_undirected()
    groups = nx.community.louvain_communities(undirected, seed=0)
    communities = sorted(
        (sorted(graph.nodes[n]["label"] for n in group) for group in groups if len(group) > 1),
        key=lambda group: (-len(group), group),
    )
    degree = sorted(graph.degree, key=lambda item: (-item[1], str(item[0])))[:top]
    return Structure(
        central=[(graph.nodes[n]["label"], score) for n, score in central],
        connected=[(graph.nodes[n]["label"], count) for n, count in degree],
        communities=communities,
        components=nx.number_connected_components(undirected),
    )


@dataclass
class Step:
    """One fact on a path: subject, property, object (by label) and the sentence that says it."""

    subject: str
    property: str
    object: str
    evidence: str


def find_entity(graph: nx.MultiDiGraph, name: str) -> URIRef:
    """The entity whose IRI, label or alias is ``name`` (case-insensitive).

    Raises:
        KGError: no entity, or several, have that name; the message lists close ones.
    """
    wanted = name.casefold()
    matches = [
        n for n, data in graph.nodes(data=True) if str(n) == name or data["label"].casefold() == wanted
    ]
    if len(matches) == 1:
        return matches[0]
    close = sorted(data["label"] for _, data in graph.nodes(data=True) if wanted in data["label"].casefold())
    if not matches:
        hint = f" Did you mean: {', '.join(close[:5])}?" if close else ""
        raise KGError(f"No entity named {name!r}.{hint}")
    raise KGError(f"{len(matches)} entities are named {name!r}; give an IRI: {', '.join(map(str, matches))}")


def path(store: GraphStore, start: str, end: str) -> list[Step]:
    """The shortest chain of facts linking two entities (in either direction), with evidence.

    Raises:
        KGError: an entity is unknown, or nothing links the two.
    """
    graph = entity_graph(store)
    source, target = find_entity(graph, start), find_entity(graph, end)
    try:
        nodes = nx.shortest_path(graph.to_undirected(as_view=True), source, target)
    except nx.NetworkXNoPath:
        raise KGError(f"Nothing links {start!r} and {end!r} in the graph") from None
    steps = []
    for a, b in itertools.pairwise(nodes):
        forward = graph.get_edge_data(a, b)
        s, o, edges = (a, b, forward) if forward else (b, a, graph.get_edge_data(b, a))
        predicate = sorted(edges)[0]
        steps.append(
            Step(graph.nodes[s]["label"], edges[predicate]["label"], graph.nodes[o]["label"],
                 _evidence(store, s, predicate, o))
        )  # fmt: skip
    return steps


def write_network(store: GraphStore, out: str | Path | IO[bytes], *, format: str = "graphml") -> None:
    """Write the entity graph as GraphML or GEXF (for Gephi, Cytoscape, yEd).

    Raises:
        ValueError: the format is neither.
    """
    if format not in FORMATS:
        raise ValueError(f"Can't write the network as {format!r}. Available: {', '.join(FORMATS)}")
    graph = nx.relabel_nodes(entity_graph(store), str)
    plain = nx.MultiDiGraph()
    plain.add_nodes_from(graph.nodes(data=True))
    for s, o, key, data in graph.edges(keys=True, data=True):
        plain.add_edge(s, o, key=str(key), property=str(key), label=data["label"])
    if isinstance(out, str | Path):
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        out = str(out)
    (nx.write_graphml if format == "graphml" else nx.write_gexf)(plain, out)


def _evidence(store: GraphStore, s: URIRef, p: URIRef, o: URIRef) -> str:
    rows = store.select(
        f"""SELECT ?sentence ?source WHERE {{
              ?ev <{RDF.subject}> <{s}> ; <{RDF.predicate}> <{p}> ; <{RDF.object}> <{o}> ;
                  <{KG.sentence}> ?sentence ; <{KG.document}> ?d . ?d <{KG.source}> ?source
            }} ORDER BY ?source ?sentence LIMIT 1""",
    )
    return f"{rows[0]['sentence'].value} [{rows[0]['source'].value}]" if rows else ""
