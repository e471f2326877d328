from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import KGError
from kg.jsonl import read_jsonl


def test_each_line_is_parsed_and_blank_lines_skipped(tmp_path: Path) -> None:
    (tmp_path / "f.jsonl").write_text('{"a": 1}\n\n{"a": 2}\n')
    assert read_jsonl(tmp_path / "f.jsonl", lambda data, n: (data["a"], n), what="row") == [(1, 1), (2, 3)]


@pytest.mark.parametrize("line", ['{"a": ', '{"b": 1}', "[1, 2]"])
def test_a_bad_line_is_named_by_file_and_number(tmp_path: Path, line: str) -> None:
    (tmp_path / "f.jsonl").write_text('{"a": 1}\n' + line + "\n")
    with pytest.raises(KGError, match=r"f\.jsonl:2: bad row: "):
        read_jsonl(tmp_path / "f.jsonl", lambda data, n: data["a"], what="row")


def test_a_missing_or_binary_file_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KGError, match=r"Can't read example file '.*nope\.jsonl': No such file"):
        read_jsonl(tmp_path / "nope.jsonl", lambda data, n: data, what="example")
    (tmp_path / "bin.jsonl").write_bytes(b"\xff\xfe\x00")
    with pytest.raises(KGError, match=r"Can't read example file '.*bin\.jsonl'"):
        read_jsonl(tmp_path / "bin.jsonl", lambda data, n: data, what="example")
