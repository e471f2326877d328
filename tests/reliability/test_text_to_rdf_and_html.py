"""Arbitrary text becomes valid IRIs, exports that parse back the same, and inert HTML."""

from __future__ import annotations

import itertools
import json
import re
from html.parser import HTMLParser

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.entities import mint_iri
from kg.export import export
from kg.ontology import KG
from kg.store import Store
from kg.viz import render_html

names = st.text(min_size=1, max_size=30).filter(lambda t: any(c.isalnum() for c in t))
texts = st.text(max_size=80)
DOC = "file:///corpus/doc%20one.txt"


def store_with(entities: list[tuple[str, str]]) -> Store:
    """A store with one document naming each (name, sentence) as a person linked to the next."""
    store = Store()
    triples = [(URIRef(DOC), RDF.type, KG.Document)]
    iris = []
    for n, (name, sentence) in enumerate(entities):
        iri = mint_iri(name)
        iris.append(iri)
        evidence = URIRef(f"{DOC}#evidence-{n}")
        triples += [
            (iri, RDF.type, KG.Person),
            (iri, RDFS.label, Literal(name)),
            (evidence, RDF.type, KG.Evidence),
            (evidence, KG.sentence, Literal(sentence)),
            (evidence, RDF.subject, iri),
        ]
    triples += [(a, KG.partnerOf, b) for a, b in itertools.pairwise(iris) if a != b]
    store.replace_graph(DOC, triples)
    return store


def union(store: Store) -> Graph:
    graph = Graph()
    for quad in store.ox:
        graph.add(
            (URIRef(quad.subject.value), URIRef(quad.predicate.value), _term(quad.object))  # type: ignore[arg-type]
        )
    return graph


def _term(node: object) -> URIRef | Literal:
    import pyoxigraph as ox

    if isinstance(node, ox.NamedNode):
        return URIRef(node.value)
    assert isinstance(node, ox.Literal)
    if node.language:
        return Literal(node.value, lang=node.language)
    datatype = node.datatype.value
    return Literal(node.value, datatype=None if datatype.endswith("#string") else URIRef(datatype))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(names, texts), min_size=1, max_size=4))
def test_every_export_of_arbitrary_text_parses_back_isomorphic(entities: list[tuple[str, str]]) -> None:
    store = store_with(entities)
    expected = union(store)
    for fmt, parser in (("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld")):
        parsed = Graph().parse(data=export(store, format=fmt, full=True), format=parser)
        assert isomorphic(parsed, expected), fmt
    for fmt, parser in (("trig", "trig"), ("nquads", "nquads")):
        dataset = Dataset().parse(data=export(store, format=fmt), format=parser)
        assert isomorphic(dataset.graph(URIRef(DOC)), expected), fmt


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(names, texts), min_size=1, max_size=4), st.text(max_size=40))
def test_the_page_carries_no_markup_from_the_text(entities: list[tuple[str, str]], title: str) -> None:
    html = render_html(store_with(entities), title=title)
    data = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S)
    assert data is not None
    # Inside the data block no character can open a tag or end the script.
    assert "<" not in data.group(1) and ">" not in data.group(1)
    nodes = json.loads(data.group(1))["nodes"]
    assert {node["label"] for node in nodes} <= {name for name, _ in entities}
    assert len(nodes) == len({mint_iri(name) for name, _ in entities})
    # The page's elements are those of a page of plain text, whatever the text; the title
    # reads as written.
    page = elements(html)
    assert page.tags <= elements(render_html(store_with([("Plain", "plain")]), title="plain")).tags
    assert page.title == title


def elements(html: str) -> Elements:
    """The elements of a page outside its scripts and styles."""
    page = Elements()
    page.feed(re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.S))
    return page


class Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
