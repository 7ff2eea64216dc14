"""Writing helpers: JSON that is safe anywhere, the licence beside the bundle."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from timeline.writer import json_text, license_save_as

HOSTILE = st.text(
    alphabet=st.sampled_from(list("<>&\"'\\/ \u2028\u2029\n\x00é€😀</script>")), max_size=60
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(HOSTILE, st.lists(HOSTILE, max_size=3), max_size=4))
def test_json_round_trips_and_never_shows_markup(payload: dict) -> None:
    text = json_text({"events": payload})
    assert json.loads(text) == {"events": payload}
    for raw in ("<", ">", "&", "\u2028", "\u2029"):
        assert raw not in text
    assert text.endswith("}\n") and text.count("\n") == 1


def test_license_name_follows_the_bundle() -> None:
    assert license_save_as("timeline/plotly-basic-4.1.1.min.js") == (
        "timeline/plotly-basic-4.1.1.LICENSE.txt"
    )
    assert license_save_as("js/plotly.js") == "js/plotly.LICENSE.txt"
