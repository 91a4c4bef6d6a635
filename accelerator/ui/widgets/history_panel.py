"""One enrolment's readiness history: where the company stands (gap, next steps), how its
levels moved (trend and radar charts), and every assessment on a timeline, with logging and
correcting at hand.

Built to sit beside the milestone checklist (~700 px) as well as to fill a page: the two
charts stand side by side when there is room and one above the other when not.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from accelerator.errors import AcceleratorError
from accelerator.reports.charts import levels_over_time_chart, radar_chart
from accelerator.reports.data import DatedLevels
from accelerator.services.permissions import UseCase
from accelerator.services.records import AssessmentRecord
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.assessment_dialog import AssessmentDialog
from accelerator.ui.kit import (
    RecordTable,
    bold,
    format_date,
    format_decimal,
    gap_colour,
    gap_flag_icon,
    muted_colour,
)
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.history_table import HistoryModel
from accelerator.ui.offers import refusal
from accelerator.ui.operations import Data
from accelerator.ui.refreshing import EnrolmentPanel
from accelerator.ui.widgets.chart_view import ChartView, report_dimensions

log = logging.getLogger(__name__)

#: Below this width the two charts stand one above the other.
SIDE_BY_SIDE_WIDTH = 860
#: Both charts are drawn at one size (points), so side by side they line up.
CHART_WIDTH, CHART_HEIGHT = 300.0, 250.0


def _box(parent: QWidget) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(12, 10, 12, 10)
    layout.setSpacing(4)
    return frame, layout


class HistoryPanel(EnrolmentPanel):
    """The assessments of one enrolment. ``set_enrolment(None)`` shows nothing chosen."""

    #: What the panel shows: the cohort's name and dates and the programme's name head it.
    shows = (
        Data.ASSESSMENTS,
        Data.ENROLMENTS,
        Data.COHORTS,
        Data.PROGRAMMES,
        Data.FRAMEWORKS,
        Data.USERS,
    )

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(context, parent, clock=clock)
        self._records: list[AssessmentRecord] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll_area)
        content = QWidget(self.scroll_area)
        self.scroll_area.setWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 8, 4)
        layout.setSpacing(10)

        # heading and actions
        top = QHBoxLayout()
        self.heading = bold(QLabel(self.tr("Readiness history"), content), 1.25)
        self.heading.setWordWrap(True)
        top.addWidget(self.heading, 1)
        self.log_button = QPushButton(icon("add"), self.tr("&Log assessment…"), content)
        self.log_button.clicked.connect(self.log_assessment)
        self.correct_button = QPushButton(icon("edit"), self.tr("&Correct…"), content)
        self.correct_button.clicked.connect(self.correct_assessment)
        top.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.correct_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.summary_label = QLabel(content)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)

        self.empty_label = QLabel(content)
        self.empty_label.setWordWrap(True)
        self.empty_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.empty_label.setMargin(12)
        layout.addWidget(self.empty_label)

        # where the company stands: the gap and the next steps
        self.standing = QWidget(content)
        standing = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.standing)
        standing.setContentsMargins(0, 0, 0, 0)
        standing.setSpacing(10)
        self._standing_layout = standing
        self.gap_box, gap_layout = _box(self.standing)
        gap_top = QHBoxLayout()
        gap_top.setSpacing(6)
        self.gap_icon = QLabel(self.gap_box)
        size = self.fontMetrics().height()
        self.gap_icon.setPixmap(gap_flag_icon().pixmap(size, size))
        self.gap_heading = bold(QLabel(self.gap_box))
        gap_top.addWidget(self.gap_icon)
        gap_top.addWidget(self.gap_heading, 1)
        gap_layout.addLayout(gap_top)
        self.gap_label = QLabel(self.gap_box)
        self.gap_label.setWordWrap(True)
        self.gap_label.setObjectName("gapExplanation")
        gap_layout.addWidget(self.gap_label)
        gap_layout.addStretch(1)
        self.steps_box, steps_layout = _box(self.standing)
        self.steps_heading = bold(QLabel(self.tr("Next steps"), self.steps_box))
        steps_layout.addWidget(self.steps_heading)
        self.next_steps_label = QLabel(self.steps_box)
        self.next_steps_label.setWordWrap(True)
        self.next_steps_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        steps_layout.addWidget(self.next_steps_label)
        steps_layout.addStretch(1)
        standing.addWidget(self.gap_box, 1)
        standing.addWidget(self.steps_box, 1)
        layout.addWidget(self.standing)

        # the charts
        self.charts = QWidget(content)
        self._charts_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.charts)
        self._charts_layout.setContentsMargins(0, 0, 0, 0)
        self._charts_layout.setSpacing(10)
        self.trend_view = ChartView(self.charts, max_scale=1.8)
        self.trend_view.setObjectName("levelsOverTime")
        self.radar_view = ChartView(self.charts, max_scale=1.8)
        self.radar_view.setObjectName("baselineRadar")
        self._charts_layout.addWidget(self.trend_view, 1)
        self._charts_layout.addWidget(self.radar_view, 1)
        layout.addWidget(self.charts)

        # the timeline
        self.timeline_heading = bold(QLabel(self.tr("Assessments"), content), 1.1)
        layout.addWidget(self.timeline_heading)
        self.model = HistoryModel(self)
        # As tall as its entries (``fit_to_rows``): the panel, not the table, scrolls.
        self.view = RecordTable(
            self.model,
            content,
            name="assessmentTimeline",
            stretch=(HistoryModel.COL_NOTES,),
            wrap=True,
        )
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.view.horizontalHeader().sectionResized.connect(lambda *_: self.view.fit_to_rows())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.view.opened.connect(self.correct_assessment)
        layout.addWidget(self.view)
        layout.addStretch(1)

        self.set_enrolment(None)

    # --- public ---------------------------------------------------------------------------

    def selected_assessment(self) -> AssessmentRecord | None:
        return self.view.selected()

    def select_assessment(self, assessment_id: int) -> None:
        self.view.select(assessment_id)

    def may_correct(self, record: AssessmentRecord | None) -> bool:
        """Only its author or a coordinator may correct an assessment."""
        if record is None:
            return False
        services = self.context.services
        if not services.permissions.allows(UseCase.LOG_ASSESSMENTS):
            return False
        return services.permissions.allows(UseCase.CORRECT_ANY_ASSESSMENT) or (
            services.actor.user_id is not None and record.assessor_id == services.actor.user_id
        )

    def log_assessment(self) -> None:
        if self._enrolment_id is None:
            return
        saved = AssessmentDialog.ask(self, self.context, self._enrolment_id)
        if saved is not None:
            self.select_assessment(saved.id)

    def correct_assessment(self) -> None:
        record = self.selected_assessment()
        if self._enrolment_id is None or not self.may_correct(record):
            return
        assert record is not None
        saved = AssessmentDialog.ask(self, self.context, self._enrolment_id, correcting=record)
        if saved is not None:
            self.select_assessment(saved.id)

    # --- showing --------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected_assessment()
        enrolment_id = self._enrolment_id
        if enrolment_id is None:
            self._show_nothing(self.tr("Choose a company's enrolment to see its assessments."))
            return
        services = self.context.services
        try:
            form = services.assessments.assessment_form(enrolment_id)
            records = services.assessments.list_for_enrolment(enrolment_id)
            summary = services.overview.enrolment_summary(enrolment_id, today=self._clock())
            cohort = services.programmes.get_cohort(form.enrolment.cohort_id)
        except AcceleratorError as error:  # removed under our feet; say so
            log.info("history of enrolment %s: %s", enrolment_id, error)
            self._show_nothing(str(error))
            return
        self._records = records
        enrolment = form.enrolment
        self.heading.setText(self.tr("Readiness history · {0}").format(enrolment.company_name))
        self.summary_label.setText(
            self.tr("{0} · {1} · joined {2} · framework: {3}").format(
                enrolment.cohort_name,
                enrolment.programme_name,
                format_date(enrolment.joined_on),
                form.framework.label,
            )
        )
        dimensions = report_dimensions(form.framework.dimensions)
        has = bool(records)
        self.empty_label.setVisible(not has)
        self.empty_label.setText(
            self.tr(
                "No assessments yet. Log the baseline with Log assessment…: the levels over "
                "time, the radar of baseline against latest and the business-orientation gap "
                "appear here after it."
            )
        )
        for widget in (self.standing, self.charts, self.timeline_heading, self.view):
            widget.setVisible(has)
        self._offer_log(enrolment_id)

        history = [DatedLevels(a.assessed_on, a.kind.value, a.levels) for a in summary.assessments]
        self.trend_view.set_chart(
            levels_over_time_chart(
                dimensions,
                history,
                start=cohort.start_date,
                end=cohort.end_date,
                width=CHART_WIDTH,
                height=CHART_HEIGHT,
            )
            if has
            else None
        )
        self.radar_view.set_chart(
            radar_chart(
                dimensions,
                summary.profile,
                summary.baseline or None,
                width=CHART_WIDTH,
                height=CHART_HEIGHT,
            )
            if has
            else None
        )
        self._show_gap(summary.gap.value, summary.gap.flagged, summary.gap.explanation)
        self._show_next_steps(records)

        self.model.set_assessments(records, form.framework.dimensions)
        self.timeline_heading.setText(self.tr("Assessments ({0})").format(len(records)))
        if selected is not None:
            self.select_assessment(selected.id)
        self.view.fit_to_rows()
        self._update_buttons()

    def _show_nothing(self, text: str) -> None:
        self._records = []
        self.heading.setText(self.tr("Readiness history"))
        self.summary_label.setText("")
        self.empty_label.setText(text)
        self.empty_label.setVisible(True)
        for widget in (self.standing, self.charts, self.timeline_heading, self.view):
            widget.setVisible(False)
        self.model.set_rows([])
        self.trend_view.set_chart(None)
        self.radar_view.set_chart(None)
        self.log_button.setEnabled(False)
        self._update_buttons()

    def _show_gap(self, value: float | None, flagged: bool, explanation: str) -> None:
        if value is None:
            self.gap_heading.setText(self.tr("Business-orientation gap: not known yet"))
        elif flagged:
            self.gap_heading.setText(
                self.tr("Business-orientation gap: {0} levels · flagged").format(
                    format_decimal(value)
                )
            )
        else:
            self.gap_heading.setText(
                self.tr("Business-orientation gap: {0} levels").format(format_decimal(value))
            )
        self.gap_icon.setVisible(flagged)
        colour = gap_colour() if flagged else None
        self.gap_heading.setStyleSheet(f"color: {colour.name()};" if colour else "")
        self.gap_label.setText(explanation)

    def _show_next_steps(self, records: list[AssessmentRecord]) -> None:
        latest = next((r for r in reversed(records) if r.next_steps.strip()), None)
        if latest is None:
            self.steps_heading.setText(self.tr("Next steps"))
            self.next_steps_label.setText(self.tr("No next steps written down yet."))
            self.next_steps_label.setStyleSheet(f"color: {muted_colour().name()};")
            return
        self.steps_heading.setText(
            self.tr("Next steps (from {0})").format(format_date(latest.assessed_on))
        )
        self.next_steps_label.setStyleSheet("")
        self.next_steps_label.setText(latest.next_steps.strip())

    def _offer_log(self, enrolment_id: int) -> None:
        """A viewer never logs one (hidden); a mentor only for the companies they mentor."""
        permissions = self.context.services.permissions
        self.log_button.setVisible(permissions.allows(UseCase.LOG_ASSESSMENTS))
        allowed = permissions.allows(UseCase.LOG_ASSESSMENTS, enrolment_id=enrolment_id)
        self.log_button.setEnabled(allowed)
        self.log_button.setToolTip(
            self.tr("Log an assessment of this company in this cohort")
            if allowed
            else refusal(UseCase.LOG_ASSESSMENTS)
        )

    def _update_buttons(self) -> None:
        record = self.selected_assessment()
        allowed = self.may_correct(record)
        self.correct_button.setEnabled(allowed)
        self.correct_button.setVisible(
            self.context.services.permissions.allows(UseCase.LOG_ASSESSMENTS)
        )
        if record is None:
            tip = self.tr("Choose an assessment in the list to correct it")
        elif allowed:
            tip = self.tr("Correct this assessment; the audit trail keeps the old values")
        else:
            tip = self.tr("Only {0}, who made this assessment, or a coordinator may correct it")
            tip = tip.format(record.assessor_name)
        self.correct_button.setToolTip(tip)

    # --- layout and refreshing ------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= SIDE_BY_SIDE_WIDTH
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._charts_layout.direction() != direction:
            self._charts_layout.setDirection(direction)
        self.view.fit_to_rows()
