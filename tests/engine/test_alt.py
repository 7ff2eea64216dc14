"""The word alternations the grammar is built from: a prefix tree that prefers the longest."""

import re

import pytest
from timeline.engine.grammar import alt


@pytest.mark.parametrize(
    ("words", "text", "expected"),
    [
        (["mar", "march", "may", "monday"], "marching", "march"),  # the longest word first
        (["mar", "march"], "mart", "mar"),
        (["a", "a few", "a couple of"], "a  few days", "a  few"),  # spaces match any run
        (["a", "a few", "a couple of"], "a couple of days", "a couple of"),
        (["sept.", "sept"], "sept. 30", "sept."),  # escaped
        (["day", "days"], "days", "days"),
        (["day", "days"], "Sunday", None),  # only at the start
    ],
)
def test_alt_matches_the_longest_word(words, text, expected):
    m = re.match(alt(words), text)
    assert (m.group() if m else None) == expected


def test_alt_gives_back_shorter_words_when_the_rest_needs_them():
    assert re.fullmatch(alt(["mar", "march"]) + "ch", "march")
    assert re.fullmatch(alt(["two", "twenty"]) + r"(?:\s+one)?", "two one")


def test_alt_cap_keeps_only_capitalized_forms():
    pattern = alt(["march", "may"], cap=True)
    assert re.fullmatch(pattern, "March")
    assert re.fullmatch(pattern, "May")
    assert not re.fullmatch(pattern, "may")


def test_alt_is_the_same_pattern_whatever_the_order_of_the_words():
    words = ["june", "july", "jan", "january", "jun", "jul."]
    assert alt(words) == alt(reversed(words)) == alt(set(words))
