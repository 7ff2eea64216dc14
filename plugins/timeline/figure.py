"""Event dicts -> Plotly figure, and the figure as JSON safe to embed in a page.

The figure is drawn by the theme's ``timeline.js`` from the embedded JSON.
Everything here is deterministic (no random ids, stable ordering) so that
two builds of the same site are byte-identical.

Layout rules, chosen for reading rather than for exploring:

* one row per event on an article's timeline, so labels never collide;
  one row per article on the site-wide timeline (colour per article);
* day events are markers, spans are horizontal bars, the publication date is
  a labelled vertical line;
* planned events (after publication) are hollow diamonds in a warm colour;
  fuzzy events are lighter and hatched;
* the starting view covers the dense part of the story; two buttons
  ("Main dates", "All dates") and panning reach the rest, so a 20-year span
  does not squash the week that matters (a range slider over twenty years
  was a grey sliver with a one-pixel window, so there is none).
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from .eventjson import escape_json_for_script

if TYPE_CHECKING:
    import plotly.graph_objects as go


DAY_MS = 86_400_000
ROW_HEIGHT = 30
FOCUS_RADIUS_DAYS = 120  # spans longer than this count by their end only
ROW_LIMIT = 30  # site-wide chart: one row per article up to this many articles
HOVER_LINE = 44  # characters per hover line, so hover boxes fit a 375 px phone

INK = "#1f2937"
MUTED = "#4b5563"
GRID = "#e5e7eb"
DAY_COLOUR = "#1d4ed8"
SPAN_COLOUR = "#0f766e"
PLANNED_COLOUR = "#b45309"
PUBLISHED_COLOUR = "#b91c1c"
# Site-wide timeline: one colour per article; each has >= 4.5:1 contrast on white.
ARTICLE_COLOURS = (
    "#1d4ed8",
    "#b45309",
    "#047857",
    "#7e22ce",
    "#be123c",
    "#0e7490",
    "#4d7c0f",
    "#9d174d",
)

# Plotly's "none" template, spelled out: no default colours, fonts or grid.
NO_TEMPLATE: dict[str, Any] = {"data": {"scatter": [{"type": "scatter"}]}}

FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif'


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _noon(day: date) -> str:
    return f"{day.isoformat()} 12:00"


def placed(events: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events that can be drawn: those with a start day."""
    return [e for e in events if e.get("start")]


def _bounds(event: dict[str, Any]) -> tuple[date, date]:
    start = date.fromisoformat(event["start"])
    end = date.fromisoformat(event["end"]) if event.get("end") else start
    return start, max(start, end)


def _is_span(event: dict[str, Any]) -> bool:
    start, end = _bounds(event)
    return event.get("kind") == "span" or end > start


def _key_dates(events: Sequence[dict[str, Any]], reference: date | None) -> list[date]:
    """Dates that say where a story happens.

    Every day event, both bounds of short spans, only the end of long spans
    (a 20-year war ends at publication; its start is context, not story).
    """
    keys: list[date] = [reference] if reference is not None else []
    for event in events:
        start, end = _bounds(event)
        keys.append(end)
        if (end - start).days <= FOCUS_RADIUS_DAYS:
            keys.append(start)
    return sorted(keys)


def _padded(low: date, high: date, share: float) -> tuple[str, str]:
    """The range padded on both sides, within the calendar ("A.D. 79" has little room)."""
    pad = max(1, round(((high - low).days + 1) * share))
    first = max(1, low.toordinal() - pad)
    last = min(date.max.toordinal(), high.toordinal() + 1 + pad)
    return date.fromordinal(first).isoformat(), date.fromordinal(last).isoformat()


def focus_range(
    events: Sequence[dict[str, Any]], reference: date | None, *, cluster: bool = True
) -> tuple[str, str]:
    """The starting x-range: the dense part of the story, padded.

    With ``cluster``: the shortest window holding three quarters of the key
    dates, grown to take in key dates that lie closer to it than its own
    width (at least a week); the rest is one button or a drag away. Without:
    all key dates.
    """
    keys = _key_dates(events, reference) or [date(2000, 1, 1)]
    if not cluster:
        return _padded(keys[0], keys[-1], 0.04)
    size = max(1, math.ceil(len(keys) * 0.75))
    i = min(range(len(keys) - size + 1), key=lambda j: (keys[j + size - 1] - keys[j], j))
    low, high = keys[i], keys[i + size - 1]
    grown = True
    while grown:
        grown = False
        reach = timedelta(days=max(7, (high - low).days))
        below = [k for k in keys if low - reach <= k < low]
        above = [k for k in keys if high < k <= high + reach]
        if below:
            low, grown = min(below), True
        if above:
            high, grown = max(above), True
    return _padded(low, high, 0.08)


def full_range(events: Sequence[dict[str, Any]], reference: date | None) -> tuple[str, str]:
    """Every event and the publication day, padded a little."""
    days: list[date] = [reference] if reference else []
    for event in events:
        days.extend(_bounds(event))
    if not days:
        return focus_range(events, reference)
    return _padded(min(days), max(days), 0.03)


def _wrap_words(before: str, text: str, after: str, width: int) -> list[str]:
    """Word-wrap a sentence into escaped HTML lines with `text` in bold.

    Wrapping happens on the plain text; a word is cut where the emphasis
    starts or ends ("Sunday's"), each piece escaped, and only then wrapped
    in <b>.
    """
    words: list[list] = []  # [length of the plain text, its HTML]
    glue = False  # the next piece continues the last word (no space between)
    for part, strong in ((before, False), (text, True), (after, False)):
        if not part:
            continue
        chunks = part.split()
        if not chunks:  # only spaces: they end the word before
            glue = False
            continue
        # escaping keeps the spaces, so the escaped text splits into the same words
        escaped = html.escape(" ".join(chunks), quote=False).split(" ")
        if strong:
            escaped = [f"<b>{piece}</b>" for piece in escaped]
        pieces = zip(chunks, escaped, strict=True)
        if glue and words and not part[0].isspace():
            chunk, piece = next(pieces)
            words[-1][0] += len(chunk)
            words[-1][1] += piece
        words += ([len(chunk), piece] for chunk, piece in pieces)
        glue = not part[-1].isspace()
    lines: list[list[str]] = []
    line: list[str] = []
    length = 0
    for size, piece in words:
        if length and length + 1 + size > width:
            lines.append(line)
            line, length = [], 0
        length += size + (1 if length else 0)
        line.append(piece)
    if line:
        lines.append(line)
    return [" ".join(line).replace("</b> <b>", " ") for line in lines]


def hover_html(event: dict[str, Any], *, article: bool = False) -> str:
    """The date as a reader says it, then the sentence with the expression in bold.

    Built from escaped pieces only: article text never becomes markup.
    """
    before = event.get("before") or ""
    text = event.get("text") or ""
    after = event.get("after") or ""
    if not (before or after) and event.get("sentence") and text not in event["sentence"]:
        before = event["sentence"] + " "
    lines = _wrap_words(before, text, after, HOVER_LINE)
    head = html.escape(event.get("label") or event.get("value") or "", quote=False)
    notes = []
    if event.get("planned"):
        notes.append("planned")
    if event.get("fuzzy"):
        notes.append("approximate")
    if notes:
        head += f" <i>({', '.join(notes)})</i>"
    if article and event.get("article_title"):
        title = short_label({"text": event["article_title"]}, HOVER_LINE)
        lines.append(f"<i>{html.escape(title, quote=False)}</i>")
    return "<br>".join([f"<b>{head}</b>", *lines])


def short_label(event: dict[str, Any], limit: int = 28) -> str:
    """The text written beside a mark: the expression, shortened if long."""
    text = " ".join((event.get("text") or "").split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def _article_order(events: Sequence[dict[str, Any]]) -> list[str]:
    """Article urls in order of their first event."""
    return list(dict.fromkeys(e.get("article_url", "") for e in events))


def _article_rows(events: Sequence[dict[str, Any]], articles: Sequence[str]) -> dict[str, int]:
    """Row of each article on the site-wide chart.

    Up to ROW_LIMIT articles: one row each. More: articles whose dates do not
    overlap share a row (greedy lanes by first date), so the chart stays a
    readable height; colour and hover still name the article.
    """
    if len(articles) <= ROW_LIMIT:
        return {url: i for i, url in enumerate(articles)}
    extent: dict[str, tuple[date, date]] = {}
    for event in events:
        start, end = _bounds(event)
        if (end - start).days > FOCUS_RADIUS_DAYS:
            start = end  # a long war drawn behind other stories would block its row
        url = event.get("article_url", "")
        low, high = extent.get(url, (start, end))
        extent[url] = (min(low, start), max(high, end))
    lanes: list[date] = []  # last day used in each lane
    rows: dict[str, int] = {}
    for url in sorted(articles, key=lambda u: (extent[u][0], articles.index(u))):
        low, high = extent[url]
        lane = next((i for i, last in enumerate(lanes) if last < low), len(lanes))
        if lane == len(lanes):
            lanes.append(high)
        lanes[lane] = high + timedelta(days=2)
        rows[url] = lane
    return rows


def _marks(
    events: Sequence[dict[str, Any]],
    rows: Sequence[int],
    colour_of: dict[str, str] | None,
    group: str,
    name: str,
) -> list[dict[str, Any]]:
    """A marker trace for day events and a bar trace for spans of one group."""
    days = [(e, r) for e, r in zip(events, rows, strict=True) if not _is_span(e)]
    spans = [(e, r) for e, r in zip(events, rows, strict=True) if _is_span(e)]

    def colour(event: dict[str, Any], default: str) -> str:
        if colour_of is not None:
            return colour_of[event.get("article_url", "")]
        return PLANNED_COLOUR if event.get("planned") else default

    traces: list[dict[str, Any]] = []
    traces.append(
        dict(
            type="scatter",
            uid=f"{group}-days",
            name=f"{name} days" if name else "Days",
            legendgroup=group,
            x=[_noon(_bounds(e)[0]) for e, _ in days],
            y=[r for _, r in days],
            mode="markers",
            marker={
                "size": 13,
                "color": [colour(e, DAY_COLOUR) for e, _ in days],
                "symbol": ["diamond-open" if e.get("planned") else "circle" for e, _ in days],
                "opacity": [0.55 if e.get("fuzzy") else 1.0 for e, _ in days],
                "line": {"width": 2.5, "color": [colour(e, DAY_COLOUR) for e, _ in days]},
            },
            customdata=[e["id"] for e, _ in days],
            hovertext=[hover_html(e, article=colour_of is not None) for e, _ in days],
            hoverinfo="text",
            showlegend=False,
        )
    )
    traces.append(
        dict(
            type="bar",
            uid=f"{group}-spans",
            name=f"{name} spans" if name else "Spans",
            legendgroup=group,
            orientation="h",
            base=[_bounds(e)[0].isoformat() for e, _ in spans],
            x=[((_bounds(e)[1] - _bounds(e)[0]).days + 1) * DAY_MS for e, _ in spans],
            y=[r for _, r in spans],
            width=0.5,
            marker={
                "color": [colour(e, SPAN_COLOUR) for e, _ in spans],
                "opacity": [
                    (0.45 if e.get("fuzzy") else 0.9) * (0.7 if colour_of else 1.0)
                    for e, _ in spans
                ],
                "pattern": {
                    "shape": ["/" if e.get("fuzzy") else "" for e, _ in spans],
                    "fgcolor": "#ffffff",
                    "size": 6,
                    "solidity": 0.35,
                },
                "line": {"width": 0},
            },
            customdata=[e["id"] for e, _ in spans],
            hovertext=[hover_html(e, article=colour_of is not None) for e, _ in spans],
            hoverinfo="text",
            showlegend=False,
        )
    )
    return traces


def _label(text: str, x: str, row: int, side: str, **style: Any) -> dict[str, Any]:
    return {
        "name": "label",
        "text": html.escape(text, quote=False),
        "x": x,
        "y": row,
        "xref": "x",
        "yref": "y",
        "xanchor": side,
        "yanchor": "middle",
        "xshift": 9 if side == "left" else -9,
        "showarrow": False,
        "font": {"size": 13, "color": INK},
        **style,
    }


def _labels(
    events: Sequence[dict[str, Any]], rows: Sequence[int], focus: tuple[str, str]
) -> list[dict[str, Any]]:
    """A label beside each mark, as annotations (hidden by Plotly when off the axis).

    The side is chosen so the label stays inside the starting view: right of
    marks in the left part, left of marks in the right part, inside a bar
    that runs in from the left edge. An event outside the starting view gets
    its label at the nearer edge, with an arrow pointing where it lies.
    Plotly hides annotations whose anchor is off the axis, so nothing spills.
    """
    low, high = date.fromisoformat(focus[0]), date.fromisoformat(focus[1])
    turn = low + (high - low) * 0.45
    room = low + (high - low) * 0.35
    out = []
    for event, row in zip(events, rows, strict=True):
        start, end = _bounds(event)
        span = _is_span(event)
        label = short_label(event)
        when = "" if any(c.isdigit() for c in label) else f" ({start.day} {start:%b %Y})"
        ink = {"font": {"size": 13, "color": PLANNED_COLOUR}} if event.get("planned") else {}
        if start >= high:
            out.append(_label(f"{label}{when} →", high.isoformat(), row, "right", **ink))
        elif end < low:
            out.append(_label(f"← {label}{when}", low.isoformat(), row, "left", **ink))
        elif end <= turn:
            x = (end + timedelta(days=1)).isoformat() if span else _noon(end)
            out.append(_label(label, x, row, "left"))
        elif start > room or not span:
            out.append(_label(label, start.isoformat() if span else _noon(start), row, "right"))
        else:  # a bar from near or beyond the view's left edge: write on the bar
            out.append(
                _label(
                    label,
                    max(low, start).isoformat(),
                    row,
                    "left",
                    font={"size": 12, "color": "#ffffff"},
                    bgcolor=PLANNED_COLOUR if event.get("planned") else SPAN_COLOUR,
                    borderpad=1,
                    xshift=4,
                )
            )
    return out


def build_figure(
    events: Sequence[dict[str, Any]],
    reference: date | None,
    *,
    per_article: bool = True,
) -> go.Figure:
    """`figure_data` as a Plotly Figure, every property validated against Plotly's schema.

    For checks and for code that wants to change the chart; pages embed
    `figure_json(figure_data(...))`, the same figure without validating it again
    (validation cost most of a build's time and memory).
    """
    import plotly.graph_objects as go

    return go.Figure(figure_data(events, reference, per_article=per_article))


def figure_data(
    events: Sequence[dict[str, Any]],
    reference: date | None,
    *,
    per_article: bool = True,
) -> dict[str, Any]:
    """The timeline of one article, or (``per_article=False``) of the whole site, in
    Plotly's JSON shape as plain dicts.

    One article: each event gets its own labelled row and the publication day
    (``reference``) is a labelled line. Whole site: one colour per article and
    one row per article with its title above it (beyond ROW_LIMIT articles,
    articles that do not overlap in time share rows).
    """
    shown = placed(events)
    by_article = not per_article
    focus = focus_range(shown, reference, cluster=not by_article)
    whole = full_range(shown, reference)

    traces: list[dict[str, Any]] = []
    annotations: list[dict[str, Any]] = []
    colour_of: dict[str, str] = {}
    articles: list[str] = []
    if by_article:
        articles = _article_order(shown)
        colour_of = {
            url: ARTICLE_COLOURS[i % len(ARTICLE_COLOURS)] for i, url in enumerate(articles)
        }
        row_of = _article_rows(shown, articles)
        rows = [row_of[e.get("article_url", "")] for e in shown]
        n_rows = max(1, max(row_of.values(), default=0) + 1)
        # One marker and one bar trace for the whole site, coloured per point.
        traces.extend(_marks(shown, rows, colour_of, group="site", name=""))
        if len(articles) <= ROW_LIMIT:
            titles = {e.get("article_url", ""): e.get("article_title", "") for e in shown}
            for url in articles:
                annotations.append(
                    {
                        "name": "article",
                        "text": html.escape(short_label({"text": titles[url]}, 44), quote=False),
                        "xref": "paper",
                        "yref": "y",
                        "x": 0,
                        "y": row_of[url] - 0.32,
                        "xanchor": "left",
                        "yanchor": "bottom",
                        "showarrow": False,
                        "font": {"size": 12, "color": colour_of[url]},
                    }
                )
    else:
        rows = list(range(len(shown)))
        n_rows = max(1, len(shown))
        traces.extend(_marks(shown, rows, None, group="events", name=""))
        annotations.extend(_labels(shown, rows, focus))

    shapes: list[dict[str, Any]] = []
    if reference is not None:
        shapes.append(
            {
                "type": "line",
                "name": "published",
                "xref": "x",
                "yref": "paper",
                "x0": _noon(reference),
                "x1": _noon(reference),
                "y0": 0,
                "y1": 1,
                "line": {"color": PUBLISHED_COLOUR, "width": 2, "dash": "dot"},
                "layer": "below",
            }
        )
        low, high = (date.fromisoformat(x) for x in focus)
        right_half = reference > low + (high - low) / 2
        annotations.append(
            {
                "name": "published",
                "xanchor": "right" if right_half else "left",
                "text": f"Published {reference.day} {reference:%b %Y}",
                "xref": "x",
                "yref": "paper",
                "x": _noon(reference),
                "y": 1,
                "yanchor": "bottom",
                "showarrow": False,
                "font": {"size": 12, "color": PUBLISHED_COLOUR},
                "bgcolor": "#ffffff",
            }
        )

    row_px = ROW_HEIGHT + (14 if by_article else 0)
    layout = dict(
        template=NO_TEMPLATE,
        height=110 + n_rows * row_px,
        margin={"l": 12, "r": 12, "t": 64, "b": 40},
        font={"family": FONT, "size": 13, "color": INK},
        paper_bgcolor="#ffffff",
        plot_bgcolor="#ffffff",
        showlegend=False,
        hovermode="closest",
        hoverlabel={
            "bgcolor": "#ffffff",
            "bordercolor": INK,
            "font": {"family": FONT, "size": 13, "color": INK},
            "align": "left",
        },
        barmode="overlay",
        dragmode="pan",
        shapes=shapes,
        annotations=annotations,
        xaxis={
            "type": "date",
            "range": list(focus),
            "showgrid": True,
            "gridcolor": GRID,
            "linecolor": MUTED,
            "tickfont": {"color": MUTED},
        },
        yaxis={
            "range": [n_rows - 0.5, -0.7],
            "fixedrange": True,
            "showgrid": False,
            "showticklabels": False,
            "zeroline": False,
        },
        updatemenus=[
            {
                "type": "buttons",
                "direction": "right",
                "x": 0,
                "xanchor": "left",
                "y": 1,
                "yanchor": "bottom",
                "pad": {"t": 0, "b": 28, "l": 0, "r": 0},
                "showactive": True,
                "active": 0,
                "bgcolor": "#ffffff",
                "bordercolor": MUTED,
                "font": {"size": 12, "color": INK},
                "buttons": [
                    {
                        "label": "Main dates",
                        "method": "relayout",
                        "args": [{"xaxis.range": list(focus)}],
                    },
                    {
                        "label": "All dates",
                        "method": "relayout",
                        "args": [{"xaxis.range": list(whole)}],
                    },
                ],
            }
        ],
        meta={
            "focus": list(focus),
            "full": list(whole),
            "rows": n_rows,
            "articles": [{"url": u, "colour": colour_of[u]} for u in articles],
        },
    )
    return {"data": traces, "layout": layout}


def figure_json(fig: go.Figure | Mapping[str, Any]) -> str:
    """The figure (or its `figure_data`) as Plotly's compact JSON, safe in a script element."""
    import plotly.io as pio

    return escape_json_for_script(pio.to_json(fig, validate=False))
