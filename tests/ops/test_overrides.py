"""Author control from article metadata: exclude, fix, add, reference, off."""

from __future__ import annotations

from datetime import date, datetime
from types import SimpleNamespace
from typing import Any

import pytest
from timeline.overrides import (
    apply_overrides,
    parse_date_value,
    parse_overrides,
    read_overrides,
    reference_date,
    timeline_enabled,
)


def event(eid: str, text: str, start: str | None, order: int, **kw: Any) -> dict[str, Any]:
    e = {
        "id": eid,
        "text": text,
        "start": start,
        "end": start,
        "order": order,
        "derived": False,
        "anchor_id": None,
        "type": "DATE",
        "value": start or "XXXX",
        "kind": "day" if start else "unplaced",
    }
    e.update(kw)
    return e


EVENTS = [
    event("s1", "Sunday", "2021-07-04", 1),
    event("d1", "two days", None, 2, type="DURATION", value="P2D"),
    event("v1", "vacated its main base", "2021-07-02", 3, derived=True, anchor_id="d1"),
    event("m1", "Monday", "2021-07-05", 4),
    event("s2", "Sunday", "2021-07-04", 5),
    event("w1", "Last week", "2021-06-28", 6, end="2021-07-04", kind="span"),
]


def art(**metadata: Any) -> SimpleNamespace:
    return SimpleNamespace(
        metadata=metadata,
        source_path="content/afghan.md",
        slug="afghan",
        url="afghan.html",
        title="Afghan",
        category="world",
        tags=[],
        date=datetime(2021, 7, 5, 10, 0),
    )


def run(**metadata: Any) -> list[dict[str, Any]]:
    article = art(**metadata)
    return apply_overrides(EVENTS, article, read_overrides(article))


def test_no_overrides_changes_nothing() -> None:
    article = art()
    assert apply_overrides(EVENTS, article, read_overrides(article)) is EVENTS


def test_exclude_all_occurrences_case_insensitive() -> None:
    ids = [e["id"] for e in run(timeline_exclude="sunday")]
    assert "s1" not in ids and "s2" not in ids and "m1" in ids


def test_exclude_nth_occurrence_and_derived_follows_its_anchor() -> None:
    ids = {e["id"] for e in run(timeline_exclude="Sunday #2; two days")}
    assert ids == {"s1", "m1", "w1"}


def test_fix_value_replaces_dates_label_and_kind() -> None:
    out = {e["id"]: e for e in run(timeline_fix="Last week = 2021-W25; Monday = 2021-07-12")}
    assert out["w1"]["value"] == "2021-W25"
    assert (out["w1"]["start"], out["w1"]["end"]) == ("2021-06-21", "2021-06-27")
    assert out["w1"]["label"] == "21 – 27 June 2021"
    assert out["m1"]["start"] == "2021-07-12" and out["m1"]["planned"] is True
    assert out["m1"]["label"] == "Mon 12 July 2021" and out["m1"]["kind"] == "day"


def test_fix_of_an_anchor_drops_its_derived_event() -> None:
    ids = {e["id"] for e in run(timeline_fix="two days = 2021-07-01..2021-07-02")}
    assert "v1" not in ids


def test_added_events_are_placed_sorted_and_escaped_later() -> None:
    out = run(timeline_events=["2021-07-02 = US leaves Bagram", "2021-06 = Talks <b>"])
    added = [e for e in out if e["id"].startswith("afghan-author-")]
    assert [e["text"] for e in added] == ["Talks <b>", "US leaves Bagram"]
    assert added[0]["start"] == "2021-06-01" and added[0]["end"] == "2021-06-30"
    assert added[1]["article_url"] == "afghan.html" and added[1]["label"] == "Fri 2 July 2021"
    starts = [e["start"] or "9999" for e in out]
    assert starts == sorted(starts)
    # Stable ids: the same metadata gives the same ids.
    assert [e["id"] for e in added] == [
        e["id"]
        for e in run(timeline_events=["2021-07-02 = US leaves Bagram", "2021-06 = Talks <b>"])
        if e["id"].startswith("afghan-author-")
    ]


@pytest.mark.parametrize(
    ("metadata", "key"),
    [
        ({"timeline": "maybe"}, "timeline"),
        ({"timeline_reference": "yesterday"}, "timeline_reference"),
        ({"timeline_reference": "2021-02-30"}, "timeline_reference"),
        ({"timeline_fix": "Sunday"}, "timeline_fix"),
        ({"timeline_fix": "Sunday = 2021-02-30"}, "timeline_fix"),
        ({"timeline_fix": "Sunday = 2021-07-05..2021-07-01"}, "timeline_fix"),
        ({"timeline_fix": "Sunday = 2021-W54"}, "timeline_fix"),
        ({"timeline_fix": "Mondy = 2021-07-05"}, "timeline_fix"),
        ({"timeline_exclude": "Mondy"}, "timeline_exclude"),
        ({"timeline_exclude": "Sunday #0"}, "timeline_exclude"),
        ({"timeline_exclude": "Sunday #3"}, "timeline_exclude"),
        ({"timeline_events": "next week = something"}, "timeline_events"),
        ({"timeline_events": "2021-07-01"}, "timeline_events"),
        ({"timeline_evnets": "2021-07-01 = x"}, "timeline_evnets"),
    ],
)
def test_invalid_override_is_an_error_naming_file_and_key(
    metadata: dict[str, Any], key: str, caplog
) -> None:
    article = art(**metadata)
    overrides = read_overrides(article)
    out = apply_overrides(EVENTS, article, overrides)
    assert [(e.source, e.key) for e in overrides.errors] == [("content/afghan.md", key)]
    errors = [r for r in caplog.records if r.levelname == "ERROR"]
    assert len(errors) == 1
    assert "content/afghan.md" in errors[0].getMessage() and key in errors[0].getMessage()
    assert len(out) == len(EVENTS)  # the rest still stands


def test_one_bad_item_keeps_the_good_ones() -> None:
    ov = parse_overrides({"timeline_exclude": "Monday; #2", "timeline_fix": "x = 1; y = 2021"}, "f")
    assert [str(s) for s in ov.exclude] == ["Monday"]
    assert [(str(s), v.value) for s, v in ov.fix] == [("y", "2021")]
    assert [e.key for e in ov.errors] == ["timeline_exclude", "timeline_fix"]


def test_switches_and_reference() -> None:
    assert not timeline_enabled(art(timeline="off"), {})
    assert not timeline_enabled(art(timeline="No"), {})
    assert timeline_enabled(art(timeline="on"), {})
    assert timeline_enabled(art(), {"TIMELINE_ENABLED": True})
    assert not timeline_enabled(art(), {"TIMELINE_ENABLED": False})
    assert parse_overrides({"timeline": "off"}, "f").enabled is False
    assert reference_date(art()) == date(2021, 7, 5)
    assert reference_date(art(timeline_reference="2021-07-04")) == date(2021, 7, 4)
    assert reference_date(art(timeline_reference="bad")) == date(2021, 7, 5)
    assert reference_date(SimpleNamespace(metadata={})) is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2021-07-04", "2021-07-04", "2021-07-04"),
        ("2020-02", "2020-02-01", "2020-02-29"),
        ("1999", "1999-01-01", "1999-12-31"),
        ("2020-W53", "2020-12-28", "2021-01-03"),
        ("2021-06-28 .. 2021-07-04", "2021-06-28", "2021-07-04"),
    ],
)
def test_date_values(text: str, start: str, end: str) -> None:
    v = parse_date_value(text)
    assert (v.start.isoformat(), v.end.isoformat()) == (start, end)
