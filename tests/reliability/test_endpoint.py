"""The SPARQL endpoint under abuse: refused updates, slow queries, big bodies, its address."""

from __future__ import annotations

import json
import threading
import time

import pytest
from rdflib import RDF, RDFS, Literal, URIRef

from kg.ontology import KG
from kg.server import Limits
from kg.store import Store
from tests.server_fixture import get, request, running

# About 2-3 s of work on the 3,000-label store: over a 1 s limit, yet it ends soon after.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d FILTER(STR(?b) < STR(?d)) }"


@pytest.fixture(scope="module")
def store() -> Store:
    store = Store()
    triples = [(URIRef("urn:doc"), RDF.type, KG.Document)]
    triples += [(URIRef(f"urn:e{i}"), RDFS.label, Literal(f"entity {i}")) for i in range(3000)]
    store.replace_graph("urn:doc", triples)
    return store


def test_updates_are_refused_unless_enabled(store: Store) -> None:
    with running(store) as server:
        update = "DROP ALL"
        status, _, body = request(
            server.url, data=update.encode(), headers={"Content-Type": "application/sparql-update"}
        )
        assert status == 403 and b"--allow-update" in body
        status, _, _ = request(
            server.url,
            data=b"update=DROP%20ALL",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        assert status == 403
    assert len(store) == 3001


def test_a_slow_query_is_stopped_at_the_limit_while_others_are_answered(store: Store) -> None:
    with running(store, limits=Limits(timeout=1.0)) as server:
        slow: dict[str, object] = {}

        def ask_slow() -> None:
            started = time.monotonic()
            slow["status"], _, slow["body"] = get(server, SLOW, "application/sparql-results+json")
            slow["seconds"] = time.monotonic() - started

        thread = threading.Thread(target=ask_slow)
        thread.start()
        time.sleep(0.2)
        started = time.monotonic()
        status, _, body = get(
            server, "SELECT ?l WHERE { <urn:e1> rdfs:label ?l }", "application/sparql-results+json"
        )
        quick = time.monotonic() - started
        thread.join(timeout=30)
        assert status == 200 and json.loads(body)["results"]["bindings"][0]["l"]["value"] == "entity 1"
        assert quick < 1.0, "a quick query waited for the slow one"
        assert slow["status"] == 503 and b"time limit" in slow["body"]  # type: ignore[operator]
        assert 0.9 < slow["seconds"] < 5  # type: ignore[operator]


def test_oversized_bodies_are_refused(store: Store) -> None:
    with running(store, limits=Limits(max_body=1000)) as server:
        query = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 2000
        status, _, body = request(
            server.url, data=query.encode(), headers={"Content-Type": "application/sparql-query"}
        )
        assert status == 413 and b"limit is 1000" in body
        status, _, _ = get(server, "ASK { ?s ?p ?o }")
        assert status == 200  # still answering


def test_the_server_binds_to_loopback_by_default(store: Store) -> None:
    with running(store) as server:
        assert server.server_address[0] == "127.0.0.1"


def test_queries_past_the_concurrency_limit_are_turned_away(store: Store) -> None:
    with running(store, limits=Limits(timeout=0.5, concurrent=1)) as server:
        status, _, body = get(server, SLOW)  # over the limit; its evaluation keeps the one slot
        assert status == 503 and b"time limit" in body
        status, _, body = get(server, "ASK { ?s ?p ?o }")
        assert status == 503 and b"Too many queries" in body
