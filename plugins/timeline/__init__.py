"""News timelines for Pelican: dates in articles -> events -> Plotly timeline pages.

Enable with ``PLUGINS = ["timeline"]`` (and ``PLUGIN_PATHS``). Importing the
package does no work; the engine, Plotly and the writer load when first used.
"""

from __future__ import annotations


def register() -> None:
    """Pelican's entry point: connect the handlers to Pelican's signals."""
    from pelican import signals

    from . import plugin, sources

    signals.initialized.connect(plugin.on_initialized)
    signals.article_generator_finalized.connect(plugin.on_article_generator_finalized)
    signals.article_generator_finalized.connect(sources.explain_unreadable)
    signals.article_writer_finalized.connect(plugin.on_article_writer_finalized)
    signals.finalized.connect(plugin.on_finalized)
