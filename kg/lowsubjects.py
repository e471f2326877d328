"""Properties said of things the examples name in lower case, as Wikidata labels common
concepts: "Symptoms of malaria include fever" is about ``malaria``, so an unseen "Symptoms of
measles include fever" is about ``measles``, where kg otherwise takes only names for what a
fact is about.

`learn_lower_subjects` keeps ``lowsubject:P`` in the pattern file's names table;
`kg.relations.learned.LearnedExtractor` then reads a lower-case noun as the subject of P and
of the other properties of P's domain, and keeps its case, or writes its first letter upper
case where the examples did, as DBpedia does ("The euro is used by Germany": ``Euro``).

`learn_of_named` keeps ``ofnamed:P`` where the examples' subjects of P were a lower-case noun
of a name, as Wikidata labels a country's flag ("flag of Japan"); the subject of P is then
that noun, "of" and the name (`of_named`), where kg otherwise takes "the flag of Israel" for
Israel (`kg.names.phrase`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from rdflib import URIRef
from spacy.tokens import Span, Token

from kg.names import phrase
from kg.ontology import Ontology, local_name

LOWER_SUBJECT = "lowsubject:"
"""Names-table key prefix of a property whose examples' subjects were mostly lower-case words
their sentences write so (twice at least); its value is ``CAPITAL`` where the examples wrote
their first letter upper case, else "1"."""

CAPITAL = "capital"

OF_NAMED = "ofnamed:"
"""Names-table key prefix of a property whose examples' subjects were mostly a lower-case noun
of a name, as Wikidata labels the things a country or a city has one of ("flag of Japan",
"coat of arms of Paris"), twice at least; its value is "1"."""


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


def learn_of_named(examples: Sequence[dict]) -> dict[str, str]:
    """``ofnamed:P`` where at least two, and most, of the examples' subjects of P are a
    lower-case noun, "of" and a capitalised name, as their sentence writes them ("The flag of
    Canada was adopted in 1965", written ``flag of Canada``; ``coat of arms of Kenya``, a noun
    of a noun)."""
    of_named: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for example in examples:
        for subject, relation, _ in example["triples"]:
            said = " ".join(subject.replace("_", " ").split())
            seen[relation] += 1
            shaped = re.fullmatch(r"[a-z]+(?: of [a-z]+)? of (?:the )?[A-Z]\S*(?: \S+)*", said)
            of_named[relation] += (
                bool(shaped)
                and re.search(rf"(?<!\w){re.escape(said)}(?!\w)", example["sentence"]) is not None
            )
    return {f"{OF_NAMED}{r}": "1" for r, n in of_named.items() if n >= 2 and n * 2 > seen[r]}


def of_named(token: Token) -> Span | None:
    """The lower-case noun, "of" and name that ``token`` heads or names ("flag of Israel" in
    "The flag of Israel was designed by …", from "flag" or from "Israel"; "coat of arms of
    Kenya", a noun of a noun); None where it is no such thing. The noun is taken alone: a
    national flag's label is the flag's."""
    doc = token.doc
    noun = token
    if token.pos_ == "PROPN":
        while noun.dep_ in ("compound", "flat") and noun.head.pos_ == "PROPN":
            noun = noun.head
        for _ in range(2):  # up through "of" to the noun it is of, and one more ("coat of arms")
            if not _of_noun(noun):
                break
            noun = noun.head.head
        if noun.pos_ == "PROPN":
            return None
    if not _lower_noun(noun):
        return None
    first = noun
    for _ in range(2):  # down through "of" to the name, past one noun on the way
        prep = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if prep is None or prep.lower_ != "of" or prep.head != noun:
            return None
        below = [c for c in prep.children if c.dep_ == "pobj"]
        if not below:
            return None
        if below[0].pos_ == "PROPN":
            name = phrase(below[0])
            return doc[first.i : name.end] if name.start > prep.i else None
        if not (_lower_noun(below[0]) and below[0].i == prep.i + 1):
            return None
        noun = below[0]
    return None


def _lower_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.is_lower and token.is_alpha


def _of_noun(token: Token) -> bool:
    """Whether ``token`` is the object of an "of" right after a lower-case noun ("Israel" of
    "flag of Israel", "arms" of "coat of arms")."""
    prep = token.head
    of = token.dep_ == "pobj" and prep.lower_ == "of"
    return of and prep.head.i == prep.i - 1 and _lower_noun(prep.head)


def said_of_subjects(names: dict[str, str], ontology: Ontology, key: str, prop: URIRef) -> str:
    """The names table's value for a convention of the examples' subjects (``key``:
    `LOWER_SUBJECT`, `OF_NAMED`) and ``prop`` or, where the examples said nothing of ``prop``,
    for the first property of the same domain that has one; "" where none has."""
    said = names.get(f"{key}{local_name(prop)}", "")
    siblings = (names.get(f"{key}{local_name(other)}", "") for other in ontology.same_domain(prop))
    return said or next((s for s in siblings if s), "")
