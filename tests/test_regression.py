"""Precision and recall of extraction on short news sentences written for kg (tests/regression).

Each line gives the triples a sentence must yield (``[s, p, o]`` by entity name and
property local name, ``[name, "a", Class]`` for a class, ``verb:lemma`` for an unmapped
verb) and triples it must not. Ontology relations are judged against ``must`` as the whole
truth; classes are judged only for the entities the line names; unmapped verbs only where
the line names them. The suite fails if precision or recall drop below what kg reached.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from rdflib import RDF, RDFS

from kg.ontology import KG, Ontology
from kg.rdf import document_triples
from kg.relations.dependency import UNMAPPED
from kg.text import Document
from tests.conftest import Extract

CASES = [json.loads(line) for line in (Path(__file__).parent / "regression" / "news.jsonl").open()]
SYMMETRIC = {"near", "partnerOf"}
PRECISION_FLOOR = 0.99
RECALL_FLOOR = 0.99


def key(s: str, p: str, o: str) -> tuple[str, str, str]:
    return (min(s, o), p, max(s, o)) if p in SYMMETRIC else (s, p, o)


def predicted(extract: Extract, ontology: Ontology, text: str) -> set[tuple[str, str, str]]:
    _, entities, relations = extract(text)
    document = Document(source="case", iri="urn:kg:test", text=text)
    triples = list(document_triples(document, entities=entities, relations=relations, ontology=ontology))
    labels = {s: str(o) for s, p, o in triples if p == RDFS.label}
    found = set()
    for s, p, o in triples:
        if s not in labels:
            continue
        if p == RDF.type and str(o).startswith(str(KG)):
            found.add((labels[s], "a", str(o).removeprefix(str(KG))))
        elif o in labels and str(p).startswith(str(KG)):
            found.add(key(labels[s], str(p).removeprefix(str(KG)), labels[o]))
        elif o in labels and str(p).startswith(str(UNMAPPED)):
            found.add((labels[s], "verb:" + str(p).removeprefix(str(UNMAPPED)), labels[o]))
    return found


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def judge(case: dict, found: set[tuple[str, str, str]], score: Score) -> None:
    must = {key(*t) for t in case["must"]}
    must_not = {key(*t) for t in case.get("must_not", [])}
    judged_names = {t[0] for t in must | must_not if t[1] == "a"}
    judged_verbs = {t for t in must | must_not if t[1].startswith("verb:")}
    for triple in found:
        if triple[1] == "a" and triple[0] not in judged_names:
            continue
        if triple[1].startswith("verb:") and triple not in judged_verbs:
            continue
        if triple in must:
            score.tp += 1
        else:
            score.fp += 1
            score.misses.append(f"extra {triple} in {case['text']!r}")
    for triple in must - found:
        score.fn += 1
        score.misses.append(f"missed {triple} in {case['text']!r}")


@pytest.fixture(scope="module")
def regression(extract: Extract, ontology: Ontology) -> Score:
    score = Score()
    for case in CASES:
        judge(case, predicted(extract, ontology, case["text"]), score)
    return score


def test_regression_precision_and_recall_stay_above_the_floor(
    regression: Score, record_property: pytest.RecordProperty
) -> None:
    record_property("precision", round(regression.precision, 3))
    record_property("recall", round(regression.recall, 3))
    report = f"precision {regression.precision:.3f}, recall {regression.recall:.3f}\n" + "\n".join(
        regression.misses
    )
    print(f"\nregression set ({len(CASES)} sentences): {report}")
    assert regression.precision >= PRECISION_FLOOR, report
    assert regression.recall >= RECALL_FLOOR, report


@pytest.mark.parametrize("case", [c for c in CASES if c.get("must_not")], ids=lambda c: c["text"][:40])
def test_sentences_never_yield_what_they_must_not(extract: Extract, ontology: Ontology, case: dict) -> None:
    found = predicted(extract, ontology, case["text"])
    assert not found & {key(*t) for t in case["must_not"]}
