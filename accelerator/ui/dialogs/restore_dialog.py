"""Restore from backup: the backups with their date, reason and size; what the selected one
holds (checked as the restore would check it); Restore asks first, keeps the current
database as a pre-restore copy, and puts the backup in its place
(``SafetyService.restore_open_database``: it closes the window's connections first).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.formatting import format_datetime
from accelerator.errors import AcceleratorError
from accelerator.i18n import in_context, marked, translate
from accelerator.services.safety import BackupRecord, RestoreRecord, SafetyService
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.form import button_row
from accelerator.ui.kit import error_colour, format_count, format_size, muted_label
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.table import QT_TRANSLATE_NOOP, RIGHT, ColumnSpec, RecordTableModel

log = logging.getLogger(__name__)

_CONTEXT = "RestoreDialog"

REASON_LABELS = {
    "daily": marked("RestoreDialog", "Daily"),
    "manual": marked("RestoreDialog", "On request"),
    "pre-migration": marked("RestoreDialog", "Before an upgrade"),
    "pre-restore": marked("RestoreDialog", "Before a restore"),
}
COUNT_LABELS = {
    "programmes": marked("RestoreDialog", "Programmes"),
    "cohorts": marked("RestoreDialog", "Cohorts"),
    "companies": marked("RestoreDialog", "Companies"),
    "enrolments": marked("RestoreDialog", "Enrolments"),
    "assessments": marked("RestoreDialog", "Assessments"),
    "users": marked("RestoreDialog", "Users"),
}


_tr = in_context("RestoreDialog")


class BackupTableModel(RecordTableModel[BackupRecord]):
    COL_TAKEN, COL_REASON, COL_SIZE = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ColumnSpec(
                QT_TRANSLATE_NOOP("BackupTableModel", "Taken"),
                lambda b: format_datetime(b.taken_at),
                lambda b: b.taken_at,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("BackupTableModel", "Reason"),
                lambda b: translate(_CONTEXT, REASON_LABELS.get(b.reason, b.reason)),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("BackupTableModel", "Size"),
                lambda b: format_size(b.size_bytes),
                lambda b: b.size_bytes,
                RIGHT,
            ),
        )

    def key_of(self, record: BackupRecord) -> Path:
        return record.path

    def extra_data(self, record: BackupRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(record.path)
        return None


class RestoreDialog(QDialog):
    """``RestoreDialog.ask(parent, context, safety)`` returns what was restored, or None."""

    def __init__(self, parent: QWidget | None, context: AppContext, safety: SafetyService) -> None:
        super().__init__(parent)
        self.context = context
        self.safety = safety
        self.restored: RestoreRecord | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(760, 460)

        intro = muted_label(
            self.tr(
                "Restoring replaces all the programme's data with the backup's. The database "
                "as it is now is kept as a backup first, so a restore can be undone."
            ),
            self,
        )
        self.model = BackupTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BackupTableModel.COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)

        self.details = QLabel(self)
        self.details.setObjectName("backupDetails")
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumWidth(260)
        self.details.setMargin(8)

        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.buttons, self.restore_button = button_row(self, self.tr("&Restore…"))
        self.restore_button.setIcon(icon("backup"))
        self.restore_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self.table.selectionModel().selectionChanged.connect(self._selected)
        self._load()

    def _load(self) -> None:
        try:
            backups = self.safety.list_backups()
        except AcceleratorError as error:
            backups = []
            self.details.setText(str(error))
        self.model.set_rows(backups)
        if backups:
            self.table.selectRow(0)
        else:
            self.details.setText(
                self.tr("No backups yet in {0}: make one with File ▸ Back up now.").format(
                    self.safety.backups_dir
                )
            )

    def selected(self) -> BackupRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def _selected(self) -> None:
        record = self.selected()
        self.restore_button.setEnabled(False)
        if record is None:
            self.details.clear()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            contents = self.safety.inspect(record.path)
        except AcceleratorError as error:
            self.details.setText(
                f"<b>{record.name}</b><p style='color:{error_colour().name()}'>"
                + self.tr("This backup cannot be restored: {0}").format(error)
                + "</p>"
            )
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        lines = "".join(
            f"<tr><td>{translate(_CONTEXT, COUNT_LABELS.get(name, name))}</td>"
            f"<td align='right'>&nbsp;&nbsp;{format_count(count)}</td></tr>"
            for name, count in contents.counts.items()
        )
        self.details.setText(
            f"<b>{format_datetime(record.taken_at)}</b> · "
            f"{translate(_CONTEXT, REASON_LABELS.get(record.reason, record.reason))}<br>"
            + self.tr("Checked: sound. It holds:")
            + f"<table>{lines}</table><br><small>{record.name}<br>"
            + self.tr("Schema {0}").format(contents.schema_version)
            + "</small>"
        )
        self.restore_button.setEnabled(True)

    def accept(self) -> None:
        """Restore the backup chosen, once the person has said yes; then close."""
        record = self.selected()
        if record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Replace all the data with the backup taken {0}?\n\nThe database as it is now "
                "is kept as a pre-restore backup."
            ).format(format_datetime(record.taken_at)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        result = restore_into_window(self, self.context, self.safety, record)
        if result is not None:
            self.restored = result
            super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, context: AppContext, safety: SafetyService
    ) -> RestoreRecord | None:
        dialog = cls(parent, context, safety)
        try:
            dialog.exec()
            return dialog.restored
        finally:
            dialog.deleteLater()


def restore_into_window(
    parent: QWidget | None, context: AppContext, safety: SafetyService, record: BackupRecord
) -> RestoreRecord | None:
    """Restore over the window's database and announce that everything changed. None,
    after saying why, when it failed."""
    from accelerator.ui.operations import Data

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = safety.restore_open_database(record.path)
    except AcceleratorError as error:
        log.warning("restore failed: %s", error)
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, _tr("Restore failed"), str(error))
        return None
    QGuiApplication.restoreOverrideCursor()
    context.bus.announce([Data.EVERYTHING])
    return result
