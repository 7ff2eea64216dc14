"""Writing the timeline output: pages through Pelican's writer, JSON, the Plotly bundle.

Pages use the theme's `timeline` / `timeline_index` templates when it has
them and the plain ones shipped in plugins/timeline/templates/ otherwise
(those extend the theme's base.html, so they still look like the site).
"""

from __future__ import annotations

import filecmp
import logging
import os
import shutil
from collections.abc import Iterable, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, Template, TemplateNotFound
from pelican.utils import sanitised_join

from .cache import cached_figure_json, figure_key
from .eventjson import json_text, site_order, write_events_stream
from .events import site_sort_key
from .outputs import (
    OutputRecords,
    build_text,
    content_text,
    events_digest,
    sha,
    templates_read_bodies,
    templates_text,
)

logger = logging.getLogger(__name__)

PLUGIN_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = PLUGIN_DIR / "templates"
PLOTLY_JS = PLUGIN_DIR / "static" / "plotly-basic.min.js"
PLOTLY_LICENSE = PLUGIN_DIR / "static" / "plotly-basic.LICENSE"
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
    return env.get_template(template_name(env, name, settings))


def template_name(env: Environment, name: str, settings: Mapping[str, Any]) -> str:
    """The file a template setting names, found as Pelican finds it (without compiling it:
    a build that keeps every page never needs the compiled template)."""
    assert env.loader is not None
    for ext in settings["TEMPLATE_EXTENSIONS"]:
        try:
            env.loader.get_source(env, name + ext)
        except TemplateNotFound:
            continue
        return name + ext
    raise TemplateNotFound(name)


def figure_json_for(
    events: Sequence[dict[str, Any]],
    reference: Any,
    *,
    per_article: bool,
    what: str,
    key: str | None = None,
) -> str | None:
    """The chart's JSON for a page, or None (no events, no figure module, or it failed)."""
    if not any(e["start"] for e in events):
        return None
    try:
        from .figure import figure_data, figure_json
    except ImportError:
        return None
    try:
        return cached_figure_json(
            events,
            reference,
            per_article=per_article,
            compute=lambda: figure_json(figure_data(events, reference, per_article=per_article)),
            key=key,
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


def _write_text(path: str, text: str) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    logger.info('Writing "%s"', path)


class TimelineWriter:
    """Writes one build's timeline outputs, keeping those whose inputs did not change."""

    def __init__(self, generator: Any, writer: Any) -> None:
        self.settings = settings = generator.settings
        self.env = template_env(generator)
        self.write = partial(
            writer.write_file, context=generator.context, relative_urls=settings["RELATIVE_URLS"]
        )
        self.output_path = settings["OUTPUT_PATH"]
        self.plotly_js_url = settings["TIMELINE_PLOTLY_JS_URL"] or None
        self.records = OutputRecords(self.output_path)
        # None when the templates cannot be listed: then every page is rendered.
        self.memo: dict[Any, str] = {}  # digests of what the context holds, for this build
        self._templates: dict[str, Template] = {}
        self.shared = self._shared_text(generator.context) if self.records.store else None
        self.events_ids: dict[int, str] = {}  # id(timeline) -> digest of its events

    def _shared_text(self, context: Mapping[str, Any]) -> str | None:
        """The digest every page shares; without the articles' text when the timeline
        templates show none but the page's own (each page's digest has that one)."""
        try:
            names = [
                template_name(self.env, self.settings[setting], self.settings)
                for setting in ("TIMELINE_TEMPLATE", "TIMELINE_INDEX_TEMPLATE")
                if self.settings[setting]
            ]
        except TemplateNotFound:
            return build_text(self.env, context, self.memo)
        templates = templates_text(self.env)
        if templates is None:
            return None
        # Parsing the templates costs more than a warm build's other checks: kept by their
        # sources and the filters, tests and globals the site gives them (the answer uses both).
        env = self.env
        inputs = [names, sorted(env.filters), sorted(env.tests), sorted(env.globals)]
        bodies = self.records.remembered(
            "bodies-" + sha(templates, *("\x1f".join(group) for group in inputs)),
            lambda: templates_read_bodies(env, names),
        )
        return build_text(self.env, context, self.memo, bodies=bodies, templates=templates)

    def template(self, setting: str) -> Template:
        name = self.settings[setting]
        if name not in self._templates:
            self._templates[name] = get_template(self.env, name, self.settings)
        return self._templates[name]

    def page_digest(self, *parts: str) -> str | None:
        return None if self.shared is None else sha(self.shared, *parts)

    def article_outputs(self, article: Any, timeline: Any) -> None:
        """An article's timeline JSON and page."""
        from .plugin import reference_date, source_name

        ev_id = timeline.packed.digest
        self.events_ids[id(timeline)] = ev_id
        if timeline.json_save_as:
            path = sanitised_join(self.output_path, timeline.json_save_as)
            digest = sha("json", ev_id)
            if not self.records.current(path, digest):
                _write_text(path, timeline.packed.text)
                self.records.wrote(path, digest)
        if not timeline.save_as:
            return
        reference = reference_date(article)
        fkey = figure_key(ev_id, reference, per_article=True) if timeline.packed.dated else None
        path = sanitised_join(self.output_path, timeline.save_as)
        digest = self.page_digest(
            "page",
            self.settings["TIMELINE_TEMPLATE"],
            timeline.save_as,
            str(timeline.url),
            str(timeline.json_url),
            str(self.plotly_js_url),
            content_text(article, self.memo),
            str(reference),
            ev_id,
            fkey or "",
        )
        if self.records.current(path, digest, keep=fkey):
            return
        events = timeline.events
        figure = figure_json_for(
            events, reference, per_article=True, what=source_name(article), key=fkey
        )
        self.write(
            timeline.save_as,
            self.template("TIMELINE_TEMPLATE"),
            url=timeline.url,
            article=article,
            events=events,
            figure_json=figure,
            plotly_js_url=self.plotly_js_url,
            timeline_json_url=timeline.json_url,
            timeline_page="article",
        )
        # A chart that failed is tried again next build (and its error logged again).
        self.records.wrote(path, digest if figure is not None or fkey is None else None)

    def events_json(self, listed: Sequence[tuple[Any, Any]]) -> None:
        """Every listed event of the site, in one file."""
        save_as = self.settings["TIMELINE_EVENTS_SAVE_AS"]
        if not save_as:
            return
        path = sanitised_join(self.output_path, save_as)
        digest = sha("events.json", events_digest(self.events_ids[id(t)] for _, t in listed))
        if self.records.current(path, digest):
            return
        write_events_stream(path, site_order(t.packed for _, t in listed))
        self.records.wrote(path, digest)


def write_timelines(generator: Any, writer: Any, timelines: Sequence[tuple[Any, Any]]) -> None:
    """Every timeline page and JSON file, the site-wide ones, and the Plotly bundle."""
    from .plugin import source_name

    out = TimelineWriter(generator, writer)
    copy_plotly(out.settings)
    out.records.preload(
        os.path.join(out.output_path, path)  # where `sanitised_join` puts what it accepts
        for _, timeline in timelines
        for path in (timeline.json_save_as, timeline.save_as)
        if path
    )
    for article, timeline in timelines:
        try:
            out.article_outputs(article, timeline)
        except Exception as exc:  # one article's page must not cost the others theirs
            logger.error(
                "%s: timeline page not written: %s: %s",
                source_name(article),
                type(exc).__name__,
                exc,
            )
            logger.debug("page failure for %s", source_name(article), exc_info=True)

    listed = [
        (article, timeline)
        for article, timeline in timelines
        if timeline.listed and id(timeline) in out.events_ids
    ]
    out.events_json(listed)
    if out.settings["TIMELINE_INDEX_SAVE_AS"]:
        write_index_pages(out, listed)
    logger.debug(
        "timeline: %d outputs written, %d unchanged and kept",
        out.records.written,
        out.records.kept,
    )


def index_pages(listed: Sequence[tuple[Any, Any]], per_page: int) -> list[list[tuple[Any, Any]]]:
    """Stories with events, newest first, in pages of `per_page` (0: one page)."""
    newest = sorted(listed, key=lambda pair: (pair[0].date, pair[0].slug), reverse=True)
    if not per_page or per_page <= 0:
        return [newest]
    return [newest[i : i + per_page] for i in range(0, len(newest), per_page)] or [[]]


def write_index_pages(out: TimelineWriter, listed: Sequence[tuple[Any, Any]]) -> None:
    """The site-wide timeline: every story's events, a bounded number of stories a page."""
    settings = out.settings
    pages = index_pages(listed, int(settings["TIMELINE_INDEX_ARTICLES_PER_PAGE"] or 0))
    events_count = sum(timeline.count for _, timeline in listed)
    events_json_url = settings["TIMELINE_EVENTS_URL"] or None

    def where(number: int) -> tuple[str, str]:
        if number == 1:
            return settings["TIMELINE_INDEX_URL"], settings["TIMELINE_INDEX_SAVE_AS"]
        return (
            settings["TIMELINE_INDEX_PAGE_URL"].format(number=number),
            settings["TIMELINE_INDEX_PAGE_SAVE_AS"].format(number=number),
        )

    for number, page in enumerate(pages, start=1):
        url, save_as = where(number)
        previous_url = where(number - 1)[0] if number > 1 else None
        next_url = where(number + 1)[0] if number < len(pages) else None
        page_events_id = events_digest(out.events_ids[id(t)] for _, t in page)
        fkey = (
            figure_key(page_events_id, None, per_article=False)
            if any(t.packed.dated for _, t in page)
            else None
        )
        path = sanitised_join(out.output_path, save_as)
        digest = out.page_digest(
            "index",
            settings["TIMELINE_INDEX_TEMPLATE"],
            save_as,
            url,
            str(previous_url),
            str(next_url),
            f"{number}/{len(pages)}/{len(listed)}/{events_count}",
            str(events_json_url),
            str(out.plotly_js_url),
            page_events_id,
            fkey or "",
            *(content_text(article, out.memo) for article, _ in page),
        )
        if out.records.current(path, digest, keep=fkey):
            continue
        articles = [article for article, _ in page]
        events = sorted(
            (event for _, timeline in page for event in timeline.events), key=site_sort_key
        )
        figure = figure_json_for(events, None, per_article=False, what=save_as, key=fkey)
        out.write(
            save_as,
            out.template("TIMELINE_INDEX_TEMPLATE"),
            url=url,
            events=events,
            articles=articles,
            categories=_grouped((a.category, a) for a in articles if getattr(a, "category", None)),
            tags=_grouped((tag, a) for a in articles for tag in getattr(a, "tags", None) or ()),
            figure_json=figure,
            plotly_js_url=out.plotly_js_url,
            events_json_url=events_json_url,
            timeline_page="index",
            index_page=number,
            index_pages=len(pages),
            index_previous_url=previous_url,
            index_next_url=next_url,
            all_articles_count=len(listed),
            all_events_count=events_count,
        )
        out.records.wrote(path, digest if figure is not None or fkey is None else None)
