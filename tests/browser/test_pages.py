"""Every page of the built site: no console errors, accessible, readable at 375 and 1440 px."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from browser_site import ARTIFACTS, SEED_SLUG, open_page, timeline_events, wait_for_chart

AUDITED = {
    "index": "index.html",
    "article": f"{SEED_SLUG}.html",
    "timeline": f"timeline/{SEED_SLUG}.html",
    "timeline-index": "timeline/index.html",
}


def test_no_console_errors_on_any_page(browser: Any, base_url: str, site: Path) -> None:
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    assert len(pages) >= 8
    page, problems = open_page(browser)
    try:
        for path in pages:
            page.goto(base_url + path)
            if page.locator("#timeline-chart").count():
                wait_for_chart(page)
            assert page.title(), path
    finally:
        page.context.close()
    assert not problems, problems


@pytest.mark.parametrize("name", sorted(AUDITED))
def test_axe_finds_no_serious_or_critical_violation(
    browser: Any, base_url: str, name: str
) -> None:
    page, problems = open_page(browser)
    try:
        page.goto(base_url + AUDITED[name])
        if page.locator("#timeline-chart").count():
            wait_for_chart(page)
        results = Axe().run(page)
    finally:
        page.context.close()
    violations = results.response["violations"]
    bad = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]
    assert not bad, bad
    assert not problems, problems


def test_article_links_to_its_timeline_with_a_summary(page: Any, base_url: str, site: Path):
    events = timeline_events(site, SEED_SLUG)
    dated = [e for e in events if e["start"]]
    page.goto(base_url + AUDITED["article"])
    link = page.get_by_role("link", name="See this story on a timeline")
    assert link.is_visible()
    box = page.get_by_role("complementary", name="Timeline")
    assert dated[0]["label"] in box.text_content()
    assert dated[-1]["label"] in box.text_content()
    with page.expect_navigation():
        link.click()
    assert page.url.endswith(f"timeline/{SEED_SLUG}.html")
    back = page.get_by_role("link", name="Back to the story")
    assert back.get_attribute("href").endswith(f"{SEED_SLUG}.html")


def test_times_in_the_article_are_subtle_with_a_tooltip(page: Any, base_url: str) -> None:
    page.goto(base_url + AUDITED["article"])
    times = page.locator(".story-body time.timex")
    assert times.count() >= 10
    first = times.first
    assert first.get_attribute("title") and first.get_attribute("datetime")
    style = first.evaluate(
        "el => [getComputedStyle(el).textDecorationStyle, getComputedStyle(el).fontWeight]"
    )
    assert style[0] == "dotted" and style[1] == "400"


@pytest.mark.parametrize("width", [375, 1440])
def test_screenshots_and_no_sideways_scrolling(browser: Any, base_url: str, width: int) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page, problems = open_page(browser, width)
    try:
        for name, path in sorted(AUDITED.items()):
            page.goto(base_url + path)
            if page.locator("#timeline-chart").count():
                wait_for_chart(page)
            overflow = page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at {width}px"
            target = ARTIFACTS / f"{name}-{width}.png"
            page.screenshot(path=str(target), full_page=True)
            assert target.stat().st_size > 10_000
    finally:
        page.context.close()
    assert not problems, problems
