"""The store under repeats, removal, crashes and concurrency: whole documents, never duplicates."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from kg.export import export
from kg.store import Store

KG = str(Path(sys.executable).parent / "kg")
COMPANIES = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne"]
PEOPLE = ["Ann Lee", "Ben Cole", "Cara Diaz", "Dev Shah", "Eve Moss", "Finn Hart", "Gail Ross", "Hugo Park"]
CITIES = ["Leeds", "York", "Bristol", "Bath", "Derby", "Hull", "Exeter", "Chester"]


def article(n: int, sentences: int = 40) -> str:
    lines = []
    for i in range(sentences):
        k = (n * 7 + i) % 8
        lines.append(
            f"Microsoft chief executive {PEOPLE[k]} spoke in {CITIES[(k + n) % 8]} on Monday. "
            f"The mayor of {CITIES[k]}, {PEOPLE[(k + 3) % 8]}, said the plan for {COMPANIES[k]} was sound, "
            "and that the council would look at it again in the spring."
        )
    return "\n".join(lines) + "\n"


def run(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([KG, *args], capture_output=True, text=True, timeout=600, **kwargs)  # type: ignore[call-overload]


def per_graph(store: Store) -> dict[str, list[str]]:
    """Each document graph's sorted N-Quads lines, the ingest time left out."""
    graphs: dict[str, list[str]] = defaultdict(list)
    for line in export(store, format="nquads").decode().splitlines():
        if "ontology#ingestedAt" not in line and line.strip():
            graphs[line.rsplit(" ", 2)[-2]].append(line)
    return {graph: sorted(lines) for graph, lines in graphs.items()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for n in range(24):
        (folder / f"{n:02}.txt").write_text(article(n))
    return folder


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    store = tmp_path_factory.mktemp("reference") / "store"
    assert run("build", str(corpus), "--store", str(store)).returncode == 0
    with Store(store) as opened:
        return per_graph(opened)


def test_building_the_same_documents_twice_changes_nothing(
    corpus: Path, reference: dict[str, list[str]], tmp_path: Path
) -> None:
    store = tmp_path / "store"
    for _ in range(2):
        assert (
            run("build", str(corpus / "00.txt"), str(corpus / "01.txt"), "--store", str(store)).returncode
            == 0
        )
    with Store(store) as opened:
        graphs = per_graph(opened)
    for name in ("00.txt", "01.txt"):
        iri = f"<{(corpus / name).resolve().as_uri()}>"
        assert graphs[iri] == reference[iri]


def test_remove_keeps_what_other_documents_also_say(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Sadiq Khan is the mayor of London. Tim Cook, the chief executive of Apple, spoke."
    )
    (tmp_path / "b.txt").write_text("Sadiq Khan is the mayor of London.")
    store = str(tmp_path / "store")
    assert run("build", str(tmp_path), "--store", store).returncode == 0
    removed = run("remove", str(tmp_path / "a.txt"), "--store", store)
    assert removed.returncode == 0 and "Removed 1 document(s)" in removed.stderr
    ask = "ASK { :Sadiq_Khan kg:mayorOf :London . ?ev rdf:subject :Sadiq_Khan ; kg:document ?d }"
    assert run("query", ask, "--store", store).stdout.strip() == "true"
    assert run("query", "ASK { ?s ?p :Apple }", "--store", store).stdout.strip() == "false"
    assert run("query", "ASK { ?s ?p :Tim_Cook }", "--store", store).stdout.strip() == "false"
    missing = run("remove", str(tmp_path / "a.txt"), "--store", store)
    assert missing.returncode == 1 and "No document from" in missing.stderr


def test_kill_9_mid_build_leaves_only_whole_documents_and_a_rerun_completes(
    corpus: Path, reference: dict[str, list[str]], tmp_path: Path
) -> None:
    store = tmp_path / "store"
    build = subprocess.Popen(
        [KG, "build", str(corpus), "--store", str(store)], stderr=subprocess.PIPE, text=True
    )
    assert build.stderr is not None
    done = 0
    while done < 3:
        line = build.stderr.readline()
        assert line, "the build ended before it could be killed"
        done += line.rstrip().endswith("triples")
    os.kill(build.pid, signal.SIGKILL)
    build.wait()
    with Store(store) as opened:
        survived = per_graph(opened)
    documents = {g for g in survived if g.startswith("<file:")}
    assert 3 <= len(documents) < len(reference) - 1
    for graph in documents:
        assert survived[graph] == reference[graph], "a document was stored in part"
    rerun = run("build", str(corpus), "--store", str(store))
    assert rerun.returncode == 0, rerun.stderr
    with Store(store) as opened:
        assert per_graph(opened) == reference


def test_two_builds_on_one_store_take_turns_and_both_complete(
    corpus: Path, reference: dict[str, list[str]], tmp_path: Path
) -> None:
    store = tmp_path / "store"
    files = sorted(corpus.iterdir())
    builds = [
        subprocess.Popen(
            [KG, "build", *map(str, part), "--store", str(store)], stderr=subprocess.PIPE, text=True
        )
        for part in (files[:12], files[12:])
    ]
    for b in builds:
        assert b.wait(timeout=600) == 0, b.stderr.read() if b.stderr else ""
    with Store(store) as opened:
        assert per_graph(opened) == reference


def test_readers_see_whole_documents_while_a_build_runs(
    corpus: Path, reference: dict[str, list[str]], tmp_path: Path
) -> None:
    store = tmp_path / "store"
    build = subprocess.Popen(
        [KG, "build", str(corpus), "--store", str(store)], stderr=subprocess.PIPE, text=True
    )
    seen: list[int] = []  # documents each reader saw
    while build.poll() is None:
        if not store.exists():
            time.sleep(0.1)
            continue
        with Store(store, wait=120) as opened:
            snapshot = per_graph(opened)
        documents = [graph for graph in snapshot if graph.startswith("<file:")]
        for graph in documents:
            assert snapshot[graph] == reference[graph], "a reader saw part of a document"
        seen.append(len(documents))
        time.sleep(0.05)
    assert build.wait() == 0, build.stderr.read() if build.stderr else ""
    total = len([g for g in reference if g.startswith("<file:")])
    assert any(0 < n < total for n in seen), f"no reader got in while the build ran: {seen}"
    assert seen == sorted(seen), "documents disappeared between two reads"
    query = run(
        "query",
        "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a kg:Document }",
        "--store",
        str(store),
        "-f",
        "csv",
    )
    assert query.stdout.splitlines()[1] == str(total)


WRITER = """
import sys
import kg.store
from rdflib import Literal, URIRef
from kg.store import Store

kg.store.BULK_QUADS = 1  # every batch through Oxigraph's bulk loader
store = Store(sys.argv[1])
P = URIRef("urn:p")
for batch in range(40):
    graphs = [
        (f"urn:doc:{batch}-{d}", [(URIRef(f"urn:{d}-{i}"), P, Literal(f"{batch}:{i}")) for i in range(5000)])
        for d in range(4)
    ]
    store.replace_graphs(graphs)
    print(batch, flush=True)
"""


def test_kill_9_during_bulk_loaded_batches_leaves_only_whole_documents(tmp_path: Path) -> None:
    store = tmp_path / "store"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(store)], stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None
    for _ in range(3):
        assert writer.stdout.readline(), "the writer ended before it could be killed"
    time.sleep(0.05)  # into the next batch's load
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    with Store(store) as opened:
        graphs = opened.graphs()
        assert len(graphs) % 4 == 0 and 12 <= len(graphs) < 160  # whole batches only
        for graph in graphs:
            rows = opened.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
            assert int(rows[0]["n"].value) == 5000, f"{graph} was stored in part"
        assert len(opened) == 5000 * len(graphs)  # the merge holds exactly what the graphs hold
