"""Which timeline outputs a build can keep as they are, so a rebuild renders only what changed.

Every page and JSON file the plugin writes is keyed on a digest of all that
goes into it: its events (and so its chart), the sources of every template
the theme and the plugin's fallbacks offer, every setting, the context values
the theme can show (articles, pages, categories, tags, authors: what menus
and sidebars are made of), the article the page is about, and the code and
library versions that render it. The digest and the size of the file written
are stored in the build cache; when the file is still there with that size and
the digest matches, the build neither renders nor writes it. Anything that
changes the digest, or a missing or altered file, renders it again.

The text of the other articles is left out of a page's digest when the timeline
templates cannot show it (`templates_read_bodies` reads their syntax trees): then
editing one story's text renders its own page and the site-wide ones, not all.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any

from jinja2 import Environment

from . import cache as cache_module
from .cache import sha

_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
# Context keys that change while Pelican writes pages, but in a way set by each page itself.
_PER_PAGE = frozenset({"localsiteurl", "output_file"})


def content_text(item: Any, memo: dict[Any, str] | None = None, *, body: bool = True) -> str:
    """What a template can show of an article or page, as one digest.

    `body=False` leaves the text of the article out (its title, URL, date and
    metadata stay): for pages whose templates show no other article's text.
    `memo` spares the work for an item met again (context lists hold each article
    several times: articles, dates, categories, tags, ...): it keeps the digest
    without the text under `id(item)`; the text's own digest is cheap enough to
    take again than to keep for every article of a big site.
    """
    memo = {} if memo is None else memo
    shown = memo.get(id(item))
    if shown is None:
        metadata = getattr(item, "metadata", None) or {}
        shown = memo[id(item)] = sha(
            "shown",
            stable_text(_url_inputs(item, metadata), memo, body=False),
            str(getattr(item, "status", "")),
            stable_text(dict(metadata), memo, body=False),
            stable_text([getattr(t, "url", "") for t in getattr(item, "translations", None) or ()]),
        )
    if not body:
        return shown
    text = getattr(item, "_content", None) or ""
    return sha("content", shown, hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())


def _url_inputs(item: Any, metadata: Mapping[str, Any]) -> Any:
    """What `url` and `save_as` are formatted from (the patterns are settings or metadata,
    both in the digest): one call of a property Pelican computes on every access.

    The values it copies unchanged from `metadata` are left out (the digest has them).
    """
    values = getattr(item, "url_format", None)
    if isinstance(values, dict):
        dated = hasattr(item, "date")  # else Pelican fills in the current time (pages)
        values = {
            k: v for k, v in values.items()
            if (dated or k != "date") and (k not in metadata or metadata[k] is not v)
        }
    return values


def stable_text(value: Any, memo: dict[Any, str] | None = None, *, body: bool = True) -> str:
    """A text for a setting or context value that is the same in every process.

    Articles and pages stand for what templates show of them; categories, tags
    and authors for their name and URL; functions for their qualified name;
    sets are sorted; memory addresses are dropped.
    """
    if value is None or isinstance(value, bool | int | float | str):
        return repr(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "source_path"):  # content: `url` is costly, so only once per item
        return content_text(value, memo, body=body)
    if hasattr(value, "slug") and hasattr(value, "name") and \
            (hasattr(type(value), "url") or hasattr(value, "url")):  # a property: not called
        # Tags, categories, authors: each article holds its own objects, but their `url`
        # (costly) follows from the type, the name and the slug, so it is formatted once.
        key = (type(value), value.name, value.slug)
        if memo is not None and key in memo:
            return memo[key]
        text = f"<{type(value).__name__} {value.name}|{value.url}>"
        if memo is not None:
            memo[key] = text
        return text
    if isinstance(value, Mapping):
        items = sorted(
            (stable_text(k, memo, body=body), stable_text(v, memo, body=body))
            for k, v in value.items()
        )
        return "{" + ",".join(f"{k}:{v}" for k, v in items) + "}"
    if isinstance(value, set | frozenset):
        return "{" + ",".join(sorted(stable_text(v, memo, body=body) for v in value)) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(stable_text(v, memo, body=body) for v in value) + "]"
    if callable(value):
        return f"<{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', '')}>"
    return _ADDRESS.sub("", f"<{type(value).__name__} {value!r}>")


def templates_text(env: Environment) -> str | None:
    """Every template the environment can load, with its source (None: cannot be listed).

    All of them, not just the ones a page names: pages extend and import others.
    """
    loader = env.loader
    if loader is None:
        return None
    try:
        names = sorted(loader.list_templates())
        return sha(*(f"{name}\x1f{loader.get_source(env, name)[0]}" for name in names))
    except (TypeError, NotImplementedError):
        return None
    except Exception:  # a template that cannot be read: render every time, and let it fail there
        return None


def build_text(
    env: Environment,
    context: Mapping[str, Any],
    memo: dict[Any, str] | None = None,
    *,
    bodies: bool = True,
    templates: str | None = None,
) -> str | None:
    """What every page of this build shares: templates, settings, context, code. None: unknown.

    `bodies=False` when the pages' templates show no article's text but their own
    (`templates_read_bodies`): then editing one story's text leaves the other pages as
    they are. `templates`: `templates_text(env)` when the caller has it already."""
    import jinja2
    import pelican

    from . import writer

    templates = templates or templates_text(env)
    if templates is None:
        return None
    shown = {k: v for k, v in context.items() if k not in _PER_PAGE}
    return sha(
        "outputs-1" if bodies else "outputs-1-shown",
        templates,
        stable_text(shown, memo, body=bodies),
        cache_module.code_version(writer),
        jinja2.__version__,
        getattr(pelican, "__version__", ""),
    )


# Attributes through which a template reaches an article's text (or all its attributes).
BODY_ATTRS = frozenset(
    {"content", "summary", "get_content", "get_summary", "_content", "_summary", "__dict__"}
)
OWN = "article"  # the name the per-article page gets its own article under


def templates_read_bodies(env: Environment, names: Iterable[str]) -> bool:
    """Can the templates `names` (and all they extend, include or import) show the text of an
    article other than the page's own `article`? True unless the sources show they cannot.

    Read from the templates' syntax trees: any `content`/`summary` reached on anything but
    `article` (or on `article` when a loop, macro or assignment rebinds the name), the same
    names as strings (`map(attribute="summary")`), a subscript with a computed key, a
    template named by a variable, or a filter, test or function the site adds (it may read
    anything) all count as reading.
    """
    from jinja2 import meta

    loader = env.loader
    if loader is None:
        return True
    todo, seen = list(names), set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            tree = env.parse(loader.get_source(env, name)[0])
        except Exception:  # unreadable: assume the worst
            return True
        for ref in meta.find_referenced_templates(tree):
            if ref is None:
                return True
            todo.append(ref)
        if _tree_reads_bodies(env, tree):
            return True
    return False


def _tree_reads_bodies(env: Environment, tree: Any) -> bool:
    """One template's part of `templates_read_bodies`."""
    from jinja2 import nodes
    from jinja2.defaults import DEFAULT_FILTERS, DEFAULT_NAMESPACE, DEFAULT_TESTS

    own_rebound = any(
        n.name == OWN and n.ctx in ("store", "param") for n in tree.find_all(nodes.Name)
    )

    def reads(obj: Any, attr: object) -> bool:
        own = isinstance(obj, nodes.Name) and obj.name == OWN and not own_rebound
        return attr in BODY_ATTRS and not own

    kinds = (nodes.Getattr, nodes.Getitem, nodes.Const, nodes.Filter, nodes.Test, nodes.Call)
    for node in tree.find_all(kinds):
        if isinstance(node, nodes.Getattr) and reads(node.node, node.attr):
            return True
        if isinstance(node, nodes.Getitem):
            try:  # "placed[-1]" is a constant key, "articles[i]" is not
                key = node.arg.as_const(nodes.EvalContext(env))
            except nodes.Impossible:
                return True
            if isinstance(key, str) and reads(node.node, key):
                return True
        if isinstance(node, nodes.Const) and isinstance(node.value, str) and \
                node.value in BODY_ATTRS:
            return True
        if isinstance(node, nodes.Filter) and node.name not in DEFAULT_FILTERS and \
                node.name != "strftime":  # Pelican's own date filter
            return True
        if isinstance(node, nodes.Test) and node.name not in DEFAULT_TESTS and \
                node.name != "plugin_enabled":  # Pelican's own test
            return True
        if isinstance(node, nodes.Call) and isinstance(node.node, nodes.Name) and \
                node.node.name in env.globals and node.node.name not in DEFAULT_NAMESPACE:
            return True
    return False


class OutputRecords:
    """The digests of the outputs written by earlier builds, in this build's cache."""

    def __init__(self, output_path: str) -> None:
        store = cache_module._current
        self.store = store if store is not None and store.enabled else None
        self.output_path = output_path
        self.kept = 0
        self.written = 0
        self._loaded: dict[str, Any] = {}  # read ahead by `preload`

    def _key(self, path: str) -> str:
        return "output-" + sha(os.path.abspath(path))

    def preload(self, paths: Iterable[str]) -> None:
        """Read the records of `paths` ahead, together (each is still checked by `current`)."""
        if self.store is not None:
            self._loaded = self.store.get_many([self._key(path) for path in paths])

    def current(self, path: str, digest: str | None, *, keep: str | None = None) -> bool:
        """True when `path` holds what `digest` stands for (then it is kept, not rendered,
        and so is the cache entry `keep` it was made from, which it does not read)."""
        if self.store is None or digest is None:
            return False
        key = self._key(path)
        stored = self._loaded.pop(key) if key in self._loaded else self.store.get(key)
        try:
            current = stored == (digest, os.stat(path).st_size)
        except OSError:
            current = False
        if current:
            self.kept += 1
            if keep:
                cache_module.keep_entry(keep)
        return current

    def remembered(self, key: str, compute: Callable[[], bool]) -> bool:
        """A fact about this build's inputs kept from an earlier build (`key` stands for
        those inputs), or `compute()`, then kept."""
        stored = self.store.get(key) if self.store is not None else None
        if isinstance(stored, bool):
            return stored
        value = compute()
        if self.store is not None:
            self.store.put(key, value)
        return value

    def wrote(self, path: str, digest: str | None) -> None:
        """Remember what `path` now holds."""
        self.written += 1
        if self.store is None or digest is None:
            return
        try:
            size = os.stat(path).st_size
        except OSError:
            return
        self.store.put(self._key(path), (digest, size))


def events_digest(digests: Iterable[str]) -> str:
    """One digest for several articles' events, in order."""
    return sha("events", *digests)
