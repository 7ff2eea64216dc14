"""Expressions (Timex) of one article -> event dicts, ready for JSON and templates.

An event id depends only on the article slug and the expression (its text,
its sentence and how many times that pair occurred before), so editing one
paragraph does not renumber the events of the others, and two builds agree.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from .labels import label

if TYPE_CHECKING:  # the engine loads when first used, not when Pelican starts
    from .engine.model import Derived, Timex

_SPACE = re.compile(r"\s+")
_UNSAFE_ID = re.compile(r"[^A-Za-z0-9_-]+")
NO_DATE = "9999"  # sorts after every ISO date: undated events come last


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """What events need to know about their article."""

    slug: str
    url: str
    title: str
    category: str | None
    tags: tuple[str, ...]
    reference: date  # the publication date (or the author's chosen reference)


def event_id(slug: str, *parts: object) -> str:
    """Stable id: the slug (made safe for HTML ids) and a short hash of the parts."""
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:8]
    prefix = _UNSAFE_ID.sub("-", slug).strip("-") or "article"
    return f"{prefix}-{digest}"


def _squash(text: str) -> str:
    return _SPACE.sub(" ", text)


def _context(text: str, sentence: tuple[int, int], span: tuple[int, int]) -> tuple[str, str, str]:
    """(before, expression, after) within the sentence, whitespace collapsed."""
    start = min(sentence[0], span[0])
    end = max(sentence[1], span[1])
    before = _squash(text[start : span[0]]).lstrip()
    after = _squash(text[span[1] : end]).rstrip()
    return before, _squash(text[span[0] : span[1]]).strip(), after


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _kind(start: date | None, end: date | None) -> str:
    if start is None or end is None:
        return "unplaced"
    return "day" if start == end else "span"


def _event(
    facts: ArticleFacts,
    id_: str,
    words: tuple[str, str, str],
    type_: str,
    value: str,
    start: date | None,
    end: date | None,
    *,
    mod: str | None,
    planned: bool,
    fuzzy: bool,
    derived: bool,
    anchor_id: str,
    span: tuple[int, int],
) -> dict[str, Any]:
    before, expression, after = words
    if start is not None and end is None:
        end = start
    if end is not None and start is None:
        start = end
    if start is not None and end is not None and end < start:
        start, end = end, start
    return {
        "id": id_,
        "article_url": facts.url,
        "article_title": facts.title,
        "article_slug": facts.slug,
        "category": facts.category,
        "tags": list(facts.tags),
        "text": expression,
        "sentence": before + expression + after,
        "before": before,
        "after": after,
        "type": type_,
        "value": value,
        "mod": mod,
        "start": _iso(start),
        "end": _iso(end),
        "label": label(type_, value, start, end, fuzzy),
        "kind": _kind(start, end),
        "derived": derived,
        "anchor_id": anchor_id if derived else None,
        "planned": planned,
        "fuzzy": fuzzy,
        "order": 0,  # set once all events of the article are known
        "anchor": f"{facts.url}#t-{anchor_id}",
        "span": [span[0], span[1]],
    }


class _Ids:
    """Hands out ids: stable ones, and unique within the article even on a hash collision."""

    def __init__(self, slug: str) -> None:
        self.slug = slug
        self.seen: Counter = Counter()
        self.used: set[str] = set()

    def __call__(self, *key: str) -> str:
        self.seen[key] += 1
        base = event_id(self.slug, *key, self.seen[key])
        id_, n = base, 1
        while id_ in self.used:
            n += 1
            id_ = f"{base}-{n}"
        self.used.add(id_)
        return id_


def _derived_event(
    facts: ArticleFacts, text: str, timex: Timex, parent_id: str, derived: Derived, ids: _Ids
) -> dict[str, Any]:
    words = _context(text, timex.sentence, derived.span)
    return _event(
        facts,
        ids("derived", words[1], words[0] + words[1] + words[2]),
        words,
        "DATE",
        derived.value,
        derived.start,
        derived.end,
        mod=None,
        planned=bool(derived.start and derived.start > facts.reference),
        fuzzy=False,
        derived=True,
        anchor_id=parent_id,
        span=derived.span,
    )


def build_events(timexes: Iterable[Timex], text: str, facts: ArticleFacts) -> list[dict[str, Any]]:
    """One event per expression, plus one per derived event, sorted for display.

    Sorted by start date (undated last), then by order in the text.
    """
    events: list[dict[str, Any]] = []
    ids = _Ids(facts.slug)
    for timex in sorted(timexes, key=lambda t: t.span):
        words = _context(text, timex.sentence, timex.span)
        id_ = ids(words[1], words[0] + words[1] + words[2])
        events.append(
            _event(
                facts,
                id_,
                words,
                timex.type,
                timex.value,
                timex.start,
                timex.end,
                mod=timex.mod,
                planned=timex.planned,
                fuzzy=timex.fuzzy,
                derived=False,
                anchor_id=id_,
                span=timex.span,
            )
        )
        for derived in timex.derived:
            events.append(_derived_event(facts, text, timex, id_, derived, ids))
    for order, event in enumerate(sorted(events, key=lambda e: (e["span"][0], e["derived"]))):
        event["order"] = order
    return sort_events(events)


def sort_key(event: dict[str, Any]) -> tuple[str, int]:
    return (event["start"] or NO_DATE, event["order"])


def sort_events(events: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Chronological, undated last, ties in text order."""
    return sorted(events, key=sort_key)


def site_sort_key(event: dict[str, Any]) -> tuple[str, str, int]:
    """Across articles: by date, then article, then text order."""
    return (event["start"] or NO_DATE, event["article_slug"], event["order"])


def count_unresolved(events: Iterable[dict[str, Any]]) -> int:
    """Expressions that name a date or time the engine could not place."""
    return sum(
        1
        for e in events
        if not e["derived"] and e["kind"] == "unplaced" and e["type"] in ("DATE", "TIME")
    )
