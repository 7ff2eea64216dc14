"""Hand-made event dicts shaped like the seed article's, for figure and page tests."""

from __future__ import annotations

from typing import Any

URL = "afghan-security-personnel-flee-into-tajikistan.html"
TITLE = "Hundreds of Afghan Security Personnel Flee Into Tajikistan as Taliban Advances"


def event(n: int, text: str, start: str | None, end: str | None, **extra: Any) -> dict[str, Any]:
    """One event dict with the agreed keys; `extra` overrides."""
    sentence = extra.pop("sentence", f"It happened {text} in the north.")
    before, _, after = sentence.partition(text)
    base = {
        "id": f"seed-{n:02d}",
        "article_url": URL,
        "article_title": TITLE,
        "article_slug": "seed",
        "category": "World",
        "tags": ["Afghanistan"],
        "text": text,
        "sentence": sentence,
        "before": before,
        "after": after,
        "type": "DATE",
        "value": start or "XXXX",
        "mod": None,
        "start": start,
        "end": end,
        "label": start or "unplaced",
        "kind": "day" if start and start == end else ("span" if start else "unplaced"),
        "derived": False,
        "planned": False,
        "fuzzy": False,
        "order": n,
        "anchor": f"{URL}#t-seed-{n:02d}",
    }
    base.update(extra)
    return base


def seed_events() -> list[dict[str, Any]]:
    """The seed table as events, in the agreed order (start, then text order)."""
    events = [
        event(3, "20 years", "2001-07-05", "2021-07-05", type="DURATION", value="P20Y",
              sentence="Foreign troops near a complete withdrawal after 20 years of war."),
        event(12, "two decades", "2001-07-05", "2021-07-05", type="DURATION", value="P20Y"),
        event(11, "Last week", "2021-06-28", "2021-07-04", value="2021-W26",
              label="28 June – 4 July 2021 (week 26)"),
        event(6, "vacated its main base", "2021-07-02", "2021-07-02", derived=True),
        event(8, "the last few days", "2021-07-02", "2021-07-05", type="DURATION",
              value="PXD", fuzzy=True, label="a few days up to 5 July 2021"),
        event(1, "yesterday", "2021-07-04", "2021-07-04", label="Sun 4 July 2021"),
        event(2, "Sunday", "2021-07-04", "2021-07-04", label="Sun 4 July 2021"),
        event(4, "Sunday", "2021-07-04", "2021-07-04", label="Sun 4 July 2021"),
        event(9, "Sunday", "2021-07-04", "2021-07-04", label="Sun 4 July 2021"),
        event(7, "Monday", "2021-07-05", "2021-07-05", label="Mon 5 July 2021"),
        event(10, "Monday", "2021-07-05", "2021-07-05", label="Mon 5 July 2021"),
        event(5, "September 11", "2021-09-11", "2021-09-11", planned=True,
              label="Sat 11 September 2021",
              sentence="A plan to withdraw all foreign troops by September 11."),
    ]
    return events
