"""Sources → clean text: files, directories, stdin and HTML, each as one `Document`.

A document's IRI names the graph that holds what kg extracted from it, so it must be
stable for the same source: a file is named by its absolute ``file:`` URI, standard
input by the hash of its text.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import KGError

SUFFIXES = (".txt", ".md", ".html", ".htm")
"""File suffixes that `read_documents` picks up when it walks a directory."""


@dataclass(frozen=True)
class Document:
    """One source text, ready for the spaCy pipeline."""

    source: str
    """The path as the user gave it, or ``-`` for standard input."""
    iri: str
    """The IRI of the document and of the named graph holding its facts."""
    text: str
    sha256: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "sha256", hashlib.sha256(self.text.encode()).hexdigest())


@dataclass
class Skipped:
    """A source that could not be read, and why."""

    source: str
    reason: str


def read_documents(
    paths: Iterable[str | Path], *, skipped: list[Skipped] | None = None
) -> Iterator[Document]:
    """Yield a `Document` for each file, each matching file under a directory, or stdin.

    Args:
        paths: files, directories (walked recursively for `SUFFIXES`) or ``-`` for stdin.
        skipped: if given, unreadable or empty sources are appended here and reading goes
            on; otherwise they raise.

    Raises:
        KGError: a path does not exist (always checked before anything is read), or a
            source is unreadable and no ``skipped`` list was given.
    """
    names = [str(p) for p in paths]
    missing = [p for p in names if p != "-" and not Path(p).exists()]
    if missing:
        raise KGError(f"No such file or directory: {', '.join(repr(p) for p in missing)}")
    for name in names:
        for source in _expand(name):
            try:
                yield read_document(source)
            except KGError as error:
                if skipped is None:
                    raise
                skipped.append(Skipped(source, str(error)))


def read_document(source: str | Path) -> Document:
    """Read one file (or ``-`` for stdin) into a `Document`, reducing HTML to its text.

    Raises:
        KGError: the file is empty, binary or not UTF-8.
    """
    source = str(source)
    if source == "-":
        data = sys.stdin.buffer.read()
        text = _decode(data, "<stdin>")
        iri = "urn:kg:stdin:" + hashlib.sha256(data).hexdigest()
    else:
        path = Path(source)
        text = _decode(path.read_bytes(), source)
        iri = path.resolve().as_uri()
        if path.suffix.lower() in (".html", ".htm"):
            text = html_to_text(text)
    text = clean_text(text)
    if not text.strip():
        raise KGError(f"{source}: the document has no text")
    return Document(source=source, iri=iri, text=text)


def html_to_text(html: str) -> str:
    """Reduce an HTML page to its visible text, one block element per line.

    >>> html_to_text("<p>Hello <b>world</b></p><script>alert(1)</script><p>Bye</p>")
    'Hello world\\nBye'
    """
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def clean_text(text: str) -> str:
    """Normalise line ends and spaces, so that offsets are stable whatever the source.

    >>> clean_text("a\\r\\nb\\u00a0c  \\n")
    'a\\nb c\\n'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return re.sub(r"[ \t]+\n", "\n", text).lstrip("\ufeff")


def _expand(path: str) -> Iterator[str]:
    if path == "-" or not Path(path).is_dir():
        yield path
        return
    for child in sorted(Path(path).rglob("*")):
        if child.is_file() and child.suffix.lower() in SUFFIXES:
            yield str(child)


def _decode(data: bytes, source: str) -> str:
    if b"\x00" in data[:8192]:
        raise KGError(f"{source}: binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise KGError(f"{source}: not UTF-8 (byte {data[error.start]:#x} at offset {error.start})") from None


_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "head", "svg"})
_BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
    "article", "header", "footer", "blockquote", "pre", "title", "figcaption", "dd", "dt",
})  # fmt: skip


class _TextParser(HTMLParser):
    """Collects text outside script/style, with a line break at each block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)
