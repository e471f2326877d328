"""Properties said of things the examples name in lower case, as Wikidata labels common
concepts: "Symptoms of malaria include fever" is about ``malaria``, so an unseen "Symptoms of
measles include fever" is about ``measles``, where kg otherwise takes only names for what a
fact is about.

`learn_lower_subjects` keeps ``lowsubject:P`` in the pattern file's names table;
`kg.relations.learned.LearnedExtractor` then reads a lower-case noun as the property's subject
and keeps its case.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

LOWER_SUBJECT = "lowsubject:"
"""Names-table key prefix of a property whose examples' subjects were mostly lower-case words
their sentences write so (twice at least)."""


def learn_lower_subjects(examples: Sequence[dict]) -> dict[str, str]:
    """``lowsubject:P`` where, of the examples' subjects of P that their sentence writes in
    lower case, at least two, and most, are written so in the examples too (a subject the
    sentence opens with, capitalised, says nothing either way)."""
    kept: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for example in examples:
        for subject, relation, _ in example["triples"]:
            said = " ".join(subject.replace("_", " ").split())
            written = re.search(rf"(?<!\w){re.escape(said)}(?!\w)", example["sentence"], re.IGNORECASE)
            if written is None or not written.group().islower() or not said.replace(" ", "").isalpha():
                continue
            seen[relation] += 1
            kept[relation] += said == written.group()
    return {f"{LOWER_SUBJECT}{r}": "1" for r, n in kept.items() if n >= 2 and n * 2 > seen[r]}
