"""Score extracted triples against gold data with the Text2KGBench metrics.

The metrics, as the benchmark defines them (see ``../shared/eval/README.md``):

* a triple's key is subject + relation + object, each with whitespace and ``_`` removed
  and lower-cased; matching is exact equality of keys;
* before precision and recall, predicted triples whose relation is not among the
  sentence's gold relations are dropped; precision, recall and F1 are computed per
  sentence and averaged over all gold sentences (a sentence with no prediction adds 0);
* ontology conformance is the share of all predicted triples whose relation the ontology
  has; subject/object hallucination is the share whose subject/object, Porter-stemmed and
  normalised, is not in the equally normalised sentence plus the ontology's class labels.

Two more numbers keep a score honest, since the filter above makes extra guesses free:
``precision_all`` (precision over every predicted triple, no filter) and
``triples_per_gold`` (predicted triples per gold triple).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import KGError
from kg.jsonl import read_jsonl

Triple = tuple[str, str, str]


@dataclass(frozen=True)
class BenchmarkOntology:
    """What the metrics need of an ontology: its relation and class labels."""

    relations: frozenset[str]
    concepts: tuple[str, ...]


@dataclass(frozen=True)
class Scores:
    """Text2KGBench's averages, plus two honesty checks."""

    precision: float
    recall: float
    f1: float
    onto_conf: float
    rel_halluc: float
    sub_halluc: float
    obj_halluc: float
    precision_all: float
    triples_per_gold: float
    sentences: int

    def as_dict(self) -> dict[str, float | int]:
        return asdict(self)


def read_benchmark_ontology(path: str | Path) -> BenchmarkOntology:
    """Read a Text2KGBench ontology (JSON with ``concepts`` and ``relations``, each with a ``label``).

    Raises:
        KGError: the file is missing or not in that form.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        relations = frozenset(r["label"].replace(" ", "_") for r in data["relations"])
        concepts = tuple(c["label"] for c in data["concepts"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise KGError(f"Can't read benchmark ontology '{path}': {error}") from None
    return BenchmarkOntology(relations, concepts)


def benchmark_ontology(path: str | Path) -> BenchmarkOntology:
    """What the metrics need of an ontology file: Text2KGBench JSON, or any OWL/RDFS file
    (its properties' local names and its classes' labels, kg's own terms left out).

    Raises:
        KGError: the file can't be read.
    """
    if Path(path).suffix.lower() == ".json":
        return read_benchmark_ontology(path)
    from kg.ontology import KG, local_name, read_ontology

    ontology = read_ontology([path])
    relations = frozenset(local_name(iri) for iri in ontology.properties if not iri.startswith(KG))
    concepts = tuple(sorted(c.label for c in ontology.classes.values() if not c.iri.startswith(KG)))
    return BenchmarkOntology(relations, concepts)


def read_examples(path: str | Path) -> list[dict]:
    """Read JSONL examples: ``{"id"?, "sent"|"sentence", "triples": [[s, r, o] | {"sub","rel","obj"}]}``.

    Raises:
        KGError: a line is not JSON or lacks its triples; the message names the line.
    """

    def parse(data: dict, number: int) -> dict:
        return {
            "id": data.get("id", str(number)),
            "sentence": data.get("sentence", data.get("sent", "")),
            "triples": [_triple(t) for t in data["triples"]],
        }

    return read_jsonl(path, parse, what="example")


def score(
    gold: Sequence[Mapping], predictions: Mapping[str, Iterable[Triple]], *, ontology: BenchmarkOntology
) -> Scores:
    """Score predicted triples (by sentence id) against gold examples."""
    totals = dict.fromkeys(("p", "r", "f1", "oc", "sh", "oh", "p_all"), 0.0)
    predicted_count = gold_count = 0
    for example in gold:
        gold_triples = [_triple(t) for t in example["triples"]]
        gold_count += len(gold_triples)
        if example["id"] not in predictions:
            continue
        predicted = [_triple(t) for t in predictions[example["id"]]]
        predicted_count += len(predicted)
        gold_keys = {_key(t) for t in gold_triples}
        relations = {t[1].replace(" ", "_") for t in gold_triples}
        kept = {_key(t) for t in predicted if t[1] in relations}
        p, r, f1 = _prf(gold_keys, kept)
        totals["p"] += p
        totals["r"] += r
        totals["f1"] += f1
        totals["p_all"] += _prf(gold_keys, {_key(t) for t in predicted})[0]
        if predicted:
            totals["oc"] += sum(t[1] in ontology.relations for t in predicted) / len(predicted)
            sh, oh = _hallucination(example["sentence"], ontology.concepts, predicted)
            totals["sh"] += sh
            totals["oh"] += oh
        else:
            totals["oc"] += 1.0
    n = len(gold) or 1
    return Scores(
        precision=totals["p"] / n, recall=totals["r"] / n, f1=totals["f1"] / n,
        onto_conf=totals["oc"] / n, rel_halluc=1 - totals["oc"] / n,
        sub_halluc=totals["sh"] / n, obj_halluc=totals["oh"] / n,
        precision_all=totals["p_all"] / n, triples_per_gold=predicted_count / (gold_count or 1),
        sentences=len(gold),
    )  # fmt: skip


def exact_match(gold: Sequence[Mapping], predictions: Mapping[str, Iterable[Triple]]) -> dict[str, float]:
    """kg's strict exact-match triple score for WebNLG-style data.

    Each element of a triple is normalised as the WebNLG 2020 scorer does before matching
    (camelCase split, ``_`` to a space, quotes dropped, whitespace collapsed, lower-cased, a
    trailing ``(…)`` removed from the object); a predicted triple is right only if subject,
    predicate and object all equal those of a gold triple of the same text. Precision and
    recall are micro-averaged over all triples (sets per text), with no partial credit and no
    relation filter.
    """
    right = predicted_count = gold_count = 0
    for example in gold:
        wanted = {_webnlg_form(_triple(t)) for t in example["triples"]}
        found = {_webnlg_form(_triple(t)) for t in predictions.get(example["id"], [])}
        right += len(wanted & found)
        predicted_count += len(found)
        gold_count += len(wanted)
    p = right / predicted_count if predicted_count else 0.0
    r = right / gold_count if gold_count else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "texts": len(gold)}


def _webnlg_form(triple: Triple) -> Triple:
    def norm(text: str) -> str:
        text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", text).replace("_", " ").replace('"', "")
        return " ".join(text.split()).lower()

    s, p, o = triple
    return norm(s), norm(p), norm(re.sub(r"\s*\([^()]*\)\s*$", "", o))


def _triple(item: object) -> Triple:
    if isinstance(item, Mapping):
        return (str(item["sub"]), str(item["rel"]), str(item["obj"]))
    if isinstance(item, Sequence) and not isinstance(item, str) and len(item) == 3:
        return (str(item[0]), str(item[1]), str(item[2]))
    raise TypeError(f"a triple is [subject, relation, object] or {{sub, rel, obj}}, not {item!r}")


def _key(triple: Sequence[str]) -> str:
    return "".join(re.sub(r"(_|\s+)", "", part).lower() for part in triple)


def _prf(gold: set[str], predicted: set[str]) -> tuple[float, float, float]:
    if not predicted:
        return 0.0, 0.0, 0.0
    hits = len(gold & predicted)
    p, r = hits / len(predicted), hits / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _hallucination(sentence: str, concepts: Sequence[str], triples: Sequence[Triple]) -> tuple[float, float]:
    context = _stemmed(sentence + " ".join(concepts))
    subjects = sum(context.find(_stemmed(t[0]).replace("01januari", "")) == -1 for t in triples)
    objects = sum(context.find(_stemmed(t[2]).replace("01januari", "")) == -1 for t in triples)
    return subjects / len(triples), objects / len(triples)


@lru_cache(maxsize=65536)
def _stemmed(text: str) -> str:
    """Porter-stemmed words, joined, without spaces or ``_``, lower-cased (the benchmark's form)."""
    from nltk.tokenize import word_tokenize

    stem = _porter()
    words = word_tokenize(text, preserve_line=True)  # no sentence model: nothing to download
    return re.sub(r"(_|\s+)", "", "".join(stem(word) for word in words)).lower()


@lru_cache(maxsize=1)
def _porter() -> Callable[[str], str]:
    from nltk.stem import PorterStemmer

    return PorterStemmer().stem
