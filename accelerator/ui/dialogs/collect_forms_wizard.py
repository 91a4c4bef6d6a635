"""Collect forms: the collection forms members returned, read back into the record, in two
steps. First the folder they were saved in (or the files) and the year they are for; then
every file with whose form it is, what it changes against the record (the figure, the
value on record and the form's) and each problem with its cell and reason. Import stays
disabled while any file has a problem, says what it will do ("12 organisations, 87
figures"), and writes every file's figures or none. An empty form is said to be empty and
imports nothing; a form that is not ours, of another year, or whose organisation was
changed says why.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from accelerator.i18n import in_context
from accelerator.services.figure_forms import (
    Collected,
    CollectionPlan,
    FilePlan,
    FormStatus,
    describe_collected_before,
    describe_value,
    status_words,
)
from accelerator.services.figures import FIRST_YEAR
from accelerator.ui.background import Background
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.form import as_sentence
from accelerator.ui.dialogs.import_wizard import typed_path
from accelerator.ui.dialogs.write_forms_dialog import choose_folder, window_settings
from accelerator.ui.file_dialogs import FileKind, start_folder
from accelerator.ui.kit import RecordTable, error_colour, error_label, muted_label
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.table import QT_TRANSLATE_NOOP, ColumnSpec, RecordTableModel
from accelerator.ui.widgets.wrapped_text import fit_wrapped_text

log = logging.getLogger(__name__)
_tr = in_context("CollectFormsWizard")


def plan_details(plan: FilePlan) -> str:
    """What a file changes (``Revenue: 9,750,000 → 12,400,000``, a line each) or what is
    wrong with it (``D12: Revenue: cannot be negative``), as the review lists it."""
    lines: list[str]
    if plan.problems:
        lines = [str(p) for p in plan.problems]
    elif plan.status is FormStatus.EMPTY:
        lines = [_tr("Nothing filled in: nothing is imported from it")]
    elif plan.status is FormStatus.UNCHANGED:
        lines = [_tr("The figures are as on record already")]
    else:
        lines = [
            _tr("{0}: {1} → {2}").format(
                c.name, describe_value(c.old, c.unit), describe_value(c.new, c.unit)
            )
            for c in plan.changes
        ]
    before = describe_collected_before(plan)
    if before:
        lines.append(as_sentence(before))
    return "\n".join(lines)


def _problem_colour(plan: FilePlan) -> QColor | None:
    return error_colour() if plan.problems else None


class CollectionPlanModel(RecordTableModel[FilePlan]):
    """A row per file read: its name, whose form it is, where it stands, and what it
    changes or what is wrong with it."""

    COL_FILE, COL_ORGANISATION, COL_STATUS, COL_DETAILS = range(4)
    sortable = False  # the files in the order read

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ColumnSpec(
                QT_TRANSLATE_NOOP("CollectionPlanModel", "File"),
                lambda p: p.path.name,
                tooltip=lambda p: str(p.path),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CollectionPlanModel", "Organisation"),
                lambda p: p.organisation_name or "\u2013",
                tooltip=lambda p: (
                    f"{p.organisation_name} ({p.org_number})" if p.org_number else None
                ),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CollectionPlanModel", "Status"),
                lambda p: status_words(p.status),
                foreground=_problem_colour,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CollectionPlanModel", "Changes or problems"),
                plan_details,
                tooltip=plan_details,
                foreground=_problem_colour,
            ),
        )

    def key_of(self, record: FilePlan) -> str:
        return str(record.path)

    def first_problem_row(self) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.problems), None)


class CollectFormsWizard(QDialog):
    """``CollectFormsWizard.ask(parent, context, path=None)``: what was collected, or
    None."""

    CHOOSE, REVIEW = range(2)

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        path: str | Path | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.forms = context.services.figure_forms
        self.plan: CollectionPlan | None = None
        self.collected: Collected | None = None
        self._files: list[Path] = []  # files chosen one by one, rather than a folder
        self._reading = Background(self)
        self._importing = Background(self)
        self._this_year = (today or dt.date.today()).year
        self.setWindowTitle(self.tr("Collect forms"))
        self.resize(960, 600)

        self.steps = QStackedWidget(self)
        self.steps.addWidget(self._choose_step())
        self.steps.addWidget(self._review_step())

        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.next_button = QPushButton(self.tr("&Read forms >"), self)
        self.again_button = QPushButton(self.tr("Read a&gain"), self)
        self.again_button.setToolTip(self.tr("Read the files again, after correcting them"))
        self.import_button = QPushButton(icon("import"), self.tr("&Import"), self)
        self.close_button = QPushButton(self.tr("Cancel"), self)
        self.back_button.clicked.connect(lambda: self._go(self.CHOOSE))
        self.next_button.clicked.connect(self.read_forms)
        self.again_button.clicked.connect(self.read_forms)
        self.import_button.clicked.connect(self.import_forms)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (
            self.back_button,
            self.next_button,
            self.again_button,
            self.import_button,
            self.close_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)
        fit_wrapped_text(self)
        if path is not None:
            self.path_edit.setText(str(path))
        self._go(self.CHOOSE)
        self.path_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- step 1: the files and the year -------------------------------------------------

    def _choose_step(self) -> QWidget:
        page = QWidget(self)
        self.path_edit = QLineEdit(page)
        self.path_edit.setObjectName("collectPath")
        self.path_edit.setPlaceholderText(
            self.tr("The folder the returned forms are saved in, or one form")
        )
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.textEdited.connect(self._path_edited)
        self.path_edit.returnPressed.connect(self.read_forms)
        folder_button = QPushButton(self.tr("Choose &folder…"), page)
        folder_button.setAutoDefault(False)
        folder_button.clicked.connect(self._choose_folder)
        files_button = QPushButton(self.tr("Choose fi&les…"), page)
        files_button.setAutoDefault(False)
        files_button.clicked.connect(self._choose_files)
        self.path_error = error_label(page)
        self.path_error.setTextFormat(Qt.TextFormat.PlainText)
        path_line = QHBoxLayout()
        path_line.addWidget(self.path_edit, 1)
        path_line.addWidget(folder_button)
        path_line.addWidget(files_button)
        path_row = QVBoxLayout()
        path_row.setSpacing(2)
        path_row.addLayout(path_line)
        path_row.addWidget(self.path_error)

        self.year_spin = QSpinBox(page)
        self.year_spin.setObjectName("collectYear")
        self.year_spin.setRange(FIRST_YEAR, self._this_year + 1)
        self.year_spin.setValue(self._this_year - 1)
        self.year_spin.setMaximumWidth(self.year_spin.fontMetrics().horizontalAdvance("0000") + 60)

        form = QFormLayout()
        form.addRow(self.tr("Forms &in:"), path_row)
        label = form.labelForField(path_row)
        if isinstance(label, QLabel):
            label.setBuddy(self.path_edit)
        form.addRow(self.tr("For the &year:"), self.year_spin)
        layout = QVBoxLayout(page)
        layout.addWidget(
            muted_label(
                self.tr(
                    "Save the forms the members returned in one folder, as they came (from "
                    "Excel or LibreOffice), and choose it. Each form is checked against the "
                    "organisation and year it was written for; you see what it changes "
                    "before anything is imported."
                ),
                page,
            )
        )
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _path_edited(self, _text: str) -> None:
        self._files = []
        self.path_error.setVisible(False)
        self._update_buttons()

    def _choose_folder(self) -> None:
        chosen = choose_folder(
            self, FileKind.EXPORT, self.tr("The folder of returned forms"), self.path_edit.text()
        )
        if chosen:
            self._files = []
            self.path_edit.setText(chosen)
            self.path_error.setVisible(False)
            self._update_buttons()

    def _choose_files(self) -> None:
        current = Path(self.path_edit.text())
        start = (
            current if current.is_dir() else start_folder(FileKind.EXPORT, window_settings(self))
        )
        chosen, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Returned forms"),
            str(start),
            self.tr("Workbooks (*.xlsx *.xlsm);;All files (*)"),
        )
        if chosen:
            self.set_files([Path(c) for c in chosen])

    def set_files(self, files: Sequence[Path]) -> None:
        """Read these files, rather than a whole folder."""
        self._files = list(files)
        if len(self._files) == 1:
            self.path_edit.setText(str(self._files[0]))
        else:
            self.path_edit.setText(
                self.tr("%n files in {0}", "", len(self._files)).format(self._files[0].parent)
            )
        self.path_error.setVisible(False)
        self._update_buttons()

    def paths(self) -> Path | list[Path] | None:
        """What is to be read: the files chosen, else the folder (or file) typed."""
        if self._files:
            return list(self._files)
        text = typed_path(self.path_edit.text())
        return Path(text) if text else None

    def year(self) -> int:
        return self.year_spin.value()

    # --- reading ------------------------------------------------------------------------

    def read_forms(self) -> None:
        """Read the forms (off the GUI thread) and show what collecting them would do."""
        paths = self.paths()
        if paths is None or self._reading.busy() or self._importing.busy():
            return
        forms, year = self.forms, self.year()
        self.plan = None
        self.collected = None
        self.path_error.setVisible(False)
        self.summary_label.setText(self.tr("Reading the forms…"))
        self.result_label.setVisible(False)
        self._reading.start(
            lambda _progress, _cancelled: forms.plan_collection(paths, year=year),
            self._read,
            self._not_read,
        )
        self._update_buttons()

    def _read(self, plan: CollectionPlan) -> None:
        self.plan = plan
        self.plan_model.set_rows(plan.files)
        self.summary_label.setText(self.summary())
        first = self.plan_model.first_problem_row()
        self.plan_view.selectRow(first if first is not None else 0)
        self._go(self.REVIEW)
        self._fit_timer.start()
        self.plan_view.setFocus()

    def _not_read(self, error: Exception) -> None:
        self.path_error.setText(as_sentence(str(error)))
        self.path_error.setVisible(True)
        self._go(self.CHOOSE)
        self.path_edit.setFocus()

    # --- step 2: the review -------------------------------------------------------------

    def _review_step(self) -> QWidget:
        page = QWidget(self)
        self.summary_label = QLabel(page)
        self.summary_label.setObjectName("collectSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.plan_model = CollectionPlanModel(self)
        self.plan_view: RecordTable[FilePlan] = RecordTable(
            self.plan_model,
            page,
            name="collectPlan",
            stretch={CollectionPlanModel.COL_ORGANISATION: 1, CollectionPlanModel.COL_DETAILS: 3},
            wrap=True,
            row_padding=8,
        )
        self.plan_view.selectionModel().currentRowChanged.connect(self._show_details)
        # The rows are as tall as their lines at the widths the columns have once shown
        # (and again whenever a column's width changes).
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_rows)
        self.plan_view.horizontalHeader().sectionResized.connect(lambda *_: self._fit_timer.start())
        self.details_label = QLabel(page)
        self.details_label.setObjectName("collectDetails")
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label = QLabel(page)
        self.result_label.setObjectName("collectResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setVisible(False)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.plan_view, 1)
        layout.addWidget(self.details_label)
        layout.addWidget(self.result_label)
        return page

    def _fit_rows(self) -> None:
        view = self.plan_view
        view.resizeRowsToContents()
        for row in range(self.plan_model.rowCount()):
            view.setRowHeight(row, view.rowHeight(row) + 8)

    def summary(self) -> str:
        """What the review says above the files: what importing will do, or why it cannot."""
        plan = self.plan
        if plan is None:
            return ""
        empty = sum(1 for f in plan.files if f.status is FormStatus.EMPTY)
        same = sum(1 for f in plan.files if f.status is FormStatus.UNCHANGED)
        ready = [f for f in plan.files if f.status is FormStatus.READY]
        read = self.tr("%n forms read for {0}.", "", len(plan.files)).format(plan.year)
        notes = []
        if empty:
            notes.append(self.tr("%n empty: nothing is imported from them.", "", empty))
        if same:
            notes.append(self.tr("%n with nothing new.", "", same))
        if plan.refused:
            refused = sum(1 for f in plan.files if f.problems)
            problem = self.tr(
                "%n problems in the forms: nothing can be imported until they are corrected.",
                "",
                plan.problems,
            )
            where = self.tr(
                "Correct the %n files marked in red (or ask the members to), save them, "
                "and read them again.",
                "",
                refused,
            )
            colour = error_colour().name()
            return (
                f"{escape(read)} <span style='color:{colour}'><b>{escape(problem)}</b></span>"
                f"<br>{escape(where)}"
            )
        if not ready:
            text = " ".join([read, *notes, self.tr("Nothing to import.")])
            return escape(text)
        will = self.tr("Import will record {0} of {1}.").format(
            self.tr("%n figures", "", plan.changes),
            self.tr("%n organisations", "", len(ready)),
        )
        return f"{escape(read)} <b>{escape(will)}</b> {escape(' '.join(notes))}".strip()

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        plan = self.plan_model.record_at(current.row()) if current.isValid() else None
        if plan is None:
            self.details_label.clear()
            return
        who = plan.organisation_name or self.tr("Whose form is not known")
        self.details_label.setText(f"{plan.path.name} · {who}\n{plan_details(plan)}")

    # --- importing ----------------------------------------------------------------------

    def can_import(self) -> bool:
        plan = self.plan
        return (
            plan is not None
            and not plan.refused
            and plan.changes > 0
            and self.collected is None
            and not self._importing.busy()
            and not self._reading.busy()
        )

    def import_forms(self) -> None:
        """Every file's figures, all or none (off the GUI thread)."""
        plan = self.plan
        if plan is None or not self.can_import():
            return
        forms = self.forms
        self._importing.start(
            lambda _progress, _cancelled: forms.collect(plan),
            self._imported,
            self._not_imported,
            bus=self.context.bus,
        )
        self.result_label.setText(escape(self.tr("Importing…")))
        self.result_label.setVisible(True)
        self._update_buttons()

    def _imported(self, collected: Collected) -> None:
        self.collected = collected
        self.result_label.setText(escape(self.outcome()))
        self.result_label.setVisible(True)
        self._update_buttons()
        self.close_button.setFocus()

    def outcome(self) -> str:
        """What the import did, in a sentence; '' before it has run."""
        done = self.collected
        if done is None:
            return ""
        return self.tr("Imported: {0} from {1}.").format(
            self.tr("%n figures", "", done.values), self.tr("%n forms", "", done.forms)
        )

    def _not_imported(self, error: Exception) -> None:
        colour = error_colour().name()
        message = self.tr("Nothing was imported: {0}").format(as_sentence(str(error)))
        self.result_label.setText(f"<span style='color:{colour}'>{escape(message)}</span>")
        self.result_label.setVisible(True)
        log.info("collecting forms refused: %s", error)
        self._update_buttons()

    # --- steps --------------------------------------------------------------------------

    def _go(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.steps.currentIndex()
        busy = self._reading.busy() or self._importing.busy()
        done = self.collected is not None
        self.back_button.setVisible(step == self.REVIEW)
        self.back_button.setEnabled(not busy and not done)
        self.next_button.setVisible(step == self.CHOOSE)
        self.next_button.setEnabled(self.paths() is not None and not busy)
        self.next_button.setDefault(step == self.CHOOSE)
        self.again_button.setVisible(step == self.REVIEW and not done)
        self.again_button.setEnabled(not busy)
        self.import_button.setVisible(step == self.REVIEW)
        self.import_button.setEnabled(self.can_import())
        self.import_button.setDefault(self.import_button.isEnabled())
        self.close_button.setText(self.tr("Close") if done else self.tr("Cancel"))
        self.close_button.setDefault(done)

    def reject(self) -> None:
        if self._importing.busy():
            return  # all or nothing: the import finishes, then the wizard closes
        super().reject()

    @classmethod
    def ask(
        cls, parent: QWidget | None, context: AppContext, path: str | Path | None = None
    ) -> Collected | None:
        dialog = cls(parent, context, path)
        try:
            dialog.exec()
            return dialog.collected
        finally:
            dialog.deleteLater()


__all__ = ["CollectFormsWizard", "CollectionPlanModel", "plan_details"]
