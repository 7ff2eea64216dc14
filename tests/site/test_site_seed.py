"""The seed article built with the real engine: its JSON, its markup, its pages."""

from __future__ import annotations

import json
import re

import pytest
from pelican import Pelican
from pelican.settings import read_settings
from site_kit import ROOT, SEED_MD, SEED_SLUG, broken_links, linked

# (text, value, start, end, derived, planned): the table the product must hold.
SEED_TABLE = [
    ("20 years", "P20Y", "2001-07-05", "2021-07-05", False, False),
    ("two decades", "P20Y", "2001-07-05", "2021-07-05", False, False),
    ("Last week", "2021-W26", "2021-06-28", "2021-07-04", False, False),
    ("vacated its main base", "2021-07-02", "2021-07-02", "2021-07-02", True, False),
    ("the last few days", "PXD", None, "2021-07-05", False, False),
    ("yesterday", "2021-07-04", "2021-07-04", "2021-07-04", False, False),
    ("Sunday", "2021-07-04", "2021-07-04", "2021-07-04", False, False),
    ("Sunday", "2021-07-04", "2021-07-04", "2021-07-04", False, False),
    ("Sunday", "2021-07-04", "2021-07-04", "2021-07-04", False, False),
    ("Monday", "2021-07-05", "2021-07-05", "2021-07-05", False, False),
    ("Monday", "2021-07-05", "2021-07-05", "2021-07-05", False, False),
    ("September 11", "2021-09-11", "2021-09-11", "2021-09-11", False, True),
    ("two days", "P2D", None, None, False, False),
]


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory):
    """One build of the real seed article (module-wide: the tests below only read it)."""
    base = tmp_path_factory.mktemp("seed")
    content = base / "content"
    content.mkdir()
    (content / SEED_MD.name).write_bytes(SEED_MD.read_bytes())
    override = {
        "PATH": str(content),
        "OUTPUT_PATH": str(base / "output"),
        "CACHE_PATH": str(base / "cache"),
        "THEME": str(ROOT / "theme"),
        "PLUGIN_PATHS": [str(ROOT / "plugins")],
    }
    Pelican(read_settings(str(ROOT / "pelicanconf.py"), override=override)).run()
    return base / "output"


def events(output) -> list[dict]:
    return json.loads((output / f"timeline/{SEED_SLUG}.json").read_text("utf-8"))["events"]


def test_seed_json_holds_the_table(seed) -> None:
    got = [
        (e["text"], e["value"], e["start"], e["end"], e["derived"], e["planned"])
        for e in events(seed)
    ]
    # Where the engine puts the start of "the last few days", and whether it places
    # "two days" itself on the calendar, is the engine's call; the rest is the table.
    got = [
        (t, v, None if v in ("PXD", "P2D") else s, None if v == "P2D" else e, d, p)
        for t, v, s, e, d, p in got
    ]
    assert sorted(got, key=repr) == sorted(SEED_TABLE, key=repr)
    dated = [e["start"] for e in events(seed) if e["start"]]
    assert dated == sorted(dated)


def test_seed_events_are_complete_and_consistent(seed) -> None:
    evs = events(seed)
    assert len({e["id"] for e in evs}) == len(evs) == 13
    for e in evs:
        assert e["article_url"] == f"{SEED_SLUG}.html"
        assert e["id"].startswith(SEED_SLUG + "-")
        assert e["sentence"] == e["before"] + e["text"] + e["after"]
        assert "\n" not in e["sentence"]
        assert e["anchor"].startswith(f"{SEED_SLUG}.html#t-")
    by_text = {e["text"]: e for e in evs}
    derived = by_text["vacated its main base"]
    assert derived["anchor_id"] == by_text["two days"]["id"]
    assert derived["sentence"].startswith("Hundreds of Afghan security force members")
    assert by_text["yesterday"]["sentence"].startswith("Afghan soldiers pause on a road")
    assert by_text["yesterday"]["sentence"].endswith("northern Afghanistan, yesterday.")
    assert by_text["the last few days"]["fuzzy"] is True
    assert by_text["the last few days"]["label"].endswith("up to 5 July 2021")
    assert by_text["Last week"]["label"] == "28 June – 4 July 2021 (week 26)"
    assert by_text["20 years"]["label"] == "5 July 2001 – 5 July 2021 (20 years)"
    assert by_text["September 11"]["label"] == "Sat 11 September 2021"


def test_seed_article_marked_up(seed) -> None:
    html = (seed / f"{SEED_SLUG}.html").read_text("utf-8")
    times = re.findall(
        r'<time datetime="([^"]*)" id="t-([^"]*)" class="timex"[^>]*>([^<]*)</time>', html
    )
    evs = [e for e in events(seed) if not e["derived"]]
    assert sorted(times) == sorted((e["value"], e["id"], e["text"]) for e in evs)
    assert 'title="Sunday &#8212; Sun 4 July 2021"' in html
    # the title is not read: "Flee Into Tajikistan as Taliban Advances" has no date anyway,
    # but the caption is, and its credit stays intact
    assert "Credit: Nazim Qasmy, AP" in html


def test_seed_pages_and_links(seed) -> None:
    assert (seed / "timeline/index.html").is_file()
    assert f"timeline/{SEED_SLUG}.html" in linked(seed, f"{SEED_SLUG}.html")
    assert f"{SEED_SLUG}.html" in linked(seed, f"timeline/{SEED_SLUG}.html")
    site = json.loads((seed / "timeline/events.json").read_text("utf-8"))["events"]
    assert site == events(seed)
    assert broken_links(seed) == []


SCHEMA = {
    "id": str,
    "article_url": str,
    "article_title": str,
    "article_slug": str,
    "category": (str, type(None)),
    "tags": list,
    "text": str,
    "sentence": str,
    "before": str,
    "after": str,
    "type": str,
    "value": str,
    "mod": (str, type(None)),
    "start": (str, type(None)),
    "end": (str, type(None)),
    "label": str,
    "kind": str,
    "derived": bool,
    "anchor_id": (str, type(None)),
    "planned": bool,
    "fuzzy": bool,
    "order": int,
    "anchor": str,
    "span": list,
}
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def test_seed_json_schema(seed) -> None:
    for e in events(seed):
        assert set(e) == set(SCHEMA), e["id"]
        for key, kind in SCHEMA.items():
            assert isinstance(e[key], kind), (e["id"], key, e[key])
        assert e["type"] in ("DATE", "TIME", "DURATION", "SET")
        assert e["kind"] in ("day", "span", "unplaced")
        assert (e["start"] is None) == (e["end"] is None) == (e["kind"] == "unplaced")
        if e["start"]:
            assert DAY.match(e["start"]) and DAY.match(e["end"]) and e["start"] <= e["end"]
            assert (e["kind"] == "day") == (e["start"] == e["end"])
        assert (e["anchor_id"] is not None) == e["derived"]
        assert all(isinstance(t, str) for t in e["tags"])
        assert len(e["span"]) == 2 and 0 <= e["span"][0] < e["span"][1]
