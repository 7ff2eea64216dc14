"""Pelican settings for local builds and preview."""

AUTHOR = "Newsroom"
SITENAME = "News Timelines"
SITEURL = ""

PATH = "content"
THEME = "theme"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"

PLUGIN_PATHS = ["plugins"]
PLUGINS = ["timeline"]
# The theme marks the dates up in the story it shows whole (article.html); summaries and
# feeds keep the plain text.
TIMELINE_MARKUP = "theme"

# Feeds are for the published site (publishconf.py).
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

DEFAULT_PAGINATION = 10
RELATIVE_URLS = True
