"""Writing the timeline output: pages through Pelican's writer, JSON, the Plotly bundle.

Pages use the theme's `timeline` / `timeline_index` templates when it has
them and the plain ones shipped in plugins/timeline/templates/ otherwise
(those extend the theme's base.html, so they still look like the site).
"""

from __future__ import annotations

import filecmp
import json
import logging
import os
import shutil
from collections.abc import Iterable, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, Template, TemplateNotFound
from pelican.utils import sanitised_join

from .cache import cached_figure_json
from .events import site_sort_key

logger = logging.getLogger(__name__)

PLUGIN_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = PLUGIN_DIR / "templates"
PLOTLY_JS = PLUGIN_DIR / "static" / "plotly-basic.min.js"
PLOTLY_LICENSE = PLUGIN_DIR / "static" / "plotly-basic.LICENSE"
# Safe even if a browser sniffs the file as HTML; str.replace is far faster than translate.
_JSON_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


def json_text(payload: Any) -> str:
    """Compact, stable JSON that is also safe if a browser sniffs it as HTML."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escape in _JSON_ESCAPES:
        if char in text:
            text = text.replace(char, escape)
    return text + "\n"


def write_json(output_path: str, save_as: str, payload: Any) -> None:
    path = sanitised_join(output_path, save_as)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json_text(payload))
    logger.info('Writing "%s"', path)


def license_save_as(js_save_as: str) -> str:
    """timeline/plotly-basic-4.1.1.min.js -> timeline/plotly-basic-4.1.1.LICENSE.txt"""
    stem = js_save_as.removesuffix(".js").removesuffix(".min")
    return stem + ".LICENSE.txt"


def copy_once(source: Path, output_path: str, save_as: str) -> None:
    """Copy a file into the output unless an identical copy is already there."""
    target = sanitised_join(output_path, save_as)
    if os.path.exists(target) and filecmp.cmp(source, target, shallow=False):
        return
    os.makedirs(os.path.dirname(target), exist_ok=True)
    shutil.copyfile(source, target)
    logger.info('Copying "%s" to "%s"', source.name, target)


def copy_plotly(settings: Mapping[str, Any]) -> None:
    """The one copy of the Plotly bundle for the whole site, with its licence."""
    save_as = settings["TIMELINE_PLOTLY_JS_SAVE_AS"]
    if not save_as:
        return
    copy_once(PLOTLY_JS, settings["OUTPUT_PATH"], save_as)
    copy_once(PLOTLY_LICENSE, settings["OUTPUT_PATH"], license_save_as(save_as))


def template_env(generator: Any) -> Environment:
    """The generator's Jinja environment, with the plugin's templates as a last resort."""
    loader = ChoiceLoader([generator.env.loader, FileSystemLoader(str(TEMPLATES_DIR))])
    return generator.env.overlay(loader=loader)


def get_template(env: Environment, name: str, settings: Mapping[str, Any]) -> Template:
    for ext in settings["TEMPLATE_EXTENSIONS"]:
        try:
            return env.get_template(name + ext)
        except TemplateNotFound:
            continue
    raise TemplateNotFound(name)


def figure_json_for(
    events: Sequence[dict[str, Any]], reference: Any, *, per_article: bool, what: str
) -> str | None:
    """The chart's JSON for a page, or None (no events, no figure module, or it failed)."""
    if not any(e["start"] for e in events):
        return None
    try:
        from .figure import build_figure, figure_json
    except ImportError:
        return None
    try:
        return cached_figure_json(
            events,
            reference,
            per_article=per_article,
            compute=lambda: figure_json(build_figure(events, reference, per_article=per_article)),
        )
    except Exception as exc:  # the page still lists the events without the chart
        logger.error("%s: timeline chart not built: %s: %s", what, type(exc).__name__, exc)
        logger.debug("chart failure for %s", what, exc_info=True)
        return None


def _grouped(pairs: Iterable[tuple[Any, Any]]) -> list[tuple[Any, list[Any]]]:
    """[(category or tag, [articles])] in Pelican's shape, sorted like Pelican does."""
    groups: dict[Any, list[Any]] = {}
    for key, article in pairs:
        groups.setdefault(key, []).append(article)
    return sorted(groups.items(), key=lambda item: str(item[0]).casefold())


def write_timelines(generator: Any, writer: Any, timelines: Sequence[tuple[Any, Any]]) -> None:
    """Every timeline page and JSON file, the site-wide ones, and the Plotly bundle."""
    from .plugin import reference_date, source_name

    settings = generator.settings
    env = template_env(generator)
    write = partial(
        writer.write_file, context=generator.context, relative_urls=settings["RELATIVE_URLS"]
    )
    output_path = settings["OUTPUT_PATH"]
    plotly_js_url = settings["TIMELINE_PLOTLY_JS_URL"] or None
    copy_plotly(settings)

    page_template = None
    for article, timeline in timelines:
        try:
            if timeline.json_save_as:
                write_json(output_path, timeline.json_save_as, {"events": timeline.events})
            if not timeline.save_as:
                continue
            page_template = page_template or get_template(
                env, settings["TIMELINE_TEMPLATE"], settings
            )
            write(
                timeline.save_as,
                page_template,
                url=timeline.url,
                article=article,
                events=timeline.events,
                figure_json=figure_json_for(
                    timeline.events,
                    reference_date(article),
                    per_article=True,
                    what=source_name(article),
                ),
                plotly_js_url=plotly_js_url,
                timeline_json_url=timeline.json_url,
                timeline_page="article",
            )
        except Exception as exc:  # one article's page must not cost the others theirs
            logger.error(
                "%s: timeline page not written: %s: %s",
                source_name(article),
                type(exc).__name__,
                exc,
            )
            logger.debug("page failure for %s", source_name(article), exc_info=True)

    listed = [(article, timeline) for article, timeline in timelines if timeline.listed]
    all_events = sorted(
        (event for _, timeline in listed for event in timeline.events), key=site_sort_key
    )
    if settings["TIMELINE_EVENTS_SAVE_AS"]:
        write_json(output_path, settings["TIMELINE_EVENTS_SAVE_AS"], {"events": all_events})
    if settings["TIMELINE_INDEX_SAVE_AS"]:
        write_index_pages(env, write, settings, listed, len(all_events), plotly_js_url)


def index_pages(listed: Sequence[tuple[Any, Any]], per_page: int) -> list[list[tuple[Any, Any]]]:
    """Stories with events, newest first, in pages of `per_page` (0: one page)."""
    newest = sorted(listed, key=lambda pair: (pair[0].date, pair[0].slug), reverse=True)
    if not per_page or per_page <= 0:
        return [newest]
    return [newest[i : i + per_page] for i in range(0, len(newest), per_page)] or [[]]


def write_index_pages(
    env: Environment,
    write: Any,
    settings: Mapping[str, Any],
    listed: Sequence[tuple[Any, Any]],
    events_count: int,
    plotly_js_url: str | None,
) -> None:
    """The site-wide timeline: every story's events, a bounded number of stories a page."""
    template = get_template(env, settings["TIMELINE_INDEX_TEMPLATE"], settings)
    pages = index_pages(listed, int(settings["TIMELINE_INDEX_ARTICLES_PER_PAGE"] or 0))

    def where(number: int) -> tuple[str, str]:
        if number == 1:
            return settings["TIMELINE_INDEX_URL"], settings["TIMELINE_INDEX_SAVE_AS"]
        return (
            settings["TIMELINE_INDEX_PAGE_URL"].format(number=number),
            settings["TIMELINE_INDEX_PAGE_SAVE_AS"].format(number=number),
        )

    for number, page in enumerate(pages, start=1):
        articles = [article for article, _ in page]
        events = sorted(
            (event for _, timeline in page for event in timeline.events), key=site_sort_key
        )
        url, save_as = where(number)
        write(
            save_as,
            template,
            url=url,
            events=events,
            articles=articles,
            categories=_grouped((a.category, a) for a in articles if getattr(a, "category", None)),
            tags=_grouped((tag, a) for a in articles for tag in getattr(a, "tags", None) or ()),
            figure_json=figure_json_for(events, None, per_article=False, what=save_as),
            plotly_js_url=plotly_js_url,
            events_json_url=settings["TIMELINE_EVENTS_URL"] or None,
            timeline_page="index",
            index_page=number,
            index_pages=len(pages),
            index_previous_url=where(number - 1)[0] if number > 1 else None,
            index_next_url=where(number + 1)[0] if number < len(pages) else None,
            all_articles_count=len(listed),
            all_events_count=events_count,
        )
