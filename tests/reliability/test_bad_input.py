"""Bad input through the kg command: one line naming the file, the right exit, no partial data."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

KG = str(Path(sys.executable).parent / "kg")
GOOD = "Microsoft chief executive Satya Nadella spoke in Seattle on Monday about the new office.\n"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([KG, *args], capture_output=True, text=True, timeout=300)


def documents(store: Path) -> list[str]:
    out = run(
        "query",
        "SELECT ?s WHERE { ?d a kg:Document ; kg:source ?s } ORDER BY ?s",
        "--store",
        str(store),
        "-f",
        "csv",
    )
    return [Path(line).name for line in out.stdout.splitlines()[1:]]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    folder = tmp_path_factory.mktemp("mixed")
    (folder / "good.txt").write_text(GOOD)
    (folder / "page.html").write_text(
        "<html><head><style>p { color: red }</style><script>alert('x')</script></head>"
        f"<body><p>{GOOD}</p></body></html>"
    )
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (folder / "latin.txt").write_bytes(GOOD.replace("Monday", "Monday café").encode("cp1252"))
    (folder / "french.txt").write_text(
        "Le maire de la ville a dit que tout irait bien pour les habitants. " * 5
    )
    with (folder / "huge.txt").open("wb") as out:
        out.truncate(50_000_000)
    store = folder / "store"
    return store, run("build", str(folder), "--store", str(store))


def test_good_files_are_stored_and_bad_ones_listed_at_the_end(
    mixed: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    store, result = mixed
    assert result.returncode == 3  # partial: some sources skipped
    assert documents(store) == ["good.txt", "latin.txt", "page.html"]
    tail = result.stderr.split("Skipped 4 source(s):")[1].splitlines()
    reasons = {Path(line.split(":")[0].strip()).name: line for line in tail if line.strip()}
    assert set(reasons) == {"empty.txt", "binary.txt", "french.txt", "huge.txt"}
    assert "no text" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "does not look like English" in reasons["french.txt"]
    assert "50.0 MB is over the 20.0 MB limit" in reasons["huge.txt"]
    assert "latin.txt: not UTF-8" in result.stderr and "decoded as Windows-1252" in result.stderr


def test_html_scripts_and_styles_never_reach_the_graph(
    mixed: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    store, _ = mixed
    ask = 'ASK { ?ev kg:sentence ?s FILTER(CONTAINS(?s, "alert") || CONTAINS(?s, "color")) }'
    assert run("query", ask, "--store", str(store)).stdout.strip() == "false"


def test_a_missing_path_stops_before_anything_is_written(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD)
    result = run(
        "build", str(tmp_path / "good.txt"), str(tmp_path / "nope.txt"), "--store", str(tmp_path / "store")
    )
    assert result.returncode == 1
    assert result.stderr.strip() == f"kg: error: No such file or directory: '{tmp_path / 'nope.txt'}'"
    assert not (tmp_path / "store").exists() or documents(tmp_path / "store") == []


def test_a_bad_ontology_names_its_line_and_stores_nothing(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "bad.ttl").write_text("@prefix ex: <https://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e .\n")
    result = run(
        "build",
        str(tmp_path / "good.txt"),
        "--store",
        str(tmp_path / "store"),
        "--ontology",
        str(tmp_path / "bad.ttl"),
    )
    assert result.returncode == 1
    assert "bad.ttl" in result.stderr and "line 3" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "store").exists() or documents(tmp_path / "store") == []


def test_a_bad_query_gives_the_parser_message_and_position(tmp_path: Path) -> None:
    result = run("query", "SELECT ?x WHERE { ?x ?p }", "--store", str(tmp_path / "store"))
    assert result.returncode == 1
    assert result.stderr.startswith("kg: error: Bad SPARQL query")
    assert re.search(r"error at 1:\d+: expected", result.stderr)  # line:column of the fault
