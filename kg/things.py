"""Classes whose members are no people, as the examples show them: an invention, a zoo, a song.

A pattern that leaves its subject to the clause ("… in 1895", learned from "The telephone was
invented by Alexander Graham Bell in 1876") takes the clause's subject. Where that subject is a
person by the tagger's reading, and the property is said of a class whose names in the examples
were no people's (`learn_things`), the fact is of what the person did something to: "Guglielmo
Marconi invented the radio around 1895" dates the radio, not Marconi. A country's possessive
before such a thing's name is its country (`kg.relations.possessed`).

`learn_things` keeps ``things:CLASS`` in the pattern file's names table; `of_things` says whether
a property is said only of such classes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from rdflib import URIRef
from spacy.tokens import Doc

from kg.ontology import Ontology, OntologyProperty, local_name

THINGS = "things:"
"""Names-table key prefix of a class whose members in the examples were no people (`learn_things`)."""

MIN_THINGS = 3
"""How many different names of a class the examples' sentences must write for the class to be
one of things."""

MAX_PEOPLE = 4
"""At most one in this many of a class of things' names may the tagger take for a person's."""

PERSON_CLASSES = frozenset({"person", "human"})
"""Labels of classes whose members are people, which the tagger calls PERSON."""


def of_things(term: OntologyProperty | None, names: dict[str, str]) -> bool:
    """Whether the property ``term`` is said only of classes of things (``things:CLASS`` in the
    names table ``names``)."""
    if term is None or not term.domain:
        return False
    return all(names.get(f"{THINGS}{local_name(c)}") for c in term.domain)


def learn_things(docs: Sequence[Doc], examples: Sequence[dict], ontology: Ontology) -> dict[str, str]:
    """``things:CLASS`` for each class (a domain or range of the examples' properties, not
    labelled as `PERSON_CLASSES`) at least `MIN_THINGS` of whose names the examples' sentences
    write, at most one in `MAX_PEOPLE` of them tagged a person there (the small model takes
    some names of things for people's: "Def Jam Recordings")."""
    named: defaultdict[URIRef, set[str]] = defaultdict(set)
    people: defaultdict[URIRef, set[str]] = defaultdict(set)
    for doc, example in zip(docs, examples, strict=True):
        for subject, relation, obj in example["triples"]:
            term = ontology.named_property(relation)
            if term is None:
                continue
            for name, classes in ((subject, term.domain), (obj, term.range)):
                said = " ".join(name.replace("_", " ").split())
                found = re.search(rf"(?<!\w){re.escape(said)}(?!\w)", doc.text) if said else None
                span = doc.char_span(*found.span()) if found else None
                if span is None or name.startswith('"'):
                    continue
                for kind in classes:
                    if kind in ontology.classes:
                        named[kind].add(said)
                        if any(t.ent_type_ == "PERSON" for t in span):
                            people[kind].add(said)
    return {
        f"{THINGS}{local_name(kind)}": "1"
        for kind, names in named.items()
        if len(names) >= MIN_THINGS
        and len(people[kind]) * MAX_PEOPLE <= len(names)
        and not ontology.class_labels([kind]) & PERSON_CLASSES
    }
