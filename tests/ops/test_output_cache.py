"""Rebuilds keep timeline outputs whose inputs did not change, and render again the
ones a template, setting or article change touches, with the bytes of a full build."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from ops_helpers import ROOT, SEED_MD, article_md, pelican_process


def tree(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def timeline_outputs(folder: Path) -> dict[str, bytes]:
    return {name: data for name, data in tree(folder).items() if name.startswith("timeline/")}


def written(log: str) -> list[str]:
    """The timeline outputs a build wrote (Pelican and the plugin log each file written)."""
    return [line for line in log.splitlines() if "Writing" in line and "/timeline/" in line]


class Site:
    """One content folder, theme copy, output and cache, rebuilt as an author would."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.content = root / "content"
        self.content.mkdir(parents=True)
        shutil.copy(SEED_MD, self.content / SEED_MD.name)
        for i in range(3):
            (self.content / f"story-{i}.md").write_text(
                article_md(
                    f"Story {i}",
                    f"On Monday the council met. Number {i} was voted on 3 March 2024.",
                    slug=f"story-{i}",
                ),
                encoding="utf-8",
            )
        # An undated page in the context: the digest must not see Pelican's "now" for it.
        (self.content / "pages").mkdir()
        (self.content / "pages" / "about.md").write_text(
            "Title: About\n\nWho writes here.\n", encoding="utf-8"
        )
        self.theme = root / "theme"
        shutil.copytree(ROOT / "theme", self.theme)

    def build(self, output: str = "output", cache: str = "cache", **extra: str) -> str:
        proc = pelican_process(
            self.content,
            self.root / output,
            self.root / cache,
            extra={"THEME": json.dumps(str(self.theme)), **extra},
        )
        return proc.stdout + proc.stderr

    def fresh_build(self, **extra: str) -> dict[str, bytes]:
        """What a build from scratch (no output, no cache) writes with the same input."""
        shutil.rmtree(self.root / "fresh-output", ignore_errors=True)
        shutil.rmtree(self.root / "fresh-cache", ignore_errors=True)
        self.build("fresh-output", "fresh-cache", **extra)
        return tree(self.root / "fresh-output")

    def edit_template(self, name: str, old: str, new: str) -> None:
        path = self.theme / "templates" / name
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_warm_build_keeps_every_timeline_output(tmp_path: Path) -> None:
    site = Site(tmp_path)
    cold_log = site.build()
    assert written(cold_log), "the cold build wrote no timeline output"
    cold = tree(tmp_path / "output")
    warm_log = site.build()
    assert written(warm_log) == []
    assert tree(tmp_path / "output") == cold

    # A removed or altered output is written again, as a full build writes it.
    page = next(p for p in (tmp_path / "output" / "timeline").rglob("*.html"))
    page.unlink()
    (tmp_path / "output" / "timeline" / "events.json").write_text("{}", encoding="utf-8")
    again_log = site.build()
    assert len(written(again_log)) == 2
    assert tree(tmp_path / "output") == cold


def test_template_change_renders_the_pages_that_use_it(tmp_path: Path) -> None:
    site = Site(tmp_path)
    site.build()
    before = timeline_outputs(tmp_path / "output")

    # The per-article template: its pages change, the site-wide page and JSON do not.
    site.edit_template("timeline.html", "Back to the story", "Back to the report")
    site.build()
    after = timeline_outputs(tmp_path / "output")
    changed = sorted(name for name in after if after[name] != before[name])
    assert changed == sorted(
        name for name in after if name.endswith(".html") and not name.startswith("timeline/index")
    )
    assert all(b"Back to the report" in after[name] for name in changed)
    assert after["timeline/index.html"] == before["timeline/index.html"]
    assert after == timeline_outputs(tmp_path / "output") == {
        k: v for k, v in site.fresh_build().items() if k.startswith("timeline/")
    }

    # A template the pages extend or import reaches every timeline page.
    site.edit_template("_events.html", 'title="Link to this date"', 'title="Link to the date"')
    site.build()
    pages = {
        name: data for name, data in timeline_outputs(tmp_path / "output").items()
        if name.endswith(".html")
    }
    assert len(pages) >= 4
    assert all(b'title="Link to the date"' in data for data in pages.values())
    assert tree(tmp_path / "output") == site.fresh_build()


def test_setting_change_renders_the_pages_that_show_it(tmp_path: Path) -> None:
    site = Site(tmp_path)
    site.build()
    name = json.dumps("The Renamed Gazette")
    site.build(SITENAME=name)
    pages = {
        key: data for key, data in timeline_outputs(tmp_path / "output").items()
        if key.endswith(".html")
    }
    assert len(pages) >= 4
    assert all(b"The Renamed Gazette" in data for data in pages.values())
    assert tree(tmp_path / "output") == site.fresh_build(SITENAME=name)

    # A plugin setting that only the pages show (where the Plotly bundle is linked from).
    url = json.dumps("assets/plotly.js")
    site.build(SITENAME=name, TIMELINE_PLOTLY_JS_URL=url)
    pages = {
        key: data for key, data in timeline_outputs(tmp_path / "output").items()
        if key.endswith(".html") and b"timeline-figure" in data
    }
    assert pages and all(b"/assets/plotly.js" in data for data in pages.values())
    assert tree(tmp_path / "output") == site.fresh_build(
        SITENAME=name, TIMELINE_PLOTLY_JS_URL=url
    )


def test_article_change_renders_its_outputs_with_a_full_build_bytes(tmp_path: Path) -> None:
    site = Site(tmp_path)
    site.build()
    before = timeline_outputs(tmp_path / "output")
    story = site.content / "story-1.md"
    story.write_text(
        story.read_text(encoding="utf-8").replace("3 March 2024", "4 March 2024"), encoding="utf-8"
    )
    site.build()
    after = timeline_outputs(tmp_path / "output")
    changed = sorted(name for name in after if after[name] != before[name])
    assert "timeline/events.json" in changed
    assert "timeline/index.html" in changed
    assert any("story-1" in name for name in changed)
    assert tree(tmp_path / "output") == site.fresh_build()


def _edit_text(site: Site, name: str, sentence: str) -> None:
    story = site.content / name
    story.write_text(story.read_text(encoding="utf-8") + f"\n{sentence}\n", encoding="utf-8")


def test_text_edit_keeps_the_other_stories_pages_when_no_template_shows_their_text(
    tmp_path: Path,
) -> None:
    site = Site(tmp_path)
    site.build()
    before = timeline_outputs(tmp_path / "output")
    _edit_text(site, "story-1.md", "Nothing else happened.")  # text only: same events
    log = site.build()
    after = timeline_outputs(tmp_path / "output")
    pages = [n for n in after if n.endswith(".html") and not n.startswith("timeline/index")]
    assert len(pages) >= 4
    rewritten = [line for line in written(log) if "/timeline/index" not in line]
    assert len(rewritten) == 1 and "story-1" in rewritten[0]
    assert after == before  # nothing on a timeline page shows that sentence
    assert tree(tmp_path / "output") == site.fresh_build()


def test_text_edit_renders_every_page_when_a_template_shows_other_stories_text(
    tmp_path: Path,
) -> None:
    site = Site(tmp_path)
    site.edit_template(
        "timeline.html",
        "{% endblock %}",
        '<aside>{% for a in articles %}{{ a.summary }}{% endfor %}</aside>{% endblock %}',
    )
    site.build()
    _edit_text(site, "story-1.md", "A new closing line for the summary.")
    log = site.build()
    pages = [n for n in timeline_outputs(tmp_path / "output")
             if n.endswith(".html") and not n.startswith("timeline/index")]
    rewritten = [line for line in written(log) if "/timeline/index" not in line]
    assert len(rewritten) >= len(pages) >= 4
    assert tree(tmp_path / "output") == site.fresh_build()


@pytest.mark.parametrize(
    ("source", "reads"),
    [
        ("{{ article.title }} {{ article.summary }} {{ articles|length }}", False),
        ("{{ placed[-1].start }} {% if 'x' is plugin_enabled %}{% endif %}", False),
        ("{% for article in articles %}{{ article.summary }}{% endfor %}", True),
        ("{{ articles[0].content }}", True),
        ("{{ articles|map(attribute='summary')|join }}", True),
        ("{{ articles[i].title }}", True),
        ("{{ a.__dict__ }}", True),
        ("{% include name %}", True),
        ("{{ articles|custom_filter }}", True),
        ('{% from "cards.html" import card %}{{ card(articles[0]) }}', True),
    ],
)
def test_which_templates_can_show_other_stories_text(source: str, reads: bool) -> None:
    from jinja2 import DictLoader, Environment
    from timeline.outputs import templates_read_bodies

    cards = "{% macro card(article) %}{{ article.summary }}{% endmacro %}"
    env = Environment(loader=DictLoader({"page.html": source, "cards.html": cards}))
    assert templates_read_bodies(env, ["page.html"]) is reads


def test_streamed_events_json_is_the_same_bytes_as_the_whole_sorted_text(tmp_path: Path) -> None:
    from timeline.eventjson import PackedEvents, json_text, site_order, write_events_stream
    from timeline.events import site_sort_key

    def ev(slug: str, start: str | None, order: int, text: str = "plain") -> dict:
        return {
            "article_slug": slug,
            "start": start,
            "order": order,
            "text": text,
            "n": [1, 2.5],
            "derived": False,
            "type": "DATE",
            "kind": "day" if start else "unplaced",
        }

    hostile = ev("b", None, 0, "</script><b>&\u2028\u2029")
    packs = [
        [ev("b", "2021-07-04", 2), hostile, ev("b", "2021-07-04", 1, "é")],
        [],
        [ev("a", "2021-07-04", 5), ev("a", "2001-01-01", 0), ev("a", "2021-07-04", 5, "tie")],
    ]
    for chosen in (packs[:1], packs[1:2], packs):
        events = [e for pack in chosen for e in pack]
        path = tmp_path / "out" / "events.json"
        write_events_stream(str(path), site_order(PackedEvents.pack(p) for p in chosen))
        expected = json_text({"events": sorted(events, key=site_sort_key)})
        assert path.read_bytes() == expected.encode("utf-8")
        assert "<" not in path.read_text(encoding="utf-8")
