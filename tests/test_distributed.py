"""Extraction over a real Dask cluster (LocalCluster, several processes): the same graph."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from spacy.language import Language

from kg.ingest import build
from kg.nlp import DEFAULT_MODEL
from kg.store import Store
from tests.conftest import EXAMPLE, ROOT
from tests.test_cli import kg

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local.scheduler_address


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example article plus a dozen short news items of our own, one file each."""
    folder = tmp_path_factory.mktemp("corpus")
    (folder / EXAMPLE.name).write_text(EXAMPLE.read_text())
    lines = (ROOT / "tests" / "regression" / "news.jsonl").read_text().splitlines()[:12]
    for n, line in enumerate(lines):
        (folder / f"item{n:02}.txt").write_text(json.loads(line)["text"] + "\n")
    return folder


def _quads(store: Store) -> set[str]:
    return {
        f"{q.subject} {q.predicate} {q.object} {q.graph_name} ."
        for q in store.quads()
        if not (isinstance(q.predicate, ox.NamedNode) and q.predicate.value.endswith("#ingestedAt"))
    }


def test_a_dask_cluster_builds_the_same_graph_as_one_process(
    cluster: str, corpus: Path, nlp: Language, tmp_path: Path
) -> None:
    alone, spread = Store(tmp_path / "alone"), Store(tmp_path / "spread")
    local = build([corpus], store=alone, model=nlp)
    remote = build([corpus], store=spread, model=DEFAULT_MODEL, scheduler=cluster)
    assert sorted(remote.documents) == sorted(local.documents) and len(local.documents) == 13
    assert remote.triples == local.triples
    assert _quads(spread) == _quads(alone)
    assert len(spread) == len(alone)


def test_kg_build_takes_the_scheduler_from_the_environment(cluster: str, tmp_path: Path) -> None:
    store = tmp_path / "store"
    run = kg("build", str(EXAMPLE), "--store", str(store), env={"KG_DASK_SCHEDULER": cluster})
    assert run.returncode == 0, run.stderr
    assert "Built 1 document(s)" in run.stderr
    query = kg("query", "SELECT ?p WHERE { ?p kg:mayorOf ?o }", "--store", str(store))
    assert "Steve_Rotheram" in query.stdout


def test_a_users_ontology_and_patterns_travel_to_the_workers(
    cluster: str, nlp: Language, tmp_path: Path
) -> None:
    from kg.evaluate import read_examples
    from kg.learn import learn
    from kg.ontology import read_ontology

    football = ROOT / "ontology" / "examples" / "football.ttl"
    patterns = tmp_path / "football-patterns.jsonl"
    examples = read_examples(ROOT / "ontology" / "examples" / "football.jsonl")
    learn(examples, ontology=read_ontology([football]), nlp=nlp).write(patterns)
    text = ROOT / "examples" / "riverside.txt"
    alone, spread = Store(tmp_path / "alone"), Store(tmp_path / "spread")
    build([text], store=alone, model=nlp, ontologies=[football], patterns=patterns)
    build(
        [text], store=spread, model=DEFAULT_MODEL, ontologies=[football], patterns=patterns, scheduler=cluster
    )
    assert _quads(spread) == _quads(alone)
    assert any("football#playsFor" in quad for quad in _quads(spread))
