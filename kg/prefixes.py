"""Words the examples write before a property's values that the text leaves out: DBpedia names
an archbishop's see ``Roman_Catholic_Archdiocese_of_Westminster`` where the sentence says
"Archbishop of Westminster".

`learn_prefixes` keeps ``prefix:PROPERTY`` in the pattern file's names table, the words up to
and with the "of" that the examples put before what the text says, where at least two of the
property's values, and most of them, show the same ones; `kg.align.aligned` then finds such a
value where the text says the rest of it, and `kg.relations.written` writes the words before
a value the text says without them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from kg.literals import NUMBER

PREFIX = "prefix:"
"""Names-table key prefix: ``prefix:PROPERTY`` → the words (``Roman_Catholic_Archdiocese_of_``)."""


def learn_prefixes(examples: Sequence[dict]) -> dict[str, str]:
    """``{"prefix:PROPERTY": WORDS}`` for each property whose values the examples write with
    words up to an "of" that their sentences leave out, saying only what follows: where two
    values or more, and more than half of the property's values, show the same words (not
    where the sentence says them apart: "Romania has a Prime Minister" for
    ``Prime_Minister_of_Romania``)."""
    added: dict[str, Counter[str]] = defaultdict(Counter)
    values: Counter[str] = Counter()
    for example in examples:
        text = " ".join(example["sentence"].split()).lower()
        for _, relation, obj in example["triples"]:
            if obj.startswith('"') or NUMBER.match(obj):
                continue
            values[relation] += 1
            joined = obj.replace(" ", "_")  # Wikidata's labels are spaced
            head, of, rest = joined.partition("_of_")
            if not of or not head or not rest or "(" in rest:
                continue
            said, words = rest.replace("_", " ").lower(), head.replace("_", " ").lower()
            if re.search(rf"(?<!\w){re.escape(said)}(?!\w)", text) and words not in text:
                added[relation][f"{head}_of_"] += 1
    prefixes = {}
    for relation, heads in added.items():
        head, count = heads.most_common(1)[0]
        if count >= 2 and count * 2 > values[relation]:
            prefixes[f"{PREFIX}{relation}"] = head
    return prefixes


def with_prefix(value: str, relation: str, names: dict[str, str]) -> str:
    """``value`` with the words the examples write before the property's values
    (`learn_prefixes`), where it has none of their words: "Westminster" is
    ``Roman_Catholic_Archdiocese_of_Westminster``, and so is "Archbishop_of_Westminster", the
    text's words before its "of" written as the examples write them; "Harvard_University" stays
    so for a prefix ``University_of_``."""
    head = names.get(f"{PREFIX}{relation}", "")
    if not head or "_(" in value or value.startswith(head):
        return value
    _, of, rest = value.partition("_of_")
    if of and rest and "_of_" not in rest:
        return head + rest  # "Archbishop_of_Cologne": the examples' words before its "of"
    if set(value.lower().split("_")) & set(head.lower().split("_")):
        return value  # "Harvard_University" for a prefix "University_of_": a name of its own kind
    return head + value
