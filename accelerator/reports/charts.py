"""Chart definitions shared by the PDF reports and the window.

Each builder takes plain data (dimensions with their level descriptors, levels, dates)
and returns a :class:`Chart`: a reportlab ``Drawing`` (vector; a PDF flowable as it is,
and SVG for the screen through :func:`chart_svg`) plus the hotspots a window turns into
tooltips. Hotspots are rectangles in drawing coordinates, origin bottom-left as in
reportlab; a widget showing the drawing at another size scales them.

The drawings are built from reportlab's basic shapes rather than its chart widgets:
every coordinate is known here (so the hotspots are exact) and they draw several times
faster, which matters in a 500-company report.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Hashable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from reportlab import rl_config
from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import (
    Circle,
    Drawing,
    Group,
    Line,
    Polygon,
    PolyLine,
    Rect,
    String,
)
from reportlab.lib.colors import Color

from accelerator.domain.enums import AssessmentKind
from accelerator.domain.formatting import format_date, format_number, month_name
from accelerator.i18n import current_language, in_context
from accelerator.reports.data import DatedLevels, Dimension
from accelerator.reports.fonts import BOLD, REGULAR, register_fonts, string_width
from accelerator.reports.style import (
    ALERT,
    BASELINE,
    FAINT,
    GRID,
    INK,
    MUTED,
    PANEL,
    PRIMARY,
    PRIMARY_LIGHT,
    RULE,
    WHITE,
    level_colour,
    level_text_colour,
)
from accelerator.reports.text import one_line
from accelerator.reports.wording import status_word

MAX_LEVEL = 9
#: The latest shape's fill: translucent, so the baseline shows through (in PDF and SVG).
PRIMARY_WASH = Color(PRIMARY.red, PRIMARY.green, PRIMARY.blue, alpha=0.16)

#: The window shows the same charts: their texts have a context of their own.
_tr = in_context("Charts")


@dataclass(frozen=True)
class Hotspot:
    """A rectangle of a chart (drawing coordinates, origin bottom-left) and its tooltip."""

    x: float
    y: float
    width: float
    height: float
    text: str

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height


@dataclass(frozen=True)
class Chart:
    """A drawing and its hotspots. ``drawing`` is a reportlab Flowable for the PDF."""

    drawing: Drawing
    hotspots: tuple[Hotspot, ...]
    title: str = ""
    #: When set, the drawing's first node is a part shared by every chart with this key
    #: (a radar's web, the panels of a time chart): a PDF draws it once and reuses it.
    background: Hashable | None = None

    @property
    def width(self) -> float:
        return float(self.drawing.width)

    @property
    def height(self) -> float:
        return float(self.drawing.height)

    def hotspot_at(self, x: float, y: float) -> Hotspot | None:
        """The hotspot under a point in drawing coordinates (the topmost, drawn last)."""
        for spot in reversed(self.hotspots):
            if spot.contains(x, y):
                return spot
        return None


@dataclass(frozen=True)
class HeatmapRow:
    """One company's line in the cohort heatmap."""

    name: str
    levels: Mapping[str, int]


@dataclass(frozen=True)
class CompletionBar:
    """One company's bar in the milestone completion chart."""

    name: str
    done: int
    applicable: int
    overdue: int = 0


@contextmanager
def _unchecked() -> Iterator[None]:
    """Skip reportlab's per-attribute validation of shapes while we build ours.

    The values are ours and known good; the checks cost a third of a chart's build time.
    """
    before = rl_config.shapeChecking
    rl_config.shapeChecking = 0
    try:
        yield
    finally:
        rl_config.shapeChecking = before


def chart_svg(chart: Chart) -> bytes:
    """The chart as SVG, for ``QSvgRenderer``.

    Font names are rewritten to the family names a desktop's font matcher knows
    (``DejaVu Sans`` with a weight), so the screen shows the same face as the PDF.
    """
    svg: str = renderSVG.drawToString(chart.drawing)
    svg = svg.replace(
        "font-family: DejaVuSans-Bold;", "font-family: 'DejaVu Sans'; font-weight: bold;"
    )
    svg = svg.replace("font-family: DejaVuSans;", "font-family: 'DejaVu Sans';")
    return svg.encode("utf-8")


def _month_year(day: dt.date) -> str:
    """An axis's end: ``Mar 26`` (``mar 26`` in bokmål), three letters of the month."""
    return f"{month_name(day.month)[:3]} {day.year % 100:02d}"


def _kind(kind: str) -> str:
    """An assessment's kind as a tooltip names it: "Assessed 1 Mar 2026 (progress)"."""
    return status_word(AssessmentKind, kind).lower()


def _one_decimal(value: float) -> str:
    return format_number(value, 1)


# --- text helpers -------------------------------------------------------------------------


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width``."""
    if string_width(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if string_width(text[:mid].rstrip() + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…" if lo else "…"


def _wrap(text: str, font: str, size: float, width: float, max_lines: int = 2) -> list[str]:
    """Words of ``text`` in lines of at most ``width``; a word too long for a line is
    hyphenated (:func:`_hyphenated`), and the last line is cut if need be."""
    words = [part for word in text.split() for part in _hyphenated(word, font, size, width)]
    lines: list[str] = []
    current = ""
    for n, word in enumerate(words):
        trial = f"{current} {word}" if current else word
        if string_width(trial, font, size) <= width or not current:
            current = trial
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            current = " ".join(words[n:])
            break
    if current:
        lines.append(current)
    return [_fit(line, font, size, width) for line in lines[:max_lines]] or [""]


def _linking_cuts(word: str) -> list[int]:
    """Where ``word`` may break as a compound: after a linking s ("Forretnings-modell"),
    bokmål's usual seam, and not in the first third."""
    return [i for i in range(3, len(word) - 2) if word[i - 1] == "s" and i >= len(word) // 3]


def _hyphenated(word: str, font: str, size: float, width: float) -> list[str]:
    """``word``, or its two halves with a hyphen when it is wider than ``width``: at a
    compound's seam when that fits, else as late as fits."""
    if string_width(word, font, size) <= width:
        return [word]
    fitting = [
        i for i in range(3, len(word) - 2) if string_width(word[:i] + "-", font, size) <= width
    ]
    if not fitting:
        return [word]
    seams = [i for i in _linking_cuts(word) if i in fitting]
    cut = max(seams or fitting)
    return [word[:cut] + "-", word[cut:]]


def _size_to_fit(text: str, font: str, size: float, width: float, smallest: float = 5.5) -> float:
    """The size at which every word of ``text`` fits ``width``, whole or split at a
    compound's seam: bokmål's long compounds ("Finansiering", "Forretningsmodell") are set
    a little smaller rather than cut. Never under ``smallest``: below it a word keeps
    ``size`` and is hyphenated where it must be (:func:`_wrap`)."""
    chosen = size
    for word in text.split():
        whole = string_width(word, font, size)
        if whole <= width:
            continue
        scale = width / whole
        if size * scale < smallest:
            halves = [
                max(string_width(word[:i] + "-", font, size), string_width(word[i:], font, size))
                for i in _linking_cuts(word)
            ]
            scale = min(1.0, width / min(halves)) if halves else 1.0
        fitted = size * scale
        if fitted >= smallest:
            chosen = min(chosen, fitted)
    return chosen


def _string(
    x: float,
    y: float,
    text: str,
    *,
    size: float = 7,
    bold: bool = False,
    colour: Color = INK,
    anchor: str = "start",
) -> String:
    return String(
        x,
        y,
        text,
        fontName=BOLD if bold else REGULAR,
        fontSize=size,
        fillColor=colour,
        textAnchor=anchor,
    )


def _empty_note(drawing: Drawing, text: str) -> None:
    drawing.add(
        _string(drawing.width / 2, drawing.height / 2, text, size=8, colour=MUTED, anchor="middle")
    )


def percent(share: float) -> str:
    """``75%`` (``75 %`` in bokmål): a share of 1 as a person reads it."""
    return _tr("{0}%").format(format_number(share * 100, 0))


# --- radar: baseline against latest --------------------------------------------------------


def radar_chart(
    dimensions: Sequence[Dimension],
    latest: Mapping[str, int],
    baseline: Mapping[str, int] | None = None,
    *,
    width: float = 250,
    height: float = 230,
    latest_label: str | None = None,
    baseline_label: str | None = None,
    tooltips: bool = True,
) -> Chart:
    """The latest level per dimension against the baseline, one spoke per dimension.

    With fewer than three dimensions a radar has no area, so the same data is drawn as
    a dot plot on the 1..9 scale. The legend says "Latest" and "Baseline" unless given.
    ``tooltips=False`` (a PDF) leaves the hotspots out.
    """
    register_fonts()
    baseline = baseline or {}
    latest_label = _tr("Latest") if latest_label is None else latest_label
    baseline_label = _tr("Baseline") if baseline_label is None else baseline_label
    title = _tr("Readiness: baseline and latest")
    if len(dimensions) < 3:
        return _dot_plot(
            dimensions, latest, baseline, width, height, latest_label, baseline_label, tooltips
        )
    web = _radar_web(tuple((d.key, d.name) for d in dimensions), float(width), float(height))
    drawing = Drawing(width, height)
    drawing.add(web.group)
    hotspots: list[Hotspot] = []
    keys = [d.key for d in dimensions]
    with _unchecked():
        if baseline and any(k in baseline for k in keys):
            drawing.add(
                web.outline(
                    keys,
                    baseline,
                    fillColor=None,
                    strokeColor=BASELINE,
                    strokeWidth=1.2,
                    strokeDashArray=[3, 2],
                )
            )
        has_latest = any(k in latest for k in keys)
        if has_latest:
            drawing.add(
                web.outline(
                    keys,
                    latest,
                    fillColor=PRIMARY_WASH,
                    strokeColor=PRIMARY,
                    strokeWidth=1.6,
                    strokeLineJoin=1,
                )
            )
        base_spots: list[Hotspot] = []
        latest_spots: list[Hotspot] = []
        for i, dim in enumerate(dimensions):
            before = baseline.get(dim.key)
            now = latest.get(dim.key)
            if before is not None and before != now:
                x, y = web.point(i, before)
                drawing.add(Circle(x, y, 1.7, fillColor=BASELINE, strokeColor=None))
                if tooltips:
                    base_spots.append(Hotspot(x - 5, y - 5, 10, 10, _baseline_text(dim, before)))
            if now is not None:
                x, y = web.point(i, now)
                drawing.add(Circle(x, y, 2.4, fillColor=PRIMARY, strokeColor=None))
                if tooltips:
                    latest_spots.append(
                        Hotspot(x - 7, y - 7, 14, 14, _latest_text(dim, now, before))
                    )
            # The latest level follows the name, bold, so a printed radar reads without
            # tooltips; the web keeps the room for it.
            label = web.labels[i]
            if now is not None:
                drawing.add(
                    _string(label.value_x, label.value_y, str(now), bold=True, colour=PRIMARY)
                )
            if tooltips:
                text = dim.describe(now) if now is not None else _not_assessed(dim)
                hotspots.append(Hotspot(*label.box, text))
        if not has_latest:
            drawing.add(
                _string(
                    web.cx,
                    web.cy - 3,
                    _tr("No assessment yet"),
                    size=8,
                    colour=MUTED,
                    anchor="middle",
                )
            )
        _legend(drawing, latest_label if has_latest else "", baseline_label if baseline else "")
    hotspots.extend(base_spots)
    hotspots.extend(latest_spots)
    return Chart(drawing, tuple(hotspots), title, background=("radar", web.key))


@dataclass(frozen=True)
class _Label:
    value_x: float
    value_y: float
    box: tuple[float, float, float, float]


@dataclass(frozen=True)
class _Web:
    """The fixed part of a radar (rings, spokes, names), shared by every company."""

    key: tuple[object, ...]
    group: Group
    cx: float
    cy: float
    radius: float
    angles: tuple[float, ...]
    labels: tuple[_Label, ...]

    def point(self, i: int, level: float) -> tuple[float, float]:
        r = self.radius * level / MAX_LEVEL
        return self.cx + r * math.cos(self.angles[i]), self.cy + r * math.sin(self.angles[i])

    def outline(self, keys: Sequence[str], levels: Mapping[str, int], **style: object) -> Polygon:
        """The polygon of ``levels`` over the spokes of ``keys`` (a missing level at the
        centre), drawn with ``style``."""
        points = [c for i, k in enumerate(keys) for c in self.point(i, levels.get(k, 0))]
        return Polygon(points, **style)


@lru_cache(maxsize=32)
def _radar_web(dims: tuple[tuple[str, str], ...], width: float, height: float) -> _Web:
    n = len(dims)
    names = [one_line(name) for _, name in dims]
    legend_h = 18.0
    value_w = string_width(" 9", BOLD, 7)  # room for the level after each name
    # Side labels need their longest word (and the level after it) beside the web.
    longest_word = max(
        (string_width(word, REGULAR, 7) for name in names for word in name.split()),
        default=30.0,
    )
    margin_x = min(max(longest_word + value_w + 12, 44.0), width * 0.3)
    margin_y = 24.0
    radius = max(min((width - 2 * margin_x) / 2, (height - legend_h - 2 * margin_y) / 2), 10.0)
    cx = width / 2
    cy = legend_h + (height - legend_h) / 2
    angles = tuple(math.pi / 2 - 2 * math.pi * i / n for i in range(n))
    web = _Web((dims, width, height), Group(), cx, cy, radius, angles, ())
    group = web.group

    def ring(level: float) -> list[float]:
        return [c for i in range(n) for c in web.point(i, level)]

    group.add(Polygon(ring(MAX_LEVEL), fillColor=PANEL, strokeColor=RULE, strokeWidth=0.6))
    for level in range(1, MAX_LEVEL):
        group.add(
            Polygon(
                ring(level),
                fillColor=None,
                strokeColor=RULE if level % 3 == 0 else GRID,
                strokeWidth=0.5,
            )
        )
    for i in range(n):
        x, y = web.point(i, MAX_LEVEL)
        group.add(Line(cx, cy, x, y, strokeColor=GRID, strokeWidth=0.5))
    for level in (3, 6, 9):
        group.add(
            _string(
                cx + 2, cy + radius * level / MAX_LEVEL - 6.5, str(level), size=5.5, colour=FAINT
            )
        )
    labels = []
    lead = 8.0
    for i, name in enumerate(names):
        x, y = web.point(i, MAX_LEVEL + 0.9)
        cos, sin = math.cos(angles[i]), math.sin(angles[i])
        anchor = "start" if cos > 0.25 else "end" if cos < -0.25 else "middle"
        wrap_width = margin_x - 6 if anchor != "middle" else 2 * margin_x + radius * 0.6
        size = _size_to_fit(name, REGULAR, 7, wrap_width - value_w)
        lines = _wrap(name, REGULAR, size, wrap_width - value_w)
        if sin > 0.25:
            first = y + (len(lines) - 1) * lead
        elif sin < -0.25:
            first = y - 6
        else:
            first = y + (len(lines) - 1) * lead / 2 - 2.5
        widths = [string_width(line, REGULAR, size) for line in lines]
        widths[-1] += value_w
        for n_line, (line, line_w) in enumerate(zip(lines, widths, strict=True)):
            start = x if anchor == "start" else x - line_w if anchor == "end" else x - line_w / 2
            group.add(_string(start, first - n_line * lead, line, size=size, colour=INK))
        last_w = widths[-1]
        last_start = x if anchor == "start" else x - last_w if anchor == "end" else x - last_w / 2
        block_w = max(widths)
        left = x if anchor == "start" else x - block_w if anchor == "end" else x - block_w / 2
        bottom = first - (len(lines) - 1) * lead
        labels.append(
            _Label(
                value_x=last_start + last_w - value_w + string_width(" ", BOLD, 7),
                value_y=bottom,
                box=(left, bottom - 2, block_w, len(lines) * lead + 2),
            )
        )
    return _Web(web.key, group, cx, cy, radius, angles, tuple(labels))


def _latest_text(dim: Dimension, now: int, before: int | None) -> str:
    text = dim.describe(now)
    if before is None:
        return text
    if before == now:
        return text + "\n" + _tr("Unchanged since the baseline")
    return text + "\n" + _tr("Baseline: level {0} ({1})").format(before, _signed(now - before))


def _baseline_text(dim: Dimension, level: int) -> str:
    found = dim.level(level)
    if found is None:
        return _tr("{0}: baseline level {1}").format(dim.name, level)
    return _tr("{0}: baseline level {1} — {2}: {3}").format(
        dim.name, level, found.title, found.description
    )


def _not_assessed(dim: Dimension) -> str:
    return _tr("{0}: not assessed yet").format(dim.name)


def _signed(value: float) -> str:
    if value > 0:
        return "+" + format_number(value)
    if value < 0:
        return "−" + format_number(-value)
    return "±0"


def _legend(drawing: Drawing, latest_label: str, baseline_label: str) -> None:
    """The key under a chart: a solid line for the latest, a dashed one for the baseline."""
    items: list[tuple[str, Color, list[float] | None]] = []
    if latest_label:
        items.append((one_line(latest_label), PRIMARY, None))
    if baseline_label:
        items.append((one_line(baseline_label), BASELINE, [3, 2]))
    if not items:
        return
    sample, gap = 16.0, 12.0
    widths = [sample + 4 + string_width(text, REGULAR, 7) for text, _, _ in items]
    x = (drawing.width - sum(widths) - gap * (len(items) - 1)) / 2
    y = 5.0
    for (text, colour, dash), w in zip(items, widths, strict=True):
        drawing.add(
            Line(
                x,
                y + 2.5,
                x + sample,
                y + 2.5,
                strokeColor=colour,
                strokeWidth=1.6 if dash is None else 1.2,
                strokeDashArray=dash,
            )
        )
        drawing.add(_string(x + sample + 4, y, text, colour=MUTED))
        x += w + gap


def _dot_plot(
    dimensions: Sequence[Dimension],
    latest: Mapping[str, int],
    baseline: Mapping[str, int],
    width: float,
    height: float,
    latest_label: str,
    baseline_label: str,
    tooltips: bool,
) -> Chart:
    title = _tr("Readiness: baseline and latest")
    legend_h, axis_h = 18.0, 14.0
    rows = max(len(dimensions), 1)
    row_h = min(30.0, (height - 6 - legend_h - axis_h) / rows)
    # As tall as the rows need, never taller than asked for.
    height = min(height, legend_h + axis_h + rows * row_h + 12)
    drawing = Drawing(width, height)
    hotspots: list[Hotspot] = []
    if not dimensions:
        _empty_note(drawing, _tr("No dimensions in this framework"))
        return Chart(drawing, (), title)
    label_w = min(90.0, width * 0.35)
    left, right = label_w + 6, width - 10
    top = height - 6

    def x_of(level: float) -> float:
        return left + (right - left) * (level - 1) / (MAX_LEVEL - 1)

    bottom = top - row_h * len(dimensions)
    for level in range(1, MAX_LEVEL + 1):
        x = x_of(level)
        drawing.add(Line(x, bottom, x, top, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(_string(x, bottom - 9, str(level), size=6, colour=FAINT, anchor="middle"))
    for i, dim in enumerate(dimensions):
        y = top - row_h * (i + 0.5)
        for n_line, line in enumerate(_wrap(one_line(dim.name), REGULAR, 7, label_w)):
            drawing.add(_string(0, y - 2.5 - n_line * 8, line))
        before, now = baseline.get(dim.key), latest.get(dim.key)
        if before is not None and now is not None:
            drawing.add(
                Line(x_of(before), y, x_of(now), y, strokeColor=PRIMARY_LIGHT, strokeWidth=3)
            )
        if before is not None:
            drawing.add(
                Circle(x_of(before), y, 3, fillColor=WHITE, strokeColor=BASELINE, strokeWidth=1.2)
            )
            if tooltips:
                text = _baseline_text(dim, before)
                hotspots.append(Hotspot(x_of(before) - 5, y - 5, 10, 10, text))
        if now is not None:
            drawing.add(
                Circle(x_of(now), y, 3.4, fillColor=PRIMARY, strokeColor=WHITE, strokeWidth=0.6)
            )
            if tooltips:
                hotspots.append(Hotspot(x_of(now) - 6, y - 6, 12, 12, dim.describe(now)))
    if not latest:
        drawing.add(
            _string(
                width / 2, top + 0, _tr("No assessment yet"), size=8, colour=MUTED, anchor="middle"
            )
        )
    _legend(drawing, latest_label if latest else "", baseline_label if baseline else "")
    return Chart(drawing, tuple(hotspots), title)


# --- levels over time -----------------------------------------------------------------------


def levels_over_time_chart(
    dimensions: Sequence[Dimension],
    history: Sequence[DatedLevels],
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    width: float = 270,
    height: float = 230,
    tooltips: bool = True,
) -> Chart:
    """One small panel per dimension: the level (1..9) at each assessment date.

    Small multiples rather than one tangle of lines: levels are whole numbers, so lines
    for six dimensions would lie on top of each other. ``start`` and ``end`` (dates) fix
    the time axis, for instance to the cohort's run, so companies compare.
    """
    register_fonts()
    title = _tr("Levels over time")
    drawing = Drawing(width, height)
    hotspots: list[Hotspot] = []
    if not dimensions:
        _empty_note(drawing, _tr("No dimensions in this framework"))
        return Chart(drawing, (), title)
    history = sorted(history, key=lambda h: h.assessed_on)
    dates = [h.assessed_on for h in history]
    lo, hi = start, end
    if dates:
        lo = min(dates[0], lo) if lo else dates[0]
        hi = max(dates[-1], hi) if hi else dates[-1]
    if lo is None or hi is None:
        _empty_note(drawing, _tr("No assessments yet"))
        return Chart(drawing, (), title)
    if (hi - lo).days < 14:
        lo, hi = lo - dt.timedelta(days=7), hi + dt.timedelta(days=7)
    span = (hi - lo).days

    panels = _time_panels(
        tuple((d.key, d.name) for d in dimensions),
        float(width),
        float(height),
        lo,
        hi,
        current_language(),
    )
    drawing.add(panels.group)
    with _unchecked():
        for dim, (px0, px1, py0, py1) in zip(dimensions, panels.boxes, strict=True):

            def at(
                day: dt.date,
                level: int,
                px0: float = px0,
                px1: float = px1,
                py0: float = py0,
                py1: float = py1,
            ) -> tuple[float, float]:
                x = px0 + (px1 - px0) * ((day - lo).days / span if span else 0.5)
                return x, py0 + (py1 - py0) * (level - 1) / (MAX_LEVEL - 1)

            points = [(h, h.levels[dim.key]) for h in history if dim.key in h.levels]
            if len(points) > 1:
                coords = [c for h, level in points for c in at(h.assessed_on, level)]
                drawing.add(
                    PolyLine(coords, strokeColor=PRIMARY, strokeWidth=1.3, strokeLineJoin=1)
                )
            for n_point, (h, level) in enumerate(points):
                x, y = at(h.assessed_on, level)
                last = n_point == len(points) - 1
                # The line's corners mark the earlier assessments; a dot marks the latest
                # (and a lone one). Fewer shapes: this chart is drawn once per company.
                if last:
                    drawing.add(Circle(x, y, 2.2, fillColor=PRIMARY, strokeColor=None))
                if last:
                    # The latest level, beside the last point, above it unless at the top.
                    ly = y + 4 if level < MAX_LEVEL else y - 9
                    drawing.add(
                        _string(
                            x, ly, str(level), size=6.5, bold=True, colour=PRIMARY, anchor="middle"
                        )
                    )
                if tooltips:
                    assessed = _tr("Assessed {0} ({1})").format(
                        format_date(h.assessed_on), _kind(h.kind)
                    )
                    text = f"{dim.describe(level)}\n{assessed}"
                    hotspots.append(Hotspot(x - 5, y - 5, 10, 10, text))
            if not points:
                drawing.add(
                    _string(
                        (px0 + px1) / 2,
                        (py0 + py1) / 2 - 2,
                        _tr("not assessed"),
                        size=6,
                        colour=MUTED,
                        anchor="middle",
                    )
                )
    return Chart(drawing, tuple(hotspots), title, background=("time", panels.key))


@dataclass(frozen=True)
class _Panels:
    key: tuple[object, ...]
    group: Group
    boxes: tuple[tuple[float, float, float, float], ...]  # plot area: x0, x1, y0, y1


@lru_cache(maxsize=32)
def _time_panels(
    dims: tuple[tuple[str, str], ...],
    width: float,
    height: float,
    lo: dt.date,
    hi: dt.date,
    language: str,
) -> _Panels:
    """The empty small multiples (titles, grid, axis labels in ``language``, the current
    one: part of the cache's key), shared by every company."""
    group = Group()
    boxes = []
    n = len(dims)
    cols = min(3, n)
    rows = math.ceil(n / cols)
    panel_w, panel_h = width / cols, height / rows
    pad_left, pad_right, pad_bottom, pad_top = 13.0, 8.0, 11.0, 13.0
    for index, (_, name) in enumerate(dims):
        col, row = index % cols, index // cols
        x0 = col * panel_w
        y0 = height - (row + 1) * panel_h
        px0, px1 = x0 + pad_left, x0 + panel_w - pad_right
        py0, py1 = y0 + pad_bottom, y0 + panel_h - pad_top
        boxes.append((px0, px1, py0, py1))
        group.add(
            _string(
                x0 + pad_left - 10, py1 + 4, _fit(one_line(name), BOLD, 7, panel_w - 8), bold=True
            )
        )
        group.add(Rect(px0, py0, px1 - px0, py1 - py0, fillColor=PANEL, strokeColor=None))
        for level in range(1, MAX_LEVEL + 1):
            y = py0 + (py1 - py0) * (level - 1) / (MAX_LEVEL - 1)
            group.add(
                Line(
                    px0,
                    y,
                    px1,
                    y,
                    strokeColor=RULE if level in (1, 5, 9) else GRID,
                    strokeWidth=0.4,
                )
            )
            if level in (1, 5, 9):
                group.add(
                    _string(px0 - 2.5, y - 2, str(level), size=5.5, colour=FAINT, anchor="end")
                )
        group.add(_string(px0, y0 + 2, _month_year(lo), size=5.5, colour=FAINT))
        group.add(_string(px1, y0 + 2, _month_year(hi), size=5.5, colour=FAINT, anchor="end"))
    return _Panels((dims, width, height, lo, hi, language), group, tuple(boxes))


# --- cohort heatmap -------------------------------------------------------------------------


@_unchecked()
def cohort_heatmap(
    dimensions: Sequence[Dimension],
    rows: Sequence[HeatmapRow],
    *,
    width: float = 480,
    mean: Mapping[str, float] | None = None,
    row_height: float = 14,
    tooltips: bool = True,
) -> Chart:
    """Companies by dimensions; each cell holds the current level, shaded by it."""
    register_fonts()
    title = _tr("Readiness levels by company and dimension")
    n = len(dimensions)
    header_h, legend_h = 26.0, 22.0
    mean_h = row_height + 5 if mean else 0.0
    height = header_h + row_height * max(len(rows), 1) + mean_h + legend_h
    drawing = Drawing(width, height)
    hotspots: list[Hotspot] = []
    if not n:
        _empty_note(drawing, _tr("No dimensions in this framework"))
        return Chart(drawing, (), title)
    names = [one_line(r.name) for r in rows]
    widest = max((string_width(name, REGULAR, 7.5) for name in names), default=60.0)
    name_w = min(max(widest + 10, 70.0), width * 0.36)
    cell_w = min((width - name_w) / n, 70.0)
    grid_left = name_w
    top = height - header_h
    for j, dim in enumerate(dimensions):
        x = grid_left + j * cell_w + cell_w / 2
        name = one_line(dim.name)
        size = _size_to_fit(name, BOLD, 7, cell_w - 4)
        lines = _wrap(name, BOLD, size, cell_w - 4)
        for n_line, line in enumerate(lines):
            y = top + 6 + (len(lines) - 1 - n_line) * 8.5
            drawing.add(_string(x, y, line, size=size, bold=True, colour=INK, anchor="middle"))
        if tooltips:
            hotspots.append(Hotspot(x - cell_w / 2, top, cell_w, header_h, one_line(dim.name)))
    if not rows:
        drawing.add(
            _string(
                grid_left, top - row_height + 4, _tr("No companies in this cohort"), colour=MUTED
            )
        )

    def cell(x: float, y: float, value: float | None, text: str) -> None:
        if value is None:
            drawing.add(
                Rect(
                    x + 0.5,
                    y + 0.5,
                    cell_w - 1,
                    row_height - 1,
                    fillColor=WHITE,
                    strokeColor=GRID,
                    strokeWidth=0.5,
                )
            )
            drawing.add(
                _string(
                    x + cell_w / 2, y + row_height / 2 - 2.5, "–", colour=FAINT, anchor="middle"
                )
            )
            return
        drawing.add(
            Rect(
                x,
                y,
                cell_w,
                row_height,
                fillColor=level_colour(value),
                strokeColor=WHITE,
                strokeWidth=1,
            )
        )
        drawing.add(
            _string(
                x + cell_w / 2,
                y + row_height / 2 - 2.6,
                text,
                size=7.5,
                bold=True,
                colour=level_text_colour(value),
                anchor="middle",
            )
        )

    for i, (row, name) in enumerate(zip(rows, names, strict=True)):
        y = top - (i + 1) * row_height
        shown = _fit(name, REGULAR, 7.5, name_w - 8)
        drawing.add(_string(0, y + row_height / 2 - 2.6, shown, size=7.5))
        if tooltips:
            hotspots.append(Hotspot(0, y, name_w - 4, row_height, name))
        for j, dim in enumerate(dimensions):
            level = row.levels.get(dim.key)
            x = grid_left + j * cell_w
            cell(x, y, level, str(level) if level is not None else "")
            if tooltips:
                text = dim.describe(level) if level is not None else _not_assessed(dim)
                hotspots.append(Hotspot(x, y, cell_w, row_height, f"{name}\n{text}"))
    if mean:
        y = top - len(rows) * row_height - mean_h
        drawing.add(
            Line(
                0,
                y + row_height + 2.5,
                grid_left + n * cell_w,
                y + row_height + 2.5,
                strokeColor=RULE,
                strokeWidth=0.6,
            )
        )
        cohort_mean = _tr("Cohort mean")
        shown = _fit(cohort_mean, BOLD, 7.5, name_w - 8)
        drawing.add(_string(0, y + row_height / 2 - 2.6, shown, size=7.5, bold=True))
        for j, dim in enumerate(dimensions):
            value = mean.get(dim.key)
            x = grid_left + j * cell_w
            cell(x, y, value, _one_decimal(value) if value is not None else "")
            if value is not None and tooltips:
                text = f"{cohort_mean}\n{dim.name}: {_one_decimal(value)}"
                hotspots.append(Hotspot(x, y, cell_w, row_height, text))
    _level_key(drawing, grid_left, 4)
    return Chart(drawing, tuple(hotspots), title)


def _level_key(drawing: Drawing, x: float, y: float) -> None:
    """The colour key: nine swatches labelled with their level."""
    level_word = _tr("Level")
    drawing.add(_string(x, y + 4, level_word, size=7, colour=MUTED))
    x += string_width(level_word, REGULAR, 7) + 6
    size = 12.0
    for level in range(1, MAX_LEVEL + 1):
        drawing.add(
            Rect(
                x,
                y,
                size + 4,
                size,
                fillColor=level_colour(level),
                strokeColor=WHITE,
                strokeWidth=0.5,
            )
        )
        drawing.add(
            _string(
                x + (size + 4) / 2,
                y + 3.5,
                str(level),
                size=6.5,
                colour=level_text_colour(level),
                anchor="middle",
            )
        )
        x += size + 4
    drawing.add(_string(x + 8, y + 4, "–  " + _tr("not assessed"), size=7, colour=MUTED))


# --- distribution per dimension ---------------------------------------------------------------


@_unchecked()
def level_distribution_chart(
    dimensions: Sequence[Dimension],
    profiles: Sequence[Mapping[str, int]],
    *,
    width: float = 480,
    panel_height: float = 92,
    tooltips: bool = True,
) -> Chart:
    """How many companies stand at each level, one small bar chart per dimension.

    All panels share one vertical scale so their bars compare.
    """
    register_fonts()
    title = _tr("Distribution of levels per dimension")
    n = len(dimensions)
    cols = min(3, max(n, 1))
    rows = max(math.ceil(n / cols), 1)
    height = rows * panel_height
    drawing = Drawing(width, height)
    hotspots: list[Hotspot] = []
    if not n:
        _empty_note(drawing, _tr("No dimensions in this framework"))
        return Chart(drawing, (), title)
    counts = {d.key: Counter(p[d.key] for p in profiles if d.key in p) for d in dimensions}
    top_count = max((c for counter in counts.values() for c in counter.values()), default=0)
    scale_max = max(top_count, 1)
    panel_w = width / cols
    gap = 14.0
    for index, dim in enumerate(dimensions):
        col, row = index % cols, index // cols
        x0 = col * panel_w + (gap / 2 if col else 0)
        inner_w = panel_w - gap / 2 - (gap / 2 if col else 0)
        y0 = height - (row + 1) * panel_height
        counter = counts[dim.key]
        assessed = sum(counter.values())
        mean = sum(level * c for level, c in counter.items()) / assessed if assessed else None
        label = _fit(one_line(dim.name), BOLD, 7.5, inner_w - 48)
        drawing.add(_string(x0, y0 + panel_height - 10, label, size=7.5, bold=True))
        if mean is not None:
            drawing.add(
                _string(
                    x0 + inner_w,
                    y0 + panel_height - 10,
                    _tr("mean {0}").format(_one_decimal(mean)),
                    size=6.5,
                    colour=MUTED,
                    anchor="end",
                )
            )
        base_y, top_y = y0 + 16, y0 + panel_height - 24
        bar_slot = inner_w / MAX_LEVEL
        drawing.add(Line(x0, base_y, x0 + inner_w, base_y, strokeColor=RULE, strokeWidth=0.6))
        for level in range(1, MAX_LEVEL + 1):
            count = counter.get(level, 0)
            bx = x0 + (level - 1) * bar_slot
            drawing.add(
                _string(
                    bx + bar_slot / 2,
                    base_y - 8.5,
                    str(level),
                    size=6,
                    colour=FAINT,
                    anchor="middle",
                )
            )
            if not count:
                continue
            h = (top_y - base_y) * count / scale_max
            drawing.add(
                Rect(bx + 1.5, base_y, bar_slot - 3, h, fillColor=PRIMARY, strokeColor=None)
            )
            drawing.add(
                _string(
                    bx + bar_slot / 2,
                    base_y + h + 2,
                    str(count),
                    size=6.5,
                    bold=True,
                    colour=INK,
                    anchor="middle",
                )
            )
            if tooltips:
                at_level = _tr("%n companies at this level", n=count)
                text = f"{dim.describe(level)}\n{at_level}"
                hotspots.append(Hotspot(bx, base_y, bar_slot, max(h, 8) + 10, text))
        if not assessed:
            drawing.add(
                _string(
                    x0 + inner_w / 2,
                    (base_y + top_y) / 2,
                    _tr("not assessed yet"),
                    size=6.5,
                    colour=MUTED,
                    anchor="middle",
                )
            )
    return Chart(drawing, tuple(hotspots), title)


# --- milestone completion ---------------------------------------------------------------------


@_unchecked()
def milestone_completion_chart(
    rows: Sequence[CompletionBar],
    *,
    width: float = 480,
    row_height: float = 14,
    tooltips: bool = True,
) -> Chart:
    """Per company, the share of applicable milestones done, with the overdue count."""
    register_fonts()
    title = _tr("Milestones done per company")
    axis_h = 14.0
    height = axis_h + row_height * max(len(rows), 1) + 4
    drawing = Drawing(width, height)
    hotspots: list[Hotspot] = []
    names = [one_line(r.name) for r in rows]
    widest = max((string_width(name, REGULAR, 7.5) for name in names), default=60.0)
    name_w = min(max(widest + 10, 70.0), width * 0.36)
    value_w = 92.0
    left, right = name_w, width - value_w
    top = height - axis_h
    for share in (0, 0.25, 0.5, 0.75, 1.0):
        x = left + (right - left) * share
        drawing.add(
            Line(x, 2, x, top, strokeColor=GRID if 0 < share < 1 else RULE, strokeWidth=0.5)
        )
        if share in (0, 0.5, 1.0):
            drawing.add(_string(x, top + 4, percent(share), size=6, colour=FAINT, anchor="middle"))
    if not rows:
        drawing.add(
            _string(left, top - row_height + 4, _tr("No companies in this cohort"), colour=MUTED)
        )
    for i, (row, name) in enumerate(zip(rows, names, strict=True)):
        y = top - (i + 1) * row_height
        mid = y + row_height / 2
        drawing.add(_string(0, mid - 2.6, _fit(name, REGULAR, 7.5, name_w - 8), size=7.5))
        bar_h = row_height - 5
        if row.applicable:
            drawing.add(
                Rect(
                    left,
                    mid - bar_h / 2,
                    right - left,
                    bar_h,
                    fillColor=PRIMARY_LIGHT,
                    strokeColor=None,
                )
            )
            done_w = (right - left) * min(row.done / row.applicable, 1.0)
            if done_w:
                drawing.add(
                    Rect(left, mid - bar_h / 2, done_w, bar_h, fillColor=PRIMARY, strokeColor=None)
                )
            done = _tr("{0} of {1}").format(row.done, row.applicable)
            drawing.add(_string(right + 6, mid - 2.6, done, size=7.5, bold=True))
            if row.overdue:
                overdue = _fit(_tr("{0} overdue").format(row.overdue), REGULAR, 7, value_w - 42)
                drawing.add(_string(right + 42, mid - 2.6, overdue, size=7, colour=ALERT))
        else:
            drawing.add(
                _string(left + 4, mid - 2.6, _tr("no applicable milestones"), size=7, colour=MUTED)
            )
        if tooltips:
            hotspots.append(Hotspot(0, y, width, row_height, _completion_text(name, row)))
    return Chart(drawing, tuple(hotspots), title)


def _completion_text(name: str, row: CompletionBar) -> str:
    if not row.applicable:
        return _tr("{0}: no applicable milestones").format(name)
    if row.overdue:
        return _tr("{0}: {1} of {2} milestones done, {3} overdue").format(
            name, row.done, row.applicable, row.overdue
        )
    return _tr("{0}: {1} of {2} milestones done").format(name, row.done, row.applicable)


__all__ = [
    "Chart",
    "CompletionBar",
    "HeatmapRow",
    "Hotspot",
    "chart_svg",
    "cohort_heatmap",
    "format_date",
    "level_distribution_chart",
    "levels_over_time_chart",
    "milestone_completion_chart",
    "percent",
    "radar_chart",
]
