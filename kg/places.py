"""How a user's examples write places: with their region, and of what kind.

DBpedia writes a US city as ``Anaheim,_California`` even where the sentence says "Anaheim …
in California" (`learn_region_qualifier`, applied by `qualified`), and a property's ends are
countries, regions or neither (`learn_place_kinds`, with `place_kind` telling the kind of a
name). Both are kept only where the examples show them (see `kg.conventions`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from rdflib import URIRef
from spacy.tokens import Doc, Span, Token

from kg.literals import NUMBER
from kg.namespans import tagged
from kg.ontology import KG, Ontology

QUALIFY = "qualify:region"
"""Names-table key of the "place, region" convention; its value is the template."""
QUALIFY_CLASSES = "qualify:classes"
"""Names-table key of the classes (IRIs, space-separated) whose names the examples qualify."""


def qualified(
    name: str, mention: Span, ontology: Ontology, names: dict[str, str], classes: Sequence[URIRef] = ()
) -> str:
    """``name`` of a place with the region the text puts it in, where the examples write
    places so ("Anaheim" in a text that names California is ``Anaheim,_California``). A
    place is what the tagger calls one, or a mention in one of the ``classes`` (the
    property's domain or range) the examples qualified names of."""
    template = names.get(QUALIFY)
    if not template or "," in name or name.lower().replace("_", " ") in names:
        return name
    spoken = name.replace("_", " ")
    wanted = set(names.get(QUALIFY_CLASSES, "").split())
    place = any(t.ent_type_ == "GPE" for t in mention) or any(str(c) in wanted for c in classes)
    if not place or ontology.instance_names.get(spoken) in _AREAS:
        return name  # not a place, or a region or country itself
    words = spoken.split()
    for n in (1, 2, 3):  # "Greene Maine", written without its comma
        if len(words) > n and _region(" ".join(words[-n:]), ontology):
            if words[-n - 1].islower():
                return name  # "Bank of England": the region is part of the name
            return template.format(name="_".join(words[:-n]), region="_".join(words[-n:]))
    # The region its own clause puts it in ("born in Cleveland, … died in Parkersburg, West
    # Virginia" says nothing of Cleveland), the nearest after it, else before it.
    clause = _clause(mention.root)
    regions = [
        ent for ent in tagged(mention.doc)
        if ent.label_ == "GPE" and _region(ent.text, ontology) and _clause(ent.root) == clause
        and (ent.end <= mention.start or ent.start >= mention.end)
    ]  # fmt: skip
    if not regions:
        return name
    after = [ent for ent in regions if ent.start >= mention.end]
    return template.format(name=name, region=(after or regions[::-1])[0].text.replace(" ", "_"))


def _clause(token: Token) -> int:
    """The verb whose clause holds ``token`` (its index), or the sentence root's."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token.i


_AREAS = (KG.Region, KG.Country)
OTHER = "Other"
"""The kind of a thing that is no country or region kg's gazetteer knows (a person, a town…)."""


CITY_STATES = frozenset({"Singapore", "Monaco", "Vatican City"})
"""Countries that are cities too: a city's place where the examples had no countries."""


def place_kind(text: str, ontology: Ontology) -> str | None:
    """ "Country" or "Region" for a place kg's own gazetteer lists or whose last word is a
    country's or region's headword ("Jones County", "Kingdom of Sarawak"), else None."""
    text = text.replace("_", " ").split(",")[0].strip()
    listed = ontology.instance_names.get(text)
    if listed is None and text:
        words = text.split()
        listed = ontology.headwords.get(words[-1]) or ontology.headwords.get(words[0])
    return {KG.Country: "Country", KG.Region: "Region"}.get(listed)  # type: ignore[arg-type]


def learn_place_kinds(examples: Sequence[dict], ontology: Ontology) -> dict[str, str]:
    """Whether the things at one end of a property are countries, regions or neither (no
    place kg's gazetteer knows), where three in four of the examples agree, at least two
    (for neither: all of them, at least three, as it rules places out):
    ``place:isPartOf:object`` = ``Region`` makes "in California" part of and "in the United
    States" the country; ``place:birthPlace:subject`` = ``Other`` rules out "Malaysia was born
    in Miri"."""
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for example in examples:
        for s, relation, o in example["triples"]:
            for end, name in (("subject", s), ("object", o)):
                if not NUMBER.match(name.strip('"')):
                    kinds[f"place:{relation}:{end}"][place_kind(name, ontology) or OTHER] += 1
    found = {}
    for key, counts in kinds.items():
        kind, count = counts.most_common(1)[0]
        if count >= (3 if kind == OTHER else 2) and count * 4 >= sum(counts.values()) * (
            4 if kind == OTHER else 3
        ):
            found[key] = kind
        if key.endswith(":object") and counts.total() >= 5 and not counts["Country"]:
            found[NO_COUNTRY + key.removeprefix("place:").removesuffix(":object")] = "1"
    return found


NO_COUNTRY = "nocountry:"
"""Names-table key prefix of a property none of whose values (at least five) the examples
gave was a country (``nocountry:isPartOf``): "Abilene is part of Texas in the United States"
makes the United States Abilene's country, where one property's values were all countries."""


def _region(text: str, ontology: Ontology) -> bool:
    return ontology.instance_names.get(text) == KG.Region


def learn_region_qualifier(
    docs: Sequence[Doc], examples: Sequence[dict], ontology: Ontology
) -> dict[str, str]:
    """Whether the examples name a place with the region the text puts it in
    (``Anaheim,_California``) even where the text doesn't write them together."""
    qualified_count = unqualified = 0
    classes: Counter[str] = Counter()
    for doc, example in zip(docs, examples, strict=True):
        text = " ".join(example["sentence"].split())
        places = {ent.text for ent in tagged(doc) if ent.label_ == "GPE"}
        regions = {place for place in places if _region(place, ontology)}
        roles: dict[str, set[URIRef]] = defaultdict(set)  # name → the classes it stands in
        for s, relation, o in example["triples"]:
            term = ontology.named_property(relation)
            roles[s].update(term.domain if term else ())
            roles[o].update(term.range if term else ())
        for name, role in roles.items():
            place, comma, region = name.replace("_", " ").partition(", ")
            if comma and region in regions and place in text:
                classes.update(str(c) for c in role)
                qualified_count += f"{place}, {region}" not in text
            elif (
                not comma
                and regions - {place}
                and ontology.instance_names.get(place) not in _AREAS
                and place in places
            ):
                unqualified += 1
    if qualified_count >= 2 and qualified_count > unqualified:
        return {
            QUALIFY: "{name},_{region}",
            QUALIFY_CLASSES: " ".join(sorted(c for c, n in classes.items() if n >= 2)),
        }
    return {}
