"""The extraction cache in real Pelican builds: what a rebuild extracts again, and what not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ops_helpers import article_md, kit
from timeline import engine, plugin
from timeline.cache import ExtractionCache


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The fake engine, recording the text of every call (one per article extracted)."""
    seen: list[str] = []

    def extract(text: str, reference: Any, lang: str = "en") -> list[Any]:
        seen.append(text)
        return kit.fake_extract(text, reference, lang)

    monkeypatch.setattr(plugin, "_extractor", lambda: extract)
    return seen


def articles(**changes: str) -> dict[str, str]:
    texts = {
        f"a{i}.md": article_md(f"Article {i}", f"Number {i} happened yesterday. Then today.")
        for i in range(4)
    }
    texts.update(changes)
    return texts


def stored(cache: Path, prefix: str) -> list[str]:
    return [
        key for key in ExtractionCache(cache / "timeline").stored_keys() if key.startswith(prefix)
    ]


def rebuild(build_site: Any, cache: Path, texts: dict[str, str], **settings: Any) -> Any:
    return build_site(texts, CACHE_PATH=str(cache), **settings)


def test_warm_build_extracts_nothing_and_writes_the_same(
    build_site: Any, calls: list[str], tmp_path: Path
) -> None:
    cache = tmp_path / "shared-cache"
    cold = rebuild(build_site, cache, articles())
    assert len(calls) == 4
    assert "0 from cache" in cold.log
    warm = rebuild(build_site, cache, articles())
    assert len(calls) == 4, "a warm build extracted again"
    assert "4 from cache" in warm.log
    assert warm.files() == cold.files()
    assert len(stored(cache, "article-")) == 4
    # One chart per article and one for the whole site, reused by the warm build.
    assert len(stored(cache, "figure-")) == 5
    # And each article's body with its <time> markup.
    assert len(stored(cache, "markup-")) == 4


def test_touched_article_is_the_only_one_extracted_and_logged(
    build_site: Any, calls: list[str], tmp_path: Path
) -> None:
    cache = tmp_path / "shared-cache"
    rebuild(build_site, cache, articles())
    calls.clear()
    edited = article_md("Article 2", "Number 2 happened yesterday. Then today. And tomorrow.")
    site_ = rebuild(build_site, cache, articles(**{"a2.md": edited}))
    assert len(calls) == 1 and "tomorrow" in calls[0]
    assert "3 from cache" in site_.log
    extracted = [line for line in site_.log.splitlines() if "(not in cache)" in line]
    assert len(extracted) == 1 and "a2.md" in extracted[0]
    summary = [line for line in site_.log.splitlines() if "from cache" in line]
    assert summary and "3 from cache, extracted again: a2.md)" in summary[-1]
    # Pruned: the old entry of a2 is gone, four entries remain.
    assert len(stored(cache, "article-")) == 4


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            {
                "a1.md": article_md(
                    "Article 1", "Number 1 happened yesterday. Then today.", day="2021-07-06"
                )
            },
            1,
        ),
        (
            {
                "a1.md": article_md(
                    "Article 1", "Number 1 happened yesterday. Then today.", Lang="fr"
                )
            },
            1,
        ),
        (
            {
                "a1.md": article_md(
                    "Article 1",
                    "Number 1 happened yesterday. Then today.",
                    Timeline_reference="2021-07-01",
                )
            },
            1,
        ),
        (
            {
                "a3.md": article_md(
                    "Article 3 renamed", "Number 3 happened yesterday. Then today.", slug="a3"
                )
            },
            1,
        ),
    ],
    ids=["publication-date", "language", "reference", "title"],
)
def test_article_input_change_extracts_that_article(
    build_site: Any, calls: list[str], tmp_path: Path, change: dict[str, str], expected: int
) -> None:
    cache = tmp_path / "shared-cache"
    rebuild(build_site, cache, articles())
    calls.clear()
    rebuild(build_site, cache, articles(**change))
    assert len(calls) == expected


def test_engine_version_change_extracts_everything(
    build_site: Any, calls: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "shared-cache"
    rebuild(build_site, cache, articles())
    calls.clear()
    monkeypatch.setattr(engine, "ENGINE_VERSION", "another-version", raising=False)
    rebuild(build_site, cache, articles())
    assert len(calls) == 4


def test_result_setting_change_extracts_everything_output_setting_does_not(
    build_site: Any, calls: list[str], tmp_path: Path
) -> None:
    cache = tmp_path / "shared-cache"
    rebuild(build_site, cache, articles())
    calls.clear()
    rebuild(
        build_site,
        cache,
        articles(),
        TIMELINE_URL="when/{slug}.html",
        TIMELINE_SAVE_AS="when/{slug}.html",
    )
    assert len(calls) == 4
    calls.clear()
    rebuild(
        build_site,
        cache,
        articles(),
        TIMELINE_URL="when/{slug}.html",
        TIMELINE_SAVE_AS="when/{slug}.html",
        TIMELINE_TEMPLATE="timeline",
    )
    assert len(calls) == 0


def test_cache_off_extracts_every_time(build_site: Any, calls: list[str], tmp_path: Path) -> None:
    cache = tmp_path / "shared-cache"
    rebuild(build_site, cache, articles(), TIMELINE_CACHE=False)
    rebuild(build_site, cache, articles(), TIMELINE_CACHE=False)
    assert len(calls) == 8
    assert not (cache / "timeline").exists()
