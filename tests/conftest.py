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


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real ``oxigraph serve`` (the PyPI ``oxigraph`` package) on a loopback port, for the
    remote-store tests; its URL. CI installs it with the dev extras; elsewhere, skip without."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(binary).exists():
        if os.environ.get("CI"):
            pytest.fail("CI must install the oxigraph server (pip install oxigraph)")
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    location = tmp_path_factory.mktemp("oxigraph")
    server = subprocess.Popen(
        [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail("oxigraph serve did not start")
            time.sleep(0.1)
    try:
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)
