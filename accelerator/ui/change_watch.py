"""Seeing others' work: the window asks the database every few seconds whether anything
changed, and the pages that show what changed refresh, without a restart.

Every change writes an audit entry, so the question is one cheap query (the newest
entry's number, and the kinds of record changed since the last answer). It runs off the
GUI thread, so a slow or unreachable server never freezes the window; the status bar
says when the server stops answering and when it answers again.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from accelerator.i18n import in_context
from accelerator.ui.background import Background
from accelerator.ui.operations import Data, kinds_of

_tr = in_context("ChangeWatch")

if TYPE_CHECKING:
    from accelerator.ui.window_base import WindowBase

log = logging.getLogger(__name__)

#: How often to ask: a shared server, and a file (a second window, a synced folder).
SERVER_INTERVAL_MS = 4_000
FILE_INTERVAL_MS = 10_000


class ChangeWatcher(QObject):
    def __init__(self, window: WindowBase, interval_ms: int) -> None:
        super().__init__(window)
        self.window = window
        self.service = window.services.database
        self.seen: int | None = None
        self.asking = Background(self)
        self.unreachable = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        window.installEventFilter(self)
        # This window's own writes refresh its pages already; the next answer includes
        # them, so the kinds they refreshed are not refreshed again for them.
        self.own: set[Data] = set()
        self.emitting = False
        window.context.bus.changed.connect(self._own_change)

    def start(self) -> None:
        self.poll()
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.timer.stop()
        return False

    def _own_change(self, kinds: frozenset[Data]) -> None:
        if not self.emitting:
            self.own.update(kinds)

    def poll(self) -> None:
        # A closed window asks nothing more (its connections may be gone).
        if self.asking.busy() or not self.window.isVisible():
            return
        seen = self.seen
        # A server that stops answering is this watch's to say, in the status bar.
        self.asking.start(
            lambda _progress, _cancelled: self.service.changes_since(seen),
            self._answered,
            self._failed,
            expected=(Exception,),
        )

    def _answered(self, answer: tuple[int, frozenset[str]]) -> None:
        latest, tables = answer
        if self.unreachable:
            self.unreachable = False
            self.window.statusBar().showMessage(_tr("Connected again."), 5000)
        first = self.seen is None
        self.seen = latest
        own, self.own = self.own, set()
        if first or not tables:
            return
        kinds = kinds_of(tables) - own
        if not kinds or Data.EVERYTHING in own:
            return
        log.info("changed elsewhere: %s", sorted(tables))
        self.emitting = True
        try:
            self.window.context.bus.changed.emit(kinds)
        finally:
            self.emitting = False

    def _failed(self, error: Exception) -> None:
        if not self.unreachable:
            log.warning("cannot ask the database for changes: %s", error)
            self.unreachable = True
            self.window.statusBar().showMessage(
                _tr(
                    "The database does not answer; changes by others will show when it does."
                ),  # fmt: skip
            )


def install(window: WindowBase) -> ChangeWatcher:
    interval = FILE_INTERVAL_MS if window.services.db.is_sqlite else SERVER_INTERVAL_MS
    watcher = ChangeWatcher(window, interval)
    watcher.start()
    return watcher
