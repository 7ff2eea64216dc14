"""An article file Pelican cannot read is named in the log with what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from pelican import Pelican
from pelican.settings import read_settings
from site_kit import ROOT, SEED_MD
from timeline.sources import unreadable_reason


def test_reasons_from_the_bytes(tmp_path: Path) -> None:
    binary = tmp_path / "b.md"
    binary.write_bytes(b"Title: x\n\xff\xfe")
    text = tmp_path / "t.md"
    text.write_text("Title: no date\n\nSunday.", encoding="utf-8")
    assert unreadable_reason(str(binary)) == "is not UTF-8 text (byte 0xff at offset 9)"
    assert "skipped by Pelican" in unreadable_reason(str(text))
    assert "cannot be opened" in unreadable_reason(str(tmp_path / "missing.md"))


def test_unreadable_files_are_explained_and_others_build(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / SEED_MD.name).write_bytes(SEED_MD.read_bytes())
    (content / "noise.md").write_bytes(bytes(range(256)) * 4)
    (content / "undated.md").write_text("Title: Undated\n\nOn Sunday it rained.\n", "utf-8")
    settings = read_settings(
        str(ROOT / "pelicanconf.py"),
        override={
            "PATH": str(content),
            "OUTPUT_PATH": str(tmp_path / "out"),
            "CACHE_PATH": str(tmp_path / "cache"),
            "THEME": str(ROOT / "theme"),
            "PLUGIN_PATHS": [str(ROOT / "plugins")],
        },
    )
    with caplog.at_level("WARNING"):
        Pelican(settings).run()
    log = caplog.text
    assert "noise.md is not UTF-8 text (byte 0x80 at offset 128)" in log
    assert "undated.md was skipped by Pelican" in log
    assert (tmp_path / "out" / "timeline" / f"{SEED_MD.stem}.html").is_file()
