"""Per-article extraction cache, so a rebuild redoes only what changed.

Extraction (engine, events) is the costly part of the plugin. Its result for
one article depends only on:

- the article's HTML content (what the engine reads),
- the reference date (publication date or ``timeline_reference``),
- the language,
- the facts copied into every event (url, title, slug, category, tags) and
  the article's ``timeline_*`` metadata (author overrides),
- ``ENGINE_VERSION``,
- the ``TIMELINE_*`` settings that change the result (not where or with
  which template pages are written).

The key is a SHA-256 of all of these, so a change in any one of them misses
the cache for exactly the articles it concerns. Entries live in
``CACHE_PATH/timeline/``; each build prunes the entries it did not use, so
the cache does not grow with every edit. A fresh cache object is made for
each build, so ``pelican -lr`` never sees the state of the previous build.

Chart JSON is memoized the same way (`cached_figure_json`), keyed by the
events, the reference date and the source of the figure code, since building
a Plotly figure costs more than extracting the article.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import pickle
import re
import sqlite3
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import astuple, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .eventjson import PackedEvents

logger = logging.getLogger(__name__)

CACHE_FORMAT = "3"  # bump when the layout of an entry changes
CACHE_DIRNAME = "timeline"
DATABASE = "cache.sqlite3"

# TIMELINE_* settings that only say where or how pages are written: they do
# not change what is extracted, so they stay out of the key.
_OUTPUT_ONLY_SUFFIXES = ("_SAVE_AS", "_TEMPLATE")
_OUTPUT_ONLY = frozenset({"TIMELINE_ENABLED", "TIMELINE_CACHE", "TIMELINE_MARKUP"})


_current: ExtractionCache | None = None  # the cache of the build under way
# The plugin's folder: code hashed by path, so a build served from the cache imports none of it.
_PACKAGE = Path(__file__).resolve().parent


def code_version(*modules: Any) -> str:
    """A hash of the modules' source files: a code change invalidates what they made."""
    return _files_hash(tuple(str(getattr(m, "__file__", None) or repr(m)) for m in modules))


@functools.cache
def _files_hash(paths: tuple[str, ...]) -> str:
    """Once a process: the code loaded is the code hashed (even under autoreload)."""
    h = hashlib.sha256()
    for path in paths:
        h.update(Path(path).read_bytes() if Path(path).is_file() else path.encode())
    return h.hexdigest()[:16]


def engine_version() -> str:
    """The engine's version and a hash of the code that turns an article into events.

    ENGINE_VERSION is the documented key; the source hash also catches a change
    in the engine's rules and word lists, or in the HTML-to-text and event code,
    made without a version bump (the cache must never serve stale events). The
    version is read from the engine's source, so a build served from the cache
    never imports the engine.
    """
    loaded = sys.modules.get("timeline.engine")
    version = getattr(loaded, "ENGINE_VERSION", None) if loaded else None
    return f"{version or _engine_version_text()}+{_pipeline_code()}"


@functools.cache
def _engine_version_text() -> str:
    source = (Path(__file__).resolve().parent / "engine" / "__init__.py").read_text("utf-8")
    found = re.search(r"^ENGINE_VERSION\s*=\s*[\"']([^\"']+)[\"']", source, re.M)
    if found:
        return found.group(1)
    from timeline import engine

    return str(getattr(engine, "ENGINE_VERSION", "0"))


@functools.cache
def _pipeline_code() -> str:
    """Hash of the engine's files and of the modules that make and pack events (once a process)."""
    package = Path(__file__).resolve().parent
    files = sorted((package / "engine").rglob("*.py")) + sorted(
        (package / "engine" / "lang").rglob("*.json")
    )
    names = ("htmltext", "events", "eventjson", "labels", "plugin")
    files += [package / f"{name}.py" for name in names]
    h = hashlib.sha256()
    for path in files:
        if path.is_file():
            h.update(path.relative_to(package).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def result_settings(settings: Mapping[str, Any]) -> dict[str, str]:
    """The settings that change an article's extraction result, as strings."""
    picked = {
        key: repr(value)
        for key, value in settings.items()
        if key.startswith("TIMELINE_")
        and key not in _OUTPUT_ONLY
        and not key.endswith(_OUTPUT_ONLY_SUFFIXES)
    }
    picked["DEFAULT_LANG"] = repr(settings.get("DEFAULT_LANG"))
    return dict(sorted(picked.items()))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return json.dumps([_text(v) for v in value])
    return str(value)


def article_key_parts(
    article: Any,
    settings: Mapping[str, Any],
    reference: date | None,
    version: str,
    settings_text: str | None = None,
) -> dict[str, str]:
    """Everything an article's extraction depends on, as a flat dict of strings.

    `settings_text` is `result_settings` as JSON when the caller has it already.
    """
    metadata = getattr(article, "metadata", {}) or {}
    overrides = {k: _text(v) for k, v in sorted(metadata.items()) if k.startswith("timeline")}
    return {
        "format": CACHE_FORMAT,
        "engine": version,
        "content": getattr(article, "_content", None) or "",
        "reference": _text(reference),
        "lang": _text(getattr(article, "lang", None) or settings.get("DEFAULT_LANG")),
        "url": _text(getattr(article, "url", "")),
        "title": _text(getattr(article, "title", "")),
        "slug": _text(getattr(article, "slug", "")),
        "category": _text(getattr(article, "category", "")),
        "tags": _text([str(t) for t in getattr(article, "tags", None) or []]),
        "overrides": json.dumps(overrides, sort_keys=True),
        "settings": settings_text or json.dumps(result_settings(settings), sort_keys=True),
    }


def sha(*pieces: str) -> str:
    """A stable digest of strings (each prefixed with its length, so no two sequences collide)."""
    text = "".join(f"{len(piece)}\x1f{piece}" for piece in pieces)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def digest(parts: Mapping[str, str]) -> str:
    """A stable key for a dict of strings (length-prefixed, so no two dicts collide)."""
    return sha(*(piece for name in sorted(parts) for piece in (name, parts[name])))


@dataclass
class BuildStats:
    """Which articles came from the cache, for the summary line that ends the build log."""

    from_cache: int = 0
    extracted: list[str] = field(default_factory=list)

    def cache_note(self, *, warm: bool) -> str:
        """`498 from cache`, naming the few articles extracted again on a warm build."""
        note = f"{self.from_cache:,} from cache"
        if warm and 0 < len(self.extracted) <= 5:
            names = ", ".join(os.path.basename(path) for path in self.extracted)
            note += f", extracted again: {names}"
        elif warm and self.extracted:
            note += f", {len(self.extracted):,} extracted again"
        return note


def _mark(key: str) -> bytes:
    """What the set of used keys holds for `key`: a 16-byte digest, under half its size."""
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class ExtractionCache:
    """The build cache: one SQLite file in CACHE_PATH/timeline; made anew for each build.

    One file however many articles and charts: no file opened per entry, an
    entry read only when asked for (memory stays flat), and an interrupted
    build never leaves half an entry (writes commit at the end of the build).
    Values are pickled when stored, so later changes to the objects a build
    hands around never leak into the cache.
    """

    def __init__(self, folder: Path | str | None, *, enabled: bool = True) -> None:
        self.folder = Path(folder) if folder else None
        self.enabled = enabled and self.folder is not None
        self.used: set[bytes] = set()  # `_mark` of each key this build used
        self.stats = BuildStats()
        self._db: sqlite3.Connection | None = None
        self._settings_text: str | None = None  # settings do not change within a build
        self._article_keys: dict[int, str] = {}  # id(article) -> its key, for markup_key
        self._version: str | None = None
        self.had_entries = self.enabled and self._has_entries()

    @classmethod
    def for_settings(cls, settings: Mapping[str, Any]) -> ExtractionCache:
        """The cache Pelican's settings ask for (CACHE_PATH, TIMELINE_CACHE)."""
        global _current
        if _current is not None:
            _current.close()
        folder = Path(settings.get("CACHE_PATH") or "cache") / CACHE_DIRNAME
        _current = cls(folder, enabled=bool(settings.get("TIMELINE_CACHE", True)))
        return _current

    def _connect(self, *, create: bool) -> sqlite3.Connection | None:
        if self._db is not None or not self.enabled:
            return self._db
        assert self.folder is not None
        path = self.folder / DATABASE
        if not create and not path.exists():
            return None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path)
            db.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, value BLOB)")
            db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
            row = db.execute("SELECT value FROM meta WHERE name = 'format'").fetchone()
            if row is None or row[0] != CACHE_FORMAT:
                db.execute("DELETE FROM entries")
                db.execute("INSERT OR REPLACE INTO meta VALUES ('format', ?)", (CACHE_FORMAT,))
            db.commit()
        except sqlite3.Error as exc:  # a damaged cache is only a slower build
            logger.warning("timeline: ignoring unreadable cache %s: %s", path, exc)
            try:
                path.unlink()
                return self._connect(create=True) if create else None
            except OSError:
                self.enabled = False
                return None
        self._db = db
        return db

    def _has_entries(self) -> bool:
        db = self._connect(create=False)
        if db is None:
            return False
        try:
            return db.execute("SELECT 1 FROM entries LIMIT 1").fetchone() is not None
        except sqlite3.Error:
            return False

    def stored_keys(self) -> set[str]:
        """Every stored key."""
        db = self._connect(create=False)
        if db is None:
            return set()
        try:
            return {row[0] for row in db.execute("SELECT key FROM entries")}
        except sqlite3.Error:
            return set()

    def get(self, key: str) -> Any | None:
        """The stored value, or None (missing or unreadable entries are a miss)."""
        db = self._connect(create=False)
        if db is None:
            return None
        try:
            row = db.execute("SELECT value FROM entries WHERE key = ?", (key,)).fetchone()
            value = pickle.loads(row[0]) if row else None
        except Exception as exc:  # a damaged entry is a miss
            logger.warning("timeline: ignoring unreadable cache entry %s: %s", key, exc)
            return None
        if row is not None:
            self.used.add(_mark(key))
        return value

    def get_many(self, keys: Sequence[str]) -> dict[str, Any]:
        """The stored values of those `keys` that have one, read in a few queries, not one each."""
        db = self._connect(create=False)
        found: dict[str, Any] = {}
        if db is None:
            return found
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            try:
                rows = db.execute(f"SELECT key, value FROM entries WHERE key IN ({marks})", chunk)
                for key, blob in rows:
                    found[key] = pickle.loads(blob)
                    self.used.add(_mark(key))
            except Exception as exc:  # a damaged entry is a miss (`get` names it)
                logger.debug("timeline: cache entries read one by one: %s", exc)
        return found

    def put(self, key: str, value: Any) -> None:
        """Store a value; written for good when the build ends (`prune`)."""
        db = self._connect(create=True)
        if db is None:
            return
        self.used.add(_mark(key))
        blob = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            db.execute("INSERT OR REPLACE INTO entries VALUES (?, ?)", (key, blob))
        except sqlite3.Error as exc:
            logger.warning("timeline: cannot write cache in %s: %s", self.folder, exc)

    def text(self, key: str, compute: Callable[[], str]) -> str:
        """The text stored under `key`, or `compute()` stored there.

        Stored as UTF-8 bytes: pickling the str itself would leave a UTF-8 copy
        cached inside it for as long as the text lives (an article body: the build).
        """
        cached = self.get(key)
        if isinstance(cached, bytes):
            return cached.decode("utf-8", "surrogatepass")
        value = compute()
        self.put(key, value.encode("utf-8", "surrogatepass"))
        return value

    def prune(self) -> int:
        """Drop the entries this build did not use and commit; returns how many."""
        db = self._connect(create=False)
        if db is None:
            return 0
        try:
            rows = db.execute("SELECT key FROM entries")
            stale = [key for (key,) in rows if _mark(key) not in self.used]
            db.executemany("DELETE FROM entries WHERE key = ?", [(key,) for key in stale])
            db.commit()
        except sqlite3.Error as exc:
            logger.warning("timeline: cannot update cache in %s: %s", self.folder, exc)
            return 0
        return len(stale)

    def close(self) -> None:
        """Commit and close (also done by `prune`'s commit and at exit)."""
        if self._db is not None:
            try:
                self._db.commit()
                self._db.close()
            except sqlite3.Error:
                pass
            self._db = None

    def article_events(
        self,
        article: Any,
        settings: Mapping[str, Any],
        compute: Callable[[], PackedEvents],
        *,
        reference: date | None,
    ) -> PackedEvents:
        """The article's events from the cache, or from `compute` (then stored)."""
        if self._settings_text is None:
            self._settings_text = json.dumps(result_settings(settings), sort_keys=True)
            self._version = engine_version()
        parts = article_key_parts(
            article, settings, reference, self._version or "", self._settings_text
        )
        key = "article-" + digest(parts)
        self._article_keys[id(article)] = key
        cached = self.get(key)
        if isinstance(cached, tuple):
            self.stats.from_cache += 1
            return PackedEvents(*cached)
        packed = compute()
        source = str(getattr(article, "source_path", None) or getattr(article, "slug", "?"))
        self.stats.extracted.append(source)
        # On a warm build, say which articles were extracted again (and so why it took time).
        log = logger.info if self.had_entries else logger.debug
        log("timeline: extracted %s (not in cache)", source)
        self.put(key, astuple(packed))
        return packed


def figure_key(events_id: str, reference: date | None, *, per_article: bool) -> str:
    """The cache key of a chart: its events (`events_id` stands for them, in order), the
    reference date, and the figure code and Plotly version that draw it."""
    parts = {
        "format": CACHE_FORMAT,
        "kind": "figure",
        "code": _files_hash((str(_PACKAGE / "figure.py"), str(_PACKAGE / "labels.py"))),
        "plotly": _plotly_version(),
        "per_article": str(per_article),
        "reference": _text(reference),
        "events": events_id,
    }
    return "figure-" + digest(parts)


@functools.cache
def _plotly_version() -> str:
    """Plotly's version, without importing it (a cached build never needs Plotly)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("plotly")
    except PackageNotFoundError:
        return "none"


def events_id(events: Sequence[Mapping[str, Any]]) -> str:
    """A digest standing for a list of events."""
    text = json.dumps(events, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def keep_entry(key: str) -> None:
    """Keep an entry this build did not need to read (its output is still current)."""
    store = _current
    if store is not None and store.enabled:
        store.used.add(_mark(key))


def cached_figure_json(
    events: Sequence[Mapping[str, Any]],
    reference: date | None,
    *,
    per_article: bool,
    compute: Callable[[], str],
    key: str | None = None,
) -> str:
    """The chart JSON of these events from this build's cache, or from `compute`."""
    store = _current
    if key is None and store is not None and store.enabled:  # no key made for no cache
        key = figure_key(events_id(events), reference, per_article=per_article)
    return cached_text(key, compute)


def markup_key(article: Any) -> str | None:
    """The cache key of the article body with its <time> markup (None: no cache).

    Made from the article's extraction key (its content, facts, overrides and the
    code that made its events, the markup code among it), so it changes exactly
    when the events or the body do. Popped: needed once, and a big site's keys
    held to the end add up.
    """
    store = _current
    article_key = store._article_keys.pop(id(article), None) if store is not None else None
    if store is None or not store.enabled or article_key is None:
        return None
    return "markup-" + article_key.removeprefix("article-")


def cached_text(key: str | None, compute: Callable[[], str]) -> str:
    """The text stored under `key` in this build's cache, or `compute()` (then stored)."""
    store = _current
    if key is None or store is None or not store.enabled:
        return compute()
    return store.text(key, compute)
