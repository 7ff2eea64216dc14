"""Temporal expression engine: pure Python, no Pelican, no Plotly.

    extract(text, reference) -> list[Timex]
"""

from .model import TYPES, Derived, Timex

__all__ = ["TYPES", "Derived", "Timex"]
