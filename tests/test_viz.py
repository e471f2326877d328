from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from rdflib import RDF, RDFS, Literal, URIRef

import kg.viz as kg_viz
from kg.errors import KGError
from kg.ontology import KG
from kg.viz import Picture, focus, only, picture, render_html
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


def big_picture(n: int) -> Picture:
    """A ring of n people, each knowing the next, plus a hub linked to every tenth."""
    pic = Picture()
    for i in range(n):
        pic.nodes[f"urn:p{i}"] = {"label": f"P{i}", "class": "person", "aliases": ""}
    pic.nodes["urn:hub"] = {"label": "Hub", "class": "organisation", "aliases": ""}
    for i in range(n):
        pic.edges.append({"from": f"urn:p{i}", "to": f"urn:p{(i + 1) % n}", "label": "knows",
                          "property": "urn:knows", "evidence": ""})  # fmt: skip
        if i % 10 == 0:
            pic.edges.append({"from": f"urn:p{i}", "to": "urn:hub", "label": "member of",
                              "property": "urn:member", "evidence": ""})  # fmt: skip
    return pic


def page_data(html: str) -> dict:
    return json.loads(parse(html).data)


def test_small_graphs_use_physics_and_large_ones_come_laid_out(monkeypatch) -> None:
    small = page_data(render_html(big_picture(20)))
    assert small["physics"] and not any("x" in n for n in small["nodes"])
    monkeypatch.setattr(kg_viz, "LAYOUT_THRESHOLD", 50)
    large = page_data(render_html(big_picture(200)))
    assert not large["physics"] and all(isinstance(n["x"], float) for n in large["nodes"])
    sizes = {n["id"]: n["size"] for n in large["nodes"]}
    assert sizes["urn:hub"] == max(sizes.values())  # sized by PageRank


def test_above_the_cap_the_most_central_are_drawn_and_the_rest_counted(monkeypatch) -> None:
    monkeypatch.setattr(kg_viz, "NODE_CAP", 100)
    html = render_html(big_picture(300))
    data = page_data(html)
    assert len(data["nodes"]) == 100 and "urn:hub" in {n["id"] for n in data["nodes"]}
    assert "201 entities left out" in html


def test_focus_keeps_an_entity_and_its_neighbourhood() -> None:
    pic = big_picture(30)
    near = focus(pic, "P5", hops=1)
    assert set(near.nodes) == {"urn:p4", "urn:p5", "urn:p6"}
    assert set(focus(pic, "p5", hops=2).nodes) == {"urn:p3", "urn:p4", "urn:p5", "urn:p6", "urn:p7"}
    with pytest.raises(KGError, match="No entity named 'Q5'"):
        focus(pic, "Q5")


def test_a_construct_query_draws_just_its_subgraph() -> None:
    store = small_store()
    pic = only(picture(store), store, "CONSTRUCT { ?p kg:leaderOf ?o } WHERE { ?p kg:leaderOf ?o }")
    assert set(pic.nodes) == {str(EX.Ann), str(EX.Acme)} and len(pic.edges) == 1
    with pytest.raises(KGError, match="CONSTRUCT or DESCRIBE"):
        only(picture(store), store, "SELECT * WHERE { ?s ?p ?o }")
