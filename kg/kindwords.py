"""Common nouns the examples leave out of the names and values they follow: "Tromsø is a city
in Troms county" names the county ``Troms``, so an unseen "Nordland county" is ``Nordland``,
where DBpedia-style examples would write a capitalised "Fulton County" whole; "a soft rock
album" is of the genre soft rock, so "a trip hop album" is trip hop.

`learn_kind_words` keeps ``dropped:WORD`` in the pattern file's names table for each such noun
the examples drop and never keep; `kg.relations.ends.Ends.named` leaves it out.

The other way round, a property whose values the examples write with the common noun after the
name ("carries the A38 road" is ``A38_road``, "the A75 autoroute" ``A75_autoroute``) keeps it
for unseen ones (``kept:PROPERTY``, `learn_kept_nouns`): "the M48 motorway" is
``M48_motorway``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

DROPPED = "dropped:"
"""Names-table key prefix of a lower-case noun the examples leave out of the name before it."""

KEPT = "kept:"
"""Names-table key prefix of a property whose values keep the common noun after their name."""

MIN_KEPT = 2
"""How many of a property's values, and none otherwise, must keep their noun for `KEPT`."""


def learn_kind_words(docs: Sequence[Doc], examples: Sequence[dict]) -> dict[str, str]:
    """``dropped:WORD`` for each lower-case noun that follows one of the examples' names or
    common values in its sentence as the noun it modifies ("Troms county", "a soft rock album"
    for the genre soft rock), where no example's name or value holds it."""
    dropped: Counter[str] = Counter()
    kept: set[str] = set()
    for doc, example in zip(docs, examples, strict=True):
        for name in {n for s, _, o in example["triples"] for n in (s, o) if not n.startswith('"')}:
            said = " ".join(name.replace("_", " ").split())
            kept.update(w for w in said.split()[1:] if w.islower())
            # every place the name is written: "Starfall" begins "Starfall Odyssey" before "the
            # Starfall series"
            for found in re.finditer(rf"(?<!\w){re.escape(said)}(?!\w)", doc.text):
                span = doc.char_span(*found.span())
                if span is None or span.end >= len(doc):
                    continue
                after = doc[span.end]
                if (
                    after.is_lower and after.is_alpha and after.pos_ == "NOUN"
                    and after.lower_ not in STOP_WORDS
                    and span[-1].head == after and span[-1].dep_ in ("compound", "amod", "nmod")
                ):  # fmt: skip
                    dropped[after.lower_] += 1
    return {f"{DROPPED}{word}": "1" for word in dropped if word not in kept}


def learn_kept_nouns(docs: Sequence[Doc], examples: Sequence[dict]) -> dict[str, str]:
    """``kept:PROPERTY`` for each property at least `MIN_KEPT` of whose values the examples
    write as a name and the lower-case noun it modifies ("A38 road"), and none as the name
    alone where the text has such a noun after it."""
    kept: Counter[str] = Counter()
    left: Counter[str] = Counter()
    for doc, example in zip(docs, examples, strict=True):
        for _, relation, name in example["triples"]:
            said = " ".join(name.replace("_", " ").split())
            words = said.split()
            if name.startswith('"') or not words or not any(c.isupper() or c.isdigit() for c in words[0]):
                continue
            for found in re.finditer(rf"(?<!\w){re.escape(said)}(?!\w)", doc.text):
                span = doc.char_span(*found.span())
                if span is None:
                    continue
                if (
                    len(span) > 1
                    and span[-1].is_lower
                    and span[-1].pos_ == "NOUN"
                    and span[-2].head == span[-1]
                ):
                    kept[relation] += 1
                elif span.end < len(doc) and doc[span.end].is_lower and doc[span.end].pos_ == "NOUN":
                    left[relation] += span[-1].head == doc[span.end]
    return {
        f"{KEPT}{relation}": "1"
        for relation, count in kept.items()
        if count >= MIN_KEPT and not left[relation]
    }
