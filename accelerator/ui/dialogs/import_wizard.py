"""Import companies from a spreadsheet's CSV, in steps: the file (encoding and delimiter
detected, and changeable), the columns (only when the headers are unclear), and a
preview of every row with its action and its problems. Import stays disabled while any
row has a problem; it runs in the background and writes every row or none.

Opened from a cohort (its Enrolments tab, its Enrol companies dialog, a file dropped on
it), the wizard starts with that cohort chosen and says what enrolling does: each company
gets the programme's milestone checklist. Cohorts that have ended are listed but cannot
be chosen.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QStandardItemModel
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

from accelerator.domain.cohorts import cohort_has_ended
from accelerator.domain.enums import CohortStatus
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
    RowAction,
    RowError,
    SuggestedMapping,
    delimiter_label,
    encoding_label,
    read_companies_csv,
    suggest_mapping,
)
from accelerator.services.records import CohortRecord
from accelerator.ui.context import AppContext
from accelerator.ui.file_dialogs import FileKind, open_file
from accelerator.ui.kit import (
    KeyHandler,
    error_background,
    error_colour,
    error_label,
    format_date,
    label_of,
    muted_label,
)
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.table import (
    QT_TRANSLATE_NOOP,
    RIGHT,
    ColumnSpec,
    RecordTableModel,
)
from accelerator.ui.operations import Worker
from accelerator.ui.widgets.wrapped_text import fit_wrapped_text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PreviewRow:
    """One row of the file: its number in the spreadsheet, what importing does with it, and
    its problems ("" if none)."""

    number: int
    action: RowAction
    name: str
    registration: str
    problems: str


def _error_colour(row: PreviewRow) -> QColor | None:
    return error_colour() if row.action is RowAction.ERROR else None


class ImportPreviewModel(RecordTableModel[PreviewRow]):
    """Every row of the file with what importing will do with it and its problems."""

    COL_ROW, COL_ACTION, COL_NAME, COL_NUMBER, COL_PROBLEMS = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ColumnSpec(
                QT_TRANSLATE_NOOP("ImportPreviewModel", "Row"),
                lambda r: str(r.number),
                lambda r: r.number,
                RIGHT,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("ImportPreviewModel", "Action"),
                lambda r: label_of(r.action),
                foreground=_error_colour,
            ),
            ColumnSpec(QT_TRANSLATE_NOOP("ImportPreviewModel", "Name"), lambda r: r.name),
            ColumnSpec(
                QT_TRANSLATE_NOOP("ImportPreviewModel", "Organisation number"),
                lambda r: r.registration,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("ImportPreviewModel", "Problems"),
                lambda r: r.problems,
                tooltip=lambda r: r.problems or None,
                foreground=_error_colour,
            ),
        )

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.set_rows([] if preview is None else _preview_rows(preview))

    def key_of(self, record: PreviewRow) -> int:
        return record.number

    def first_problem_row(self) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.problems), None)

    def extra_data(self, record: PreviewRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and record.action is RowAction.ERROR:
            return QBrush(error_background())
        return None


def _preview_rows(preview: ImportPreview) -> list[PreviewRow]:
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
        rows.append(PreviewRow(plan.row, action, plan.name, registration, problems))
    # A row the reader could not make sense of has problems but no plan.
    for number, errors in by_row.items():
        if number not in planned:
            problems = "; ".join(_problem(e) for e in errors)
            rows.append(PreviewRow(number, RowAction.ERROR, "", "", problems))
    rows.sort(key=lambda r: r.number)
    return rows


def _problem(error: RowError) -> str:
    where = error.column or (error.field.label if error.field else "")
    return f"{where}: {error.message}" if where else error.message


@dataclass(frozen=True)
class ImportOutcome:
    """What an import from the wizard did, and the wizard's own account of it."""

    result: ImportResult
    enrolled_in: CohortRecord | None  # the cohort the companies were enrolled in, if any
    summary: str


class ImportWizard(QDialog):
    """``ImportWizard.ask(parent, context, path=None, cohort_id=None)`` returns what was
    imported, or None; ``ImportWizard.run(...)`` also says where and in words."""

    FILE, COLUMNS, PREVIEW = range(3)
    imported = Signal(object)  # ImportResult
    import_failed = Signal(object)  # the error

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        path: str | Path | None = None,
        cohort_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.services.importing
        self.table: CsvTable | None = None
        self.suggestion: SuggestedMapping | None = None
        self.preview: ImportPreview | None = None
        # Not ``result``: that is QDialog's accepted-or-rejected code.
        self.import_result: ImportResult | None = None
        self.enrolled_in: CohortRecord | None = None
        self.worker: Worker | None = None
        self.mapping_combos: list[QComboBox] = []
        self._read_path = ""  # the path last read, so that leaving the field reads only news
        self._milestones: dict[int, int] = {}  # programme id: milestones in its template
        self.cohorts = {c.id: c for c in context.services.programmes.list_cohorts()}
        self.start_cohort = self.cohorts.get(cohort_id) if cohort_id is not None else None
        if self.start_cohort is not None and not self._has_ended(self.start_cohort):
            self.setWindowTitle(self.tr("Import companies into {0}").format(self.start_cohort.name))
        else:
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
        fit_wrapped_text(self)
        self._go(self.FILE)
        if path is not None:
            self.set_file(path)

    # --- step 1: the file ------------------------------------------------------------------

    def _file_step(self) -> QWidget:
        page = QWidget(self)
        self.path_edit = QLineEdit(page)
        self.path_edit.setPlaceholderText(
            self.tr("Type or paste the path of a CSV file, choose one, or drop one on the window")
        )
        self.path_edit.setClearButtonEnabled(True)
        # A typed or pasted path is read once it is complete: on Enter, or on leaving the
        # field. Enter reads and stays here, so that what was detected can be checked.
        self.path_edit.editingFinished.connect(self._path_entered)
        KeyHandler(self.path_edit, (Qt.Key.Key_Return, Qt.Key.Key_Enter), self._enter_pressed)
        choose = QPushButton(self.tr("&Choose…"), page)
        choose.clicked.connect(self._choose)
        self.path_error = error_label(page)
        self.path_error.setTextFormat(Qt.TextFormat.PlainText)
        self.path_edit.textEdited.connect(lambda _text: self.path_error.setVisible(False))
        path_line = QHBoxLayout()
        path_line.addWidget(self.path_edit, 1)
        path_line.addWidget(choose)
        path_row = QVBoxLayout()
        path_row.setSpacing(2)
        path_row.addLayout(path_line)
        path_row.addWidget(self.path_error)

        self.encoding_combo = QComboBox(page)
        for codec in ENCODING_LABELS:
            self.encoding_combo.addItem(encoding_label(codec), codec)
        self.delimiter_combo = QComboBox(page)
        for sep in DELIMITER_LABELS:
            self.delimiter_combo.addItem(delimiter_label(sep).capitalize(), sep)
        self.encoding_combo.activated.connect(self._reread)
        self.delimiter_combo.activated.connect(self._reread)

        self.file_status = QLabel(page)
        self.file_status.setWordWrap(True)
        self.file_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("&File:"), path_row)
        file_label = form.labelForField(path_row)
        if isinstance(file_label, QLabel):
            file_label.setBuddy(self.path_edit)
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

    def _path_entered(self) -> bool:
        """Read the path typed, if it is not the one read already; whether it was new."""
        text = typed_path(self.path_edit.text())
        if text == self._read_path:
            return False
        if text != self.path_edit.text():
            self.path_edit.setText(text)
        if text:
            self._read(encoding=None, delimiter=None)
        else:  # the field was emptied: nothing is chosen any more
            self._read_path = ""
            self.table = self.suggestion = self.preview = None
            self.file_status.clear()
            self.path_error.setVisible(False)
            self._update_buttons()
        return True

    def _enter_pressed(self) -> None:
        # The first Enter reads the file; the next one goes on, as the Next button would.
        if not self._path_entered() and self.table is not None:
            self._next()

    def _reread(self) -> None:
        if self.path_edit.text():
            self._read(
                encoding=self.encoding_combo.currentData(),
                delimiter=self.delimiter_combo.currentData(),
            )

    def _read(self, *, encoding: str | None, delimiter: str | None) -> None:
        self.table = self.suggestion = self.preview = None
        path = self.path_edit.text()
        self._read_path = path
        self.file_status.clear()
        self.path_error.setVisible(False)
        missing = self._missing(Path(path))
        try:
            if missing:
                raise AcceleratorError(missing)
            table = read_companies_csv(path, encoding=encoding, delimiter=delimiter)
        except AcceleratorError as error:
            message = str(error)
            self.path_error.setText(message[:1].upper() + message[1:])
            self.path_error.setVisible(True)
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

    def _missing(self, path: Path) -> str:
        """What is wrong with a path before it is read: nothing there, or a folder."""
        if path.is_dir():
            return self.tr(
                "{0} is a folder: type the path of a CSV file in it, or choose one."
            ).format(path)
        if not path.exists():
            return self.tr("There is no file at {0}.").format(path)
        return ""

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
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.mapping_combos = []
        assert self.table is not None and self.suggestion is not None
        notes = {n.column: n.reason for n in self.suggestion.unclear}
        for col, text in enumerate((self.tr("Column"), self.tr("First value"), self.tr("Field"))):
            self.columns_grid.addWidget(QLabel(f"<b>{text}</b>", self.columns_grid_host), 0, col)
        first = self.table.rows[0].cells if self.table.rows else ()
        for i, header in enumerate(self.table.headers, start=0):
            row = i + 1
            self.columns_grid.addWidget(QLabel(header or "—", self.columns_grid_host), row, 0)
            sample = first[i] if i < len(first) else ""
            # A long value is shortened where a person sees it was; the whole on hover.
            short = sample if len(sample) <= 60 else sample[:59].rstrip() + "…"
            sample_label = muted_label(short, self.columns_grid_host)
            sample_label.setTextFormat(Qt.TextFormat.PlainText)
            sample_label.setToolTip(sample if short != sample else "")
            self.columns_grid.addWidget(sample_label, row, 1)
            combo = QComboBox(self.columns_grid_host)
            combo.addItem(self.tr("(leave out)"), None)
            for field in ImportField:
                combo.addItem(field.label, field)
            chosen = self.suggestion.fields.get(i)
            combo.setCurrentIndex(combo.findData(chosen) if chosen is not None else 0)
            if i in notes:
                combo.setToolTip(notes[i])
                whole = sample_label.toolTip()
                sample_label.setToolTip(f"{whole}\n\n{notes[i]}" if whole else notes[i])
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
        self._fill_cohorts()
        self.cohort_combo.currentIndexChanged.connect(self._show_cohort_note)
        self.cohort_note = QLabel(page)
        self.cohort_note.setWordWrap(True)
        self.cohort_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        options = QFormLayout()
        options.addRow(self.tr("Companies already on record:"), self.existing_combo)
        options.addRow(self.tr("&Enrol every company in:"), self.cohort_combo)
        cohort_label = options.labelForField(self.cohort_combo)
        if isinstance(cohort_label, QLabel):
            cohort_label.setBuddy(self.cohort_combo)

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
        # A problem can be longer than its cell: the selected row's problems show here whole.
        self.problem_details = QLabel(page)
        self.problem_details.setObjectName("problemDetails")
        self.problem_details.setWordWrap(True)
        self.problem_details.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        palette = self.problem_details.palette()
        palette.setColor(palette.ColorRole.WindowText, error_colour())
        self.problem_details.setPalette(palette)
        self.problem_details.setVisible(False)
        self.preview_table.selectionModel().currentRowChanged.connect(self._show_problem_details)
        self.progress = QProgressBar(page)
        self.progress.setVisible(False)
        self.result_label = QLabel(page)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setVisible(False)

        layout = QVBoxLayout(page)
        layout.addLayout(options)
        # Beneath the form, not in it: a form layout gave a wrapped row too much height.
        layout.addWidget(self.cohort_note)
        layout.addSpacing(6)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.preview_table, 1)
        layout.addWidget(self.problem_details)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        self._show_cohort_note()
        return page

    # --- the cohort --------------------------------------------------------------------------

    def _has_ended(self, cohort: CohortRecord) -> bool:
        return cohort_has_ended(cohort.status, cohort.end_date, dt.date.today())

    def _fill_cohorts(self) -> None:
        """Cohorts still running or planned first; those that have ended after them, listed
        so that nobody wonders where they went, but not to be chosen."""
        combo = self.cohort_combo
        combo.addItem(self.tr("(no cohort)"), None)
        cohorts = list(self.cohorts.values())
        for cohort in [c for c in cohorts if not self._has_ended(c)]:
            combo.addItem(
                self.tr("{0} / {1}").format(cohort.programme_name, cohort.name), cohort.id
            )
        ended = [c for c in cohorts if self._has_ended(c)]
        if ended:
            combo.insertSeparator(combo.count())
        model = combo.model()
        for cohort in ended:
            if CohortStatus(cohort.status) is CohortStatus.FINISHED:
                text = self.tr("{0} / {1} (finished)").format(cohort.programme_name, cohort.name)
                reason = self.tr("{0} is finished: companies are not imported into it.")
            else:
                text = self.tr("{0} / {1} (ended {2})").format(
                    cohort.programme_name, cohort.name, format_date(cohort.end_date)
                )
                reason = self.tr("{0} has ended: companies are not imported into it.")
            combo.addItem(text, cohort.id)
            index = combo.count() - 1
            combo.setItemData(index, reason.format(cohort.name), Qt.ItemDataRole.ToolTipRole)
            if isinstance(model, QStandardItemModel):
                model.item(index).setEnabled(False)
        start = self.start_cohort
        if start is not None and not self._has_ended(start):
            combo.setCurrentIndex(combo.findData(start.id))

    def chosen_cohort(self) -> CohortRecord | None:
        cohort = self.cohorts.get(self.cohort_combo.currentData())
        return None if cohort is None or self._has_ended(cohort) else cohort

    def _milestone_count(self, programme_id: int) -> int:
        if programme_id not in self._milestones:
            template = self.context.services.programmes.template(programme_id)
            self._milestones[programme_id] = len(template)
        return self._milestones[programme_id]

    def _show_cohort_note(self, *_: object) -> None:
        cohort = self.chosen_cohort()
        if cohort is not None:
            count = self._milestone_count(cohort.programme_id)
            if count == 0:
                text = self.tr(
                    "Each company will be enrolled in {0}. {1} has no milestones in its "
                    "template yet, so their checklists start empty."
                ).format(cohort.name, cohort.programme_name)
            else:
                text = (
                    self.tr(
                        "Each company will be enrolled in {0} and get the {1} milestone "
                        "checklist (1 milestone), due dates counted from the cohort's start "
                        "on {2}. Companies already in {0} keep their enrolment and checklist."
                    )
                    if count == 1
                    else self.tr(
                        "Each company will be enrolled in {0} and get the {1} milestone "
                        "checklist ({3} milestones), due dates counted from the cohort's start "
                        "on {2}. Companies already in {0} keep their enrolment and checklist."
                    )
                ).format(cohort.name, cohort.programme_name, format_date(cohort.start_date), count)
        else:
            text = self.tr(
                "The companies are not enrolled in any cohort. Choose one above to enrol "
                "them all, each with its programme's milestone checklist."
            )
            start = self.start_cohort
            if start is not None and self._has_ended(start):
                if CohortStatus(start.status) is CohortStatus.FINISHED:
                    why = self.tr("{0} is finished, so the companies cannot be enrolled in it.")
                else:
                    why = self.tr("{0} ended on {1}, so the companies cannot be enrolled in it.")
                # Two whole sentences, each translated on its own.
                text = f"{why.format(start.name, format_date(start.end_date))} {text}"
        self.cohort_note.setText(text)

    def _show_problem_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.preview_model.record_at(current.row()) if current.isValid() else None
        problems = row.problems if row is not None else ""
        self.problem_details.setText(
            self.tr("Row {0}: {1}").format(row.number, problems) if row and problems else ""
        )
        self.problem_details.setVisible(bool(problems))

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
                f"<span style='color:{error_colour().name()}'>{escape(str(error))}</span>"
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.preview_model.set_preview(self.preview)
        if self.preview is not None:
            text = escape(self.preview.summary[0].upper() + self.preview.summary[1:] + ".")
            if not self.preview.ok:
                text = (
                    f"<span style='color:{error_colour().name()}'><b>{text}</b></span><br>"
                    + self.tr(
                        "Fix the rows marked Error in the spreadsheet (the row numbers are "
                        "the spreadsheet's), save it as CSV again, and go back to choose it."
                    )
                )
            self.summary_label.setText(text)
            self.preview_table.resizeColumnsToContents()
            for column in range(ImportPreviewModel.COL_PROBLEMS):
                width = min(self.preview_table.columnWidth(column), 260)
                self.preview_table.setColumnWidth(column, width)
            first = self.preview_model.first_problem_row()
            if first is not None:
                self.preview_table.selectRow(first)
                self.preview_table.scrollTo(self.preview_model.index(first, 0))
        self._show_problem_details(self.preview_table.currentIndex(), QModelIndex())
        self._update_buttons()

    # --- import ----------------------------------------------------------------------------

    def _import(self) -> None:
        preview = self.preview
        if preview is None or not preview.ok or self.worker is not None:
            return
        cohort = self.chosen_cohort()
        cohort_id = cohort.id if cohort is not None else None
        service = self.service

        def work(progress: Any, cancelled: Any) -> ImportResult:
            def report(done: int, total: int) -> bool:
                progress(done, total)
                return not cancelled()

            return service.import_companies(preview, cohort_id=cohort_id, progress=report)

        self.worker = Worker(work, bus=self.context.bus)
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
        self.import_result = result
        self.enrolled_in = self.chosen_cohort() if result.cohort_name is not None else None
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.result_label.setText(self.outcome())
        self.result_label.setVisible(True)
        self._update_buttons()
        self.imported.emit(result)

    def outcome(self) -> str:
        """What the import did, in a sentence or two; '' before it has run."""
        result = self.import_result
        if result is None:
            return ""
        text = self.tr("Imported: {0}.").format(result.summary)
        cohort = self.enrolled_in
        if cohort is None:
            return text
        # Whole sentences, each translated on its own, joined by a space.
        if result.enrolled:
            text += " " + (
                self.tr(
                    "Enrolled 1 company in {0}, with the {1} milestone checklist: {3} milestones."
                )
                if result.enrolled == 1
                else self.tr(
                    "Enrolled {2} companies in {0}, each with the {1} milestone checklist: "
                    "{3} milestones in all."
                )
            ).format(cohort.name, cohort.programme_name, result.enrolled, result.milestones)
        if result.already_enrolled:
            text += " " + (
                self.tr("1 company was already in {0} and kept its checklist.")
                if result.already_enrolled == 1
                else self.tr("{1} companies were already in {0} and kept their checklists.")
            ).format(cohort.name, result.already_enrolled)
        return text

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
        self.result_label.setText(
            f"<span style='color:{error_colour().name()}'>{escape(message)}</span>"
        )
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
        done = self.import_result is not None
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
        # Enter presses the step's own button: Import once the preview shows what will be
        # written (it is the look before the write), then Close.
        self.import_button.setDefault(self.import_button.isEnabled())
        self.existing_combo.setEnabled(not running and not done)
        self.cohort_combo.setEnabled(not running and not done)
        self.close_button.setText(self.tr("Close") if done else self.tr("Cancel"))
        self.close_button.setDefault(done)

    def reject(self) -> None:
        if self.worker is not None:
            self.worker.cancel()  # the import stops at its next report; nothing is written
            return
        super().reject()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        context: AppContext,
        path: str | Path | None = None,
        cohort_id: int | None = None,
    ) -> ImportResult | None:
        outcome = cls.run(parent, context, path, cohort_id)
        return outcome.result if outcome is not None else None

    @classmethod
    def run(
        cls,
        parent: QWidget | None,
        context: AppContext,
        path: str | Path | None = None,
        cohort_id: int | None = None,
    ) -> ImportOutcome | None:
        dialog = cls(parent, context, path, cohort_id)
        try:
            dialog.exec()
            if dialog.import_result is None:
                return None
            return ImportOutcome(dialog.import_result, dialog.enrolled_in, dialog.outcome())
        finally:
            dialog.deleteLater()


def typed_path(text: str) -> str:
    """A path as people type or paste it: in quotes (Windows' Copy as path), as a file://
    address (a file manager's copy), or starting with ~ for the home folder."""
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1].strip()
    if text.lower().startswith("file:"):
        local = QUrl(text).toLocalFile()
        text = local or text
    if text.startswith("~"):
        text = str(Path(text).expanduser())
    return text
