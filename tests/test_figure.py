"""The Plotly figure built from event dicts: marks, starting view, hover, safe JSON."""

from __future__ import annotations

import html
import json
import re
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from timeline.eventjson import escape_json_for_script
from timeline.figure import (
    _wrap_words,
    build_figure,
    figure_data,
    figure_json,
    focus_range,
    hover_html,
)

PUBLISHED = date(2021, 7, 5)
URL = "afghan-security-personnel-flee-into-tajikistan.html"
TITLE = "Hundreds of Afghan Security Personnel Flee Into Tajikistan as Taliban Advances"


def event(n: int, text: str, start: str | None, end: str | None, **extra: Any) -> dict[str, Any]:
    """One event dict with the agreed keys; `extra` overrides."""
    sentence = extra.pop("sentence", f"It happened {text} in the north.")
    before, _, after = sentence.partition(text)
    base = {
        "id": f"seed-{n:02d}",
        "article_url": URL,
        "article_title": TITLE,
        "article_slug": "seed",
        "category": "World",
        "tags": ["Afghanistan"],
        "text": text,
        "sentence": sentence,
        "before": before,
        "after": after,
        "type": "DATE",
        "value": start or "XXXX",
        "mod": None,
        "start": start,
        "end": end,
        "label": start or "unplaced",
        "kind": "day" if start and start == end else ("span" if start else "unplaced"),
        "derived": False,
        "planned": False,
        "fuzzy": False,
        "order": n,
        "anchor": f"{URL}#t-seed-{n:02d}",
    }
    base.update(extra)
    return base


def seed_events() -> list[dict[str, Any]]:
    """The seed table as events, in the agreed order (start, then text order)."""
    events = [
        event(3, "20 years", "2001-07-05", "2021-07-05", type="DURATION", value="P20Y",
              sentence="Foreign troops near a complete withdrawal after 20 years of war."),
        event(12, "two decades", "2001-07-05", "2021-07-05", type="DURATION", value="P20Y"),
        event(11, "Last week", "2021-06-28", "2021-07-04", value="2021-W26",
              label="28 June – 4 July 2021 (week 26)"),
        event(6, "vacated its main base", "2021-07-02", "2021-07-02", derived=True),
        event(8, "the last few days", "2021-07-02", "2021-07-05", type="DURATION",
              value="PXD", fuzzy=True, label="a few days up to 5 July 2021"),
        event(1, "yesterday", "2021-07-04", "2021-07-04", label="Sun 4 July 2021"),
        event(2, "Sunday", "2021-07-04", "2021-07-04", label="Sun 4 July 2021"),
        event(4, "Sunday", "2021-07-04", "2021-07-04", label="Sun 4 July 2021"),
        event(9, "Sunday", "2021-07-04", "2021-07-04", label="Sun 4 July 2021"),
        event(7, "Monday", "2021-07-05", "2021-07-05", label="Mon 5 July 2021"),
        event(10, "Monday", "2021-07-05", "2021-07-05", label="Mon 5 July 2021"),
        event(5, "September 11", "2021-09-11", "2021-09-11", planned=True,
              label="Sat 11 September 2021",
              sentence="A plan to withdraw all foreign troops by September 11."),
    ]
    return events



def mark_traces(fig_dict: dict) -> list[dict]:
    return [t for t in fig_dict["data"] if t.get("customdata") is not None]


def test_one_mark_per_placed_event_day_markers_and_span_bars() -> None:
    events = seed_events() + [event(99, "two days", None, None, kind="unplaced")]
    fig = json.loads(figure_json(build_figure(events, PUBLISHED)))
    marks = mark_traces(fig)
    ids = [i for t in marks for i in t["customdata"]]
    assert sorted(ids) == sorted(e["id"] for e in events if e["start"])
    by_type = {t["type"]: t for t in marks}
    assert set(by_type) == {"scatter", "bar"}
    spans = {e["id"] for e in events if e["start"] and e["start"] != e["end"]}
    assert set(by_type["bar"]["customdata"]) == spans
    assert all(t in ("scatter", "bar") for t in (t["type"] for t in fig["data"]))


def test_twenty_year_bar_has_its_length_in_days() -> None:
    fig = build_figure(seed_events(), PUBLISHED)
    bar = next(t for t in fig.data if t.type == "bar")
    i = list(bar.customdata).index("seed-03")
    assert bar.base[i] == "2001-07-05"
    assert bar.x[i] == ((date(2021, 7, 5) - date(2001, 7, 5)).days + 1) * 86_400_000


def test_starting_view_is_the_cluster_not_twenty_years() -> None:
    low, high = focus_range(seed_events(), PUBLISHED)
    assert "2021-06-20" <= low <= "2021-06-28"
    assert "2021-07-05" < high <= "2021-07-15"
    fig = build_figure(seed_events(), PUBLISHED)
    assert list(fig.layout.xaxis.range) == [low, high]
    all_dates = fig.layout.updatemenus[0].buttons[1]
    assert all_dates.label == "All dates"
    assert all_dates.args[0]["xaxis.range"][0] < "2001-07-05"


def test_a_year_of_the_first_century_keeps_the_range_inside_the_calendar() -> None:
    events = [event(1, "A.D. 5", "0005-01-01", "0005-12-31"),
              event(2, "Monday", "2021-07-05", "2021-07-05")]
    fig = build_figure(events, PUBLISHED)
    all_dates = fig.layout.updatemenus[0].buttons[1]
    assert all_dates.args[0]["xaxis.range"][0] == "0001-01-01"


def test_event_outside_the_view_gets_an_arrow_label_at_the_edge() -> None:
    fig = build_figure(seed_events(), PUBLISHED)
    labels = [a for a in fig.layout.annotations if a.name == "label"]
    assert len(labels) == len(seed_events())
    september = next(a for a in labels if "September 11" in a.text)
    assert september.text.endswith("→")
    assert september.x == fig.layout.xaxis.range[1]


def test_each_event_has_its_own_row_so_labels_cannot_collide() -> None:
    fig = build_figure(seed_events(), PUBLISHED)
    rows = [y for t in fig.data if t.customdata is not None for y in t.y]
    assert sorted(rows) == list(range(len(seed_events())))


def test_planned_and_fuzzy_look_different() -> None:
    fig = build_figure(seed_events(), PUBLISHED)
    days = next(t for t in fig.data if t.type == "scatter")
    planned = list(days.customdata).index("seed-05")
    happened = list(days.customdata).index("seed-02")
    assert days.marker.symbol[planned] != days.marker.symbol[happened]
    assert days.marker.color[planned] != days.marker.color[happened]
    bars = next(t for t in fig.data if t.type == "bar")
    fuzzy = list(bars.customdata).index("seed-08")
    exact = list(bars.customdata).index("seed-11")
    assert bars.marker.pattern.shape[fuzzy] and not bars.marker.pattern.shape[exact]
    assert bars.marker.opacity[fuzzy] < bars.marker.opacity[exact]


def test_publication_is_a_labelled_line() -> None:
    fig = build_figure(seed_events(), PUBLISHED)
    line = next(s for s in fig.layout.shapes if s.name == "published")
    assert line.type == "line" and line.x0.startswith("2021-07-05")
    label = next(a for a in fig.layout.annotations if a.name == "published")
    assert label.text == "Published 5 Jul 2021"


def test_hover_has_reader_date_and_sentence_with_expression_in_bold() -> None:
    text = hover_html({**seed_events()[0], "label": "5 July 2001 – 5 July 2021 (20 years)"})
    assert text.startswith("<b>5 July 2001 – 5 July 2021 (20 years)</b><br>")
    assert "after <b>20 years</b>" in text.replace("<br>", " ")


def test_hover_escapes_article_text() -> None:
    hostile = event(
        1,
        "Sunday",
        "2021-07-04",
        "2021-07-04",
        sentence='On Sunday <img src=x onerror=alert(1)> & "more" %{x}',
        label="<i>Sun</i>",
    )
    text = hover_html(hostile)
    assert "<img" not in text and "&lt;img" in text
    assert "&amp;" in text and "&lt;i&gt;Sun&lt;/i&gt;" in text
    assert "On <b>Sunday</b>" in text


def test_hover_emphasis_inside_a_word_and_wrapping() -> None:
    long_tail = " word" * 40
    sentence = "but Sunday's retreats" + long_tail
    ev = event(1, "Sunday", "2021-07-04", "2021-07-04", sentence=sentence)
    text = hover_html(ev)
    assert "<b>Sunday</b>'s" in text
    assert all(len(line) < 80 for line in text.split("<br>")[1:])


def test_json_is_safe_inside_a_script_element() -> None:
    hostile = event(
        1, "</script><script>", "2021-07-04", "2021-07-04", sentence="x </script><script> \u2028 y"
    )
    text = figure_json(build_figure([hostile], PUBLISHED))
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in text
    assert json.loads(text)["data"]


def test_escape_json_for_script_round_trips() -> None:
    raw = json.dumps({"a": "<&>\u2028\u2029"}, ensure_ascii=False)
    assert json.loads(escape_json_for_script(raw)) == {"a": "<&>\u2028\u2029"}


def test_build_is_deterministic() -> None:
    first = figure_json(build_figure(seed_events(), PUBLISHED))
    second = figure_json(build_figure(seed_events(), PUBLISHED))
    assert first == second
    template = json.loads(first)["layout"]["template"]
    assert "layout" not in template  # "none": no Plotly default colours or fonts


def test_site_wide_one_row_and_colour_per_article() -> None:
    other = [
        event(1, "Friday", "2024-03-01", "2024-03-01", article_url="b.html", id="b-1"),
        event(2, "in 2019", "2019-01-01", "2019-12-31", article_url="b.html", id="b-2"),
    ]
    fig = build_figure(seed_events() + other, None, per_article=False)
    marks = [t for t in fig.data if t.customdata is not None]
    rows = {t.y[i]: t.customdata[i] for t in marks for i in range(len(t.y))}
    assert set(rows) == {0, 1}
    colours = {
        tuple(t.marker.color) if not isinstance(t.marker.color, str) else t.marker.color
        for t in marks
        if len(t.customdata)
    }
    assert len({c for group in colours for c in group}) == 2
    assert [a["url"] for a in fig.layout.meta["articles"]] == [URL, "b.html"]
    assert not [s for s in fig.layout.shapes if s.name == "published"]


@pytest.mark.parametrize("events", [[], [event(1, "x", None, None, kind="unplaced")]])
def test_no_placed_events_still_builds(events: list) -> None:
    fig = json.loads(figure_json(build_figure(events, PUBLISHED)))
    assert sum(len(t["customdata"]) for t in mark_traces(fig)) == 0


def test_many_articles_share_rows_when_their_dates_do_not_overlap() -> None:
    events = []
    for n in range(40):  # two stories a month for twenty months
        month = f"2020-{n // 2 % 12 + 1:02d}" if n < 24 else f"2021-{(n - 24) // 2 + 1:02d}"
        events.append(
            event(n, "Friday", f"{month}-10", f"{month}-10", article_url=f"s{n}.html", id=f"s{n}")
        )
    fig = build_figure(events, None, per_article=False)
    marks = [t for t in fig.data if t.customdata is not None]
    assert [t.type for t in marks] == ["scatter", "bar"]  # one pair for the whole site
    row = dict(zip(marks[0].customdata, marks[0].y, strict=True))
    assert len(set(row.values())) == 2  # same-month stories apart, months share rows
    for n in range(0, 40, 2):
        assert row[f"s{n}"] != row[f"s{n + 1}"]
    assert len(set(marks[0].marker.color)) > 2  # colour still tells the stories apart


@pytest.mark.parametrize("per_article", [True, False])
def test_embedded_json_is_the_figure_plotly_validates(per_article: bool) -> None:
    """Pages embed `figure_data` unvalidated; Plotly's validated Figure must say the same."""
    hostile = event(20, "<b>&", "2021-07-01", "2021-07-03", sentence="a <b>& \u2028 b")
    events = seed_events() + [hostile]
    embedded = figure_json(figure_data(events, PUBLISHED, per_article=per_article))
    validated = figure_json(build_figure(events, PUBLISHED, per_article=per_article))
    assert json.loads(embedded) == json.loads(validated)


_PIECES = st.text(alphabet=st.sampled_from(list("ab&<> \t\n\u00a0'.")), max_size=30)


@given(_PIECES, _PIECES, _PIECES)
def test_wrapped_lines_hold_the_sentence_word_for_word(before: str, text: str, after: str):
    lines = _wrap_words(before, text, after, 10)
    plain = [html.unescape(re.sub(r"</?b>", "", line)) for line in lines]
    assert " ".join(plain) == " ".join((before + text + after).split())
    for line in plain:
        assert len(line) <= 10 or " " not in line  # only a single long word runs over
    assert all(line.count("<b>") == line.count("</b>") for line in lines)
