"""The message a damaged database gets: what happened, where the file went, and the newest
good backup to restore (or Close). Shown before any window, so it needs no context."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.formatting import format_datetime
from accelerator.errors import DamagedDatabaseError
from accelerator.i18n import marked, translate
from accelerator.services.safety import BackupRecord
from accelerator.ui.kit import muted_label
from accelerator.ui.kit.icons import icon

_CONTEXT = "DamagedDialog"

#: How a backup's reason reads in a sentence.
REASONS = {
    "daily": marked("DamagedDialog", "the daily backup"),
    "manual": marked("DamagedDialog", "made on request"),
    "pre-migration": marked("DamagedDialog", "taken before an upgrade"),
    "pre-restore": marked("DamagedDialog", "taken before a restore"),
}


class DamagedDialog(QDialog):
    """``DamagedDialog.ask(parent, error, backup)`` is True when the person chose to restore."""

    def __init__(
        self, parent: QWidget | None, error: DamagedDatabaseError, backup: BackupRecord | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The database is damaged"))
        self.setMinimumWidth(560)
        self.backup = backup

        sign = QLabel(self)
        sign.setPixmap(icon("warning").pixmap(40, 40))
        sign.setAlignment(Qt.AlignmentFlag.AlignTop)
        headline = QLabel(
            self.tr("<b>{0} is damaged, so Accelerator did not open it.</b>").format(
                error.path.name
            ),
            self,
        )
        headline.setWordWrap(True)
        where = (
            self.tr("Nothing more was written to it. It was moved, with its journal files, to:")
            if error.moved_to is not None
            else self.tr("It could not be moved aside; it is still at:")
        )
        moved_to = error.moved_to if error.moved_to is not None else error.path
        self.moved_label = QLabel(str(moved_to), self)
        self.moved_label.setWordWrap(True)
        self.moved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        problem = error.problems[0] if error.problems else ""
        details = muted_label(
            self.tr("SQLite's check says: {0}").format(problem) if problem else "", self
        )
        details.setVisible(bool(problem))

        if backup is not None:
            offer = self.tr(
                "The newest good backup was taken {0} ({1}). Restoring it brings back the "
                "data as it was then; what was entered since is in the damaged file only."
            ).format(
                format_datetime(backup.taken_at),
                translate(_CONTEXT, REASONS.get(backup.reason, backup.reason)),
            )
        else:
            offer = self.tr(
                "There is no good backup to restore. Keep the damaged file: it may be partly "
                "recoverable (sqlite3's .recover command)."
            )
        self.offer_label = QLabel(offer, self)
        self.offer_label.setWordWrap(True)

        # Wrapped like the rest: in bokmål the sentence is wider than the dialog's 560 pixels.
        where_label = QLabel(where, self)
        where_label.setWordWrap(True)
        text = QVBoxLayout()
        text.addWidget(headline)
        text.addWidget(where_label)
        text.addWidget(self.moved_label)
        text.addWidget(details)
        text.addSpacing(8)
        text.addWidget(self.offer_label)
        top = QHBoxLayout()
        top.addWidget(sign, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)

        self.buttons = QDialogButtonBox(self)
        self.restore_button: QPushButton | None = None
        if backup is not None:
            self.restore_button = self.buttons.addButton(
                self.tr("Restore the newest good backup ({0})").format(
                    format_datetime(backup.taken_at)
                ),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            self.restore_button.setIcon(icon("backup"))
            self.restore_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.buttons)

    @classmethod
    def ask(
        cls, parent: QWidget | None, error: DamagedDatabaseError, backup: BackupRecord | None
    ) -> bool:
        dialog = cls(parent, error, backup)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted and backup is not None
        finally:
            dialog.deleteLater()
