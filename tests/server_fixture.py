"""A real kg SPARQL server on a loopback port, in a thread, for the endpoint tests."""

from __future__ import annotations

import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager

from kg.server import Limits, SparqlServer
from kg.store import Store


@contextmanager
def running(
    store: Store, *, allow_update: bool = False, limits: Limits | None = None
) -> Iterator[SparqlServer]:
    server = SparqlServer(store, port=0, allow_update=allow_update, limits=limits or Limits())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def request(
    url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None, method: str | None = None
) -> tuple[int, dict[str, str], bytes]:
    """Send one HTTP request; return status, headers and body, errors included."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def get(server: SparqlServer, query: str, accept: str = "*/*") -> tuple[int, dict[str, str], bytes]:
    return request(f"{server.url}?{urllib.parse.urlencode({'query': query})}", headers={"Accept": accept})
