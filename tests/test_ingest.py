from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from kg.export import export
from kg.ingest import build
from kg.store import Store
from kg.text import read_documents

TEXTS = {
    "a.txt": "West Midlands mayor Richard Parker met Dame Nancy Rothwell in Birmingham. He said she agreed.",
    "b.txt": "The telescope at Jodrell Bank, near Macclesfield, opened. Leeds and York are teaming up.",
    "c.html": "<p>Microsoft chief executive Satya Nadella spoke in Seattle.</p><script>x()</script>",
}


@pytest.fixture
def corpus(tmp_path: Path) -> list[Path]:
    paths = []
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text)
        paths.append(tmp_path / name)
    return paths


def sorted_nquads(store: Store) -> list[str]:
    lines = export(store, format="nquads").decode().splitlines()
    return sorted(line for line in lines if "ontology#ingestedAt" not in line)


def test_same_inputs_give_identical_sorted_nquads_whatever_the_order(
    nlp: Language, corpus: list[Path]
) -> None:
    runs = []
    for order in (corpus, corpus[::-1], corpus):
        store = Store()
        build(order, store=store, model=nlp)
        runs.append(sorted_nquads(store))
    assert runs[0] == runs[1] == runs[2]
    assert not any("_:" in line for line in runs[0])  # no blank nodes to relabel between runs


def test_build_reports_documents_and_skips_unreadable_ones(
    nlp: Language, corpus: list[Path], tmp_path: Path
) -> None:
    (tmp_path / "empty.txt").write_text("")
    report = build([tmp_path], store=Store(), model=nlp)
    assert sorted(Path(d).name for d in report.documents) == ["a.txt", "b.txt", "c.html"]
    assert [Path(s.source).name for s in report.skipped] == ["empty.txt"]
    assert report.triples > 0


def _linked_both_ways(nlp: Language, folder: Path, first: str, second: str) -> list[Store]:
    """Two documents built in both orders, each store checked to have linked one name and
    to hold the same graph whichever came first."""
    (folder / "1.txt").write_text(first)
    (folder / "2.txt").write_text(second)
    stores = []
    for order in (["1.txt", "2.txt"], ["2.txt", "1.txt"]):
        store = Store()
        assert build([folder / name for name in order], store=store, model=nlp).linked == 1
        stores.append(store)
    assert sorted_nquads(stores[0]) == sorted_nquads(stores[1])
    return stores


def people(store: Store) -> list[str]:
    """The IRIs of the persons in the store."""
    rows = store.ox.query("SELECT DISTINCT ?p WHERE { ?p a <https://w3id.org/kg/ontology#Person> }")
    return [row["p"].value for row in rows]


def test_a_surname_in_one_document_is_the_full_name_from_another(nlp: Language, tmp_path: Path) -> None:
    for store in _linked_both_ways(
        nlp, tmp_path, "Microsoft chief executive Satya Nadella spoke in Seattle.",
        "Nadella told CNBC that demand was strong.",
    ):  # fmt: skip
        assert people(store) == ["https://w3id.org/kg/id/Satya_Nadella"]
        said = store.ox.query(
            "ASK { <https://w3id.org/kg/id/Satya_Nadella> <https://w3id.org/kg/ontology#spokeTo> ?o }"
        )
        assert bool(said)


def test_a_text_longer_than_a_chunk_is_parsed_in_pieces_with_the_same_offsets(
    nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.ingest

    line = "Microsoft chief executive Satya Nadella spoke in Seattle, and Dr Ada Obi said it was so.\n"
    (tmp_path / "long.txt").write_text(line * 40)
    monkeypatch.setattr(kg.ingest, "CHUNK_CHARS", len(line) * 3 + 5)
    whole, _ = next(kg.ingest.parse(read_documents([tmp_path / "long.txt"]), nlp=nlp))
    assert whole._.kg_triggers == [i for i, token in enumerate(whole) if token._.kg_trigger]
    assert [t.ent_kb_id_ for t in whole] == [t._.kg_trigger for t in whole]  # what the Matcher reads
    titles = {i: t._.kg_class_trigger for i, t in enumerate(whole) if t._.kg_class_trigger}
    assert len(titles) == 40 and whole._.kg_class_triggers == titles
    store = Store()
    build([tmp_path / "long.txt"], store=store, model=nlp)
    rows = store.ox.query(
        "SELECT ?start ?end WHERE { ?e <https://w3id.org/kg/ontology#start> ?start ; "
        "<https://w3id.org/kg/ontology#end> ?end ; <https://w3id.org/kg/ontology#rule> 'title-compound' }"
    )
    spans = sorted((int(r["start"].value), int(r["end"].value)) for r in rows)
    assert len(spans) == 40
    text = (tmp_path / "long.txt").read_text()
    assert all(text[a:b] == "Microsoft chief executive Satya Nadella" for a, b in spans)


def test_two_workers_build_the_same_graph_as_one(nlp: Language, corpus: list[Path]) -> None:
    graphs = []
    for workers in (1, 2):
        store = Store()
        build(corpus, store=store, model=nlp, workers=workers)
        graphs.append(sorted_nquads(store))
    assert graphs[0] == graphs[1]


def test_an_acronym_in_one_document_is_the_body_another_spells_out(nlp: Language, tmp_path: Path) -> None:
    for store in _linked_both_ways(
        nlp, tmp_path, "The National Health Service (NHS) opened a clinic in Leeds.",
        "The NHS said waiting lists in York had fallen.",
    ):  # fmt: skip
        rows = store.ox.query("SELECT ?e WHERE { ?e <http://www.w3.org/2004/02/skos/core#altLabel> 'NHS' }")
        assert [row["e"].value for row in rows] == ["https://w3id.org/kg/id/National_Health_Service"]
        assert not bool(store.ox.query("ASK { <https://w3id.org/kg/id/NHS> ?p ?o }"))


def test_a_name_spelt_plainly_in_one_document_is_the_fuller_spelling_from_another(
    nlp: Language, tmp_path: Path
) -> None:
    for store in _linked_both_ways(
        nlp, tmp_path, "Microsoft chief executive José Núñez spoke in Seattle.",
        "Jose Nunez told CNBC that demand was strong.",
    ):  # fmt: skip
        assert people(store) == ["https://w3id.org/kg/id/José_Núñez"]
        rows = store.ox.query(
            "SELECT ?e WHERE { ?e <http://www.w3.org/2004/02/skos/core#altLabel> 'Jose Nunez' }"
        )
        assert [row["e"].value for row in rows] == ["https://w3id.org/kg/id/José_Núñez"]
