"""The names a user's examples gave, found whole in unseen text, as a linker's dictionary finds
them: "Hymn to Her", "Exile on Main St." and "Let It Bleed" are one name each, where the tagger
takes "Hymn" alone or nothing at all, and "rock and roll" one genre, where the parser makes two
nouns of it.

`KnownNames` marks them in a document's ``kg_known`` span group; `kg.namespans.tagged` puts them
with the tagger's own entities, which they outrank where the two overlap (unless the tagger's
is the longer name that holds the known one).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from kg.mentions import KNOWN_SPANS


def _said(name: str) -> str | None:
    """How a text writes a canonical name: ``Exile_on_Main_St.`` as "Exile on Main St.",
    ``Red_Canyon_(film)`` as "Red Canyon", "rock and roll" (a common noun the parser would split
    at "and") as it is; None for a name of one word (the tagger finds those as well as a
    dictionary does), a value or another common noun."""
    said = re.sub(r"_\([^)]*\)$", "", name).replace("_", " ").strip()
    if said.startswith('"') or " " not in said:
        return None
    if not said[:1].isupper() and " and " not in said:
        return None
    return said


class KnownNames:
    """The examples' names of two words or more, matched case-sensitively on word edges."""

    def __init__(self, names: Iterable[str]) -> None:
        forms = sorted({said for name in names if (said := _said(name))}, key=len, reverse=True)
        alternatives = "|".join(re.escape(form) for form in forms)
        self._pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)") if forms else None

    def mark(self, doc: Doc) -> Doc:
        """Put the known names ``doc`` spells, on token edges, in its ``kg_known`` span group."""
        found: list[Span] = []
        if self._pattern is not None:
            for match in self._pattern.finditer(doc.text):
                span = doc.char_span(match.start(), match.end())
                if span is not None and not _part_of_longer_name(span):
                    found.append(span)
        doc.spans[KNOWN_SPANS] = found
        return doc


def _part_of_longer_name(span: Span) -> bool:
    """Whether a proper noun goes on before or after ``span`` ("Hymn to Her Majesty")."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    return any(
        token is not None and token.pos_ == "PROPN" and token.text[:1].isupper() and not token.is_sent_start
        for token in (before, after)
    )
