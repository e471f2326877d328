"""Mentions → entities: one node per real thing, with a canonical name, class and IRI.

Within a document, mentions with the same name are one entity; a person's surname
("Tracey") joins the full name seen elsewhere in the text ("Ann Tracey"); an acronym
joins the name it abbreviates when the text gives both ("Research Council (RC)"); and
"he"/"she"/"his"/"her" join the person they refer to, by rule: gender cues from the text,
then recency, preferring sentence subjects. Pronouns that find no one are dropped.

An entity's class is a vote over its mentions: each NER label counts once (a one-word
PERSON half: the small models tag many villages as people), a title or cue word before the
name ("Dr", "city of"), a headword in it ("University", "Region") or a whole name the
ontology lists ("France", "Merseyside") counts three times, and each relation the entity
takes part in counts for its property's domain or range as the rule says ("A, near B" makes
both places). The vote picks a top-level class, then the most specific subclass the
evidence agrees on.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import quote

import numpy
from pyoxigraph import NamedNode
from rdflib import URIRef
from spacy.tokens import Doc, Span, Token

from kg.ontology import Ontology
from kg.relations import Relation

DEFAULT_BASE = "https://w3id.org/kg/id/"
"""The namespace of entity IRIs unless the user picks another."""

_NER_VOTE, _CUE_VOTE = 1.0, 3.0
_PRONOUNS = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}  # fmt: skip
_TITLE_GENDER = {
    "Mr": "m", "Sir": "m", "Lord": "m", "Mrs": "f", "Ms": "f", "Miss": "f", "Dame": "f", "Lady": "f",
}  # fmt: skip
Votes = defaultdict[URIRef, float]
"""Class → the weight of the evidence for it."""
_PRONOUN_REACH = 3
"""How many sentences back a pronoun may look for the person it means."""


@dataclass
class Entity:
    """One real thing named in a document."""

    name: str
    iri: URIRef
    cls: URIRef
    mentions: list[Span] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    pronouns: list[Token] = field(default_factory=list)


@lru_cache(maxsize=65536)  # a name recurs across documents; its IRI is checked twice
def mint_iri(name: str, *, base: str = DEFAULT_BASE) -> URIRef:
    """Mint an entity IRI from its canonical name: spaces become ``_``, unsafe characters are
    percent-encoded, letters of any script are kept.

    >>> mint_iri("Liverpool City Region")
    rdflib.term.URIRef('https://w3id.org/kg/id/Liverpool_City_Region')
    >>> mint_iri("AT&T <Labs>")
    rdflib.term.URIRef('https://w3id.org/kg/id/AT%26T_%3CLabs%3E')

    Raises:
        ValueError: the name has no letters or digits.
    """
    text = " ".join(unicodedata.normalize("NFC", name).split())
    if not any(ch.isalnum() for ch in text):
        raise ValueError(f"Can't mint an IRI from {name!r}: it has no letters or digits")
    text = text.rstrip(".")  # "Widget Ltd." is "Widget Ltd"
    local = "".join(
        ch if ch.isalnum() or ch in "-._" else "_" if ch == " " else quote(ch, safe="") for ch in text
    )
    # Turtle's prefixed names can't start with "-" or "."; escaped forms trip some parsers.
    local = {"-": "%2D", ".": "%2E"}.get(local[0], local[0]) + local[1:]
    iri = base + local
    NamedNode(iri)  # Oxigraph's strict IRI parser: fail here, not in the store
    return URIRef(iri)


def canonical_name(span: Span) -> str:
    """The name a mention spells, with whitespace and quotes normalised.

    >>> import spacy
    >>> canonical_name(spacy.blank("en")("the  City\\nof London")[1:])
    'City of London'
    """
    return " ".join(span.text.split()).strip("\"'“”‘’")


def entities(
    doc: Doc,
    *,
    ontology: Ontology,
    relations: Iterable[Relation] = (),
    base: str = DEFAULT_BASE,
) -> dict[int, Entity]:
    """Group the mentions of ``doc`` into entities, keyed by each mention's start token
    (and by the token of each pronoun that refers to one).

    Args:
        doc: a doc whose ``ents`` are kg mentions (see `kg.mentions`).
        ontology: gives the class for each NER label, cue and headword, and each
            property's domain and range.
        relations: candidate relations, whose properties vote on their ends' classes.
        base: namespace for minted IRIs.
    """
    clusters: dict[str, list[Span]] = {}
    name_at: dict[int, str] = {}  # each mention's canonical name, by its start
    for span in doc.ents:
        name_at[span.start] = name = canonical_name(span)
        clusters.setdefault(name.casefold(), []).append(span)
    _join_acronyms(doc, clusters)
    _join_surnames(clusters, ontology)
    _join_organisation_forms(clusters)

    class_at: dict[int, str] = doc._.kg_class_triggers or {}  # title words ("Dr") before names
    key_of = {span.start: key for key, spans in clusters.items() for span in spans}
    votes: dict[str, Votes] = {key: Votes(float) for key in clusters}
    for key, spans in clusters.items():
        for span in spans:
            _vote_on_mention(span, votes[key], ontology, class_at)
    pronoun_of = _resolve_pronouns(doc, clusters, ontology, class_at)
    key_of.update(pronoun_of)
    for relation in relations:
        prop = ontology.properties.get(relation.predicate)
        if prop is None:
            continue
        for span, allowed, weight in (
            (relation.subject, prop.domain, relation.subject_vote),
            (relation.object, prop.range, relation.object_vote),
        ):
            # A union ("an organisation or a place") votes for each of its members: together
            # they outvote a lone mistaken tag such as PERSON.
            if weight and span.start in key_of:
                for cls in allowed:
                    votes[key_of[span.start]][cls] += weight

    result: dict[int, Entity] = {}
    by_key: dict[str, Entity] = {}
    for key, spans in clusters.items():
        if not votes[key]:
            continue
        names = [name_at[span.start] for span in spans]
        name = max(names, key=lambda n: (len(n.split()), len(n), n))
        titles = {doc[s.start - 1].text for s in spans if s.start - 1 in class_at}
        entity = Entity(
            name=name,
            iri=mint_iri(name, base=base),
            cls=choose_class(votes[key], ontology),
            mentions=sorted(spans, key=lambda s: s.start),
            aliases={n for n in names if n != name},
            titles={t for t in titles if t[:1].isupper()},
        )
        by_key[key] = entity
        for span in spans:
            result[span.start] = entity
    for token, key in pronoun_of.items():
        if key in by_key:
            result[token] = by_key[key]
            by_key[key].pronouns.append(doc[token])
    return result


def choose_class(votes: Votes, ontology: Ontology) -> URIRef:
    """The class a vote elects: the top-level class with the most support (its own votes
    and its subclasses'), then, while one subclass has more support than its siblings and
    at least as much as the class itself got directly, that subclass.

    Ties go to the class whose IRI sorts first, so the choice is deterministic.
    """

    supported: dict[URIRef, float] = defaultdict(float)  # each class's votes and its subclasses'
    for voted, n in votes.items():
        for cls in ontology.ancestors(voted):
            supported[cls] += n  # votes are halves and wholes: sums are exact in any order

    def support(cls: URIRef) -> float:
        return supported.get(cls, 0.0)

    tops = {ontology.top_entity_class(cls) for cls in votes}
    chosen = min(tops, key=lambda c: (-support(c), str(c)))
    while True:
        ranked = sorted(
            ((support(c), c) for c in ontology.children(chosen)), key=lambda x: (-x[0], str(x[1]))
        )
        ranked = [(n, c) for n, c in ranked if n > 0]
        if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]) or ranked[0][0] < votes[chosen]:
            return chosen
        chosen = ranked[0][1]


def _vote_on_mention(span: Span, votes: Votes, ontology: Ontology, class_at: dict[int, str]) -> None:
    cls = ontology.class_for_ner(span.label_)
    if cls is not None:
        # The small models tag many one-word places as people ("Tenby", "Keswick"); a person
        # in news is named in full at least once, so a lone word's PERSON tag counts half.
        votes[cls] += _NER_VOTE / 2 if span.label_ == "PERSON" and len(span) == 1 else _NER_VOTE
    if span.start - 1 in class_at:
        votes[URIRef(class_at[span.start - 1])] += _CUE_VOTE
    for word in {token.text.rstrip(".") for token in span}:
        if word in ontology.headwords:
            votes[ontology.headwords[word]] += _CUE_VOTE
    name = span.text[4:] if span.text.startswith(("the ", "The ")) else span.text
    if name in ontology.instance_names:  # "France", "the UK"
        votes[ontology.instance_names[name]] += _CUE_VOTE


def _join_surnames(clusters: dict[str, list[Span]], ontology: Ontology) -> None:
    """Move a lone surname's mentions into the one person whose full name ends with it."""
    person = ontology.class_for_ner("PERSON")
    people = [
        key
        for key, spans in clusters.items()
        if len(key.split()) > 1 and any(ontology.class_for_ner(s.label_) == person for s in spans)
    ]
    for key in [k for k in clusters if len(k.split()) == 1]:
        owners = [p for p in people if p.split()[-1] == key]
        if len(owners) == 1:
            clusters[owners[0]].extend(clusters.pop(key))


_INSTITUTIONS = ("university", "college")
_DESIGNATORS = {
    "bank", "group", "plc", "ltd", "limited", "inc", "corp", "corporation", "company", "co",
    "holdings", "llc", "ag", "sa", "gmbh", "nv",
}  # fmt: skip


def _join_organisation_forms(clusters: dict[str, list[Span]]) -> None:
    """Join the forms one organisation takes in a text: "Leeds University" is the
    "University of Leeds", and "Barclays" the "Barclays Bank" or "Barclays PLC" named in
    full (only a name tagged as an organisation, and only if one full name fits: "Liverpool"
    the city is not "Liverpool City Region")."""

    def institution(key: str) -> tuple[str, str] | None:
        for word in _INSTITUTIONS:
            if key.startswith(f"{word} of "):
                return word, key.removeprefix(f"{word} of ").removeprefix("the ")
            if key.endswith(f" {word}"):
                return word, key.removesuffix(f" {word}")
        return None

    by_form: dict[tuple[str, str], list[str]] = {}
    for key in clusters:
        if (form := institution(key)) is not None:
            by_form.setdefault(form, []).append(key)
    for keys in by_form.values():
        full, *others = sorted(keys, key=lambda k: (-len(k.split()), k))
        for other in others:
            clusters[full].extend(clusters.pop(other))

    for key in [k for k, spans in clusters.items() if all(s.label_ == "ORG" for s in spans)]:
        owners = [
            k
            for k in clusters
            if k.startswith(key + " ") and all(w.rstrip(".") in _DESIGNATORS for w in k[len(key) :].split())
        ]
        if len(owners) == 1:
            clusters[owners[0]].extend(clusters.pop(key))


def _join_acronyms(doc: Doc, clusters: dict[str, list[Span]]) -> None:
    """ "Name (NA)": the acronym in brackets, wherever it appears, is the same entity."""
    for key, spans in list(clusters.items()):
        for span in spans:
            if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
                acronym = doc[span.end + 1].text
                initials = "".join(w[0] for w in canonical_name(span).split() if w[0].isupper())
                if acronym.isupper() and acronym == initials and acronym.casefold() in clusters:
                    if acronym.casefold() != key:
                        clusters[key].extend(clusters.pop(acronym.casefold()))
                    break
            if key not in clusters:
                break


def _resolve_pronouns(
    doc: Doc, clusters: dict[str, list[Span]], ontology: Ontology, class_at: dict[int, str]
) -> dict[int, str]:
    """Map each third-person singular pronoun's token to the person cluster it refers to."""
    person = ontology.class_for_ner("PERSON")
    mentions = sorted(
        (span.start, key, span)
        for key, spans in clusters.items()
        if any(
            ontology.class_for_ner(s.label_) == person or class_at.get(s.start - 1) == str(person)
            for s in spans
        )
        for span in spans
    )
    gender: dict[str, str] = {}
    for key, spans in clusters.items():
        for span in spans:
            title = doc[span.start - 1].text if span.start > 0 else ""
            if title in _TITLE_GENDER:
                gender[key] = _TITLE_GENDER[title]
    if not len(doc):
        return {}
    # Read from the doc's arrays: the sentence of every token, and where the pronouns are.
    starts = doc.to_array("SENT_START") == 1
    starts[0] = True
    sentence_of = (numpy.cumsum(starts) - 1).tolist()
    strings = doc.vocab.strings
    words = numpy.isin(doc.to_array("LOWER"), [strings[word] for word in _PRONOUNS])
    pronouns = words & (doc.to_array("POS") == strings["PRON"])
    resolved: dict[int, str] = {}
    for i in numpy.flatnonzero(pronouns).tolist():
        token = doc[i]
        cue = _PRONOUNS[token.lower_]
        here = sentence_of[token.i]
        best: tuple[tuple[int, int, int], str] | None = None
        for start, key, span in mentions:
            if start >= token.i:
                break
            distance = here - sentence_of[start]
            if distance > _PRONOUN_REACH or gender.get(key, cue) != cue:
                continue
            is_subject = span.root.dep_ in ("nsubj", "nsubjpass")
            rank = (distance, 0 if is_subject else 1, token.i - start)
            if best is None or rank < best[0]:
                best = (rank, key)
        if best is not None:
            resolved[token.i] = best[1]
            gender.setdefault(best[1], cue)
    return resolved
