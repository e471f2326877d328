"""Shared fixtures: the spaCy pipeline loads once per session."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
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


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Debian chromium driven by Playwright (CI installs it; elsewhere, skip without)."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None and not os.environ.get("CI"):
        pytest.skip("chromium is not installed (CI installs it)")
    assert chromium is not None, "CI must install Debian's chromium"
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )  # fmt: skip
        yield browser
        browser.close()
