"""A company's history across cohorts, and for the chosen enrolment where it stands:
readiness index, business-orientation gap (with the sentence that explains it),
milestones done, last assessment, risk, and its milestone checklist."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from accelerator.errors import AcceleratorError
from accelerator.services.overview import EnrolmentSummary
from accelerator.services.records import EnrolmentRecord
from accelerator.ui.context import AppContext
from accelerator.ui.kit import (
    RecordTable,
    error_colour,
    format_date,
    format_decimal,
    gap_colour,
    heading_label,
    muted_label,
)
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.company_enrolment_table import CompanyEnrolmentTableModel, status_text

log = logging.getLogger(__name__)


class _Fact(QFrame):
    """One figure with its caption above it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(2)
        self.caption = muted_label(caption, self, wrap=False)
        self.value = QLabel(self)
        self.value.setTextFormat(Qt.TextFormat.RichText)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.value.setFont(font)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)

    def set(self, text: str, tooltip: str = "") -> None:
        self.value.setText(text)
        self.setToolTip(tooltip)


class CompanyEnrolments(QWidget):
    """The enrolments of one company, oldest first, and the facts and checklist of the
    selected one (the most recent unless asked for another)."""

    #: The selected enrolment changed (None: nothing selected).
    enrolment_selected = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._company_id: int | None = None
        self._summary: EnrolmentSummary | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(heading_label(self.tr("Programme history"), self, 1.1))

        self.model = CompanyEnrolmentTableModel(self)
        self.view = RecordTable(
            self.model,
            self,
            name="enrolmentTable",
            stretch=(CompanyEnrolmentTableModel.COL_MENTORS,),
            row_padding=10,
        )
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.view.selectionModel().selectionChanged.connect(self._row_changed)
        layout.addWidget(self.view)

        self.empty_label = muted_label(
            self.tr(
                "Not enrolled in any cohort yet. Enrol the company from a cohort under "
                "Programmes and cohorts; its milestones and assessments will show here."
            ),
            self,
        )
        layout.addWidget(self.empty_label)

        # The chosen enrolment.
        self.detail = QWidget(self)
        detail = QVBoxLayout(self.detail)
        detail.setContentsMargins(0, 8, 0, 0)
        detail.setSpacing(8)
        title_row = QHBoxLayout()
        self.enrolment_title = heading_label("", self.detail, 1.05)
        self.enrolment_title.setTextFormat(Qt.TextFormat.PlainText)
        self.enrolment_title.setWordWrap(True)
        self.enrolment_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        title_row.addWidget(self.enrolment_title, 1)
        self.cohort_button = QPushButton(icon("cohort"), self.tr("Open cohort"), self.detail)
        self.cohort_button.setToolTip(self.tr("Show this cohort under Programmes and cohorts"))
        self.cohort_button.clicked.connect(self._open_cohort)
        self.dashboard_button = QPushButton(
            icon("dashboard"), self.tr("Cohort dashboard"), self.detail
        )
        self.dashboard_button.clicked.connect(self._open_dashboard)
        title_row.addWidget(self.cohort_button)
        title_row.addWidget(self.dashboard_button)
        detail.addLayout(title_row)
        self.status_label = muted_label("", self.detail)
        detail.addWidget(self.status_label)

        facts = QGridLayout()
        facts.setHorizontalSpacing(8)
        self.readiness_fact = _Fact(self.tr("Readiness index"), self.detail)
        self.gap_fact = _Fact(self.tr("Business-orientation gap"), self.detail)
        self.milestones_fact = _Fact(self.tr("Milestones done"), self.detail)
        self.assessed_fact = _Fact(self.tr("Last assessment"), self.detail)
        for n, fact in enumerate(
            (self.readiness_fact, self.gap_fact, self.milestones_fact, self.assessed_fact)
        ):
            facts.addWidget(fact, 0, n)
            facts.setColumnStretch(n, 1)
        detail.addLayout(facts)
        self.gap_label = QLabel(self.detail)
        self.gap_label.setWordWrap(True)
        self.gap_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail.addWidget(self.gap_label)
        self.risk_label = QLabel(self.detail)
        self.risk_label.setWordWrap(True)
        self.risk_label.setTextFormat(Qt.TextFormat.RichText)
        detail.addWidget(self.risk_label)
        from accelerator.ui.widgets.organisation_projects import EnrolmentProjects

        # What came of the programme: the joint projects started or joined during it.
        self.projects = EnrolmentProjects(context, self.detail)
        detail.addWidget(self.projects)

        from accelerator.ui.widgets.history_panel import HistoryPanel
        from accelerator.ui.widgets.mentor_sessions import MentorSessions
        from accelerator.ui.widgets.milestone_checklist import MilestoneChecklist

        # The checklist and the readiness history of the selected enrolment, side by side
        # as tabs: both need the full width to be readable.
        self.tabs = QTabWidget(self.detail)
        self.checklist = MilestoneChecklist(context, self.tabs)
        self.history = HistoryPanel(context, self.tabs)
        self.tabs.addTab(self.checklist, icon("milestones"), self.tr("Milestones"))
        self.tabs.addTab(self.history, icon("assessment"), self.tr("Assessments"))
        # The time the mentors gave the company in this cohort, with its hours.
        self.sessions = MentorSessions(context, self.tabs)
        self.tabs.addTab(self.sessions, icon("mentor"), self.tr("Mentor sessions"))
        detail.addWidget(self.tabs, 1)
        layout.addWidget(self.detail, 1)
        self._show_rows([])

    # --- public -------------------------------------------------------------------------

    @property
    def company_id(self) -> int | None:
        return self._company_id

    @property
    def summary(self) -> EnrolmentSummary | None:
        """The facts of the selected enrolment as last read."""
        return self._summary

    def set_company(self, company_id: int | None, enrolment_id: int | None = None) -> None:
        """Show the history of ``company_id`` and select ``enrolment_id`` (default: the
        most recent enrolment)."""
        self._company_id = company_id
        self._load(enrolment_id, keep_selection=False)

    def refresh(self) -> None:
        """Read the history and the facts again, keeping the selected enrolment."""
        self._load(self.current_enrolment_id(), keep_selection=True)

    def current_enrolment_id(self) -> int | None:
        record = self._current_record()
        return record.id if record is not None else None

    def select_enrolment(self, enrolment_id: int) -> bool:
        return self.view.select(enrolment_id)

    # --- loading ------------------------------------------------------------------------

    def _load(self, enrolment_id: int | None, *, keep_selection: bool) -> None:
        rows: list[EnrolmentRecord] = []
        if self._company_id is not None:
            rows = self.context.services.enrolments.list_enrolments(company_id=self._company_id)
        self.view.selectionModel().blockSignals(True)
        self._show_rows(rows)
        self.view.selectionModel().blockSignals(False)
        if not rows:
            self._show_enrolment(None)
            return
        wanted = enrolment_id if enrolment_id is not None else rows[-1].id
        if self.model.row_of(wanted) is None:
            wanted = rows[-1].id
        self.view.selectionModel().blockSignals(True)
        self.select_enrolment(wanted)
        self.view.selectionModel().blockSignals(False)
        self._show_enrolment(wanted, reload_checklist=not keep_selection)

    def _show_rows(self, rows: list[EnrolmentRecord]) -> None:
        self.model.set_rows(rows)
        self.view.setVisible(bool(rows))
        self.empty_label.setVisible(self._company_id is not None and not rows)
        # The table is as tall as its rows (at most five), so the checklist gets the rest.
        self.view.fit_to_rows(5)

    def _row_changed(self, *_: object) -> None:
        self._show_enrolment(self.current_enrolment_id())

    def _show_enrolment(self, enrolment_id: int | None, *, reload_checklist: bool = True) -> None:
        self._summary = None
        if enrolment_id is not None:
            try:
                self._summary = self.context.services.overview.enrolment_summary(enrolment_id)
            except AcceleratorError as error:
                log.info("enrolment %s: %s", enrolment_id, error)
        self.detail.setVisible(self._summary is not None)
        if self._summary is None:
            if self.checklist.enrolment_id is not None:
                self.checklist.set_enrolment(None)
            self.history.set_enrolment(None)
            self.sessions.set_enrolment(None)
            self.projects.set_enrolment(None)
        else:
            self._show_facts(self._summary)
            if reload_checklist or self.checklist.enrolment_id != enrolment_id:
                self.checklist.set_enrolment(enrolment_id)
                self.history.set_enrolment(enrolment_id)
                self.sessions.set_enrolment(enrolment_id)
                self.projects.set_enrolment(enrolment_id)
        self.enrolment_selected.emit(enrolment_id)

    def _show_facts(self, summary: EnrolmentSummary) -> None:
        row = self.model.row_of(summary.enrolment_id)
        record = self.model.record_at(row) if row is not None else None
        if record is not None:
            self.enrolment_title.setText(f"{record.cohort_name} · {record.programme_name}")
            # The table row says when it joined and who mentors it; the reason for a
            # withdrawal or graduation is too long for a column, so it goes here.
            reason = record.status_reason
            self.status_label.setText(f"{status_text(record)}: {reason}" if reason else "")
            self.status_label.setVisible(bool(reason))

        index = summary.readiness_index
        self.readiness_fact.set(
            format_decimal(index) if index is not None else self.tr("Not assessed"),
            self.tr("The mean of the latest readiness levels (1 to 9)"),
        )
        gap = summary.gap
        if gap.value is None:
            self.gap_fact.set(self.tr("Not known"))
        elif gap.flagged:
            colour = gap_colour(self.palette()).name()
            self.gap_fact.set(
                f"<span style='color:{colour}'>⚑ {html.escape(format_decimal(gap.value))} "
                f"{html.escape(self.tr('flagged'))}</span>"
            )
        else:
            self.gap_fact.set(html.escape(format_decimal(gap.value)))
        self.gap_fact.setToolTip(gap.explanation)
        self.gap_label.setText(gap.explanation)

        completion = summary.completion
        if completion.applicable:
            self.milestones_fact.set(
                self.tr("{0} of {1}").format(completion.done, completion.applicable),
                self.tr("{0} of the {1} milestones that apply are done; {2} overdue").format(
                    completion.done, completion.applicable, completion.overdue
                ),
            )
        else:
            self.milestones_fact.set(self.tr("None"))
        self.assessed_fact.set(
            format_date(summary.last_assessed) if summary.last_assessed else self.tr("Never")
        )

        if summary.risk.at_risk:
            colour = error_colour(self.palette()).name()
            reasons = "; ".join(html.escape(r.text) for r in summary.risk.reasons)
            self.risk_label.setText(
                f"<span style='color:{colour}'><b>{html.escape(self.tr('At risk:'))}</b> "
                f"{reasons}</span>"
            )
            self.risk_label.setVisible(True)
        else:
            self.risk_label.setVisible(False)

    def _open_cohort(self) -> None:
        record = self._current_record()
        if record is not None:
            self.context.navigator.open_cohort(record.cohort_id)

    def _open_dashboard(self) -> None:
        record = self._current_record()
        if record is not None:
            self.context.navigator.open_dashboard(record.cohort_id)

    def _current_record(self) -> EnrolmentRecord | None:
        return self.view.selected()
