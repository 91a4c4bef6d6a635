"""The mentor's start page: the companies assigned to them, where each stands, and which
are due for an assessment. Enter (or Ctrl+L) logs an assessment of the selected one;
Ctrl+Shift+L (or the button, or the row's menu) logs a mentor session with it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QPushButton,
    QWidget,
)

from accelerator.domain.enums import Role
from accelerator.domain.formatting import format_date
from accelerator.services.mentoring import MentoredEnrolment
from accelerator.services.sessions import hours_text
from accelerator.ui.context import AppContext
from accelerator.ui.kit import EmptyState, RecordTable, heading_row, muted_label, page_layout
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.table import (
    CENTRE,
    QT_TRANSLATE_NOOP,
    ColumnSpec,
    RecordTableModel,
    bold_font,
)
from accelerator.ui.operations import Data
from accelerator.ui.pages.base import Page


def _level_column(key: str, name: str) -> ColumnSpec[MentoredEnrolment]:
    def level(row: MentoredEnrolment) -> str:
        value = row.levels.get(key)
        return "" if value is None else str(value)

    return ColumnSpec(name, level, lambda row: row.levels.get(key), CENTRE, title_is_data=True)


class MyCompaniesModel(RecordTableModel[MentoredEnrolment]):
    """The companies a mentor mentors; after the fixed columns, one per readiness dimension
    of their frameworks, with the latest level."""

    COL_COMPANY, COL_COHORT, COL_LAST, COL_DUE = range(4)
    FIRST_LEVEL = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fixed: tuple[ColumnSpec[MentoredEnrolment], ...] = (
            ColumnSpec(QT_TRANSLATE_NOOP("MyCompaniesModel", "Company"), lambda r: r.company_name),
            ColumnSpec(
                QT_TRANSLATE_NOOP("MyCompaniesModel", "Cohort"),
                lambda r: f"{r.cohort_name} · {r.programme_name}",
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("MyCompaniesModel", "Last assessed"),
                lambda r: format_date(r.last_assessed) if r.last_assessed else self.tr("never"),
                lambda r: r.last_assessed,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("MyCompaniesModel", "Due"),
                self._due,
                lambda r: (not r.due, r.last_assessed is not None),
                tooltip=lambda r: self.tr("Assess every {0} weeks in this programme").format(
                    r.interval_weeks
                ),
                decoration=lambda r: icon("overdue") if r.due else None,
                font=lambda r: bold_font() if r.due else None,
            ),
        )
        self.columns = self._fixed

    def key_of(self, record: MentoredEnrolment) -> int:
        return record.enrolment_id

    def _keep_rows(self, rows: list[MentoredEnrolment]) -> None:
        dimensions: dict[str, str] = {}
        for row in rows:
            for key, name in row.dimension_names.items():
                dimensions.setdefault(key, name)
        self.columns = (*self._fixed, *(_level_column(k, n) for k, n in dimensions.items()))
        super()._keep_rows(rows)

    def _due(self, row: MentoredEnrolment) -> str:
        if row.last_assessed is None:
            return self.tr("Due: no assessment yet")
        return self.tr("Due") if row.due else ""


class MyCompaniesPage(Page):
    # The programme too: its name is in the cohort column, its interval decides what is due.
    shows = (
        Data.PROGRAMMES,
        Data.COHORTS,
        Data.ENROLMENTS,
        Data.ASSESSMENTS,
        Data.COMPANIES,
        Data.SESSIONS,  # the hours this month in the summary
    )

    #: Logs a mentor session with the selected company (Ctrl+L logs an assessment).
    SESSION_KEYS = "Ctrl+Shift+L"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.summary = QLabel(self)
        # A mentor's own time with their companies this month.
        self.month_hours = muted_label("", self, wrap=False)
        self.month_hours.setObjectName("monthHours")
        self.log_button = QPushButton(icon("assessment"), self.tr("Log assessment…"), self)
        self.log_button.setToolTip(self.tr("Log an assessment of the selected company (Ctrl+L)"))
        self.log_button.clicked.connect(self.log_assessment)
        self.session_button = QPushButton(icon("mentor"), self.tr("Log &session…"), self)
        self.session_button.setObjectName("logSession")
        self.session_button.setToolTip(
            self.tr("Log a mentor session with the selected company ({0})").format(
                QKeySequence(self.SESSION_KEYS).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.session_button.clicked.connect(self.log_session)
        self.session_action = QAction(icon("mentor"), self.tr("Log session…"), self)
        self.session_action.setShortcut(QKeySequence(self.SESSION_KEYS))
        self.session_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.session_action.triggered.connect(self.log_session)
        self.addAction(self.session_action)
        layout = page_layout(self)
        layout.addLayout(
            heading_row(
                self.tr("My companies"),
                self,
                self.summary,
                self.month_hours,
                self.session_button,
                self.log_button,
            )
        )
        self.model = MyCompaniesModel(self)
        # Enter or a double-click logs an assessment of the selected company, as a mentor
        # who comes here for that expects.
        self.table = RecordTable(self.model, self, menu=self.context_menu)
        self.table.opened.connect(self.log_assessment)
        self.list = EmptyState(self.table, self)
        layout.addWidget(self.list, 1)

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
        mentor = self.context.services.actor.role is Role.MENTOR
        if mentor:
            minutes = self.context.services.sessions.minutes_this_month(today=today)
            self.month_hours.setText(
                self.tr("{0} of sessions this month").format(hours_text(minutes))
            )
        self.month_hours.setVisible(mentor)
        self.log_button.setEnabled(bool(rows))
        self.session_button.setEnabled(bool(rows))
        self.session_action.setEnabled(bool(rows))
        if not rows:
            self.list.show_message(
                self.tr(
                    "No companies are assigned to you in a running cohort. A coordinator "
                    "assigns mentors to companies under Programmes and cohorts."
                )
            )
            return
        self.list.show_content()
        if selected is None or not self.table.select(selected.enrolment_id):
            self.table.select(rows[0].enrolment_id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # refreshes first when something changed meanwhile
        self.start_on_first_due()

    def start_on_first_due(self) -> None:
        """The keyboard in the list, on the first company due for an assessment (else the
        first company): a mentor who comes here to log one presses Enter and is there."""
        rows = self.model.rows()
        if not rows:
            return
        due = next((row for row in rows if row.due), rows[0])
        self.table.select(due.enrolment_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected(self) -> MentoredEnrolment | None:
        return self.table.selected()

    def log_assessment(self) -> None:
        from accelerator.ui.dialogs.assessment_dialog import AssessmentDialog

        row = self.selected()
        if row is None:
            return
        AssessmentDialog.ask(self, self.context, row.enrolment_id)

    def log_session(self) -> None:
        """Log a mentor session with the selected company: the dialog is filled in (today,
        an hour's meeting) and waits for the topic."""
        from accelerator.ui.dialogs.session_dialog import SessionDialog

        row = self.selected()
        if row is None:
            return
        SessionDialog.ask(self, self.context, row.enrolment_id)

    def context_menu(self) -> QMenu:
        """The row's menu: log an assessment or a session with the company under the pointer."""
        menu = QMenu(self)
        for button in (self.log_button, self.session_button):
            action = QAction(button.icon(), button.text().replace("&", ""), menu)
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
            menu.addAction(action)
        return menu

    def focus_list(self) -> None:
        self.table.setFocus()
