from __future__ import annotations

import csv
import importlib
import io
import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Variable
from rdflib.query import ResultRow

from kg.errors import KGError
from kg.query import PREFIXES, _used_prefixes, format_result, query, read_query
from tests.graphs import EX, small_store

PEOPLE = "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name }"


def test_default_graph_is_the_union_of_documents() -> None:
    rows = list(query(small_store(), "SELECT DISTINCT ?s WHERE { ?s a kg:Person }"))
    assert [str(r[0]) for r in rows] == [str(EX.Ann)]  # typed in both documents, one row


def test_graph_clause_reaches_single_documents() -> None:
    rows = list(
        query(
            small_store(),
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
        )
    )
    assert [(str(g), int(n)) for g, n in rows] == [("file:///corpus/a.txt", 7), ("urn:kg:stdin:0123", 5)]


def test_select_as_table_csv_tsv_and_json() -> None:
    store = small_store()
    table = format_result(query(store, PEOPLE + " LIMIT 1"), "table").splitlines()
    assert table[0].strip() == "name" and table[2].strip() == "Ann" and table[-1] == "(1 row)"
    bath = "SELECT ?label WHERE { ?b a kg:Place ; rdfs:label ?label }"
    for fmt, delimiter in (("csv", ","), ("tsv", "\t")):
        rows = list(csv.reader(io.StringIO(format_result(query(store, bath), fmt)), delimiter=delimiter))
        assert rows == [["label"], ['Bath "spa", <city>\nof \\ 1000 years']]
    data = json.loads(format_result(query(store, bath), "json"))
    assert data["head"]["vars"] == ["label"]
    assert data["results"]["bindings"][0]["label"]["value"].startswith('Bath "spa"')


def test_table_shortens_known_namespaces() -> None:
    text = format_result(
        query(small_store(), "SELECT ?p ?c WHERE { ?p a ?c FILTER(?c != kg:Document) } ORDER BY ?p LIMIT 1"),
        "table",
    )
    assert ":Acme" in text and "kg:Organisation" in text and "https://" not in text


def test_ask_prints_true_or_false() -> None:
    store = small_store()
    assert format_result(query(store, "ASK { ?p kg:leaderOf ?o }")) == "true"
    assert format_result(query(store, "ASK { ?p kg:mayorOf ?o }")) == "false"
    assert json.loads(format_result(query(store, "ASK { ?p kg:leaderOf ?o }"), "json"))["boolean"] is True


def test_construct_and_describe_print_turtle() -> None:
    store = small_store()
    text = format_result(query(store, "CONSTRUCT { ?p kg:leaderOf ?o } WHERE { ?p kg:leaderOf ?o }"))
    graph = Graph().parse(data=text, format="turtle")
    assert len(graph) == 1 and "kg:leaderOf" in text
    described = Graph().parse(data=format_result(query(store, f"DESCRIBE <{EX.Acme}>")), format="turtle")
    assert len(described) == 2


def test_bad_query_gives_the_parser_message() -> None:
    with pytest.raises(KGError, match="Bad SPARQL query"):
        query(small_store(), "SELEC ?x WHERE { ?x ?p ?o }")


def test_unknown_format_lists_the_known_ones() -> None:
    with pytest.raises(ValueError, match="Available: table, csv, tsv, json"):
        format_result(query(small_store(), PEOPLE), "xlsx")


def test_query_from_file(tmp_path: Path) -> None:
    (tmp_path / "q.rq").write_text(PEOPLE)
    assert read_query(f"@{tmp_path / 'q.rq'}") == PEOPLE
    assert read_query(PEOPLE) == PEOPLE
    with pytest.raises(KGError, match="not found"):
        read_query("@nope.rq")


def test_select_rows_behave_as_rdflib_result_rows() -> None:
    result = query(
        small_store(),
        "SELECT ?name ?org WHERE { ?p rdfs:label ?name OPTIONAL { ?p kg:leaderOf ?org } } ORDER BY ?name",
    )
    rows = list(result)
    assert len(result) == len(rows) == 3 and list(result) == rows  # iterates again
    ann = rows[0]
    assert (str(ann.name), ann.org, ann["org"], ann[1]) == ("Acme", None, None, None)
    assert str(rows[1].name) == "Ann" and rows[1]["org"] == EX.Acme
    assert result.bindings[1] == {Variable("name"): Literal("Ann"), Variable("org"): EX.Acme}
    assert result.bindings[0] == {Variable("name"): Literal("Acme")}  # unbound: left out


def test_a_row_with_nothing_bound_is_left_out_as_rdflib_does() -> None:
    result = query(small_store(), "SELECT ?x WHERE { OPTIONAL { ?x kg:nothing ?y } }")
    assert list(result) == [] and len(result) == 0


def test_a_row_whose_first_value_is_unbound_is_kept() -> None:
    where = "WHERE { ?p rdfs:label ?name OPTIONAL { ?p kg:leaderOf ?org } } ORDER BY ?name"
    store = small_store()
    rows = [(row.org, row.name) for row in query(store, f"SELECT ?org ?name {where}")]
    assert rows == [(row.org, row.name) for row in query(store, f"SELECT ?name ?org {where}")]
    assert (None, Literal("Acme")) in rows and (EX.Acme, Literal("Ann")) in rows


def test_rows_read_as_rdflib_rows_do() -> None:
    store = small_store()
    sparql = (
        "SELECT ?p ?name ?org WHERE { ?p rdfs:label ?name OPTIONAL { ?p kg:leaderOf ?org } } ORDER BY ?name"
    )
    merged = query(store, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").graph
    ours, theirs = list(query(store, sparql)), list(merged.query(sparql, initNs=PREFIXES))
    assert len(ours) == len(theirs) == 3
    assert all(isinstance(row, ResultRow) for row in ours)
    assert [row.asdict() for row in ours] == [row.asdict() for row in theirs]
    read = lambda rows: [(row.name, row["org"], row[Variable("p")], tuple(row)) for row in rows]  # noqa: E731
    assert read(ours) == read(theirs)
    # the same variables in another order: each query's rows keep their own labels
    again = list(query(store, sparql.replace("?p ?name ?org", "?org ?name ?p")))
    assert [row.asdict() for row in again] == [row.asdict() for row in ours]
    assert [row[0] for row in again] == [row.org for row in ours]


def test_answers_stay_right_when_the_term_cache_starts_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    module = importlib.import_module("kg.query")  # the package's `kg.query` is the function
    sparql = "SELECT ?name WHERE { ?p rdfs:label ?name } ORDER BY ?name"
    before = [str(row.name) for row in query(small_store(), sparql)]
    monkeypatch.setattr(module, "_CELLS_KEPT", 0)  # every query now clears the cache first
    assert [str(row.name) for row in query(small_store(), sparql)] == before
    assert [str(row.name) for row in query(small_store(), sparql)] == before


@pytest.mark.parametrize(
    ("sparql", "used"),
    [
        ("SELECT ?s WHERE { ?s a kg:Person }", {"kg"}),
        ("SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }", set()),
        ("SELECT ?s WHERE { :Ann rdfs:label ?s }", {"", "rdfs"}),
        ("SELECT ?s WHERE { ?s schema:name ?n ; skos:altLabel ?a }", {"schema", "skos"}),
    ],
)
def test_a_query_is_given_the_prefixes_it_uses(sparql: str, used: set[str]) -> None:
    assert set(_used_prefixes(sparql)) == used
    query(small_store(), sparql)  # parses with only those
