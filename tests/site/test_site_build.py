"""Full Pelican builds (stand-in engine): pages, links, JSON, settings, log, reproducibility."""

from __future__ import annotations

import html as html_module
import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pelican import Pelican
from pelican.settings import read_settings
from site_kit import ROOT, article_md, broken_links, linked, page_refs
from timeline import plugin

pytestmark = pytest.mark.usefixtures("fake_engine")

STORY = article_md(
    "Border story",
    """
They crossed the border yesterday, officials said.

Talks were held two days after they left the base. More talks are due tomorrow.

<figure><figcaption>Soldiers wait, last week. <span>Credit: AP</span></figcaption></figure>

```
Nothing here is a date: yesterday.
```

Inline `yesterday` is code too.
""",
    slug="border-story",
)
QUIET = article_md("Quiet story", "Nothing happened at all in this one.", slug="quiet-story")
PLAIN_KEYS = {"id", "article_url", "text", "sentence", "type", "value", "start", "end", "derived"}


def test_pages_json_and_links(build_site) -> None:
    site = build_site({"story.md": STORY, "quiet.md": QUIET})

    assert site.exists("timeline/border-story.html")
    assert site.exists("timeline/border-story.json")
    assert site.exists("timeline/index.html")
    assert site.exists("timeline/events.json")
    assert not site.exists("timeline/quiet-story.html")
    assert not site.exists("timeline/quiet-story.json")
    assert broken_links(site.output) == []

    # article -> timeline and back
    assert "timeline/border-story.html" in linked(site.output, "border-story.html")
    assert "border-story.html" in linked(site.output, "timeline/border-story.html")
    # the quiet article links to no timeline of its own
    assert not [x for x in linked(site.output, "quiet-story.html") if "quiet" in x]

    events = json.loads(site.read("timeline/border-story.json"))["events"]
    assert [(e["text"], e["value"], e["start"], e["end"], e["derived"]) for e in events] == [
        ("last week", "2021-W26", "2021-06-28", "2021-07-04", False),
        ("they left", "2021-07-02", "2021-07-02", "2021-07-02", True),
        ("yesterday", "2021-07-04", "2021-07-04", "2021-07-04", False),
        ("tomorrow", "2021-07-06", "2021-07-06", "2021-07-06", False),
        ("two days", "P2D", None, None, False),
    ]
    for event in events:
        assert set(event) >= PLAIN_KEYS
        assert event["article_url"] == "border-story.html"
        assert event["sentence"] == event["before"] + event["text"] + event["after"]
        assert event["text"] in event["sentence"]
    by_text = {e["text"]: e for e in events}
    assert by_text["tomorrow"]["planned"] is True
    assert by_text["yesterday"]["sentence"] == "They crossed the border yesterday, officials said."
    assert by_text["they left"]["anchor_id"] == by_text["two days"]["id"]
    assert by_text["they left"]["anchor"] == "border-story.html#t-" + by_text["two days"]["id"]
    assert by_text["last week"]["sentence"] == "Soldiers wait, last week."

    site_events = json.loads(site.read("timeline/events.json"))["events"]
    assert site_events == events


@pytest.mark.parametrize("mode", [True, "theme"])
def test_article_body_marked_up(build_site, mode) -> None:
    site = build_site({"story.md": STORY}, TIMELINE_MARKUP=mode)
    html = site.read("border-story.html")
    events = json.loads(site.read("timeline/border-story.json"))["events"]
    times = re.findall(
        r'<time datetime="([^"]*)" id="t-([^"]*)" class="timex" title="([^"]*)">'
        r"([^<]*)</time>",
        html,
    )
    marked = {(value, id_, text) for value, id_, _, text in times}
    expected = {(e["value"], e["id"], e["text"]) for e in events if not e["derived"]}
    assert marked == expected
    titles = {text: html_module.unescape(title) for _, _, title, text in times}
    assert all(title.isascii() for _, _, title, _ in times)  # references, not raw dashes
    assert titles["yesterday"] == "yesterday — Sun 4 July 2021"
    assert titles["last week"] == "last week — 28 June – 4 July 2021 (week 26)"
    # code blocks and inline code are not read
    assert "<code>yesterday</code>" in html
    assert "Nothing here is a date: yesterday." in html


def test_plotly_copied_once_never_inlined(build_site) -> None:
    site = build_site({"story.md": STORY})
    bundle = site.output / "timeline/plotly-basic-4.1.1.min.js"
    assert (
        bundle.read_bytes() == (ROOT / "plugins/timeline/static/plotly-basic.min.js").read_bytes()
    )
    assert "MIT License" in site.read("timeline/plotly-basic-4.1.1.LICENSE.txt")
    copies = [p for p in site.output.rglob("*.js") if p.stat().st_size > 500_000]
    assert copies == [bundle]
    for page in site.output.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert len(text) < 200_000, page
        assert "cdn" not in text.lower(), page
    assert "plotly-basic-4.1.1.min.js" in site.read("timeline/border-story.html")
    assert "plotly-basic-4.1.1.min.js" in site.read("timeline/index.html")


def test_two_builds_are_byte_identical(build_site) -> None:
    first = build_site({"story.md": STORY, "quiet.md": QUIET}).files()
    second = build_site({"story.md": STORY, "quiet.md": QUIET}).files()
    assert first.keys() == second.keys()
    differ = [name for name in first if first[name] != second[name]]
    detail = ""
    if differ:
        a, b = first[differ[0]].decode(), second[differ[0]].decode()
        same = (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y)
        at = next(same, min(len(a), len(b)))
        detail = f"{differ[0]} at {at}: {a[at - 80 : at + 80]!r} vs {b[at - 80 : at + 80]!r}"
    assert differ == [], detail


def test_ids_stay_when_other_paragraphs_change(build_site) -> None:
    before = json.loads(build_site({"story.md": STORY}).read("timeline/border-story.json"))
    edited = STORY.replace("Talks were held", "A new paragraph, today.\n\nTalks were held")
    after = json.loads(build_site({"story.md": edited}).read("timeline/border-story.json"))
    ids_before = {e["text"]: e["id"] for e in before["events"]}
    ids_after = {e["text"]: e["id"] for e in after["events"]}
    assert ids_after.pop("today")
    assert ids_after == ids_before


def test_site_wide_index_orders_all_articles(build_site) -> None:
    other = article_md(
        "Later story", "The vote was yesterday.", day="2021-08-01", slug="later-story"
    )
    site = build_site({"story.md": STORY, "other.md": other, "quiet.md": QUIET})
    events = json.loads(site.read("timeline/events.json"))["events"]
    assert {e["article_slug"] for e in events} == {"border-story", "later-story"}
    dated = [e["start"] for e in events if e["start"]]
    assert dated == sorted(dated)
    assert events[-1]["start"] is None  # undated last
    assert len({e["id"] for e in events}) == len(events)
    index = site.read("timeline/index.html")
    for event in events:
        assert f'id="event-{event["id"]}"' in index
    assert "Quiet story" not in index
    assert broken_links(site.output) == []


def test_build_log_summary_line(build_site) -> None:
    site = build_site({"story.md": STORY, "quiet.md": QUIET})
    lines = [line for line in site.log.splitlines() if "timeline: " in line and "articles" in line]
    assert len(lines) == 1
    assert re.search(
        r"timeline: 2 articles, 4 expressions, 5 events, 0 unresolved \(\d+\.\d s(, .*)?\)$",
        lines[0],
    )
    # the last thing logged, after the pages and static files Pelican writes later
    assert site.log.rstrip().splitlines()[-1] == lines[0]
    assert "theme/css" in site.log.split(lines[0])[0]


def test_unresolved_counted(build_site) -> None:
    odd = article_md("Odd story", "It happened on a moonday. It repeats every Monday.", slug="odd")
    site = build_site({"odd.md": odd})
    assert "timeline: 1 articles, 2 expressions, 2 events, 1 unresolved" in site.log
    events = json.loads(site.read("timeline/odd.json"))["events"]
    assert [(e["text"], e["kind"], e["label"]) for e in events] == [
        ("a moonday", "unplaced", "date not known"),
        ("every Monday", "unplaced", "repeatedly"),
    ]


def test_one_failing_article_costs_only_itself(build_site) -> None:
    bad = article_md("Bad story", "ENGINE-FAILS here, yesterday.", slug="bad-story")
    site = build_site({"story.md": STORY, "bad.md": bad})
    assert re.search(r"bad\.md: timeline not built: RuntimeError: the engine choked", site.log)
    assert site.exists("bad-story.html")
    assert not site.exists("timeline/bad-story.html")
    assert site.exists("timeline/border-story.html")
    assert "1 failed" in site.log
    assert broken_links(site.output) == []


def test_custom_url_and_save_as(build_site) -> None:
    site = build_site(
        {"story.md": STORY},
        TIMELINE_URL="dates/{slug}/",
        TIMELINE_SAVE_AS="dates/{slug}/index.html",
        TIMELINE_JSON_URL="dates/{slug}/events.json",
        TIMELINE_JSON_SAVE_AS="dates/{slug}/events.json",
        TIMELINE_INDEX_URL="dates/",
        TIMELINE_INDEX_SAVE_AS="dates/index.html",
        TIMELINE_EVENTS_URL="dates/all.json",
        TIMELINE_EVENTS_SAVE_AS="dates/all.json",
        TIMELINE_PLOTLY_JS_URL="js/plotly.js",
        TIMELINE_PLOTLY_JS_SAVE_AS="js/plotly.js",
    )
    assert site.exists("dates/border-story/index.html")
    assert site.exists("dates/border-story/events.json")
    assert site.exists("dates/index.html")
    assert site.exists("dates/all.json")
    assert site.exists("js/plotly.js")
    assert not (site.output / "timeline").exists()
    assert "dates/border-story" in linked(site.output, "border-story.html")
    assert "js/plotly.js" in linked(site.output, "dates/border-story/index.html")
    assert broken_links(site.output) == []


def test_empty_save_as_writes_no_page_and_no_link(build_site) -> None:
    site = build_site({"story.md": STORY}, TIMELINE_SAVE_AS="")
    assert site.exists("timeline/border-story.json")
    assert not site.exists("timeline/border-story.html")
    assert site.exists("timeline/index.html")
    assert broken_links(site.output) == []


def test_empty_index_save_as_writes_no_index_and_no_link(build_site) -> None:
    site = build_site({"story.md": STORY}, TIMELINE_INDEX_SAVE_AS="")
    assert site.exists("timeline/border-story.html")
    assert not site.exists("timeline/index.html")
    assert broken_links(site.output) == []


def test_disabled_site_has_no_timeline(build_site) -> None:
    site = build_site({"story.md": STORY}, TIMELINE_ENABLED=False)
    assert not (site.output / "timeline").exists()
    html = site.read("border-story.html")
    assert 'class="timex"' not in html
    assert "timeline/border-story" not in html
    assert "timeline: " not in site.log


def test_markup_can_be_switched_off(build_site) -> None:
    site = build_site({"story.md": STORY}, TIMELINE_MARKUP=False)
    assert 'class="timex"' not in site.read("border-story.html")
    assert site.exists("timeline/border-story.html")


def test_theme_markup_leaves_summaries_and_feeds_plain(build_site) -> None:
    feeds = {"FEED_ALL_ATOM": "feeds/all.atom.xml"}
    body = build_site({"story.md": STORY}, TIMELINE_MARKUP=True, **feeds)
    theme = build_site({"story.md": STORY}, TIMELINE_MARKUP="theme", **feeds)
    assert "timex" in body.read("index.html") and "timex" in body.read("feeds/all.atom.xml")
    assert "crossed the border" in theme.read("index.html")  # the summary, without markup
    assert "timex" not in theme.read("index.html") + theme.read("feeds/all.atom.xml")
    assert theme.read("border-story.html") == body.read("border-story.html")
    assert broken_links(theme.output) == []
    assert "never marks an article up" not in theme.log


def test_theme_markup_of_a_body_whose_links_pelican_rewrites(build_site) -> None:
    story = STORY.replace("officials said.", "officials [said]({filename}quiet.md).")
    site = build_site({"story.md": story, "quiet.md": QUIET}, TIMELINE_MARKUP="theme")
    html = site.read("border-story.html")
    events = json.loads(site.read("timeline/border-story.json"))["events"]
    assert 'href="./quiet-story.html"' in html and "{filename}" not in html
    assert html.count('class="timex"') == sum(1 for e in events if not e["derived"])


def test_theme_markup_with_a_theme_that_does_not_mark_up_is_reported(build_site) -> None:
    site = build_site({"story.md": STORY}, THEME="simple", TIMELINE_MARKUP="theme")
    assert 'TIMELINE_MARKUP is "theme", but the theme never marks an article up' in site.log
    assert "timex" not in site.read("border-story.html")


def test_theme_builds_without_the_plugin(tmp_path: Path) -> None:
    # In a process of its own: a plugin once loaded stays connected to Pelican's signals.
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "story.md").write_text(STORY, "utf-8")
    (tmp_path / "conf.py").write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\n"
        f"THEME = {str(ROOT / 'theme')!r}\nPLUGINS = []\nCACHE_PATH = 'cache'\n",
        "utf-8",
    )
    subprocess.run(
        [sys.executable, "-m", "pelican", "content", "-s", "conf.py", "-o", "out", "-q"],
        cwd=tmp_path, check=True, capture_output=True,
    )
    html = (tmp_path / "out" / "border-story.html").read_text("utf-8")
    assert "They crossed the border yesterday" in html and "timex" not in html
    assert not (tmp_path / "out" / "timeline").exists()


def test_unknown_markup_setting_is_reported(build_site) -> None:
    site = build_site({"story.md": STORY}, TIMELINE_MARKUP="yes")
    assert "TIMELINE_MARKUP is 'yes': expected True, False or \"theme\"; using True" in site.log
    assert "timex" in site.read("border-story.html")


def test_absolute_siteurl_with_path_prefix(build_site) -> None:
    siteurl = "http://127.0.0.1:8123/some-repo"
    site = build_site({"story.md": STORY}, SITEURL=siteurl, RELATIVE_URLS=False)
    page = page_refs(site.output / "timeline/border-story.html")
    assert f"{siteurl}/timeline/plotly-basic-4.1.1.min.js" in page.links
    assert f"{siteurl}/border-story.html" in page.links
    assert (
        f"{siteurl}/timeline/border-story.html"
        in page_refs(site.output / "border-story.html").links
    )
    assert broken_links(site.output, siteurl) == []
    # the JSON keeps article.url as Pelican gives it (relative to SITEURL)
    events = json.loads(site.read("timeline/border-story.json"))["events"]
    assert {e["article_url"] for e in events} == {"border-story.html"}


def test_no_build_date_in_output(build_site) -> None:
    site = build_site({"story.md": STORY})
    today = date.today()
    stamps = (today.isoformat(), f"{today.day} {today:%B} {today.year}", f"{today:%B} {today.day}")
    for name, data in site.files().items():
        if name.startswith("timeline/"):
            text = data.decode("utf-8")
            assert not [s for s in stamps if s in text], name


def test_rebuild_in_one_process_starts_afresh(tmp_path: Path, caplog) -> None:
    """What `pelican -lr` does: the same Pelican object runs again after an edit."""
    content = tmp_path / "content"
    content.mkdir()
    (content / "story.md").write_text(STORY, encoding="utf-8")
    override = {
        "PATH": str(content),
        "OUTPUT_PATH": str(tmp_path / "output"),
        "CACHE_PATH": str(tmp_path / "cache"),
        "THEME": str(ROOT / "theme"),
        "PLUGIN_PATHS": [str(ROOT / "plugins")],
    }
    pelican = Pelican(read_settings(str(ROOT / "pelicanconf.py"), override=override))
    with caplog.at_level("INFO"):
        pelican.run()
        first = json.loads((tmp_path / "output/timeline/border-story.json").read_text("utf-8"))
        (content / "story.md").write_text(STORY.replace("yesterday,", "today,"), "utf-8")
        pelican.run()
        second = json.loads((tmp_path / "output/timeline/border-story.json").read_text("utf-8"))
        pelican.run()
    texts = [e["text"] for e in second["events"]]
    assert "today" in texts and "yesterday" not in texts
    assert len(second["events"]) == len(first["events"])
    site = json.loads((tmp_path / "output/timeline/events.json").read_text("utf-8"))
    assert site == second  # nothing left over from the first build
    messages = [r.getMessage() for r in caplog.records]
    summaries = [m for m in messages if re.match(r"timeline: \d+ articles", m)]
    assert len(summaries) == 3
    assert all(", 4 expressions, 5 events," in s for s in summaries)


def test_title_is_not_read_only_the_body(build_site) -> None:
    story = article_md("Yesterday, today and tomorrow", "Nothing dated in the body.", slug="t")
    site = build_site({"t.md": story})
    assert not site.exists("timeline/t.html")
    assert "timeline: 1 articles, 0 expressions, 0 events" in site.log


def test_fallback_templates_for_a_theme_without_timeline_pages(build_site) -> None:
    site = build_site({"story.md": STORY}, THEME="simple", TIMELINE_MARKUP=True)
    page = site.read("timeline/border-story.html")
    events = json.loads(site.read("timeline/border-story.json"))["events"]
    for event in events:
        assert f'id="event-{event["id"]}"' in page
    assert "border-story.html" in linked(site.output, "timeline/border-story.html")
    assert "timeline/plotly-basic-4.1.1.min.js" in linked(site.output, "timeline/border-story.html")
    index = site.read("timeline/index.html")
    assert all(f'id="event-{e["id"]}"' in index for e in events)
    assert 'id="timeline-chart"' in page and 'id="timeline-chart"' in index
    # (the simple theme itself links to getpelican.com and python.org)
    broken = [b for b in broken_links(site.output) if b.startswith("timeline/")]
    assert [b for b in broken if "external https://" not in b] == []


def test_one_failing_page_costs_only_itself(build_site, tmp_path: Path) -> None:
    overrides = tmp_path / "overrides"
    overrides.mkdir()
    (overrides / "timeline.html").write_text(
        '{% if article.slug == "bad-story" %}{{ 1 // 0 }}{% endif %}{{ article.title }}\n',
        encoding="utf-8",
    )
    bad = article_md("Bad story", "It broke yesterday.", slug="bad-story")
    site = build_site(
        {"story.md": STORY, "bad.md": bad}, THEME_TEMPLATES_OVERRIDES=[str(overrides)]
    )
    assert re.search(r"bad\.md: timeline page not written: ZeroDivisionError", site.log)
    assert site.read("timeline/border-story.html") == "Border story"
    assert site.exists("timeline/bad-story.json")
    assert site.exists("timeline/index.html")


def test_regional_language_tags_use_the_base_language(build_site, fake_engine, monkeypatch) -> None:
    seen = []

    def spy(text, reference, lang="en"):
        seen.append(lang)
        return fake_engine(text, reference, lang)

    monkeypatch.setattr(plugin, "_extractor", lambda: spy)
    british = article_md("British story", "It rained yesterday.", slug="gb", Lang="en-GB")
    site = build_site({"gb.md": british}, DEFAULT_LANG="en_US")
    assert seen == ["en"]
    assert site.exists("timeline/gb.html")


def test_hidden_article_has_its_timeline_but_stays_off_the_site_wide_one(build_site) -> None:
    hidden = article_md("Hidden story", "It was signed yesterday.", slug="hidden", Status="hidden")
    site = build_site({"story.md": STORY, "hidden.md": hidden})
    assert site.exists("timeline/hidden.html")
    assert "timeline/hidden.html" in linked(site.output, "hidden.html")
    assert 'class="timex"' in site.read("hidden.html")
    events = json.loads(site.read("timeline/events.json"))["events"]
    assert {e["article_slug"] for e in events} == {"border-story"}
    assert "Hidden story" not in site.read("timeline/index.html")
    assert broken_links(site.output) == []


def test_site_without_any_dated_story(build_site) -> None:
    site = build_site({"quiet.md": QUIET})
    assert json.loads(site.read("timeline/events.json")) == {"events": []}
    assert site.exists("timeline/index.html")
    assert not site.exists("timeline/quiet-story.html")
    assert "timeline: 1 articles, 0 expressions, 0 events, 0 unresolved" in site.log
    assert broken_links(site.output) == []


def test_site_wide_timeline_in_pages_of_stories(build_site) -> None:
    stories = {
        f"s{n}.md": article_md(
            f"Story {n}", "It began yesterday.", day=f"2021-07-0{n}", slug=f"s{n}"
        )
        for n in range(1, 6)
    }
    site = build_site(
        stories, TIMELINE_INDEX_ARTICLES_PER_PAGE=2, THEME="simple", TIMELINE_MARKUP=True
    )
    pages = ["timeline/index.html", "timeline/index2.html", "timeline/index3.html"]
    assert all(site.exists(p) for p in pages)
    assert not site.exists("timeline/index4.html")
    shown = [re.findall(r"\(Story (\d)\)", site.read(p)) for p in pages]
    assert shown == [["4", "5"], ["2", "3"], ["1"]]  # newest first, by date within a page
    assert "timeline/index2.html" in linked(site.output, "timeline/index.html")
    # page 1 is TIMELINE_INDEX_URL ("timeline/")
    assert {"timeline", "timeline/index3.html"} <= linked(site.output, "timeline/index2.html")
    assert "Page 2 of 3: 2 of 5 stories" in site.read("timeline/index2.html")
    assert len(json.loads(site.read("timeline/events.json"))["events"]) == 5
    broken = [b for b in broken_links(site.output) if b.startswith("timeline/")]
    assert [b for b in broken if "external https://" not in b] == []


def test_site_wide_timeline_on_one_page_when_asked(build_site) -> None:
    stories = {
        f"s{n}.md": article_md(
            f"Story {n}", "It began yesterday.", day=f"2021-07-0{n}", slug=f"s{n}"
        )
        for n in range(1, 4)
    }
    site = build_site(stories, TIMELINE_INDEX_ARTICLES_PER_PAGE=0)
    assert not site.exists("timeline/index2.html")
    index = site.read("timeline/index.html")
    for event in json.loads(site.read("timeline/events.json"))["events"]:
        assert f'id="event-{event["id"]}"' in index
