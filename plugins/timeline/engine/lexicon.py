"""Language knowledge as data: word tables loaded from ``lang/<code>/*.json``.

Rules never spell out month names or cue words themselves; they read them
here, so that a new locale is a new folder of tables.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

LANG_DIR = Path(__file__).parent / "lang"


@dataclass(frozen=True)
class Lexicon:
    """All word tables of one language."""

    months: dict[str, int]
    weekdays: dict[str, int]
    cardinals: dict[str, float]
    vague: tuple[str, ...]
    ordinals: dict[str, object]
    units: dict[str, str]
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    refs: dict[str, str]
    holidays: dict[str, str]
    sets: dict[str, str]
    timezones: tuple[str, ...]
    mods: dict[str, str]
    future_cues: frozenset[str]
    weak_future_cues: frozenset[str]
    past_cues: frozenset[str]
    past_as_present: frozenset[str]  # "cut", "set": past or present, a noun too
    deadline_cues: frozenset[str]
    not_past_ed: frozenset[str]


def _read(lang: str, name: str):
    with open(LANG_DIR / lang / f"{name}.json", encoding="utf-8") as fh:
        return json.load(fh)


@cache
def load(lang: str = "en") -> Lexicon:
    """Load (once) the tables of `lang`; raises ValueError for an unknown language."""
    if not (LANG_DIR / lang).is_dir():
        known = ", ".join(sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir()))
        raise ValueError(f"no language data for {lang!r} (known: {known})")
    numbers = _read(lang, "numbers")
    cues = _read(lang, "cues")
    return Lexicon(
        months=_read(lang, "months"),
        weekdays=_read(lang, "weekdays"),
        cardinals=numbers["cardinal"],
        vague=tuple(numbers["vague"]),
        ordinals=numbers["ordinal"],
        units=_read(lang, "units"),
        seasons=_read(lang, "seasons"),
        parts_of_day=_read(lang, "parts_of_day"),
        refs=_read(lang, "refs"),
        holidays=_read(lang, "holidays"),
        sets=_read(lang, "sets"),
        timezones=tuple(_read(lang, "timezones")),
        mods=_read(lang, "mods"),
        future_cues=frozenset(cues["future"]),
        weak_future_cues=frozenset(cues["future_weak"]),
        past_cues=frozenset(cues["past"]),
        past_as_present=frozenset(cues["past_as_present"]),
        deadline_cues=frozenset(cues["deadline"]),
        not_past_ed=frozenset(cues["not_past_ed"]),
    )


@cache
def function_words(lang: str = "en") -> dict[str, frozenset[str]]:
    """Closed-class word lists (prepositions, abbreviations, ...) of `lang`."""
    return {k: frozenset(v) for k, v in _read(lang, "function_words").items()}
