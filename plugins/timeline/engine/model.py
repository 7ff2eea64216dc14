"""What the engine returns: expressions as written, values as resolved.

Kept apart from the rules so that the site side (events, figure, pages)
depends on these types only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True, slots=True)
class Derived:
    """An event the text dates only through an offset ("two days after X")."""

    text: str  # the clause that names the event, as written ("vacated its main base")
    span: tuple[int, int]  # its character offsets in the text
    value: str  # TIMEX3 value of its date ("2021-07-02")
    start: date | None
    end: date | None


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression found in a text.

    `span` and `text` are what the text said (TimeML extent); `type`,
    `value` and `mod` are TIMEX3; `start`/`end` are the inclusive calendar
    days it covers on a chart (None when it cannot be placed).
    """

    text: str
    span: tuple[int, int]
    sentence: tuple[int, int]  # offsets of its sentence in the text
    type: str
    value: str
    start: date | None = None
    end: date | None = None
    mod: str | None = None  # TIMEX3 mod: APPROX, START, END, ...
    planned: bool = False  # after the reference: a plan, deadline or forecast
    fuzzy: bool = False  # vague bounds ("the last few days", "recently")
    derived: tuple[Derived, ...] = field(default=())
