"""dateparser as the grammar of absolute dates, called only on candidates.

The engine's own patterns find the candidate ("07/04/2021", "2021-07-04");
dateparser reads it. Results are memoized on (phrase, reference, direction)
because news repeats the same few dates.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache


@lru_cache(maxsize=8192)
def parse_date(
    phrase: str, reference: date | None = None, prefer: str = "past", order: str = "MDY"
) -> date | None:
    """The calendar day `phrase` names, or None when dateparser cannot read it."""
    import dateparser  # slow to import: only when a candidate needs it

    settings = {
        "DATE_ORDER": order,
        "PREFER_DATES_FROM": prefer,
        "RETURN_AS_TIMEZONE_AWARE": False,
        "REQUIRE_PARTS": ["day", "month"],
    }
    if reference is not None:
        settings["RELATIVE_BASE"] = datetime(reference.year, reference.month, reference.day)
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def parse_absolute(phrase: str, *, day_first: bool = False) -> date | None:
    """A fully written date (with its year); None when dateparser cannot read it."""
    return parse_date(phrase, None, "past", "DMY" if day_first else "MDY")
