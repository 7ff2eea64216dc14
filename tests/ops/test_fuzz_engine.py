"""Fuzzing the engine: random text full of date words, random reference dates (years
1 to 9999). It never raises; every span lies inside the text and matches it; values
are valid TIMEX3; start <= end."""

from __future__ import annotations

import os
from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from timeline.engine import TYPES, extract
from timex_values import valid_value

_WORD_LIST = """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    April May June July August September October November December yesterday today
    tomorrow tonight week weeks month months year years decade decades century day
    days hour hours minute last next this previous coming past ago later earlier
    after before since until by on in at of the a few several two three twenty 20
    1999 2021 99999 12,000 BC AD 45th 30 31 1st 2nd third fourth quarter spring
    summer fall winter weekend morning evening night noon midnight early late mid
    end beginning every each daily weekly annually recently now currently former
    once when while he said told Reuters officials war troops left fled open work
    weekdays weekends for
"""
WORDS = tuple(_WORD_LIST.split())
PUNCT = [" ", " ", " ", ", ", ". ", "; ", ": ", " - ", "\n", "\n\n", "'s ", "(", ")", '"', "/"]

token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(PUNCT),
    st.integers(min_value=0, max_value=100_000).map(str),
    st.text(max_size=4),
)
texts = st.lists(token, max_size=60).map("".join)
references = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))

EXAMPLES = int(os.environ.get("TIMELINE_FUZZ_EXAMPLES", "2000"))


def check(text: str, reference: date) -> None:
    """The properties every result of the engine must have."""
    for t in extract(text, reference):
        start, end = t.span
        assert 0 <= start < end <= len(text), (t, len(text))
        assert text[start:end] == t.text
        s0, s1 = t.sentence
        assert 0 <= s0 <= start and end <= s1 <= len(text), t
        assert t.type in TYPES
        assert valid_value(t.type, t.value), f"{t.type} {t.value!r} for {t.text!r}"
        for d in (t.start, t.end):
            assert d is None or isinstance(d, date)
        if t.start and t.end:
            assert t.start <= t.end, t
        for derived in t.derived:
            d0, d1 = derived.span
            assert 0 <= d0 < d1 <= len(text) and text[d0:d1] == derived.text
            assert valid_value("DATE", derived.value), derived
            if derived.start and derived.end:
                assert derived.start <= derived.end


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
@given(text=texts, reference=references)
@example(text="Sunday 1st", reference=date(2021, 7, 5))  # once crashed (weekday + ordinal)
def test_engine_properties_on_random_text(text: str, reference: date) -> None:
    check(text, reference)


@settings(max_examples=max(100, EXAMPLES // 10), deadline=None, derandomize=True)
@given(reference=references)
def test_engine_on_absurd_expressions_at_any_reference(reference: date) -> None:
    check(
        "In the year 99999, 12,000 BC, on February 30 and the 45th of May, "
        "nothing happened. Last week and next year at 25:99 every 0th day.",
        reference,
    )


def test_the_generator_writes_dates_the_engine_finds() -> None:
    """Guard: the fuzz text is made of words the engine does date."""
    found = extract(" ".join(WORDS), date(2021, 7, 5))
    assert len(found) >= 10


def test_values_of_unstated_unit_and_weekdays_are_valid() -> None:
    """"a while" has no unit (TimeBank writes PXX); "weekdays" recur on each weekday."""
    text = "The gate stayed shut for a while. The museum is open weekdays."
    found = extract(text, date(2021, 7, 5))
    assert [(t.text, t.value) for t in found] == [("a while", "PXX"), ("weekdays", "XXXX-WXX-WD")]
    assert all(valid_value(t.type, t.value) for t in found)


def test_value_checker_rejects_malformed_values() -> None:
    good = [
        ("DATE", "2021-07-04"),
        ("DATE", "2021-W26"),
        ("DATE", "0001"),
        ("DATE", "199"),
        ("TIME", "2021-07-04T17:00"),
        ("DURATION", "P20Y"),
        ("DURATION", "PXD"),
        ("SET", "XXXX-WXX-2"),
        ("SET", "XXXX-WXX-WD"),
        ("DURATION", "PXX"),
        ("DURATION", "PT2H"),
        ("DURATION", "P1DT2H"),
        ("DATE", "PRESENT_REF"),
        ("DATE", "2021-Q3"),
    ]
    bad = [
        ("DATE", "99999"),
        ("DATE", "21-07-04"),
        ("DATE", "2021-7-4"),
        ("DURATION", "P"),
        ("DURATION", "20Y"),
        ("DURATION", "PXXT2H"),
        ("SET", "XXXX-WXX-WX"),
        ("DATE", "-12000"),
        ("TIME", ""),
        ("SET", "every"),
    ]
    assert all(valid_value(t, v) for t, v in good)
    assert not any(valid_value(t, v) for t, v in bad)
