"""The File menu's data-safety actions: Back up now, Restore from backup, Import
companies, Export. (A CSV dropped on the window starts the import: ``import_drops``.)

``install(window)`` adds them above ``window.file_menu_end``; the actions live on the
``SafetyActions`` object it returns (``window.safety_actions``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from accelerator.errors import AcceleratorError
from accelerator.i18n import in_context
from accelerator.services.exporting import ExportResult
from accelerator.services.permissions import UseCase
from accelerator.services.safety import BackupRecord, SafetyService
from accelerator.ui.background import Background, Cancelled, Progress
from accelerator.ui.context import AppContext
from accelerator.ui.file_dialogs import FileKind, save_file
from accelerator.ui.kit.icons import icon
from accelerator.ui.offers import offer
from accelerator.ui.operations import Worker
from accelerator.ui.safety_start import NOTE_MS
from accelerator.ui.window_base import WindowBase

if TYPE_CHECKING:  # the dialog's module is imported when the export is asked for
    from accelerator.ui.dialogs.export_dialog import ExportRequest

log = logging.getLogger(__name__)
# The export's texts are the File menu's (SafetyActions), wherever the export starts.
_tr = in_context("SafetyActions")

T = TypeVar("T")


def install(window: WindowBase) -> SafetyActions:
    return SafetyActions(window)


def export_to_file(
    parent: QWidget,
    context: AppContext,
    background: Background,
    request: ExportRequest,
    status: QStatusBar | None,
    *,
    done: Callable[[ExportResult], object] = lambda _result: None,
    failed: Callable[[Exception], object] = lambda _error: None,
) -> Worker | None:
    """Ask where to write what ``request`` says, and write it in ``background``; what was
    written, or why not, is said on ``status`` (a page's export says it where the File
    menu's does). None when no file was chosen."""
    suffix = request.format.value
    path, _ = save_file(
        parent,
        FileKind.EXPORT,
        _tr("Export to"),
        _tr("{0} files (*.{1})").format(suffix.upper(), suffix),
        request.suggested_name,
    )
    if not path:
        return None
    if not path.lower().endswith(f".{suffix}"):
        path += f".{suffix}"
    service = context.services.exporting

    def work(_progress: Progress, _cancelled: Cancelled) -> ExportResult:
        return service.export(
            request.kind,
            path,
            cohort_id=request.cohort_id,
            format=request.format,
            include_confidential=request.include_confidential,
            cluster_id=request.cluster_id,
            on=request.on,
            event_id=request.event_id,
        )

    def written(result: ExportResult) -> None:
        text = result.summary
        if status is not None:
            status.showMessage(text[0].upper() + text[1:], NOTE_MS)
        done(result)

    def refused(error: Exception) -> None:
        if status is not None:
            status.clearMessage()
        QMessageBox.warning(parent, _tr("Accelerator"), str(error))
        failed(error)

    if status is not None:
        status.showMessage(_tr("Exporting…"))
    return background.start(work, written, refused)


class SafetyActions(QObject):
    """The actions and the background work they start, for one window."""

    backed_up = Signal(object)  # BackupRecord
    exported = Signal(object)  # ExportResult
    failed = Signal(object)  # the error, after it was shown

    def __init__(self, window: WindowBase) -> None:
        super().__init__(window)
        self.setObjectName("safetyActions")
        self.window = window
        self.context = window.context
        self._background = Background(self)
        permissions = self.context.services.permissions
        read_only = self.context.services.read_only

        self.back_up_action = self._action(
            self.tr("&Back up now"), self.back_up_now, "backup", "Ctrl+B"
        )
        self.restore_action = self._action(
            self.tr("&Restore from backup…"), self.restore_from_backup, "backup"
        )
        self.import_action = self._action(
            # Not import_companies itself: triggered's checked flag would arrive as the path.
            self.tr("&Import companies…"),
            lambda: self.import_companies(),
            "import",
        )
        self.export_action = self._action(self.tr("E&xport…"), self.export, "export")
        for action in (self.back_up_action, self.restore_action, self.import_action):
            action.setEnabled(not read_only and self.context.services.db.path is not None)
            if read_only:
                action.setToolTip(
                    self.tr("The database is open read-only: nothing can be written to it.")
                )
                action.setStatusTip(action.toolTip())
        if self.context.services.db.path is None:  # a shared server backs itself up
            for action in (self.back_up_action, self.restore_action):
                action.setToolTip(
                    self.tr("The shared server's backups are your IT's (docs/team-mode.md).")
                )
                action.setStatusTip(action.toolTip())
        self.import_action.setEnabled(not read_only)
        # Restoring replaces everyone's data and importing writes many companies at once:
        # whoever may not is not offered them.
        for action, use_case in (
            (self.restore_action, UseCase.RESTORE_BACKUP),
            (self.import_action, UseCase.IMPORT_COMPANIES),
        ):
            offer(action, permissions.allows(use_case), use_case, hide=True)
        menu = window.file_menu
        end = window.file_menu_end
        for action in (
            self.import_action,
            self.export_action,
            self._separator(),
            self.back_up_action,
            self.restore_action,
        ):
            menu.insertAction(end, action)

    def _action(
        self, text: str, slot: Callable[[], object], icon_name: str, shortcut: str = ""
    ) -> QAction:
        action = QAction(icon(icon_name), text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _separator(self) -> QAction:
        action = QAction(self.window)
        action.setSeparator(True)
        return action

    def _safety(self) -> SafetyService:
        return self.context.services.safety

    def _run(self, work: Callable[[], T], done: Callable[[T], object]) -> Worker:
        return self._background.start(lambda _progress, _cancelled: work(), done, self._failed)

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(self.window, self.tr("Accelerator"), str(error))
        self.failed.emit(error)

    # --- the actions -----------------------------------------------------------------------

    def back_up_now(self) -> Worker | None:
        try:
            safety = self._safety()
        except AcceleratorError as error:
            QMessageBox.information(self.window, self.tr("Back up"), str(error))
            return None
        self.window.statusBar().showMessage(self.tr("Backing up…"))

        def done(record: BackupRecord) -> None:
            self.window.statusBar().showMessage(
                self.tr("Backed up to {0}").format(record.path), NOTE_MS
            )
            self.backed_up.emit(record)

        return self._run(safety.back_up_now, done)

    def restore_from_backup(self) -> None:
        from accelerator.ui.dialogs.restore_dialog import RestoreDialog

        try:
            safety = self._safety()
        except AcceleratorError as error:
            QMessageBox.information(self.window, self.tr("Restore"), str(error))
            return
        result = RestoreDialog.ask(self.window, self.context, safety)
        if result is not None:
            self.window.statusBar().showMessage(
                self.tr("Restored from {0}; the previous data is kept in {1}").format(
                    result.restored_from.name,
                    result.previous.path if result.previous else result.moved_aside,
                ),
                NOTE_MS,
            )

    def import_companies(self, path: str | Path | None = None) -> None:
        from accelerator.ui.dialogs.import_wizard import ImportWizard

        result = ImportWizard.ask(self.window, self.context, path or None)
        if result is not None:
            self.window.statusBar().showMessage(
                self.tr("Imported: {0}").format(result.summary), NOTE_MS
            )

    def export(self) -> Worker | None:
        from accelerator.ui.dialogs.export_dialog import ExportDialog

        request = ExportDialog.ask(self.window, self.context)
        if request is None:
            return None
        return export_to_file(
            self.window,
            self.context,
            self._background,
            request,
            self.window.statusBar(),
            done=self.exported.emit,
            failed=self.failed.emit,
        )
