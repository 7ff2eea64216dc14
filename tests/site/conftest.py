"""Real Pelican builds of small sites into temporary folders.

`build_site` runs Pelican in this process with the project's pelicanconf.py,
theme and plugin; only PATH, OUTPUT_PATH and CACHE_PATH point into tmp_path.
`fake_engine` swaps the engine for `site_kit.fake_extract` during one test.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from pelican import Pelican
from pelican.settings import read_settings
from site_kit import ROOT, SEED_MD, Site, fake_extract
from timeline import plugin
from timeline.engine.model import Timex


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> Callable[..., list[Timex]]:
    monkeypatch.setattr(plugin, "_extractor", lambda: fake_extract)
    return fake_extract


@pytest.fixture
def build_site(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> Iterator[Callable[..., Site]]:
    """build_site({"a.md": text, ...}, **settings) -> Site (a fresh output folder each call)."""
    counter = iter(range(1000))

    def build(articles: Mapping[str, str] | None = None, **settings: Any) -> Site:
        n = next(counter)
        content = tmp_path / f"content{n}"
        content.mkdir()
        if articles is None:
            shutil.copy(SEED_MD, content / SEED_MD.name)
        else:
            for name, text in articles.items():
                (content / name).write_text(text, encoding="utf-8")
        output = tmp_path / f"output{n}"
        override = {
            "PATH": str(content),
            "OUTPUT_PATH": str(output),
            "CACHE_PATH": str(tmp_path / f"cache{n}"),
            "THEME": str(ROOT / "theme"),
            "PLUGIN_PATHS": [str(ROOT / "plugins")],
            "LOAD_CONTENT_CACHE": False,
            **settings,
        }
        caplog.clear()
        with caplog.at_level("INFO"):
            Pelican(read_settings(str(ROOT / "pelicanconf.py"), override=override)).run()
        return Site(output, caplog.text)

    yield build
