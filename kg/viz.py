"""The store → one self-contained HTML page: an interactive graph that needs no network.

The page inlines the vis-network script and style that ship inside the pyvis package, so
nothing is fetched from a CDN. Nodes are coloured
by class (with a legend that filters), sized by PageRank, and carry their aliases and
facts; edges carry the property's label and the sentences they were read from. The page
has a search box, class and property filters, and a neighbourhood view.

Large graphs stay usable: above `LAYOUT_THRESHOLD` nodes the layout is computed here
(`kg.layout`) and physics is off; above `NODE_CAP` only the most central entities are
drawn and the page says how many were left out. Document text reaches the page only as
JSON data that the page shows as text, never as markup.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import cast

import networkx as nx
import pyoxigraph as ox
from jinja2 import Environment, PackageLoader, select_autoescape
from rdflib import RDF, RDFS

from kg.errors import KGError
from kg.layout import layout
from kg.ontology import KG, NOT_ENTITIES_SPARQL
from kg.query import PREFIXES
from kg.store import GraphStore, is_graph
from kg.terms import text

PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f"]
"""Class colours (Tableau 10), assigned to classes in order of their names."""
LAYOUT_THRESHOLD = 1_000
"""Above this many nodes the layout is computed up front and the browser's physics is off."""
NODE_CAP = 10_000
"""Above this many nodes only the most central ones are drawn."""
FACTS_PER_NODE = 12


@dataclass
class Picture:
    """The nodes and edges to draw, with their text."""

    nodes: dict[str, dict[str, str]] = field(default_factory=dict)
    """IRI → label, class, aliases."""
    edges: list[dict[str, str]] = field(default_factory=list)
    """from, to, label, property, evidence."""
    left_out: int = 0
    """Entities not drawn (over the cap, or outside the focus or the query)."""


def picture(store: GraphStore) -> Picture:
    """Read the entities and the relations between them out of the store."""
    pic = Picture()
    for row in store.select(
        f"""SELECT ?e (SAMPLE(?l) AS ?label) (SAMPLE(?cl) AS ?class)
                   (GROUP_CONCAT(DISTINCT ?alt; separator=", ") AS ?aliases) WHERE {{
              GRAPH ?g {{ ?e a ?c }} ?g a <{KG.Document}> .
              FILTER(?c NOT IN ({NOT_ENTITIES_SPARQL}))
              OPTIONAL {{ ?e <{RDFS.label}> ?l }}
              OPTIONAL {{ ?c <{RDFS.label}> ?clabel }}
              OPTIONAL {{ ?e <http://www.w3.org/2004/02/skos/core#altLabel> ?alt }}
              BIND(COALESCE(?clabel, REPLACE(STR(?c), "^.*[#/]", "")) AS ?cl)
            }} GROUP BY ?e ORDER BY ?e""",
    ):
        iri = row["e"].value
        pic.nodes[iri] = {
            "label": text(row["label"]) or iri.rsplit("/", 1)[-1],
            "class": text(row["class"]),
            "aliases": text(row["aliases"]),
        }
    for row in store.select(
        f"""SELECT ?s ?p ?o (SAMPLE(?pl) AS ?label)
                   (GROUP_CONCAT(DISTINCT ?said; separator="\\n") AS ?evidence)
            WHERE {{
              GRAPH ?g {{ ?s ?p ?o }} ?g a <{KG.Document}> .
              FILTER(isIRI(?o) && ?p != <{RDF.type}> && ?p != <{KG.document}>
                     && ?p NOT IN (<{RDF.subject}>, <{RDF.predicate}>, <{RDF.object}>))
              OPTIONAL {{ ?p <{RDFS.label}> ?plabel }}
              BIND(COALESCE(?plabel, REPLACE(STR(?p), "^.*[#/]", "")) AS ?pl)
              OPTIONAL {{
                ?ev <{RDF.subject}> ?s ; <{RDF.predicate}> ?p ; <{RDF.object}> ?o ;
                    <{KG.sentence}> ?sentence ; <{KG.document}> ?d .
                ?d <{KG.source}> ?source .
                BIND(CONCAT(?sentence, " [", ?source, "]") AS ?said)
              }}
            }} GROUP BY ?s ?p ?o ORDER BY ?s ?p ?o""",
    ):
        s, o = row["s"].value, row["o"].value
        if s in pic.nodes and o in pic.nodes:
            pic.edges.append(
                {"from": s, "to": o, "label": text(row["label"]), "property": row["p"].value,
                 "evidence": text(row["evidence"])}
            )  # fmt: skip
    return pic


def focus(pic: Picture, name: str, *, hops: int = 1) -> Picture:
    """Only the entity named ``name`` (label, alias or IRI) and what lies within ``hops`` of it.

    Raises:
        KGError: no entity has that name.
    """
    wanted = name.casefold()
    start = [
        iri for iri, node in pic.nodes.items()
        if iri == name or node["label"].casefold() == wanted
        or wanted in (a.strip().casefold() for a in node["aliases"].split(","))
    ]  # fmt: skip
    if not start:
        close = sorted(n["label"] for n in pic.nodes.values() if wanted in n["label"].casefold())[:5]
        hint = f" Did you mean: {', '.join(close)}?" if close else ""
        raise KGError(f"No entity named {name!r} to focus on.{hint}")
    graph = _graph(pic)
    undirected = graph.to_undirected(as_view=True)
    keep: set[str] = set()
    for node in start:
        keep |= set(nx.single_source_shortest_path_length(undirected, node, cutoff=hops))
    return _restrict(pic, keep)


def only(pic: Picture, store: GraphStore, construct: str) -> Picture:
    """Only the entities and relations that a SPARQL CONSTRUCT (or DESCRIBE) query returns.

    Raises:
        KGError: the query does not parse or does not return a graph.
    """
    try:
        result = store.query(construct, prefixes={prefix: str(ns) for prefix, ns in PREFIXES.items()})
    except SyntaxError as error:
        raise KGError(f"Bad SPARQL query: {error}") from None
    if not is_graph(result):
        raise KGError("--query needs a CONSTRUCT or DESCRIBE query, one that returns a graph")
    triples = {
        (t.subject.value, t.predicate.value, t.object.value)
        for t in cast(Iterable[ox.Triple], result)
        if isinstance(t.subject, ox.NamedNode | ox.BlankNode) and hasattr(t.object, "value")
    }
    mentioned = {term for s, _, o in triples for term in (s, o)}
    narrowed = _restrict(pic, mentioned & set(pic.nodes))
    narrowed.edges = [e for e in narrowed.edges if (e["from"], e["property"], e["to"]) in triples]
    return narrowed


def render_html(pic: Picture | GraphStore, *, title: str = "kg graph") -> str:
    """Render a picture (or a whole store) as a self-contained HTML page."""
    if isinstance(pic, GraphStore):
        pic = picture(pic)
    graph = _graph(pic)
    rank = nx.pagerank(nx.DiGraph(graph)) if graph.number_of_nodes() else {}
    if len(pic.nodes) > NODE_CAP:
        top = sorted(rank, key=lambda n: (-rank[n], n))[:NODE_CAP]
        pic = _restrict(pic, set(top))
        graph = _graph(pic)
    positions = layout(graph) if len(pic.nodes) > LAYOUT_THRESHOLD else {}
    classes = sorted({node["class"] for node in pic.nodes.values()})
    colour = {cls: PALETTE[i % len(PALETTE)] for i, cls in enumerate(classes)}
    peak = max(rank.values(), default=1.0)

    facts: defaultdict[str, list[str]] = defaultdict(list)
    for edge in pic.edges:
        facts[edge["from"]].append(f"{edge['label']} → {pic.nodes[edge['to']]['label']}")
        facts[edge["to"]].append(f"← {edge['label']} {pic.nodes[edge['from']]['label']}")

    # Nodes and edges in vis-network's own format, built directly: pyvis's add_node and
    # add_edge scan every node and edge already added, which is quadratic on large graphs.
    nodes = []
    for iri, node in pic.nodes.items():
        lines = [node["label"], f"class: {node['class']}"]
        if node["aliases"]:
            lines.append(f"also: {node['aliases']}")
        lines += facts[iri][:FACTS_PER_NODE]
        if len(facts[iri]) > FACTS_PER_NODE:
            lines.append(f"… and {len(facts[iri]) - FACTS_PER_NODE} more")
        item = {
            "id": iri, "label": node["label"], "title": "\n".join(lines), "color": colour[node["class"]],
            "size": round(8 + 24 * (rank.get(iri, 0.0) / peak) ** 0.5, 2), "kind": node["class"],
        }  # fmt: skip
        if positions:
            item["x"], item["y"] = (round(v, 1) for v in positions[iri])
        nodes.append(item)
    edges = [
        {"from": e["from"], "to": e["to"], "label": e["label"], "property": e["label"],
         "title": e["evidence"] or e["label"]}
        for e in pic.edges
    ]  # fmt: skip

    env = Environment(loader=PackageLoader("kg", "templates"), autoescape=select_autoescape(default=True))
    vis = files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    return env.get_template("graph.html").render(
        title=title,
        legend=[(cls, colour[cls]) for cls in classes],
        properties=sorted({edge["label"] for edge in pic.edges}),
        counts={"nodes": len(nodes), "edges": len(edges), "left_out": pic.left_out},
        graph_json=_script_json({"nodes": nodes, "edges": edges, "physics": not positions}),
        vis_js=(vis / "vis-network.min.js").read_text(encoding="utf-8"),
        vis_css=(vis / "vis-network.css").read_text(encoding="utf-8"),
    )


def write_html(
    store: GraphStore, path: str | Path, *, title: str = "kg graph", focus_on: str | None = None,
    hops: int = 1, query: str | None = None,
) -> Path:  # fmt: skip
    """Write the page of the store's graph to ``path`` (folders are created) and return it.

    Args:
        focus_on: draw only this entity's neighbourhood, ``hops`` relations deep.
        query: draw only what this CONSTRUCT query returns.
    """
    pic = picture(store)
    if query is not None:
        pic = only(pic, store, query)
    if focus_on is not None:
        pic = focus(pic, focus_on, hops=hops)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(pic, title=title), encoding="utf-8")
    return path


def _graph(pic: Picture) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(pic.nodes)
    graph.add_edges_from((e["from"], e["to"], e["property"]) for e in pic.edges)
    return graph


def _restrict(pic: Picture, keep: set[str]) -> Picture:
    return Picture(
        nodes={iri: node for iri, node in pic.nodes.items() if iri in keep},
        edges=[e for e in pic.edges if e["from"] in keep and e["to"] in keep],
        left_out=pic.left_out + len(set(pic.nodes) - keep),
    )


def _script_json(data: object) -> str:
    """JSON that is safe inside a <script> element: no "</script>", no "<!--"."""
    encoded = json.dumps(data, ensure_ascii=False)
    return encoded.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
