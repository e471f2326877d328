"""The graph page as a person uses it, in headless chromium: search, filters, neighbourhood, details."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.viz import render_html
from tests.test_viz import big_picture


@pytest.fixture
def page(browser: object, tmp_path: Path):
    pic = big_picture(30)
    pic.edges[0]["evidence"] = "P0 knows P1, said the <b>paper</b>. [news.txt]"
    path = tmp_path / "graph.html"
    path.write_text(render_html(pic, title="Ring"))
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready=true]", timeout=20_000)
    yield page
    page.close()


def visible(page, kind: str = "nodes") -> int:
    return page.evaluate(f"window.network.body.data.{kind}.get({{filter: (x) => !x.hidden}}).length")


def test_search_selects_and_focuses_an_entity(page) -> None:
    page.fill("#search", "P7")
    page.dispatch_event("#search", "change")
    assert page.evaluate("window.network.getSelectedNodes()") == ["urn:p7"]
    assert page.locator("#details").inner_text().startswith("P7\nclass: person")


def test_class_and_relation_filters_hide_what_is_unticked(page) -> None:
    assert visible(page) == 31
    page.uncheck("input.kind[value=organisation]")
    assert visible(page) == 30
    page.uncheck("input.property[value='member of']")
    assert visible(page, "edges") == 30


def test_neighbourhood_shows_only_what_is_near_the_selection(page) -> None:
    page.evaluate("window.network.selectNodes(['urn:p5'])")
    page.select_option("#hops", "2")
    page.click("#neighbourhood")
    shown = page.evaluate("window.network.body.data.nodes.get({filter: (x) => !x.hidden}).map((x) => x.id)")
    assert set(shown) == {"urn:p3", "urn:p4", "urn:p5", "urn:p6", "urn:p7"}
    page.click("#everything")
    assert visible(page) == 31


def test_clicking_a_relation_shows_its_evidence_as_text(page) -> None:
    page.evaluate(
        "(() => { const e = window.network.body.data.edges.get("
        "{filter: (x) => x.from === 'urn:p0' && x.to === 'urn:p1'})[0];"
        " window.network.body.emitter.emit('click', {nodes: [], edges: [e.id]}); })()"
    )
    text = page.locator("#details").inner_text()
    assert "P0 — knows → P1" in text and "said the <b>paper</b>. [news.txt]" in text
    assert page.locator("#details b").count() == 0
