"""The page in a real browser (headless Debian chromium): offline, no errors, text stays text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Literal, URIRef

from kg.analysis import stats
from kg.ontology import KG
from kg.store import Store
from kg.viz import write_html

EVIL = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'


@pytest.fixture(scope="module")
def evil_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A page built by `kg build` from a document full of markup, plus a hand-made evil name."""
    folder = tmp_path_factory.mktemp("evil")
    source = folder / "evil.txt"
    source.write_text(
        f"Microsoft chief executive Satya Nadella spoke in Seattle. {EVIL}\n"
        "The mayor of Bristol, Marvin Rees, visited Bath. </script><script>window.pwned=3</script>\n"
        "It was the first time that he had been there since the city was flooded, and he said that "
        "he would come back when the work on the new bridge was done, as it should be by the summer.\n"
    )
    store_dir = folder / "store"
    kg = [str(Path(sys.executable).parent / "kg")]
    run = subprocess.run(
        [*kg, "build", str(source), "--store", str(store_dir)], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    with Store(store_dir) as store:
        evil = URIRef("urn:x:evil")
        triples = [
            (URIRef("urn:kg:evil-names"), RDF.type, KG.Document),
            (evil, RDF.type, KG.Person),
            (evil, RDFS.label, Literal(EVIL)),
        ]
        store.replace_graph("urn:kg:evil-names", triples)
        nodes = stats(store).entities
        page = write_html(store, folder / "graph.html", title=EVIL)
    return page, nodes


def test_page_opens_offline_without_errors_draws_nodes_and_runs_no_document_text(
    browser: object, evil_page: tuple[Path, int]
) -> None:
    path, expected_nodes = evil_page
    page = browser.new_page()  # type: ignore[attr-defined]
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.as_uri())
    page.wait_for_function("window.network && window.network.body.data.nodes.length > 0", timeout=20_000)

    assert page.evaluate("window.network.body.data.nodes.length") == expected_nodes
    assert page.evaluate("window.network.body.nodeIndices.length") == expected_nodes  # drawn, not just data
    assert requests == [path.as_uri()], "the page fetched something"
    assert errors == []
    assert page.evaluate("window.pwned") is None
    assert page.locator("img").count() == 0
    assert page.title() == EVIL  # the title shows the text as text

    # Hover the hand-made node: vis-network's tooltip shows the markup as plain text.
    position = page.evaluate(
        "(() => { const p = window.network.getPositions(['urn:x:evil'])['urn:x:evil'];"
        " const d = window.network.canvasToDOM(p); const r = document.getElementById('graph')"
        ".getBoundingClientRect(); return [d.x + r.left, d.y + r.top]; })()"
    )
    page.mouse.move(*position)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5_000)
    assert EVIL in tooltip.inner_text()
    assert tooltip.locator("img, script").count() == 0
    assert page.evaluate("window.pwned") is None
    page.close()
