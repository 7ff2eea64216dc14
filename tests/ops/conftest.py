"""Fixtures shared by the operations tests (defined in ops_helpers, which the test
modules import too: this folder goes on sys.path, as pytest runs in importlib mode)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ops_helpers import browser, build_site, fake_engine  # noqa: E402,F401  (fixtures)
