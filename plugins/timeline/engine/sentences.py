"""Sentence boundaries, good enough to give each expression its sentence and clause."""

from __future__ import annotations

import re

from . import grammar
from .lexicon import function_words, load

BOUNDARY = re.compile(r"[.!?]+[\"'”’)]*\s+(?=[\"“'(\[]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z\"“])")
_FW = function_words("en")
ABBREVIATIONS = _FW["abbreviations"]
_LEX = load("en")
# "at 6 p.m. Friday", "6 p.m. EDT" go on; "until 6 p.m. Mr. Bush, speaking ..." is a new sentence
CLOCK_GOES_ON = frozenset([*_LEX.weekdays, *_LEX.months, *(z.split()[0].lower() for z in
                                                            _LEX.timezones),
                           "today", "tonight", "tomorrow", "yesterday"])
NEXT_WORD = re.compile(r"[\"“'(\[]?([A-Za-z]+)")
PLACE_TIME = re.compile(grammar.PLACE_TIME)  # "5:58 a.m. Moscow time" goes on
HOLIDAY = re.compile(grammar.holiday_names(_LEX.holidays) + r"\b")  # "6 a.m. Christmas Day"


def split(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed, covering the whole text."""
    spans = []
    start = 0
    for m in BOUNDARY.finditer(text):
        if m.group()[0] == ".":
            # a whole word: the "s" of "the 1950s." is no initial
            before = re.search(r"(?<![\w'])([A-Za-z.]+)$", text[max(0, m.start() - 12) : m.start()])
            word = before.group(1).lower().strip(".") if before else ""
            if word in ("a.m", "p.m"):
                nxt = NEXT_WORD.match(text, m.end())
                if nxt is None or nxt.group(1).lower() in CLOCK_GOES_ON or \
                        PLACE_TIME.match(text, m.end()) or HOLIDAY.match(text, m.end()):
                    continue
            elif word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        end = m.start() + len(m.group().rstrip())
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def containing(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The sentence span that holds `pos` (spans sorted)."""
    lo, hi = 0, len(spans) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if spans[mid][0] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return spans[lo] if spans else (0, 0)
