"""Horizontal bars, stacked by series: members by kind and tier, attendees by kind or
cluster. Drawn from reportlab's basic shapes as the other charts are
(:mod:`accelerator.reports.charts`): every coordinate known, fast, vector in the PDF."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors

from accelerator.domain.formatting import format_number
from accelerator.reports.charts import Chart, _fit, _string, _unchecked
from accelerator.reports.fonts import REGULAR, register_fonts, string_width
from accelerator.reports.style import FAINT, GRID, INK, MUTED, PRIMARY, RULE

#: The series' colours, darkest first: the first tier (members) reads strongest.
SERIES_COLOURS = (
    PRIMARY,
    colors.HexColor("#4F81B0"),
    colors.HexColor("#8FB4D8"),
    colors.HexColor("#C9DCEE"),
    colors.HexColor("#B35C00"),
    colors.HexColor("#E2B27A"),
)


@dataclass(frozen=True)
class Bar:
    """One bar: its label and a value per series."""

    label: str
    values: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.values)


def _step(largest: int) -> int:
    """A round gridline step giving at most five lines up to ``largest``."""
    if largest <= 5:
        return 1
    raw = largest / 5
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return int(factor * power)
    return int(10 * power)


@_unchecked()
def stacked_bars(
    bars: Sequence[Bar],
    series: Sequence[str],
    *,
    title: str,
    width: float = 480,
    row_height: float = 15,
) -> Chart:
    """Bars side by side down the page, each stacked by ``series`` (a legend above when
    there are several), its total at its end."""
    register_fonts()
    legend_h = 14.0 if len(series) > 1 else 0.0
    axis_h = 12.0
    height = legend_h + axis_h + row_height * max(len(bars), 1) + 4
    drawing = Drawing(width, height)
    labels = [_fit(b.label, REGULAR, 7.5, width * 0.34) for b in bars]
    widest = max((string_width(label, REGULAR, 7.5) for label in labels), default=60.0)
    left = min(max(widest + 10, 70.0), width * 0.36)
    right = width - 28
    top = height - legend_h - axis_h
    if legend_h:
        x = left
        for n, name in enumerate(series):
            colour = SERIES_COLOURS[n % len(SERIES_COLOURS)]
            drawing.add(
                Rect(x, height - 9, 8, 8, fillColor=colour, strokeColor=None, strokeWidth=0)
            )
            text = _fit(name, REGULAR, 7, 110)
            drawing.add(_string(x + 11, height - 8, text, size=7, colour=INK))
            x += 11 + string_width(text, REGULAR, 7) + 12
    largest = max((b.total for b in bars), default=0)
    step = _step(largest)
    scale_end = max(step * math.ceil(largest / step), step)
    for tick in range(0, scale_end + 1, step):
        x = left + (right - left) * tick / scale_end
        drawing.add(Line(x, 2, x, top, strokeColor=RULE if tick == 0 else GRID, strokeWidth=0.5))
        drawing.add(_string(x, top + 3, format_number(tick), size=6, colour=FAINT, anchor="middle"))
    for i, (bar, label) in enumerate(zip(bars, labels, strict=True)):
        y = top - (i + 1) * row_height
        mid = y + row_height / 2
        drawing.add(_string(0, mid - 2.6, label, size=7.5))
        bar_h = row_height - 5
        x = left
        for n, value in enumerate(bar.values):
            if not value:
                continue
            w = (right - left) * value / scale_end
            colour = SERIES_COLOURS[n % len(SERIES_COLOURS)]
            drawing.add(
                Rect(
                    x, mid - bar_h / 2, w, bar_h, fillColor=colour, strokeColor=None, strokeWidth=0
                )
            )
            x += w
        total = format_number(bar.total)
        drawing.add(_string(x + 4, mid - 2.6, total, size=7.5, bold=True, colour=INK))
    if not bars:
        drawing.add(_string(left, top - row_height + 4, "–", colour=MUTED))
    return Chart(drawing, (), title)


__all__ = ["SERIES_COLOURS", "Bar", "stacked_bars"]
