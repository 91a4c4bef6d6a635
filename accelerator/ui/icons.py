"""Icons from qtawesome's bundled Material Design font, tinted to the current palette.

The fonts ship inside the qtawesome package: nothing is downloaded at run time, and
the glyphs are vector, so they stay crisp on HiDPI screens.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

# One name per meaning, so a page asks for "company" and not for a font glyph.
NAMES = {
    "dashboard": "mdi6.view-dashboard-outline",
    "programmes": "mdi6.calendar-range",
    "companies": "mdi6.domain",
    "company": "mdi6.domain",
    "reports": "mdi6.file-chart-outline",
    "my_companies": "mdi6.account-tie-outline",
    "milestones": "mdi6.clipboard-check-outline",
    "assessment": "mdi6.chart-line",
    "find": "mdi6.magnify",
    "add": "mdi6.plus",
    "edit": "mdi6.pencil-outline",
    "remove": "mdi6.trash-can-outline",
    "save": "mdi6.content-save-outline",
    "backup": "mdi6.backup-restore",
    "warning": "mdi6.alert-outline",
    "gap": "mdi6.flag-outline",
    "gap_flag": "mdi6.flag",
    "print": "mdi6.printer-outline",
    "mentor": "mdi6.account-tie-outline",
    "users": "mdi6.account-multiple-outline",
    "archive": "mdi6.archive-outline",
    "welcome": "mdi6.home-outline",
    "cohort": "mdi6.account-group-outline",
    "enrol": "mdi6.account-plus-outline",
    "done": "mdi6.check-circle-outline",
    "in_progress": "mdi6.progress-clock",
    "blocked": "mdi6.cancel",
    "not_applicable": "mdi6.minus-circle-outline",
    "not_started": "mdi6.circle-outline",
    "overdue": "mdi6.alert-circle-outline",
    "import": "mdi6.file-import-outline",
    "export": "mdi6.file-export-outline",
    "audit": "mdi6.history",
}


@cache
def _icon(name: str, colour: str) -> QIcon:
    try:
        import qtawesome

        glyph: QIcon = qtawesome.icon(NAMES.get(name, name), color=colour)
        return glyph
    except Exception:  # a missing glyph must never stop the window from opening
        log.warning("no icon %s", name, exc_info=True)
        return QIcon()


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """The icon for ``name`` in ``colour``, by default the palette's text colour (so it
    follows light and dark)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return QIcon()  # no fonts to draw the glyph with before the application exists
    if colour is None:
        colour = app.palette().color(QPalette.ColorRole.WindowText)
    return _icon(name, colour.name())
