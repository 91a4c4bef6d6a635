"""The mentor's start page: the companies assigned to them, where each stands, and which
are due for an assessment. Enter (or Ctrl+L) logs an assessment of the selected one."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.formatting import format_date
from accelerator.services.mentoring import MentoredEnrolment
from accelerator.ui.context import AppContext
from accelerator.ui.icons import icon
from accelerator.ui.operations import Data
from accelerator.ui.pages.base import Page

_Index = QModelIndex | QPersistentModelIndex


class MyCompaniesModel(QAbstractTableModel):
    COL_COMPANY = 0
    COL_COHORT = 1
    COL_LAST = 2
    COL_DUE = 3
    FIRST_LEVEL = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MentoredEnrolment] = []
        self._dimensions: list[tuple[str, str]] = []

    def set_rows(self, rows: list[MentoredEnrolment]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        dims: dict[str, str] = {}
        for row in rows:
            for key, name in row.dimension_names.items():
                dims.setdefault(key, name)
        self._dimensions = list(dims.items())
        self.endResetModel()

    def row_at(self, row: int) -> MentoredEnrolment:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.FIRST_LEVEL + len(self._dimensions)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        fixed = [self.tr("Company"), self.tr("Cohort"), self.tr("Last assessed"), self.tr("Due")]
        if section < self.FIRST_LEVEL:
            return fixed[section]
        if section - self.FIRST_LEVEL < len(self._dimensions):
            return self._dimensions[section - self.FIRST_LEVEL][1]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_COMPANY:
                return row.company_name
            if col == self.COL_COHORT:
                return f"{row.cohort_name} · {row.programme_name}"
            if col == self.COL_LAST:
                return format_date(row.last_assessed) if row.last_assessed else self.tr("never")
            if col == self.COL_DUE:
                if row.last_assessed is None:
                    return self.tr("Due: no assessment yet")
                return self.tr("Due") if row.due else ""
            if col >= self.FIRST_LEVEL and col - self.FIRST_LEVEL < len(self._dimensions):
                level = row.levels.get(self._dimensions[col - self.FIRST_LEVEL][0])
                return "" if level is None else str(level)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= self.FIRST_LEVEL:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and col == self.COL_DUE and row.due:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_DUE and row.due:
            return icon("overdue")
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_DUE:
            return self.tr("Assess every {0} weeks in this programme").format(row.interval_weeks)
        return None


class MyCompaniesPage(Page):
    # The programme too: its name is in the cohort column, its interval decides what is due.
    shows = (Data.PROGRAMMES, Data.COHORTS, Data.ENROLMENTS, Data.ASSESSMENTS, Data.COMPANIES)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        header = QHBoxLayout()
        title = QLabel(f"<h2>{self.tr('My companies')}</h2>", self)
        header.addWidget(title)
        header.addStretch(1)
        self.summary = QLabel(self)
        header.addWidget(self.summary)
        self.log_button = QPushButton(icon("assessment"), self.tr("Log assessment…"), self)
        self.log_button.setToolTip(self.tr("Log an assessment of the selected company (Ctrl+L)"))
        self.log_button.clicked.connect(self.log_assessment)
        header.addWidget(self.log_button)
        layout.addLayout(header)
        self.model = MyCompaniesModel(self)
        self.table = _Table(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.activated.connect(lambda _index: self.log_assessment())
        self.table.enter_pressed = self.log_assessment
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty, 1)

    @property
    def title(self) -> str:
        return self.tr("My companies")

    def refresh(self, today: dt.date | None = None) -> None:
        rows = self.context.services.mentoring.my_enrolments(today=today)
        selected = self.selected()
        self.model.set_rows(rows)
        due = sum(r.due for r in rows)
        self.summary.setText(
            self.tr("{0} companies, {1} due for assessment").format(len(rows), due)
        )
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.log_button.setEnabled(bool(rows))
        self.empty.setText(
            self.tr(
                "No companies are assigned to you in a running cohort. A coordinator assigns "
                "mentors to companies under Programmes and cohorts."
            )
        )
        if rows:
            ids = [r.enrolment_id for r in rows]
            row = (
                ids.index(selected.enrolment_id) if selected and selected.enrolment_id in ids else 0
            )
            self.table.selectRow(row)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # refreshes first when something changed meanwhile
        self.start_on_first_due()

    def start_on_first_due(self) -> None:
        """The keyboard in the list, on the first company due for an assessment (else the
        first company): a mentor who comes here to log one presses Enter and is there."""
        rows = self.model.rowCount()
        if not rows:
            return
        due = next((r for r in range(rows) if self.model.row_at(r).due), 0)
        self.table.selectionModel().setCurrentIndex(
            self.model.index(due, MyCompaniesModel.COL_COMPANY),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.table.currentIndex())
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected(self) -> MentoredEnrolment | None:
        indexes = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(indexes[0].row()) if indexes else None

    def log_assessment(self) -> None:
        from accelerator.ui.dialogs.assessment_dialog import AssessmentDialog

        row = self.selected()
        if row is None:
            return
        AssessmentDialog.ask(self, self.context, row.enrolment_id)

    def focus_list(self) -> None:
        self.table.setFocus()


class _Table(QTableView):
    """Enter opens the assessment dialog for the selected row, as a mentor expects."""

    enter_pressed = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.enter_pressed:
            self.enter_pressed()
            return
        super().keyPressEvent(event)
