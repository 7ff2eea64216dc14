"""The seed article must give exactly the table of expressions the site promises."""

from datetime import date
from pathlib import Path

import pytest
from timeline.engine import ENGINE_VERSION, extract
from timeline.engine.plaintext import article_text

ROOT = Path(__file__).resolve().parents[2]
REF = date(2021, 7, 5)
D = date.fromisoformat

# expression, a words of its sentence, type, value, chart start, chart end, derived
SEED_TABLE = [
    ("yesterday", "Afghan soldiers pause", "DATE", "2021-07-04", "2021-07-04", "2021-07-04", None),
    ("Sunday", "fled across the border", "DATE", "2021-07-04", "2021-07-04", "2021-07-04", None),
    ("20 years", "after 20 years of war", "DURATION", "P20Y", "2001-07-05", "2021-07-05", None),
    ("Sunday", "retreats were the largest", "DATE", "2021-07-04", "2021-07-04", "2021-07-04",
     None),
    ("two days", "retreats were the largest", "DURATION", "P2D", "2021-07-02", "2021-07-02",
     ("vacated its main base", "2021-07-02")),
    ("September 11", "withdraw all foreign troops", "DATE", "2021-09-11", "2021-09-11",
     "2021-09-11", None),
    ("Monday", "government sources told Reuters", "DATE", "2021-07-05", "2021-07-05",
     "2021-07-05", None),
    ("the last few days", "over the last few days", "DURATION", "PXD", "2021-07-02",
     "2021-07-05", None),
    ("Sunday", "Ashraf Ghani spoke", "DATE", "2021-07-04", "2021-07-04", "2021-07-04", None),
    ("Monday", "he told Reuters on Monday", "DATE", "2021-07-05", "2021-07-05", "2021-07-05",
     None),
    ("Last week", "vacated Bagram Airbase", "DATE", "2021-W26", "2021-06-28", "2021-07-04",
     None),
    ("two decades", "fought for two decades", "DURATION", "P20Y", "2001-07-05", "2021-07-05",
     None),
]


@pytest.fixture(scope="module")
def seed_markdown_text() -> str:
    source = ROOT / "content" / "afghan-security-personnel-flee-into-tajikistan.md"
    return article_text(source.read_text(encoding="utf-8"))


def test_seed_table_exactly(seed_markdown_text):
    found = extract(seed_markdown_text, REF)
    assert len(found) == len(SEED_TABLE), [t.text for t in found]
    for t, row in zip(found, SEED_TABLE, strict=True):
        text, in_sentence, type_, value, start, end, derived = row
        assert t.text == text
        assert seed_markdown_text[t.span[0]:t.span[1]] == text
        assert in_sentence in seed_markdown_text[t.sentence[0]:t.sentence[1]]
        assert (t.type, t.value) == (type_, value), t
        assert (t.start, t.end) == (D(start), D(end)), t
        if derived:
            assert [(d.text, d.value) for d in t.derived] == [derived]
            d = t.derived[0]
            assert seed_markdown_text[d.span[0]:d.span[1]] == derived[0]
            assert d.start == d.end == D(derived[1])
        else:
            assert t.derived == ()


def test_seed_flags(seed_markdown_text):
    found = extract(seed_markdown_text, REF)
    planned = [t.text for t in found if t.planned]
    assert planned == ["September 11"]
    fuzzy = [t.text for t in found if t.fuzzy]
    assert fuzzy == ["the last few days"]


def test_raw_seed_repeats_only_the_caption():
    """The source text carries the caption twice and page furniture: still no false positive."""
    raw = (ROOT / "seeds" / "000_fbfa3c999ffded67.txt").read_text(encoding="utf-8")
    texts = [t.text for t in extract(raw, REF)]
    assert texts == ["yesterday"] + [row[0] for row in SEED_TABLE]


def test_sorted_by_span_and_version(seed_markdown_text):
    found = extract(seed_markdown_text, REF)
    assert [t.span for t in found] == sorted(t.span for t in found)
    assert isinstance(ENGINE_VERSION, str) and ENGINE_VERSION
