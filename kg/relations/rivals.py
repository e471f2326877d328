"""Readings that contend for one value: which of them stand.

`kg.relations.learned.LearnedExtractor` keeps, for each pair of tokens, the best reading of
each pattern that matched; where readings of one property give one value to two subjects,
these steps decide whose it is: the name an apposition or relative clause on the way to the
value describes (`drop_past_apposition`), a pattern the examples taught over the property's
label alone (`drop_label_rivals`), a subject the examples showed in a fitting class over
one they showed only in another (`drop_misplaced`), and one over a subject the sentence gives
as a value of another class (`drop_typed_otherwise`).
"""

from __future__ import annotations

from collections import defaultdict
from typing import TypeAlias

from rdflib import URIRef
from spacy.tokens import Token

from kg.ontology import Ontology
from kg.reference import RELATIVE_TAGS, antecedent
from kg.relations.agreement import Agreement
from kg.rule import LearnedRule

Best: TypeAlias = dict[tuple[int, ...], tuple[tuple[float, int], LearnedRule, dict[str, Token]]]
"""The readings kept: token positions (subject, object and maybe anchor) → (rank, rule, nodes)."""


def _by_value(best: Best) -> list[list[tuple[int, ...]]]:
    """The keys of the readings in ``best`` grouped by what they give: one property, one value."""
    groups: dict[tuple[URIRef, int], list[tuple[int, ...]]] = defaultdict(list)
    for key, (_, rule, nodes) in best.items():
        groups[(rule.property, nodes["object"].i)].append(key)
    return list(groups.values())


def drop_past_apposition(best: Best) -> None:
    """Of two readings of one property that give one value to two subjects, drop the one whose
    subject is not the name an apposition or object relative clause on the way to the value
    describes (`_describes`): in "Sanofi makes Dengvaxia, a vaccine for dengue", the vaccine for
    dengue is Dengvaxia, not Sanofi."""
    for keys in _by_value(best):
        if len(keys) < 2:
            continue
        described = {key for key in keys if _describes(best[key][2]["subject"], best[key][2]["object"])}
        if described and len(described) < len(keys):
            for key in set(keys) - described:
                del best[key]


def drop_label_rivals(best: Best) -> None:
    """Of readings of one property that give one value to two subjects, drop those only the
    property's label read where a pattern the examples taught reads a name: in "Geoffrey
    Marcy discovered 47 Ursae Majoris b in 1996", the year is the planet's, as the examples'
    "X discovered Y in 1994" taught, not Marcy's, as the label "discovered" alone would say."""
    for keys in _by_value(best):
        labelled = [key for key in keys if best[key][1].name.startswith("label:")]
        taught = [key for key in keys if key not in labelled and best[key][2]["subject"].pos_ == "PROPN"]
        if labelled and taught:
            for key in labelled:
                del best[key]


def drop_misplaced(best: Best, agreement: Agreement) -> None:
    """Of readings of one property that give one value to two subjects, drop those whose
    ends the examples showed only in classes the property is not said of, where another's
    agree (``agreement``): "In 1896, the Supreme Court of the United States decided Plessy v.
    Ferguson" dates the case, not the court the examples named as one."""
    for keys in _by_value(best):
        if len(keys) < 2:
            continue
        agreed = {key: agreement(best[key][1].property, best[key][2], whole=True) for key in keys}
        if any(a is not None and a >= 0 for a in agreed.values()):
            for key, a in agreed.items():
                if a is not None and a < 0:
                    del best[key]


def drop_typed_otherwise(best: Best, ontology: Ontology) -> None:
    """Of readings of one property that give one value to two subjects, drop those whose
    subject another reading in the sentence gives as a value of a class the property is not
    said of (neither it nor its kind, nor the other way round), where another's subject is
    not so given: in "Kitt Peak National Observatory stands on Kitt Peak in the United States",
    Kitt Peak is where the observatory stands, a mountain, and the country is the
    observatory's."""

    def disjoint(a: URIRef, b: URIRef) -> bool:
        return not (ontology.is_a(a, (b,)) or ontology.is_a(b, (a,)))

    for keys in _by_value(best):
        if len(keys) < 2:
            continue
        typed_otherwise = set()
        for key in keys:
            term = ontology.properties.get(best[key][1].property)
            domain = term.domain if term is not None else set()
            subject = best[key][2]["subject"].i
            given = [
                c for other, (_, rule, nodes) in best.items() if other not in keys
                and nodes["object"].i == subject and (said := ontology.properties.get(rule.property))
                for c in said.range
            ]  # fmt: skip
            if domain and given and all(disjoint(c, d) for c in given for d in domain):
                typed_otherwise.add(key)
        if typed_otherwise and len(typed_otherwise) < len(keys):
            for key in typed_otherwise:
                del best[key]


def _describes(name: Token, value: Token) -> bool:
    """Whether ``value`` is said in an apposition to ``name`` that says what it is
    ("Dengvaxia, a vaccine for dengue"; not "Morelos, part of Mexico", which is as much said
    of what is in Morelos), or in a relative clause on ``name`` (or on the noun a copula says it
    is) whose relative word is the verb's object ("1089 Tama, which Karl Reinmuth discovered on
    17 November 1927": the day Tama was discovered, not Reinmuth's; "Mad is a magazine that
    Harvey Kurtzman founded in 1952")."""
    return any(
        (a.dep_ == "appos" and a.head == name and any(c.dep_ == "det" for c in a.children))
        or (
            a.dep_ == "relcl"
            and any(
                c.dep_ == "dobj" and c.tag_ in RELATIVE_TAGS and antecedent(a.head, c) == name
                for c in a.children
            )
        )
        for a in value.ancestors
    )
