"""Import registrations for an event from an event-registration tool's CSV file or Excel
workbook: the file, which columns are read, every row with what importing does with it
(the person registered or put on the waitlist, a contact or an organisation made, someone
on the list already left as they are) and every bad row; then all of them or none.

The reading is the company import's (``read_spreadsheet``, ``typed_path``), the planning
and the writing the event service's (``preview_registrations``, ``import_registrations``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.enums import RegistrationStatus, in_words
from accelerator.errors import AcceleratorError
from accelerator.services.importing import CsvTable, RowError
from accelerator.services.importing.registrations import (
    RegistrationAction,
    RegistrationField,
    RegistrationImportPreview,
    RegistrationImportResult,
    RegistrationRow,
    suggest_registration_mapping,
)
from accelerator.services.records import EventRecord
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.form import button_row, labelled_row
from accelerator.ui.dialogs.import_wizard import typed_path
from accelerator.ui.file_dialogs import FileKind, open_file
from accelerator.ui.kit import RecordTable, error_colour, error_label, muted_label
from accelerator.ui.models.table import QT_TRANSLATE_NOOP, RIGHT, ColumnSpec, RecordTableModel
from accelerator.ui.widgets.wrapped_text import fit_wrapped_text

log = logging.getLogger(__name__)


class RegistrationPreviewModel(RecordTableModel[RegistrationRow]):
    """Each row of the file and what importing does with it; a bad row says why."""

    COL_ROW, COL_NAME, COL_EMAIL, COL_ORGANISATION, COL_ACTION = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems: dict[int, str] = {}
        self.columns = (
            ColumnSpec(
                QT_TRANSLATE_NOOP("RegistrationPreviewModel", "Row"),
                lambda r: str(r.row),
                sort_key=lambda r: r.row,
                align=RIGHT,
            ),
            ColumnSpec(QT_TRANSLATE_NOOP("RegistrationPreviewModel", "Name"), lambda r: r.name),
            ColumnSpec(QT_TRANSLATE_NOOP("RegistrationPreviewModel", "E-mail"), lambda r: r.email),
            ColumnSpec(
                QT_TRANSLATE_NOOP("RegistrationPreviewModel", "Organisation"),
                lambda r: r.organisation,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("RegistrationPreviewModel", "What happens"),
                self._action_text,
                tooltip=lambda r: self._problems.get(r.row),
                foreground=lambda r: error_colour() if r.row in self._problems else None,
            ),
        )

    def key_of(self, record: RegistrationRow) -> int:
        return record.row

    def set_preview(self, preview: RegistrationImportPreview | None) -> None:
        self._problems = {}
        for error in preview.errors if preview is not None else ():
            shown = self._problems.get(error.row)
            self._problems[error.row] = f"{shown}; {_problem(error)}" if shown else _problem(error)
        self.set_rows(preview.rows if preview is not None else ())

    def _action_text(self, r: RegistrationRow) -> str:
        if r.row in self._problems:
            return self._problems[r.row]
        if r.action is RegistrationAction.ALREADY:
            return self.tr("On the list already: left as they are")
        status = in_words(r.status or RegistrationStatus.REGISTERED)
        if r.new_organisation:
            return self.tr("{0}; the organisation is registered too").format(status)
        if r.new_contact:
            return self.tr("{0}; they become a contact of the organisation").format(status)
        return status


def _problem(error: RowError) -> str:
    return f"{error.column}: {error.message}" if error.column else error.message


class RegistrationImportDialog(QDialog):
    """``RegistrationImportDialog.ask(parent, context, event)`` imports registrations for
    ``event`` from a file and returns what was imported, or None."""

    def __init__(self, parent: QWidget | None, context: AppContext, event: EventRecord) -> None:
        super().__init__(parent)
        self.context = context
        self.chosen_event = event
        self.table: CsvTable | None = None
        self.mapping: dict[int, RegistrationField] = {}
        self.preview: RegistrationImportPreview | None = None
        self.imported: RegistrationImportResult | None = None
        self._read_path = ""
        self.setWindowTitle(self.tr("Import registrations for {0}").format(event.title))
        self.resize(900, 560)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(
            muted_label(
                self.tr(
                    "A CSV file or Excel workbook from a registration tool: a name (or first "
                    "and last name), e-mail, organisation and org. number. Nothing is "
                    "registered until every row is right."
                ),
                self,
            )
        )
        form = QFormLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("registrationFile")
        self.path_edit.setPlaceholderText(self.tr("Type or paste a path, or choose a file"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        path_row = QWidget(self)
        row = QHBoxLayout(path_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        labelled_row(form, self.tr("&File:"), path_row, self.path_edit)
        layout.addLayout(form)
        self.path_error = error_label(self)
        layout.addWidget(self.path_error)
        self.file_status = muted_label("", self)
        self.file_status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.file_status)

        self.model = RegistrationPreviewModel(self)
        self.view = RecordTable(
            self.model,
            self,
            name="registrationPreview",
            stretch=(RegistrationPreviewModel.COL_ACTION,),
        )
        layout.addWidget(self.view, 1)
        self.summary_label = muted_label("", self)
        self.summary_label.setObjectName("registrationSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary_label)
        self.problems_label = error_label(self)
        layout.addWidget(self.problems_label)
        self.buttons, self.import_button = button_row(self, self.tr("&Import"))
        layout.addWidget(self.buttons)
        fit_wrapped_text(self)

        self.choose_button.clicked.connect(self._choose)
        self.path_edit.editingFinished.connect(self._path_entered)
        self._update()
        self.path_edit.setFocus()

    # --- the file ------------------------------------------------------------------------

    def _choose(self) -> None:
        path, _ = open_file(
            self,
            FileKind.COMPANY_IMPORT,
            self.tr("Import registrations from"),
            self.tr("Registration files (*.csv *.txt *.xlsx);;All files (*)"),
            current=self.path_edit.text(),
        )
        if path:
            self.set_file(path)

    def set_file(self, path: str | Path) -> None:
        """Read ``path`` and show what importing it would do."""
        self.path_edit.setText(str(path))
        self._read()

    def _path_entered(self) -> None:
        text = typed_path(self.path_edit.text())
        if text != self.path_edit.text():
            self.path_edit.setText(text)
        if text and text != self._read_path:
            self._read()

    def _read(self) -> None:
        from accelerator.services.importing.workbook import XLSX, read_spreadsheet

        path = self.path_edit.text()
        self._read_path = path
        self.table, self.preview, self.mapping = None, None, {}
        self.path_error.setVisible(False)
        self.file_status.clear()
        try:
            if Path(path).is_dir() or not Path(path).exists():
                raise AcceleratorError(self.tr("There is no file at {0}.").format(path))
            table = read_spreadsheet(path)
            suggestion = suggest_registration_mapping(table.headers)
            preview = self.context.services.events.preview_registrations(
                self.chosen_event.id, table, suggestion.fields
            )
        except AcceleratorError as error:
            message = str(error)
            self.path_error.setText(message[:1].upper() + message[1:])
            self.path_error.setVisible(True)
            self._update()
            return
        self.table, self.mapping, self.preview = table, dict(suggestion.fields), preview
        if table.encoding == XLSX:
            read = self.tr("%n rows from the workbook's first sheet.", "", len(table.rows))
        else:
            read = self.tr("%n rows, {0}, columns separated by {1}.", "", len(table.rows)).format(
                table.encoding_label, table.delimiter_label
            )
        used = ", ".join(f"{table.headers[i]} → {f.label}" for i, f in sorted(self.mapping.items()))
        lines = [read, self.tr("Read: {0}").format(used)]
        if suggestion.ignored:
            lines.append(self.tr("Not read: {0}").format(", ".join(suggestion.ignored)))
        lines.extend(str(w) for w in preview.warnings)
        self.file_status.setText("\n".join(lines))
        self._update()

    # --- what it shows -------------------------------------------------------------------

    def _update(self) -> None:
        preview = self.preview
        self.model.set_preview(preview)
        self.summary_label.setText(preview.summary if preview is not None else "")
        problems = [str(e) for e in preview.errors] if preview is not None else []
        if problems:
            shown = problems[:12]
            if len(problems) > len(shown):
                shown.append(self.tr("and %n more", "", len(problems) - len(shown)))
            text = self.tr("Nothing can be imported until these rows are put right:")
            self.problems_label.setText("\n".join([text, *shown]))
        self.problems_label.setVisible(bool(problems))
        self.import_button.setEnabled(preview is not None and preview.ok)

    # --- importing -----------------------------------------------------------------------

    def accept(self) -> None:
        if self.table is None or self.preview is None or not self.preview.ok:
            return
        table, mapping = self.table, self.mapping
        events, event_id = self.context.services.events, self.chosen_event.id
        result = self.context.write(
            self, lambda: events.import_registrations(event_id, table, mapping)
        )
        if result is None:
            self._read()  # the file or the list changed meanwhile: show why
            return
        self.imported = result
        super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, context: AppContext, event: EventRecord
    ) -> RegistrationImportResult | None:
        dialog = cls(parent, context, event)
        try:
            dialog.exec()
            return dialog.imported
        finally:
            dialog.deleteLater()
