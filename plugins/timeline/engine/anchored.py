"""Event-anchored offsets: "two days after the United States vacated its main base".

The duration stays a DURATION; the clause after "after"/"before" names an
event the text dates only through the offset, so it becomes a derived
event, dated from the nearest day-level date of the sentence (or the
previous mention when the sentence has none).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from datetime import date

from . import periods as P
from .lexicon import Lexicon, function_words
from .model import Derived
from .resolve import shift_amount

TOKEN = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|\d+|[^\sA-Za-z\d]")
_FW = function_words("en")
STOP = _FW["stop"]
AUXILIARIES = _FW["auxiliaries"]
MAX_VERB_DISTANCE = 8


def _is_verb(word: str, lex: Lexicon) -> bool:
    w = word.lower()
    if w in AUXILIARIES:
        return False
    return w in lex.past_cues or (len(w) > 4 and w.endswith("ed") and w not in lex.not_past_ed)


def event_phrase(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """Span of the event named by the clause at `start`: its verb and object, or its noun phrase.

    General rule: from the clause's first past-tense verb up to the next
    preposition, conjunction or punctuation ("vacated its main base"); when
    no verb comes soon, the noun phrase up to the same stop ("the attack").
    """
    toks = [m for m in TOKEN.finditer(text, start, end)]
    if not toks:
        return None
    first = 0
    for i, t in enumerate(toks[:MAX_VERB_DISTANCE]):
        if not t.group()[0].isalnum():
            break
        if _is_verb(t.group(), lex):
            first = i
            break
    span_start = toks[first].start()
    last = None
    for t in toks[first + (1 if first or _is_verb(toks[0].group(), lex) else 0):]:
        g = t.group()
        if not g[0].isalnum() or g.lower() in STOP:
            break
        last = t
    if last is None:
        last = toks[first]
    return span_start, last.end()


def derive(text: str, sentence: tuple[int, int], duration_span: tuple[int, int], keyword: str,
           unit: str, amount: float | None, dated: Mapping[tuple[int, int], P.Period],
           anchor: P.Period | None, lex: Lexicon,
           borrowed: Collection[int] = ()) -> Derived | None:
    """The derived event of "N units after|before <clause>", or None when it cannot be dated.

    `dated` holds every dated expression of the text. The anchor is the
    nearest day-level date of the sentence before the duration, else one
    after the clause ("two days after the coup, on Friday, ..."), else the
    previous mention `anchor`. A date right after the event phrase ("struck
    the city on March 3") dates the event itself: nothing to derive. A clock time
    whose day was not written (`borrowed`: "at 6 a.m. ten days before the shooting")
    dates nothing, and a clause tied to one cannot be placed.
    """
    if amount is None:
        return None
    kw = re.match(r"\s*(after|before)\s+", text[duration_span[1]:])
    if kw is None:
        return None
    clause_start = duration_span[1] + kw.end()
    stop = re.compile(r"[,;:]").search(text, clause_start, sentence[1])
    clause_end = stop.start() if stop else sentence[1]
    span = event_phrase(text, clause_start, clause_end, lex)
    if span is None:
        return None
    for s in dated:
        if clause_start <= s[0] < clause_end and (
                s[0] < span[1] or OWN_DATE.fullmatch(text, span[1], s[0])):
            return None
    before = [(duration_span[0] - s[0], p) for s, p in dated.items()
              if sentence[0] <= s[0] < duration_span[0] and p.gran == P.DAY
              and s[0] not in borrowed]
    after = [(s[0] - clause_end, p) for s, p in dated.items()
             if clause_end <= s[0] < sentence[1] and p.gran == P.DAY and s[0] not in borrowed]
    if not (before or after) and any(sentence[0] <= b < duration_span[0] for b in borrowed):
        return None
    if before or after:
        base = min(before or after, key=lambda c: c[0])[1]
    elif anchor is not None and anchor.gran == P.DAY:
        base = anchor
    else:
        return None
    sign = -1 if keyword == "after" else 1
    try:
        d: date = shift_amount(base.start, unit, sign * amount)
    except (ValueError, OverflowError):
        return None
    return Derived(text=text[span[0]:span[1]], span=span, value=d.isoformat(), start=d, end=d)


# between an event phrase and a date that belongs to it: "struck the city [on] March 3"
OWN_DATE = re.compile(r"\s*(?:(?:on|in|at|during|since|until|by)\s+)?")
