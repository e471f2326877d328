"""Common nouns the examples leave out of the names they follow: "Tromsø is a city in Troms
county" names the county ``Troms``, so an unseen "Nordland county" is ``Nordland``, where
DBpedia-style examples would write a capitalised "Fulton County" whole.

`learn_kind_words` keeps ``dropped:WORD`` in the pattern file's names table for each such noun
the examples drop and never keep; `kg.relations.ends.Ends.named` leaves it out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

DROPPED = "dropped:"
"""Names-table key prefix of a lower-case noun the examples leave out of the name before it."""


def learn_kind_words(docs: Sequence[Doc], examples: Sequence[dict]) -> dict[str, str]:
    """``dropped:WORD`` for each lower-case noun that follows one of the examples' names in its
    sentence as the noun the name modifies ("Troms county"), where no example's name holds it."""
    dropped: Counter[str] = Counter()
    kept: set[str] = set()
    for doc, example in zip(docs, examples, strict=True):
        for name in {n for s, _, o in example["triples"] for n in (s, o) if not n.startswith('"')}:
            said = " ".join(name.replace("_", " ").split())
            kept.update(w for w in said.split()[1:] if w.islower())
            # every place the name is written: "Starfall" begins "Starfall Odyssey" before "the
            # Starfall series"
            for found in re.finditer(rf"(?<!\w){re.escape(said)}(?!\w)", doc.text):
                span = doc.char_span(*found.span()) if said[:1].isupper() else None
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
