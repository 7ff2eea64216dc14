"""Whatever the text, the engine returns well-formed expressions and never raises."""

import random
from dataclasses import replace
from datetime import date
from pathlib import Path
from unittest.mock import patch

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from timeline.engine import TYPES, extract, scanner
from timeline.engine.context import PREV_WORD, prev_word_match

SEED = Path(__file__).parents[2] / "seeds" / "000_fbfa3c999ffded67.txt"
WORDS = [
    "on", "Monday", "last", "week", "the", "past", "three", "years", "May", "March", "2021",
    "Sept.", "30", ",", ".", "ago", "a", "year", "earlier", "by", "September", "11", "will",
    "said", "two", "days", "after", "before", "the", "vacated", "base", "quarter", "third",
    "1990s", "every", "Sunday", "morning", "10", "p.m.", "EST", "Christmas", "fall", "of",
    "-", "'s", "1/2", "hours", "next", "following", "day", "that", "month", "\n\n", "today",
]


def check(text: str, ref: date) -> None:
    found = extract(text, ref)
    assert [t.span for t in found] == sorted(t.span for t in found)
    for t in found:
        s, e = t.span
        assert 0 <= s < e <= len(text) and text[s:e] == t.text
        assert t.sentence[0] <= s and e <= t.sentence[1]
        assert t.type in TYPES and t.value
        assert (t.start is None) == (t.end is None)
        if t.start is not None:
            assert t.start <= t.end
        for d in t.derived:
            assert text[d.span[0]:d.span[1]] == d.text
    for a, b in zip(found, found[1:], strict=False):
        assert a.span[1] <= b.span[0]  # no overlaps


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=40),
       st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_word_salad(words, ref):
    check(" ".join(words), ref)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_any_text_any_date(text, ref):
    check(text, ref)


def test_keyword_glued_to_next_word():
    check("0 week afterMonday", date(2000, 1, 1))
    check("two days before.Then", date(2000, 1, 1))
    check("'s Christmas a year", date(2000, 1, 1))  # the counted noun "s", cut to nothing
    # an expression merged away before a pending "three days after" moved its index
    check("three p.m. March third three days after following", date(2000, 1, 1))


def test_calendar_edges_do_not_raise():
    phrases = ["for the past three years", "the next five years", "tomorrow and yesterday",
               "next week", "two days after the army left on Sunday", "three days before the "
               "vote on Friday", "last December", "a year earlier", "10 p.m. Friday",
               "from Dec. 20 to Jan. 5", "the quarter ended Dec. 31",
               "the 18 months ended March 31", "between now and the Fourth of July"]
    for ref in (date(1, 1, 1), date(9999, 12, 31)):
        for phrase in phrases:
            check(phrase, ref)


def test_weekday_with_a_day_of_month_but_no_month():
    found = extract("Sunday 1st", date(2021, 7, 5))
    assert [(t.text, t.value) for t in found] == [("Sunday 1st", "2021-08-01")]
    check("Sunday 1st", date(1, 1, 1))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["said", "on", "the", "of", "in", "x", " ", "  ", "-", ".", "5",
                                 "é", "_", "\n"]), max_size=14))
def test_prev_word_finds_what_a_search_of_the_whole_text_finds(pieces):
    before = "".join(pieces)
    whole, found = PREV_WORD.search(before), prev_word_match(before)
    assert (whole is None) == (found is None)
    if whole:
        assert (whole.start(), whole.group(1)) == (found.start(), found.group(1))


def test_the_gate_before_the_rules_of_a_word_changes_no_mention():
    grammar, rules = scanner._setup("en")
    assert "the" in grammar.gate
    ungated = replace(grammar, gate={})
    rng = random.Random(7)
    texts = [SEED.read_text(encoding="utf-8")] + [
        " ".join(rng.choice(WORDS + ["the", "The", "weekend", "spring", "end", "same"])
                 for _ in range(40)) for _ in range(300)]
    gated = [scanner.scan(t) for t in texts]
    with patch.object(scanner, "_setup", lambda lang: (ungated, rules)):
        assert [scanner.scan(t) for t in texts] == gated
