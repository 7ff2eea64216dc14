"""Bad and hostile input: each case gets a clear outcome, the rest of the site builds,
and article text never runs as code in a reader's browser."""

from __future__ import annotations

import json
import random
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from ops_helpers import SEED_MD, SEED_SLUG, article_md, open_page, pelican_process, wait_for_chart
from timex_values import valid_value

# Written as an author would get literal "<" into text: HTML entities in Markdown.
SCRIPT = "&lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;"
IMG = '&lt;img src=x onerror="window.__pwned=2"&gt;'
BREAKOUT = "&quot;&gt;&lt;script&gt;window.__pwned=3&lt;/script&gt;"
TITLE_BREAKOUT = "&lt;/title&gt;&lt;script&gt;window.__pwned=4&lt;/script&gt;"
HOSTILE_TITLE = f"Evil {TITLE_BREAKOUT} {SCRIPT} \"quotes\" 'single' \\back\\slash"
HOSTILE_BODY = (
    f'On Monday {SCRIPT} and {IMG} said "it" happened {BREAKOUT}. '
    "Back\\\\slashes \\\\n and a line\u2028separator and\u2029paragraph came yesterday."
)
LITERALS = ("</script><script>window.__pwned=1</script>", '<img src=x onerror="window.__pwned=2">')

FILLER = "The committee discussed the budget and the schedule in great detail. " * 14 + "\n\n"


def write_cases(content: Path) -> dict[str, str]:
    """The hostile and broken articles; returns slug -> what the case is."""
    cases: dict[str, str] = {}

    def add(slug: str, what: str, text: str) -> None:
        (content / f"{slug}.md").write_text(text, encoding="utf-8")
        cases[slug] = what

    (content / "nodate.md").write_text(
        "Title: No date\nCategory: World\n\nThe army left on Sunday.\n", encoding="utf-8"
    )
    add(
        "tz",
        "date with time zone",
        article_md(
            "Time zone", "The army left yesterday.", day="2021-07-05T01:30:00+05:00", slug="tz"
        ),
    )
    add(
        "old",
        "1850",
        article_md(
            "Old",
            "The treaty was signed yesterday; last week the king died.",
            day="1850-03-04",
            slug="old",
        ),
    )
    add(
        "future",
        "2090",
        article_md(
            "Future",
            "The colony opened yesterday; next week it expands.",
            day="2090-12-31",
            slug="future",
        ),
    )
    add("none", "no expression", article_md("Nothing", "There is no date in here.", slug="none"))
    add(
        "absurd",
        "absurd expressions",
        article_md(
            "Absurd",
            "In the year 99999 something. In 12,000 BC people lived. It rained on February 30. "
            "The 45th of May was sunny. The army left on Sunday.",
            slug="absurd",
        ),
    )
    add(
        "code",
        "dates in code",
        article_md(
            "Code",
            "The deploy ran on Monday.\n\n    yesterday in a code block 2021-07-04\n\n"
            "Inline `last week` and `2021-07-01` code.\n\n```\nnext Friday\n```",
            slug="code",
        ),
    )
    add(
        "links",
        "links around dates",
        article_md(
            "Links",
            "The army left [on Sunday](https://example.org/sunday) and "
            '<a href="https://example.org/m">Monday</a> too.',
            slug="links",
        ),
    )
    add(
        "fr",
        "another language",
        article_md(
            "Français", "L'armée est partie dimanche, le 4 juillet 2021.", slug="fr", Lang="fr"
        ),
    )
    add("hostile", "hostile text", article_md(HOSTILE_TITLE, HOSTILE_BODY, slug="hostile"))
    body = FILLER * 2100 + "The minister resigned yesterday. Elections follow next month.\n"
    add("big", "2 MB article", article_md("Big", body, slug="big"))
    (content / "random.md").write_bytes(random.Random(1).randbytes(5000))
    return cases


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("hostile")
    content = base / "content"
    content.mkdir()
    (content / SEED_MD.name).write_bytes(SEED_MD.read_bytes())
    cases = write_cases(content)
    proc = pelican_process(content, base / "output", base / "cache")
    return {"output": base / "output", "log": proc.stdout + proc.stderr, "cases": cases}


def events(built: dict[str, Any], slug: str) -> list[dict[str, Any]]:
    path = built["output"] / "timeline" / f"{slug}.json"
    return json.loads(path.read_text(encoding="utf-8"))["events"]


def test_big_file_is_really_two_megabytes(tmp_path: Path) -> None:
    write_cases(tmp_path)
    assert (tmp_path / "big.md").stat().st_size >= 2_000_000


def test_the_rest_of_the_site_still_builds(built: dict[str, Any]) -> None:
    out = built["output"]
    assert (out / f"{SEED_SLUG}.html").exists()
    assert (out / "timeline" / f"{SEED_SLUG}.html").exists()
    for slug in built["cases"]:
        # Pelican writes an article in another language as {slug}-{lang}.html.
        assert (out / f"{slug}.html").exists() or (out / f"{slug}-fr.html").exists(), slug


def test_article_without_date_is_skipped_with_a_message_naming_it(built: dict[str, Any]) -> None:
    assert re.search(r"nodate\.md.*date", built["log"])
    assert not (built["output"] / "no-date.html").exists()


def test_random_bytes_file_is_named_in_the_log(built: dict[str, Any]) -> None:
    assert "random.md" in built["log"]


def test_date_with_time_zone_resolves_against_its_own_day(built: dict[str, Any]) -> None:
    assert [(e["text"], e["start"]) for e in events(built, "tz")] == [("yesterday", "2021-07-04")]


@pytest.mark.parametrize(("slug", "yesterday"), [("old", "1850-03-03"), ("future", "2090-12-30")])
def test_far_dates(built: dict[str, Any], slug: str, yesterday: str) -> None:
    found = {e["text"]: e for e in events(built, slug)}
    assert found["yesterday"]["start"] == yesterday
    assert (built["output"] / "timeline" / f"{slug}.html").exists()


def test_no_expression_means_no_page_and_no_dead_link(built: dict[str, Any]) -> None:
    out = built["output"]
    assert not (out / "timeline" / "none.html").exists()
    assert "timeline/none" not in (out / "none.html").read_text(encoding="utf-8")
    site_events = json.loads((out / "timeline" / "events.json").read_text(encoding="utf-8"))
    assert not [e for e in site_events["events"] if e["article_slug"] == "none"]


def test_absurd_expressions_never_give_invalid_dates(built: dict[str, Any]) -> None:
    found = events(built, "absurd")
    assert ("Sunday", "2021-07-04") in [(e["text"], e["start"]) for e in found]
    for e in found:
        assert valid_value(e["type"], e["value"]), e
        for key in ("start", "end"):
            if e[key] is not None:
                date.fromisoformat(e[key])
        assert not any(bad in e["text"] for bad in ("99999", "12,000", "February 30", "45th"))


def test_dates_in_code_are_not_events(built: dict[str, Any]) -> None:
    assert [e["text"] for e in events(built, "code")] == ["Monday"]
    page = (built["output"] / "code.html").read_text(encoding="utf-8")
    assert "<code>last week</code>" in page  # untouched by <time> markup


def test_links_around_dates_keep_their_targets(built: dict[str, Any]) -> None:
    assert [e["text"] for e in events(built, "links")] == ["Sunday", "Monday"]
    page = (built["output"] / "links.html").read_text(encoding="utf-8")
    assert re.search(r'<a href="https://example.org/sunday">on <time [^>]*>Sunday</time></a>', page)
    assert re.search(r'<a href="https://example.org/m"><time [^>]*>Monday</time></a>', page)


def test_other_language_is_reported_not_fatal(built: dict[str, Any]) -> None:
    assert (built["output"] / "fr-fr.html").exists()
    has_timeline = (built["output"] / "timeline" / "fr.html").exists()
    assert has_timeline or re.search(r"fr\.md.*\b(language|lang)\b", built["log"]), built["log"]


def test_two_megabyte_article_gets_its_events(built: dict[str, Any]) -> None:
    assert {e["text"] for e in events(built, "big")} == {"yesterday", "next month"}


PAGES = ("hostile.html", "timeline/hostile.html", "timeline/index.html", "index.html")


@pytest.mark.parametrize("page", PAGES)
def test_hostile_text_is_escaped_in_html(built: dict[str, Any], page: str) -> None:
    html = (built["output"] / page).read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in html
    assert "<img src=x" not in html
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    assert title and "<" not in title.group(1) and "</title" not in html[title.end() :]


def test_hostile_text_survives_as_text_in_json(built: dict[str, Any]) -> None:
    raw = (built["output"] / "timeline" / "hostile.json").read_text(encoding="utf-8")
    assert "<" not in raw and "\u2028" not in raw and "\u2029" not in raw
    found = events(built, "hostile")
    sentence = next(e["sentence"] for e in found if e["text"] == "Monday")
    for literal in LITERALS:
        assert literal in sentence
    assert "Back\\slashes \\n" in next(e["sentence"] for e in found if e["text"] == "yesterday")


def test_no_injected_script_runs_in_the_browser(built: dict[str, Any], browser: Any) -> None:
    import functools
    import threading
    from http.server import ThreadingHTTPServer

    from ops_helpers import browser_site

    server = ThreadingHTTPServer(
        ("127.0.0.1", 0),
        functools.partial(browser_site.QuietHandler, directory=str(built["output"])),
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    dialogs: list[str] = []
    try:
        for path in PAGES:
            page, problems = open_page(browser)
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(base + path)
            if path.startswith("timeline/"):
                wait_for_chart(page)
                # Hover every mark: hover labels are where text becomes markup.
                for mark in page.locator("#timeline-chart .point").all()[:6]:
                    mark.hover(force=True)
            assert page.evaluate("() => window.__pwned") is None, path
            if path == "timeline/hostile.html":
                body = page.locator("body").inner_text()
                for literal in LITERALS:
                    assert literal in body
            page.context.close()
            assert problems == [], (path, problems)
    finally:
        server.shutdown()
        server.server_close()
    assert dialogs == []
