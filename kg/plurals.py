"""Values the examples write in the plural where the text has the singular: Wikidata's language
families are "Celtic languages", said "Welsh is a Celtic language".

`learn_plurals` keeps ``plural:PROPERTY`` in the pattern file's names table for each property at
least `MIN_PLURAL` of whose values are so; `kg.learn` then finds such a value's mention in the
singular, and `kg.relations.learned.LearnedExtractor.triples` writes the singular the text has
in the plural: "a Uralic language" is ``Uralic languages``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc

PLURAL = "plural:"
"""Names-table key prefix of a property whose values the examples write in the plural."""

MIN_PLURAL = 2
"""How many of a property's values must be so."""


def singular(name: str) -> str | None:
    """``name`` with its last word in the singular ("Celtic_languages" is "Celtic language"),
    or None where that word is no regular plural."""
    words = name.strip('"').replace("_", " ").split()
    if not words or not re.fullmatch(r"[a-z]+s", words[-1]) or words[-1].endswith("ss"):
        return None
    return " ".join([*words[:-1], words[-1][:-1]])


def learn_plurals(docs: Sequence[Doc], examples: Sequence[dict]) -> dict[str, str]:
    """``plural:P`` for each property P whose values the examples write in the plural, at least
    `MIN_PLURAL` times, where their sentence writes the value in the singular and never in the
    plural."""
    made: Counter[str] = Counter()
    for doc, example in zip(docs, examples, strict=True):
        text = doc.text.lower()
        for _, relation, obj in example["triples"]:
            said = singular(obj)
            written = obj.replace("_", " ").lower()
            if said and re.search(rf"(?<!\w){re.escape(said.lower())}(?!\w)", text) and written not in text:
                made[relation] += 1
    return {f"{PLURAL}{relation}": "1" for relation, count in made.items() if count >= MIN_PLURAL}
