from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from rdflib import RDF, RDFS, Literal, URIRef

from kg.ontology import KG
from kg.viz import picture, render_html
from tests.graphs import DOC_A, EX, small_store

EVIL = '<img src=x onerror=alert(1)></script><script>alert("pwned")</script>'


class Resources(HTMLParser):
    """Collects every URL the page would load, and the graph data."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.scripts: list[str] = []
        self._in_data = False
        self.data = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        self.urls += [v for k, v in attrs if k in ("src", "href") and v]
        self._in_data = tag == "script" and named.get("id") == "graph-data"
        if tag == "script":
            self.scripts.append(named.get("type") or "text/javascript")

    def handle_data(self, data: str) -> None:
        if self._in_data:
            self.data += data

    def handle_endtag(self, tag: str) -> None:
        self._in_data = False


def parse(html: str) -> Resources:
    resources = Resources()
    resources.feed(html)
    return resources


def test_page_loads_nothing_from_the_network() -> None:
    html = render_html(small_store())
    page = parse(html)
    assert page.urls == []
    assert "vis.Network" in html and "new vis.DataSet" in html
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", html)


def test_nodes_are_entities_coloured_by_class_and_edges_labelled() -> None:
    pic = picture(small_store())
    assert set(pic.nodes) == {str(EX.Ann), str(EX.Acme), str(EX.Bath)}
    data = json.loads(parse(render_html(small_store())).data)
    colours = {n["id"]: n["color"] for n in data["nodes"]}
    assert colours[str(EX.Ann)] != colours[str(EX.Acme)]
    assert "legend" in render_html(small_store())


def test_text_from_documents_is_data_not_markup() -> None:
    store = small_store()
    store.replace_graph(
        DOC_A,
        [
            (URIRef(DOC_A), RDF.type, KG.Document),
            (EX.Evil, RDF.type, KG.Person),
            (EX.Evil, RDFS.label, Literal(EVIL)),
        ],
    )
    html = render_html(store, title=EVIL)
    assert "<img" not in html and 'alert("pwned")</script>' not in html
    page = parse(html)
    assert page.scripts.count("application/json") == 1
    labels = {n["label"] for n in json.loads(page.data)["nodes"]}
    assert EVIL in labels


def test_edges_link_entities_by_property_label() -> None:
    store = small_store()
    pic = picture(store)
    assert [(e["from"], e["label"], e["to"]) for e in pic.edges] == [(str(EX.Ann), "leaderOf", str(EX.Acme))]
