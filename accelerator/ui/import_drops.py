"""A CSV file dropped on the window starts the import of companies.

``install(window, context, open_import)`` makes the main window take a dropped CSV file
and open the import wizard with it, through the File menu's own import
(``SafetyActions.import_companies``).
Widgets that stand for one cohort (its Enrolments tab, its row in the programmes tree)
put a ``CsvDropTarget`` on themselves: Qt gives a drop to the innermost widget that takes
drops, so those open the wizard with their cohort chosen and the window never sees it.

Only a coordinator imports, and not while the database is open read-only: for anyone
else no target takes the drop, so the pointer shows that it cannot be dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from accelerator.services.use_cases import UseCase
from accelerator.ui.context import AppContext

log = logging.getLogger(__name__)

#: What a spreadsheet saved as CSV is called; Excel on some systems writes .txt for tabs.
CSV_SUFFIXES = (".csv", ".txt")


def may_import(context: AppContext) -> bool:
    """Whether the signed-in person may import companies here (the service says the same)."""
    allowed = context.services.permissions.allows(UseCase.IMPORT_COMPANIES)
    return allowed and not context.services.read_only


def dropped_csv(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> Path | None:
    """The one local CSV file being dragged, if that is what it is."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    urls = mime.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in CSV_SUFFIXES else None


class CsvDropTarget(QObject):
    """Makes ``widget`` take one dropped CSV file and emit ``dropped(path, position)``,
    the position in ``widget``'s coordinates. Other drags pass by untouched."""

    dropped = Signal(object, QPoint)

    def __init__(self, widget: QWidget, *, enabled: bool = True) -> None:
        super().__init__(widget)
        self._widget = widget
        widget.installEventFilter(self)
        self.set_enabled(enabled)

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        self._widget.setAcceptDrops(enabled)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self._enabled or watched is not self._widget:
            return False
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        assert isinstance(event, QDragEnterEvent | QDragMoveEvent | QDropEvent)
        path = dropped_csv(event)
        if path is None:
            return False
        event.acceptProposedAction()
        if kind == QEvent.Type.Drop:
            log.info("CSV dropped on %s: %s", self._widget.objectName() or type(self._widget), path)
            self.dropped.emit(path, event.position().toPoint())
        return True


def install(
    window: QWidget, context: AppContext, open_import: Callable[[Path], object]
) -> CsvDropTarget | None:
    """A CSV dropped anywhere on ``window`` goes to ``open_import``; None when this person
    may not import here (nothing takes the drop)."""
    if not may_import(context):
        return None
    target = CsvDropTarget(window)
    target.setObjectName("importDrops")

    def dropped(path: Path, _position: QPoint) -> None:
        open_import(path)

    target.dropped.connect(dropped)
    return target
