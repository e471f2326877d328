"""End to end: the ``kg`` command, run the way the README tells a user to."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import RDFS, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.ontology import KG
from tests.conftest import EXAMPLE, ROOT

KG_COMMAND = str(Path(sys.executable).parent / "kg")
ID = "https://w3id.org/kg/id/"


def kg(
    *args: str, cwd: Path = ROOT, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [KG_COMMAND, *args], cwd=cwd, input=stdin, capture_output=True, text=True, timeout=300,
        env={**os.environ, **(env or {})},
    )  # fmt: skip


@pytest.fixture(scope="session", params=["embedded", "remote"])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store built from the example article by ``kg build``, in a process that has exited:
    an Oxigraph directory, and a real SPARQL server (``oxigraph serve``), so that every
    end-to-end test below runs against both."""
    if request.param == "remote":
        store = request.getfixturevalue("oxigraph_server")
    else:
        store = str(tmp_path_factory.mktemp("cli") / "store")
    run = kg("build", str(EXAMPLE), "--store", store)
    assert run.returncode == 0, run.stderr
    assert "Built 1 document(s)" in run.stderr
    return store


@pytest.fixture(scope="session")
def exported(built: str) -> Graph:
    run = kg("export", "--store", str(built), "--format", "turtle", "--full")
    assert run.returncode == 0, run.stderr
    return Graph().parse(data=run.stdout, format="turtle")


def test_plain_export_holds_only_the_facts(built: str, exported: Graph) -> None:
    run = kg("export", "--store", str(built), "--format", "turtle")
    plain = Graph().parse(data=run.stdout, format="turtle")
    assert 0 < len(plain) < len(exported)
    kinds = set(plain.objects(None, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")))
    assert KG.Person in kinds and not kinds & {
        KG.Evidence,
        KG.Document,
        URIRef("http://www.w3.org/2002/07/owl#Class"),
    }
    assert set(plain) <= set(exported)


def test_example_gives_the_mayor_and_the_near_facts(exported: Graph) -> None:
    rotheram, region = URIRef(ID + "Steve_Rotheram"), URIRef(ID + "Liverpool_City_Region")
    daresbury, liverpool = URIRef(ID + "Daresbury"), URIRef(ID + "Liverpool")
    assert (rotheram, KG.mayorOf, region) in exported
    assert (daresbury, KG.near, liverpool) in exported
    assert exported.value(rotheram, RDFS.label) == Literal("Steve Rotheram")
    assert exported.value(region, RDFS.label) == Literal("Liverpool City Region")
    assert (liverpool, RDFS.label, Literal("Liverpool")) in exported
    assert (rotheram, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), KG.Person) in exported


def test_every_relation_in_the_export_has_evidence_from_its_sentence(exported: Graph) -> None:
    rows = exported.query(
        """SELECT ?s ?p ?o ?sentence ?start ?end ?text WHERE {
             ?s ?p ?o . ?p rdfs:subPropertyOf* ?top . VALUES ?top { kg:roleAt kg:near }
             FILTER NOT EXISTS { ?s a owl:ObjectProperty }
             ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:sentence ?sentence ;
                 kg:start ?start ; kg:end ?end ; kg:rule ?rule ; kg:document ?d .
             ?d kg:source ?source ; kg:sha256 ?hash . }""",
        initNs={"kg": KG, "rdfs": RDFS, "owl": URIRef("http://www.w3.org/2002/07/owl#")},
    )
    text = EXAMPLE.read_text()
    assert len(rows) >= 2
    for row in rows:
        assert int(row.start) < int(row.end)
        assert text[int(row.start) : int(row.end)] in str(row.sentence)


def test_store_reopens_in_new_processes_for_query_stats_and_viz(built: str, tmp_path: Path) -> None:
    stats = kg("stats", "--store", str(built))
    assert stats.returncode == 0 and "documents  1" in stats.stdout and "mayorOf" in stats.stdout
    page = tmp_path / "graph.html"
    viz = kg("viz", "--store", str(built), "-o", str(page))
    assert viz.returncode == 0 and "Liverpool City Region" in page.read_text()


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_query_output_formats(built: str, fmt: str) -> None:
    query = "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name"
    run = kg("query", query, "--store", str(built), "--format", fmt)
    assert run.returncode == 0, run.stderr
    if fmt == "json":
        names = [b["name"]["value"] for b in json.loads(run.stdout)["results"]["bindings"]]
    elif fmt == "table":
        names = [line.strip() for line in run.stdout.splitlines()[2:-1]]
    else:
        rows = list(csv.reader(io.StringIO(run.stdout), delimiter="," if fmt == "csv" else "\t"))
        assert rows[0] == ["name"]
        names = [row[0] for row in rows[1:]]
    assert "Steve Rotheram" in names and names == sorted(names)


def test_query_from_a_file_named_with_at(built: str) -> None:
    run = kg("query", f"@{ROOT / 'examples' / 'people_and_roles.rq'}", "--store", str(built))
    assert run.returncode == 0, run.stderr
    assert any("Steve Rotheram" in line and "mayor of" in line for line in run.stdout.splitlines())


def test_trig_export_keeps_the_document_graph(built: str, tmp_path: Path) -> None:
    target = tmp_path / "graph.trig"
    assert kg("export", "--store", str(built), "-o", str(target)).returncode == 0
    dataset = Dataset().parse(target, format="trig")
    document = URIRef(EXAMPLE.resolve().as_uri())
    assert (
        document,
        URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
        KG.Document,
    ) in dataset.graph(document)


def test_building_twice_replaces_instead_of_duplicating(tmp_path: Path) -> None:
    source = tmp_path / "news.txt"
    source.write_text("Microsoft chief executive Satya Nadella spoke in Seattle.")
    store = str(tmp_path / "store")
    assert kg("build", str(source), "--store", store).returncode == 0
    first = kg("export", "--store", store, "-f", "nquads").stdout
    source.write_text("Sadiq Khan is the mayor of London.")
    assert kg("build", str(source), "--store", store).returncode == 0
    second = Graph().parse(data=kg("export", "--store", store, "-f", "ntriples").stdout, format="nt")
    assert "Nadella" in first and not any("Nadella" in str(t) for t in second.all_nodes())
    assert (URIRef(ID + "Sadiq_Khan"), KG.mayorOf, URIRef(ID + "London")) in second


def test_stdin_and_kg_store_environment_variable(tmp_path: Path) -> None:
    env = {"KG_STORE": str(tmp_path / "envstore")}
    run = kg("build", "-", stdin="West Midlands mayor Richard Parker said so.", env=env, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    ask = kg("query", "ASK { ?p kg:mayorOf ?place }", env=env, cwd=tmp_path)
    assert ask.stdout.strip() == "true"


def test_default_store_is_kg_store_in_the_working_folder(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "KG_STORE"}
    run = subprocess.run(
        [KG_COMMAND, "build", "-"], input="Sadiq Khan is the mayor of London.", cwd=tmp_path,
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "kg-store").is_dir()


def test_bad_input_gets_one_line_and_a_non_zero_exit(tmp_path: Path) -> None:
    store = tmp_path / "store"
    missing = kg("build", str(tmp_path / "nope.txt"), "--store", str(store))
    assert missing.returncode != 0 and "nope.txt" in missing.stderr
    assert missing.stderr.strip().count("\n") == 0
    bad_query = kg("query", "SELECT WHERE {", "--store", str(store))
    assert bad_query.returncode != 0 and bad_query.stderr.startswith("kg: error: Bad SPARQL query")
    bad_format = kg("export", "--store", str(store), "-f", "xml")
    assert bad_format.returncode != 0 and "Available: turtle" in bad_format.stderr
    bad_model = kg("build", str(EXAMPLE), "--store", str(store), "--model", "no_such_model")
    assert bad_model.returncode != 0 and "Can't find spaCy pipeline 'no_such_model'" in bad_model.stderr


def test_exports_from_the_command_match_the_library(built: str, exported: Graph) -> None:
    nt = kg("export", "--store", str(built), "-f", "ntriples", "--full").stdout
    assert isomorphic(Graph().parse(data=nt, format="nt"), exported)


def test_help_lists_every_command() -> None:
    run = kg("--help")
    for command in ("build", "query", "export", "viz", "stats"):
        assert command in run.stdout


def test_eval_prints_json_for_scripts(tmp_path: Path) -> None:
    (tmp_path / "onto.json").write_text(
        json.dumps({"concepts": [{"label": "Person"}], "relations": [{"label": "birthPlace"}]})
    )
    (tmp_path / "gold.jsonl").write_text(
        json.dumps(
            {
                "id": "1",
                "sent": "Ann was born in Leeds.",
                "triples": [{"sub": "Ann", "rel": "birthPlace", "obj": "Leeds"}],
            }
        )
        + "\n"
    )
    (tmp_path / "pred.jsonl").write_text(
        json.dumps({"id": "1", "triples": [["Ann", "birthPlace", "Leeds"], ["Ann", "team", "Hull"]]}) + "\n"
    )
    run = kg("eval", str(tmp_path / "gold.jsonl"), "--ontology", str(tmp_path / "onto.json"),
             "--predictions", str(tmp_path / "pred.jsonl"), "--json")  # fmt: skip
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert set(result) == {"precision", "recall", "f1", "onto_conf", "rel_halluc", "sub_halluc", "obj_halluc",
                           "precision_all", "triples_per_gold", "sentences"}  # fmt: skip
    assert (result["f1"], result["precision_all"], result["triples_per_gold"]) == (1.0, 0.5, 2.0)
