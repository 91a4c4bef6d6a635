"""Import companies from a spreadsheet's CSV, in steps: the file (encoding and delimiter
detected, and changeable), the columns (only when the headers are unclear), and a
preview of every row with its action and its problems. Import stays disabled while any
row has a problem; it runs in the background and writes every row or none.
"""

from __future__ import annotations

import logging
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accelerator.errors import AcceleratorError
from accelerator.services.importing import (
    DELIMITER_LABELS,
    ENCODING_LABELS,
    CsvTable,
    ExistingPolicy,
    ImportCancelledError,
    ImportField,
    ImportPreview,
    ImportRefusedError,
    ImportResult,
    ImportService,
    RowAction,
    RowError,
    SuggestedMapping,
    read_companies_csv,
    suggest_mapping,
)
from accelerator.ui.context import AppContext
from accelerator.ui.file_dialogs import FileKind, open_file
from accelerator.ui.icons import icon
from accelerator.ui.operations import Data, Worker
from accelerator.ui.widgets.programme_common import error_colour, is_dark, muted_label

log = logging.getLogger(__name__)
_Index = QModelIndex | QPersistentModelIndex

ACTION_LABELS = {
    RowAction.CREATE: "Create",
    RowAction.UPDATE: "Update",
    RowAction.UNCHANGED: "Unchanged",
    RowAction.SKIP: "Skip",
    RowAction.ERROR: "Error",
}


def error_background() -> QColor:
    """A red tint behind a row with problems that keeps the text readable, light or dark."""
    return QColor("#5a2a27") if is_dark() else QColor("#fbe3e1")


class ImportPreviewModel(QAbstractTableModel):
    """Every row of the file with what importing will do with it and its problems."""

    COL_ROW, COL_ACTION, COL_NAME, COL_NUMBER, COL_PROBLEMS = range(5)
    HEADERS = ("Row", "Action", "Name", "Organisation number", "Problems")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, RowAction, str, str, str]] = []

    def set_rows(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self._rows = [] if preview is None else _preview_rows(preview)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        number, action, name, registration, problems = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COL_ROW:
                return str(number)
            if column == self.COL_ACTION:
                return self.tr(ACTION_LABELS[action])
            if column == self.COL_NAME:
                return name
            if column == self.COL_NUMBER:
                return registration
            return problems
        if action is RowAction.ERROR:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(error_background())
            if role == Qt.ItemDataRole.ForegroundRole and column in (
                self.COL_ACTION,
                self.COL_PROBLEMS,
            ):
                return QBrush(QColor(error_colour()))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _preview_rows(preview: ImportPreview) -> list[tuple[int, RowAction, str, str, str]]:
    by_row = preview.errors_by_row()
    number_column = next(
        (i for i, f in preview.mapping.items() if f is ImportField.ORG_NUMBER), None
    )
    cells = {r.number: r.cells for r in preview.table.rows}
    rows = []
    planned = set()
    for plan in preview.rows:
        planned.add(plan.row)
        registration = plan.registration
        if not registration and number_column is not None:
            row_cells = cells.get(plan.row, ())
            registration = row_cells[number_column] if number_column < len(row_cells) else ""
        problems = "; ".join(_problem(e) for e in by_row.get(plan.row, []))
        action = RowAction.ERROR if problems else plan.action
        rows.append((plan.row, action, plan.name, registration, problems))
    # A row the reader could not make sense of has problems but no plan.
    for number, errors in by_row.items():
        if number not in planned:
            problems = "; ".join(_problem(e) for e in errors)
            rows.append((number, RowAction.ERROR, "", "", problems))
    rows.sort(key=lambda r: r[0])
    return rows


def _problem(error: RowError) -> str:
    where = error.column or (error.field.label if error.field else "")
    return f"{where}: {error.message}" if where else error.message


class ImportWizard(QDialog):
    """``ImportWizard.ask(parent, context, path=None)`` returns what was imported, or None."""

    FILE, COLUMNS, PREVIEW = range(3)
    imported = Signal(object)  # ImportResult
    import_failed = Signal(object)  # the error

    def __init__(
        self, parent: QWidget | None, context: AppContext, path: str | Path | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.service = ImportService(context.services.db, context.services.actor)
        self.table: CsvTable | None = None
        self.suggestion: SuggestedMapping | None = None
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.worker: Worker | None = None
        self.mapping_combos: list[QComboBox] = []
        self.setWindowTitle(self.tr("Import companies"))
        self.resize(920, 620)

        self.steps = QStackedWidget(self)
        self.steps.addWidget(self._file_step())
        self.steps.addWidget(self._columns_step())
        self.steps.addWidget(self._preview_step())

        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.import_button = QPushButton(icon("import"), self.tr("&Import"), self)
        self.close_button = QPushButton(self.tr("Cancel"), self)
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.import_button.clicked.connect(self._import)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.import_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)
        self._go(self.FILE)
        if path is not None:
            self.set_file(path)

    # --- step 1: the file ------------------------------------------------------------------

    def _file_step(self) -> QWidget:
        page = QWidget(self)
        self.path_edit = QLineEdit(page)
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Choose a CSV file, or drop one on the window"))
        choose = QPushButton(self.tr("&Choose…"), page)
        choose.clicked.connect(self._choose)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(choose)

        self.encoding_combo = QComboBox(page)
        for codec, label in ENCODING_LABELS.items():
            self.encoding_combo.addItem(label, codec)
        self.delimiter_combo = QComboBox(page)
        for sep, label in DELIMITER_LABELS.items():
            self.delimiter_combo.addItem(self.tr(label.capitalize()), sep)
        self.encoding_combo.activated.connect(self._reread)
        self.delimiter_combo.activated.connect(self._reread)

        self.file_status = QLabel(page)
        self.file_status.setWordWrap(True)
        self.file_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("File:"), path_row)
        form.addRow(self.tr("&Encoding:"), self.encoding_combo)
        form.addRow(self.tr("&Columns separated by:"), self.delimiter_combo)
        layout = QVBoxLayout(page)
        layout.addWidget(
            muted_label(
                self.tr(
                    "Save the spreadsheet as CSV (comma, semicolon or tab). The first row "
                    "names the columns, in English or Norwegian; a name column is required."
                ),
                page,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.file_status)
        layout.addStretch(1)
        return page

    def _choose(self) -> None:
        path, _ = open_file(
            self,
            FileKind.COMPANY_IMPORT,
            self.tr("Import companies from"),
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
            current=self.path_edit.text(),
        )
        if path:
            self.set_file(path)

    def set_file(self, path: str | Path) -> None:
        """Read ``path`` with the encoding and delimiter detected."""
        self.path_edit.setText(str(path))
        self._read(encoding=None, delimiter=None)

    def _reread(self) -> None:
        if self.path_edit.text():
            self._read(
                encoding=self.encoding_combo.currentData(),
                delimiter=self.delimiter_combo.currentData(),
            )

    def _read(self, *, encoding: str | None, delimiter: str | None) -> None:
        self.table = self.suggestion = self.preview = None
        try:
            table = read_companies_csv(
                self.path_edit.text(), encoding=encoding, delimiter=delimiter
            )
        except AcceleratorError as error:
            self.file_status.setText(
                f"<span style='color:{error_colour()}'>{escape(str(error))}</span>"
            )
            self._update_buttons()
            return
        self.table = table
        self._show_choice(self.encoding_combo, table.encoding, table.encoding_label)
        self._show_choice(self.delimiter_combo, table.delimiter, table.delimiter_label)
        self.suggestion = suggest_mapping(table.headers)
        self._build_mapping()
        n = len(table.rows)
        text = self.tr("{0} rows, {1} columns: {2}.").format(
            n, len(table.headers), ", ".join(table.headers)
        )
        if not self.suggestion.is_clear:
            text += " " + self.tr("Some columns are unclear: the next step asks about them.")
        self.file_status.setText(escape(text))
        self._update_buttons()

    @staticmethod
    def _show_choice(combo: QComboBox, value: str, label: str) -> None:
        index = combo.findData(value)
        if index < 0:
            combo.addItem(label, value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    # --- step 2: the columns ---------------------------------------------------------------

    def _columns_step(self) -> QWidget:
        page = QWidget(self)
        self.columns_note = QLabel(page)
        self.columns_note.setWordWrap(True)
        self.columns_grid_host = QWidget(page)
        self.columns_grid = QGridLayout(self.columns_grid_host)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.columns_grid_host)
        layout = QVBoxLayout(page)
        layout.addWidget(
            muted_label(self.tr("Say which field each column of the file holds."), page)
        )
        layout.addWidget(self.columns_note)
        layout.addWidget(scroll, 1)
        return page

    def _build_mapping(self) -> None:
        while self.columns_grid.count():
            item = self.columns_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.mapping_combos = []
        assert self.table is not None and self.suggestion is not None
        notes = {n.column: n.reason for n in self.suggestion.unclear}
        for col, text in enumerate((self.tr("Column"), self.tr("First value"), self.tr("Field"))):
            header = QLabel(f"<b>{text}</b>", self.columns_grid_host)
            self.columns_grid.addWidget(header, 0, col)
        first = self.table.rows[0].cells if self.table.rows else ()
        for i, header in enumerate(self.table.headers, start=0):
            row = i + 1
            self.columns_grid.addWidget(QLabel(header or "—", self.columns_grid_host), row, 0)
            sample = first[i] if i < len(first) else ""
            sample_label = muted_label(sample[:60], self.columns_grid_host)
            self.columns_grid.addWidget(sample_label, row, 1)
            combo = QComboBox(self.columns_grid_host)
            combo.addItem(self.tr("(leave out)"), None)
            for field in ImportField:
                combo.addItem(self.tr(field.label), field)
            chosen = self.suggestion.fields.get(i)
            combo.setCurrentIndex(combo.findData(chosen) if chosen is not None else 0)
            if i in notes:
                combo.setToolTip(notes[i])
                sample_label.setToolTip(notes[i])
            self.columns_grid.addWidget(combo, row, 2)
            self.mapping_combos.append(combo)
        self.columns_grid.setRowStretch(len(self.table.headers) + 1, 1)
        self.columns_grid.setColumnStretch(1, 1)
        lines = [f"{n.header or '—'}: {n.reason}" for n in self.suggestion.unclear]
        if self.suggestion.missing:
            lines.append(
                self.tr("No column seems to hold: {0}").format(
                    ", ".join(f.label for f in self.suggestion.missing)
                )
            )
        self.columns_note.setText("\n".join(lines) or self.tr("Every column is recognised."))

    def mapping(self) -> dict[int, ImportField]:
        return {
            i: ImportField(combo.currentData())
            for i, combo in enumerate(self.mapping_combos)
            if combo.currentData() is not None
        }

    # --- step 3: the preview ---------------------------------------------------------------

    def _preview_step(self) -> QWidget:
        page = QWidget(self)
        self.existing_combo = QComboBox(page)
        self.existing_combo.addItem(
            self.tr("Update them with the file's values"), ExistingPolicy.UPDATE
        )
        self.existing_combo.addItem(
            self.tr("Skip them (leave them as they are)"), ExistingPolicy.SKIP
        )
        self.existing_combo.activated.connect(self._make_preview)
        self.cohort_combo = QComboBox(page)
        self.cohort_combo.addItem(self.tr("(no cohort)"), None)
        for cohort in self.context.services.programmes.list_cohorts():
            self.cohort_combo.addItem(f"{cohort.programme_name} / {cohort.name}", cohort.id)
        options = QFormLayout()
        options.addRow(self.tr("Companies already on record:"), self.existing_combo)
        options.addRow(self.tr("Enrol every company in:"), self.cohort_combo)

        self.summary_label = QLabel(page)
        self.summary_label.setWordWrap(True)
        self.preview_model = ImportPreviewModel(self)
        self.preview_table = QTableView(page)
        self.preview_table.setModel(self.preview_model)
        self.preview_table.verticalHeader().setVisible(False)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.setWordWrap(False)
        self.preview_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        row_height = self.preview_table.fontMetrics().height() + 8
        self.preview_table.verticalHeader().setDefaultSectionSize(row_height)
        self.preview_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.preview_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.progress = QProgressBar(page)
        self.progress.setVisible(False)
        self.result_label = QLabel(page)
        self.result_label.setWordWrap(True)
        self.result_label.setVisible(False)

        layout = QVBoxLayout(page)
        layout.addLayout(options)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.preview_table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        return page

    def _make_preview(self) -> None:
        if self.table is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.preview = self.service.preview(
                self.table, self.mapping(), existing=self.existing_combo.currentData()
            )
        except AcceleratorError as error:
            self.preview = None
            self.summary_label.setText(
                f"<span style='color:{error_colour()}'>{escape(str(error))}</span>"
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.preview_model.set_rows(self.preview)
        if self.preview is not None:
            text = escape(self.preview.summary[0].upper() + self.preview.summary[1:] + ".")
            if not self.preview.ok:
                text = f"<span style='color:{error_colour()}'><b>{text}</b></span><br>" + self.tr(
                    "Fix the rows marked Error in the spreadsheet (the row numbers are "
                    "the spreadsheet's), save it as CSV again, and go back to choose it."
                )
            self.summary_label.setText(text)
            self.preview_table.resizeColumnsToContents()
            for column in range(ImportPreviewModel.COL_PROBLEMS):
                width = min(self.preview_table.columnWidth(column), 260)
                self.preview_table.setColumnWidth(column, width)
        self._update_buttons()

    # --- import ----------------------------------------------------------------------------

    def _import(self) -> None:
        preview = self.preview
        if preview is None or not preview.ok or self.worker is not None:
            return
        cohort_id = self.cohort_combo.currentData()
        service = self.service

        def work(progress: Any, cancelled: Any) -> ImportResult:
            def report(done: int, total: int) -> bool:
                progress(done, total)
                return not cancelled()

            return service.import_companies(preview, cohort_id=cohort_id, progress=report)

        self.worker = Worker(work)
        self.worker.signals.progress.connect(self._progress)
        self.worker.signals.finished.connect(self._done)
        self.worker.signals.failed.connect(self._failed)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.result_label.setVisible(False)
        self._update_buttons()
        self.worker.start()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, result: object) -> None:
        self.worker = None
        assert isinstance(result, ImportResult)
        self.result = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.result_label.setText(self.tr("Imported: {0}.").format(result.summary))
        self.result_label.setVisible(True)
        self.context.bus.announce([Data.COMPANIES, Data.ENROLMENTS])
        self._update_buttons()
        self.imported.emit(result)

    def _failed(self, error: object) -> None:
        self.worker = None
        self.progress.setVisible(False)
        if isinstance(error, ImportCancelledError):
            message = self.tr("Import cancelled: nothing was written.")
        elif isinstance(error, ImportRefusedError):
            # The database changed since the preview: show the rows as they are now.
            self._make_preview()
            message = str(error)
        else:
            message = self.tr("Nothing was imported: {0}").format(error)
        self.result_label.setText(f"<span style='color:{error_colour()}'>{escape(message)}</span>")
        self.result_label.setVisible(True)
        self._update_buttons()
        self.import_failed.emit(error)

    # --- steps -----------------------------------------------------------------------------

    def _go(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self._update_buttons()

    def _next(self) -> None:
        step = self.steps.currentIndex()
        if step == self.FILE and self.suggestion is not None and not self.suggestion.is_clear:
            self._go(self.COLUMNS)
        elif step in (self.FILE, self.COLUMNS):
            self._go(self.PREVIEW)
            self._make_preview()

    def _back(self) -> None:
        step = self.steps.currentIndex()
        self._go(self.COLUMNS if step == self.PREVIEW else self.FILE)

    def _update_buttons(self) -> None:
        step = self.steps.currentIndex()
        running = self.worker is not None
        done = self.result is not None
        self.back_button.setEnabled(step != self.FILE and not running and not done)
        self.next_button.setVisible(step != self.PREVIEW)
        self.next_button.setEnabled(self.table is not None)
        self.next_button.setDefault(step != self.PREVIEW)
        self.import_button.setVisible(step == self.PREVIEW)
        self.import_button.setEnabled(
            step == self.PREVIEW
            and self.preview is not None
            and self.preview.ok
            and not running
            and not done
        )
        self.existing_combo.setEnabled(not running and not done)
        self.cohort_combo.setEnabled(not running and not done)
        self.close_button.setText(self.tr("Close") if done else self.tr("Cancel"))

    def reject(self) -> None:
        if self.worker is not None:
            self.worker.cancel()  # the import stops at its next report; nothing is written
            return
        super().reject()

    @classmethod
    def ask(
        cls, parent: QWidget | None, context: AppContext, path: str | Path | None = None
    ) -> ImportResult | None:
        dialog = cls(parent, context, path)
        dialog.exec()
        return dialog.result
