"""Pelican signal handlers: where the plugin meets Pelican.

- `initialized`: fill in the TIMELINE_* defaults.
- `article_generator_finalized`: per article, HTML -> text -> engine -> events;
  attach `article.timeline` for templates and mark the expressions up as
  <time> in the article body (before Pelican writes the articles).
- `article_writer_finalized`: write the timeline pages, their JSON, the
  site-wide timeline and its JSON through Pelican's writer, copy the Plotly
  bundle once, and log one summary line.

All per-build state lives on the articles generator, which Pelican makes
anew for every build, so `pelican -lr` never sees a previous build's state.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from . import overrides
from .cache import ExtractionCache, cached_text, markup_key
from .eventjson import PackedEvents, Spool
from .events import ArticleFacts, build_events
from .settings import MARKUP_VALUES, apply_defaults, markup_mode

logger = logging.getLogger(__name__)
if hasattr(logger, "disable_filter"):
    # Pelican drops a log message it has seen before in the same process; the
    # summary of every rebuild under `pelican -lr` must still show.
    logger.disable_filter()

STATE = "timeline_build"  # attribute of the articles generator holding the build state
# The finished build whose summary line is still to be logged (at most one).
_TO_REPORT: list[BuildState] = []


@dataclass(slots=True)
class ArticleTimeline:
    """What templates see as `article.timeline` (None for an article without events).

    The events are held packed (compressed JSON) until the pages are written;
    `events` unpacks them on each use, `count`, `first`, `last` and `ends` do not.
    """

    packed: PackedEvents
    url: str | None  # None when TIMELINE_SAVE_AS is empty: no page, so no link
    save_as: str | None
    json_url: str | None
    json_save_as: str | None
    listed: bool = True  # False for hidden articles: own page, but not on the site-wide one

    @property
    def events(self) -> list[dict[str, Any]]:
        return self.packed.unpack()

    @property
    def count(self) -> int:
        return self.packed.count

    @property
    def dated(self) -> list[dict[str, Any]]:
        return [e for e in self.events if e["start"]]

    @property
    def first(self) -> dict[str, Any] | None:
        return self.packed.first_and_last()[0]

    @property
    def last(self) -> dict[str, Any] | None:
        return self.packed.first_and_last()[1]

    @property
    def ends(self) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        """`first` and `last` read at once."""
        return self.packed.first_and_last()


@dataclass
class BuildState:
    """Counts and results of one build."""

    started: float = field(default_factory=time.perf_counter)
    finished: float | None = None  # when the plugin's own work ended
    articles: int = 0
    expressions: int = 0
    events: int = 0
    unresolved: int = 0
    failed: int = 0
    timelines: list[tuple[Any, ArticleTimeline]] = field(default_factory=list)
    # Extra parts for the summary line's parentheses (e.g. cache counts).
    notes: list[str] = field(default_factory=list)
    cache: ExtractionCache | None = None
    # Where the timelines' events wait, out of memory, for the pages to be written.
    spool: Spool = field(default_factory=Spool)

    def add(self, packed: PackedEvents) -> None:
        self.articles += 1
        self.events += packed.count
        self.expressions += packed.expressions
        self.unresolved += packed.unresolved

    def summary(self) -> str:
        seconds = (self.finished or time.perf_counter()) - self.started
        extra = "".join(f", {note}" for note in self.notes)
        failed = f", {self.failed:,} failed" if self.failed else ""
        return (
            f"timeline: {self.articles:,} articles, {self.expressions:,} expressions, "
            f"{self.events:,} events, {self.unresolved:,} unresolved{failed} "
            f"({seconds:.1f} s{extra})"
        )


def source_name(article: Any) -> str:
    """The article's file as the author knows it (relative when under the cwd)."""
    path = str(getattr(article, "source_path", "") or getattr(article, "slug", "?"))
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return path
    return path if relative.startswith("..") else relative


def reference_date(article: Any) -> date:
    """The day the article's relative dates are resolved against: its publication day,
    or the author's `timeline_reference`."""
    return overrides.reference_date(article)


def article_facts(article: Any, reference: date) -> ArticleFacts:
    from .htmltext import html_to_text  # only an extraction needs it: not a cached build

    category = getattr(article, "category", None)
    return ArticleFacts(
        slug=str(article.slug),
        url=str(article.url),
        title=html_to_text(str(getattr(article, "title", ""))).text,
        category=str(category) if category else None,
        tags=tuple(str(tag) for tag in getattr(article, "tags", None) or ()),
        reference=reference,
    )


def language(article: Any, settings: Mapping[str, Any]) -> str:
    """The article's language as the engine knows languages: "en-GB", "en_US" -> "en"."""
    lang = str(getattr(article, "lang", None) or settings.get("DEFAULT_LANG") or "en")
    return lang.replace("_", "-").split("-")[0].strip().lower() or "en"


def _extractor() -> Callable[..., list[Any]]:
    """The engine's extract(), imported on first use (keeps Pelican start-up fast)."""
    from .engine import extract

    return extract


def article_events(article: Any, settings: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The article's events: its body HTML -> plain text -> engine -> event dicts.

    The one costly step per article, kept whole so a cache can wrap it. The
    events' `span` offsets refer to `html_to_text(article._content).text`.
    """
    from .htmltext import html_to_text

    plain = html_to_text(article._content or "")
    reference = reference_date(article)
    timexes = _extractor()(plain.text, reference, lang=language(article, settings))
    return build_events(timexes, plain.text, article_facts(article, reference))


def _marked(html: str, packed: PackedEvents) -> str:
    from .htmltext import mark_times

    return mark_times(html, packed.unpack())


@dataclass(slots=True)
class _PendingMarkup:
    """What `timeline_marked` needs to mark an article's body up when the theme shows it."""

    packed: PackedEvents
    key: str | None  # the cache key of the marked body
    shown: bool = False  # the theme applied the filter to this body


def timeline_marked(html: str, article: Any) -> str:
    """Jinja filter: the article body `html` with its expressions in <time> markup.

    With TIMELINE_MARKUP = "theme" the body stays plain (summaries, feeds and Pelican's
    link rewriting never see the markup) and a theme marks it up where it shows the
    whole story: `{{ article.content|timeline_marked(article) }}`. Otherwise `html`
    comes back as it is (already marked up, or markup is off).
    """
    pending: _PendingMarkup | None = getattr(article, "_timeline_markup", None)
    if pending is None:
        return html
    pending.shown = True
    if html != article._content:  # Pelican rewrote links in it: mark up what it shows
        return _marked(html, pending.packed)
    return cached_text(pending.key, lambda: _marked(html, pending.packed))


def attach_timeline(
    article: Any,
    packed: PackedEvents,
    settings: Mapping[str, Any],
    build: BuildState,
    *,
    listed: bool = True,
    extracted: bool = False,
) -> None:
    """Give templates `article.timeline`, mark the expressions up in the body, and
    remember the timeline for the writing step. `extracted`: the events were just
    extracted from the body, not read from the cache."""
    if not packed.count:
        article.timeline = None
        return
    url_format = article.url_format  # a property Pelican computes on every access

    def formatted(setting: str, like: str | None = None) -> str | None:
        text = settings[setting].format(**url_format) if settings[setting] else None
        return like if text == like else text  # one string, not two, when URL = SAVE_AS

    save_as = formatted("TIMELINE_SAVE_AS")
    json_save_as = formatted("TIMELINE_JSON_SAVE_AS")
    mode = markup_mode(settings)
    if mode == "body":
        article._content = cached_text(
            markup_key(article), lambda: _marked(article._content, packed)
        )
    held = packed.spooled(build.spool)
    if mode == "theme":
        key = markup_key(article)
        if extracted and key is not None:  # stored now, while the body's parse is at hand
            cached_text(key, lambda: _marked(article._content, packed))
        article._timeline_markup = _PendingMarkup(held, key)
    timeline = ArticleTimeline(
        packed=held,
        url=formatted("TIMELINE_URL", save_as) if save_as else None,
        save_as=save_as,
        json_url=formatted("TIMELINE_JSON_URL", json_save_as) if json_save_as else None,
        json_save_as=json_save_as,
        listed=listed,
    )
    # Templates link to article.timeline.url: without a page, there is nothing to link to.
    article.timeline = timeline if save_as else None
    build.timelines.append((article, timeline))


def process_article(
    article: Any, settings: Mapping[str, Any], build: BuildState, *, listed: bool = True
) -> None:
    """The whole per-article pipeline; a failure is logged and costs only this article."""
    article.timeline = None
    try:
        author = overrides.read_overrides(article)
        if not author.enabled:
            logger.info("%s: timeline off (article metadata)", source_name(article))
            return

        extracted = False

        def extract() -> PackedEvents:
            nonlocal extracted
            extracted = True
            return PackedEvents.pack(article_events(article, settings))

        if build.cache is None:
            packed = extract()
        else:
            packed = build.cache.article_events(
                article, settings, extract, reference=reference_date(article)
            )
        if author.fix or author.exclude or author.add:
            packed = PackedEvents.pack(overrides.apply_overrides(packed.unpack(), article, author))
        attach_timeline(article, packed, settings, build, listed=listed, extracted=extracted)
    except Exception as exc:  # one bad article must not stop the others
        build.failed += 1
        logger.error(
            "%s: timeline not built: %s: %s", source_name(article), type(exc).__name__, exc
        )
        logger.debug("timeline failure in %s", source_name(article), exc_info=True)
        return
    build.add(packed)
    if logger.isEnabledFor(logging.DEBUG):  # the file name costs a path computation
        logger.debug("timeline: %s: %d events", source_name(article), packed.count)


# --- signal handlers ---------------------------------------------------------------


def on_initialized(pelican: Any) -> None:
    settings = pelican.settings
    apply_defaults(settings)
    if settings["TIMELINE_MARKUP"] not in MARKUP_VALUES:
        logger.error(
            'TIMELINE_MARKUP is %r: expected True, False or "theme"; using True',
            settings["TIMELINE_MARKUP"],
        )
        settings["TIMELINE_MARKUP"] = True
    # A new dict: Pelican's default one is shared by every settings object of the process.
    settings["JINJA_FILTERS"] = {
        "timeline_marked": timeline_marked, **(settings.get("JINJA_FILTERS") or {})
    }


def on_article_generator_finalized(generator: Any) -> None:
    settings = generator.settings
    apply_defaults(settings)  # when the generator runs without `initialized` (tests, tools)
    _TO_REPORT.clear()  # a build that crashed before `finalized` reports nothing
    build = BuildState(cache=ExtractionCache.for_settings(settings))
    setattr(generator, STATE, build)
    for article in generator.translations + generator.drafts:
        article.timeline = None
    if not settings["TIMELINE_ENABLED"]:
        for article in generator.articles + generator.hidden_articles:
            article.timeline = None
        return
    for article in generator.articles:
        process_article(article, settings, build)
    for article in generator.hidden_articles:
        process_article(article, settings, build, listed=False)


def on_article_writer_finalized(generator: Any, writer: Any) -> None:
    build: BuildState | None = getattr(generator, STATE, None)
    if build is None or not generator.settings["TIMELINE_ENABLED"]:
        return
    from .writer import write_timelines  # the writing side is only needed now

    pending = [getattr(a, "_timeline_markup", None) for a, _ in build.timelines]
    if any(pending) and not any(p and p.shown for p in pending):
        logger.warning(
            'timeline: TIMELINE_MARKUP is "theme", but the theme never marks an article up '
            "(`{{ article.content|timeline_marked(article) }}` in article.html): the stories "
            "carry no date markup, and links from the timelines to their dates land at the "
            "top of the story; use TIMELINE_MARKUP = True with this theme"
        )
    write_timelines(generator, writer, build.timelines)
    if build.cache is not None:
        build.cache.prune()
        build.notes.append(build.cache.stats.cache_note(warm=build.cache.had_entries))
    build.finished = time.perf_counter()
    _TO_REPORT[:] = [build]


def on_finalized(pelican: Any) -> None:
    """The summary goes last, after Pelican's other generators have logged their work."""
    while _TO_REPORT:
        report(_TO_REPORT.pop().summary())


def report(line: str) -> None:
    """The build's closing line: in the log with -v, else printed like Pelican's "Done:"."""
    if logger.isEnabledFor(logging.INFO):
        logger.info(line)
    elif logger.isEnabledFor(logging.WARNING):
        from pelican.log import console

        console.print(line, soft_wrap=True, markup=False, highlight=False)  # one line, whole
