"""A place's possessive before a thing's name ("Tanzania's Kilimanjaro National Park", "Milan's
La Scala"): where the thing is.

The examples need not say it so. A place named with "'s" before the name of a thing says where
the thing is, as "X, Country" does (`kg.relations.apposed`), for the one property of the ontology
whose values the examples gave as such places and said of classes of things only (`kg.things`):
never of people ("Spain's Rafael Nadal" names no country of his), and never where two such
properties would be a guess between them. A country is a country kg's gazetteer lists, for the
property whose values the examples gave as countries (`kg.places.place_kind`,
``place:P:object``); a town is a place the tagger names that the gazetteer does not list, for the
property whose values the examples mostly gave as such places (``town:P``, `learn_towns`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence

from spacy.tokens import Doc, Token

from kg.names import phrase
from kg.ontology import Ontology, local_name
from kg.places import OTHER, place_kind
from kg.rule import LearnedRule
from kg.things import of_things

TOWN = "town:"
"""Names-table key prefix of a property whose values the examples mostly gave as places the tagger
names and kg's gazetteer does not list: towns and cities (twice at least)."""

PRECISION = 0.6
"""How sure such a reading is: as a learned pattern right three times in five, so that one the
examples taught for the pair outranks it."""


def _town(token: Token, ontology: Ontology) -> bool:
    """Whether ``token`` is in a place the tagger names that is no country or region kg's
    gazetteer lists: a town or a city."""
    return token.ent_type_ == "GPE" and place_kind(phrase(token).text, ontology) is None


def learn_towns(docs: Sequence[Doc], examples: Sequence[dict], ontology: Ontology) -> dict[str, str]:
    """``town:P`` where at least two of the examples' values of P, and most, are towns their
    sentence writes (`_town`)."""
    towns: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for doc, example in zip(docs, examples, strict=True):
        for _, relation, obj in example["triples"]:
            seen[relation] += 1
            said = " ".join(obj.replace("_", " ").split(",")[0].split())
            found = re.search(rf"(?<!\w){re.escape(said)}(?!\w)", doc.text) if said else None
            span = doc.char_span(*found.span()) if found else None
            towns[relation] += span is not None and _town(span.root, ontology)
    return {f"{TOWN}{r}": "1" for r, n in towns.items() if n >= 2 and n * 2 > seen[r]}


class PossessiveReader:
    """Reads "Place's Name" as where the named thing is, where one property says so."""

    def __init__(self, names: dict[str, str], ontology: Ontology) -> None:
        self.ontology = ontology

        def only(kind: str, wanted: Callable[[str], bool]) -> LearnedRule | None:
            rules = [
                LearnedRule(f"possessive-{kind}:{local_name(iri)}", iri, [], PRECISION, 1)
                for iri, term in ontology.properties.items()
                if of_things(term, names) and wanted(local_name(iri))
            ]
            return rules[0] if len(rules) == 1 else None

        self.country = only("country", lambda p: names.get(f"place:{p}:object") == "Country")
        self.town = only(
            "town", lambda p: bool(names.get(f"{TOWN}{p}")) and names.get(f"place:{p}:object", OTHER) == OTHER
        )

    def __call__(self, doc: Doc) -> Iterator[tuple[LearnedRule, dict[str, Token]]]:
        if self.country is None and self.town is None:
            return
        for token in doc:
            thing = token.head
            if token.dep_ != "poss" or token.pos_ != "PROPN" or thing.pos_ != "PROPN" or thing.i < token.i:
                continue
            kind = place_kind(phrase(token).text, self.ontology)
            rule = self.country if kind == "Country" else self.town if _town(token, self.ontology) else None
            if rule is not None:
                yield rule, {"subject": thing, "object": token, "anchor": thing}
