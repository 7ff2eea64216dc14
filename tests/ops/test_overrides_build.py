"""Author control in real builds: metadata turns the timeline off, excludes, fixes, adds
events, sets the reference day; a bad override is an error naming file and key."""

from __future__ import annotations

import json
from typing import Any

from ops_helpers import article_md

BODY = "It began yesterday. Talks resume tomorrow. Today is calm."


def timeline(site: Any, slug: str) -> list[dict[str, Any]]:
    return json.loads(site.read(f"timeline/{slug}.json"))["events"]


def test_timeline_off_for_one_article(build_site: Any, fake_engine: Any) -> None:
    site = build_site(
        {
            "on.md": article_md("On", BODY, slug="on"),
            "off.md": article_md("Off", BODY, slug="off", Timeline="off"),
        }
    )
    assert site.exists("timeline/on.html")
    assert not site.exists("timeline/off.html") and not site.exists("timeline/off.json")
    assert "timeline/off" not in site.read("off.html")
    slugs = {e["article_slug"] for e in json.loads(site.read("timeline/events.json"))["events"]}
    assert slugs == {"on"}


def test_site_wide_switch(build_site: Any, fake_engine: Any) -> None:
    site = build_site({"on.md": article_md("On", BODY, slug="on")}, TIMELINE_ENABLED=False)
    assert site.exists("on.html")
    assert not (site.output / "timeline").exists()


def test_exclude_fix_add_and_reference(build_site: Any, fake_engine: Any) -> None:
    site = build_site(
        {
            "a.md": article_md(
                "A",
                BODY,
                slug="a",
                Timeline_exclude="today",
                Timeline_fix="tomorrow = 2021-07-20",
                Timeline_events="2021-06-28..2021-07-02 = Negotiators met in Doha",
                Timeline_reference="2021-07-10",
            ),
        }
    )
    found = {e["text"]: e for e in timeline(site, "a")}
    assert set(found) == {"yesterday", "tomorrow", "Negotiators met in Doha"}
    assert found["yesterday"]["start"] == "2021-07-09"  # against the reference, not the Date
    assert found["tomorrow"]["start"] == "2021-07-20"
    added = found["Negotiators met in Doha"]
    assert (added["start"], added["end"], added["kind"]) == ("2021-06-28", "2021-07-02", "span")
    page = site.read("timeline/a.html")
    assert "Negotiators met in Doha" in page


def test_bad_override_is_an_error_naming_file_and_key(build_site: Any, fake_engine: Any) -> None:
    site = build_site(
        {
            "bad.md": article_md("Bad", BODY, slug="bad", Timeline_fix="tomorrow = the 45th"),
            "good.md": article_md("Good", BODY, slug="good"),
        }
    )
    errors = [line for line in site.log.splitlines() if "timeline_fix" in line]
    assert errors and "bad.md" in errors[0] and "the 45th" in errors[0]
    assert site.exists("timeline/good.html")
    # The rest of the article's timeline still stands, the bad fix left out.
    assert {e["text"] for e in timeline(site, "bad")} == {"yesterday", "tomorrow", "Today"}
