"""Properties said of things the examples name in lower case, as Wikidata labels common
concepts: "Symptoms of malaria include fever" is about ``malaria``, so an unseen "Symptoms of
measles include fever" is about ``measles``, where kg otherwise takes only names for what a
fact is about.

`learn_lower_subjects` keeps ``lowsubject:P`` in the pattern file's names table;
`kg.relations.learned.LearnedExtractor` then reads a lower-case noun as the subject of P and
of the other properties of P's domain, and keeps its case, or writes its first letter upper
case where the examples did, as DBpedia does ("The euro is used by Germany": ``Euro``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

LOWER_SUBJECT = "lowsubject:"
"""Names-table key prefix of a property whose examples' subjects were mostly lower-case words
their sentences write so (twice at least); its value is ``CAPITAL`` where the examples wrote
their first letter upper case, else "1"."""

CAPITAL = "capital"


def learn_lower_subjects(examples: Sequence[dict]) -> dict[str, str]:
    """``lowsubject:P`` where, of the examples' subjects of P that their sentence writes in
    lower case, at least two, and most, are written so in the examples too, or with only their
    first letter upper case. A subject the sentence opens with, capitalised, counts as one
    written in lower case where the examples write it so ("Water is made of hydrogen":
    ``water``), and says nothing where they capitalise it."""
    kept: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for example in examples:
        for subject, relation, _ in example["triples"]:
            said = " ".join(subject.replace("_", " ").split())
            written = re.search(rf"(?<!\w){re.escape(said)}(?!\w)", example["sentence"], re.IGNORECASE)
            if written is None or not said.replace(" ", "").isalpha():
                continue
            # "Water is made of hydrogen", written ``water``: capitalised only as the sentence's first word
            opening = not example["sentence"][: written.start()].strip() and said.islower()
            if not (written.group().islower() or opening):
                continue
            seen[relation] += 1
            kept[relation] += said == written.group() or opening
            capital[relation] += said != written.group() and said == written.group().capitalize()
    return {
        f"{LOWER_SUBJECT}{r}": CAPITAL if capital[r] > kept[r] else "1"
        for r in seen
        if kept[r] + capital[r] >= 2 and (kept[r] + capital[r]) * 2 > seen[r]
    }
