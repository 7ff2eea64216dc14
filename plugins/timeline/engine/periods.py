"""Calendar arithmetic and TIMEX3 value rendering for periods.

A `Period` is a resolved stretch of calendar: its granularity, its first
and last day, and the TIMEX3 value that names it.
"""

from __future__ import annotations

import json
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

# Granularities from fine to coarse.
DAY, WEEK, WEEKEND, MONTH, QUARTER, SEASON, HALF, YEAR, DECADE, CENTURY = (
    "D",
    "W",
    "WE",
    "M",
    "Q",
    "S",
    "H",
    "Y",
    "DE",
    "CE",
)
ORDER = {
    DAY: 0,
    WEEKEND: 1,
    WEEK: 1,
    MONTH: 2,
    QUARTER: 3,
    SEASON: 3,
    HALF: 4,
    YEAR: 5,
    DECADE: 6,
    CENTURY: 7,
}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True, slots=True)
class Period:
    """A calendar stretch with its granularity and TIMEX3 value."""

    gran: str
    start: date
    end: date
    value: str


def add_months(d: date, months: int) -> date:
    """`d` moved by whole months, clamped to the month's last day."""
    y, m = divmod(d.month - 1 + months, 12)
    year = d.year + y
    if not 1 <= year <= 9999:
        raise OverflowError("year out of range")
    month = m + 1
    return date(year, month, min(d.day, monthrange(year, month)[1]))


def shift(d: date, unit: str, n: int) -> date:
    """`d` moved by `n` units (D, W, WE, M, Q, Y, DE, CE, FN)."""
    if unit == "D":
        return d + timedelta(days=n)
    if unit in ("W", "WE"):
        return d + timedelta(weeks=n)
    if unit == "FN":
        return d + timedelta(weeks=2 * n)
    months = {"M": 1, "Q": 3, "S": 12, "H": 6, "Y": 12, "DE": 120, "CE": 1200}[unit] * n
    return add_months(d, months)


def day(d: date) -> Period:
    return Period(DAY, d, d, d.isoformat())


def week(d: date) -> Period:
    y, w, wd = d.isocalendar()
    monday = d - timedelta(days=wd - 1)
    return Period(WEEK, monday, monday + timedelta(days=6), f"{y:04d}-W{w:02d}")


def weekend(d: date) -> Period:
    y, w, wd = d.isocalendar()
    saturday = d - timedelta(days=wd - 1) + timedelta(days=5)
    return Period(WEEKEND, saturday, saturday + timedelta(days=1), f"{y:04d}-W{w:02d}-WE")


def weekend_of(d: date) -> Period:
    """The weekend a holiday gives its name to: the one before a Monday or Tuesday."""
    return weekend(d - timedelta(days=7) if d.isoweekday() <= 2 else d)


def month(y: int, m: int) -> Period:
    return Period(MONTH, date(y, m, 1), date(y, m, monthrange(y, m)[1]), f"{y:04d}-{m:02d}")


def quarter(y: int, q: int) -> Period:
    first = date(y, 3 * q - 2, 1)
    last = add_months(first, 2)
    return Period(QUARTER, first, last.replace(day=monthrange(y, last.month)[1]), f"{y:04d}-Q{q}")


def half(y: int, h: int) -> Period:
    return Period(
        HALF, date(y, 6 * h - 5, 1), date(y, 6 * h, 30 if h == 1 else 31), f"{y:04d}-H{h}"
    )


def season(y: int, s: str) -> Period:
    first = date(y, SEASON_START[s], 1)
    last = add_months(first, 2)
    return Period(
        SEASON, first, last.replace(day=monthrange(last.year, last.month)[1]), f"{y:04d}-{s}"
    )


def year(y: int) -> Period:
    return Period(YEAR, date(y, 1, 1), date(y, 12, 31), f"{y:04d}")


def decade(first_year: int) -> Period:
    return Period(
        DECADE, date(first_year, 1, 1), date(first_year + 9, 12, 31), f"{first_year // 10:03d}"
    )


def century(index: int) -> Period:
    """`index` as TIMEX3 writes it: 19 for the 1900s (the 20th century)."""
    return Period(
        CENTURY, date(max(index * 100, 1), 1, 1), date(index * 100 + 99, 12, 31), f"{index:02d}"
    )


def of(gran: str, d: date, season_code: str | None = None) -> Period:
    """The period of granularity `gran` that contains `d`."""
    if gran == DAY:
        return day(d)
    if gran == WEEK:
        return week(d)
    if gran == WEEKEND:
        return weekend(d)
    if gran == MONTH:
        return month(d.year, d.month)
    if gran == QUARTER:
        return quarter(d.year, (d.month - 1) // 3 + 1)
    if gran == HALF:
        return half(d.year, 1 if d.month <= 6 else 2)
    if gran == SEASON:
        code = season_code or season_of(d)
        y = d.year - 1 if code == "WI" and d.month < 3 else d.year
        return season(y, code)
    if gran == YEAR:
        return year(d.year)
    if gran == DECADE:
        return decade(d.year // 10 * 10)
    return century(d.year // 100)


def season_of(d: date) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(
        d.month, "FA"
    )


def move(p: Period, unit: str, n: int) -> Period:
    """`p` moved by `n` units, keeping its own granularity; a week moved by years keeps its
    number ("the same week last year"), as far as that year has one."""
    if p.gran == WEEK and unit == "Y":
        y, w, _ = p.start.isocalendar()
        return week(date.fromisocalendar(y + n, min(w, date(y + n, 12, 28).isocalendar()[1]), 1))
    return of(p.gran, shift(p.start, unit, n), p.value[-2:] if p.gran == SEASON else None)


def nth_weekday(y: int, m: int, weekday: int, n: int) -> date:
    """The `n`-th ISO `weekday` (1=Mon) of a month; n=-1 for the last."""
    if n > 0:
        first = date(y, m, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(y, m, monthrange(y, m)[1])
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


WEEKDAY_CODES = {"MON": 1, "TUE": 2, "WED": 3, "THU": 4, "FRI": 5, "SAT": 6, "SUN": 7}


@cache
def holiday_table() -> dict[str, dict[str, list[str]]]:
    """Days that no Gregorian rule gives, by code and year: Lunar New Year, the Jewish
    holidays and the solstices and equinoxes 1900-2099, the Islamic holidays (Umm al-Qura)
    1924-2077. tools/calendar_tables.py computed the table once."""
    with open(Path(__file__).parent / "calendars" / "holiday_table.json", encoding="utf-8") as fh:
        return json.load(fh)


def holidays(code: str, y: int) -> list[date]:
    """The days in year `y` of a holiday code from the lexicon: "12-25", "11/THU/4" (the
    fourth Thursday of November), "05/MON/L" (the last Monday of May), "EASTER",
    "ORTHODOX_EASTER" or a code of the holiday table ("EID_FITR", twice in some years), each
    with an optional day offset ("EASTER-2" is Good Friday, "11/THU/4+1" Black Friday).
    Codes joined by years tell a holiday moved by law: "05-30|1971|05/MON/L" is May 30 until
    1970, the last Monday of May from 1971 (Memorial Day)."""
    if "|" in code:
        parts = code.split("|")
        spans = zip(parts[::2], [0, *map(int, parts[1::2])], strict=True)  # (code, since)
        return holidays([c for c, since in spans if y >= since][-1], y)
    if code[0].isdigit() and "/" not in code:
        m, d = (int(part) for part in code.split("-"))
        return [date(y, m, d)] if d <= monthrange(y, m)[1] else []  # Feb. 29: leap years only
    base, sign, days = code.partition("+") if "+" in code else code.partition("-")
    if sign:
        delta = timedelta(days=int(days) * (1 if sign == "+" else -1))
        return [d + delta for d in holidays(base, y)]
    if code in ("EASTER", "ORTHODOX_EASTER"):
        return [easter(y, EASTER_ORTHODOX if code == "ORTHODOX_EASTER" else EASTER_WESTERN)]
    if "/" not in code:
        days_in = holiday_table()[code].get(str(y))
        if days_in is None:
            raise ValueError(f"no day of {code} known for {y}")
        return [date.fromisoformat(f"{y}-{md}") for md in days_in]
    month, weekday, n = code.split("/")
    return [nth_weekday(y, int(month), WEEKDAY_CODES[weekday], -1 if n == "L" else int(n))]


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration value: P2D, PT5H, P10Y for a decade, P2Q for two quarters, PXY
    when vague."""
    if unit == "DE":
        unit, amount = "Y", None if amount is None else amount * 10
        if amount is None:
            return "PXY"  # "decades": some years
    if unit == "CE":
        if amount is None:
            return "PXCE"
        unit, amount = "Y", amount * 100
    if unit == "FN":
        unit, amount = "W", None if amount is None else amount * 2
    if unit == "WE":
        unit, amount = "WE", amount
    timeish = unit in ("H", "MIN", "S")
    letter = {"MIN": "M"}.get(unit, unit)
    if amount is None:
        num = "X"
    elif amount == int(amount):
        num = str(int(amount))
    else:
        whole = int(amount)
        frac = amount - whole
        sub = {"Y": ("M", 12), "M": ("D", 30), "D": ("H", 24), "H": ("M", 60), "W": ("D", 7),
               "MIN": ("S", 60)}.get(unit)
        if sub and whole:
            rest = f"{round(frac * sub[1])}{sub[0]}"
            if unit in ("D",):
                return f"P{whole}DT{rest}"
            return f"P{'T' if timeish else ''}{whole}{letter}{rest}"
        if sub and (frac * sub[1]).is_integer():  # "half an hour": PT30M, not PT0.5H
            return f"P{'T' if timeish or unit == 'D' else ''}{int(frac * sub[1])}{sub[0]}"
        num = f"{amount:g}"
    return f"P{'T' if timeish else ''}{num}{letter}"
