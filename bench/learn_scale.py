"""How `kg learn`'s time grows with the number of examples: the six DBpedia-WebNLG train files
of Text2KGBench merged (808 sentences, one ontology holding all their classes and relations),
learned from the first 150, 300, 600 and all of them, each time against the first 150.

    python bench/learn_scale.py [--out BENCHMARKS-text2kg_scale.md]

Parsing is included (`learn` parses its examples); the model is loaded once, before timing.
"""

from __future__ import annotations

import argparse
import json
import platform
import tempfile
import time
from datetime import date
from pathlib import Path

from kg.evaluate import read_examples
from kg.learn import learn
from kg.nlp import load_pipeline
from kg.ontology import read_ontology

BENCH = Path(__file__).resolve().parents[2] / "shared" / "eval" / "text2kgbench_dbpedia_webnlg"
DOMAINS = ("1_university", "5_athlete", "6_politician", "7_company", "15_sportsteam", "16_city")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="BENCHMARKS-text2kg_scale.md")
    args = parser.parse_args()
    nlp = load_pipeline()
    concepts: dict[str, dict] = {}
    relations: dict[str, dict] = {}
    examples: list[dict] = []
    for domain in DOMAINS:
        ontology = json.loads((BENCH / domain / "ontology.json").read_text())
        concepts |= {c["qid"]: c for c in ontology["concepts"]}
        relations |= {r["pid"]: r for r in ontology["relations"] if r["pid"] not in relations}
        examples += read_examples(BENCH / domain / "train.jsonl")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ontology.json"
        merged = {"id": "merged", "concepts": list(concepts.values()), "relations": list(relations.values())}
        path.write_text(json.dumps(merged))
        ontology = read_ontology([path])
    rows = []
    baseline = None
    for size in (150, 300, 600, len(examples)):
        started = time.perf_counter()
        patterns = learn(examples[:size], ontology=ontology, nlp=nlp)
        elapsed = time.perf_counter() - started
        baseline = baseline or elapsed
        rows.append((size, len(patterns.rules), elapsed, elapsed / baseline))
        print(f"{size:>5} examples {len(patterns.rules):>5} patterns {elapsed:6.1f} s {rows[-1][3]:5.1f}×")
    lines = [
        "## Learning time by number of examples (`python bench/learn_scale.py`)",
        "",
        f"Run on {date.today().isoformat()}, {platform.machine()}, one process: the six train files merged "
        f"({len(examples)} sentences, one ontology with all their relations), learned from the first N, "
        "parsing included; the ratio is against the first row, in the same run.",
        "",
        "| examples | patterns | seconds | ratio |",
        "| ---: | ---: | ---: | ---: |",
        *(f"| {size} | {count} | {seconds:.1f} | {ratio:.1f}× |" for size, count, seconds, ratio in rows),
        "",
    ]
    Path(args.out).write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
