"""Shared fixtures: the spaCy pipeline loads once per session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kg.entities import Entity, entities
from kg.nlp import load_pipeline
from kg.ontology import Ontology, read_ontology
from kg.relations import DEFAULT_EXTRACTORS, Relation, make_extractors, relations

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "liverpool_oxford.txt"


@pytest.fixture(scope="session")
def ontology() -> Ontology:
    return read_ontology()


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline()


Extract = Callable[[str], tuple[Doc, dict[int, Entity], list[Relation]]]


@pytest.fixture(scope="session")
def extract(nlp: Language, ontology: Ontology) -> Extract:
    """Run the extraction stages on a text: (doc, entities by mention start, relations)."""
    extractors = make_extractors(DEFAULT_EXTRACTORS, ontology=ontology)

    def run(text: str) -> tuple[Doc, dict[int, Entity], list[Relation]]:
        doc = nlp(text)
        found = list(relations(doc, extractors=extractors))
        return doc, entities(doc, ontology=ontology, relations=found), found

    return run
