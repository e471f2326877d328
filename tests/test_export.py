from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from kg.export import FORMATS, export, format_for, write_graph
from kg.ontology import KG
from tests.graphs import DOC_A, DOC_B, small_store

MERGED = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld"}
PER_DOCUMENT = {"trig": "trig", "nquads": "nquads"}


def expected_union() -> Graph:
    union = Graph()
    for quad in small_store().ox:
        union.parse(data=f"{quad.subject} {quad.predicate} {quad.object} .", format="nt")
    return union


def expected_facts() -> Graph:
    union = expected_union()
    for record in list(union.subjects(RDF.type, KG.Document)):
        union.remove((record, None, None))
    return union


@pytest.mark.parametrize("fmt", sorted(MERGED))
def test_merged_exports_parse_back_isomorphic_to_the_facts(fmt: str) -> None:
    parsed = Graph().parse(data=export(small_store(), format=fmt), format=MERGED[fmt])
    assert isomorphic(parsed, expected_facts())
    assert not list(parsed.subjects(RDF.type, KG.Document))


@pytest.mark.parametrize("fmt", sorted(MERGED))
def test_full_merged_exports_parse_back_isomorphic_to_the_union(fmt: str) -> None:
    parsed = Graph().parse(data=export(small_store(), format=fmt, full=True), format=MERGED[fmt])
    assert isomorphic(parsed, expected_union())


@pytest.mark.parametrize("fmt", sorted(PER_DOCUMENT))
def test_dataset_exports_keep_each_document_graph(fmt: str) -> None:
    store = small_store()
    parsed = Dataset().parse(data=export(store, format=fmt), format=PER_DOCUMENT[fmt])
    for name in (DOC_A, DOC_B):
        expected = Graph()
        for quad in store.ox.quads_for_pattern(None, None, None, __import__("pyoxigraph").NamedNode(name)):
            expected.parse(data=f"{quad.subject} {quad.predicate} {quad.object} .", format="nt")
        assert isomorphic(parsed.graph(URIRef(name)), expected)


def test_every_format_is_tested() -> None:
    assert set(FORMATS) == set(MERGED) | set(PER_DOCUMENT)


def test_write_graph_to_a_new_folder_and_format_from_suffix(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "graph.ttl"
    write_graph(small_store(), target, format=format_for(target) or "")
    assert isomorphic(Graph().parse(target, format="turtle"), expected_facts())


def test_unknown_format_lists_the_known_ones() -> None:
    with pytest.raises(ValueError, match="Available: turtle, ntriples, jsonld, trig, nquads"):
        export(small_store(), format="rdfxml2")
