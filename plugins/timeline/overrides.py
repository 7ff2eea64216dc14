"""Author control over an article's timeline, from its metadata.

Written in the article's metadata block (Markdown shown; reST fields alike)::

    Timeline: off                       # no timeline for this article
    Timeline_reference: 2021-07-04      # resolve dates against this day
    Timeline_exclude: the last few days; Monday #2
    Timeline_fix: September 11 = 2021-09-11; Last week = 2021-06-28..2021-07-04
    Timeline_events: 2021-07-02 = The United States leaves Bagram

- Several items go on one line separated by ``;`` (or on repeated lines).
- An expression is named as written in the text (case and spacing do not
  matter); ``#N`` picks its N-th occurrence, otherwise all occurrences.
- A date is ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, an ISO week ``YYYY-Www``
  or a range of days ``YYYY-MM-DD..YYYY-MM-DD``.

An invalid item is logged as an error naming the file and the key, and is
ignored; the rest of the article and of the site still builds.
"""

from __future__ import annotations

import calendar
import hashlib
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from . import labels

logger = logging.getLogger(__name__)

KEYS = ("timeline", "timeline_reference", "timeline_exclude", "timeline_fix", "timeline_events")
_OFF = {"off", "no", "false", "0", "none", "disabled"}
_ON = {"on", "yes", "true", "1", "enabled"}
_SELECTOR = re.compile(r"^(?P<text>.*?)(?:\s*#\s*(?P<nth>\d+))?$", re.S)


class OverrideError(ValueError):
    """An override the plugin cannot follow; says which file and which key."""

    def __init__(self, source: str, key: str, message: str) -> None:
        super().__init__(f"{source}: {key}: {message}")
        self.source, self.key, self.message = source, key, message


@dataclass(frozen=True)
class Selector:
    """An expression as written, and optionally which occurrence (1-based)."""

    text: str
    nth: int | None = None

    def __str__(self) -> str:
        return f"{self.text} #{self.nth}" if self.nth else self.text


@dataclass(frozen=True)
class DateValue:
    """A date an author wrote: its TIMEX3 value and the days it covers."""

    value: str
    start: date
    end: date


@dataclass
class Overrides:
    """An article's overrides, already checked."""

    enabled: bool = True
    reference: date | None = None
    exclude: list[Selector] = field(default_factory=list)
    fix: list[tuple[Selector, DateValue]] = field(default_factory=list)
    add: list[tuple[DateValue, str]] = field(default_factory=list)
    errors: list[OverrideError] = field(default_factory=list)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _items(raw: Any) -> list[str]:
    """Items of a metadata value: a string split on ';', or a list of such strings."""
    values = raw if isinstance(raw, list | tuple) else [raw]
    out: list[str] = []
    for value in values:
        out.extend(part.strip() for part in re.split(r"[;\n]", str(value)))
    return [item for item in out if item]


def parse_date_value(text: str) -> DateValue:
    """`2021-07-04`, `2021-07`, `2021`, `2021-W26` or `2021-06-28..2021-07-04`."""
    text = text.strip()
    try:
        if ".." in text:
            first, last = (part.strip() for part in text.split("..", 1))
            start, end = date.fromisoformat(first), date.fromisoformat(last)
            if end < start:
                raise ValueError("the range ends before it starts")
            return DateValue(text.replace(" ", ""), start, end)
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", text):
            year, week = int(m[1]), int(m[2])
            start = date.fromisocalendar(year, week, 1)
            return DateValue(text, start, start + timedelta(days=6))
        if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
            year, month = int(m[1]), int(m[2])
            last = calendar.monthrange(year, month)[1]
            return DateValue(text, date(year, month, 1), date(year, month, last))
        if re.fullmatch(r"\d{4}", text):
            year = int(text)
            return DateValue(text, date(year, 1, 1), date(year, 12, 31))
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            day = date.fromisoformat(text)
            return DateValue(text, day, day)
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a valid date ({exc})") from None
    raise ValueError(
        f"{text!r} is not a date: write YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www "
        "or YYYY-MM-DD..YYYY-MM-DD"
    )


def _selector(text: str) -> Selector:
    m = _SELECTOR.match(text.strip())
    assert m is not None
    expression = m["text"].strip()
    if not expression:
        raise ValueError(f"{text!r} names no expression")
    nth = int(m["nth"]) if m["nth"] else None
    if nth == 0:
        raise ValueError(f"{text!r}: occurrences count from #1")
    return Selector(expression, nth)


def _reference(raw: Any) -> date:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    text = str(raw).strip()
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 else date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date (write YYYY-MM-DD)") from None


def parse_overrides(metadata: Mapping[str, Any], source: str) -> Overrides:
    """Read and check the timeline keys of one article's metadata."""
    result = Overrides()

    def fail(key: str, message: str) -> None:
        result.errors.append(OverrideError(source, key, message))

    if "timeline" in metadata:
        word = str(metadata["timeline"]).strip().casefold()
        if word in _OFF:
            result.enabled = False
        elif word not in _ON:
            fail("timeline", f"{metadata['timeline']!r} is neither 'on' nor 'off'")
    if "timeline_reference" in metadata:
        try:
            result.reference = _reference(metadata["timeline_reference"])
        except ValueError as exc:
            fail("timeline_reference", str(exc))
    for item in _items(metadata.get("timeline_exclude", [])):
        try:
            result.exclude.append(_selector(item))
        except ValueError as exc:
            fail("timeline_exclude", str(exc))
    for item in _items(metadata.get("timeline_fix", [])):
        expression, sep, value = item.rpartition("=")
        try:
            if not sep:
                raise ValueError(f"{item!r} should read 'expression = date'")
            result.fix.append((_selector(expression), parse_date_value(value)))
        except ValueError as exc:
            fail("timeline_fix", str(exc))
    for item in _items(metadata.get("timeline_events", [])):
        value, sep, text = item.partition("=")
        try:
            if not sep or not text.strip():
                raise ValueError(f"{item!r} should read 'date = what happened'")
            result.add.append((parse_date_value(value), " ".join(text.split())))
        except ValueError as exc:
            fail("timeline_events", str(exc))
    unknown = sorted(k for k in metadata if k.startswith("timeline") and k not in KEYS)
    for key in unknown:
        fail(key, f"unknown key (known: {', '.join(KEYS)})")
    return result


def _source(article: Any) -> str:
    return str(getattr(article, "source_path", None) or getattr(article, "slug", "article"))


def read_overrides(article: Any) -> Overrides:
    """The article's overrides; each invalid item logged as an error and left out."""
    overrides = parse_overrides(getattr(article, "metadata", {}) or {}, _source(article))
    for error in overrides.errors:
        logger.error("timeline: %s", error)
    return overrides


def timeline_enabled(article: Any, settings: Mapping[str, Any]) -> bool:
    """False when the site (TIMELINE_ENABLED) or the article (`timeline: off`) says so."""
    if not settings.get("TIMELINE_ENABLED", True):
        return False
    word = str((getattr(article, "metadata", {}) or {}).get("timeline", "on")).strip()
    return word.casefold() not in _OFF


def reference_date(article: Any) -> date | None:
    """`timeline_reference` if valid, else the publication date (None without one)."""
    metadata = getattr(article, "metadata", {}) or {}
    if "timeline_reference" in metadata:
        try:
            return _reference(metadata["timeline_reference"])
        except ValueError:
            pass  # reported by read_overrides
    published = getattr(article, "date", None)
    if isinstance(published, datetime):
        return published.date()
    return published if isinstance(published, date) else None


def day_label(start: date, end: date) -> str:
    """`Sun 4 July 2021`, or `28 June – 4 July 2021` for a span."""
    return labels.day(start) if start == end else labels.date_range(start, end)


def _placed(event: dict[str, Any], value: DateValue, reference: date | None) -> dict[str, Any]:
    event.update(
        type="DATE",
        value=value.value,
        mod=None,
        start=value.start.isoformat(),
        end=value.end.isoformat(),
        label=day_label(value.start, value.end),
        kind="day" if value.start == value.end else "span",
        fuzzy=False,
        planned=bool(reference and value.start > reference),
    )
    return event


def _matches(events: list[dict[str, Any]], selector: Selector) -> list[int]:
    """Indexes of the (non-derived) events the selector names, in text order."""
    hits = [
        i
        for i, e in enumerate(events)
        if not e.get("derived") and _norm(str(e.get("text", ""))) == _norm(selector.text)
    ]
    hits.sort(key=lambda i: (events[i].get("order", 0), i))
    if selector.nth is not None:
        return [hits[selector.nth - 1]] if len(hits) >= selector.nth else []
    return hits


def _sort_key(event: Mapping[str, Any]) -> tuple[str, int]:
    return (event.get("start") or "9999", int(event.get("order") or 0))


def apply_overrides(
    events: Iterable[dict[str, Any]], article: Any, overrides: Overrides
) -> list[dict[str, Any]]:
    """Events after the author's exclusions, fixes and additions, sorted as before.

    Works on copies (the list itself when there is nothing to do); a selector
    that names no expression is an error (logged) rather than a silent no-op,
    since the author meant something by it.
    """
    if not (overrides.fix or overrides.exclude or overrides.add):
        return events if isinstance(events, list) else list(events)  # the common case
    events = [dict(e) for e in events]
    source = _source(article)
    reference = overrides.reference or reference_date(article)

    def missing(key: str, selector: Selector) -> None:
        error = OverrideError(source, key, f"no expression {str(selector)!r} in the article")
        overrides.errors.append(error)
        logger.error("timeline: %s", error)

    refixed: set[str] = set()
    for selector, value in overrides.fix:
        hits = _matches(events, selector)
        if not hits:
            missing("timeline_fix", selector)
        for i in hits:
            _placed(events[i], value, reference)
            refixed.add(str(events[i].get("id")))
    # Derived events hung on an old value no longer hold.
    events = [e for e in events if not (e.get("derived") and str(e.get("anchor_id")) in refixed)]

    drop: set[str] = set()
    for selector in overrides.exclude:
        hits = _matches(events, selector)
        if not hits:
            missing("timeline_exclude", selector)
        drop.update(str(events[i].get("id")) for i in hits)
    events = [
        e for e in events if str(e.get("id")) not in drop and str(e.get("anchor_id")) not in drop
    ]

    slug = str(getattr(article, "slug", "") or "article")
    url = str(getattr(article, "url", "") or "")
    category = getattr(article, "category", None)
    base_order = max((int(e.get("order") or 0) for e in events), default=0) + 1
    for n, (value, text) in enumerate(overrides.add):
        digest = hashlib.sha1(f"{value.value}|{text}".encode()).hexdigest()[:8]
        event = {
            "id": f"{slug}-author-{digest}",
            "article_url": url,
            "article_title": str(getattr(article, "title", "") or ""),
            "article_slug": slug,
            "category": str(category) if category else None,
            "tags": [str(t) for t in getattr(article, "tags", None) or []],
            "text": text,
            "sentence": text,
            "before": "",
            "after": "",
            "derived": False,
            "anchor_id": None,
            "order": base_order + n,
            "anchor": url,
        }
        events.append(_placed(event, value, reference))

    events.sort(key=_sort_key)
    return events
