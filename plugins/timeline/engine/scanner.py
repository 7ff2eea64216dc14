"""First pass: ordered rules tried at the start of each trigger word, longest match wins.

Only words that can begin an expression (month and weekday names, numbers,
"last", "the", ...) wake the rules up, which keeps the scan fast on long text.
"""

from __future__ import annotations

import re
from functools import cache

from .context import PLAN_GIVEN_UP
from .grammar import DIGIT, Grammar, build
from .lexicon import load
from .mention import Mention
from .rules import Rules

BLANK_LINE = re.compile(r"\n[ \t]*\n")  # no expression runs across paragraphs
# a title in quotes, its words capitalized: the film "Friday the 13th Returns", the book
# "Late October," or, in British style, 'Nineteen Eighty-Four' -- a name, not a date
_TITLE_WORD = r"(?:[A-Z0-9][\w'’-]*|of|the|a|an|and|in|on|to|with|for|at|by|from)"
QUOTED_TITLE = re.compile(rf"(?:\"|“|``|‘|(?<!\w)'){_TITLE_WORD}(?::?[ \t]+{_TITLE_WORD}){{0,7}}"
                          r"[,.!?]?(?:\"|”|''|’|'(?!\w))")
WHEN_AFTER = re.compile(r",\s+when\b")
# "In Milwaukee, which began curbside recycling in 1991, revenue fell": a year told in passing
RELATIVE_BEFORE = re.compile(r"(?:,|—|--)\s+(which|who)\b[^,;.—]*$")
# the comma that closes such a clause after its date ("Shinde, who took office on June 30
# after a revolt, performed"); the comma right after "Nov. 9, 2017" is the date's own
CLAUSE_CLOSES = re.compile(r"(?:[^,;.]|,(?!\s)|\.(?=\w))*,\s")
INSTEAD_OF = re.compile(r"\b(?:instead\s+of|rather\s+than)\s+(?:on\s+|in\s+|at\s+)?$", re.I)
QUOTE_MARKS = ('"', "“", "``", "‘", "'")
QUOTE_REACH = 60  # characters from an opening quote to a date word inside the title


def _quoted_title(text: str, start: int, end: int) -> int | None:
    """The end of the quoted title around text[start:end], if it lies in one."""
    lo = max(0, start - QUOTE_REACH)
    # the nearest opening quote that starts a title; an apostrophe ("Tom's") may come after it
    for q in sorted({text.rfind(mark, lo, start) for mark in QUOTE_MARKS}, reverse=True):
        if q < 0:
            break
        m = QUOTED_TITLE.match(text, q)
        if m is not None:
            return m.end() if m.end() >= end else None
    return None


@cache
def _setup(lang: str) -> tuple[Grammar, Rules]:
    return build(lang), Rules(load(lang))


def scan(text: str, lang: str = "en") -> list[Mention]:
    """All mentions in `text`, left to right, not overlapping."""
    grammar, rules = _setup(lang)
    index = grammar.index
    handlers = rules.handlers
    patterns = grammar.rules
    gates = grammar.gate
    out: list[Mention] = []
    limit = 0
    for tok in grammar.token.finditer(text):
        s = tok.start()
        if s < limit:
            continue
        w = tok.group()
        c = w[0]
        key = DIGIT if c.isdigit() else "'" if c in "'’" else w.lower()
        candidates = index.get(key)
        if candidates is None:
            continue
        if s and (text[s - 1].isalnum() or (c.isdigit() and text[s - 1] in ".,:")):
            continue
        if (gate := gates.get(key)) is not None and gate.match(text, s) is None:
            continue
        found = []
        for i in candidates:
            m = patterns[i][1].match(text, s)
            if m is not None and (blank := BLANK_LINE.search(text, s, m.end())):
                # "begins at 9 a.m.\n\nSunday: ...": the expression ends with its paragraph
                m = patterns[i][1].match(text, s, blank.start())
            if m is not None and m.end() > s:
                found.append((-m.end(), i, m))
        if not found:
            continue
        if len(found) > 1:
            found.sort(key=lambda f: (f[0], f[1]))
        for _, i, m in found:
            mention = handlers[patterns[i][0]](text, m)
            if mention is not None and (title_end := _quoted_title(text, s, mention.end)):
                mention = Mention(s, title_end, "name")
            if mention is not None and mention.kind not in ("weekday", "deictic") and \
                    text.endswith("since ", max(0, s - 6), s):
                mention.passing = True  # "died in the sector since Oct. 1": where a count
                # starts, not the day the story is on ("missing since Wednesday. She was last
                # seen at 3:10 p.m.": that Wednesday is)
            if mention is not None and INSTEAD_OF.search(text, max(0, s - 16), s):
                mention.passing = True  # "will roll Monday instead of on New Year's Day. The
                # game follows that afternoon": the day set aside is not the story's
            if mention is not None and (opened := RELATIVE_BEFORE.search(
                    text, max(0, s - 80), s)) is not None and (
                    mention.year is not None and mention.month is None
                    and text.startswith(",", mention.end)
                    or opened.group(1) == "who" and CLAUSE_CLOSES.match(
                        text, mention.end + (text.startswith(",", mention.end)
                                             and text[mention.end - 1].isdigit()))):
                mention.passing = True  # the year of a clause told in passing, and any date of
                # a person's ("Shinde, who took office on June 30 after a revolt, performed
                # the puja at 2.30 am"): background, not the story's
            if mention is not None and (mention.year is not None or mention.kind == "unit_rel"
                                        and mention.unit == "Y") and \
                    WHEN_AFTER.match(text, mention.end):
                mention.when_follows = True  # "since 1865, when ... on July 14": 1865's; "set
                # dates for next year, when the fair is to open in January": next year's
            if mention is not None and mention.kind == "weekday" and \
                    PLAN_GIVEN_UP.search(text, max(0, s - 120), s):
                mention.called_off = True
            if mention is not None:
                out.append(mention)
                limit = mention.end
                break
    return out
