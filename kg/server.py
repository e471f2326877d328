"""SPARQL over HTTP: the SPARQL 1.1 Protocol on a kg store, and a small page to type queries.

``GET /sparql?query=…`` and ``POST /sparql`` (``application/sparql-query``, or a form with
``query=``) answer queries over the union of all documents, as ``kg query`` does; results
are negotiated from the ``Accept`` header (JSON, XML, CSV, TSV for rows and booleans;
Turtle, N-Triples, JSON-LD for graphs). Updates (``application/sparql-update`` or a form
with ``update=``) are refused unless the server was started with ``allow_update``. Every
query has a time limit and every request body a size limit; the server binds to loopback
unless told otherwise. When idle it lets go of the store, so builds can write between
requests.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kg.query import PREFIXES
from kg.store import REMERGE, Store

log = logging.getLogger("kg")

ROW_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    "application/json": ox.QueryResultsFormat.JSON,
}
GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}


@dataclass(frozen=True)
class Limits:
    """What one request may cost."""

    timeout: float = 30.0
    """Seconds a query may run before the client gets an error."""
    max_body: int = 1_000_000
    """Bytes a request body may hold."""
    concurrent: int = 4
    """Queries evaluated at once; more get 503 until one ends."""


class SparqlServer(ThreadingHTTPServer):
    """An HTTP server answering SPARQL over one kg store."""

    daemon_threads = True

    def __init__(
        self, store: Store, *, host: str = "127.0.0.1", port: int = 7878,
        allow_update: bool = False, limits: Limits = Limits(),
    ) -> None:  # fmt: skip
        super().__init__((host, port), _Handler)
        self.store = store
        self.allow_update = allow_update
        self.limits = limits
        self.pool = ThreadPoolExecutor(max_workers=limits.concurrent, thread_name_prefix="kg-query")
        self.slots = threading.BoundedSemaphore(limits.concurrent)
        self._users = 0
        self._last_use = time.monotonic()
        self._lock = threading.Lock()
        self._idle = threading.Thread(target=self._release_when_idle, daemon=True)
        self._idle.start()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}/sparql"

    def using_store(self) -> _StoreUse:
        return _StoreUse(self)

    def _release_when_idle(self) -> None:
        # Let builds in: close the on-disk store after a second with no request.
        while True:
            time.sleep(0.25)
            with self._lock:
                if self._users == 0 and time.monotonic() - self._last_use > 1.0:
                    self.store.release()

    def server_close(self) -> None:
        super().server_close()
        self.pool.shutdown(wait=False, cancel_futures=True)


class _StoreUse:
    def __init__(self, server: SparqlServer) -> None:
        self.server = server

    def __enter__(self) -> Store:
        with self.server._lock:
            self.server._users += 1
        return self.server.store

    def __exit__(self, *exc: object) -> None:
        with self.server._lock:
            self.server._users -= 1
            self.server._last_use = time.monotonic()


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        log.debug("%s " + format, self.address_string(), *args)

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            page = files("kg") / "templates" / "sparql.html"
            self._send(HTTPStatus.OK, page.read_bytes(), "text/html; charset=utf-8")
        elif url.path == "/sparql":
            params = parse_qs(url.query)
            if "query" not in params:
                self._error(HTTPStatus.BAD_REQUEST, "Missing the 'query' parameter")
            else:
                self._query(params["query"][0], params)
        else:
            self._error(HTTPStatus.NOT_FOUND, f"No such resource: {url.path}. Try /sparql or /")

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._error(HTTPStatus.NOT_FOUND, f"No such resource: {url.path}. Try /sparql")
            return
        body = self._body()
        if body is None:
            return
        kind = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        params = parse_qs(url.query)
        if kind == "application/sparql-query":
            self._query(body, params)
        elif kind == "application/sparql-update":
            self._update(body)
        elif kind == "application/x-www-form-urlencoded":
            form = parse_qs(body)
            if "query" in form:
                self._query(form["query"][0], {**params, **form})
            elif "update" in form:
                self._update(form["update"][0])
            else:
                self._error(HTTPStatus.BAD_REQUEST, "The form has neither 'query' nor 'update'")
        else:
            self._error(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                f"Can't take a body of type {kind!r}. Use application/sparql-query, "
                "application/sparql-update or application/x-www-form-urlencoded",
            )

    def _body(self) -> str | None:
        length = self.headers.get("Content-Length")
        if length is None:
            self._error(HTTPStatus.LENGTH_REQUIRED, "A POST needs a Content-Length")
            return None
        if int(length) > self.server.limits.max_body:
            self.close_connection = True
            self._error(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                f"The body is {int(length)} bytes; the limit is {self.server.limits.max_body}",
            )
            return None
        return self.rfile.read(int(length)).decode("utf-8", errors="replace")

    def _query(self, sparql: str, params: dict[str, list[str]]) -> None:
        if not self.server.slots.acquire(blocking=False):
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, "Too many queries at once; try again shortly")
            return
        future: Future[tuple[bytes, str]] = self.server.pool.submit(self._evaluate, sparql, params)
        future.add_done_callback(lambda _: self.server.slots.release())
        try:
            payload, media_type = future.result(timeout=self.server.limits.timeout)
        except TimeoutError:
            self._error(
                HTTPStatus.SERVICE_UNAVAILABLE,
                f"The query ran over the {self.server.limits.timeout:g} s time limit and was stopped",
            )
        except SyntaxError as error:
            self._error(HTTPStatus.BAD_REQUEST, f"Bad SPARQL query: {error}")
        except _NotAcceptable as error:
            self._error(HTTPStatus.NOT_ACCEPTABLE, str(error))
        else:
            self._send(HTTPStatus.OK, payload, media_type)

    def _evaluate(self, sparql: str, params: dict[str, list[str]]) -> tuple[bytes, str]:
        options: dict[str, object] = {}
        if params.get("default-graph-uri"):
            options = {"default_graph": [ox.NamedNode(iri) for iri in params["default-graph-uri"]]}
        if params.get("named-graph-uri"):
            options["named_graphs"] = [ox.NamedNode(iri) for iri in params["named-graph-uri"]]
        accept = self.headers.get("Accept", "*/*")
        prefixes = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
        result = None
        # pyoxigraph's results belong to the thread that made them: they must never reach the
        # request's thread, not even inside an exception's traceback, hence the `del`.
        try:
            with self.server.using_store() as store:
                result = store.ox.query(sparql, prefixes=prefixes, **options)  # type: ignore[arg-type]
                if isinstance(result, ox.QueryTriples):
                    media_type = _negotiate(accept, GRAPH_FORMATS)
                    payload = ox.serialize(result, None, GRAPH_FORMATS[media_type], prefixes=prefixes)
                else:
                    media_type = _negotiate(accept, ROW_FORMATS)
                    payload = result.serialize(None, ROW_FORMATS[media_type])
                return payload or b"", media_type
        finally:
            del result

    def _update(self, sparql: str) -> None:
        if not self.server.allow_update:
            self._error(HTTPStatus.FORBIDDEN, "Updates are disabled; start kg serve with --allow-update")
            return
        try:
            with self.server.using_store() as store:
                # The merged default graph follows the named graphs the update changed.
                store.ox.update(
                    f"{sparql} ;\n{REMERGE}", prefixes={prefix: str(ns) for prefix, ns in PREFIXES.items()}
                )
        except SyntaxError as error:
            self._error(HTTPStatus.BAD_REQUEST, f"Bad SPARQL update: {error}")
        else:
            self._send(HTTPStatus.NO_CONTENT, b"", None)

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, (message + "\n").encode(), "text/plain; charset=utf-8")

    def _send(self, status: HTTPStatus, payload: bytes, media_type: str | None) -> None:
        self.send_response(status)
        if media_type:
            self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("Vary", "Accept")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)


class _NotAcceptable(Exception):
    pass


def _negotiate(accept: str, offered: Mapping[str, object]) -> str:
    """The offered media type the ``Accept`` header likes best: each offer takes the quality
    of the most specific range that matches it; ties go to the earlier offer.

    >>> _negotiate("text/csv;q=0.5, application/sparql-results+json", ROW_FORMATS)
    'application/sparql-results+json'
    >>> _negotiate("*/*", GRAPH_FORMATS)
    'text/turtle'
    >>> _negotiate("*/*, text/turtle;q=0", GRAPH_FORMATS)
    'application/n-triples'
    """
    ranges = []
    for item in accept.split(","):
        media, *params = (part.strip().lower() for part in item.split(";"))
        quality = next((_quality(p[2:]) for p in params if p.startswith("q=")), 1.0)
        ranges.append((media or "*/*", quality))
    best: tuple[float, int, str] | None = None
    for index, offer in enumerate(offered):
        matches = [
            (specificity, quality)
            for media, quality in ranges
            if (specificity := _specificity(media, offer)) is not None
        ]
        if matches:
            quality = max(matches)[1]
            if quality > 0 and (best is None or (-quality, index) < best[:2]):
                best = (-quality, index, offer)
    if best is None:
        raise _NotAcceptable(f"Can't answer in {accept!r}. Available: {', '.join(offered)}")
    return best[2]


def _specificity(media: str, offer: str) -> int | None:
    if media == offer:
        return 2
    if media.endswith("/*") and offer.startswith(media[:-1]):
        return 1
    return 0 if media == "*/*" else None


def _quality(text: str) -> float:
    try:
        return min(max(float(text), 0.0), 1.0)
    except ValueError:
        return 0.0


def serve(
    store: Store, *, host: str = "127.0.0.1", port: int = 7878, allow_update: bool = False,
    limits: Limits = Limits(),
) -> None:  # fmt: skip
    """Serve SPARQL over ``store`` until interrupted."""
    server = SparqlServer(store, host=host, port=port, allow_update=allow_update, limits=limits)
    log.info("SPARQL endpoint at %s (query page at %s)", server.url, server.url.removesuffix("sparql"))
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
