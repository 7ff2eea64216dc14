"""Fixtures shared by the operations tests (defined in ops_helpers)."""

from ops_helpers import build_site, fake_engine  # noqa: F401  (fixtures)
