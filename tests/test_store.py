from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import RDFS, XSD, Literal, URIRef

from kg.errors import KGError
from kg.store import GraphStore, Store, Write, open_store
from tests.graphs import DOC_A, DOC_B, EX, small_store


def test_each_document_is_its_own_named_graph() -> None:
    store = small_store()
    assert store.graphs() == sorted([DOC_A, DOC_B])
    assert len(list(store.quads())) == 12
    assert len(store) == 10  # the merge: Ann's class and name, stated twice, count once


def test_replacing_a_graph_drops_what_it_held_before() -> None:
    store = small_store()
    store.replace_graph(DOC_A, [(EX.Ann, RDFS.label, Literal("Ann"))])
    assert len(list(store.quads())) == 6
    assert len(store) == 5
    assert set(store.graphs()) == {DOC_A, DOC_B}


def test_a_failed_write_leaves_the_graph_as_it_was() -> None:
    store = small_store()
    before = sorted(str(q) for q in store.ox)
    with pytest.raises(ValueError):
        store.replace_graph(
            DOC_A, [(EX.Ann, RDFS.label, Literal("new")), (EX.Ann, RDFS.label, EX["bad iri"])]
        )
    assert sorted(str(q) for q in store.ox) == before


def test_union_merges_documents_without_duplicates() -> None:
    triples = list(small_store().union())
    assert len(triples) == len(set(map(str, triples))) == 10


def test_store_on_disk_survives_the_process(tmp_path: Path) -> None:
    location = tmp_path / "store"
    code = "import sys; from tests.graphs import small_store; from kg.store import Store; "
    code += "s = small_store(Store(sys.argv[1])); s.close()"
    subprocess.run([sys.executable, "-c", code, str(location)], check=True, cwd=Path(__file__).parent.parent)
    with open_store(location) as store:
        assert store.graphs() == sorted([DOC_A, DOC_B]) and len(store) == 10


def test_a_store_held_too_long_gives_a_clear_error(tmp_path: Path) -> None:
    with Store(tmp_path / "store"):
        code = "import sys; from kg.store import Store; Store(sys.argv[1], wait=0.5)"
        run = subprocess.run(
            [sys.executable, "-c", code, str(tmp_path / "store")], capture_output=True, text=True
        )
    assert run.returncode != 0
    assert "in use by another kg process (waited 0.5 s)" in run.stderr


def test_opening_waits_for_the_holder_to_let_go(tmp_path: Path) -> None:
    holder = Store(tmp_path / "store")
    holder.replace_graph(DOC_A, [(EX.Ann, RDFS.label, Literal("Ann"))])
    code = "import sys; from kg.store import Store; print(len(Store(sys.argv[1], wait=20)))"
    waiting = subprocess.Popen(
        [sys.executable, "-c", code, str(tmp_path / "store")], stdout=subprocess.PIPE, text=True
    )
    time.sleep(1.0)
    assert waiting.poll() is None  # still waiting while the store is held
    holder.release()
    out, _ = waiting.communicate(timeout=30)
    assert waiting.returncode == 0 and out.strip() == "1"
    assert len(holder) == 1  # the holder opens it again on its next use


def test_a_file_is_not_a_store(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(KGError, match="is a file"):
        Store(tmp_path / "file")


def test_store_location_comes_from_kg_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KG_STORE", str(tmp_path / "env-store"))
    with open_store() as store:
        assert store.location == str(tmp_path / "env-store")
    assert (tmp_path / "env-store").is_dir()


def test_the_default_graph_is_the_merge_of_the_documents() -> None:
    store = small_store()
    merged = {str(t) for t in store.union()}
    named = {str(pyoxigraph.Triple(q.subject, q.predicate, q.object)) for q in store.quads()}
    assert merged == named
    store.remove_graphs([DOC_A])
    assert (EX.Ann, RDFS.label, Literal("Ann")) in store.dataset()  # B still says it
    assert not list(store.ox.quads_for_pattern(pyoxigraph.NamedNode(str(EX.Acme)), None, None, None))
    store.remove_graphs([DOC_B])
    assert len(store) == 0 and store.graphs() == []


def _batch(n: int) -> list[tuple[str, list]]:
    """n documents of 50 triples, sharing entities (so the merge has overlaps), with literals
    that need escaping, language tags and datatypes."""
    values = [
        Literal('say "hi"\\n\nnext\r\tend'), Literal("Zürich 東京 🙂", lang="de-CH"),
        Literal("3", datatype=XSD.integer), Literal("plain"), Literal("x", datatype=XSD.string),
    ]  # fmt: skip
    return [
        (
            f"file:///corpus/{d}.txt",
            [(EX[f"e{(d + i) % 30}"], RDFS.label, values[(d + i) % 5]) for i in range(50)],
        )
        for d in range(n)
    ]


@pytest.mark.parametrize("bulk_quads", [1, 10**9], ids=["bulk loader", "transaction"])
def test_documents_written_together_store_what_one_update_each_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bulk_quads: int
) -> None:
    monkeypatch.setattr("kg.store.BULK_QUADS", bulk_quads)
    graphs = _batch(6)
    # A replacement of a stored graph, and the same graph twice in one batch (the later wins).
    graphs += [(graphs[0][0], graphs[1][1]), (graphs[2][0], graphs[3][1][:10])]
    reference, together = Store(str(tmp_path / "a")), Store(str(tmp_path / "b"))
    counts = [GraphStore.replace_graph(reference, g, t) for g, t in graphs]  # SPARQL updates
    assert together.replace_graphs(graphs[:3]) + together.replace_graphs(graphs[3:]) == counts
    assert sorted(map(str, together.ox)) == sorted(map(str, reference.ox))
    assert len(together) == len(reference) > 0


@pytest.mark.parametrize("bad", [EX["a b"], URIRef("http://x/a> <http://x/p> <http://x/o")])
def test_a_bad_iri_fails_the_whole_bulk_write(monkeypatch: pytest.MonkeyPatch, bad: URIRef) -> None:
    monkeypatch.setattr("kg.store.BULK_QUADS", 1)
    store, graphs = Store(), _batch(3)
    graphs[2][1].append((EX.Ann, RDFS.seeAlso, bad))
    with pytest.raises(ValueError):
        store.replace_graphs(graphs)
    assert store.graphs() == [] and len(store) == 0


def test_a_bad_document_in_a_batch_stores_the_ones_before_it_and_nothing_of_itself() -> None:
    from kg.ingest import BuildReport
    from kg.text import Document
    from kg.writer import store_documents

    store, report = Store(), BuildReport()
    graphs = _batch(3)
    graphs[1][1].append((EX.Ann, RDFS.label, EX["bad iri"]))
    documents = [(Document(source=g, iri=g, text=""), t) for g, t in graphs]
    with pytest.raises(ValueError):
        store_documents(store, documents, report=report)
    assert store.graphs() == [graphs[0][0]] and report.documents == [graphs[0][0]]


class _Watched(Store):
    """A store whose writes note how many ran at once, and whether each only added graphs."""

    def __init__(self, location: str) -> None:
        super().__init__(location)
        self.running: list[bool] = []
        self.seen: list[tuple[bool, list[bool]]] = []  # (this write adds only, what ran beside it)
        self.lock = threading.Lock()

    def prepare(self, graphs):  # type: ignore[no-untyped-def]
        write = super().prepare(graphs)

        def run() -> list[int]:
            with self.lock:
                self.seen.append((write.adds_only, list(self.running)))
                self.running.append(write.adds_only)
            time.sleep(0.02)  # long enough for the next batch to be written beside it
            try:
                return write.run()
            finally:
                with self.lock:
                    self.running.remove(write.adds_only)

        return Write(run, adds_only=write.adds_only)


def test_batches_of_new_documents_are_written_side_by_side_and_replacements_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.ingest import BuildReport
    from kg.text import Document
    from kg.writer import store_documents

    monkeypatch.setattr("kg.store.BULK_QUADS", 1)
    monkeypatch.setattr("kg.writer.BATCH_TRIPLES", 100)  # two documents a batch, all written behind
    graphs = _batch(12)
    later = [(graphs[d][0], graphs[d + 1][1]) for d in range(0, 12, 3)]  # replace four of them
    reference, store = Store(str(tmp_path / "a")), _Watched(str(tmp_path / "b"))
    for graph, triples in graphs + later:
        GraphStore.replace_graph(reference, graph, triples)  # one SPARQL update each
    report = BuildReport()
    documents = [(Document(source=g, iri=g, text=""), t) for g, t in graphs + later]
    store_documents(store, documents, report=report)
    assert sorted(map(str, store.ox)) == sorted(map(str, reference.ox))
    assert report.documents == [g for g, _ in graphs + later]
    assert any(beside for _, beside in store.seen), "no two batches were written at once"
    assert all(adds and all(beside) for adds, beside in store.seen if beside)  # only additions overlap
    assert any(not adds for adds, _ in store.seen)  # the replacements took the other path
