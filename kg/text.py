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

from spacy.lang.en.stop_words import STOP_WORDS

from kg.errors import KGError

SUFFIXES = (".txt", ".md", ".html", ".htm")
"""File suffixes that `read_documents` picks up when it walks a directory."""
MAX_BYTES = 20_000_000
"""Files larger than this are refused unless the caller raises the limit."""
MIN_ENGLISH_SHARE = 0.15
"""English prose is some 40-50% function words; below this share a text is not English."""


@dataclass(frozen=True)
class Document:
    """One source text, ready for the spaCy pipeline."""

    source: str
    """The path as the user gave it, or ``-`` for standard input."""
    iri: str
    """The IRI of the document and of the named graph holding its facts."""
    text: str
    note: str = ""
    """What kg had to do to read it, if anything (e.g. a fallback encoding)."""
    sha256: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "sha256", hashlib.sha256(self.text.encode()).hexdigest())


@dataclass
class Skipped:
    """A source that could not be read, and why."""

    source: str
    reason: str


def read_documents(
    paths: Iterable[str | Path],
    *,
    skipped: list[Skipped] | None = None,
    max_bytes: int = MAX_BYTES,
    check_english: bool = True,
) -> Iterator[Document]:
    """Yield a `Document` for each file, each matching file under a directory, or stdin.

    Args:
        paths: files, directories (walked recursively for `SUFFIXES`) or ``-`` for stdin.
        skipped: if given, unreadable or empty sources are appended here and reading goes
            on; otherwise they raise.
        max_bytes: files larger than this are refused.
        check_english: refuse text that does not look like English.

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
                yield read_document(source, max_bytes=max_bytes, check_english=check_english)
            except KGError as error:
                if skipped is None:
                    raise
                skipped.append(Skipped(source, str(error)))


def read_document(source: str | Path, *, max_bytes: int = MAX_BYTES, check_english: bool = True) -> Document:
    """Read one file (or ``-`` for stdin) into a `Document`, reducing HTML to its text.

    Text that is not UTF-8 but is valid Windows-1252 (the usual culprit) is decoded as that,
    and the document's `note` says so.

    Raises:
        KGError: the file is too large, empty, binary, in no encoding kg can tell, or not
            English; the message names the file.
    """
    source = str(source)
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "<stdin>"
        iri = "urn:kg:stdin:" + hashlib.sha256(data).hexdigest()
    else:
        path = Path(source)
        if path.stat().st_size > max_bytes:
            raise KGError(
                f"{source}: {_megabytes(path.stat().st_size)} is over the {_megabytes(max_bytes)} limit"
            )
        data = path.read_bytes()
        name = source
        iri = path.resolve().as_uri()
    if len(data) > max_bytes:
        raise KGError(f"{name}: more than the {_megabytes(max_bytes)} limit")
    text, note = _decode(data, name)
    if source != "-" and Path(source).suffix.lower() in (".html", ".htm"):
        text = html_to_text(text)
    text = clean_text(text)
    if not text.strip():
        raise KGError(f"{name}: the document has no text")
    if check_english:
        share = english_share(text)
        if share is not None and share < MIN_ENGLISH_SHARE:
            raise KGError(f"{name}: does not look like English ({share:.0%} common English words)")
    return Document(source=source, iri=iri, text=text, note=note)


def english_share(text: str) -> float | None:
    """The share of words that are common English words, or None for too short a text.

    >>> round(english_share("The mayor said that the city would grow and all would be well. " * 3), 2)
    0.69
    >>> english_share("Le maire a dit que la ville allait grandir et que tout irait bien. " * 3) < 0.15
    True
    >>> english_share("Too short to judge.") is None
    True
    """
    words = re.findall(r"[^\W\d_]+", text[:100_000].lower())
    if len(words) < 30:
        return None
    return sum(word in STOP_WORDS for word in words) / len(words)


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
    """Normalise line ends and spaces, and blank out scraped-page noise.

    Noise is replaced by spaces of the same length rather than cut, so that the words
    that stay keep their places: image credits glued to the next word ("GETTYThey",
    "PA MediaBoth") and footer lines ("Follow us on …", "Listen to … on Sounds").

    >>> clean_text("a\\r\\nb\\u00a0c\\n")
    'a\\nb c\\n'
    >>> page = "PA MediaBoth cities agreed.\\nFollow BBC Leeds on Facebook."
    >>> clean_text(page).split(), len(clean_text(page)) == len(page)
    (['Both', 'cities', 'agreed.'], True)
    >>> clean_text("Image source, Getty Images\\nImage caption, Crowds. Follow us on Facebook.").split()
    ['Crowds.']
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = _GLUED_CREDIT.sub(lambda m: " " * len(m.group("credit")), text)
    text = _IMAGE_CREDIT.sub(lambda m: " " * len(m.group(0)), text)
    return _FOOTER.sub(lambda m: " " * len(m.group(0)), text)


# A credit at the start of a paragraph, glued to the sentence-opening word after it.
_GLUED_CREDIT = re.compile(
    r"^(?P<credit>(?:[A-Z][A-Za-z&.]*[ /])*[A-Z][A-Za-z&.]*?(?:[A-Z]|[a-z]))"
    r"(?=(?:The|They|There|These|Those|This|That|Both|It|Its|He|She|His|Her|We|Our|In|On|At|"
    r"A|An|But|And|As|After|Before|When|While|One|Some|Many|Most|Mr|Mrs|Ms|Dr)\b)",
    re.MULTILINE,
)
# A picture's credit line ("Image source, Getty Images") and the label before a caption
# ("Image caption, "; the caption itself is text).
_IMAGE_CREDIT = re.compile(
    r"^[ \t]*(?:(?:Image|Photo|Picture) (?:source|credit)[,:][^\n]*|(?:Image|Media|Video) caption[,:])",
    re.MULTILINE | re.IGNORECASE,
)
# Whole lines (or a line's closing sentences) of page furniture: a call to follow, listen,
# share or send tips, that names a platform or channel.
_FOOTER = re.compile(
    r"(?:^|(?<=[.!?] ))[ \t]*"
    r"(?:Follow|Listen|Sign up|Subscribe|Download|Share|Get in touch|You can|Send|Watch)\b"
    r"(?=[^\n]*\b(?:Facebook|Twitter|Instagram|TikTok|YouTube|WhatsApp|Sounds|iPlayer|newsletter|"
    r"podcast|story ideas|app)\b)[^\n]*",
    re.MULTILINE | re.IGNORECASE,
)


def _expand(path: str) -> Iterator[str]:
    if path == "-" or not Path(path).is_dir():
        yield path
        return
    for child in sorted(Path(path).rglob("*")):
        if child.is_file() and child.suffix.lower() in SUFFIXES:
            yield str(child)


def _decode(data: bytes, source: str) -> tuple[str, str]:
    if b"\x00" in data[:8192]:
        raise KGError(f"{source}: binary file, not text")
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError as error:
        problem = f"not UTF-8 (byte {data[error.start]:#x} at offset {error.start})"
    try:
        return data.decode("cp1252"), f"{problem}; decoded as Windows-1252"
    except UnicodeDecodeError:
        raise KGError(f"{source}: {problem}, nor Windows-1252") from None


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


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
