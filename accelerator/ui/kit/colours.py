"""The window's colours, taken from the palette in use so that they read on light and dark
palettes alike.

Every colour of text here reaches WCAG's 4.5:1 (the AA level for text) against the window,
the tables and their alternate rows: a shade is chosen for a light or a dark palette, then
moved towards the palette's own text colour until it reads on all three. So a grey never
becomes the palette's "disabled" text (1.9:1 on white) or its half-transparent placeholder
(3.9:1 on a light window), and a red chosen for white paper does not vanish into a dark grey.

Colour is never the only signal: every coloured figure also carries an icon or a word
("Overdue", "At risk", "Flagged").
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from accelerator.domain.enums import MilestoneStatus
from accelerator.ui.kit.icons import icon

#: WCAG 2's contrast for normal text (AA).
READABLE = 4.5

_R = QPalette.ColorRole


class Attention(StrEnum):
    """What a coloured figure means."""

    DANGER = "danger"  # overdue, at risk, falling, an error
    WARNING = "warning"  # a business-orientation gap, blocked
    GOOD = "good"  # done, rising


#: (on a light palette, on a dark palette), before they are checked against the palette.
_SHADES: dict[Attention, tuple[str, str]] = {
    Attention.DANGER: ("#b3261e", "#ff8a80"),
    Attention.WARNING: ("#8a5300", "#ffc66d"),
    Attention.GOOD: ("#1b6e20", "#81c995"),
}
#: Behind a row with problems: a tint of red that black, white and the error red read on.
_ERROR_TINT = ("#fbe3e1", "#5a2a27")
#: How far secondary text moves from the text colour towards the window's.
_MUTED_MIX = 0.42

#: Charts sit on a light "paper" card whatever the palette: their colours were chosen for
#: the printed reports, and a dark window would swallow their ink.
PAPER = QColor("#ffffff")
PAPER_EDGE = QColor("#d0d4da")


def current_palette(palette: QPalette | None = None) -> QPalette:
    """``palette``, or the application's (a plain one before the application exists)."""
    if palette is not None:
        return palette
    app = QApplication.instance()
    return app.palette() if isinstance(app, QApplication) else QPalette()


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether text sits on a dark window in this palette."""
    return current_palette(palette).color(_R.Window).lightness() < 128


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def _luminance(rgb: int) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel((rgb >> 16) & 0xFF)
        + 0.7152 * channel((rgb >> 8) & 0xFF)
        + 0.0722 * channel(rgb & 0xFF)
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio of two opaque colours, from 1 (the same) to 21."""
    hi, lo = sorted((_luminance(a.rgb()), _luminance(b.rgb())), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@cache
def _readable(start: int, text: int, backgrounds: tuple[int, ...]) -> int:
    # Cached: a table asks for its colours once per cell on every repaint.
    colour, ink = QColor.fromRgb(start), QColor.fromRgb(text)
    papers = [QColor.fromRgb(b) for b in backgrounds]
    for step in range(21):
        candidate = blend(colour, ink, step / 20)
        if all(contrast_ratio(candidate, paper) >= READABLE for paper in papers):
            return candidate.rgb()
    return text  # the palette's own text does not read: nothing here would do better


def readable(colour: QColor, palette: QPalette | None = None) -> QColor:
    """``colour``, or the nearest shade towards the palette's text colour that reads (4.5:1)
    on its window, its tables and their alternate rows."""
    p = current_palette(palette)
    backgrounds = tuple(p.color(role).rgb() for role in (_R.Window, _R.Base, _R.AlternateBase))
    return QColor.fromRgb(_readable(colour.rgb(), p.color(_R.WindowText).rgb(), backgrounds))


def muted_colour(palette: QPalette | None = None) -> QColor:
    """Secondary text (hints, counts, a withdrawn company): the text colour moved towards
    the window's, as far as it still reads."""
    p = current_palette(palette)
    return readable(blend(p.color(_R.WindowText), p.color(_R.Window), _MUTED_MIX), p)


def attention_colour(kind: Attention, palette: QPalette | None = None) -> QColor:
    light, dark = _SHADES[kind]
    return readable(QColor(dark if is_dark(palette) else light), palette)


def error_colour(palette: QPalette | None = None) -> QColor:
    """What the service found wrong, beside the field or in the row."""
    return attention_colour(Attention.DANGER, palette)


def gap_colour(palette: QPalette | None = None) -> QColor:
    """A business-orientation gap flag: a warning, not an error."""
    return attention_colour(Attention.WARNING, palette)


def error_background(palette: QPalette | None = None) -> QColor:
    """A red tint behind a row with problems; its text and the error red still read."""
    light, dark = _ERROR_TINT
    return QColor(dark if is_dark(palette) else light)


def attention_icon(name: str, kind: Attention | None, palette: QPalette | None = None) -> QIcon:
    """The icon ``name`` in the colour of ``kind`` (or the palette's text colour)."""
    if kind is None:
        return icon(name)
    return icon(name, attention_colour(kind, palette))


def gap_flag_icon() -> QIcon:
    """A filled flag in the gap colour, beside a flagged company."""
    return icon("gap_flag", gap_colour())


# --- a milestone's status as a colour and an icon --------------------------------------------


def milestone_icon_name(status: MilestoneStatus) -> str:
    return MilestoneStatus(status).value


def milestone_attention(status: MilestoneStatus) -> Attention | None:
    if status is MilestoneStatus.DONE:
        return Attention.GOOD
    if status is MilestoneStatus.BLOCKED:
        return Attention.WARNING
    return None
