"""Write collection forms: one workbook per organisation for a year's member figures, to
e-mail to the members. The year (last year, to begin with), whose forms (the members of
one of our clusters on 31 December, or every member and the cohorts' companies), and the
folder they go to; the forms are written off the GUI thread, and the dialog then says how
many were written and where, with a button that opens the folder."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from accelerator.errors import AcceleratorError
from accelerator.i18n import in_context
from accelerator.services.figure_forms import WrittenForm
from accelerator.services.figures import FIRST_YEAR
from accelerator.ui.background import Background
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.form import as_sentence, button_row
from accelerator.ui.file_dialogs import SETTINGS_GROUP, FileKind, start_folder
from accelerator.ui.kit import error_label, muted_label
from accelerator.ui.widgets.wrapped_text import fit_wrapped_text

log = logging.getLogger(__name__)
_tr = in_context("WriteFormsDialog")


def window_settings(widget: QWidget | None) -> QSettings:
    """The main window's settings when the dialog belongs to it, else the application's."""
    while widget is not None:
        settings = getattr(widget, "settings", None)
        if isinstance(settings, QSettings):
            return settings
        widget = widget.parentWidget()
    return QSettings()


def choose_folder(parent: QWidget, kind: FileKind, caption: str, current: str) -> str:
    """A folder chosen in the system's dialog, starting at ``current`` when it exists, else
    where that kind of file was last kept; remembered for next time. '' when cancelled."""
    settings = window_settings(parent)
    start = Path(current) if current and Path(current).is_dir() else start_folder(kind, settings)
    chosen = QFileDialog.getExistingDirectory(parent, caption, str(start))
    if chosen:
        settings.setValue(f"{SETTINGS_GROUP}/{kind.value}", str(Path(chosen).parent))
    return chosen


def open_folder(folder: Path) -> bool:
    """The folder in the desktop's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class WriteFormsDialog(QDialog):
    """``WriteFormsDialog.ask(parent, context)``: the forms written, or None."""

    def __init__(
        self, parent: QWidget | None, context: AppContext, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Write collection forms"))
        self.written: list[WrittenForm] | None = None
        self.folder: Path | None = None
        self._writing = Background(self)
        self._folder_typed = False
        self._count = 0
        this_year = (today or dt.date.today()).year

        body = QVBoxLayout(self)
        body.setSpacing(10)
        body.addWidget(
            muted_label(
                self.tr(
                    "One workbook per organisation, in the language spoken, with what is "
                    "known already filled in and the cells to fill marked. E-mail them to the "
                    "members, and read the returned ones with Figures › Collect forms."
                ),
                self,
            )
        )
        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("formsYear")
        self.year_spin.setRange(FIRST_YEAR, this_year + 1)
        self.year_spin.setValue(this_year - 1)
        self.year_spin.setMaximumWidth(self.year_spin.fontMetrics().horizontalAdvance("0000") + 60)
        form.addRow(self.tr("&Year:"), self.year_spin)
        self.whose_combo = QComboBox(self)
        self.whose_combo.setObjectName("formsWhose")
        clusters = context.services.clusters.list_clusters()
        for cluster in [c for c in clusters if c.ours]:
            self.whose_combo.addItem(self.tr("The members of {0}").format(cluster.name), cluster.id)
        self.whose_combo.addItem(self.tr("Every member and the cohorts' companies"), None)
        form.addRow(self.tr("&Forms for:"), self.whose_combo)
        self.count_label = muted_label("", self)
        self.count_label.setObjectName("formsCount")
        form.addRow("", self.count_label)
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setObjectName("formsFolder")
        self.folder_edit.textEdited.connect(self._folder_edited)
        choose = QPushButton(self.tr("C&hoose…"), self)
        choose.setAutoDefault(False)
        choose.clicked.connect(self._choose)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(choose)
        form.addRow(self.tr("F&older:"), folder_row)
        label = form.labelForField(folder_row)
        if isinstance(label, QLabel):
            label.setBuddy(self.folder_edit)
        body.addLayout(form)
        self.error = error_label(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        body.addWidget(self.error)
        self.buttons, self.write_button = button_row(self, self.tr("&Write forms"))
        body.addWidget(self.buttons)
        fit_wrapped_text(self)
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

        self.year_spin.valueChanged.connect(self._choice_changed)
        self.whose_combo.currentIndexChanged.connect(self._choice_changed)
        self._choice_changed()

    # --- the choices --------------------------------------------------------------------

    def year(self) -> int:
        return self.year_spin.value()

    def cluster_id(self) -> int | None:
        data = self.whose_combo.currentData()
        return int(data) if data is not None else None

    def _default_folder(self) -> Path:
        base = start_folder(FileKind.EXPORT, window_settings(self))
        return base / self.tr("Member figures {0}").format(self.year())

    def _folder_edited(self, _text: str) -> None:
        self._folder_typed = True
        self.error.setVisible(False)

    def _choose(self) -> None:
        chosen = choose_folder(
            self, FileKind.EXPORT, self.tr("Write the forms into"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)
            self._folder_typed = True

    def _choice_changed(self, *_: object) -> None:
        if not self._folder_typed:
            self.folder_edit.setText(str(self._default_folder()))
        self.error.setVisible(False)
        try:
            organisations = self.context.services.figure_forms.organisations_for(
                self.year(), cluster_id=self.cluster_id()
            )
        except AcceleratorError as error:
            self.count_label.setText(as_sentence(str(error)))
            self._count = 0
        else:
            self._count = len(organisations)
            self.count_label.setText(
                self.tr("%n organisations get a form", "", self._count)
                if self._count
                else self.tr("No organisation to send a form to for that year")
            )
        self.write_button.setEnabled(self._count > 0 and not self._writing.busy())

    # --- writing ------------------------------------------------------------------------

    def accept(self) -> None:
        if self._writing.busy():
            return
        text = self.folder_edit.text().strip()
        if not text:
            self._refused(self.tr("Say which folder the forms go to."))
            self.folder_edit.setFocus()
            return
        folder = Path(text).expanduser()
        forms, year, cluster_id = self.context.services.figure_forms, self.year(), self.cluster_id()
        self.folder = folder
        self._busy(True)
        self._writing.start(
            lambda _progress, _cancelled: forms.write_forms(year, folder, cluster_id=cluster_id),
            self._written,
            self._failed,
            bus=self.context.bus,
        )

    def _busy(self, busy: bool) -> None:
        for widget in (self.year_spin, self.whose_combo, self.folder_edit, self.write_button):
            widget.setEnabled(not busy)
        self.write_button.setText(self.tr("Writing…") if busy else self.tr("&Write forms"))

    def _refused(self, message: str) -> None:
        self.error.setText(as_sentence(message))
        self.error.setVisible(True)

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self._refused(str(error))

    def _written(self, written: list[WrittenForm]) -> None:
        self._busy(False)
        self.written = written
        super().accept()

    def report(self) -> str:
        """What was written and where, in a sentence."""
        count = len(self.written or [])
        return self.tr("%n collection forms for {0} written to {1}.", "", count).format(
            self.year(), self.folder
        )

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext) -> list[WrittenForm] | None:
        dialog = cls(parent, context)
        try:
            dialog.exec()
            written = dialog.written
            if written is not None and dialog.folder is not None:
                show_written(parent, dialog.report(), dialog.folder)
            return written
        finally:
            dialog.deleteLater()


def show_written(parent: QWidget | None, text: str, folder: Path) -> None:
    """Says what was written, with a button that opens the folder."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("Collection forms written"))
    box.setText(text)
    opened = box.addButton(_tr("&Open the folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is opened:
        open_folder(folder)


__all__ = ["WriteFormsDialog", "choose_folder", "open_folder", "show_written", "window_settings"]
