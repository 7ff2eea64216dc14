"""Timex lists -> event dicts: ids, sentences, order, labels."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from timeline.engine.model import Derived, Timex
from timeline.events import ArticleFacts, build_events, site_sort_key
from timeline.labels import date_range, duration, label

FACTS = ArticleFacts(
    slug="a-story",
    url="a-story.html",
    title="A story",
    category="World",
    tags=("x", "y"),
    reference=date(2021, 7, 5),
)
D = date


def timex(text: str, word: str, value: str, start=None, end=None, nth: int = 0, **kw) -> Timex:
    at = -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    s0 = text.rfind("\n\n", 0, at) + 2 if "\n\n" in text[:at] else 0
    s1 = text.find("\n\n", at)
    s1 = len(text) if s1 < 0 else s1
    type_ = kw.pop("type", "DURATION" if value.startswith("P") else "DATE")
    return Timex(word, (at, at + len(word)), (s0, s1), type_, value, start, end, **kw)


TEXT = (
    "They left on Sunday, and Sunday was hot.\n\n"
    "Talks came  two days\nafter they left the base.\n\n"
    "A vote is due on September 11."
)


def seed_like() -> list[Timex]:
    base = TEXT.index("they left the base")
    return [
        timex(TEXT, "Sunday", "2021-07-04", D(2021, 7, 4), D(2021, 7, 4)),
        timex(TEXT, "Sunday", "2021-07-04", D(2021, 7, 4), D(2021, 7, 4), nth=1),
        timex(
            TEXT,
            "two days",
            "P2D",
            derived=(
                Derived("they left", (base, base + 9), "2021-07-02", D(2021, 7, 2), D(2021, 7, 2)),
            ),
        ),
        timex(TEXT, "September 11", "2021-09-11", D(2021, 9, 11), D(2021, 9, 11), planned=True),
    ]


def test_events_sorted_by_date_then_text_order_undated_last() -> None:
    events = build_events(seed_like(), TEXT, FACTS)
    assert [(e["text"], e["start"], e["order"]) for e in events] == [
        ("they left", "2021-07-02", 3),
        ("Sunday", "2021-07-04", 0),
        ("Sunday", "2021-07-04", 1),
        ("September 11", "2021-09-11", 4),
        ("two days", None, 2),
    ]


def test_event_fields_json_ready() -> None:
    events = build_events(seed_like(), TEXT, FACTS)
    assert json.loads(json.dumps(events)) == events
    first_sunday = next(e for e in events if e["order"] == 0)
    assert first_sunday == {
        "id": first_sunday["id"],
        "article_url": "a-story.html",
        "article_title": "A story",
        "article_slug": "a-story",
        "category": "World",
        "tags": ["x", "y"],
        "text": "Sunday",
        "sentence": "They left on Sunday, and Sunday was hot.",
        "before": "They left on ",
        "after": ", and Sunday was hot.",
        "type": "DATE",
        "value": "2021-07-04",
        "mod": None,
        "start": "2021-07-04",
        "end": "2021-07-04",
        "label": "Sun 4 July 2021",
        "kind": "day",
        "derived": False,
        "anchor_id": None,
        "planned": False,
        "fuzzy": False,
        "order": 0,
        "anchor": f"a-story.html#t-{first_sunday['id']}",
        "span": [13, 19],
    }


def test_derived_event_hangs_on_its_expression() -> None:
    events = {e["text"]: e for e in build_events(seed_like(), TEXT, FACTS)}
    derived, offset = events["they left"], events["two days"]
    assert derived["derived"] is True
    assert derived["anchor_id"] == offset["id"]
    assert derived["anchor"] == f"a-story.html#t-{offset['id']}"
    assert derived["kind"] == "day"
    # whitespace (line breaks, double spaces) collapsed in sentences
    assert offset["sentence"] == "Talks came two days after they left the base."
    assert derived["before"] == "Talks came two days after "
    assert offset["kind"] == "unplaced"
    assert offset["label"] == "2 days"


def test_ids_are_stable_unique_and_safe() -> None:
    first = build_events(seed_like(), TEXT, FACTS)
    again = build_events(list(reversed(seed_like())), TEXT, FACTS)
    assert first == again
    ids = [e["id"] for e in first]
    assert len(set(ids)) == len(ids)
    assert all(i.startswith("a-story-") and len(i) == len("a-story-") + 8 for i in ids)
    # the two Sundays of one sentence differ by occurrence
    sundays = [e["id"] for e in first if e["text"] == "Sunday"]
    assert len(set(sundays)) == 2
    odd = build_events(seed_like(), TEXT, replace(FACTS, slug='a "b" <c>'))
    assert all(e["id"].startswith("a-b-c-") for e in odd)


def test_ids_do_not_shift_when_other_text_changes() -> None:
    before = {(e["text"], e["order"]): e["id"] for e in build_events(seed_like(), TEXT, FACTS)}
    prefix = "New first paragraph, Monday.\n\n"
    moved = [
        Timex(
            t.text,
            (t.span[0] + len(prefix), t.span[1] + len(prefix)),
            (t.sentence[0] + len(prefix), t.sentence[1] + len(prefix)),
            t.type,
            t.value,
            t.start,
            t.end,
            planned=t.planned,
            derived=tuple(
                Derived(
                    d.text,
                    (d.span[0] + len(prefix), d.span[1] + len(prefix)),
                    d.value,
                    d.start,
                    d.end,
                )
                for d in t.derived
            ),
        )
        for t in seed_like()
    ]
    after = {(e["text"], e["order"]): e["id"] for e in build_events(moved, prefix + TEXT, FACTS)}
    assert after == before


def test_site_sort_key_orders_across_articles() -> None:
    a = build_events(seed_like(), TEXT, FACTS)
    b = build_events(seed_like(), TEXT, replace(FACTS, slug="b-story"))
    merged = sorted(b + a, key=site_sort_key)
    assert [(e["start"], e["article_slug"]) for e in merged][:2] == [
        ("2021-07-02", "a-story"),
        ("2021-07-02", "b-story"),
    ]
    assert merged[-1]["start"] is None


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("DATE", "2021-07-04", D(2021, 7, 4), D(2021, 7, 4)), "Sun 4 July 2021"),
        (("TIME", "2021-07-04T15:30", D(2021, 7, 4), D(2021, 7, 4)), "Sun 4 July 2021, 15:30"),
        (("DATE", "2021-W26", D(2021, 6, 28), D(2021, 7, 4)), "28 June – 4 July 2021 (week 26)"),
        (
            ("DATE", "2020-W53", D(2020, 12, 28), D(2021, 1, 3)),
            "28 December 2020 – 3 January 2021 (week 53)",
        ),
        (
            ("DATE", "2021-W26-WE", D(2021, 7, 3), D(2021, 7, 4)),
            "3 – 4 July 2021 (week 26 weekend)",
        ),
        (
            ("DURATION", "P20Y", D(2001, 7, 5), D(2021, 7, 5)),
            "5 July 2001 – 5 July 2021 (20 years)",
        ),
        (("DURATION", "PXD", D(2021, 7, 2), D(2021, 7, 5), True), "a few days up to 5 July 2021"),
        (("DATE", "PAST_REF", D(2021, 6, 1), D(2021, 7, 5), True), "around 1 June – 5 July 2021"),
        (("DATE", "2021-07", D(2021, 7, 1), D(2021, 7, 31)), "July 2021"),
        (("DATE", "2021", D(2021, 1, 1), D(2021, 12, 31)), "2021"),
        (("DATE", "0079", D(79, 1, 1), D(79, 12, 31)), "AD 79"),
        (("DATE", "BC1300", None, None), "1300 BC"),
        (("DURATION", "P2D", None, None), "2 days"),
        (("DURATION", "P1Y6M", None, None), "1 year 6 months"),
        (("DURATION", "PT3H", None, None), "3 hours"),
        (("SET", "P1W", None, None), "every week"),
        (("SET", "XXXX-WXX-1", None, None), "repeatedly"),
        (("DATE", "PRESENT_REF", None, None), "now"),
        (("DATE", "XXXX-07-04", None, None), "date not known"),
        (("DATE", "", None, None), "date not known"),
    ],
)
def test_labels(args: tuple, expected: str) -> None:
    assert label(*args) == expected


def test_label_helpers() -> None:
    assert date_range(D(2021, 7, 1), D(2021, 7, 7)) == "1 – 7 July 2021"
    assert duration("P2DT3H") == "2 days 3 hours"
    assert duration("PT5M") == "5 minutes"
    assert duration("P1DE") == "1 decade"
    assert duration("P2CE") == "2 centuries"
    assert duration("2021-07-04") is None
    assert duration("P") is None
