"""Two builds of the same input give byte-identical output trees.

Builds run as separate processes with different hash seeds (so set or dict
ordering that depends on hashing shows up), into different folders, with
cold and warm caches.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from ops_helpers import SEED_MD, article_md, load_benchmark, pelican_process

bench = load_benchmark("build")  # its article generator


def tree(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def make_content(folder: Path) -> None:
    folder.mkdir()
    shutil.copy(SEED_MD, folder / SEED_MD.name)
    bench.generate(folder, 12, seed=7)
    (folder / "same-day.md").write_text(
        article_md(
            "Two things on one day",
            "On Monday the talks ended. On Monday the army left. Last week, nothing.",
            slug="same-day",
        )
    )


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    content_a, content_b = tmp_path / "a" / "content", tmp_path / "b" / "content"
    for content in (content_a, content_b):
        content.parent.mkdir()
        make_content(content)
    out_a, out_b = tmp_path / "a" / "output", tmp_path / "b" / "output"
    pelican_process(content_a, out_a, tmp_path / "a" / "cache", env={"PYTHONHASHSEED": "1"})
    pelican_process(content_b, out_b, tmp_path / "b" / "cache", env={"PYTHONHASHSEED": "2"})
    first, second = tree(out_a), tree(out_b)
    assert any(name.startswith("timeline/") and name.endswith(".html") for name in first)
    assert sorted(first) == sorted(second)
    differing = [name for name in first if first[name] != second[name]]
    assert differing == []

    # A warm rebuild (everything from the cache) writes the very same bytes.
    pelican_process(content_a, out_a, tmp_path / "a" / "cache", env={"PYTHONHASHSEED": "3"})
    assert tree(out_a) == first


def test_no_build_time_or_machine_paths_in_output(tmp_path: Path) -> None:
    content = tmp_path / "content"
    make_content(content)
    out = tmp_path / "output"
    pelican_process(content, out, tmp_path / "cache")
    today = date.today().isoformat()
    for name, data in tree(out).items():
        text = data.decode("utf-8", "replace")
        assert str(tmp_path) not in text, f"{name} contains the build folder"
        assert today not in text, f"{name} contains today's date"
