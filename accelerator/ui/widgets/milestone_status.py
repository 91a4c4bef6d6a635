"""How a milestone's status, a date and an alarm look on screen, shared by the checklist and
the cohort dashboard.

Status colours are chosen per palette: a red that reads on white is unreadable on a dark
grey, so each kind of alarm has a light-palette and a dark-palette shade, both with a
contrast of at least 4.5:1 against the base colour. Colour is never the only signal: every
coloured item also carries an icon and a word ("Overdue", "At risk", "Flagged").
"""

from __future__ import annotations

import datetime as dt
import logging
from enum import StrEnum
from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from accelerator.domain.enums import MilestoneStatus
from accelerator.domain.formatting import format_date as format_date  # one form everywhere
from accelerator.ui.icons import NAMES, icon

log = logging.getLogger(__name__)


class Attention(StrEnum):
    """What a coloured figure means."""

    DANGER = "danger"  # overdue, at risk, falling
    WARNING = "warning"  # a business-orientation gap, blocked
    GOOD = "good"  # done, rising


#: (on a light base, on a dark base)
_SHADES: dict[Attention, tuple[str, str]] = {
    Attention.DANGER: ("#b3261e", "#ff8a80"),
    Attention.WARNING: ("#8a5300", "#ffc66d"),
    Attention.GOOD: ("#1b6e20", "#81c995"),
}


def _palette(palette: QPalette | None) -> QPalette:
    if palette is not None:
        return palette
    app = QApplication.instance()
    return app.palette() if isinstance(app, QApplication) else QPalette()


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether text sits on a dark background in this palette."""
    return _palette(palette).color(QPalette.ColorRole.Base).lightness() < 128


def attention_colour(kind: Attention, palette: QPalette | None = None) -> QColor:
    light, dark = _SHADES[kind]
    return QColor(dark if is_dark(palette) else light)


@cache
def _tinted(name: str, colour: str) -> QIcon:
    try:
        import qtawesome

        return qtawesome.icon(NAMES.get(name, name), color=colour)
    except Exception:  # a missing glyph must never break a table
        log.warning("no icon %s", name, exc_info=True)
        return QIcon()


def attention_icon(name: str, kind: Attention | None, palette: QPalette | None = None) -> QIcon:
    """The icon ``name`` in the colour of ``kind`` (or the palette's text colour)."""
    if kind is None:
        return icon(name)
    return _tinted(name, attention_colour(kind, palette).name())


def _tr(text: str) -> str:
    return QCoreApplication.translate("MilestoneStatus", text)


def status_text(status: MilestoneStatus) -> str:
    """A status in words."""
    return {
        MilestoneStatus.NOT_STARTED: _tr("Not started"),
        MilestoneStatus.IN_PROGRESS: _tr("In progress"),
        MilestoneStatus.DONE: _tr("Done"),
        MilestoneStatus.BLOCKED: _tr("Blocked"),
        MilestoneStatus.NOT_APPLICABLE: _tr("Not applicable"),
    }[MilestoneStatus(status)]


def status_icon_name(status: MilestoneStatus) -> str:
    return MilestoneStatus(status).value


def status_attention(status: MilestoneStatus) -> Attention | None:
    if status is MilestoneStatus.DONE:
        return Attention.GOOD
    if status is MilestoneStatus.BLOCKED:
        return Attention.WARNING
    return None


def category_label(category: str) -> str:
    """A category as a heading: ``business model`` -> ``Business model``, ``IP`` stays."""
    text = category.strip()
    return text[:1].upper() + text[1:]


def days_ago(day: dt.date, today: dt.date) -> str:
    """``today``, ``yesterday``, ``5 days ago``, ``in 3 days``."""
    delta = (today - day).days
    if delta == 0:
        return _tr("today")
    if delta == 1:
        return _tr("yesterday")
    if delta == -1:
        return _tr("tomorrow")
    if delta > 0:
        return _tr("{0} days ago").format(delta)
    return _tr("in {0} days").format(-delta)
