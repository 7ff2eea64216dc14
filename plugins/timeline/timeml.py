"""TempEval-3 TimeML documents: read the DCT, the TEXT and its gold TIMEX3s; write TEXT back
with the engine's expressions wrapped in TIMEX3 tags.

Offsets are kept both ways: the plain text the engine reads, and the raw
(escaped, tagged) TEXT of the file, so that writing changes nothing but the
inserted tags.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .engine import Timex

TEXT_RE = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
DCT_RE = re.compile(r"<DCT>(.*?)</DCT>", re.S)
TAG_RE = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
ATTR_RE = re.compile(r'([A-Za-z_:][\w:.-]*)\s*=\s*"([^"]*)"')
ENTITY_RE = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")
DATE_RE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")


class TimeMLError(ValueError):
    """A document that is not usable TempEval-3 TimeML; the message names the problem."""


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """A TIMEX3 annotated in the TEXT of a document."""

    span: tuple[int, int]  # in the plain text
    text: str
    tid: str
    type: str
    value: str
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Document:
    """One TimeML document: raw source, plain TEXT, its offsets, DCT and gold TIMEX3s."""

    name: str
    source: str
    dct: date
    text: str  # plain text of <TEXT>: tags removed, entities decoded
    text_start: int  # raw offset of the TEXT content in `source`
    raw_start: list[int]  # raw offset (in source) of each plain character
    raw_end: list[int]  # raw offset just after each plain character
    gold: list[GoldTimex]
    tids: set[str]


def _attrs(s: str) -> dict[str, str]:
    return {k: html.unescape(v) for k, v in ATTR_RE.findall(s)}


def _dct(source: str, name: str) -> date:
    m = DCT_RE.search(source)
    if not m:
        raise TimeMLError(f"{name}: no <DCT> element")
    inner = m.group(1)
    tag = re.search(r"<TIMEX3\b([^>]*)>", inner)
    candidates = []
    if tag:
        candidates.append(_attrs(tag.group(1)).get("value", ""))
    candidates.append(re.sub(r"<[^>]+>", "", inner))
    for c in candidates:
        d = DATE_RE.search(c)
        if d:
            try:
                return date(int(d.group(1)), int(d.group(2)), int(d.group(3)))
            except ValueError:
                continue
    raise TimeMLError(f"{name}: <DCT> holds no date (YYYY-MM-DD)")


def parse(source: str, name: str = "<string>") -> Document:
    """Parse a TimeML document given as a string."""
    m = TEXT_RE.search(source)
    if not m:
        raise TimeMLError(f"{name}: no <TEXT> element")
    dct = _dct(source, name)
    start = m.start(1)
    raw = m.group(1)
    plain: list[str] = []
    raw_start: list[int] = []
    raw_end: list[int] = []
    gold: list[GoldTimex] = []
    open_timex: list[tuple[int, dict[str, str]]] = []
    tids: set[str] = set(re.findall(r'\btid="([^"]+)"', source))
    i = 0
    n = len(raw)
    while i < n:
        ch = raw[i]
        if ch == "<":
            t = TAG_RE.match(raw, i)
            if not t:
                raise TimeMLError(f"{name}: unbalanced '<' in TEXT at offset {start + i}")
            closing, tag, attrs, selfclose = t.groups()
            if tag == "TIMEX3":
                if closing:
                    if not open_timex:
                        raise TimeMLError(f"{name}: </TIMEX3> without opening tag")
                    s, a = open_timex.pop()
                    e = len(plain)
                    gold.append(GoldTimex((s, e), "".join(plain[s:e]), a.get("tid", ""),
                                          a.get("type", ""), a.get("value", ""), a))
                elif not selfclose:
                    open_timex.append((len(plain), _attrs(attrs)))
            i = t.end()
            continue
        if ch == "&":
            ent = ENTITY_RE.match(raw, i)
            if ent:
                decoded = html.unescape(ent.group())
                for c in decoded:
                    plain.append(c)
                    raw_start.append(start + i)
                    raw_end.append(start + ent.end())
                i = ent.end()
                continue
        plain.append(ch)
        raw_start.append(start + i)
        raw_end.append(start + i + 1)
        i += 1
    if open_timex:
        raise TimeMLError(f"{name}: <TIMEX3> not closed")
    gold.sort(key=lambda g: g.span)
    return Document(name, source, dct, "".join(plain), start, raw_start, raw_end, gold, tids)


def read(path: str | Path) -> Document:
    """Read one TimeML file; TimeMLError names the file when it is not usable."""
    p = Path(path)
    try:
        source = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TimeMLError(f"{p}: cannot read: {exc}") from exc
    return parse(source, str(p))


def _attr(v: str) -> str:
    return html.escape(v, quote=True)


def strip_timex(source: str) -> str:
    """The document with the TIMEX3 tags inside TEXT removed (their text kept)."""
    m = TEXT_RE.search(source)
    if not m:
        return source
    inner = re.sub(r"</?TIMEX3\b[^>]*>", "", m.group(1))
    return source[: m.start(1)] + inner + source[m.end(1):]


def _balanced(raw: str) -> bool:
    """Do the tags inside `raw` open and close within it?"""
    depth = 0
    for m in TAG_RE.finditer(raw):
        closing, _, _, selfclose = m.groups()
        if selfclose:
            continue
        depth += -1 if closing else 1
        if depth < 0:
            return False
    return depth == 0


def annotate(doc: Document, timexes: Iterable[Timex], skipped: list | None = None) -> str:
    """`doc`'s source with each expression wrapped in <TIMEX3 tid= type= value=>.

    The TEXT is otherwise byte for byte the same. Expressions must come from
    `doc.text` (plain offsets); existing TIMEX3 tags in TEXT are expected to
    have been removed (see `strip_timex`). An expression whose extent would
    cross another element's tags (possible only in already annotated input) is
    not wrapped but appended to `skipped`, for the caller to report.
    """
    inserts: list[tuple[int, int, str]] = []
    next_id = 1
    skipped = [] if skipped is None else skipped
    for t in sorted(timexes, key=lambda t: t.span):
        s, e = t.span
        if not (0 <= s < e <= len(doc.text)):
            raise ValueError(f"{doc.name}: span {t.span} outside the TEXT")
        while f"t{next_id}" in doc.tids:
            next_id += 1
        tid = f"t{next_id}"
        next_id += 1
        attrs = f'tid="{tid}" type="{_attr(t.type)}" value="{_attr(t.value)}"'
        if t.mod:
            attrs += f' mod="{_attr(t.mod)}"'
        a, b = doc.raw_start[s], doc.raw_end[e - 1]
        if not _balanced(doc.source[a:b]):
            skipped.append(t)  # would cross another element's tags: the XML must stay valid
            continue
        inserts.append((a, 1, f"<TIMEX3 {attrs}>"))
        inserts.append((b, 0, "</TIMEX3>"))
    out = doc.source
    # from the end, closing tags before opening tags at the same offset
    for pos, _, tag in sorted(inserts, key=lambda x: (x[0], x[1]), reverse=True):
        out = out[:pos] + tag + out[pos:]
    return out


def output_name(path: Path) -> str:
    """Output file name: the input's, a trailing ``.TE3input`` dropped."""
    name = path.name
    return name[: -len(".TE3input")] if name.endswith(".TE3input") else name
