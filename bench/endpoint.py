"""The SPARQL endpoint under a bounded local load: ``kg serve`` versus ``oxigraph serve``.

    python bench/endpoint.py [--triples 100000] [--requests 2000] [--clients 4] [--out BENCHMARKS-endpoint.md]

Both servers run as their own processes over the same data on disk (kg's store: document
graphs plus the merge; the same quads bulk-loaded for Oxigraph). A fixed number of requests,
spread over a few client threads on loopback, asks two typical queries in turn; the table gives
queries per second and the median and 99th-percentile latency.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).parent))
from store import ID, QUERIES, documents, nquads

from kg.store import Store

ASKED = [QUERIES["lookup by label"], QUERIES["two-hop path"].replace(f"{ID}e7", f"{ID}e11")]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url: str) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def load(url: str, total: int, clients: int) -> dict:
    """Send ``total`` GET queries from ``clients`` threads; queries/s, p50 and p99 latency."""
    latencies: list[float] = []
    lock = threading.Lock()
    per_client = total // clients

    def client(n: int) -> None:
        mine = []
        for i in range(per_client):
            query = urllib.parse.urlencode({"query": ASKED[(n + i) % len(ASKED)]})
            request = urllib.request.Request(
                f"{url}?{query}", headers={"Accept": "application/sparql-results+json"}
            )
            started = time.perf_counter()
            with urllib.request.urlopen(request, timeout=60) as response:
                response.read()
            mine.append(time.perf_counter() - started)
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    latencies.sort()
    return {
        "qps": len(latencies) / seconds,
        "p50": statistics.median(latencies),
        "p99": latencies[int(len(latencies) * 0.99) - 1],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--out", default="BENCHMARKS-endpoint.md")
    args = parser.parse_args()
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    kg = str(Path(sys.executable).parent / "kg")
    graphs = documents(args.triples)
    with tempfile.TemporaryDirectory() as folder:
        kg_store, ox_store = Path(folder) / "kg", Path(folder) / "ox"
        store = Store(kg_store)
        for graph, triples in graphs:
            store.replace_graph(graph, triples)
        store.close()
        ox.Store(str(ox_store)).bulk_load(nquads(graphs), format=ox.RdfFormat.N_QUADS)
        results = {}
        for name, command, path in (
            ("kg serve", [kg, "serve", "--store", str(kg_store), "--port"], "/sparql"),
            ("oxigraph serve", [oxigraph, "serve", "--location", str(ox_store), "--bind"], "/query"),
        ):
            port = free_port()
            target = str(port) if name == "kg serve" else f"127.0.0.1:{port}"
            server = subprocess.Popen(
                [*command, target], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            try:
                url = f"http://127.0.0.1:{port}{path}"
                wait_for(f"{url}?query=ASK%7B%7D")
                load(url, 100, args.clients)  # warm up
                results[name] = load(url, args.requests, args.clients)
                print(name, {k: round(v, 4) for k, v in results[name].items()}, flush=True)
            finally:
                server.terminate()
                server.wait(timeout=10)
    kg_run, ref = results["kg serve"], results["oxigraph serve"]
    lines = [
        "## SPARQL endpoint (`python bench/endpoint.py`)",
        "",
        f"Machine: {platform.machine()}, Python {platform.python_version()}. {args.triples:,} triples; "
        f"{args.requests:,} GET requests from {args.clients} client threads on loopback, two queries "
        "(lookup by label, two-hop path) in turn; each server in its own process.",
        "",
        "| server | queries/s | p50 | p99 | queries/s against oxigraph serve |",
        "| --- | ---: | ---: | ---: | ---: |",
        f"| oxigraph serve | {ref['qps']:,.0f} | {ref['p50'] * 1000:.1f} ms "
        f"| {ref['p99'] * 1000:.1f} ms | 1.00× |",
        f"| kg serve | {kg_run['qps']:,.0f} | {kg_run['p50'] * 1000:.1f} ms | {kg_run['p99'] * 1000:.1f} ms "
        f"| {kg_run['qps'] / ref['qps']:.2f}× |",
        "",
    ]
    Path(args.out).write_text("\n".join(lines))


if __name__ == "__main__":
    main()
