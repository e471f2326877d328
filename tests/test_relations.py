from __future__ import annotations

import pytest
from rdflib import URIRef

from kg.ontology import KG, Ontology
from kg.relations import make_extractors
from tests.conftest import Extract


def facts(extract: Extract, text: str) -> set[tuple[str, URIRef, str]]:
    """(subject name, property, object name) for relations whose ends fit domain and range."""
    _, entities, relations = extract(text)
    return {(entities[r.subject.start].name, r.predicate, entities[r.object.start].name) for r in relations}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Microsoft chief executive Satya Nadella spoke in Seattle.",
            ("Satya Nadella", KG.leaderOf, "Microsoft"),
        ),
        (
            "West Midlands mayor Richard Parker said the buses would run.",
            ("Richard Parker", KG.mayorOf, "West Midlands"),
        ),
        (
            "Dame Nancy Rothwell, vice-chancellor of the University of Manchester, opened it.",
            ("Nancy Rothwell", KG.leaderOf, "University of Manchester"),
        ),
        ("The mayor of Bristol, Marvin Rees, visited Bath.", ("Marvin Rees", KG.mayorOf, "Bristol")),
        ("Sadiq Khan is the mayor of London.", ("Sadiq Khan", KG.mayorOf, "London")),
        (
            "The telescope at Jodrell Bank, near Macclesfield, was built in 1957.",
            ("Jodrell Bank", KG.near, "Macclesfield"),
        ),
    ],
)
def test_role_and_locative_patterns(extract: Extract, text: str, fact: tuple[str, URIRef, str]) -> None:
    assert fact in facts(extract, text)


def test_negated_role_is_not_asserted(extract: Extract) -> None:
    assert not facts(extract, "Sadiq Khan is not the mayor of Paris.")


def test_every_relation_carries_its_rule_trigger_and_evidence_span(extract: Extract) -> None:
    doc, _, relations = extract("Microsoft chief executive Satya Nadella spoke in Seattle.")
    (relation,) = [r for r in relations if r.rule == "title-compound"]
    assert relation.rule == "title-compound" and relation.trigger == "chief executive"
    assert relation.evidence.text == "Microsoft chief executive Satya Nadella"
    assert doc.text[relation.evidence.start_char : relation.evidence.end_char] == relation.evidence.text
    assert 0 < relation.confidence <= 1


def test_unknown_extractor_lists_the_known_ones(ontology: Ontology) -> None:
    with pytest.raises(ValueError, match=r"Can't find extractor 'svo'\. Available: dependency, patterns"):
        make_extractors(["svo"], ontology=ontology)
