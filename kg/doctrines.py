"""Values the examples name as the doctrine the text's adjective is of: "a Catholic order" is of
``Catholicism``, "a Buddhist temple" of ``Buddhism``, "an Impressionist painter" of
``Impressionism``, "a neoclassical monument" of ``neoclassicism``, as DBpedia and Wikidata name
religions, movements and styles.

`learn_doctrines` keeps ``doctrine:P`` in the pattern file's names table where the examples
write most values of P so; learning finds such a value's words (`kg.align.find_mention`), and
the learned extractor writes an unseen adjective's doctrine (`kg.relations.written`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from kg.spellings import name_key

DOCTRINE = "doctrine:"
"""Names-table key prefix of a property whose examples' values were mostly the doctrines of
adjectives their sentences wrote (twice at least)."""


def doctrine(adjective: str) -> str:
    """The doctrine an adjective of its followers names: "Catholic" is of Catholicism,
    "Buddhist" of Buddhism, "neoclassical" of neoclassicism.

    >>> doctrine("Catholic"), doctrine("Buddhist"), doctrine("Hindu"), doctrine("neoclassical")
    ('Catholicism', 'Buddhism', 'Hinduism', 'neoclassicism')
    """
    if adjective.endswith("ist"):
        return adjective[:-1] + "m"
    if adjective.endswith("ical"):
        return adjective[:-2] + "ism"
    return adjective + "ism"


def doctrinal(token: Token) -> bool:
    """Whether ``token`` may be an adjective of a doctrine's followers: a capitalised word
    ("Catholic"), or a lower-case adjective in -ical ("neoclassical"; not "a major site")."""
    lower = token.is_lower and token.pos_ == "ADJ" and token.lower_.endswith("ical")
    return token.is_alpha and (token.is_title or lower)


def of_doctrine(doc: Doc, name: str) -> Token | None:
    """The capitalised word of ``doc`` whose doctrine ``name`` is, or None."""
    wanted = name_key(name)
    if not wanted.endswith("ism"):
        return None
    return next((t for t in doc if doctrinal(t) and name_key(doctrine(t.text)) == wanted), None)


def learn_doctrines(docs: Sequence[Doc], examples: Sequence[dict]) -> dict[str, str]:
    """``doctrine:P`` where at least two of the examples' values of P, and most, are the
    doctrines of an adjective their sentence writes, not the value's own name."""
    said: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for doc, example in zip(docs, examples, strict=True):
        for _, relation, obj in example["triples"]:
            words = " ".join(obj.replace("_", " ").split())
            seen[relation] += 1
            if re.search(rf"(?<!\w){re.escape(words)}(?!\w)", doc.text, re.IGNORECASE) is None:
                said[relation] += of_doctrine(doc, obj) is not None
    return {f"{DOCTRINE}{r}": "1" for r, count in said.items() if count >= 2 and count * 2 > seen[r]}
