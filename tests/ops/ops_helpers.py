"""Helpers for the operations tests: the site tests' build helpers, and builds in a
separate process (for what an in-process build cannot show: hash seeds, peak memory,
the exact command-line log)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str, path: Path):
    """A test folder's conftest (or a script) as a module under its own name; its folder
    goes on sys.path for the helper modules it imports itself."""
    if str(path.parent) not in sys.path:
        sys.path.append(str(path.parent))
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def load_benchmark(name: str):
    """benchmarks/<name>.py as a module (not on sys.path: `build` is also a PyPI package)."""
    return _load(f"timeline_benchmark_{name}", ROOT / "benchmarks" / f"{name}.py")


# One fake engine, one build helper, one browser set-up for all the tests.
site = _load("timeline_site_helpers", ROOT / "tests" / "site" / "conftest.py")  # fixtures
kit = _load("timeline_site_kit", ROOT / "tests" / "site" / "site_kit.py")  # helpers
browser_site = _load("timeline_browser_site", ROOT / "tests" / "browser" / "browser_site.py")
open_page = browser_site.open_page
wait_for_chart = browser_site.wait_for_chart


@pytest.fixture(scope="session")
def browser() -> Any:
    """Debian's Chromium through Playwright (never a downloaded browser), shared with the
    browser tests: Playwright's sync API runs once per process."""
    if not browser_site.CHROMIUM.exists():
        pytest.fail(f"{browser_site.CHROMIUM} is missing: install Debian's chromium")
    return browser_site.shared_browser()


build_site = site.build_site  # fixture
fake_engine = site.fake_engine  # fixture
article_md = kit.article_md
broken_links = kit.broken_links
SEED_MD = kit.SEED_MD
SEED_SLUG = kit.SEED_SLUG


def pelican_process(
    content: Path,
    output: Path,
    cache: Path,
    *,
    settings: Path = ROOT / "pelicanconf.py",
    extra: dict[str, str] | None = None,
    env: dict[str, str] | None = None,
    verbose: bool = True,
) -> subprocess.CompletedProcess[str]:
    """`pelican` in its own process, as an author runs it; `extra` values are JSON."""
    cmd = [sys.executable, "-m", "pelican", str(content), "-o", str(output), "-s", str(settings)]
    overrides = {
        "CACHE_PATH": json.dumps(str(cache)),
        "THEME": json.dumps(str(ROOT / "theme")),
        "PLUGIN_PATHS": json.dumps([str(ROOT / "plugins")]),
        **(extra or {}),
    }
    cmd += ["-e", *(f"{k}={v}" for k, v in overrides.items())]
    if verbose:
        cmd.append("-v")
    proc = subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "COLUMNS": "400", **(env or {})},
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return proc
