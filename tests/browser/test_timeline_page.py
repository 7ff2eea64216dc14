"""The timeline pages in a real browser: marks, hover, click, deep links, no-JS list."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from browser_site import (
    SECOND_SLUG,
    SEED_SLUG,
    all_events,
    open_page,
    timeline_events,
    wait_for_chart,
)

MAIN_POINTS = "#timeline-chart .cartesianlayer .subplot.xy .point"


def squash(text: str) -> str:
    """Text without whitespace, to compare wrapped hover lines with a sentence."""
    return re.sub(r"\s+", "", text)


def point_box(page: Any, event_id: str) -> dict[str, float]:
    """Screen box of the mark drawn for `event_id` (its trace and point index in the DOM)."""
    box = page.evaluate(
        """(id) => {
          const gd = document.getElementById('timeline-chart');
          const layers = {scatter: '.scatterlayer .trace', bar: '.barlayer .trace'};
          for (let t = 0; t < gd.data.length; t++) {
            const trace = gd.data[t];
            const p = (trace.customdata || []).indexOf(id);
            if (p < 0) continue;
            const sameType = gd.data.filter((d, i) => i < t && d.type === trace.type).length;
            const groups = gd.querySelectorAll('.subplot.xy ' + layers[trace.type]);
            const r = groups[sameType].querySelectorAll('.point')[p].getBoundingClientRect();
            return {x: r.x, y: r.y, width: r.width, height: r.height};
          }
          return null;
        }""",
        event_id,
    )
    assert box, f"no mark drawn for {event_id}"
    return box


def test_chart_has_one_mark_per_placed_event(page: Any, base_url: str, site: Path) -> None:
    for path, events in (
        (f"timeline/{SEED_SLUG}.html", timeline_events(site, SEED_SLUG)),
        ("timeline/index.html", all_events(site)),
    ):
        page.goto(base_url + path)
        wait_for_chart(page)
        placed = sorted(e["id"] for e in events if e["start"])
        drawn = page.evaluate(
            """() => document.getElementById('timeline-chart').data
                 .flatMap(t => t.customdata || [])"""
        )
        assert sorted(drawn) == placed
        assert page.locator(MAIN_POINTS).count() == len(placed)
        for trace_type in page.evaluate(
            "() => document.getElementById('timeline-chart').data.map(t => t.type)"
        ):
            assert trace_type in ("scatter", "bar")


def test_starting_view_is_the_story_week_not_twenty_years(page: Any, base_url: str) -> None:
    page.goto(base_url + f"timeline/{SEED_SLUG}.html")
    wait_for_chart(page)
    low, high = page.evaluate(
        "() => document.getElementById('timeline-chart')._fullLayout.xaxis.range"
    )
    assert "2021-06-01" < low < "2021-06-29" and "2021-07-05" < high < "2021-08-01"
    page.get_by_role("img", name=re.compile("Chart of the")).wait_for()
    page.locator("#timeline-chart .updatemenu-button", has_text="All dates").click()
    page.wait_for_function(
        "() => document.getElementById('timeline-chart')._fullLayout.xaxis.range[0] < '2001-07-05'"
    )


def test_hover_shows_date_and_sentence_with_expression(
    page: Any, base_url: str, site: Path
) -> None:
    events = timeline_events(site, SEED_SLUG)
    event = next(e for e in events if e["text"] == "Sunday" and "Ghani" in e["sentence"])
    page.goto(base_url + f"timeline/{SEED_SLUG}.html")
    wait_for_chart(page)
    box = point_box(page, event["id"])
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    hover = page.locator("#timeline-chart .hoverlayer .hovertext")
    hover.wait_for(timeout=5_000)
    shown = hover.text_content() or ""
    assert event["label"] in shown
    assert squash(event["sentence"]) in squash(shown)
    bold = hover.locator("tspan[style*='bold']").all_text_contents()
    assert "Sunday" in [b.strip() for b in bold]


def test_click_on_a_mark_opens_the_sentence_in_the_article(
    page: Any, base_url: str, site: Path
) -> None:
    events = timeline_events(site, SEED_SLUG)
    event = next(e for e in events if e["text"] == "Last week")
    page.goto(base_url + f"timeline/{SEED_SLUG}.html")
    wait_for_chart(page)
    box = point_box(page, event["id"])
    with page.expect_navigation():
        page.mouse.click(box["x"] + min(box["width"] / 2, 20), box["y"] + box["height"] / 2)
    assert page.url == base_url + event["anchor"]
    target = page.locator("time.timex:target")
    assert target.text_content() == "Last week"
    assert target.evaluate("el => getComputedStyle(el).backgroundColor") != "rgba(0, 0, 0, 0)"
    top = target.evaluate("el => el.getBoundingClientRect().top")
    assert 0 <= top <= page.viewport_size["height"]


def test_enter_on_a_list_item_goes_to_the_article_anchor(
    page: Any, base_url: str, site: Path
) -> None:
    first = timeline_events(site, SEED_SLUG)[0]
    page.goto(base_url + f"timeline/{SEED_SLUG}.html")
    wait_for_chart(page)
    for _ in range(40):  # the list is reachable with the keyboard alone
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('event-link')"):
            break
    else:
        pytest.fail("Tab never reached an event in the list")
    focused = page.evaluate("() => document.activeElement.closest('li').dataset.event")
    assert focused == first["id"]
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == base_url + first["anchor"]
    assert page.locator("time.timex:target").count() == 1


def test_deep_link_opens_on_that_event(page: Any, base_url: str, site: Path) -> None:
    events = timeline_events(site, SEED_SLUG)
    planned = next(e for e in events if e["planned"])  # outside the starting view
    page.goto(base_url + f"timeline/{SEED_SLUG}.html#event-{planned['id']}")
    wait_for_chart(page)
    item = page.locator(f"#event-{planned['id']}")
    page.wait_for_function(
        "id => document.getElementById('event-' + id).classList.contains('is-current')",
        arg=planned["id"],
    )
    assert item.is_visible()
    assert item.evaluate("el => getComputedStyle(el).backgroundColor") != "rgba(0, 0, 0, 0)"
    state = page.evaluate(
        """(id) => {
          const gd = document.getElementById('timeline-chart');
          const t = gd.data.findIndex(d => (d.customdata || []).includes(id));
          return {range: gd._fullLayout.xaxis.range,
                  selected: gd.data[t].selectedpoints,
                  point: gd.data[t].customdata.indexOf(id),
                  band: (gd.layout.shapes || []).some(s => s.name === 'highlight')};
        }""",
        planned["id"],
    )
    assert state["range"][0] <= planned["start"] <= state["range"][1]
    assert state["selected"] == [state["point"]] and state["band"]


def test_without_javascript_the_list_shows_every_event(browser: Any, base_url: str, site: Path):
    page, problems = open_page(browser, javascript=False)
    try:
        for path, events in (
            (f"timeline/{SEED_SLUG}.html", timeline_events(site, SEED_SLUG)),
            ("timeline/index.html", all_events(site)),
        ):
            page.goto(base_url + path)
            items = page.locator("ol.events > li.event")
            assert items.count() == len(events)
            shown = [items.nth(i).get_attribute("data-event") for i in range(items.count())]
            assert shown == [e["id"] for e in events]  # date, then order in the text
            for i in range(items.count()):
                assert items.nth(i).is_visible()
            assert not page.locator("#timeline-chart").is_visible()
    finally:
        page.context.close()
    assert not problems, problems


def test_article_text_is_escaped_in_list_and_hover(page: Any, base_url: str, site: Path) -> None:
    page.goto(base_url + f"timeline/{SECOND_SLUG}.html")
    wait_for_chart(page)
    event = next(e for e in timeline_events(site, SECOND_SLUG) if e["text"] == "June 30")
    assert "<b>new</b>" in event["sentence"]
    item = page.locator(f"#event-{event['id']}")
    assert "<b>new</b>" in (item.text_content() or "")
    assert item.locator("b").count() == 0
    box = point_box(page, event["id"])
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    hover = page.locator("#timeline-chart .hoverlayer .hovertext")
    hover.wait_for(timeout=5_000)
    assert "<b>new</b>" in (hover.text_content() or "")


def test_site_wide_timeline_filters_list_and_chart(page: Any, base_url: str, site: Path) -> None:
    events = all_events(site)
    local = [e for e in events if e["category"] == "Local"]
    assert local and len(local) < len(events)
    page.goto(base_url + "timeline/index.html")
    wait_for_chart(page)
    links = page.locator("li.event a.event-link")
    for i, event in enumerate(events):  # each event links to its article
        assert links.nth(i).get_attribute("href").endswith(event["anchor"])
    page.select_option("#filter-category", "Local")
    page.wait_for_function(
        "n => document.querySelectorAll('ol.events li.event:not([hidden])').length === n",
        arg=len(local),
    )
    assert page.locator(MAIN_POINTS).count() == len([e for e in local if e["start"]])
    page.select_option("#filter-category", "")
    page.select_option("#filter-tag", "Taliban")
    taliban = [e for e in events if "Taliban" in e["tags"]]
    page.wait_for_function(
        "n => document.querySelectorAll('ol.events li.event:not([hidden])').length === n",
        arg=len(taliban),
    )
    assert page.locator(MAIN_POINTS).count() == len([e for e in taliban if e["start"]])


@pytest.mark.parametrize("width", [375, 1440])
def test_labels_do_not_overlap_or_spill(browser: Any, base_url: str, width: int) -> None:
    page, problems = open_page(browser, width)
    try:
        page.goto(base_url + f"timeline/{SEED_SLUG}.html")
        wait_for_chart(page)
        boxes = page.evaluate(
            """() => [...document.querySelectorAll('#timeline-chart g.annotation')]
                 .map(g => g.getBoundingClientRect())
                 .filter(r => r.width > 0)
                 .map(r => [r.left, r.top, r.right, r.bottom])"""
        )
        chart = page.locator("#timeline-chart").bounding_box()
    finally:
        page.context.close()
    assert len(boxes) >= 10
    for i, a in enumerate(boxes):
        assert chart["x"] - 1 <= a[0] and a[2] <= chart["x"] + chart["width"] + 1, a
        for b in boxes[i + 1 :]:
            apart = a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
            assert apart, (a, b)
    assert not problems, problems


def test_on_a_phone_first_tap_shows_the_sentence_second_opens_it(
    browser: Any, base_url: str, site: Path
) -> None:
    event = next(e for e in timeline_events(site, SEED_SLUG) if e["text"] == "yesterday")
    context = browser.new_context(
        viewport={"width": 375, "height": 800}, has_touch=True, is_mobile=True
    )
    page = context.new_page()
    try:
        url = base_url + f"timeline/{SEED_SLUG}.html"
        page.goto(url)
        wait_for_chart(page)
        box = point_box(page, event["id"])
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        page.touchscreen.tap(x, y)
        hover = page.locator("#timeline-chart .hoverlayer .hovertext")
        hover.wait_for(timeout=5_000)
        assert squash(event["sentence"]) in squash(hover.text_content() or "")
        assert hover.bounding_box()["width"] <= 375
        page.wait_for_timeout(500)
        assert page.url == url
        with page.expect_navigation():
            page.touchscreen.tap(x, y)
        assert page.url == base_url + event["anchor"]
    finally:
        context.close()


def test_deep_link_on_the_site_wide_timeline_and_a_bad_hash(
    page: Any, base_url: str, site: Path
) -> None:
    event = next(e for e in all_events(site) if e["article_url"].startswith(SECOND_SLUG))
    page.goto(base_url + f"timeline/index.html#event-{event['id']}")
    wait_for_chart(page)
    page.wait_for_function(
        "id => document.getElementById('event-' + id).classList.contains('is-current')",
        arg=event["id"],
    )
    assert page.locator("li.event.is-current").count() == 1
    page.goto(base_url + "timeline/index.html#event-%E0%A4%A")  # malformed: no error, no mark
    wait_for_chart(page)
    page.wait_for_function("() => !document.querySelector('li.event.is-current')")
