"""The dates in brackets after a name ("Olga Petrova (5 May 1910 – 19 July 1985)"), read as
facts with the properties the examples state with a bracket's first and second date
(`kg.lifespan`, which finds the brackets and learns the properties)."""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import URIRef
from spacy.tokens import Doc

from kg.lifespan import LIFESPAN, lifespans
from kg.ontology import Ontology, local_name
from kg.relations import Relation
from kg.relations.ends import Ends
from kg.relations.values import Values


class LifespanReader:
    """Reads the brackets of dates after names with the properties ``lifespan:first`` and
    ``lifespan:second`` of the names table name, where the property's range takes the date."""

    def __init__(self, names: dict[str, str], ontology: Ontology, ends: Ends, values: Values) -> None:
        self.ends = ends
        self.values = values
        by_local = {local_name(iri): iri for iri in ontology.properties}
        self.properties: dict[str, URIRef] = {
            place: by_local[local]
            for place in ("first", "second")
            if (local := names.get(f"{LIFESPAN}{place}", "")) in by_local
        }

    def __call__(self, doc: Doc) -> Iterator[Relation]:
        if not self.properties:
            return
        for life in lifespans(doc):
            subject = self.ends.mention(life.name)
            for place, date in (("first", life.first), ("second", life.second)):
                prop = self.properties.get(place)
                if date is None or prop is None or not self.values.fits(prop, date):
                    continue
                said = doc[subject.start : life.bracket.end]
                yield Relation(
                    subject=subject, predicate=prop, object=date, evidence=said, rule=LIFESPAN + place,
                    confidence=1.0, trigger="(", subject_vote=1, object_vote=1,
                )  # fmt: skip
