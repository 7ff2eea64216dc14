"""Helpers shared by the browser tests: the test site, pages that record problems."""


from __future__ import annotations

import atexit
import json
import sys
import types
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from typing import Any

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


_SHARED = "timeline_shared_chromium"


def shared_browser() -> Any:
    """The one Chromium of this test process, started on first use.

    Playwright's sync API cannot run twice at once in one process, so every
    browser fixture in the suite takes its browser from here. The holder
    lives in sys.modules so that copies of this module loaded under another
    name share it too; it is stopped when the process exits.
    """
    holder = sys.modules.get(_SHARED)
    if holder is None:
        holder = types.ModuleType(_SHARED)
        holder.playwright = None
        holder.browser = None
        sys.modules[_SHARED] = holder
    if holder.browser is None or not holder.browser.is_connected():
        from playwright.sync_api import sync_playwright

        if holder.playwright is None:
            holder.playwright = sync_playwright().start()
            atexit.register(_stop, holder)
        holder.browser = holder.playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
    return holder.browser


def stop_shared_browser() -> None:
    """Stop the shared Chromium and Playwright (another fixture may start its own later)."""
    holder = sys.modules.get(_SHARED)
    if holder is not None and holder.playwright is not None:
        _stop(holder)


def _stop(holder: Any) -> None:
    try:
        if holder.browser is not None:
            holder.browser.close()
        if holder.playwright is not None:
            holder.playwright.stop()
    except Exception:  # nothing left to clean up
        pass
    holder.browser = None
    holder.playwright = None


class QuietHandler(SimpleHTTPRequestHandler):
    """Static files without a log line per request."""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass



class Problems(list):
    """Console errors and uncaught exceptions seen by a page."""


def _browser_own(url: str) -> bool:
    """Chromium asks for /favicon.ico by itself even when the page names its icon."""
    return url.endswith("/favicon.ico")


def _console(msg: Any, problems: Problems) -> None:
    url = (msg.location or {}).get("url", "")
    if msg.text.startswith("Failed to load resource"):
        return  # reported with its URL by _response / requestfailed
    if msg.type in ("error", "warning") and not _browser_own(url):
        problems.append(f"console {msg.type}: {msg.text} ({url})")


def _response(resp: Any, problems: Problems) -> None:
    if resp.status >= 400 and not _browser_own(resp.url):
        problems.append(f"HTTP {resp.status}: {resp.url}")


def _failed(request: Any, problems: Problems) -> None:
    if request.failure == "net::ERR_ABORTED" and request.resource_type == "other":
        return  # the icon fetch, cut short when the test moves to the next page
    problems.append(f"request failed: {request.url} ({request.failure})")


def open_page(browser: Any, width: int = 1280, *, javascript: bool = True) -> tuple[Any, Problems]:
    """A fresh page in its own context, recording console errors and page errors."""
    context = browser.new_context(
        viewport={"width": width, "height": 900}, java_script_enabled=javascript
    )
    page = context.new_page()
    problems = Problems()
    page.on("console", lambda msg: _console(msg, problems))
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.on("requestfailed", lambda req: _failed(req, problems))
    page.on("response", lambda resp: _response(resp, problems))
    return page, problems


def wait_for_chart(page: Any) -> None:
    """Until timeline.js has drawn the chart."""
    page.wait_for_selector("#timeline-chart[data-ready='true']", timeout=15_000)


def timeline_events(site: Path, slug: str) -> list[dict[str, Any]]:
    return json.loads((site / "timeline" / f"{slug}.json").read_text(encoding="utf-8"))["events"]


def all_events(site: Path) -> list[dict[str, Any]]:
    return json.loads((site / "timeline" / "events.json").read_text(encoding="utf-8"))["events"]
