"""Default TIMELINE_* settings, following Pelican's X_URL / X_SAVE_AS pattern.

URL and SAVE_AS patterns are formatted with the article's `url_format`
(slug, lang, date, category, ...). An empty SAVE_AS means "do not write",
as everywhere in Pelican.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from typing import Any

DEFAULTS: dict[str, Any] = {
    "TIMELINE_ENABLED": True,
    # One page and one JSON file per article that has events.
    "TIMELINE_URL": "timeline/{slug}.html",
    "TIMELINE_SAVE_AS": "timeline/{slug}.html",
    "TIMELINE_JSON_URL": "timeline/{slug}.json",
    "TIMELINE_JSON_SAVE_AS": "timeline/{slug}.json",
    # The site-wide timeline and its data.
    "TIMELINE_INDEX_URL": "timeline/",
    "TIMELINE_INDEX_SAVE_AS": "timeline/index.html",
    # The site-wide timeline shows this many stories per page, newest first (0: all on one
    # page); the second and later pages follow this pattern ({number} is 2, 3, ...).
    "TIMELINE_INDEX_ARTICLES_PER_PAGE": 20,
    "TIMELINE_INDEX_PAGE_URL": "timeline/index{number}.html",
    "TIMELINE_INDEX_PAGE_SAVE_AS": "timeline/index{number}.html",
    "TIMELINE_EVENTS_URL": "timeline/events.json",
    "TIMELINE_EVENTS_SAVE_AS": "timeline/events.json",
    # The Plotly bundle, copied once for the whole site (its licence beside it).
    "TIMELINE_PLOTLY_JS_URL": "timeline/plotly-basic-4.1.1.min.js",
    "TIMELINE_PLOTLY_JS_SAVE_AS": "timeline/plotly-basic-4.1.1.min.js",
    # Template names without extension; the theme's win over the plugin's fallbacks.
    "TIMELINE_TEMPLATE": "timeline",
    "TIMELINE_INDEX_TEMPLATE": "timeline_index",
    # Wrap each resolved expression of the article body in <time> markup: True marks the
    # body itself (any theme); "theme" leaves it plain and the theme marks it up where it
    # shows the whole story, with the `timeline_marked` filter; False: no markup.
    "TIMELINE_MARKUP": True,
}


MARKUP_VALUES = (True, False, "theme")  # what TIMELINE_MARKUP accepts


def markup_mode(settings: Mapping[str, Any]) -> str | None:
    """The markup mode TIMELINE_MARKUP asks for: "body", "theme" or None (no markup)."""
    value = settings["TIMELINE_MARKUP"]
    return "theme" if value == "theme" else ("body" if value else None)


def apply_defaults(settings: MutableMapping[str, Any]) -> None:
    """Fill in every TIMELINE_* setting the site did not set itself."""
    for key, value in DEFAULTS.items():
        settings.setdefault(key, value)
