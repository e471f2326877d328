"""A country's possessive before a thing's name ("Tanzania's Kilimanjaro National Park"): the
thing's country.

The examples need not say it so. A country named with "'s" before the name of a thing says where
the thing is, as "X, Country" does (`kg.relations.apposed`), for the one property of the ontology
whose values the examples gave as countries (`kg.conventions.place_kind`, ``place:P:object``)
and said of classes of things only (`kg.things`): never of people ("Spain's Rafael Nadal" names
no country of his), and never where two such properties would be a guess between them.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kg.conventions import place_kind
from kg.names import phrase
from kg.ontology import Ontology, local_name
from kg.rule import LearnedRule
from kg.things import of_things

PRECISION = 0.6
"""How sure such a reading is: as a learned pattern right three times in five, so that one the
examples taught for the pair outranks it."""


class PossessiveReader:
    """Reads "Country's Name" as the named thing's country, where one property says so."""

    def __init__(self, names: dict[str, str], ontology: Ontology) -> None:
        self.ontology = ontology
        rules = [
            LearnedRule(f"possessive:{local_name(iri)}", iri, [], PRECISION, 1)
            for iri, term in ontology.properties.items()
            if names.get(f"place:{local_name(iri)}:object") == "Country" and of_things(term, names)
        ]
        self.rule = rules[0] if len(rules) == 1 else None

    def __call__(self, doc: Doc) -> Iterator[tuple[LearnedRule, dict[str, Token]]]:
        if self.rule is None:
            return
        for token in doc:
            thing = token.head
            if token.dep_ != "poss" or token.pos_ != "PROPN" or thing.pos_ != "PROPN" or thing.i < token.i:
                continue
            if place_kind(phrase(token).text, self.ontology) == "Country":
                yield self.rule, {"subject": thing, "object": token, "anchor": thing}
