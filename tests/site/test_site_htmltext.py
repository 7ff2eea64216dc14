"""Article HTML -> plain text for the engine, and <time> markup back into the HTML."""

from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from timeline.htmltext import html_to_text, mark_times

TAG = re.compile(r"<[^>]*>")


def text_of(fragment: str) -> str:
    return html_to_text(fragment).text


def span_of(plain_text: str, word: str, nth: int = 0) -> list[int]:
    starts = [m.start() for m in re.finditer(re.escape(word), plain_text)]
    return [starts[nth], starts[nth] + len(word)]


def event(id_: str, text: str, span: list[int], value: str = "2021-07-04", **extra) -> dict:
    return {"id": id_, "text": text, "span": span, "value": value, "label": "L", **extra}


def test_blocks_become_paragraphs_inline_elements_vanish() -> None:
    fragment = "<h2>Head</h2>\n<p>On <em>Sunday</em>, they <a href='x'>left</a>.</p>\n<p>Then.</p>"
    assert text_of(fragment) == "Head\n\nOn Sunday, they left.\n\nThen."


def test_whitespace_at_paragraph_edges_is_dropped_inside_kept() -> None:
    assert text_of("<p>  one\n two  </p>\n\n<div> three </div>") == "one\n two\n\nthree"
    assert text_of("<p>a<br>b<br/>c</p>") == "a\nb\nc"


def test_entities_decoded_and_mapped_back() -> None:
    fragment = "<p>Tom &amp; Jerry&nbsp;left &#8220;today&#x201D; &bogus; x</p>"
    plain = html_to_text(fragment)
    assert plain.text == "Tom & Jerry\xa0left \u201ctoday\u201d &bogus; x"
    start = plain.text.index("Tom")
    h0, h1 = plain.html_span(start, start + len("Tom & Jerry"))
    assert fragment[h0:h1] == "Tom &amp; Jerry"
    quote = plain.text.index("\u201c")
    assert fragment[slice(*plain.html_span(quote, quote + 1))] == "&#8220;"


def test_code_scripts_and_styles_are_not_read() -> None:
    fragment = (
        "<p>Before <code>Monday</code>after.</p>"
        "<pre><code>Tuesday\n</code></pre>"
        "<script>var s = '<p>Wednesday</p>';</script><style>p{}</style>"
        "<p>Inline <kbd>Ctrl</kbd> key.</p>"
    )
    plain = text_of(fragment)
    assert plain == "Before after.\n\nInline  key."
    for word in ("Monday", "Tuesday", "Wednesday", "Ctrl"):
        assert word not in plain


def test_figcaption_read_image_alt_not() -> None:
    fragment = (
        '<figure><img src="a.jpg" alt="Taken on Monday">'
        "<figcaption>Soldiers, yesterday. <span>Credit: AP</span></figcaption></figure>"
    )
    assert text_of(fragment) == "Soldiers, yesterday. Credit: AP"


def test_comments_and_attributes_are_not_text() -> None:
    fragment = '<p title="Sunday">A <!-- Monday --> b <a href="/x?a=1&amp;b=2">c</a></p>'
    assert text_of(fragment) == "A  b c"


def test_synthetic_characters_map_nowhere() -> None:
    plain = html_to_text("<p>one</p><p>two</p>")
    assert plain.html_span(3, 5) is None  # the paragraph break
    assert plain.html_span(0, 0) is None
    assert plain.html_span(0, 99) is None


def test_mark_times_wraps_and_escapes() -> None:
    fragment = "<p>They left on Sunday &amp; Monday.</p>"
    plain = text_of(fragment)
    marked = mark_times(
        fragment,
        [
            event("a-1", "Sunday", span_of(plain, "Sunday"), label='Sun "4" <July>'),
            event("a-2", "Sunday & Monday", span_of(plain, "Sunday & Monday")),  # overlaps
            event("a-3", "Monday", span_of(plain, "Monday"), value='x"><script>'),
        ],
    )
    assert marked == (
        '<p>They left on <time datetime="2021-07-04" id="t-a-1" class="timex" '
        'title="Sunday &#8212; Sun &quot;4&quot; &lt;July&gt;">Sunday</time> &amp; '
        '<time datetime="x&quot;&gt;&lt;script&gt;" id="t-a-3" class="timex" '
        'title="Monday &#8212; L">Monday</time>.</p>'
    )


def test_mark_times_keeps_the_html_valid() -> None:
    fragment = "<p>On <em>last</em> week and <em>on last</em> month</p>"
    plain = text_of(fragment)
    marked = mark_times(
        fragment,
        [
            event("w", "last week", span_of(plain, "last week"), value="2021-W26"),
            event("m", "last month", span_of(plain, "last month"), value="2021-06"),
        ],
    )
    # a whole element inside the expression is fine; an expression cut by a tag is left alone
    assert '<time datetime="2021-W26" id="t-w" class="timex" title="last week &#8212; L">' in marked
    assert "<em>last</em> week</time>" in marked
    assert 'id="t-m"' not in marked
    assert text_of(marked) == plain


def test_mark_times_skips_derived_and_unplaceable() -> None:
    fragment = "<p>Two days after they left.</p>"
    plain = text_of(fragment)
    events = [
        event("d", "they left", span_of(plain, "they left"), derived=True),
        event("n", "Two days", None),
        event("v", "Two days", span_of(plain, "Two days"), value=""),
    ]
    assert mark_times(fragment, events) == fragment


def test_mark_times_finds_the_right_occurrence() -> None:
    fragment = "<p>Sunday, and then <b>Sunday</b> again.</p>"
    plain = text_of(fragment)
    marked = mark_times(fragment, [event("s2", "Sunday", span_of(plain, "Sunday", 1))])
    assert marked == (
        '<p>Sunday, and then <b><time datetime="2021-07-04" id="t-s2" class="timex" '
        'title="Sunday &#8212; L">Sunday</time></b> again.</p>'
    )


WORDS = st.sampled_from(["Sunday", "last", "week", "2021", "a", "Tom", "café", "x"])
PIECES = st.one_of(
    WORDS,
    WORDS.map(lambda w: f"<em>{w}</em>"),
    WORDS.map(lambda w: f'<a href="/{w}?a=1&amp;b=2">{w}</a>'),
    st.sampled_from(["&amp;", "&lt;", "&#233;", "&nbsp;", "<br>", "<code>Monday</code>", " "]),
)
PARAGRAPHS = st.lists(
    st.lists(PIECES, min_size=1, max_size=12).map(" ".join), min_size=1, max_size=4
)
BLOCKS = st.sampled_from(["p", "li", "figcaption", "h2", "blockquote"])


@settings(max_examples=300, deadline=None)
@given(PARAGRAPHS, BLOCKS)
def test_every_word_maps_back_to_its_html(paragraphs: list[str], block: str) -> None:
    fragment = "\n".join(f"<{block}>{p}</{block}>" for p in paragraphs)
    plain = html_to_text(fragment)
    for match in re.finditer(r"\w+", plain.text):
        where = plain.html_span(*match.span())
        assert where is not None
        assert html.unescape(TAG.sub("", fragment[where[0] : where[1]])) == match.group()
    # marking every word keeps the text the engine reads the same
    events = [
        event(f"e{i}", m.group(), list(m.span()))
        for i, m in enumerate(re.finditer(r"\w+", plain.text))
    ]
    marked = mark_times(fragment, events)
    assert html_to_text(marked).text == plain.text
    assert TAG.sub("", marked.replace("<code>Monday</code>", "")).count("Monday") == 0


def test_footnote_markers_do_not_glue_to_words() -> None:
    import markdown

    body = markdown.markdown(
        "They met on Monday[^1].\n\n[^1]: Said on Tuesday.", extensions=["footnotes"]
    )
    plain = text_of(body)
    assert "on Monday." in plain
    assert "Said on Tuesday" in plain
