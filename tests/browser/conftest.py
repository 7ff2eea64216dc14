"""A real build of a small site, served on localhost, driven by Debian's Chromium.

One Pelican build, one HTTP server and one browser per session keep the
suite fast; each test gets a fresh page and fails on any console error.
The site is the seed article plus a short article of our own (another
section and tag, with text that must be escaped), built with the real
engine, plugin and theme.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from pelican import Pelican
from pelican.settings import read_settings

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SEED_SLUG = "afghan-security-personnel-flee-into-tajikistan"
SECOND_SLUG = "harbour-ferry-returns"
SECOND_ARTICLE = """\
Title: Harbour Ferry Returns After Storm Repairs
Date: 2024-03-04
Category: Local
Tags: Harbour, Transport
Slug: harbour-ferry-returns

The harbour ferry returned on Friday after repairs that began last month,
the port & "Tides" office said.

Engineers said the ramp would be rebuilt by June 30, a test of the &lt;b&gt;new&lt;/b&gt; gates.
"""


class QuietHandler(SimpleHTTPRequestHandler):
    """Static files without a log line per request."""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


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


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium through Playwright; never a downloaded browser."""
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing; CI must install Debian's chromium")
        pytest.skip(f"{CHROMIUM} is missing (install Debian's chromium to run browser tests)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Problems(list):
    """Console errors and uncaught exceptions seen by a page."""


def _browser_own(url: str) -> bool:
    """Chromium asks for /favicon.ico by itself even when the page names its icon."""
    return url.endswith("/favicon.ico")


def _console(msg: Any, problems: Problems) -> None:
    url = (msg.location or {}).get("url", "")
    if msg.type in ("error", "warning") and not _browser_own(url):
        problems.append(f"console {msg.type}: {msg.text} ({url})")


def _response(resp: Any, problems: Problems) -> None:
    if resp.status >= 400 and not _browser_own(resp.url):
        problems.append(f"HTTP {resp.status}: {resp.url}")


def open_page(browser: Any, width: int = 1280, *, javascript: bool = True) -> tuple[Any, Problems]:
    """A fresh page in its own context, recording console errors and page errors."""
    context = browser.new_context(
        viewport={"width": width, "height": 900}, java_script_enabled=javascript
    )
    page = context.new_page()
    problems = Problems()
    page.on("console", lambda msg: _console(msg, problems))
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.on("requestfailed", lambda req: problems.append(f"request failed: {req.url}"))
    page.on("response", lambda resp: _response(resp, problems))
    return page, problems


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A desktop-sized page with JavaScript; the test fails on any console error."""
    page, problems = open_page(browser)
    yield page
    page.context.close()
    assert not problems, problems


def wait_for_chart(page: Any) -> None:
    """Until timeline.js has drawn the chart."""
    page.wait_for_selector("#timeline-chart[data-ready='true']", timeout=15_000)


def timeline_events(site: Path, slug: str) -> list[dict[str, Any]]:
    return json.loads((site / "timeline" / f"{slug}.json").read_text(encoding="utf-8"))["events"]


def all_events(site: Path) -> list[dict[str, Any]]:
    return json.loads((site / "timeline" / "events.json").read_text(encoding="utf-8"))["events"]
