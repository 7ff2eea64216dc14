"""Article HTML <-> plain text for the engine, with an offset map back to the HTML.

The engine reads plain text; the reader sees HTML. `html_to_text` gives the
text the engine should read (block elements become paragraph breaks, code
and scripts are left out, entities decoded) and remembers where every
character came from, so that `mark_times` can wrap each expression the
engine found in a `<time>` element at the right place in the HTML.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# Elements whose text is not prose: never read, never marked.
SKIP = frozenset({"pre", "code", "kbd", "samp", "script", "style", "template", "textarea"})
# Elements whose content is raw text: skip straight to the closing tag.
RAW = frozenset({"script", "style", "textarea"})
# Elements that end a paragraph of text (so sentences never run across them).
# fmt: off
BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})
VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
})
# fmt: on
PARAGRAPH = "\n\n"

_TOKEN = re.compile(
    r"""
    (?P<comment><!--.*?(?:-->|\Z))
    | (?P<decl><![^>]*>|<\?[^>]*>)
    | (?P<tag></?(?P<name>[A-Za-z][A-Za-z0-9:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>)
    | (?P<entity>&(?:\#[0-9]{1,7};?|\#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?))
    """,
    re.S | re.X,
)
_RAW_END = {name: re.compile(rf"</{name}\s*>", re.I) for name in RAW}
# Footnote markers (Python-Markdown, Pandoc) are not prose either.
_FOOTNOTE_REF = re.compile(r"""class\s*=\s*["']?[^"'>]*\bfootnote-ref\b""", re.I)
_A_END = re.compile(r"</a\s*>", re.I)


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text characters and where it came from in the HTML.

    `html_start` is -1 for characters the conversion made up (paragraph
    breaks, the space standing in for skipped code). When `literal` the run
    maps one to one onto the HTML; otherwise (a decoded entity) every
    character of the run stands for the whole HTML range.
    """

    text_start: int
    length: int
    html_start: int
    html_end: int
    literal: bool


@dataclass(frozen=True, slots=True)
class PlainText:
    """The plain text of an HTML fragment and its map back to the HTML."""

    text: str
    segments: tuple[Segment, ...]
    starts: tuple[int, ...]  # text_start of each segment, for bisection

    def _segment(self, index: int) -> Segment:
        return self.segments[bisect_right(self.starts, index) - 1]

    def html_span(self, start: int, end: int) -> tuple[int, int] | None:
        """HTML offsets of text[start:end], or None if it does not come from the HTML."""
        if not 0 <= start < end <= len(self.text) or not self.segments:
            return None
        first, last = self._segment(start), self._segment(end - 1)
        if first.html_start < 0 or last.html_start < 0:
            return None
        if first.literal:
            html_start = first.html_start + (start - first.text_start)
        else:
            html_start = first.html_start
        html_end = last.html_start + (end - last.text_start) if last.literal else last.html_end
        return html_start, html_end


class _Builder:
    """Accumulates text and segments; knows about paragraph breaks."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.segments: list[Segment] = []
        self.length = 0
        self.at_break = True  # at the start of a paragraph: drop leading whitespace

    def add(self, text: str, html_start: int, html_end: int, literal: bool) -> None:
        if self.at_break:
            stripped = text.lstrip()
            if not stripped:
                return
            if literal:
                html_start += len(text) - len(stripped)
            text = stripped
            if self.length:
                self._trim()
                self._emit(PARAGRAPH, -1, -1, False)
            self.at_break = False
        self._emit(text, html_start, html_end, literal)

    def space(self) -> None:
        """Stand-in for skipped inline code, so the words around it stay apart."""
        if not self.at_break and not self.parts[-1][-1].isspace():
            self._emit(" ", -1, -1, False)

    def paragraph(self) -> None:
        self.at_break = True

    def line(self) -> None:
        if not self.at_break:
            self._trim()
            self._emit("\n", -1, -1, False)

    def _emit(self, text: str, html_start: int, html_end: int, literal: bool) -> None:
        self.segments.append(Segment(self.length, len(text), html_start, html_end, literal))
        self.parts.append(text)
        self.length += len(text)

    def _trim(self) -> None:
        """Drop trailing whitespace (before a break or at the end)."""
        while self.parts:
            last = self.parts[-1]
            kept = last.rstrip()
            if kept == last:
                return
            self.parts.pop()
            segment = self.segments.pop()
            self.length -= len(last)
            if kept:
                self._emit(kept, segment.html_start, segment.html_end, segment.literal)
                return

    def result(self) -> PlainText:
        self._trim()
        segments = tuple(self.segments)
        return PlainText("".join(self.parts), segments, tuple(s.text_start for s in segments))


@lru_cache(maxsize=2)  # marking a body up reads what its extraction just read (body, title)
def html_to_text(fragment: str) -> PlainText:
    """Plain text of an HTML fragment, as the engine should read it.

    Block elements end paragraphs; <br> ends a line; <pre>, <code>,
    <script>, <style> and similar are left out, as are footnote markers;
    comments and tags vanish; entities are decoded.
    """
    out = _Builder()
    skip_depth = 0
    pos = 0
    size = len(fragment)
    while pos < size:
        match = _TOKEN.search(fragment, pos)
        end = match.start() if match else size
        if end > pos and not skip_depth:
            out.add(fragment[pos:end], pos, end, True)
        if not match:
            break
        pos = match.end()
        if match.group("entity"):
            if skip_depth:
                continue
            raw = match.group("entity")
            decoded = html.unescape(raw)
            if decoded == raw:
                out.add(raw, match.start(), pos, True)
            else:
                out.add(decoded, match.start(), pos, False)
            continue
        name = (match.group("name") or "").lower()
        if not name:
            continue  # comment or declaration
        tag = match.group("tag")
        closing = tag.startswith("</")
        self_closing = tag.endswith("/>") or name in VOID
        if name in RAW and not closing and not self_closing:
            close = _RAW_END[name].search(fragment, pos)
            pos = close.end() if close else size
            out.space()
            continue
        if name == "a" and not closing and _FOOTNOTE_REF.search(tag):
            # "on Monday[1]": the marker would glue to the word before it
            close = _A_END.search(fragment, pos)
            pos = close.end() if close else size
            continue
        if name in SKIP and not self_closing:
            skip_depth = max(0, skip_depth - 1) if closing else skip_depth + 1
        if name in BLOCK:
            out.paragraph()
        elif name == "br":
            if not skip_depth:
                out.line()
        elif name in SKIP and not closing and skip_depth == 1:
            out.space()
    return out.result()


def _unmatched(fragment: str) -> tuple[list[str], list[str]]:
    """Tags inside `fragment` closed without being opened in it, and opened but not closed."""
    closes: list[str] = []
    opens: list[str] = []
    for match in _TOKEN.finditer(fragment):
        name = (match.group("name") or "").lower()
        if not name or name in VOID or match.group("tag").endswith("/>"):
            continue
        if not match.group("tag").startswith("</"):
            opens.append(name)
        elif opens and opens[-1] == name:
            opens.pop()
        elif opens:
            return [name], opens  # crossed tags: nothing to widen to
        else:
            closes.append(name)
    return closes, opens


def _widen(fragment: str, start: int, end: int) -> tuple[int, int] | None:
    """The smallest range around [start, end) that can be wrapped in one element.

    "<em>last</em> week" is wrapped whole; "<em>on last</em> week" cannot be
    wrapped without cutting the <em>, so None.
    """
    for _ in range(16):
        closes, opens = _unmatched(fragment[start:end])
        if not closes and not opens:
            return start, end
        if closes:
            before = fragment.rfind("<", 0, start)
            tag = _TOKEN.fullmatch(fragment, before, start) if before >= 0 else None
            opening = tag.group("tag") if tag and tag.group("tag") else "</"
            if opening.startswith("</") or tag.group("name").lower() != closes[0]:
                return None
            start = before
        else:
            tag = _TOKEN.match(fragment, end)
            closing = tag.group("tag") if tag and tag.group("tag") else ""
            if not closing.startswith("</") or tag.group("name").lower() != opens[-1]:
                return None
            end = tag.end()
    return None


_WIDE = re.compile(r"[^\x00-\xff]")


def time_element(event: Mapping[str, Any]) -> str:
    """The opening <time> tag for an event, every attribute escaped.

    Characters beyond Latin-1 become references: one dash in a title would make
    Python hold the whole article body at two or four bytes per character.
    """
    title = f"{event['text']} — {event['label']}" if event.get("label") else event["text"]
    tag = '<time datetime="{}" id="t-{}" class="timex" title="{}">'.format(
        html.escape(str(event["value"]), quote=True),
        html.escape(str(event["id"]), quote=True),
        html.escape(title, quote=True),
    )
    return _WIDE.sub(lambda m: f"&#{ord(m.group())};", tag)


def mark_times(fragment: str, events: Iterable[Mapping[str, Any]]) -> str:
    """Wrap each expression of `events` in the HTML in its <time> element.

    Events carry `span`, offsets into `html_to_text(fragment).text`. Derived
    events have no markup of their own (they link to their anchor's). An
    expression that cannot be wrapped without breaking the HTML (it straddles
    an element boundary it does not cover whole) or that overlaps one already
    wrapped is left as is.
    """
    plain: PlainText | None = None
    marks: list[tuple[int, int, Mapping[str, Any]]] = []
    for event in events:
        span = event.get("span")
        if event.get("derived") or not span or not event.get("value"):
            continue
        if plain is None:
            plain = html_to_text(fragment)
        where = plain.html_span(span[0], span[1])
        where = where and _widen(fragment, *where)
        if where:
            marks.append((where[0], where[1], event))
    if not marks:
        return fragment
    marks.sort(key=lambda mark: (mark[0], mark[1]))
    pieces: list[str] = []
    pos = 0
    for start, end, event in marks:
        if start < pos:
            continue  # overlaps the previous expression
        pieces += [fragment[pos:start], time_element(event), fragment[start:end], "</time>"]
        pos = end
    pieces.append(fragment[pos:])
    return "".join(pieces)
