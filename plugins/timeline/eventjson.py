"""Events as the JSON the site publishes, held compressed between extraction and writing.

A site's events as dicts cost about 1.5 KB each for the whole build; as the
compressed JSON text of the article's timeline file, about a tenth of that,
and parked in a temporary file (`Spool`) until a page asks for them, nothing
that grows with the site. Pages unpack an article's events when they render
it, and the site-wide `events.json` is sorted on disk.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import tempfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import IO, Any

from .events import count_unresolved, site_sort_key

logger = logging.getLogger(__name__)

# In JSON these characters occur only inside strings, where the \u form means the same.
_JSON_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode


def escape_json_for_script(text: str) -> str:
    """JSON text made safe inside <script type="application/json"> and if a browser
    sniffs a .json file as HTML; chained replaces are far faster than translate."""
    for char, escape in _JSON_ESCAPES:
        if char in text:
            text = text.replace(char, escape)
    return text


def json_text(payload: Any) -> str:
    """Compact, stable JSON that is also safe if a browser sniffs it as HTML."""
    return escape_json_for_script(_encode(payload)) + "\n"


class Spool:
    """Bytes kept in an unlinked temporary file instead of memory, read back on demand.

    The file is made at the first `hold` and goes away with the last reference to
    the spool (or at exit). Without a usable temporary folder, bytes stay in memory.
    """

    def __init__(self) -> None:
        self._file: IO[bytes] | None = None
        self._size = 0
        self._broken = False

    def hold(self, data: bytes) -> bytes | Spooled:
        """Where `data` can be read back from: the file, or `data` itself."""
        if self._broken:
            return data
        try:
            if self._file is None:
                self._file = tempfile.TemporaryFile()  # noqa: SIM115 (open as long as the spool)
            written = 0
            while written < len(data):  # os.write may write less than asked
                written += os.write(self._file.fileno(), data[written:])
        except OSError as exc:
            self._broken = True  # what is already in the file stays readable
            logger.warning("timeline: no temporary file for events (%s); kept in memory", exc)
            return data
        self._size += len(data)
        return Spooled(self, self._size - len(data), len(data))

    def read(self, offset: int, length: int) -> bytes:
        assert self._file is not None
        return os.pread(self._file.fileno(), length, offset)


@dataclass(frozen=True, slots=True)
class Spooled:
    """Where some bytes are in a `Spool`."""

    spool: Spool
    offset: int
    length: int

    def read(self) -> bytes:
        return self.spool.read(self.offset, self.length)


def _bytes(data: bytes | Spooled) -> bytes:
    return data if isinstance(data, bytes) else data.read()


@dataclass(frozen=True, slots=True)
class PackedEvents:
    """One article's events: the text of its JSON file, compressed, and what pages
    and the build log ask for without unpacking them all."""

    data: bytes | Spooled
    digest: str  # stands for the events in output and chart keys
    count: int
    dated: int  # events placed on the calendar
    expressions: int  # events the text names itself (not derived from an offset)
    unresolved: int
    ends: bytes | Spooled  # compressed JSON of the first and last dated events (or nulls)

    @classmethod
    def pack(cls, events: Sequence[dict[str, Any]]) -> PackedEvents:
        text = json_text({"events": list(events)}).encode("utf-8", "surrogatepass")
        dated = [e for e in events if e["start"]]
        ends = [dated[0], dated[-1]] if dated else [None, None]
        return cls(
            data=zlib.compress(text),
            digest=hashlib.sha256(text).hexdigest(),
            count=len(events),
            dated=len(dated),
            expressions=sum(1 for e in events if not e["derived"]),
            unresolved=count_unresolved(events),
            ends=zlib.compress(json_text(ends).encode("utf-8", "surrogatepass")),
        )

    def spooled(self, spool: Spool) -> PackedEvents:
        """The same events, their bytes moved to `spool`."""
        return replace(self, data=spool.hold(_bytes(self.data)), ends=spool.hold(_bytes(self.ends)))

    @property
    def text(self) -> str:
        return zlib.decompress(_bytes(self.data)).decode("utf-8", "surrogatepass")

    def unpack(self) -> list[dict[str, Any]]:
        return json.loads(self.text)["events"]

    def first_and_last(self) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        """The earliest event placed on the calendar and the latest-starting one."""
        first, last = json.loads(zlib.decompress(_bytes(self.ends)))
        return first, last


def site_order(packs: Iterable[PackedEvents]) -> Iterator[str]:
    """Every event of `packs` as its JSON text, in `site_sort_key` order.

    Sorted by SQLite in a private temporary database on disk: a big site's
    events sorted in memory would cost more than the rest of the build.
    Ties keep the input order, like Python's stable sort.
    """
    db = sqlite3.connect("")
    try:
        db.execute("CREATE TABLE events (day TEXT, slug TEXT, n INTEGER, body TEXT)")
        for pack in packs:
            db.executemany(
                "INSERT INTO events VALUES (?, ?, ?, ?)",
                ((*site_sort_key(e), escape_json_for_script(_encode(e))) for e in pack.unpack()),
            )
        for (body,) in db.execute("SELECT body FROM events ORDER BY day, slug, n, rowid"):
            yield body
    finally:
        db.close()


def write_events_stream(path: str, bodies: Iterable[str]) -> None:
    """`json_text({"events": [...]})` written event by event (`bodies`: each event's
    escaped JSON): the same bytes without the whole site's text in memory."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write('{"events":[')
        for number, body in enumerate(bodies):
            if number:
                fh.write(",")
            fh.write(body)
        fh.write("]}\n")
    logger.info('Writing "%s"', path)
