"""Pelican settings for the published site (GitHub Pages or any host).

The site URL comes from the environment so that a project site served under
a path prefix (``https://user.github.io/repo``) gets every link and asset,
the Plotly bundle included, under that prefix.
"""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F403

SITEURL = os.environ.get("SITEURL", "").rstrip("/")
RELATIVE_URLS = False

FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = "feeds/{slug}.atom.xml"

DELETE_OUTPUT_DIRECTORY = True
