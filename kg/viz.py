"""The store → one self-contained HTML page: an interactive graph that needs no network.

pyvis lays out the nodes and edges; the page inlines the vis-network script and style
that ship inside the pyvis package, so nothing is fetched from a CDN. Document text
reaches the page only as JSON data rendered by vis-network as plain text, never as markup.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox
from jinja2 import Environment, PackageLoader, select_autoescape
from pyvis.network import Network

from kg.ontology import KG, NON_ENTITY_CLASSES
from kg.store import Store

_NOT_ENTITIES = ", ".join(f"<{c}>" for c in NON_ENTITY_CLASSES)

PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f"]
"""Class colours (Tableau 10), assigned to classes in order of their names."""
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"


@dataclass
class Picture:
    """The nodes and edges to draw, with their text."""

    nodes: dict[str, dict[str, str]] = field(default_factory=dict)
    """IRI → label, class label."""
    edges: list[dict[str, str]] = field(default_factory=list)
    """subject, object, label, evidence."""


def picture(store: Store) -> Picture:
    """Read the entities and the relations between them out of the store."""
    pic = Picture()
    entity_rows = _select(
        store,
        f"""SELECT ?e (SAMPLE(?l) AS ?label) (SAMPLE(?cl) AS ?class)
                   (GROUP_CONCAT(DISTINCT ?alt; separator=", ") AS ?aliases) WHERE {{
              GRAPH ?g {{ ?e a ?c }} ?g a <{KG.Document}> .
              FILTER(?c NOT IN ({_NOT_ENTITIES}))
              OPTIONAL {{ ?e <{_RDFS}label> ?l }}
              OPTIONAL {{ ?c <{_RDFS}label> ?clabel }}
              OPTIONAL {{ ?e <http://www.w3.org/2004/02/skos/core#altLabel> ?alt }}
              BIND(COALESCE(?clabel, REPLACE(STR(?c), "^.*[#/]", "")) AS ?cl)
            }} GROUP BY ?e ORDER BY ?e""",
    )
    for row in entity_rows:
        iri = row["e"].value
        pic.nodes[iri] = {
            "label": _value(row["label"]) or iri.rsplit("/", 1)[-1],
            "class": _value(row["class"]),
            "aliases": _value(row["aliases"]),
        }
    edge_rows = _select(
        store,
        f"""SELECT ?s ?p ?o (SAMPLE(?pl) AS ?label)
                   (GROUP_CONCAT(DISTINCT ?said; separator="\\n") AS ?evidence)
            WHERE {{
              GRAPH ?g {{ ?s ?p ?o }} ?g a <{KG.Document}> .
              FILTER(isIRI(?o) && ?p != <{_RDF}type> && ?p != <{KG.document}>
                     && ?p NOT IN (<{_RDF}subject>, <{_RDF}predicate>, <{_RDF}object>))
              OPTIONAL {{ ?p <{_RDFS}label> ?plabel }}
              BIND(COALESCE(?plabel, REPLACE(STR(?p), "^.*[#/]", "")) AS ?pl)
              OPTIONAL {{
                ?ev <{_RDF}subject> ?s ; <{_RDF}predicate> ?p ; <{_RDF}object> ?o ;
                    <{KG.sentence}> ?sentence ; <{KG.document}> ?d .
                ?d <{KG.source}> ?source .
                BIND(CONCAT(?sentence, " [", ?source, "]") AS ?said)
              }}
            }} GROUP BY ?s ?p ?o ORDER BY ?s ?p ?o""",
    )
    for row in edge_rows:
        s, o = row["s"].value, row["o"].value
        if s in pic.nodes and o in pic.nodes:
            pic.edges.append(
                {"from": s, "to": o, "label": _value(row["label"]), "evidence": _value(row["evidence"])}
            )
    return pic


def render_html(store: Store, *, title: str = "kg graph") -> str:
    """Render the store's graph as a self-contained HTML page."""
    pic = picture(store)
    classes = sorted({node["class"] for node in pic.nodes.values()})
    colour = {cls: PALETTE[i % len(PALETTE)] for i, cls in enumerate(classes)}
    degree: defaultdict[str, int] = defaultdict(int)
    for edge in pic.edges:
        degree[edge["from"]] += 1
        degree[edge["to"]] += 1

    net = Network(directed=True, cdn_resources="in_line")
    for iri, node in pic.nodes.items():
        tooltip = f"{node['label']}\nclass: {node['class']}"
        if node["aliases"]:
            tooltip += f"\nalso: {node['aliases']}"
        net.add_node(
            iri, label=node["label"], title=tooltip, color=colour[node["class"]],
            size=10 + 4 * min(degree[iri], 10),
        )  # fmt: skip
    for edge in pic.edges:
        net.add_edge(edge["from"], edge["to"], label=edge["label"], title=edge["evidence"], arrows="to")
    nodes, edges, *_ = net.get_network_data()

    env = Environment(loader=PackageLoader("kg", "templates"), autoescape=select_autoescape(default=True))
    vis = files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    return env.get_template("graph.html").render(
        title=title,
        legend=[(cls, colour[cls]) for cls in classes],
        counts={"nodes": len(nodes), "edges": len(edges)},
        graph_json=_script_json({"nodes": nodes, "edges": edges}),
        vis_js=(vis / "vis-network.min.js").read_text(encoding="utf-8"),
        vis_css=(vis / "vis-network.css").read_text(encoding="utf-8"),
    )


def write_html(store: Store, path: str | Path, *, title: str = "kg graph") -> Path:
    """Write the page to ``path`` (parent folders are created) and return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(store, title=title), encoding="utf-8")
    return path


def _script_json(data: object) -> str:
    """JSON that is safe inside a <script> element: no "</script>", no "<!--"."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _select(store: Store, sparql: str) -> list[ox.QuerySolution]:
    result = store.ox.query(sparql)
    assert isinstance(result, ox.QuerySolutions)
    return list(result)


def _value(term: object) -> str:
    return term.value if isinstance(term, ox.Literal | ox.NamedNode) else ""
