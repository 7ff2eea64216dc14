"""A project site under a path prefix (https://user.github.io/repo/): built with
publishconf.py and SITEURL from the environment, served under /some-repo/ only,
every href and src of every page followed over HTTP, a timeline page drawn in
Chromium."""

from __future__ import annotations

import functools
import shutil
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from ops_helpers import ROOT, SEED_MD, SEED_SLUG, open_page, pelican_process, wait_for_chart

PREFIX = "/some-repo"


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


class Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.refs.append(value)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site built for http://127.0.0.1:<port>/some-repo and served at that prefix only."""
    base = tmp_path_factory.mktemp("subpath")
    root = base / "www"
    root.mkdir()
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root)))
    siteurl = f"http://127.0.0.1:{server.server_port}{PREFIX}"
    content = base / "content"
    content.mkdir()
    shutil.copy(SEED_MD, content / SEED_MD.name)
    pelican_process(
        content,
        root / PREFIX.strip("/"),
        base / "cache",
        settings=ROOT / "publishconf.py",
        env={"SITEURL": siteurl},
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield siteurl
    server.shutdown()
    server.server_close()


def fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:  # noqa: S310 (loopback only)
            return resp.status, resp.headers.get_content_type(), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, "", b""


def test_every_href_and_src_resolves_under_the_prefix(served: str) -> None:
    origin = served[: -len(PREFIX)]
    start = served + "/"
    seen: set[str] = set()
    queue = [start]
    broken: list[str] = []
    pages = 0
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        status, ctype, body = fetch(url)
        if status != 200:
            broken.append(f"{url}: HTTP {status}")
            continue
        if ctype != "text/html":
            continue
        pages += 1
        parser = Refs()
        parser.feed(body.decode("utf-8"))
        for ref in parser.refs:
            target = urldefrag(urljoin(url, ref))[0]
            parts = urlsplit(target)
            if parts.scheme not in ("http", "https"):
                continue
            if not target.startswith(origin):
                continue  # a link to another site (source of an article): not followed offline
            if not parts.path.startswith(PREFIX + "/") and parts.path != PREFIX:
                broken.append(f"{url}: {ref} escapes the {PREFIX}/ prefix")
                continue
            queue.append(target)
    assert broken == []
    assert pages >= 5
    assert f"{served}/timeline/{SEED_SLUG}.html" in seen
    assert any(u.endswith(".min.js") and "/timeline/" in u for u in seen), "Plotly bundle"


def test_feed_is_published_with_prefixed_links(served: str) -> None:
    status, _, body = fetch(served + "/feeds/all.atom.xml")
    assert status == 200, "publishconf turns the Atom feed on"
    feed = body.decode("utf-8")
    assert f'href="{served}/{SEED_SLUG}.html"' in feed


def test_no_asset_from_another_host(served: str) -> None:
    for path in ("/", f"/timeline/{SEED_SLUG}.html", "/timeline/"):
        _, _, body = fetch(served + path)
        parser = Refs()
        parser.feed(body.decode("utf-8"))
        html = body.decode("utf-8")
        for ref in parser.refs:
            if f'src="{ref}"' in html:
                assert ref.startswith(served + "/"), f"{path}: {ref}"


def test_timeline_page_draws_under_the_prefix(served: str, browser: Any) -> None:
    page, problems = open_page(browser)
    try:
        page.goto(f"{served}/timeline/{SEED_SLUG}.html")
        wait_for_chart(page)
        assert page.locator("#timeline-chart .main-svg").count() > 0
        marks = page.evaluate("() => document.getElementById('timeline-chart').data.length")
        assert marks > 0
        page.goto(f"{served}/timeline/")
        wait_for_chart(page)
    finally:
        page.context.close()
    assert problems == []
