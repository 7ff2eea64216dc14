"""Plain text of an article file: Pelican metadata, Markdown and HTML markup removed.

The engine reads sentences, not markup; offsets returned by `extract` refer
to the string this module returns.
"""

from __future__ import annotations

import html
import re
from datetime import date

META_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9_ -]*):[ \t]*(.*)$")
BLOCK_TAG = re.compile(r"</?(?:p|div|figure|figcaption|br|li|ul|ol|h[1-6]|blockquote|table|tr|"
                       r"section|article|header|footer|pre)\b[^>]*>", re.I)
TAG = re.compile(r"<[^>]+>")
SCRIPT = re.compile(r"<(script|style)\b.*?</\1>", re.I | re.S)
COMMENT = re.compile(r"<!--.*?-->", re.S)
IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\[[^\]]*\]")
REF_DEF = re.compile(r"^\s*\[[^\]]+\]:\s*\S+.*$", re.M)
HEADING = re.compile(r"^\s{0,3}#{1,6}\s*", re.M)
QUOTE = re.compile(r"^\s{0,3}>\s?", re.M)
LIST = re.compile(r"^\s{0,3}(?:[-*+]|\d+[.)])\s+", re.M)
EMPHASIS = re.compile(r"(\*\*|__|\*|_|`+)(?=\S)(.+?)(?<=\S)\1")
FENCE = re.compile(r"^```.*$", re.M)
RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$", re.M)


def split_metadata(source: str) -> tuple[dict[str, str], str]:
    """Pelican `Key: value` header lines (lower-case keys) and the body after them."""
    lines = source.splitlines(keepends=True)
    meta: dict[str, str] = {}
    i = 0
    while i < len(lines):
        line = lines[i].rstrip("\r\n")
        if not line.strip():
            if meta:
                i += 1
            break
        m = META_LINE.match(line)
        if not m:
            break
        meta[m.group(1).strip().lower()] = m.group(2).strip()
        i += 1
    if not meta:
        return {}, source
    return meta, "".join(lines[i:])


def strip_markup(body: str) -> str:
    """Markdown/HTML body to readable plain text, paragraphs kept apart by blank lines."""
    text = COMMENT.sub("", body)
    text = SCRIPT.sub("", text)
    text = FENCE.sub("", text)
    text = RULE.sub("", text)
    text = REF_DEF.sub("", text)
    text = IMAGE.sub(lambda m: m.group(1), text)
    text = LINK.sub(lambda m: m.group(1) or m.group(2), text)
    text = BLOCK_TAG.sub("\n", text)
    text = TAG.sub("", text)
    text = HEADING.sub("", text)
    text = QUOTE.sub("", text)
    text = LIST.sub("", text)
    text = EMPHASIS.sub(lambda m: m.group(2), text)
    text = html.unescape(text)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n[ \t]+", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"


def article_text(source: str) -> str:
    """Plain text of a Markdown or text article with optional Pelican metadata."""
    return strip_markup(split_metadata(source)[1])


def metadata_date(meta: dict[str, str]) -> date | None:
    """The `Date:` of Pelican metadata as a day; None when absent.

    Raises ValueError when present but not a date.
    """
    raw = meta.get("date")
    if not raw:
        return None
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", raw.strip())
    if not m:
        raise ValueError(f"Date {raw!r} is not YYYY-MM-DD[ HH:MM]")
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
