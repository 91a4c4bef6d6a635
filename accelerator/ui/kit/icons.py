"""Icons from Material Design Icons, tinted to the current palette.

Each is an SVG file in ``resources/icons/<family>/<name>.svg`` (``mdi6.domain`` is
``mdi6/domain.svg``), one vector path made from the icon font qtawesome ships by
``scripts/make_icons.py``, drawn at the sizes a window shows icons in. qtawesome itself,
with the eight fonts it loads, took 0.25-0.4 s of every start; these few files take a
few milliseconds. A name without a file logs a warning and shows no icon;
tests/ui/test_icons.py holds every icon the window names to having one.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

ICON_DIR = Path(__file__).resolve().parents[3] / "resources" / "icons"
#: The colour the files are drawn in, replaced by the one asked for.
INK = b"#000000"
#: The pixel sizes each icon is drawn at (the window's, and twice them for HiDPI
#: screens); Qt scales the nearest larger one to any other size.
SIZES = (16, 18, 20, 24, 32, 36, 40, 48, 64, 80, 96)
#: The names asked for that have no drawing (each is also logged once).
missing: set[str] = set()

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
    "members": "mdi6.card-account-details-outline",
    "events": "mdi6.calendar-star",
    "matchmaking": "mdi6.account-group-outline",
    "clusters": "mdi6.hexagon-multiple-outline",
    "projects": "mdi6.handshake-outline",
    "collaboration": "mdi6.graph-outline",
    "tier": "mdi6.swap-vertical",
    "leave": "mdi6.account-remove-outline",
    "up": "mdi6.arrow-up",
    "down": "mdi6.arrow-down",
}


def icon_file(name: str) -> Path:
    """The SVG file of ``name``: a key of NAMES, or a glyph's own name (``mdi6.domain``)."""
    family, _, glyph = NAMES.get(name, name).partition(".")
    return ICON_DIR / family / f"{glyph}.svg"


@cache
def _icon(name: str, colour: str) -> QIcon:
    path = icon_file(name)
    try:
        drawing = path.read_bytes().replace(INK, colour.encode("ascii"))
    except OSError as error:  # a missing icon must never stop the window from opening
        log.warning("no icon %s: %s", name, error)
        missing.add(name)
        return QIcon()
    renderer = QSvgRenderer(QByteArray(drawing))
    if not renderer.isValid():
        log.warning("no icon %s: %s is not an SVG drawing", name, path)
        missing.add(name)
        return QIcon()
    # Pixmaps, not an icon engine of our own: Qt keeps and scales them itself, with no
    # Python called on each paint.
    shown = QIcon()
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        shown.addPixmap(QPixmap.fromImage(image))
    return shown


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """The icon for ``name`` in ``colour``, by default the palette's text colour (so it
    follows light and dark)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return QIcon()  # no pixmaps before the application exists
    if colour is None:
        colour = app.palette().color(QPalette.ColorRole.WindowText)
    return _icon(name, colour.name())
