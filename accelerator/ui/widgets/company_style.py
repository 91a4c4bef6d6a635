"""Small shared pieces of the company screens: how dates, numbers and org. numbers are
written, the colours of errors and gap flags on light and dark palettes, headings."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

# Dates read as everywhere else ("18 Sep 2026"): unambiguous, unlike 09/18/26 against 18.09.26.
from accelerator.domain.formatting import format_date as format_date

log = logging.getLogger(__name__)


def _palette() -> QPalette:
    app = QApplication.instance()
    return app.palette() if isinstance(app, QApplication) else QPalette()


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or _palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def error_colour(palette: QPalette | None = None) -> QColor:
    """Red that reads on the palette: dark red on light windows, soft red on dark ones."""
    return QColor("#f2b8b5") if is_dark(palette) else QColor("#b3261e")


def gap_colour(palette: QPalette | None = None) -> QColor:
    """Amber for a business-orientation gap flag: a warning, not an error."""
    return QColor("#fbbf24") if is_dark(palette) else QColor("#a15c00")


def muted_colour(palette: QPalette | None = None) -> QColor:
    palette = palette or _palette()
    return palette.color(QPalette.ColorRole.PlaceholderText)


@cache
def _flag_icon(colour: str) -> QIcon:
    try:
        import qtawesome

        return qtawesome.icon("mdi6.flag", color=colour)
    except Exception:  # a missing glyph must never break a table
        log.warning("no flag icon", exc_info=True)
        return QIcon()


def gap_flag_icon() -> QIcon:
    """A filled flag in the gap colour (the house icon helper only tints to the text colour)."""
    if not isinstance(QApplication.instance(), QApplication):
        return QIcon()  # no fonts to draw with before the application exists
    return _flag_icon(gap_colour().name())


def format_decimal(value: float | None, decimals: int = 1) -> str:
    if value is None:
        return ""
    return QLocale().toString(float(value), "f", decimals)


def group_org_number(number: str) -> str:
    """A Norwegian organisation number as people write it: ``923 609 016``."""
    if len(number) == 9 and number.isdigit():
        return f"{number[:3]} {number[3:6]} {number[6:]}"
    return number


def heading(text: str, parent: QWidget | None = None, scale: float = 1.25) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def muted(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, muted_colour())
    label.setPalette(palette)
    return label


class FieldError(QLabel):
    """The line under a field where the service's message about that field appears.

    The service words a problem to follow the field's name ("must be between 1800 and
    2026"), so a message that starts in lower case is shown after the name: "Founded
    must be between 1800 and 2026, not 1700".
    """

    def __init__(self, field_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field_label = field_label.replace("&", "")
        self.setWordWrap(True)
        self.setObjectName("fieldError")
        self.setTextFormat(Qt.TextFormat.PlainText)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_colour())
        self.setPalette(palette)
        self.setVisible(False)

    def setText(self, text: str) -> None:
        if self.field_label and text[:1].islower():
            text = f"{self.field_label} {text}"
        super().setText(text)


def error_label(parent: QWidget | None = None, field_label: str = "") -> FieldError:
    return FieldError(field_label, parent)
