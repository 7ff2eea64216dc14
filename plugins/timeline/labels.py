"""Dates as a reader says them: "Sun 4 July 2021", "28 June – 4 July 2021 (week 26)".

English only and independent of the system locale, so pages are the same
bytes on every machine.
"""

from __future__ import annotations

import re
from datetime import date

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
UNITS = {
    "Y": "year",
    "M": "month",
    "W": "week",
    "D": "day",
    "DE": "decade",
    "CE": "century",
    "Q": "quarter",
    "H": "hour",
    "MIN": "minute",
    "S": "second",
}
DASH = " – "

_DURATION = re.compile(
    r"^P(?:(?P<date>(?:(?:\d+(?:\.\d+)?|X)(?:CE|DE|Y|Q|M|W|D))+))?"
    r"(?:T(?P<time>(?:(?:\d+(?:\.\d+)?|X)[HMS])+))?$"
)
_PART = re.compile(r"(\d+(?:\.\d+)?|X)(CE|DE|Y|Q|M|W|D|H|S)")
_WEEK = re.compile(r"^\d{4}-W(\d{2})")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")
_CLOCK = re.compile(r"T(\d{2}:\d{2})")
_BC = re.compile(r"BC(\d{4})$")
_REFS = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}


def day(d: date) -> str:
    """Sun 4 July 2021"""
    return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"


def plain_day(d: date) -> str:
    """4 July 2021"""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def date_range(start: date, end: date) -> str:
    """28 June – 4 July 2021; 1 – 7 July 2021; 5 July 2001 – 5 July 2021."""
    if start.year != end.year:
        return plain_day(start) + DASH + plain_day(end)
    if start.month != end.month:
        return f"{start.day} {MONTHS[start.month - 1]}{DASH}{plain_day(end)}"
    return f"{start.day}{DASH}{plain_day(end)}"


def duration(value: str) -> str | None:
    """P20Y -> "20 years", PXD -> "a few days", PT3H -> "3 hours"; None if not a duration."""
    match = _DURATION.match(value or "")
    if not match or value in ("P", "PT"):
        return None
    parts = []
    for group, minutes in (("date", False), ("time", True)):
        for amount, unit in _PART.findall(match.group(group) or ""):
            key = "MIN" if minutes and unit == "M" else unit
            name = UNITS[key]
            if amount == "X":
                plural = "centuries" if name == "century" else name + "s"
                parts.append(f"a few {plural}")
            elif amount in ("1", "1.0"):
                parts.append(f"1 {name}")
            else:
                plural = "centuries" if name == "century" else name + "s"
                parts.append(f"{amount} {plural}")
    return " ".join(parts) or None


def label(type_: str, value: str, start: date | None, end: date | None, fuzzy: bool = False) -> str:
    """How a reader would say the date an expression stands for."""
    if start is None or end is None:
        return _unplaced(type_, value)
    if start == end:
        clock = _CLOCK.search(value or "") if type_ == "TIME" else None
        return day(start) + (f", {clock.group(1)}" if clock else "")
    span = date_range(start, end)
    length = duration(value)
    if fuzzy and length and length.startswith("a few"):
        return f"{length} up to {plain_day(end)}"
    if fuzzy:
        return f"around {span}"
    week = _WEEK.match(value or "")
    if week:
        suffix = " weekend" if value.endswith("-WE") else ""
        return f"{span} (week {int(week.group(1))}{suffix})"
    if _MONTH.match(value or "") and start.day == 1:
        return f"{MONTHS[start.month - 1]} {start.year}"
    if _YEAR.match(value or "") and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return str(start.year) if start.year >= 1000 else f"AD {start.year}"
    if length:
        return f"{span} ({length})"
    return span


def _unplaced(type_: str, value: str) -> str:
    if value in _REFS:
        return _REFS[value]
    if (bc := _BC.match(value or "")) is not None:
        return f"{int(bc.group(1))} BC"  # no calendar date reaches it
    length = duration(value)
    if type_ == "SET":
        return f"every {length.removeprefix('1 ')}" if length else "repeatedly"
    if length:
        return length
    return "date not known"
