"""How far what is known of a reading's two ends agrees with its property's domain and range.

A learned pattern or a label reading says that a property holds between two mentions; whether
the mentions are the kind of thing the property's domain and range allow decides between
readings of one pair and rules some out. What is known of a mention: the classes the examples
showed the name in (`kg.learn.Patterns.classes`), or that their names ending with the same word
were in (`Agreement.head_classes`: "Korean War", as "Crimean War" was); the kind of place kg's
gazetteer knows it for, against the kind the examples had at that end; and the tagger's person
or organisation label, against a domain or range of only people or only organisations.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cached_property

from rdflib import URIRef
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Token

from kg.canonical import canonical_name
from kg.conventions import KIND
from kg.learn import Patterns
from kg.lowsubjects import OF_NAMED, of_named, said_of_subjects
from kg.names import phrase
from kg.ontology import KG, Ontology, label_words, local_name
from kg.places import CITY_STATES, OTHER, place_kind
from kg.relations.ends import Ends
from kg.relations.wordforms import stem
from kg.spellings import name_key
from kg.things import PERSON_CLASSES

ORGANISATION_CLASSES = frozenset(
    {"organisation", "organization", "company", "business", "enterprise", "corporation",
     "production company", "film production company", "record label", "publisher"}
)  # fmt: skip
"""Labels of classes whose members are organisations, which the tagger calls ORG."""

MIN_HEAD = 3
"""How many of the examples' names must end with a word for it to say their classes."""


def _head(name: str) -> str:
    """A name's last word, lower case and without a plural's s, where it is a capitalised word
    of three letters or more after another ("War" in "Korean_War", "Party" in
    "Whig_Party_(United_States)": a disambiguator in brackets is no part of it), else ""."""
    words = re.sub(r"_\([^)]*\)$", "", name).replace(",", " ").replace("_", " ").split()
    last = words[-1] if words else ""
    if len(words) < 2 or len(last) < 3 or not (last[:1].isupper() and last[1:].islower()):
        return ""
    return stem(last)


class Agreement:
    """What the examples, kg's gazetteer and the tagger say of a pair's ends, for one set of
    patterns and their ontology."""

    def __init__(self, patterns: Patterns, ontology: Ontology, ends: Ends) -> None:
        self.patterns = patterns
        self.ontology = ontology
        self.ends = ends

    @cached_property
    def kinds(self) -> list[tuple[list[str], URIRef]]:
        """The label words of each property whose values name their kind (the examples'
        convention, `kg.conventions.KIND`, or a label of two words or more), longest first."""
        kinds: list[tuple[list[str], URIRef]] = []
        for key, words in self.patterns.names.items():
            if key.startswith(KIND):
                try:
                    kinds.append(
                        (words.split(), self.ontology.term(key.removeprefix(KIND), properties_only=True))
                    )
                except KeyError:
                    continue
        # a label of two words or more says the kind with no examples: "… Time Zone"
        for iri, prop in self.ontology.properties.items():
            said = label_words(prop.label).split()
            if not iri.startswith(KG) and len(said) >= 2 and all(w not in STOP_WORDS for w in said):
                kinds.append((said, iri))
        return sorted(kinds, key=lambda kind: -len(kind[0]))

    def kind(self, token: Token) -> URIRef | None:
        """The property whose label a name ends with, where the examples' values do so."""
        words = [t.lower_ for t in phrase(token)]
        for label, prop in self.kinds:
            if len(words) > len(label) and words[-len(label) :] == label:
                return prop
        return None

    def __call__(
        self, prop: URIRef, nodes: dict[str, Token], *, stated: bool = False, whole: bool = False
    ) -> float | None:
        """How far what the examples showed of the two ends agrees with the property's
        domain and range: +0.5 for each end known in a fitting class, -0.5 for each known
        only in others; for a place the examples didn't name, whether it is the kind of place
        (a country, a region) they showed at that end (`kg.places.place_kind`). None if
        an end is a country or region where the examples never had one (unless they showed
        that name in a fitting class: "Jordan" the person; ``stated``, a label reading's owner
        only counts -0.5), or is not a country where they always had one. ``whole``: a subject
        the examples did not name as the tagger cuts it is looked up by its whole mention too
        ("the Supreme Court of the United States", which the tagger ends at "Court")."""
        term = self.ontology.properties.get(prop)
        if term is None:
            return 0.0
        total = 0.0
        local = local_name(prop)
        for end, allowed in (("subject", term.domain), ("object", term.range)):
            span = phrase(nodes[end])
            if end == "subject" and said_of_subjects(self.patterns.names, self.ontology, OF_NAMED, prop):
                span = of_named(nodes[end]) or span  # "the flag of Australia": no place
            name = canonical_name(span, self.patterns.names)
            if end == "object":
                name = self.ends.country_named(prop, span, name)
            known = self.patterns.classes.get(name_key(self.patterns.known(name))) or self.head_classes.get(
                _head(name)
            )
            if not known and whole and end == "subject":  # "the Supreme Court of the United States"
                mentioned = canonical_name(self.ends.mention(nodes[end]), self.patterns.names)
                known = self.patterns.classes.get(name_key(self.patterns.known(mentioned)))
            wanted = self.patterns.names.get(f"place:{local}:{end}")
            if wanted == "Country" and place_kind(name, self.ontology) != "Country":
                return None  # the gazetteer lists every country: this place is not one
            kind = place_kind(name, self.ontology) if wanted else None
            fits = bool(known and allowed and any(self.ontology.is_a(c, allowed) for c in known))
            if kind and wanted == OTHER and not fits and name.replace("_", " ") not in CITY_STATES:
                if not (stated and end == "subject"):
                    return None  # a country or region where the examples never had one
                total -= 0.5  # ...but "the leader of Mexico is X" says whose in so many words
            if known and allowed:
                total += 0.5 if fits else -0.5
            elif kind:  # a place the gazetteer doesn't list may still be a region: no vote
                total += 0.5 if kind == wanted else -0.5
            elif self.tagged_otherwise(nodes[end], allowed):
                total -= 0.5  # "produced by Svensk Filmindustri": a company, not a person
        return total

    @cached_property
    def head_classes(self) -> dict[str, set[URIRef]]:
        """The classes a name's last word says, from the examples' names that end with it:
        those all of them were shown in, where at least `MIN_HEAD` did ("Korean War" is a war,
        as the examples' "Crimean War" and "Second World War" were)."""
        named: defaultdict[str, list[set[URIRef]]] = defaultdict(list)
        for key, classes in self.patterns.classes.items():
            head = _head(self.patterns.entities.get(key, ""))
            if head and classes:
                named[head].append(classes)
        return {
            head: set.intersection(*shown)
            for head, shown in named.items()
            if len(shown) >= MIN_HEAD and set.intersection(*shown)
        }

    def tagged_otherwise(self, token: Token, classes: Iterable[URIRef]) -> bool:
        """Whether the tagger calls ``token`` a person where every one of ``classes`` is a kind
        of organisation, or an organisation where every one is a person (`PERSON_CLASSES`,
        `ORGANISATION_CLASSES`, by label)."""
        labels = self.ontology.class_labels(classes)
        if not labels:
            return False
        if token.ent_type_ == "PERSON":
            return labels <= ORGANISATION_CLASSES
        if token.ent_type_ == "ORG":
            return labels <= PERSON_CLASSES
        return False

    def taking(self, prop: URIRef, nodes: dict[str, Token]) -> URIRef | None:
        """The one other property that takes the object, where its name's last word says a
        class (`head_classes`) that ``prop``'s range does not hold and that property's does."""
        head = _head(canonical_name(phrase(nodes["object"]), self.patterns.names))
        classes = self.head_classes.get(head, set())
        term = self.ontology.properties.get(prop)

        def takes(other: URIRef) -> bool:
            said = self.ontology.properties.get(other)
            return bool(said and said.range and any(self.ontology.is_a(c, said.range) for c in classes))

        if not classes or term is None or not term.range or takes(prop):
            return None

        def fits(other: URIRef) -> bool:
            agreement = self(other, nodes)
            return agreement is not None and agreement >= 0

        others = [
            other for other in self.ontology.properties
            if other != prop and not other.startswith(KG) and takes(other) and fits(other)
        ]  # fmt: skip
        return others[0] if len(others) == 1 else None
