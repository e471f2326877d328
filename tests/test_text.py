from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from kg.errors import KGError
from kg.text import Skipped, clean_text, html_to_text, read_document, read_documents


def test_html_to_text_drops_scripts_styles_and_keeps_blocks_apart() -> None:
    html = (
        "<html><head><title>T</title><style>p{}</style></head><body>"
        "<h1>Head line</h1><p>One &amp; two.</p><script>var x = '<p>no</p>';</script><p>Three</p>"
        "</body></html>"
    )
    assert html_to_text(html) == "Head line\nOne & two.\nThree"


def test_clean_text_normalises_line_ends_and_no_break_spaces() -> None:
    assert clean_text("\ufeffa\r\nb\rc\u00a0d \n") == "a\nb\nc d \n"


def test_directory_is_walked_for_text_markdown_and_html(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Alpha text.")
    (tmp_path / "sub" / "b.md").write_text("Beta text.")
    (tmp_path / "sub" / "c.html").write_text("<p>Gamma <b>text</b>.</p>")
    (tmp_path / "d.csv").write_text("not,read")
    documents = list(read_documents([tmp_path]))
    assert [d.text.strip() for d in documents] == ["Alpha text.", "Beta text.", "Gamma text."]


def test_same_source_gets_same_iri_and_different_sources_differ(tmp_path: Path) -> None:
    first, second = tmp_path / "one.txt", tmp_path / "two.txt"
    first.write_text("Same words.")
    second.write_text("Same words.")
    assert read_document(first).iri == read_document(str(first)).iri
    assert read_document(first).iri != read_document(second).iri
    assert read_document(first).sha256 == read_document(second).sha256


def test_stdin_document_is_named_by_its_content(monkeypatch: pytest.MonkeyPatch) -> None:
    class Stdin:
        buffer = io.BytesIO(b"Words from a pipe.")

    monkeypatch.setattr(sys, "stdin", Stdin)
    document = read_document("-")
    assert document.iri.startswith("urn:kg:stdin:") and document.source == "-"
    assert document.text == "Words from a pipe."


def test_missing_paths_are_named_before_anything_is_read(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Fine.")
    with pytest.raises(KGError, match=r"nope\.txt"):
        list(read_documents([good, tmp_path / "nope.txt"]))


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "no text"),
        (b"  \n\t", "no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        (b"caf\x81\x8d", "nor Windows-1252"),
    ],
)
def test_unreadable_files_are_skipped_with_the_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Fine.")
    skipped: list[Skipped] = []
    documents = list(read_documents([bad, good], skipped=skipped))
    assert [d.source for d in documents] == [str(good)]
    assert len(skipped) == 1 and skipped[0].source == str(bad) and reason in skipped[0].reason
    with pytest.raises(KGError, match=reason):
        read_document(bad)


@pytest.mark.parametrize(
    ("page", "kept"),
    [
        ("GETTYThey are famous.", "They are famous."),
        ("Reuters/Jane DoeThe mayor spoke.", "The mayor spoke."),
        ("EPAIn the morning it rained.", "In the morning it rained."),
        ("Follow BBC Leeds on Facebook, X and Instagram.", ""),
        ("Listen to the best of BBC Radio Leeds on Sounds.", ""),
        ("You can send your story ideas to the newsroom.", ""),
        ("Follow-up talks are planned.", "Follow-up talks are planned."),
        ("Share prices fell in London.", "Share prices fell in London."),
        ("The McDonald's branch in York opened.", "The McDonald's branch in York opened."),
        ("YouTube said it would act.", "YouTube said it would act."),
    ],
)
def test_scraped_noise_is_blanked_and_offsets_stay(page: str, kept: str) -> None:
    cleaned = clean_text(page)
    assert cleaned.strip() == kept
    assert len(cleaned) == len(page) and page.endswith(cleaned.strip())


def test_windows_1252_text_is_decoded_and_the_document_says_so(tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_bytes("The café’s owner spoke.".encode("cp1252"))
    document = read_document(tmp_path / "old.txt")
    assert document.text == "The café’s owner spoke."
    assert "not UTF-8" in document.note and "Windows-1252" in document.note


def test_files_over_the_size_limit_are_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as out:
        out.truncate(50_000_000)  # a sparse 50 MB file: nothing is read to refuse it
    with pytest.raises(KGError, match=r"big\.txt: 50\.0 MB is over the 20\.0 MB limit"):
        read_document(big)


def test_text_that_is_not_english_is_refused(tmp_path: Path) -> None:
    (tmp_path / "de.txt").write_text(
        "Der Bürgermeister sagte, dass die Stadt wachsen werde und alles gut sei. " * 4
    )
    with pytest.raises(KGError, match="does not look like English"):
        read_document(tmp_path / "de.txt")
    assert read_document(tmp_path / "de.txt", check_english=False).text.startswith("Der")
