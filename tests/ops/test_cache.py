"""The extraction cache: a change in any input misses exactly the articles it concerns."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from timeline import cache as cache_mod
from timeline.cache import ExtractionCache, article_key_parts, digest
from timeline.eventjson import PackedEvents

SETTINGS: dict[str, Any] = {
    "DEFAULT_LANG": "en",
    "TIMELINE_URL": "timeline/{slug}.html",
    "TIMELINE_SAVE_AS": "timeline/{slug}.html",
    "TIMELINE_TEMPLATE": "timeline",
}


def article(**changes: Any) -> SimpleNamespace:
    facts: dict[str, Any] = {
        "_content": "<p>They left on Sunday.</p>",
        "lang": "en",
        "url": "a.html",
        "title": "A",
        "slug": "a",
        "category": "world",
        "tags": ["x"],
        "metadata": {"title": "A"},
        "source_path": "content/a.md",
    }
    facts.update(changes)
    return SimpleNamespace(**facts)


def key(art: SimpleNamespace, settings: dict[str, Any] | None = None, **kw: Any) -> str:
    reference = kw.get("reference", date(2021, 7, 5))
    version = kw.get("version", "1")
    return digest(article_key_parts(art, settings or SETTINGS, reference, version))


BASE = key(article())


@pytest.mark.parametrize(
    "changed",
    [
        pytest.param(key(article(_content="<p>They left on Monday.</p>")), id="content"),
        pytest.param(key(article(), reference=date(2021, 7, 6)), id="publication-date"),
        pytest.param(key(article(lang="fr")), id="language"),
        pytest.param(key(article(), version="2"), id="engine-version"),
        pytest.param(key(article(), {**SETTINGS, "TIMELINE_URL": "t/{slug}/"}), id="setting"),
        pytest.param(key(article(), {**SETTINGS, "DEFAULT_LANG": "de"}), id="default-lang"),
        pytest.param(
            key(article(metadata={"title": "A", "timeline_exclude": "Sunday"})), id="override"
        ),
        pytest.param(key(article(title="B")), id="title"),
        pytest.param(key(article(url="b.html")), id="url"),
        pytest.param(key(article(tags=["y"])), id="tags"),
        pytest.param(key(article(category="sport")), id="category"),
    ],
)
def test_each_input_changes_the_key(changed: str) -> None:
    assert changed != BASE


@pytest.mark.parametrize(
    "settings",
    [
        {**SETTINGS, "TIMELINE_SAVE_AS": "elsewhere/{slug}.html"},
        {**SETTINGS, "TIMELINE_TEMPLATE": "other"},
        {**SETTINGS, "SITENAME": "Another name"},
    ],
    ids=["save-as", "template", "unrelated"],
)
def test_output_only_settings_keep_the_key(settings: dict[str, Any]) -> None:
    assert key(article(), settings) == BASE


def test_same_inputs_same_key_and_no_collision_by_concatenation() -> None:
    assert key(article()) == BASE
    a = digest({"x": "ab", "y": "c"})
    b = digest({"x": "a", "y": "bc"})
    assert a != b


def _counting(events: list[dict[str, Any]]):
    calls: list[int] = []

    def compute() -> PackedEvents:
        calls.append(1)
        return PackedEvents.pack(events)

    return compute, calls


def test_hit_after_put_miss_after_change(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(cache_mod, "engine_version", lambda: "1")
    events = [
        {"id": "a-1", "text": "Sunday", "start": "2021-07-04", "derived": False}
        | {"type": "DATE", "kind": "day"}
    ]
    compute, calls = _counting(events)

    first = ExtractionCache(tmp_path / "timeline")
    got = first.article_events(article(), SETTINGS, compute, reference=date(2021, 7, 5))
    assert got.unpack() == events
    assert len(calls) == 1 and first.stats.from_cache == 0
    first.prune()  # the end of a build: the bundle is saved

    second = ExtractionCache(tmp_path / "timeline")
    got = second.article_events(article(), SETTINGS, compute, reference=date(2021, 7, 5))
    assert got.unpack() == events and len(calls) == 1 and second.stats.from_cache == 1
    assert got.first_and_last() == (events[0], events[0])
    assert got.count == 1 and got.expressions == 1

    changed = article(_content="<p>Monday</p>")
    second.article_events(changed, SETTINGS, compute, reference=date(2021, 7, 5))
    assert len(calls) == 2
    assert second.stats.extracted == ["content/a.md"]
    second.prune()

    monkeypatch.setattr(cache_mod, "engine_version", lambda: "2")
    third = ExtractionCache(tmp_path / "timeline")
    third.article_events(article(), SETTINGS, compute, reference=date(2021, 7, 5))
    assert len(calls) == 3


def test_prune_keeps_only_used_entries(tmp_path: Path) -> None:
    store = ExtractionCache(tmp_path)
    store.put("a" * 64, [1])
    store.put("b" * 64, [2])
    store.prune()
    again = ExtractionCache(tmp_path)
    assert again.had_entries
    assert again.get("a" * 64) == [1]
    assert again.prune() == 1
    assert ExtractionCache(tmp_path).stored_keys() == {"a" * 64}
    assert [p.name for p in tmp_path.iterdir()] == ["cache.sqlite3"]


def test_damaged_cache_file_is_a_miss_not_a_failure(tmp_path: Path, caplog) -> None:
    (tmp_path / "cache.sqlite3").write_bytes(b"this is not a database" * 100)
    store = ExtractionCache(tmp_path)
    assert store.get("article-1") is None
    store.put("article-1", [1])
    store.prune()
    assert ExtractionCache(tmp_path).get("article-1") == [1]
    assert "unreadable cache" in caplog.text


def test_disabled_cache_never_stores(tmp_path: Path) -> None:
    store = ExtractionCache.for_settings({"CACHE_PATH": str(tmp_path), "TIMELINE_CACHE": False})
    store.put("e" * 64, [1])
    store.prune()
    assert store.get("e" * 64) is None
    assert not any(tmp_path.rglob("*"))


def test_summary_line() -> None:
    from timeline.plugin import BuildState

    build = BuildState(started=0.0, finished=0.8)
    events = [
        {"derived": False, "start": "2021-07-04", "type": "DATE", "kind": "day"},
        {"derived": True, "start": "2021-07-02", "type": "DATE", "kind": "day"},
        {"derived": False, "start": None, "type": "DATE", "kind": "unplaced"},
    ]
    for _ in range(500):
        build.add(PackedEvents.pack(events))
    build.notes.append("498 from cache")
    assert build.summary() == (
        "timeline: 500 articles, 1,000 expressions, 1,500 events, 500 unresolved "
        "(0.8 s, 498 from cache)"
    )


def test_cache_note_names_the_few_articles_extracted_again() -> None:
    stats = cache_mod.BuildStats(from_cache=499, extracted=["content/news/report-00250.md"])
    assert stats.cache_note(warm=True) == "499 from cache, extracted again: report-00250.md"
    assert stats.cache_note(warm=False) == "499 from cache"
    many = cache_mod.BuildStats(from_cache=0, extracted=[f"{i}.md" for i in range(9)])
    assert many.cache_note(warm=True) == "0 from cache, 9 extracted again"


def test_entries_are_copies(tmp_path: Path) -> None:
    store = ExtractionCache(tmp_path)
    events = [{"id": "x", "tags": ["a"]}]
    store.put("article-1", events)
    events[0]["tags"].append("changed later")  # must not leak into the cache
    assert store.get("article-1") == [{"id": "x", "tags": ["a"]}]
    assert store.get("article-1") is not store.get("article-1")


def test_unreadable_entry_is_a_miss(tmp_path: Path, caplog) -> None:
    import sqlite3

    store = ExtractionCache(tmp_path)
    store.put("article-1", [1])
    store.prune()
    store.close()
    db = sqlite3.connect(tmp_path / "cache.sqlite3")
    db.execute("UPDATE entries SET value = ? WHERE key = 'article-1'", (b"garbage",))
    db.commit()
    db.close()
    assert ExtractionCache(tmp_path).get("article-1") is None
    assert "unreadable cache entry" in caplog.text


def test_engine_key_has_the_version_and_a_hash_of_the_pipeline_code() -> None:
    from timeline import engine

    version = cache_mod.engine_version()
    assert version.startswith(f"{engine.ENGINE_VERSION}+")
    assert len(version.split("+")[1]) == 16


def test_tag_order_is_part_of_the_key() -> None:
    """Events carry the tags in the article's order, so the order must miss the cache."""
    assert key(article(tags=["x", "y"])) != key(article(tags=["y", "x"]))


def test_spooled_events_read_back_the_same() -> None:
    from timeline.eventjson import Spool

    spool = Spool()
    packs = [
        PackedEvents.pack(
            [
                {"id": f"e{i}", "derived": False, "start": f"2021-07-0{i + 1}", "kind": "day"}
                for i in range(n)
            ]
        )
        for n in (3, 0, 1)
    ]
    held = [pack.spooled(spool) for pack in packs]
    assert [type(h.data).__name__ for h in held] == ["Spooled"] * 3
    for pack, back in zip(packs, held, strict=True):
        assert back.unpack() == pack.unpack()
        assert back.first_and_last() == pack.first_and_last()
        assert (back.digest, back.count, back.dated) == (pack.digest, pack.count, pack.dated)


def test_events_stay_in_memory_without_a_temporary_folder(monkeypatch, caplog) -> None:
    from timeline import eventjson

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied", "/tmp")

    monkeypatch.setattr(eventjson.tempfile, "TemporaryFile", refuse)
    pack = PackedEvents.pack([{"id": "e", "derived": False, "start": "2021-07-04", "kind": "day"}])
    held = pack.spooled(eventjson.Spool())
    assert isinstance(held.data, bytes)
    assert held.unpack() == pack.unpack()
    assert "no temporary file for events" in caplog.text
