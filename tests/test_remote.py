"""A SPARQL 1.1 server as the store: the same graph as the embedded store, the same errors."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from spacy.language import Language

from kg.ingest import build, remove
from kg.remote import RemoteStore
from kg.store import Store, open_store
from tests.test_cli import kg

TEXT = (
    "Acme Robotics, based in Leeds, was founded by Priya Shah. Mayor Tom Reed of Leeds told "
    "Radio Aire that Acme Robotics and Northern Power are teaming up.\n"
)


def _graph(store: Store | RemoteStore, graph: str) -> set[str]:
    """The document's named graph as N-Triples lines, its ingest time left out."""
    return {
        f"{q.subject} {q.predicate} {q.object} ."
        for q in store.quads()
        if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == graph
        and not q.predicate.value.endswith("#ingestedAt")
    }  # fmt: skip


def test_open_store_picks_a_server_by_its_address(tmp_path: Path) -> None:
    assert isinstance(open_store("http://127.0.0.1:7878"), RemoteStore)
    assert isinstance(open_store(tmp_path / "here"), Store)
    remote = RemoteStore("http://127.0.0.1:3030/ds/query")
    assert (remote.query_url, remote.update_url) == (
        "http://127.0.0.1:3030/ds/query",
        "http://127.0.0.1:3030/ds/update",
    )


def test_a_server_holds_the_same_document_graph_as_the_embedded_store(
    oxigraph_server: str, nlp: Language, tmp_path: Path
) -> None:
    source = tmp_path / "acme.txt"
    source.write_text(TEXT)
    local = Store(tmp_path / "store")
    remote = RemoteStore(oxigraph_server)
    build([source], store=local, model=nlp)
    build([source], store=remote, model=nlp)
    document = source.resolve().as_uri()
    assert document in remote.graphs()
    expected = _graph(local, document)
    assert len(expected) > 20 and _graph(remote, document) == expected
    # The merge: the server's default graph holds each fact the document states.
    facts = remote.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{document}> {{ ?s ?p ?o }} ?s ?p ?o }}")
    assert int(facts[0]["n"].value) == len(expected) + 1  # + the ingest time
    build([source], store=remote, model=nlp)  # building again replaces, never duplicates
    assert _graph(remote, document) == expected
    remove([str(source)], store=remote)
    assert document not in remote.graphs()
    assert remote.select(f"SELECT * WHERE {{ <{document}> ?p ?o }}") == []


def test_an_unreachable_server_is_one_line_and_exit_1() -> None:
    run = kg("query", "SELECT * WHERE { ?s ?p ?o }", "--store", "http://127.0.0.1:9/")
    assert run.returncode == 1
    assert run.stderr.startswith("kg: error: Can't reach SPARQL server http://127.0.0.1:9/query")
    assert len(run.stderr.strip().splitlines()) == 1


def test_a_bad_query_to_a_server_is_reported_like_a_local_one(oxigraph_server: str) -> None:
    run = kg("query", "SELEKT * WHERE { ?s ?p ?o }", "--store", oxigraph_server)
    assert run.returncode == 1 and run.stderr.startswith("kg: error: Bad SPARQL query:")


def test_a_user_and_password_in_the_address_go_as_basic_auth_and_stay_out_of_sight() -> None:
    import base64
    import http.server
    import threading

    seen: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # a server that answers only with the right credentials
            seen.append(self.headers.get("Authorization", ""))
            self.rfile.read(int(self.headers["Content-Length"]))
            if self.headers.get("Authorization") != "Basic " + base64.b64encode(b"kg:s3cr3t@x").decode():
                self.send_response(401)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = b'{"head": {}, "boolean": true}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    try:
        store = RemoteStore(f"http://kg:s3cr3t%40x@127.0.0.1:{port}/ds")
        assert store.location == f"http://127.0.0.1:{port}/ds" and "s3cr3t" not in store.query_url
        assert bool(store.query("ASK {}"))
        denied = kg("query", "ASK {}", "--store", f"http://kg:wrong@127.0.0.1:{port}/ds")
        assert denied.returncode == 1 and "answered 401" in denied.stderr and "wrong" not in denied.stderr
    finally:
        server.shutdown()
    assert seen[0].startswith("Basic ")
