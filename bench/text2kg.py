"""Text2KGBench: learn patterns from each domain's train split, score on its test split.

    python bench/text2kg.py [--dev] [--json]

``--dev`` learns from the first 70% of each train split and scores on the other 30%
(for development: the test files are for measuring only).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from kg.evaluate import read_benchmark_ontology, read_examples, score
from kg.learn import extract_examples, learn
from kg.nlp import load_pipeline
from kg.ontology import read_ontology

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
BENCH = EVAL / "text2kgbench_dbpedia_webnlg"
DOMAINS = ["1_university", "5_athlete", "6_politician", "7_company", "15_sportsteam", "16_city"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", action="store_true")
    parser.add_argument("--domains", nargs="*", default=DOMAINS)
    args = parser.parse_args()
    anchors = json.loads((EVAL / "anchors.json").read_text())["text2kgbench_dbpedia_webnlg"]["models"]
    started = time.perf_counter()
    nlp = load_pipeline()
    rows = {}
    for domain in args.domains:
        folder = BENCH / domain
        train = read_examples(folder / "train.jsonl")
        if args.dev:
            cut = int(len(train) * 0.7)
            train, test = train[:cut], train[cut:]
        else:
            test = read_examples(folder / "test.jsonl")
        ontology = read_ontology([folder / "ontology.json"])
        patterns = learn(train, ontology=ontology, nlp=nlp)
        predicted = extract_examples(test, patterns=patterns, ontology=ontology, nlp=nlp)
        scores = score(test, predicted, ontology=read_benchmark_ontology(folder / "ontology.json"))
        rows[domain] = scores.as_dict() | {"rules": len(patterns.rules), "names": len(patterns.names)}
    elapsed = time.perf_counter() - started
    header = f"{'domain':<15}" + "".join(
        f"{c:>9}" for c in ("P", "R", "F1", "OC", "SH", "OH", "P_all", "T/G")
    )
    print(header + f"{'Vicuna F1':>11}{'rules':>7}")
    for domain, r in rows.items():
        vicuna = anchors["Vicuna-13B"][domain]["f1"]
        values = [r[k] for k in ("precision", "recall", "f1", "onto_conf", "sub_halluc", "obj_halluc",
                                 "precision_all", "triples_per_gold")]  # fmt: skip
        print(f"{domain:<15}" + "".join(f"{v:>9.2f}" for v in values) + f"{vicuna:>11.2f}{r['rules']:>7}")
    macro = {k: sum(r[k] for r in rows.values()) / len(rows) for k in ("precision", "recall", "f1",
             "precision_all", "triples_per_gold")}  # fmt: skip
    print("macro " + " ".join(f"{k}={v:.3f}" for k, v in macro.items()) + f"  ({elapsed:.1f} s)")


if __name__ == "__main__":
    main()
