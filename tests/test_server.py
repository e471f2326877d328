from __future__ import annotations

import csv
import io
import json
import urllib.parse
import xml.etree.ElementTree as ET

import pytest
from rdflib import Graph

from kg.store import Store
from tests.graphs import small_store
from tests.server_fixture import get, request, running

PEOPLE = "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name }"


@pytest.fixture(scope="module")
def server():
    with running(small_store()) as server:
        yield server


@pytest.mark.parametrize(
    ("accept", "media_type"),
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/html, */*;q=0.1", "application/sparql-results+json"),
    ],
)
def test_select_is_negotiated(server, accept: str, media_type: str) -> None:
    status, headers, body = get(server, PEOPLE, accept)
    assert status == 200 and headers["Content-Type"] == media_type
    text = body.decode()
    if "json" in media_type:
        assert [b["name"]["value"] for b in json.loads(text)["results"]["bindings"]] == ["Ann"]
    elif "xml" in media_type:
        assert "Ann" in [e.text for e in ET.fromstring(text).iter() if e.tag.endswith("literal")]
    else:
        rows = list(csv.reader(io.StringIO(text), delimiter="," if media_type == "text/csv" else "\t"))
        assert rows[1][0].strip('"') == "Ann"


@pytest.mark.parametrize(
    ("accept", "parser"),
    [("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld")],
)
def test_construct_is_negotiated(server, accept: str, parser: str) -> None:
    status, headers, body = get(server, "CONSTRUCT { ?p kg:leaderOf ?o } WHERE { ?p kg:leaderOf ?o }", accept)
    assert status == 200 and headers["Content-Type"] == accept
    assert len(Graph().parse(data=body, format=parser)) == 1


def test_ask_and_post_forms(server) -> None:
    status, _, body = request(
        server.url,
        data=urllib.parse.urlencode({"query": "ASK { ?p kg:leaderOf ?o }"}).encode(),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json",
        },
    )
    assert status == 200 and json.loads(body)["boolean"] is True
    status, _, body = request(
        server.url,
        data=PEOPLE.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"},
    )
    assert status == 200 and "Ann" in body.decode()


def test_graph_parameters_pick_documents(server) -> None:
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    url = f"{server.url}?{urllib.parse.urlencode({'query': query, 'default-graph-uri': 'urn:kg:stdin:0123'})}"
    status, _, body = request(url, headers={"Accept": "application/sparql-results+json"})
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "5"


@pytest.mark.parametrize(
    ("kwargs", "code", "says"),
    [
        ({"query": "SELEC nothing"}, 400, "Bad SPARQL query"),
        (
            {"query": "SELECT * WHERE { ?s ?p ?o }", "accept": "image/png"},
            406,
            "Available: application/sparql",
        ),
        ({"path": "/nowhere"}, 404, "No such resource"),
        ({"content_type": "text/plain"}, 415, "application/sparql-query"),
        ({"path": "/sparql?"}, 400, "Missing the 'query' parameter"),
    ],
)
def test_errors_have_the_right_status_and_a_readable_body(server, kwargs: dict, code: int, says: str) -> None:
    base = server.url.removesuffix("/sparql")
    if "content_type" in kwargs:
        status, _, body = request(server.url, data=b"x", headers={"Content-Type": kwargs["content_type"]})
    elif "path" in kwargs:
        status, _, body = request(base + kwargs["path"])
    else:
        status, _, body = get(server, kwargs["query"], kwargs.get("accept", "*/*"))
    assert status == code and says in body.decode()


def test_the_query_page_is_offline(server) -> None:
    status, headers, body = request(server.url.removesuffix("sparql"))
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b"http://" not in body and b"https://" not in body and b'fetch("sparql"' in body


def test_updates_when_allowed() -> None:
    store = Store()
    with running(store, allow_update=True) as server:
        update = 'INSERT DATA { GRAPH <urn:g> { <urn:a> rdfs:label "a" } }'
        status, _, _ = request(
            server.url, data=update.encode(), headers={"Content-Type": "application/sparql-update"}
        )
        assert status == 204
        status, _, body = get(server, "ASK { <urn:a> rdfs:label 'a' }", "application/sparql-results+json")
        assert json.loads(body)["boolean"] is True
