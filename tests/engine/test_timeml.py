"""TempEval-3 TimeML: reading gold, writing the engine's TIMEX3s, scoring."""

from datetime import date

import pytest
from timeline import timeml
from timeline.engine import extract
from timeline.engine.evaluation import Gold, Score

GOLD_DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-07-05" temporalFunction="false"
functionInDocument="CREATION_TIME">2021-07-05</TIMEX3></DCT>
<TEXT>
Rebels &amp; troops <EVENT eid="e1" class="OCCURRENCE">fought</EVENT> on <TIMEX3
tid="t1" type="DATE" value="2021-07-04">Sunday</TIMEX3> &lt;again&gt;.
They left <TIMEX3 tid="t2" type="DATE" value="2021-W26">last week</TIMEX3>.
</TEXT>
</TimeML>
"""

INPUT_DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X2</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-07-05"
functionInDocument="CREATION_TIME">2021-07-05</TIMEX3></DCT>
<TEXT>
Rebels &amp; troops "fought" on Sunday &lt;again&gt;; talks resume by September 11.
</TEXT>
</TimeML>
"""


def test_parse_gold_document():
    doc = timeml.parse(GOLD_DOC, "x1.tml")
    assert doc.dct == date(2021, 7, 5)
    assert "Rebels & troops fought on Sunday <again>." in doc.text
    assert [(g.text, g.type, g.value) for g in doc.gold] == [
        ("Sunday", "DATE", "2021-07-04"), ("last week", "DATE", "2021-W26")]
    for g in doc.gold:
        assert doc.text[g.span[0]:g.span[1]] == g.text


def test_annotate_round_trip_keeps_text_and_escapes():
    doc = timeml.parse(INPUT_DOC, "x2.TE3input")
    found = extract(doc.text, doc.dct)
    out = timeml.annotate(doc, found)
    assert '<TIMEX3 tid="t1" type="DATE" value="2021-07-04">Sunday</TIMEX3>' in out
    assert '<TIMEX3 tid="t2" type="DATE" value="2021-09-11">September 11</TIMEX3>' in out
    assert "&amp; troops" in out and "&lt;again&gt;" in out
    # removing our tags gives back the input byte for byte
    assert timeml.strip_timex(out) == INPUT_DOC
    # and reading the output gives our expressions as gold
    again = timeml.parse(out, "out")
    assert [(g.text, g.value) for g in again.gold] == [(t.text, t.value) for t in found]


def test_attribute_values_are_escaped():
    doc = timeml.parse(INPUT_DOC, "x2")
    fake = extract("Sunday", date(2021, 7, 5))[0]
    weird = type(fake)(text="Sunday", span=(doc.text.index("Sunday"),
                                             doc.text.index("Sunday") + 6),
                       sentence=(0, 1), type="DATE", value='a"<b>&')
    out = timeml.annotate(doc, [weird])
    assert 'value="a&quot;&lt;b&gt;&amp;"' in out


def test_bad_documents_are_named():
    with pytest.raises(timeml.TimeMLError, match="bad.tml: no <TEXT>"):
        timeml.parse("<TimeML><DCT>2021-07-05</DCT></TimeML>", "bad.tml")
    with pytest.raises(timeml.TimeMLError, match="no <DCT>"):
        timeml.parse("<TimeML><TEXT>x</TEXT></TimeML>", "bad.tml")
    with pytest.raises(timeml.TimeMLError, match="not closed"):
        timeml.parse("<DCT>2021-07-05</DCT><TEXT><TIMEX3 tid='t1'>x</TEXT>", "bad.tml")


def test_output_name_drops_te3input():
    from pathlib import Path

    assert timeml.output_name(Path("a/APW1.tml.TE3input")) == "APW1.tml"
    assert timeml.output_name(Path("a/APW1.tml")) == "APW1.tml"


def test_scoring_strict_relaxed_and_values():
    text = "Rebels fought on Sunday and left last week."
    gold = [Gold((17, 23), "Sunday", "DATE", "2021-07-04"),
            Gold((28, 42), "left last week", "DATE", "2021-W26"),
            Gold((0, 6), "Rebels", "DATE", "XXXX")]
    score = Score()
    score.add("doc", text, gold, extract(text, date(2021, 7, 5)))
    t = score.overall
    assert (t.gold, t.system) == (3, 2)
    assert (t.strict_gold, t.relaxed_gold) == (1, 2)
    assert t.prf(strict=False) == pytest.approx((1.0, 2 / 3, 0.8))
    assert t.accuracy("value") == 1.0
    kinds = sorted(e.kind for e in score.errors)
    assert kinds == ["MISSED", "SPAN"]


def test_expression_crossing_other_tags_is_reported_not_wrapped():
    source = INPUT_DOC.replace(
        "talks resume by September 11.",
        'they had <EVENT eid="e1">left the day</EVENT> before. Talks resume by September 11.')
    doc = timeml.parse(source, "tagged.tml")
    found = extract(doc.text, doc.dct)
    assert "the day before" in [t.text for t in found]
    skipped = []
    out = timeml.annotate(doc, found, skipped)
    assert [t.text for t in skipped] == ["the day before"]
    assert '<EVENT eid="e1">left the day</EVENT> before' in out
    assert ">September 11</TIMEX3>" in out
    import xml.dom.minidom

    xml.dom.minidom.parseString(out)  # still well-formed
