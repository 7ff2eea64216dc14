"""Temporal expression engine: pure Python, no Pelican, no Plotly.

    extract(text, reference) -> list[Timex]

Rules find expressions with their TimeML extent and an underspecified
value (`scanner`, `rules`); a second pass resolves them against the
publication date or the previous mention (`resolve`), places durations tied
to the present on the calendar, and adds events the text dates only
through an offset (`anchored`).
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import replace
from datetime import date, timedelta

from . import periods as P
from .anchored import derive
from .context import REPORTED, direction, prev_word_match, sentence_cues
from .lexicon import Lexicon, function_words, load
from .mention import Mention
from .model import TYPES, Derived, Timex
from .resolve import Resolver, shift_amount
from .scanner import scan
from .sentences import containing, split

ENGINE_VERSION = "1.4.57"
FEW = 3  # "a few" units, to place vague durations on a chart

__all__ = ["ENGINE_VERSION", "TYPES", "Derived", "Timex", "extract"]

PERFECT_FOR = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+){0,4}?(?:for|over|in)\s+(?:the\s+)?$",
                         re.I)
AFTER_OF = re.compile(r"\b(?:after|following|ending|end\s+of)\s+$", re.I)
DAY_NEXT_TO = re.compile(r"\b(?:the\s+)?day\s+(before|after)\s+$", re.I)
WEEKDAY_BY = re.compile(r"\s+(before|after)\s+(?:the\s+)?", re.I)
RANGE_FROM = re.compile(r"\b(?:from|between)\s+$", re.I)
# "from Monday to Friday", "on Wednesday and Thursday", "Saturday or on Sunday"
RANGE_TO = re.compile(r"\s*(?:to|until|till|through|and|or|-|–)\s*(?:on\s+)?$", re.I)
# "opens Thursday and runs through Sunday", "opens Wednesday on the waterfront and runs
# through Sunday": a run told by its first day and its last
RUNS_THROUGH = re.compile(r"\s+(?:[\w'-]+\s+){0,5}?and\s+(?:runs?|continues?|lasts?)\s+"
                          r"(?:through|until|till|to)\s+$", re.I)
# "expects to report fourth-quarter results": a period reported on, maybe one just ended
REPORTING = re.compile(r"\b(?:results|earnings|report|reports|reported|reporting|post|posts|"
                       r"figures)\b", re.I)
# "opens today for a run through Aug. 7": the end of a span, told after its start
RANGE_END = re.compile(r"\b(?:through|thru|until|till)\s+$", re.I)
# a past perfect before a date: "had spent four days at the Superdome after Katrina struck
# on Monday"; not "We had families out here at 7 a.m."
HAD_DONE = re.compile(r"\bhad\s+(?:(?:not|never|already|just|long|been)\s+)*([a-z]+)\b[^,;]*\s+$")
# the past perfect of the clause before a time, not a deadline ("had been plowed by 6 a.m.")
HAD_BEFORE = re.compile(r"\bhad\b[^,;]*(?<!\bby)\s+$")
# a sentence about an event: "The meeting begins at 7 p.m.", "The opening will begin with"
_EVENTS = "|".join(sorted(function_words("en")["scheduled_events"], key=len, reverse=True))
EVENT_SUBJECT = re.compile(rf"\s*(?:The|Its|Their)\s+(?:[\w-]+\s+){{0,2}}?(?:{_EVENTS})s?\b")
ENDED = re.compile(r"\s+(?:that\s+)?(?:ended|ending|ends)\s+(?:on\s+)?", re.I)
YEAR_WRITTEN = re.compile(r"\d{4}|'\d\d")
NEXT_CLAUSE = re.compile(r",[\"”’']?\s+(?:and|but|which|when|while)\b|;")
SEQUENCE_WORDS = re.compile(r"\b(?:after|before|since|following|then)\b", re.I)
PAIRED = re.compile(r"\s*(?:,\s*)?(?:and|or)\s+", re.I)  # "in December and January"
YEAR_TOLD = re.compile(rf"{YEAR_WRITTEN.pattern}|\b(?:last|this|next|that)\s+year\b", re.I)
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
RELATIVE_OPEN = re.compile(r",\s+(?:which|who)\b[^,]*$")  # ", which started in 1985"
MONTHS_IN = {P.QUARTER: 3, P.HALF: 6, P.YEAR: 12}
MONTHS_LONG = re.compile(r"P(\d+)([MY])")  # "the six months ended Aug. 12"
# a level read on a day: "stocks on May 1", "subscribers as of June 30", "sales through
# Sept. 27"; not the day a period "ended on"
LEVEL_ON = re.compile(r"(?<!ended\s)(?<!ending\s)(?<!ends\s)\b(?:on|as\s+of|through)\s+$", re.I)
YEAR_BACK = re.compile(r"(?:a|one)\s+year\s+(?:earlier|ago|before)", re.I)
PART_OF_YEAR = re.compile(r"\d{4}-[QH]\d")
Dated = dict[tuple[int, int], P.Period]  # the calendar stretch of each dated expression
# "two decades of war have cost": the subject of a present perfect
OF_PERFECT = re.compile(r"\s+of\s+[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:have|has)\s+(?!to\b)", re.I)


def _tied_to_present(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Does the clause tie this duration to the present ("has fought for two decades")?"""
    before = text[max(sentence[0], start - 80):start]
    after = text[end:end + 4]
    if PERFECT_FOR.search(before) or OF_PERFECT.match(text[end:min(sentence[1], end + 60)]):
        return True
    return bool(AFTER_OF.search(before) and after.startswith(" of"))


def _order_ranges(text: str, found: list[Timex], dated: Dated, reference: date,
                  lex: Lexicon, cue_cache: dict, borrowed: set[int]) -> None:
    """Refiner: the end of "from Sept. 6 to Dec. 17" is not before its start; a date without
    its year that would be moves on a year, or the start back one when the end is gone by in
    a past clause ("shipped turkey from January through October", said in December). The
    end of "from Thursday until early Sunday" is the first Sunday after that Thursday, as is
    the second of "on Thursday and Sunday"; the start of "from late Saturday until Memorial
    Day" the last Saturday before the holiday."""
    for i in range(1, len(found)):
        a, b = found[i - 1], found[i]
        pa, pb = dated.get(a.span), dated.get(b.span)
        if pa is None or pb is None or pb.gran not in (P.DAY, P.MONTH) or (
                a.span[0] in borrowed and b.type == "TIME"):
            continue  # "from 3 p.m. to 8 p.m. today": the first takes the second's day below
        before = pb.end < pa.start
        gap = (pb.start - pa.end).days
        two_weekdays = pb.gran == pa.gran == P.DAY and (before or gap > 7) and all(
            _names_weekday(t.text, lex.weekdays) for t in (a, b))
        weeks_back = (gap - 1) // 7 if two_weekdays and gap > 7 else 0
        runs = RUNS_THROUGH.fullmatch(text, a.span[1], b.span[0]) is not None
        if runs and not before:
            continue  # "opened last Thursday and runs through Sunday": a run may be longer
            # than a week
        if not (before or weeks_back) or not (runs or RANGE_TO.match(text, a.span[1], b.span[0])):
            continue
        # a pair of weekdays ahead keeps its order without "from" ("will close Wednesday
        # through Friday"); one told in the past may not ("made Friday and Thursday")
        paired = before and two_weekdays and pa.start > reference and \
            (pa.start - pb.end).days < 7
        if not (paired or runs or
                RANGE_FROM.search(text, max(a.sentence[0], a.span[0] - 9), a.span[0])):
            continue
        if before and pa.gran == pb.gran == P.DAY and (pa.start - pb.end).days < 7 and \
                _names_weekday(a.text, lex.weekdays) and not _names_weekday(b.text, lex.weekdays):
            # "from late Saturday until Memorial Day": the Saturday before the holiday
            _redate(found, dated, i - 1, P.day(pa.start - timedelta(days=7)), reference)
            continue
        if YEAR_WRITTEN.search(b.text):
            continue  # the year is written: the text means it
        # "from 6 p.m. Saturday to noon Sunday": the next Sunday, not one a year on
        try:
            moved = P.day(pb.start - timedelta(days=7 * weeks_back)) if weeks_back else \
                P.day(pb.start + timedelta(days=7)) if pb.gran == P.DAY and \
                (pa.start - pb.end).days < 7 else None
            if moved is None and pb.end < reference < pa.start and \
                    not YEAR_WRITTEN.search(a.text) and \
                    _past_verb_governs(text, a.sentence, a.span[0], lex, cue_cache):
                _redate(found, dated, i - 1, _year_moved(a, pa, -1, lex.holidays), reference)
                continue
            moved = moved or _year_moved(b, pb, 1, lex.holidays)
        except OverflowError:
            continue  # the end would lie past year 9999: keep it as written
        _redate(found, dated, i, moved, reference)


VERB_CHAIN = re.compile(r"\b(?:to|be|being|been|have|has)\b", re.I)
PERFECT_OR_PASSIVE = re.compile(r"\b(?:have|has|is|are|be|being)\b[^,;]{0,20}$", re.I)


def _past_verb_governs(text: str, sentence: tuple[int, int], at: int, lex: Lexicon,
                       cue_cache: dict) -> bool:
    """Is the verb nearest before `at` a plain past tense, with no infinitive or auxiliary
    between ("shipped turkey from January", not "ordered the spill to run from April",
    "is being pushed back, from April" or "have weddings booked between May")?"""
    cues = [c for c in sentence_cues(text, sentence, lex, cue_cache) if c[1] <= at]
    return bool(cues) and cues[-1][2:] == (-1, 1) and \
        not VERB_CHAIN.search(text, cues[-1][1], at) and \
        not PERFECT_OR_PASSIVE.search(text, max(sentence[0], cues[-1][0] - 24), cues[-1][0])


def _paired_months(text: str, found: list[Timex], dated: Dated, reference: date,
                   lex: Lexicon, cue_cache: dict) -> None:
    """Refiner: two months told together without "from" or "between" ("in December and
    January", "a rain-soaked August and September"), one ahead and the other gone by and
    before it, follow each other: both gone by when the first one's clause is past ("blamed
    thin snow cover in December and January", said in October), else the pair nearer the
    reference ("promoted no major cards in July or August", said on Sept. 1)."""
    for i in range(1, len(found)):
        a, b = found[i - 1], found[i]
        pa, pb = dated.get(a.span), dated.get(b.span)
        if pa is None or pb is None or pa.gran != P.MONTH or pb.gran != P.MONTH or \
                not pb.end < reference < pa.start or a.sentence != b.sentence or \
                YEAR_WRITTEN.search(a.text + b.text) or b.text.lower() not in lex.months or \
                not PAIRED.fullmatch(text, a.span[1], b.span[0]) or \
                RANGE_FROM.search(text, max(a.sentence[0], a.span[0] - 9), a.span[0]):
            continue
        back, ahead = (P.move(pa, "Y", -1), pb), (pa, P.move(pb, "Y", 1))
        # the clause's cues were read for the mention already: the cache holds them
        new_a, new_b = back if direction(text, a.sentence, a.span, lex, cue_cache) < 0 else \
            min(back, ahead, key=lambda r: _distance(r, reference))
        for j, old, new in ((i - 1, pa, new_a), (i, pb, new_b)):
            if new != old:
                _redate(found, dated, j, new, reference)


def _weekdays_in_order(text: str, found: list[Timex], dated: Dated, reference: date,
                       lex: Lexicon, cue_cache: dict) -> None:
    """Refiner: a weekday that would be the day of telling, told in a clause after one ahead,
    follows it. "Play begins Saturday, and the finals will be played on Sunday", said on a
    Sunday, ends a week on, as "agents arrive Monday, and the trade days run until Friday",
    said on a Friday; another day between stays ("will meet Monday morning, and the union
    plans a march on Saturday", said on a Thursday, is two days on). Not the day of saying
    ("scheduled to start Monday, the company said Friday"), one set before or after the
    other ("hearings begin Tuesday, after City Hall closes Monday"), parallel ends of spans
    ("canceled through Sunday, and schools closed through Friday") nor days' events
    ("Saturday's matinee is sold out, and Thursday's curtain is at 7:30 p.m.")."""
    for i in range(1, len(found)):
        b = found[i]
        pb = dated.get(b.span)
        if pb is None or pb.gran != P.DAY or pb.start != reference or \
                not _names_weekday(b.text, lex.weekdays) or (
                    (said := prev_word_match(text[b.sentence[0]:b.span[0]])) is not None
                    and said.group(1).lower() in REPORTED):
            continue
        for a in reversed(found[:i]):
            pa = dated.get(a.span)
            if a.sentence != b.sentence or pa is None or pa.gran != P.DAY:
                break
            if not _names_weekday(a.text, lex.weekdays) or pa.start <= reference:
                continue
            if pb.start < pa.start and NEXT_CLAUSE.search(text, a.span[1], b.span[0]) and \
                    not SEQUENCE_WORDS.search(text, a.span[1], b.span[0]) and \
                    not RANGE_END.search(text, max(a.sentence[0], a.span[0] - 9), a.span[0]) and \
                    not any(text.startswith(("'s", "’s"), t.span[1]) for t in (a, b)) and \
                    direction(text, b.sentence, b.span, lex, cue_cache) >= 0:
                _redate(found, dated, i, P.day(pb.start + timedelta(days=7)), reference)
            break


def _range_years(text: str, found: list[Timex], dated: Dated, reference: date,
                 weekdays: dict[str, int], holidays: dict[str, str]) -> None:
    """Refiner: a range of dates or months whose years are not written lies within a year,
    the one under way if it can: "will travel from Nov. 27 to Dec. 1", said on Nov. 29, is
    this week's trip; "tickets issued between September and December", said in January, the
    months just gone, and "moved from April to November", said in March, the months ahead:
    not spans of fifteen months. A start without its year takes the one written at the end."""
    for i in range(1, len(found)):
        a, b = found[i - 1], found[i]
        pa, pb = dated.get(a.span), dated.get(b.span)
        if pa is None or pb is None or {pa.gran, pb.gran} - {P.DAY, P.MONTH} or \
                a.type != "DATE" or not RANGE_TO.fullmatch(text, a.span[1], b.span[0]) or \
                not RANGE_FROM.search(text, max(a.sentence[0], a.span[0] - 9), a.span[0]):
            continue
        try:
            if YEAR_WRITTEN.search(b.text) and not YEAR_WRITTEN.search(a.text):
                # "from Aug. 9 to Aug. 12, 2006": the start in the year written at the end, or
                # the year before if its month comes later ("from Dec. 28 to Jan. 3, 2007")
                year = pb.start.year - ((pa.start.month, pa.start.day) >
                                        (pb.start.month, pb.start.day))
                new_a, new_b = _year_moved(a, pa, year - pa.start.year, holidays), pb
            elif any(YEAR_WRITTEN.search(t.text) or _names_weekday(t.text, weekdays) or
                     t.type != "DATE" for t in (a, b)) or \
                    _year_in_clause(text, a.sentence[0], a.span[0]):
                continue  # "the 2020 Olympics, held from July 24 to Aug. 9", "Last year, ...
                # between April and June": that year's
            elif pa.start <= reference <= pb.end:
                if (pb.end - pa.start).days <= 366:
                    continue
                # the end a year sooner or the start a year later, whichever lies nearer
                new_a, new_b = min(((pa, _year_moved(b, pb, -1, holidays)),
                                    (_year_moved(a, pa, 1, holidays), pb)),
                                   key=lambda r: _distance(r, reference))
            elif pb.end < pa.start:
                # "from Nov. 27 to Dec. 1", ahead, said on Nov. 29: the start a year sooner,
                # if that puts the reference inside; else the ordering refiner's
                new_a, new_b = _year_moved(a, pa, -1, holidays), pb
                if not new_a.start <= reference <= new_b.end:
                    continue
            else:
                n = -1 if pa.start > reference else 1
                new_a, new_b = _year_moved(a, pa, n, holidays), _year_moved(b, pb, n, holidays)
                if not new_a.start <= reference <= new_b.end:
                    continue
        except (ValueError, OverflowError):
            continue  # Feb. 29 or the calendar's edge: keep the range as found
        if new_b.start < new_a.start:
            continue
        for j, old, new in ((i - 1, pa, new_a), (i, pb, new_b)):
            if new != old:
                _redate(found, dated, j, new, reference)


def _redate(found: list[Timex], dated: Dated, j: int, new: P.Period, reference: date) -> None:
    """Put expression `j` on the stretch `new`, keeping what its value adds to its old stretch
    (a clock time, a part of the day)."""
    t = found[j]
    old = dated[t.span]
    dated[t.span] = new
    found[j] = replace(t, value=new.value + t.value[len(old.value):], start=new.start,
                       end=new.end, planned=new.start > reference)


def _year_moved(t: Timex, p: P.Period, n: int, holidays: dict[str, str]) -> P.Period:
    """`p` moved by `n` years; a holiday is dated again in its new year (Memorial Day 2025
    is May 26, not May 27 as in 2024)."""
    code = holidays.get(t.text.lower().removeprefix("the "))
    days: list[date] = []
    if code is not None and p.gran == P.DAY:
        # past year 9999, or a year the holiday table does not reach: moved as a date is
        with suppress(ValueError):
            days = P.holidays(code, p.start.year + n)
    return P.day(days[0]) if len(days) == 1 else P.move(p, "Y", n)


def _year_in_clause(text: str, start: int, end: int) -> bool:
    """Is a year told in text[start:end] outside a relative clause closed before `end`
    ("The camp, which started in 1985, runs from June 10": not the camp's year)?"""
    for told in YEAR_TOLD.finditer(text, start, end):
        if not (RELATIVE_OPEN.search(text, start, told.start())
                and "," in text[told.end():end]):
            return True
    return False


def _distance(stretch: tuple[P.Period, P.Period], reference: date) -> int:
    """Days from `reference` to the stretch from the first period to the second."""
    return max((stretch[0].start - reference).days, (reference - stretch[1].end).days, 0)


def _names_weekday(text: str, weekdays: dict[str, int]) -> bool:
    return any(w in weekdays for w in re.findall(r"[a-z]+", text.lower()))


def _ended_periods(text: str, found: list[Timex], dated: Dated) -> None:
    """Refiner: "the fiscal first quarter ended Sept. 30" covers the three months up to
    Sept. 30, whatever number the company gives it, and so do its other mentions; the
    closing day of "the year-ago quarter ended Oct. 31" is in that quarter's year."""
    # the months a quarter or half ("-Q1") now covers, with its year: the company's first
    # quarter is the same months every year (a fiscal year's months stay its own)
    moved: dict[str, tuple[int, date, date]] = {}
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        pa, pb = dated.get(a.span), dated.get(b.span)
        if pb is None or pb.gran != P.DAY or not ENDED.fullmatch(text, a.span[1], b.span[0]):
            continue
        if pa is not None and pa.gran in MONTHS_IN:
            months = MONTHS_IN[pa.gran]
        elif a.type == "DURATION" and (d := MONTHS_LONG.fullmatch(a.value)):
            months = int(d.group(1)) * (12 if d.group(2) == "Y" else 1)
        else:
            continue
        try:
            if pa is not None and abs((pb.end - pa.end).days) > 366:
                if re.search(r"\d{4}|'\d\d", b.text):
                    continue  # the year is written: the text means it
                pb = P.move(pb, "Y", -1 if pb.end > pa.end else 1)
                if abs((pb.end - pa.end).days) > 366:
                    continue
                found[i + 1] = replace(b, value=pb.value, start=pb.start, end=pb.end,
                                       planned=False)
                dated[b.span] = pb
            start = P.add_months(pb.end + timedelta(days=1), -months)
        except OverflowError:
            continue  # the quarter would begin before year 1: leave both as found
        found[i] = replace(a, start=start, end=pb.end)
        if a.type == "DATE" and PART_OF_YEAR.fullmatch(a.value):
            moved[a.value[4:]] = (int(a.value[:4]), start, pb.end)
        if a.type == "DURATION" and months in (3, 6):
            _year_back_part(found, i + 2, P.of(P.QUARTER if months == 3 else P.HALF, start))
    for i, t in enumerate(found):
        if t.type == "DATE" and PART_OF_YEAR.fullmatch(t.value) and (
                same := moved.get(t.value[4:])):
            year, start, end = same
            n = 12 * (int(t.value[:4]) - year)  # "a year earlier": the same months, a year back
            try:
                found[i] = replace(t, start=P.add_months(start, n),
                                   end=P.add_months(end + timedelta(days=1), n) - timedelta(days=1))
            except OverflowError:
                continue  # beyond the calendar: the quarter keeps its calendar months


def _level_a_year_back(text: str, found: list[Timex], dated: Dated, reference: date,
                       weekdays: dict[str, int]) -> None:
    """Refiner: a level on a day ("turkey in storage on Oct. 31, up 9 percent from a year
    earlier", "as of June 30, up from 240,000 a year before") is compared with that day a
    year back, not with the year; the day closing a period ("the quarter ended Dec. 31")
    leaves the comparison to the period."""
    for i in range(1, len(found)):
        a, b = found[i - 1], found[i]
        pa = dated.get(a.span)
        if pa is None or pa.gran != P.DAY or a.type != "DATE" or b.type != "DATE" or \
                a.sentence != b.sentence or b.span not in dated or \
                not YEAR_BACK.fullmatch(b.text) or b.text.lower().endswith("ago") or \
                b.value != str(pa.start.year - 1) or _names_weekday(a.text, weekdays) or \
                not LEVEL_ON.search(text, max(a.sentence[0], a.span[0] - 24), a.span[0]):
            continue
        try:
            back = P.move(pa, "Y", -1)
        except (OverflowError, ValueError):
            continue  # before year 1, or Feb. 29 of no leap year: the year stays
        _redate(found, dated, i, back, reference)  # "a year ago" counts from today, not this


def _year_back_part(found: list[Timex], j: int, part: P.Period) -> None:
    """"the three months ended Dec. 31 ... a year earlier": that quarter a year back, when
    the months are a calendar quarter (or half) and the comparison follows them."""
    if part.end != found[j - 1].end or j >= len(found):
        return
    t = found[j]
    if t.sentence[0] > found[j - 1].sentence[1] + 2 or t.type != "DATE" or \
            t.value != str(part.start.year - 1) or not YEAR_BACK.fullmatch(t.text):
        return
    back = P.move(part, "Y", -1)
    found[j] = replace(t, value=back.value, start=back.start, end=back.end)


def _clock_on_day(text: str, found: list[Timex], dated: Dated, borrowed: set[int]) -> None:
    """Refiner: a clock time whose day was borrowed takes the day written next to it.

    "at 5 a.m. on Black Friday": that day, the two kept apart; so are the ends of "from 4
    p.m. to 8 p.m. Sunday", and "from 11 p.m. until 6 a.m. Wednesday" starts the day before.
    "10:31 AM EDT, Tue July 6, 2021" and "Aug. 15, 2018, 6:00 a.m." (web datelines): one
    TIME, as TimeBank writes "5 p.m. EST, Nov. 6".
    """
    i = 0
    while i < len(found) - 1:
        a, b = found[i], found[i + 1]
        if a.sentence != b.sentence:  # "at 3 p.m. Two hours later, ...": another sentence
            i += 1
            continue
        gap = text[a.span[1]:b.span[0]]
        day_after = a.span[0] in borrowed and _day(dated, b, parts=True) is not None
        # a dated day then its clock time is a dateline ("Aug. 15, 2018, 6:00 a.m."); in
        # prose ("early Saturday, around 3 a.m.") the two stay apart
        day_before = b.span[0] in borrowed and _day(dated, a) is not None and \
            re.search(r"\d{4}", a.text) is not None
        # "from 4 p.m. to 8 p.m. Sunday": the first clock time shares the second's day
        shared = a.span[0] in borrowed and b.type == "TIME" and b.span[0] not in borrowed \
            and RANGE_TO.fullmatch(gap) is not None and dated.get(b.span) is not None
        if shared or (day_after and re.fullmatch(r"\s+on\s+", gap)):
            pb = dated[b.span]
            clocks = a.value.partition("T")[2], b.value.partition("T")[2]
            if shared and all(c[:1].isdigit() for c in clocks) and clocks[0] > clocks[1]:
                pb = P.day(pb.start - timedelta(days=1))  # "from 11 p.m. until 6 a.m.
                # Wednesday": the night before
            found[i] = replace(a, value=f"{pb.value}T{_clock_of(a, shared)}",
                               start=pb.start, end=pb.end, planned=b.planned)
            dated[a.span] = pb
            borrowed.discard(a.span[0])  # its day is written now
        elif (day_after or day_before) and re.fullmatch(r",?[ \t]+", gap):
            clock, day = (a, b) if day_after else (b, a)
            p = _day(dated, day, parts=True)
            span = (a.span[0], b.span[1])
            found[i] = replace(clock, text=text[span[0]:span[1]], span=span,
                               value=f"{p.value}T{_clock_of(clock)}",
                               start=p.start, end=p.end, planned=day.planned)
            del found[i + 1]
            borrowed.discard(clock.span[0])
        i += 1


def _clock_of(t: Timex, starts: bool = False) -> str:
    """The clock of a time put on a day written next to it: "midnight New Year's Eve" is the
    end of that day (T24:00, as "midnight Friday"), unless it starts a range ("from midnight
    to 6 a.m. Sunday")."""
    clock = t.value.partition("T")[2]
    if clock == "00:00" and not starts and "midnight" in t.text.lower():
        return "24:00"
    return clock


def _weekday_by_day(text: str, found: list[Timex], dated: Dated, weekdays: dict[str, int]) -> None:
    """Refiner: "the Tuesday before Thanksgiving", "the Friday after Nov. 3": one DATE, the
    weekday nearest that day on the side the preposition names, not the one nearest the
    story ("Monday after the holiday" too, the holiday kept apart)."""
    i = 0
    while i < len(found) - 1:
        a, b = found[i], found[i + 1]
        side = WEEKDAY_BY.fullmatch(text, a.span[1], b.span[0])
        day = _day(dated, b)
        wd = weekdays.get(a.text.lower())
        if side is None or day is None or wd is None or _day(dated, a) is None:
            i += 1
            continue
        step = 1 if side.group(1).lower() == "after" else -1
        d = day.start + timedelta(days=step)
        while d.isoweekday() != wd:
            d += timedelta(days=step)
        p = P.day(d)
        the = THE_BEFORE.search(text, max(0, a.span[0] - 4), a.span[0])
        if the is None:  # "returned on Monday after the holiday": the day, the holiday apart
            dated[a.span] = p
            found[i] = replace(a, value=p.value, start=d, end=d, planned=b.planned)
        else:  # "on the Friday before Christmas": one day
            span = (a.span[0] - len(the.group()), b.span[1])
            dated[span] = p
            found[i] = replace(a, text=text[span[0]:span[1]], span=span, value=p.value,
                               start=d, end=d, planned=b.planned)
            del found[i + 1]
        i += 1


def _day_next_to(text: str, found: list[Timex], dated: Dated) -> None:
    """Refiner: "the day after Christmas", "the day before Jan. 5" are one DATE, the day on
    that side of the one named."""
    for i, t in enumerate(found):
        side = DAY_NEXT_TO.search(text, max(t.sentence[0], t.span[0] - 20), t.span[0])
        day = _day(dated, t)
        if side is None or day is None or (i and found[i - 1].span[1] > side.start()):
            continue
        d = day.start + timedelta(days=1 if side.group(1).lower() == "after" else -1)
        span = (side.start(), t.span[1])
        p = dated[span] = P.day(d)
        found[i] = replace(t, text=text[span[0]:span[1]], span=span, value=p.value, start=d,
                           end=d)


def _day(dated: Dated, t: Timex, parts: bool = False) -> P.Period | None:
    """The day a DATE expression names, if it names one; with `parts`, that of a part of a
    day too ("Thanksgiving night")."""
    p = dated.get(t.span)
    named = t.type == "DATE" or parts and t.type == "TIME" and t.value[-3:-2] == "T" and \
        t.value[-2:].isalpha()
    return p if named and p is not None and p.gran == P.DAY else None


def _names_day(m: Mention) -> bool:
    """Does `m` name a day ("Saturday", "today", "June 3", "5 p.m. Saturday")?"""
    return m.kind in ("date", "weekday", "holiday", "deictic") or m.kind == "time" and (
        m.weekday is not None or m.month is not None or m.shift != 0 or m.rel == "today")


def _span(reference: date, unit: str, amount: float | None, forward: bool):
    """Chart days of a duration that starts or ends at the reference (None past year 9999)."""
    n = amount if amount is not None else FEW
    try:
        other = shift_amount(reference, unit, n if forward else -n)
    except (ValueError, OverflowError):
        return None, None
    return (reference, other) if forward else (other, reference)


def extract(text: str, reference: date, lang: str = "en") -> list[Timex]:
    """Temporal expressions of `text`, resolved against `reference`, sorted by span."""
    if not isinstance(reference, date):
        raise TypeError("reference must be a datetime.date")
    lex = load(lang)
    mentions = scan(text, lang)
    sentences = split(text)
    resolver = Resolver(reference)
    found: list[tuple] = []
    dated: Dated = {}
    cue_cache: dict = {}
    borrowed: set[int] = set()
    pending: list[tuple[int, Mention, tuple[int, int], P.Period | None]] = []
    day_sentences = {containing(sentences, m.start) for m in mentions if _names_day(m)}
    sentence_no = {s: i for i, s in enumerate(sentences)}
    for m in mentions:
        sent = containing(sentences, m.start)
        resolver.sentence_no = sentence_no.get(sent, 0)
        if m.end > sent[1]:
            sent = (sent[0], containing(sentences, m.end - 1)[1])  # a line break inside it
        resolver.sentence = sent
        resolver.perfect = bool(m.clock or m.pod) and HAD_BEFORE.search(  # only times ask
            text, max(sent[0], m.start - 80), m.start) is not None
        resolver.event_clause = m.kind == "time" and sent not in day_sentences and \
            EVENT_SUBJECT.match(text, sent[0]) is not None
        resolver.told_before = (done := HAD_DONE.search(text, max(sent[0], m.start - 80),
                                                        m.start)) is not None and (
            (verb := done.group(1).lower()) in lex.past_cues or verb.endswith(("ed", "en")))
        resolver.range_end = RANGE_END.search(text, max(sent[0], m.start - 12), m.start) is not None
        resolver.reporting = m.kind == "half" and REPORTING.search(text, *sent) is not None
        anchor_before = resolver.anchor
        r = resolver.resolve(m, direction(text, sent, (m.start, m.end), lex, cue_cache))
        if r is None:
            continue
        if pending and pending[-1][0] == len(found) - 1 and r.period is not None:
            resolver.offset_from(text, pending[-1][1], m, r.period)
        start = end = None
        if r.period is not None and r.value != "PRESENT_REF":
            start, end = r.period.start, r.period.end
        elif r.value == "PRESENT_REF":
            start = end = reference
        planned = r.planned
        if r.type == "DURATION" and m.after_clause:
            pending.append((len(found), m, sent, anchor_before))
        elif r.type == "DURATION" and m.unit not in ("H", "MIN", "S", "X"):
            if m.rel == "next":
                start, end = _span(reference, m.unit, m.amount, forward=True)
                planned = start is not None
            elif m.placed or _tied_to_present(text, sent, m.start, m.end):
                start, end = _span(reference, m.unit, m.amount, forward=False)
        if r.period is not None and r.type in ("DATE", "TIME"):
            dated[(m.start, m.end)] = r.period
            if (m.kind == "time" and m.month is None and m.weekday is None and not m.shift
                    and m.rel != "today") or m.kind == "overnight" or (
                    m.kind == "deictic" and m.anaphoric and m.pod):
                borrowed.add(m.start)  # "at 6 a.m.", "by late afternoon", "overnight": the
                # day is the story's, not written
        found.append(Timex(text=text[m.start:m.end], span=(m.start, m.end), sentence=sent,
                           type=r.type, value=r.value, start=start, end=end, mod=r.mod,
                           planned=planned, fuzzy=r.fuzzy))
    _range_years(text, found, dated, reference, lex.weekdays, lex.holidays)
    _paired_months(text, found, dated, reference, lex, cue_cache)
    _order_ranges(text, found, dated, reference, lex, cue_cache, borrowed)
    _weekdays_in_order(text, found, dated, reference, lex, cue_cache)
    _ended_periods(text, found, dated)
    _level_a_year_back(text, found, dated, reference, lex.weekdays)
    _clock_on_day(text, found, dated, borrowed)
    _weekday_by_day(text, found, dated, lex.weekdays)
    _day_next_to(text, found, dated)
    # refiner: offsets anchored to an event, once every date of the text is known; found by
    # span, as the refiners above may have merged expressions
    index = {t.span: i for i, t in enumerate(found)}
    for _, m, sent, anchor_before in pending:
        i = index.get((m.start, m.end))
        d = derive(text, sent, (m.start, m.end), m.after_clause, m.unit, m.amount, dated,
                   anchor_before, lex, borrowed) if i is not None else None
        if d is not None:
            found[i] = replace(found[i], derived=(d,), start=d.start, end=d.end)
    return found

