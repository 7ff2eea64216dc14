"""An expression as the rules see it: its extent and an underspecified value.

Rules fill only what the words say ("Monday", "last week", "two days");
the resolver later turns that into a TIMEX3 value against the publication
date or the previous mention.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Mention:
    """What one rule found; fields left None are for the resolver to decide."""

    start: int
    end: int
    kind: str  # date, month, year, quarter, half, season, decade, century, weekday,
    # deictic, unit_rel, offset, duration, set, ref, time, holiday, edge, week_of_month,
    # overnight, name (a name holding a date word, "Super Tuesday": no date)
    type: str = "DATE"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    part: int | None = None  # quarter or half number
    season: str | None = None
    unit: str | None = None
    amount: float | None = None  # None: vague ("a few")
    rel: str | None = None  # this, last, next, same, ago, earlier, later, from_now, ...
    shift: int = 0  # deictic day offset (yesterday = -1)
    pod: str | None = None  # part of day: MO, AF, EV, NI
    clock: str | None = None  # "14:30"
    mod: str | None = None
    value: str | None = None  # fixed value (PRESENT_REF, P1W, decade "199", ...)
    fuzzy: bool = False
    anaphoric: bool = False
    after_clause: str | None = None  # "after"/"before" a clause follows (event anchor)
    comparison: bool = False  # "compared with $4 million last year": the same period, a year back
    placed: bool = False  # a duration tied to the present ("the past three years")
    passing: bool = False  # named in passing ("after a flat second quarter"), not the topic
    said: bool = False  # the day of saying ("police said today"), not always the story's
    backstory: bool = False  # a founding year: "two years later" counts from it, a quarter not
    definite: bool = False  # a duration the text has set: "the nine months" (to date)
    years_back: int = 0  # "the 10th anniversary of the Sept. 11 attacks": years before the day
    when_follows: bool = False  # "since 1865, when ...": the clause after it is in that year
    called_off: bool = False  # "had been scheduled to open Saturday": a plan given up
