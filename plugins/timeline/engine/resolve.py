"""Second pass: underspecified mentions become TIMEX3 values and chart spans.

Deictic expressions resolve against the reference (publication) date,
anaphoric ones against the previous mention, bare weekdays, months and
holidays in the direction the clause's tense and modality point to.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from . import periods as P
from .context import DEADLINE
from .mention import Mention
from .periods import Period

UNIT_GRAN = {"D": P.DAY, "W": P.WEEK, "WE": P.WEEKEND, "FN": P.WEEK, "M": P.MONTH,
             "Q": P.QUARTER, "Y": P.YEAR, "DE": P.YEAR, "CE": P.CENTURY, "H": P.DAY,
             "MIN": P.DAY, "S": P.DAY}
WITHIN_DAY = ("H", "MIN", "S")
SECONDS = {"H": 3600, "MIN": 60, "S": 1}
NOON, DAY = 12 * 3600, 24 * 3600
SMALL_HOURS_END = 7 * 3600  # "early Sunday" reaches to here
NIGHT_HOURS = 19 * 3600
POD_STARTS = {"MO": 5 * 3600, "AF": 12 * 3600, "EV": 16 * 3600, "NI": 19 * 3600}
JUST_ENDED = 92  # days: a period ended this recently is still the one a report is about
WEEKDAY_FAR_BACK = 5  # days: a weekday no cue places is not this far back
SEASON_AT_HAND = 2  # months: a season to begin this soon is the one a weak past cue means
RECENT_DAY = 250  # characters: a day named this close is still the one a story speaks of


@dataclass(slots=True)
class Resolved:
    """A TIMEX3 reading of one mention."""

    type: str
    value: str
    period: Period | None = None
    mod: str | None = None
    fuzzy: bool = False
    planned: bool = False
    anchors: bool = True  # may serve as the anchor of later anaphora


def shift_amount(d: date, unit: str, amount: float) -> date:
    """`d` moved by a possibly fractional number of units (negative: back)."""
    if unit in WITHIN_DAY:
        return d + timedelta(days=int(amount * SECONDS[unit] / 86400))
    if amount == int(amount):
        return P.shift(d, unit, int(amount))
    if unit in ("Y", "DE", "CE"):
        months = round(amount * {"Y": 12, "DE": 120, "CE": 1200}[unit])
        return P.add_months(d, months)
    if unit in ("M", "Q"):
        return d + timedelta(days=round(amount * (30 if unit == "M" else 91)))
    return d + timedelta(days=round(amount * {"D": 1, "W": 7, "WE": 7, "FN": 14}[unit]))


def pick(candidates: list[date], ref: date, direction: int, strict: bool = False) -> date:
    """The candidate nearest to `ref` on the side `direction` points to (past by default)."""
    if direction > 0:
        ok = [c for c in candidates if c > ref or (c == ref and not strict)]
        return min(ok) if ok else max(candidates)
    ok = [c for c in candidates if c < ref or (c == ref and not strict)]
    return max(ok) if ok else min(candidates)


BUSINESS_DAYS = re.compile(r"\b(?:trading|business|working)\s+days\b", re.I)
OFFSET_TO_DATE = re.compile(r"\s*(?:after|before)\s+(?:the\s+)?")
# "a year ago today", "a year ago this week": the day or week a year back
DEICTIC_GRAN = {"from_today": P.DAY, "ago_today": P.DAY, "ago_this_week": P.WEEK,
                "ago_this_month": P.MONTH}
OPPOSITE_SIDE_COST = 3.0  # how much farther a date against the clause's tense may be
DEADLINE_COST = 120  # a deadline outweighs the tense, not a whole year: "by Jan. 14"
# "opens in theaters on Nov. 20", said in January: next November, not the last one (a past
# verb gets no such weight: the past is what news mostly tells anyway)
AHEAD_COST = 183


def nearest(candidates: list[date], ref: date, direction: int) -> date:
    """The candidate closest to `ref`, dates against the clause's direction counted farther."""

    def cost(c: date) -> float:
        dist = abs((c - ref).days)
        side = (c > ref) - (c < ref)
        if direction and side and side != (direction > 0) - (direction < 0):
            # a modal or deadline ("will", "by") decides, a verb looking ahead outweighs half
            # a year, a past-tense verb only weighs
            penalty = AHEAD_COST if direction == 1 else {2: 366, DEADLINE: DEADLINE_COST}.get(
                abs(direction), 0)
            return dist * OPPOSITE_SIDE_COST + penalty
        if not direction and side > 0:
            return dist * 1.5
        return dist

    return min(candidates, key=cost)


def weekday_near(ref: date, weekday: int, direction: int, rel: str | None) -> date:
    offset = weekday - ref.isoweekday()
    if rel == "this":
        return ref + timedelta(days=offset)
    cands = [ref + timedelta(days=offset + k) for k in (-14, -7, 0, 7, 14)]
    if rel == "last":
        return pick(cands, ref, -1, strict=True)
    if rel in ("next", "coming"):
        return pick(cands, ref, 1, strict=True)
    return pick(cands, ref, direction)


def _seconds(clock: str) -> int:
    """Seconds into the day of a clock value ("13:05", "00:00:04")."""
    hh, mm, *ss = clock.split(":")
    return int(hh) * 3600 + int(mm) * 60 + int(ss[0] if ss else 0)


def _clock_at(m: Mention) -> int:
    """Seconds into the day of a clock mention, "by noon" counted as the morning it ends
    ("snow fell Thursday night. By noon, 18 inches had fallen": the next morning)."""
    at = _seconds(m.clock)
    return at - 1 if m.rel == "by" and at == NOON else at


def fmt_value(period: Period, type_: str, pod: str | None = None,
              clock: str | None = None) -> str:
    if clock:
        return f"{period.value}T{clock}"
    if pod:
        return f"{period.value}T{pod}"
    return period.value


class Resolver:
    """Resolves mentions in document order, remembering the last mention as anchor."""

    def __init__(self, ref: date):
        self.ref = ref
        self.anchor: Period | None = None
        self.anchor_pos = -1
        self.anchor_explicit = False  # the anchor was written out ("1988"), not computed
        self.anchor_ahead = False  # the anchor was told in a clause looking ahead
        # a year opening a sentence ("In 2016, ...") or one a "when" clause follows, with
        # that sentence
        self.fronted: tuple[int, tuple[int, int]] | None = None
        # the season a sentence opens with ("Last summer, ..."), and that sentence
        self.fronted_season: tuple[Period, tuple[int, int]] | None = None
        # a year written with a day or month ahead of the reference, or "next year", and its
        # sentence
        self.year_ahead: tuple[int, tuple[int, int]] | None = None
        self.sentence: tuple[int, int] = (0, 0)  # of the mention being resolved
        # its clause is in the past perfect: "The race had started at 8:30 a.m." tells of a
        # time before the story's, not after it
        self.perfect = False
        self.range_end = False  # the mention ends a span ("through Aug. 7")
        # the anchor was told in a past perfect clause, a sentence after the one before it:
        # "had spent four days at the Superdome after Katrina struck on Monday" is backstory,
        # and an untold clock time after it is on the last day told plainly
        self.anchor_perfect = False
        self.told_before = False  # the mention is in a past perfect clause
        self.plain_day: Period | None = None
        self.reporting = False  # the sentence of a half speaks of results reported
        # the last quarter or half named, and its sentence: "the quarter ended Sept. 30"
        # makes the day the anchor, but "the 1988 period" still means that quarter
        self.last_quarter: Period | None = None
        self.last_quarter_sentence: tuple[int, int] = (-1, -1)
        # a quarter told in the past tense though the calendar's is not over: its results
        # are out ("reported a decline in fourth-quarter earnings", said in November), so it
        # is a fiscal quarter that has ended
        self.quarter_told_past: Period | None = None
        # the last quarter written, comparisons included, and where it ends: an apposition
        # ("the year-ago quarter, the second quarter ended ...") names the same one
        self.named_quarter: Period | None = None
        self.named_quarter_end = -1
        # where the last span of months a report adds up ends ("the first nine months"): a
        # year-ago comparison after it compares that span, a year, not the quarter before it
        self.months_total_end = -1
        self.last_day: Period | None = None  # "the day before" needs a day, not a week
        self.last_day_pos = -1
        # the last day named that lies ahead: "will carry the broadcast at 8 p.m." after a
        # story of postponements is on the day set, not on the last one called off
        self.day_ahead: tuple[Period, int] | None = None
        self.said_day: Period | None = None  # the day of saying, when it is not the anchor
        self.said_on: tuple[Period, tuple[int, int]] | None = None  # any day of saying, and
        # its sentence
        # the last clock time told, as its day (the anchor it set) and seconds into that day:
        # "at 3 p.m. ... Two hours later" is 5 p.m. while the story stays on that day
        self.clock: tuple[Period, int] | None = None
        # the latest time of day told on the story's day, a clock or a part of day: "on
        # Wednesday ... at 3 p.m. ... walked out at 6:15 a.m." has gone on to Thursday
        self.day_time: tuple[Period, int] | None = None
        self.days_told: list[date] = []  # every day named, for "that Sunday"
        # the last day told by its small hours ("early Sunday") and by its evening ("Friday
        # night", "late Saturday"): the days of a story's night-time events, which a bare
        # "at 2:15 a.m." or "at 10 p.m." later speaks of
        self.early_day: tuple[Period, int] | None = None
        self.night_day: tuple[Period, int] | None = None
        self.day_pos = -1  # where the last day was named
        self.sentence_no = 0  # of the mention being resolved, in the text
        self.today_lead = False  # the first sentence told of today ("opens today")
        # the sentence of the last day named ahead, and whether it ended a span ("runs
        # through Sunday")
        self.ahead_told: tuple[int, bool] = (0, False)
        # the first day named ahead of the reference: the day of the event a story leads
        # with, which "The meeting begins at 7 p.m." speaks of
        self.lead_day: Period | None = None
        self.event_clause = False  # the time's sentence opens with an event and names no day
        self.years_told: list[int] = []  # every year written
        # the last month, week or day named: "in April than in all of 2018. That month" is
        # April
        self.last_fine: Period | None = None

    def resolve(self, m: Mention, direction: int) -> Resolved | None:
        handler = getattr(self, "r_" + m.kind)
        if direction == 1 and self.year_ahead is not None and self.year_ahead[1] == self.sentence:
            direction = 2  # "will open on May 16, 2013, before a series that begins on July
            # 10": a sentence that has told a year ahead looks there surely
        try:
            r = handler(m, direction)
        except (ValueError, OverflowError):
            return None
        if r is None:
            return None
        if m.mod and r.mod is None:
            r.mod = m.mod
        if r.type == "DURATION" and m.unit == "M" and (m.amount or 0) >= 2 and m.amount != 3 \
                and m.definite:  # "the three months ended March 31" are a quarter
            self.months_total_end = m.end
        if r.period is not None and r.type in ("DATE", "TIME"):
            if r.period.gran in (P.QUARTER, P.HALF) and not m.passing:
                self.named_quarter, self.named_quarter_end = r.period, m.end
            r.planned = r.period.start > self.ref
            if m.when_follows:
                # "since 1865, when Whymper's party made the first ascent on July 14": that year's
                self.fronted = (r.period.start.year, self.sentence)
            if r.period.gran == P.DAY:
                self.days_told.append(r.period.start)
                if not m.said:
                    self.day_pos = m.start
                if self.sentence_no == 0 and m.kind == "deictic" and r.period.start == self.ref \
                        and not m.said:
                    self.today_lead = True  # not "organizers said today"
                if direction <= 0 and not m.clock and m.mod == "START":
                    self.early_day = (r.period, m.start)
                elif not m.clock and (m.pod in ("EV", "NI") or m.mod == "END"):
                    # "will be decided this evening. Coverage begins at 7:30 p.m.": not
                    # the night told before
                    self.night_day = (r.period, m.start) if direction <= 0 else None
                if self.lead_day is None and not self.range_end and (
                        r.planned or direction > 0 and m.kind == "deictic"
                        and r.period.start == self.ref and not m.said):
                    self.lead_day = r.period  # not "runs through July 8": the end of a run;
                    # "will vote tonight": today
            if m.year is not None:
                self.years_told.append(m.year)
            if m.year is not None and r.planned and r.period.gran in (P.DAY, P.MONTH) or \
                    m.kind == "unit_rel" and m.unit == "Y" and m.rel == "next":
                # "The fair returns next year and is scheduled to run from Aug. 25"
                self.year_ahead = (r.period.start.year, self.sentence)
            if P.ORDER[r.period.gran] <= P.ORDER[P.MONTH] and r.anchors:
                self.last_fine = r.period
            if m.said and r.period.gran == P.DAY:
                self.said_on = (r.period, self.sentence)
            if m.said and r.anchors and (self.anchor_pos >= self.sentence[0] or (
                    self.anchor is not None and self.anchor.gran == P.DAY
                    and self.anchor.start < r.period.start)):
                self.said_day = r.period  # kept for a past clause after it ("welcomed the
                # decision the same day"); a later day of saying leaves the story on its
                # day ("ripped through town Thursday night ... officials said today ...
                # touched down at 9:48 p.m.")
            elif r.anchors and not m.passing and not r.value.endswith("_REF") and \
                    not self._ends_span_ahead(r):
                # "will march on Monday, organizers said today. The march begins at 10 a.m.",
                # "crashed Saturday evening, police said Sunday", "were on time in May, the
                # department said Wednesday": the day of saying leaves the story on the date
                # its sentence told of
                if r.period.gran in (P.QUARTER, P.HALF):
                    self.last_quarter, self.last_quarter_sentence = r.period, self.sentence
                    self.quarter_told_past = r.period if direction < 0 else None
                self.anchor = r.period
                self.anchor_perfect = self.told_before and self.anchor_pos < self.sentence[0]
                if r.period.gran == P.DAY and not self.told_before:
                    self.plain_day = r.period
                if r.period.gran == P.YEAR and m.start - self.sentence[0] <= 4:
                    # "In 2016, ...", "The 1994 fair is scheduled to open on Aug. 25"
                    self.fronted = (r.period.start.year, self.sentence)
                elif r.period.gran == P.SEASON and m.start - self.sentence[0] <= 4:
                    self.fronted_season = (r.period, self.sentence)
                if r.period.gran == P.DAY:
                    self.last_day, self.last_day_pos = r.period, m.start
                    if r.type == "TIME":
                        at = _seconds(m.clock) if m.clock else POD_STARTS.get(m.pod or "")
                    else:  # "late Wednesday" is told from the day's evening on
                        at = POD_STARTS["EV"] if m.mod == "END" else None
                    if at is not None:
                        self.day_time = (r.period, at)
                    if r.planned:
                        self.day_ahead = (r.period, m.start)
                        self.ahead_told = (self.sentence_no, self.range_end)
                self.anchor_pos = m.start
                self.anchor_explicit = m.year is not None and not m.backstory
                self.anchor_ahead = direction > 0
        return r

    def offset_from(self, text: str, offset: Mention, m: Mention, date_: Period) -> None:
        """After "two days after Oct. 12" (`offset`, then the date `m` resolved to `date_`)
        the story stands on Oct. 14: "three days later" is the 17th. Trading days skip
        weekends."""
        if date_.gran != P.DAY or offset.amount is None or \
                not OFFSET_TO_DATE.fullmatch(text, offset.end, m.start):
            return
        sign = 1 if offset.after_clause == "after" else -1
        if offset.unit == "D" and offset.amount == int(offset.amount) and \
                BUSINESS_DAYS.search(text, offset.start, offset.end):
            d, left = date_.start, int(offset.amount)
            while left:
                d += timedelta(days=sign)
                left -= d.isoweekday() < 6
        else:
            try:
                d = shift_amount(date_.start, offset.unit, sign * offset.amount)
            except (ValueError, OverflowError):
                return  # "2,500 years before Oct. 12": before the calendar, the story stays
        self.anchor = self.last_day = P.day(d)

    def base(self, m: Mention) -> Period:
        if m.anaphoric and self.anchor is not None:
            return self.anchor
        return P.day(self.ref)

    # ---- one method per mention kind ---------------------------------
    def _ends_span_ahead(self, r: Resolved) -> bool:
        """Does `r` end a span ahead whose start the sentence told today or before: "opens
        today for a 12-day run through Aug. 7. Gates open at 9 a.m." stays on today?"""
        return self.range_end and r.planned and self.last_day is not None and \
            self.last_day_pos >= self.sentence[0] and self.last_day.start <= self.ref

    def _day_told_back(self, unit: str = "D", amount: float = 0) -> date | None:
        """The last day told from which `amount` units on is not past the reference: where a
        past story that has come to today goes back to ("capsized on April 30, 1955 ...
        Today ... found the next morning")."""
        return next((d for d in reversed(self.days_told)
                     if shift_amount(d, unit, amount) <= self.ref), None)

    def _year_gone(self) -> int | None:
        """The last year written, if it is gone by: "since 2004", "in 2002"."""
        return self.years_told[-1] if self.years_told and \
            self.years_told[-1] < self.ref.year else None

    def r_date(self, m, direction):
        d = self._day_of(m, direction)
        if d is None:
            return None
        if m.years_back and (d.month, d.day) != (2, 29):  # a leap day's anniversary moves
            d = d.replace(year=d.year - m.years_back)
        p = P.weekend_of(d) if m.unit == "WE" else P.day(d)  # "the July 4 weekend"
        return Resolved(m.type, fmt_value(p, m.type, m.pod), p)

    def _day_of(self, m, direction) -> date | None:
        if m.month is None and m.anaphoric and self.anchor is not None and \
                self.anchor.gran in (P.DAY, P.MONTH) and self.anchor_pos >= self.sentence[0] - \
                RECENT_DAY:
            # "The fire began on March 3. On the 5th, ...": that month's, or the next one's
            month = date(self.anchor.start.year, self.anchor.start.month, 1)
            for first in (month, P.add_months(month, 1)):
                try:
                    d = first.replace(day=m.day)
                except ValueError:
                    continue
                if d >= self.anchor.start or self.anchor.gran == P.MONTH:
                    return d
            return None
        if m.month is None:  # "Sunday the 1st": the nearby month whose 1st is a Sunday
            cands = []
            for k in range(-13, 14):
                first = P.add_months(date(self.ref.year, self.ref.month, 1), k)
                try:
                    d = first.replace(day=m.day)
                except ValueError:
                    continue
                if m.weekday is None or d.isoweekday() == m.weekday:
                    cands.append(d)
            if not cands:
                return None
            return nearest(cands, self.ref, direction)
        # "by year-end": Dec. 31 of this year
        year = self._rel_year(m.rel) if m.rel and m.rel.startswith("year_") else m.year
        if year is not None:
            return date(year, m.month, m.day)
        cands = []
        fronted = self._fronted_year(direction, m.month)
        for y in (fronted,) if fronted else (self.ref.year - 1, self.ref.year, self.ref.year + 1):
            try:
                cands.append(date(y, m.month, m.day))
            except ValueError:
                continue
        if m.weekday is not None:
            matching = [c for c in cands if c.isoweekday() == m.weekday]
            cands = matching or cands
        if m.rel in ("last", "next"):
            return pick(cands, self.ref, -1 if m.rel == "last" else 1, strict=True)
        return nearest(cands, self.ref, direction)

    def r_month(self, m, direction):
        if m.year is not None:
            p = P.month(m.year, m.month)
            return Resolved("DATE", p.value, p)
        if m.rel and m.rel.startswith("year_"):
            p = P.month(self._rel_year(m.rel), m.month)
            return Resolved("DATE", p.value, p)
        if m.rel == "that" and self.anchor is not None:
            p = P.month(self.anchor.start.year, m.month)  # "in March 1987 ... that May"
            return Resolved("DATE", p.value, p)
        if m.anaphoric:  # "met in February 1961 ... married the following June"
            p = self._from_story(lambda y: P.month(y, m.month), m.rel)
            return Resolved("DATE", p.value, p)
        if m.rel is None and (fronted := self._fronted_year(direction, m.month)):
            p = P.month(fronted, m.month)  # "Last year, the heat did not come until July"
            return Resolved("DATE", p.value, p)
        ref_month = date(self.ref.year, self.ref.month, 1)
        cands = [date(y, m.month, 1) for y in (self.ref.year - 1, self.ref.year,
                                                self.ref.year + 1)]
        if m.rel == "this":
            d = date(self.ref.year, m.month, 1)
        elif m.rel == "last":
            # "last February" said in March is a year back: the month just gone is "last
            # month", as the one to come is "next month"
            d = pick(cands, P.add_months(ref_month, -1), -1, strict=True)
        elif m.rel == "next":
            d = pick(cands, P.add_months(ref_month, 1), 1, strict=True)
        else:
            d = nearest(cands, ref_month, direction)
        p = P.month(d.year, d.month)
        return Resolved("DATE", p.value, p)

    def _from_story(self, of_year: Callable[[int], Period], rel: str) -> Period:
        """The month or season `of_year` gives, after ("following"), before ("previous") or
        nearest ("same") the story's time: "met in February 1961 ... the following June"."""
        base = self.anchor or P.day(self.ref)
        cands = [of_year(y) for y in range(base.start.year - 1, base.end.year + 2)]
        if rel == "following":
            return min((c for c in cands if c.start > base.end), key=lambda c: c.start)
        if rel == "previous":
            return max((c for c in cands if c.start < base.start), key=lambda c: c.start)
        inside = [c for c in cands if base.start <= c.start <= base.end]
        if len(inside) == 1:
            return inside[0]  # "in 1973 ... that fall": the fall of 1973, not the nearer 1972's
        return min(cands, key=lambda c: abs((c.start - base.start).days))

    def _fronted_year(self, direction: int, month: int | None = None) -> int | None:
        """The year a sentence opens with ("In 2016, ...", "Next year, ..."): the year of the
        months and days it names without one, unless a verb looks ahead from a year gone
        ("In 2016, sales rose; the company will report in March"). A season it opens with
        holds its own months ("Last summer, temperatures reached 46 degrees in August")."""
        if self.fronted is not None and self.fronted[1] == self.sentence and not (
                direction in (1, 2) and self.fronted[0] < self.ref.year):
            return self.fronted[0]
        if month is not None and self.fronted_season is not None and \
                self.fronted_season[1] == self.sentence and not (
                    direction in (1, 2) and self.fronted_season[0].end < self.ref):
            season = self.fronted_season[0]
            return next((y for y in (season.start.year, season.end.year)
                         if season.start <= date(y, month, 1) <= season.end), None)
        return None

    def r_year(self, m, direction):
        if m.value is not None:  # "1300 B.C.": a year no calendar date reaches
            return Resolved("DATE", m.value, None, anchors=False)
        p = P.year(m.year)
        return Resolved("DATE", p.value, p)

    def r_half(self, m, direction):
        y = m.year if m.year is not None else self._year_for_part(m, 6, direction)
        p = P.half(y, m.part)
        return Resolved("DATE", p.value, p)

    def _rel_year(self, rel: str) -> int:
        """The year of "this year's", "last year's", "next year's" (`rel` "year_this", ...);
        of "that year" the story's ("in 1939 ... in October of that year"), or, when the
        story is on today, the last year gone written ("today released papers from 1959 ...
        the election it won in October of that year")."""
        if rel == "year_that":
            base = self.anchor.start if self.anchor is not None else self.ref
            return (self._year_gone() or base.year) if base >= self.ref else base.year
        return self.ref.year + {"year_this": 0, "year_last": -1, "year_next": 1}[rel]

    def _year_for_part(self, m, months, direction):
        if m.rel and m.rel.startswith("year_"):
            return self._rel_year(m.rel)
        if self.named_quarter is not None and 0 <= m.start - self.named_quarter_end <= 6 and \
                self.named_quarter_end > self.sentence[0]:
            return self.named_quarter.start.year  # ", the second quarter": an apposition
        if self.anchor is not None and self.anchor.gran == P.YEAR and self.anchor_explicit and \
                self.anchor_pos >= self.sentence[0] and not (
                    direction > 0 and self.anchor.start.year < self.ref.year):
            # "in fiscal 1988, the third quarter"; not "the studio, founded in 1993, will
            # finish a game scheduled for release in the fourth quarter"
            return self.anchor.start.year
        if m.value == "fiscal":
            # fiscal periods are reported once over and their numbers do not follow the
            # calendar: the latest one begun
            starts = [date(y, months * (m.part - 1) + 1, 1)
                      for y in (self.ref.year - 1, self.ref.year, self.ref.year + 1)]
            return max(s for s in starts if s <= self.ref).year
        mids = [date(y, months * (m.part - 1) + 1, 1) + timedelta(days=15 * months)
                for y in (self.ref.year - 1, self.ref.year, self.ref.year + 1)]
        # reports speak of the quarter just ended even in the future tense ("expects to report");
        # one that ended long before is not the one a verb looking ahead means ("expect no
        # change before the third quarter", said in February), nor a half a plan without
        # results is for ("will open a laboratory in the second half"), unless it is the half
        # under way ("expected sales for the first half to rise", said in June)
        under_way = (self.ref.month - 1) // months + 1 == m.part
        if direction < 0 and under_way:
            # results told of a quarter the calendar has not closed ("reported a decline in
            # fourth-quarter earnings", said in November): a fiscal one, of this year
            return self.ref.year
        mid = nearest(mids, self.ref, min(direction, 0))
        current = mid.year == self.ref.year and under_way
        if direction > 0 and ((self.ref - mid).days > 15 * months + JUST_ENDED
                              or months == 6 and not self.reporting and not current):
            mid = nearest(mids, self.ref, direction)
        return mid.year

    def r_quarter(self, m, direction):
        if m.part is not None:
            y = m.year if m.year is not None else self._year_for_part(m, 3, direction)
            p = P.quarter(y, m.part)
            if m.rel == "yearago":
                p = P.move(p, "Y", -1)
            return Resolved("DATE", p.value, p)
        current = P.of(P.QUARTER, self.ref)
        anchor_q = self._anchor_quarter(reported=m.rel in ("latest", "yearago"))
        if (m.rel == "yearago" or m.year is not None) and self._months_totalled():
            y = m.year if m.year is not None else self.ref.year - (m.rel == "yearago")
            p = P.year(y)  # "for the nine months ... the year-earlier period": that year
            return Resolved("DATE", p.value, p, anchors=False)
        if m.year is not None and anchor_q is not None and anchor_q.gran == P.QUARTER:
            p = P.quarter(m.year, int(anchor_q.value[-1]))  # "the 1988 period"
            return Resolved("DATE", p.value, p, anchors=False)
        if m.rel == "this":
            p = current
        elif m.rel == "last":
            p = P.move(current, "Q", -1)
        elif m.rel in ("latest", "same"):
            # "the quarter", its dates told since: the last quarter the story named
            named = self.last_quarter if self.last_quarter is not None and \
                self.last_quarter.end < self.ref and not self._months_totalled() else None
            p = anchor_q or named or P.move(current, "Q", -1)
        elif m.rel == "yearago":
            p = P.move(anchor_q or P.move(current, "Q", -1), "Y", -1)
        else:
            p = current
        if m.year is not None and p.gran == P.QUARTER and p.start.year != m.year:
            p = P.quarter(m.year, int(p.value[-1]))  # "the same period of 1988": its year
        return Resolved("DATE", p.value, p, anchors=m.rel not in ("yearago",))

    def _months_totalled(self) -> bool:
        """Did the story last speak of months added up ("for the nine months"), not a quarter?"""
        return self.months_total_end > self.named_quarter_end

    def _anchor_quarter(self, reported: bool = False) -> Period | None:
        """The quarter (or half) the story is speaking of: the anchor, or the last one named
        when the anchor is a date of the same sentence ("the quarter ended Sept. 30") or its
        last day, told in this one ("profit in the period ended Dec. 31 ... a year earlier").
        `reported`: only one already ended, as "the latest quarter" and year-ago comparisons
        speak of results (not of "a fourth-quarter charge" still to come)."""
        if reported and self._months_totalled():
            return None
        q = None
        if self.anchor is not None and self.anchor.gran in (P.QUARTER, P.HALF):
            q = self.anchor
        elif self.last_quarter is not None and (
                self.anchor is None or
                (self.anchor.start == self.last_quarter.end
                 and self.anchor_pos >= self.sentence[0]) or
                self.last_quarter_sentence[0] <= self.anchor_pos < self.last_quarter_sentence[1]):
            q = self.last_quarter
        if q is not None and reported and q.end >= self.ref and q != self.quarter_told_past:
            return None
        return q

    def r_season(self, m, direction):
        code = m.season
        if m.year is not None or (m.rel or "").startswith("year_"):
            p = P.season(m.year if m.year is not None else self._rel_year(m.rel), code)
            return Resolved("DATE", p.value, p)
        if m.anaphoric:  # "in 1968 ... the following summer": 1969's
            p = self._from_story(lambda y: P.season(y, code), m.rel)
            return Resolved("DATE", p.value, p)
        if m.rel in (None, "weather") and (fronted := self._fronted_year(direction)):
            p = P.season(fronted, code)  # "from 1999, when a dry autumn kept areas closed"
            return Resolved("DATE", p.value, p)
        # a winter is named by the year it begins: said in January, the last one gone began
        # two years back
        cands = [P.season(y, code) for y in range(self.ref.year - 2, self.ref.year + 2)]
        this = P.of(P.SEASON, self.ref, code) if P.season_of(self.ref) == code else None
        if m.rel == "this":
            # "had sent water to farms this spring", said in October: this year's
            p = this or P.season(self.ref.year, code)
        elif m.rel == "last":
            # a season over a month ago: "last summer", said on Sept. 30, is the year before's
            gone = P.add_months(self.ref.replace(day=1), -1)
            p = max((c for c in cands if c.end < gone), key=lambda c: c.start)
        elif m.rel == "next":
            p = min((c for c in cands if c.start > self.ref), key=lambda c: c.start)
            if code == "SU" and P.season_of(self.ref) == "SP":
                # "will return next summer", said in April: the coming one is "this summer"
                p = P.season(p.start.year + 1, code)
        elif this is not None:
            p = this
        elif (direction > 0 and m.rel != "weather") or m.rel == "ahead":
            p = min((c for c in cands if c.start > self.ref), key=lambda c: c.start)
        elif direction == 0 and m.rel != "weather":
            # no tense to go by ("had been scheduled to arrive in the spring"): the nearer one
            p = min(cands, key=lambda c: min(abs((c.start - self.ref).days),
                                             abs((c.end - self.ref).days)))
        else:
            p = max((c for c in cands if c.end < self.ref), key=lambda c: c.start)
            if m.rel != "weather" and direction == -1:
                # "warned that shoppers could see higher prices by summer", said in April:
                # a season about to begin, not the one a year back
                coming = min((c for c in cands if c.start > self.ref), key=lambda c: c.start)
                if (coming.start.year - self.ref.year) * 12 + coming.start.month - \
                        self.ref.month <= SEASON_AT_HAND:
                    p = coming
        if m.years_back:
            p = P.move(p, "Y", -m.years_back)  # "three summers ago": two before last summer
        return Resolved("DATE", p.value, p)

    def r_decade(self, m, direction):
        p = P.decade(m.year)
        return Resolved("DATE", p.value, p)

    def r_century(self, m, direction):
        if m.year is not None:
            p = P.century(m.year // 100)
        else:
            idx = self.ref.year // 100 + {"this": 0, "last": -1, "past": -1, "previous": -1,
                                          "next": 1}[m.rel]
            p = P.century(idx)
        return Resolved("DATE", p.value, p)

    def r_weekday(self, m, direction):
        if m.rel == "that" and (d := self._told_weekday(m.weekday)) is not None:
            p = P.day(d)  # "After that Tuesday", Sept. 11 told before: that day
            return Resolved(m.type, fmt_value(p, m.type, m.pod), p)
        if m.anaphoric:
            base = self.anchor.start if self.anchor is not None and self.anchor.gran == P.DAY \
                else self.ref
            d = weekday_near(base, m.weekday, 0, "last" if m.rel == "previous" else "next")
            p = P.day(d)
            return Resolved(m.type, fmt_value(p, m.type, m.pod), p)
        said = self.said_on
        if direction > 0 and m.rel is None and said is not None and \
                said[1] == self.sentence and said[0].start < self.ref:
            # "officials said Thursday that they expected to contain it by Friday", told on
            # a Monday: the Friday after the saying
            d = weekday_near(said[0].start, m.weekday, 1, "next")
        else:
            d = weekday_near(self.ref, m.weekday, direction, m.rel) + timedelta(days=m.shift)
            if not direction and m.rel is None and not m.shift and \
                    (self.ref - d).days >= WEEKDAY_FAR_BACK:
                d += timedelta(days=7)  # no cue either way: "Tuesday", said on a Sunday, is
                # in two days; one five days back would be "last Tuesday" or a date
            if m.called_off and m.rel is None and not m.shift:
                # a plan given up is news near its day: "had been scheduled to open Saturday",
                # said on a Monday, was for the coming one; said on a Sunday, for yesterday
                past = weekday_near(self.ref, m.weekday, -1, None)
                back = (self.ref - past).days
                d = past if back == 1 else past + timedelta(days=7) \
                    if back >= WEEKDAY_FAR_BACK else d
        p = P.day(d)
        return Resolved(m.type, fmt_value(p, m.type, m.pod), p)

    def _into_next_morning(self, day: Period, at: int, direction: int) -> bool:
        """Has a past story gone on from the afternoon or evening of `day` to a morning `at`
        seconds into a day: "at 3 p.m. Wednesday ... walked out at 6:15 a.m.", "locked in
        the safe by 10 p.m. By morning, it was gone": the next morning."""
        return at < NOON and direction < 0 and not self.perfect and day.start < self.ref and \
            self.day_time is not None and self.day_time[0].start == day.start and \
            NOON <= self.day_time[1] <= DAY  # "reached midnight ... after 12:30 a.m."

    def _told_weekday(self, weekday: int) -> date | None:
        """The last day told that fell on `weekday`: "that Sunday" is the one the story had."""
        return next((d for d in reversed(self.days_told) if d.isoweekday() == weekday), None)

    def _recent_day(self, m: Mention) -> Period | None:
        """The last day the story named, if it was named close enough before `m`."""
        if self.last_day is not None and m.start - self.last_day_pos <= RECENT_DAY:
            return self.last_day
        return None

    def _story_day(self, base: Period, holding: bool = False) -> Period | None:
        """The last day told, when the anchor `base` is a month or longer that holds it not
        (or, `holding`, that may): "first held in 1913 ... follows a week later", "won in
        July 1969 ... the next day" count from the story's day."""
        day = self.last_day
        if day is not None and P.ORDER[base.gran] >= P.ORDER[P.WEEK] and \
                (holding or not base.start <= day.start <= base.end):
            return day
        return None

    def r_deictic(self, m, direction):
        if m.anaphoric and (day := self._recent_day(m)) is not None:
            p = day  # "Polls closed Tuesday. By late afternoon, ...": that Tuesday
            if m.pod and self._into_next_morning(day, POD_STARTS[m.pod], direction):
                p = P.day(day.start + timedelta(days=1))
            elif m.pod == "NI" and direction < 0 and day.start >= self.ref:
                p = P.day(self.ref - timedelta(days=1))  # "arrived this morning ... had
                # worked through the night": a night gone by is last night
            elif direction > 0 and day.start < self.ref - timedelta(days=7) or \
                    direction < 0 and day.start > self.ref:
                p = P.day(self.ref)  # "leap day of 1928 ... He will spend the afternoon in
                # the stand": not a day long gone; "will pay a dividend on Feb. 28 ... Shares
                # rose 3 percent in morning trading": nor one still ahead
        elif m.rel == "through" and self.anchor is not None and self.anchor.gran == P.DAY:
            p = self.anchor  # "negotiators talked throughout the afternoon": the story's day
        elif m.definite and direction <= 0 and m.rel != "spent":
            return None  # "jogs in the morning" with no day told: every morning; "will add
            # trains in the afternoon": today's; "divers spent the morning attaching bags":
            # one, today's
        elif m.rel == "spent" and m.pod == "NI":
            p = P.day(self.ref - timedelta(days=1))  # "hundreds spent the night at airports":
            # last night
        else:
            p = P.day(self.ref + timedelta(days=m.shift))
        return Resolved(m.type, fmt_value(p, m.type, m.pod), p)

    def r_overnight(self, m, direction):
        """The night before the story ("captured the district overnight"), or the coming one;
        in a past story of an earlier day, that day's night ("freezing rain coated the cables
        Tuesday afternoon, and ice kept building overnight")."""
        day = self._recent_day(m)
        if direction <= 0 and day is not None and day.start < self.ref:
            p = day
        else:
            p = P.day(self.ref + timedelta(days=0 if direction > 0 else -1))
        return Resolved("TIME", fmt_value(p, "TIME", m.pod), p)

    def r_ref(self, m, direction):
        period = P.day(self.ref) if m.value == "PRESENT_REF" else None
        return Resolved("DATE", m.value, period, fuzzy=True, anchors=False)

    def r_unit_rel(self, m, direction):
        # "this decade", "the end of the decade", "of the decade": 202, not a year
        gran = P.DECADE if m.unit == "DE" else UNIT_GRAN[m.unit]
        if m.anaphoric:
            base = self.anchor or P.day(self.ref)
            if P.ORDER[base.gran] > P.ORDER[P.YEAR] >= P.ORDER[gran] >= P.ORDER[P.MONTH]:
                base = P.day(self.ref)  # "down to 17 pairs in the mid-1980s ... up from 91
                # the year before": no year is the one before a decade
            if gran == P.YEAR and m.rel == "following" and base.start >= self.ref and \
                    (year := self._year_gone()) is not None:
                base = P.year(year)  # "killed at a festival in 2002 ... his lawyer said today
                # ... tightened the rules the following year": 2003
            if gran == P.DAY and m.rel == "following" and direction < 0 and \
                    base.start >= self.ref and (day := self._day_told_back("D", 1)) is not None:
                base = P.day(day)  # "capsized on April 30, 1955 ... Today, relatives will
                # gather ... The survivors were found the next morning": May 1, 1955
            elif gran == P.DAY and direction < 0 and base.start > self.ref and \
                    self.said_day is not None:
                base = self.said_day  # "will reopen April 26, the minister announced Tuesday.
                # Unions welcomed the decision the same day": the day it was said
            elif gran == P.DAY and direction > 0 and base.end < self.ref and \
                    base.gran != P.DAY and self.day_ahead is not None:
                base = self.day_ahead[0]  # "Britons vote next Thursday ... an agreement struck
                # last May ... elections will be held the same day": the day ahead told
            if gran in (P.DAY, P.WEEK, P.WEEKEND) and P.ORDER[base.gran] > P.ORDER[gran] and (
                    (day := self._recent_day(m)) is not None or (
                        (gran != P.DAY or m.rel not in ("same", "that"))
                        and (day := self._story_day(base)) is not None) or (
                        # "peaked on Tuesday ... this year ... opened the same day": the day
                        # told, which the year holds
                        gran == P.DAY and m.rel in ("same", "that")
                        and (day := self._story_day(base, holding=True)) is not None
                        and base.start <= day.start <= base.end)):
                base = day  # "the vote on March 3 ... two weeks earlier ... the day
                # before": the last day named, not the week just computed; "voted on May 12
                # ... storms in January ... the following week": May's
            elif gran == P.WEEK and m.rel in ("same", "that") and self.last_day is not None \
                    and P.ORDER[base.gran] >= P.ORDER[P.YEAR]:
                base = self.last_day  # "sold Thursday ... a case of 1961 Latour fetched 9,000
                # pounds the same week": a week is in no year, the last day named has one
            elif gran in (P.WEEK, P.MONTH) and P.ORDER[base.gran] > P.ORDER[gran] and \
                    self.last_fine is not None and P.ORDER[self.last_fine.gran] <= P.ORDER[gran]:
                base = self.last_fine  # "more in April than in all of 2018. That month":
                # April; "three weeks ago ... the October-December quarter ... the following
                # week": the week after that one, not a quarter
            if gran == P.DAY and base.gran == P.MONTH and (
                    m.rel == "same" or m.pod and m.rel != "that"):
                # "that same day", "the next morning" after "in October": a day of that
                # month, which one not said
                value = f"{base.value}-XX" + (f"T{m.pod}" if m.pod else "")
                return Resolved(m.type, value, base, fuzzy=True, anchors=False)
            if gran == P.DAY and P.ORDER[base.gran] > P.ORDER[P.WEEK] and (
                    m.rel in ("same", "that") or m.pod):
                return None  # "that day" after "in 1987", "the next morning" after a quarter:
                # a day the story never dated
            step = {"previous": -1, "following": 1, "same": 0, "that": 0}[m.rel]
            if gran == P.QUARTER and self.last_quarter is not None and \
                    self.last_quarter.gran == P.QUARTER:
                base = self.last_quarter  # "that quarter": the last one named
            target_gran = gran if P.ORDER[gran] >= P.ORDER[base.gran] else base.gran
            p = P.of(target_gran, P.shift(base.start, m.unit, step))
            if m.years_back:
                p = P.move(p, "Y", -m.years_back)  # "the same week last year"
        elif m.comparison and (self._anchor_quarter(reported=True) or (
                self.anchor is not None and self.anchor.gran == P.MONTH
                and self.anchor_pos >= self.sentence[0])):  # "October sales, up from ..."
            base = self._anchor_quarter(reported=True) or self.anchor
            p = P.move(base, "Y", -1)  # "up from $4 million last year": that quarter
            return Resolved("DATE", p.value, p, anchors=False)
        elif m.rel == "whole" and (q := self._anchor_quarter(reported=True)) is not None:
            p = P.year(q.start.year)  # "reported a fourth-quarter loss ... For the full year,
            # revenue rose", said in January: the year that quarter closed
        elif m.rel == "whole" and self.anchor is not None and self.anchor_pos >= self.sentence[0] \
                and P.ORDER[self.anchor.gran] <= P.ORDER[P.SEASON]:
            p = P.year(self.anchor.start.year)  # "Last August, it ran 4,100 riders, a third of
            # its business for the year": that August's
        elif m.rel == "whole" and direction < 0 and self.ref.month <= 3:
            p = P.year(self.ref.year - 1)  # "For the full year, profit fell", said in
            # February: the year just closed, not one barely begun
        else:
            step = {"this": 0, "whole": 0, "last": -1, "next": 1,
                    "new": int(self.ref.month >= 7), "before_last": -2, "after_next": 2}[m.rel]
            p = P.of(gran, P.shift(self.ref, m.unit, step))
        return Resolved(m.type, fmt_value(p, m.type, m.pod), p)

    def r_week_of(self, m, direction):
        day = self._day_of(m, direction)
        p = P.weekend(day) if m.unit == "WE" else P.week(day)  # "the weekend of July 24"
        return Resolved("DATE", p.value, p)

    def r_week_of_month(self, m, direction):
        if m.year is not None:
            y = m.year
        else:
            ref_month = date(self.ref.year, self.ref.month, 1)
            years = range(self.ref.year - 1, self.ref.year + 2)
            y = nearest([date(year, m.month, 1) for year in years], ref_month, direction).year
        days = [date(y, m.month, d) for d in range(1, monthrange(y, m.month)[1] + 1)]
        if m.unit == "WD":  # "the second Tuesday in November"
            p = P.day(P.nth_weekday(y, m.month, m.weekday, m.part))
        elif m.unit == "D":  # "the last day of June"
            p = P.day(days[m.part - 1] if m.part > 0 else days[-1])
        elif m.unit == "WE":  # the weekend of the month's n-th (or last) Saturday
            saturdays = [d for d in days if d.isoweekday() == 6]
            p = P.weekend(saturdays[m.part - 1] if m.part > 0 else saturdays[-1])
        else:  # the n-th seven days of the month, as the ISO week of their middle day
            p = P.week(days[7 * (m.part - 1) + 3] if m.part > 0 else days[-4])
        return Resolved("DATE", p.value, p)

    def r_weekend(self, m, direction):
        this = P.weekend(self.ref)
        if direction > 0 or this.start <= self.ref or \
                (this.start - self.ref).days == 1 and (
                    direction == 0 or direction == -1 and m.rel == "ahead"):
            p = this  # said on a Friday, "booked solid for the weekend": the coming one
        else:
            p = P.weekend(self.ref - timedelta(days=7))
        return Resolved("DATE", p.value, p)

    def r_offset(self, m, direction):
        # "a century ago", said in 2018, is 1918 as "a decade ago" is 2008: not the 1900s
        gran = P.YEAR if m.unit == "CE" else UNIT_GRAN[m.unit]
        sign = 1 if m.rel in ("later", "from_now", "from_today") else -1
        if m.amount is None and m.rel in ("later", "earlier"):
            # "a few days later": some days from the story's time, not from today
            return Resolved("DURATION", P.duration_value(None, m.unit), None, fuzzy=True,
                            anchors=False)
        if m.amount is None:
            return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None, fuzzy=True,
                            anchors=False)
        if m.unit in WITHIN_DAY and m.rel in ("later", "earlier") and self.clock is not None \
                and self.clock[0] is self.anchor:
            return self._clock_offset(sign * m.amount * SECONDS[m.unit])
        deictic = m.rel not in ("earlier", "later")
        base = P.day(self.ref) if deictic else self.anchor or P.day(self.ref)
        ahead = base.start >= self.ref or direction < 0 and \
            base.start.year + m.amount > self.ref.year
        if m.rel == "later" and m.unit == "Y" and ahead and \
                (year := self._year_gone()) is not None and year + m.amount <= self.ref.year:
            base = P.year(year)  # "held each year since 2004 ... will play Saturday ...
            # Fifteen years later, we're turning teams away": from the year told; so too "met
            # in 1959 ... and were married two years later", a past not yet come from today
        if m.rel == "later" and m.unit in ("D", "W") and direction < 0 and \
                base.gran == P.DAY and shift_amount(base.start, m.unit, m.amount) > self.ref and \
                (day := self._day_told_back(m.unit, m.amount)):
            base = P.day(day)  # "dismissed on Oct. 14 ... sued Monday ... replaced her three
            # days later", said on a Wednesday: from Oct. 14, a past not yet come from Monday
        if not deictic and m.unit == "Y" and P.ORDER[base.gran] > P.ORDER[P.YEAR] and \
                self.last_fine is not None:
            base = self.last_fine  # "came in January 2000 ... riders arrived in the late
            # 1990s ... moved to the island a year later": January 2001, no decade
        coarse = P.ORDER[base.gran] > P.ORDER[P.YEAR]  # a decade or a century
        if not deictic and (m.unit in ("D", "W") or m.unit == "M" and coarse) and (
                day := self._story_day(base, holding=P.ORDER[base.gran] > P.ORDER[P.MONTH])):
            base = day  # "this year ... A week earlier", "installed in the 1980s, inspected
            # two months earlier": from the last day told
        elif not deictic and (m.unit in WITHIN_DAY and base.gran != P.DAY or
                              m.unit in ("D", "W", "M") and coarse):
            # "four seconds later" after "in 2012", "two weeks earlier" after "since the
            # 1950s": a span, not a date in that year or decade
            return Resolved("DURATION", P.duration_value(m.amount, m.unit), None, anchors=False)
        anchor_q = self._anchor_quarter(reported=True) if m.unit == "Y" else None
        if m.rel in ("ago", "earlier") and anchor_q is not None and m.amount == 1:
            base = anchor_q  # "the third quarter ... from a year ago"
        elif m.unit == "Y" and self._months_totalled():
            base = P.of(P.YEAR, base.start)  # "for the nine months ... a year earlier": 1988
        # comparisons ("up from $4 million a year earlier") do not move the story's reference
        # time; a clause that opens with the offset tells the story on ("A year later, ...")
        narrative = m.start <= self.sentence[0] + 1
        if P.ORDER[base.gran] <= P.ORDER[gran] or base.gran == P.DAY:
            target = gran if base.gran == P.DAY or m.rel in ("ago", "from_now") else base.gran
            if base.gran == P.DAY and m.unit == "W" and m.rel in ("earlier", "later"):
                target = P.DAY  # "closed Friday, up from a week earlier": the Friday before;
                # "nominated on Feb. 13 ... Two weeks later": Feb. 27
        else:
            target = base.gran
        if gran == P.YEAR and (m.unit != "Y" or m.amount >= 2) and \
                base.gran not in (P.QUARTER, P.HALF):
            target = P.YEAR  # "in the summer of 1978 ... Twenty-five years later": 2003
        if base.gran in (P.QUARTER, P.HALF) and P.ORDER[gran] >= P.ORDER[base.gran] or \
                m.unit == "DE" and base.gran == P.DECADE and not deictic:
            target = base.gran  # "began in the 1960s and spread a decade later": the 1970s
        d = shift_amount(base.start, m.unit, sign * m.amount)
        p = P.of(DEICTIC_GRAN.get(m.rel, target), d)
        return Resolved("DATE", p.value, p, anchors=narrative or m.unit not in ("Y", "Q"))

    def r_duration(self, m, direction):
        value = m.value or P.duration_value(m.amount, m.unit)  # m.value: "PT1H45M"
        return Resolved("DURATION", value, None, fuzzy=m.amount is None, anchors=False)

    def r_set(self, m, direction):
        return Resolved("SET", m.value, None, anchors=False)

    def r_time(self, m, direction):
        # no day written: the story's, if any
        untold = m.shift == 0 and m.rel != "today" and m.weekday is None and m.month is None
        if m.month is not None and m.day is not None:
            d = self._day_of(m, direction)  # as a date's: "Friday night, Jan. 3" is in the
            # year whose Jan. 3 is a Friday
        elif m.weekday is not None:
            d = (self._told_weekday(m.weekday) if m.anaphoric else None) or \
                weekday_near(self.ref, m.weekday, direction, None)  # "10 p.m. that Friday"
        elif untold and direction <= 0 and m.clock and (night := self._night_of(m.clock)):
            d = night.start  # "A fire early Sunday destroyed the barn ... sale scheduled
            # for today. Firefighters were called about 2:15 a.m.": Sunday's; "won Friday
            # night ... arrived Saturday ... The game ended at 10:40 p.m.": Friday's
        elif untold and direction >= 0 and self._back_to_today():
            d = self.ref  # "opens today ... through Sunday. ... Gates open at 9 a.m.": the
            # story's day, told in its lead, not a day ahead told since in passing
        elif untold and self.event_clause and direction >= 0 and self.lead_day is not None:
            d = self.lead_day.start  # "will vote Tuesday ... would take effect April 1 ...
            # The meeting begins at 7 p.m.": the day of the event the story is about
        elif untold and direction in (1, 2) and self.anchor is not None and \
                self.anchor.start < self.ref and self.day_ahead is not None and (
                    m.start - self.day_ahead[1] <= 2 * RECENT_DAY
                    or self.day_ahead[0] == self.lead_day
                    or self.last_day == self.day_ahead[0]
                    and (self.day_ahead[0].start - self.ref).days <= 7):
            d = self.day_ahead[0].start  # "will carry it at 8 p.m.", "launch is set for 3:12
            # p.m.": on the day set, ahead; told far back, if it is the lead's or no day came
            # since and it is this week's
        elif untold and direction < 0 and self.anchor == P.day(self.ref) and self.anchor_ahead \
                and m.clock and _seconds(m.clock) >= NOON and \
                self.ref - timedelta(days=1) in self.days_told[-3:]:
            d = self.ref - timedelta(days=1)  # "dangled above the park Tuesday night, and
            # the ride would stay shut today. The wheel stopped at 8:40 p.m.": last evening,
            # not one still ahead
        elif untold and self.anchor_perfect and not self.told_before and \
                self.plain_day is not None and self.anchor.gran == P.DAY and direction < 0 and \
                self.anchor_pos < self.sentence[0]:
            d = self.plain_day.start  # "Buses rolled in early today ... had spent four days
            # ... after Katrina struck on Monday. Volunteers began serving breakfast at 5 a.m.";
            # not "had started early Saturday and were descending when he fell at 7:10 p.m."
        elif untold and self.anchor is not None and self.anchor.gran == P.DAY and not (
                direction < 0 and self.anchor.start > self.ref) and not (
                direction in (1, 2) and self.anchor.start < self.ref):
            # "at 10 p.m." on the day the story is telling; not a day ahead when a past verb
            # governs the time ("is scheduled to run through Friday. The rally began at 10
            # a.m.")
            d = self.anchor.start
            if m.clock and self._into_next_morning(self.anchor, _clock_at(m), direction):
                d += timedelta(days=1)
        elif untold and direction < 0 and self.anchor is not None and \
                self.anchor.gran == P.DAY and self.anchor.start > self.ref and \
                (told := self._day_told_back()):
            d = told  # "rallied Sunday afternoon, as lawmakers prepared to open a session
            # Tuesday. The march began at 1 p.m.": the last day gone by the story told
        elif untold and (day := self._recent_day(m)) is not None and \
                (day.start > self.ref) == (direction > 0):
            # "acquitted Wednesday of charges from a 2009 arrest ... shortly before noon": the
            # story's last day, if the clause looks the same way ("will stay open until 9
            # p.m." after "yesterday" is today's)
            d = day.start
            if m.clock and self._into_next_morning(day, _clock_at(m), direction):
                d += timedelta(days=1)  # "did not end until late Saturday night. ... lifted
                # a ban on travel at 7 a.m.", with a month told between
        elif untold and direction < 0 and self.last_day is not None and \
                0 < (self.ref - self.last_day.start).days <= 7 and self.ref not in self.days_told:
            d = self.last_day.start  # "won the title Friday ... finished second last year ...
            # The final round began at 7 p.m.": the story's day of this week, told far back,
            # when it never spoke of today
        else:
            d = self.ref + timedelta(days=m.shift)
        seconds = _seconds(m.clock) if m.clock else None
        if seconds is not None and m.rel == "until" and untold and self.clock is not None and \
                self.clock[0].start == d and seconds <= self.clock[1]:
            d += timedelta(days=1)  # "a curfew from 6 p.m. to 6 a.m.": the next morning
        p = P.day(d)
        before = self.clock
        if seconds is not None:
            self.clock = (p, seconds)  # the anchor itself: "Four minutes later" checks that
        if untold and m.clock == "24:00":
            # "fireworks at midnight": written as the instant the next day begins; only
            # "midnight Friday" names the end of a day. The story stays on its day. Told of
            # today in the past ("birders began racing at midnight"), it is the midnight
            # that opened today, unless the story has reached today's evening ("came in at
            # 7:15 p.m. and left after midnight"): the one ending today has not come yet.
            begun = d == self.ref and direction < 0 and not (
                before is not None and before[0] == p and before[1] >= NOON)
            return Resolved("TIME", fmt_value(P.day(d + timedelta(days=0 if begun else 1)),
                                              "TIME", clock="00:00"), p)
        return Resolved("TIME", fmt_value(p, "TIME", pod=m.pod, clock=m.clock), p)

    def _back_to_today(self) -> bool:
        """Does a clock time with no day go back to the story's day, told in its lead, past
        the last day named ahead after the lead, told two sentences back or ending a span
        before? Not when the lead told both ("opens tonight, and the main auction will be
        held Saturday afternoon")."""
        told, ended = self.ahead_told
        return self.today_lead and self.day_ahead is not None and told > 0 and \
            self.sentence_no - told >= (1 if ended else 2)

    def _night_of(self, clock: str) -> Period | None:
        """The day told by its small hours or its evening whose night a bare clock time of
        those hours in a past clause is in; for an evening, unless the clock's own sentence
        named a day since ("Last Christmas, she sat down to dinner at 10 p.m.")."""
        at = _seconds(clock)
        told = self.early_day if at < SMALL_HOURS_END else \
            self.night_day if at >= NIGHT_HOURS else None
        if told is None or told[0].start > self.ref or told is self.night_day and \
                self.sentence[0] <= self.day_pos != told[1]:
            return None
        return told[0]

    def _clock_offset(self, seconds: float) -> Resolved:
        """A clock time told as an offset from the last one ("ten minutes later")."""
        day, at = self.clock
        t = datetime.combine(day.start, time()) + timedelta(seconds=at + seconds)
        p = P.day(t.date())
        clock = t.strftime("%H:%M:%S" if t.second else "%H:%M")
        r = Resolved("TIME", fmt_value(p, "TIME", clock=clock), p)
        self.clock = (p, t.hour * 3600 + t.minute * 60 + t.second)
        return r

    def r_name(self, m, direction):
        """A name with a date word in it ("Super Tuesday"): no date of its own."""
        return None

    def r_holiday(self, m, direction):
        if m.year is None and m.rel is None and (fronted := self._fronted_year(direction)):
            years = [fronted]  # "Last year, the orchestra played on Christmas Eve"
        elif m.rel and m.rel.startswith("year_"):
            years = [self._rel_year(m.rel)]  # "on Valentine's Day last year"
        else:
            reach = 4 if m.value == "02-29" else 1  # leap day comes every fourth year
            years = [m.year] if m.year is not None else list(range(self.ref.year - reach,
                                                                   self.ref.year + reach + 1))
        cands = [d for y in years for d in P.holidays(m.value, y)]
        if len(cands) == 1:
            d = cands[0]
        elif m.rel == "last":
            d = pick(cands, self.ref, -1, strict=True)
        elif m.rel == "next":
            d = pick(cands, self.ref, 1, strict=True)
        else:
            d = nearest(cands, self.ref, direction)
        # "as Easter week began": its week; "Labor Day weekend"
        p = P.week(d) if m.unit == "W" else P.weekend_of(d) if m.unit == "WE" else P.day(d)
        return Resolved(m.type, fmt_value(p, m.type, m.pod), p)
