"""A real build of a small site, served on localhost, driven by Debian's Chromium.

One Pelican build, one HTTP server and one browser per session keep the
suite fast; each test gets a fresh page and fails on any console error.
The site is the seed article plus a short article of our own (another
section and tag, with text that must be escaped), built with the real
engine, plugin and theme.
"""

from __future__ import annotations

import functools
import os
import shutil
import sys
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # importlib mode: share browser_site

from browser_site import (  # noqa: E402
    CHROMIUM,
    ROOT,
    SECOND_ARTICLE,
    SECOND_SLUG,
    SEED_SLUG,
    QuietHandler,
    open_page,
    shared_browser,
    stop_shared_browser,
)
from pelican import Pelican  # noqa: E402
from pelican.settings import read_settings  # noqa: E402


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built site: seed article and our second article, real engine and theme."""
    base = tmp_path_factory.mktemp("browser-site")
    content = base / "content"
    content.mkdir()
    shutil.copy(ROOT / "content" / f"{SEED_SLUG}.md", content)
    (content / f"{SECOND_SLUG}.md").write_text(SECOND_ARTICLE, encoding="utf-8")
    output = base / "output"
    settings = read_settings(
        str(ROOT / "pelicanconf.py"),
        override={
            "PATH": str(content),
            "OUTPUT_PATH": str(output),
            "CACHE_PATH": str(base / "cache"),
            "THEME": str(ROOT / "theme"),
            "PLUGIN_PATHS": [str(ROOT / "plugins")],
        },
    )
    Pelican(settings).run()
    assert (output / "timeline" / f"{SEED_SLUG}.html").exists()
    return output


@pytest.fixture(scope="session")
def base_url(site: Path) -> Iterator[str]:
    """The site on http://127.0.0.1:<free port>/ for the whole session."""
    handler = functools.partial(QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


@pytest.fixture
def browser() -> Any:
    """Debian's Chromium through Playwright; never a downloaded browser.

    The same Chromium for every test here (started once, see shared_browser);
    stopped when the run leaves this folder, see pytest_runtest_teardown.
    """
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing; CI must install Debian's chromium")
        pytest.skip(f"{CHROMIUM} is missing (install Debian's chromium to run browser tests)")
    return shared_browser()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """After the last browser test (and its fixtures), free Playwright for other folders."""
    result = yield
    here = Path(__file__).resolve().parent
    if nextitem is None or here not in Path(str(nextitem.path)).resolve().parents:
        stop_shared_browser()
    return result


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A desktop-sized page with JavaScript; the test fails on any console error."""
    page, problems = open_page(browser)
    yield page
    page.context.close()
    assert not problems, problems


