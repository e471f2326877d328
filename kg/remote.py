"""A SPARQL 1.1 server as kg's store, over the SPARQL 1.1 Protocol (``--store
http://HOST:PORT/…``): every write `GraphStore` makes is one update request, which servers
such as Oxigraph, Fuseki (TDB2) and GraphDB run as one transaction."""

from __future__ import annotations

import base64
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping

import pyoxigraph
from rdflib import Dataset
from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

from kg.errors import KGError
from kg.store import GraphStore, QueryResult


class RemoteStore(GraphStore):
    """A SPARQL 1.1 server used as the store, over the SPARQL 1.1 Protocol.

    ``url`` is the server's dataset address: ``http://HOST:7878`` (Oxigraph: ``/query`` and
    ``/update`` under it), ``http://HOST:3030/DATASET`` (Fuseki: the same), or an endpoint
    that answers both (``http://HOST:8890/sparql``, Virtuoso). ``KG_SPARQL_UPDATE`` names an
    update endpoint elsewhere (GraphDB: ``…/repositories/ID/statements``). A user and
    password in the address (``http://USER:PASSWORD@HOST/…``) are sent as HTTP Basic
    authentication and never shown.

    Raises:
        KGError: the server can't be reached or answers with an error other than a bad query.
    """

    def __init__(self, url: str, *, timeout: float = 60.0) -> None:
        parts = urllib.parse.urlsplit(url)
        self.headers: dict[str, str] = {}
        self._auth: tuple[str, str] | None = None
        if parts.username is not None:  # http://USER:PASSWORD@HOST/…: HTTP Basic authentication
            self._auth = (urllib.parse.unquote(parts.username), urllib.parse.unquote(parts.password or ""))
            secret = ":".join(self._auth)
            self.headers["Authorization"] = "Basic " + base64.b64encode(secret.encode()).decode()
            host = f"{parts.hostname or ''}:{parts.port}" if parts.port else parts.hostname or ""
            url = f"{parts.scheme}://{host}{parts.path}" + (f"?{parts.query}" if parts.query else "")
        self.location = url  # never the password
        self.timeout = timeout
        base = url.rstrip("/")
        if base.endswith(("/query", "/sparql")):
            self.query_url = base
            self.update_url = base[: -len("/query")] + "/update" if base.endswith("/query") else base
        else:
            self.query_url, self.update_url = base + "/query", base + "/update"
        self.update_url = os.environ.get("KG_SPARQL_UPDATE") or self.update_url

    def query(self, sparql: str, *, prefixes: Mapping[str, str] | None = None) -> QueryResult:
        """Run a query on the server: rows and booleans as pyoxigraph results, graphs as a list
        of triples. A query the server rejects as malformed raises ``SyntaxError``."""
        kind, body = self.raw(sparql, prefixes=prefixes)
        if "n-triples" in kind or "turtle" in kind:
            rdf = pyoxigraph.RdfFormat.TURTLE if "turtle" in kind else pyoxigraph.RdfFormat.N_TRIPLES
            return [
                pyoxigraph.Triple(q.subject, q.predicate, q.object)
                for q in pyoxigraph.parse(body, format=rdf)
            ]
        results = pyoxigraph.QueryResultsFormat.XML if "xml" in kind else pyoxigraph.QueryResultsFormat.JSON
        return pyoxigraph.parse_query_results(body, format=results)

    def raw(self, sparql: str, *, prefixes: Mapping[str, str] | None = None) -> tuple[str, bytes]:
        """The server's answer to a query: (content type, body), JSON results or N-Triples."""
        head = "".join(f"PREFIX {p}: <{ns}> " for p, ns in (prefixes or {}).items())  # line numbers kept
        return self._post(
            self.query_url, head + sparql, "application/sparql-query",
            "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8",
        )  # fmt: skip

    def update(self, sparql: str) -> None:
        """Send one SPARQL update request (one transaction on the server)."""
        self._post(self.update_url, sparql, "application/sparql-update", "*/*")

    def dataset(self) -> Dataset:
        """An rdflib view of the server (rdflib's SPARQLUpdateStore)."""
        return Dataset(store=SPARQLUpdateStore(self.query_url, self.update_url, auth=self._auth))

    def _post(self, url: str, body: str, kind: str, accept: str) -> tuple[str, bytes]:
        request = urllib.request.Request(
            url,
            data=body.encode("utf-8"),
            method="POST",
            headers={**self.headers, "Content-Type": kind, "Accept": accept},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.headers.get("Content-Type", ""), response.read()
        except urllib.error.HTTPError as error:
            reason = " ".join(error.read().decode("utf-8", "replace").split())[:300]
            if error.code == 400:
                raise SyntaxError(reason or "the server rejected the request") from None
            raise KGError(f"SPARQL server {url} answered {error.code}: {reason}") from None
        except (urllib.error.URLError, OSError) as error:
            cause = error.reason if isinstance(error, urllib.error.URLError) else error
            raise KGError(f"Can't reach SPARQL server {url}: {cause}") from None
