"""Escaping holds for any string: JSON inside <script>, Plotly hover HTML, <time> attributes."""

from __future__ import annotations

import html
import json
import re
from datetime import date
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st
from timeline import eventjson, figure, htmltext, writer

NASTY = [
    "</script>",
    "<script>alert(1)</script>",
    "<!--",
    "-->",
    "<img src=x onerror=alert(1)>",
    '"',
    "'",
    "\\",
    "\\u2028",
    "\u2028",
    "\u2029",
    "&amp;",
    "&lt;",
    "<b>",
    "</b>",
    "<br>",
    "]]>",
    "${x}",
    "{{x}}",
    "\x00",
    "\ud7ff",
    "\U0001f4a5",
    "`",
    "\n",
    "\r",
]
strings = st.one_of(
    st.text(),
    st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=5)), max_size=12).map("".join),
)
# Characters a script element or an HTML parser could act on, raw.
UNSAFE_IN_SCRIPT = ("<", ">", "&", "\u2028", "\u2029")
HOVER_TAGS = re.compile(r"</?b>|<br>|</?i>")


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    payload=st.recursive(
        st.one_of(strings, st.integers(), st.booleans(), st.none()),
        lambda inner: st.one_of(
            st.lists(inner, max_size=4), st.dictionaries(strings, inner, max_size=4)
        ),
        max_leaves=12,
    )
)
def test_json_text_is_inert_and_round_trips(payload: object) -> None:
    text = writer.json_text(payload)
    assert not any(ch in text for ch in UNSAFE_IN_SCRIPT)
    assert json.loads(text) == payload


@settings(max_examples=500, deadline=None, derandomize=True)
@given(s=strings)
def test_script_escape_is_inert_and_round_trips(s: str) -> None:
    raw = json.dumps({"s": s}, ensure_ascii=False)
    safe = eventjson.escape_json_for_script(raw)
    assert not any(ch in safe for ch in UNSAFE_IN_SCRIPT)
    assert json.loads(safe) == {"s": s}


def _visible(hover: str) -> str:
    return " ".join(html.unescape(HOVER_TAGS.sub(" ", hover)).split())


@settings(max_examples=500, deadline=None, derandomize=True)
@given(before=strings, text=strings, after=strings, label=strings)
def test_hover_text_only_has_our_own_tags(before: str, text: str, after: str, label: str) -> None:
    hover = figure.hover_html(
        {"before": before, "text": text, "after": after, "label": label, "sentence": ""}
    )
    leftover = HOVER_TAGS.sub("", hover)
    assert "<" not in leftover and ">" not in leftover
    # What the reader sees is what the article said, word for word.
    words = " ".join((label + " " + before + text + after).split())
    assert _visible(hover) == words or _visible(hover).replace(" ", "") == words.replace(" ", "")


class _Time(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


@settings(max_examples=500, deadline=None, derandomize=True)
@given(value=strings, eid=strings, text=strings, label=strings)
def test_time_element_attributes_round_trip(value: str, eid: str, text: str, label: str) -> None:
    tag = htmltext.time_element({"value": value, "id": eid, "text": text, "label": label})
    parser = _Time()
    parser.feed(tag)
    parser.close()
    assert len(parser.tags) == 1
    name, attrs = parser.tags[0]
    assert name == "time"
    clean = str.maketrans({"\r": "\n", "\x00": "\ufffd"})  # what any HTML parser does to them
    assert attrs["datetime"] == value.translate(clean) or "\r" in value or "\x00" in value
    assert attrs["id"] == f"t-{eid}" or "\r" in eid or "\x00" in eid
    assert text in (attrs["title"] or "") or "\r" in text or "\x00" in text


@settings(max_examples=60, deadline=None, derandomize=True)
@given(sentence=strings, title=strings)
def test_chart_json_is_inert_for_any_article_text(sentence: str, title: str) -> None:
    event = {
        "id": "e1",
        "article_url": "a.html",
        "article_title": title,
        "article_slug": "a",
        "text": "Sunday",
        "sentence": sentence + " Sunday",
        "before": sentence + " ",
        "after": "",
        "type": "DATE",
        "value": "2021-07-04",
        "mod": None,
        "start": "2021-07-04",
        "end": "2021-07-04",
        "label": "Sun 4 July 2021",
        "kind": "day",
        "derived": False,
        "planned": False,
        "fuzzy": False,
        "order": 0,
        "anchor": "a.html#t-e1",
        "category": None,
        "tags": [],
    }
    for per_article in (True, False):
        text = figure.figure_json(
            figure.build_figure([event], date(2021, 7, 5), per_article=per_article)
        )
        assert not any(ch in text for ch in UNSAFE_IN_SCRIPT)
        assert json.loads(text)["data"]
