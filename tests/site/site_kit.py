"""Helpers for the site tests: a stand-in engine, small articles, link checking.

Tests of the plumbing (pages, links, settings) use `fake_extract`, a tiny
extractor that knows a handful of words, so they do not depend on the
engine's rules; the seed-article test uses the real engine.
"""

from __future__ import annotations

import os
import posixpath
import re
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from timeline.engine.model import Derived, Timex

ROOT = Path(__file__).resolve().parents[2]
SEED_MD = ROOT / "content" / "afghan-security-personnel-flee-into-tajikistan.md"
SEED_SLUG = "afghan-security-personnel-flee-into-tajikistan"

# word -> (type, value, start, end) relative to the reference day (days) or absolute
FAKE_WORDS: dict[str, tuple[str, str, Any, Any]] = {
    "yesterday": ("DATE", "", -1, -1),
    "today": ("DATE", "", 0, 0),
    "tomorrow": ("DATE", "", 1, 1),
    "last week": ("DATE", "WEEK", None, None),
    "two days": ("DURATION", "P2D", None, None),
    "every monday": ("SET", "XXXX-WXX-1", None, None),
    "a moonday": ("DATE", "XXXX-XX-XX", None, None),
}
_FAKE = re.compile(r"\b(" + "|".join(re.escape(w) for w in FAKE_WORDS) + r")\b", re.I)


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The sentence around offset `at`: from the last ". " or line break to the next."""
    stop = text.rfind(". ", 0, at)
    start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, at) + 1)
    ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    if not ends:
        return start, len(text)
    end = min(ends)
    return start, end + 1 if text[end] == "." else end


def fake_extract(text: str, reference: date, lang: str = "en") -> list[Timex]:
    """A stand-in engine: a few fixed words, resolved against `reference`."""
    if "ENGINE-FAILS" in text:
        raise RuntimeError("the engine choked on this text")
    found = []
    for match in _FAKE.finditer(text):
        word = match.group(1)
        type_, value, start, end = FAKE_WORDS[word.lower()]
        sentence = _sentence(text, match.start())
        derived: tuple[Derived, ...] = ()
        if isinstance(start, int):
            start, end = reference + timedelta(start), reference + timedelta(end)
            value = start.isoformat()
        elif value == "WEEK":
            monday = reference - timedelta(reference.weekday() + 7)
            start, end = monday, monday + timedelta(6)
            year, week, _ = monday.isocalendar()
            value = f"{year}-W{week:02d}"
        if value == "P2D" and "after they left" in text[match.end() : sentence[1]]:
            at = text.index("they left", match.end())
            day = reference - timedelta(3)
            derived = (Derived("they left", (at, at + 9), day.isoformat(), day, day),)
        found.append(
            Timex(
                text=word,
                span=match.span(),
                sentence=sentence,
                type=type_,
                value=value,
                start=start,
                end=end,
                planned=bool(start and start > reference),
                derived=derived,
            )
        )
    return found


def article_md(
    title: str, body: str, *, day: str = "2021-07-05", slug: str | None = None, **meta: str
) -> str:
    lines = [f"Title: {title}", f"Date: {day}", "Category: World", "Tags: One, Two"]
    if slug:
        lines.append(f"Slug: {slug}")
    lines += [f"{key}: {value}" for key, value in meta.items()]
    return "\n".join(lines) + "\n\n" + body.strip() + "\n"


class Site:
    """An output folder and what the build logged."""

    def __init__(self, output: Path, log: str) -> None:
        self.output = output
        self.log = log

    def read(self, relative: str) -> str:
        return (self.output / relative).read_text(encoding="utf-8")

    def exists(self, relative: str) -> bool:
        return (self.output / relative).is_file()

    def files(self) -> dict[str, bytes]:
        return {
            str(p.relative_to(self.output)): p.read_bytes()
            for p in sorted(self.output.rglob("*"))
            if p.is_file()
        }


class _Refs(HTMLParser):
    """Collects every href/src and every id of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append(value)
            elif name == "id" and value:
                self.ids.add(value)


def page_refs(path: Path) -> _Refs:
    refs = _Refs()
    refs.feed(path.read_text(encoding="utf-8"))
    return refs


def broken_links(output: Path, siteurl: str = "") -> list[str]:
    """Every href/src of every HTML page that does not lead to a file (and id) in `output`.

    Relative links resolve against the page; with an absolute `siteurl`, links
    under it map onto the output folder and root-relative links must carry
    its path prefix.
    """
    prefix = urlsplit(siteurl).path.rstrip("/") if siteurl else ""
    pages = {p: page_refs(p) for p in sorted(output.rglob("*.html"))}
    broken = []
    for page, refs in pages.items():
        for link in refs.links:
            if link.startswith(("mailto:", "data:", "javascript:")):
                continue
            parts = urlsplit(link)
            if siteurl and link.startswith(siteurl.rstrip("/") + "/"):
                target = output / unquote(link[len(siteurl.rstrip("/")) + 1 :].split("#")[0])
            elif parts.scheme or parts.netloc:
                broken.append(f"{page.relative_to(output)}: external {link}")
                continue
            elif parts.path.startswith("/"):
                if not parts.path.startswith(prefix + "/"):
                    broken.append(f"{page.relative_to(output)}: outside the site {link}")
                    continue
                target = output / unquote(parts.path[len(prefix) + 1 :])
            elif parts.path:
                target = page.parent / unquote(parts.path)
            else:
                target = page
            if target.is_dir() or str(parts.path).endswith("/"):
                target = target / "index.html"
            target = Path(os.path.normpath(target))
            if not target.is_file() or output.resolve() not in target.resolve().parents:
                broken.append(f"{page.relative_to(output)}: {link}")
            elif parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else page_refs(target).ids
                if unquote(parts.fragment) not in ids:
                    broken.append(f"{page.relative_to(output)}: no id for {link}")
    return broken


def linked(output: Path, page: str) -> set[str]:
    """Where a page's relative links lead, as output-relative paths (fragment kept)."""
    found = set()
    for link in page_refs(output / page).links:
        parts = urlsplit(link)
        if parts.scheme or parts.netloc or link.startswith(("/", "#", "data:")):
            continue
        path = posixpath.normpath(posixpath.join(posixpath.dirname(page), parts.path))
        found.add(path + (f"#{parts.fragment}" if parts.fragment else ""))
    return found
