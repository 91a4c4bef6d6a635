"""The cohort dashboard: how one cohort is doing, and who needs attention.

Every figure comes from ``OverviewService.cohort_dashboard`` (computed by the pure functions
in ``accelerator.domain``), and every figure clicks through to the companies behind it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.enums import CohortStatus, EnrolmentStatus
from accelerator.domain.readiness import GAP_THRESHOLD
from accelerator.errors import AcceleratorError
from accelerator.services.outcomes import CompanyOutcome
from accelerator.services.overview import CohortDashboard, EnrolmentSummary
from accelerator.services.permissions import UseCase
from accelerator.services.records import CohortRecord
from accelerator.ui.context import AppContext
from accelerator.ui.kit import (
    Attention,
    Explanation,
    RecordTable,
    attention_colour,
    bold,
    cohort_status_text,
    format_date,
    format_percent,
    led_by_icon,
)
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.dashboard_models import (
    AtRiskModel,
    CohortCompanyModel,
    DimensionModel,
    DimensionRow,
    GapModel,
    not_assessed,
)
from accelerator.ui.models.table import RecordTableModel
from accelerator.ui.offers import offer
from accelerator.ui.operations import Data
from accelerator.ui.pages.base import Page
from accelerator.ui.widgets.cohort_charts import CohortCharts
from accelerator.ui.widgets.dashboard_widgets import FigureCard, LevelBarDelegate
from accelerator.ui.widgets.outcomes_panel import OutcomesPanel

log = logging.getLogger(__name__)

SETTINGS_KEY = "dashboard/cohort"

R = TypeVar("R")

_STATUS_ORDER = {CohortStatus.RUNNING: 0, CohortStatus.PLANNED: 1, CohortStatus.FINISHED: 2}


def ordered_cohorts(cohorts: Sequence[CohortRecord]) -> list[CohortRecord]:
    """Running cohorts first (latest start first), then planned ones (soonest first), then
    finished ones (most recent first)."""

    def key(c: CohortRecord) -> tuple[int, int]:
        days = c.start_date.toordinal()
        return (_STATUS_ORDER[c.status], days if c.status is CohortStatus.PLANNED else -days)

    return sorted(cohorts, key=key)


class _Section(QWidget):
    """A heading with an icon over a table, or over a sentence when the table is empty."""

    def __init__(self, icon_name: str, view: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.heading = bold(QLabel(self), 1.1)
        layout.addLayout(led_by_icon(icon_name, self.heading))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setVisible(False)
        layout.addWidget(self.hint)
        self.view = view
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.note.setFrameShape(QFrame.Shape.StyledPanel)
        self.note.setMargin(12)
        self.note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(view)
        layout.addWidget(self.note)
        layout.addStretch(0)

    def set_heading(self, text: str, hint: str = "") -> None:
        self.heading.setText(text)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def show_table(self, rows: int, note: str) -> None:
        """The table when it has rows, else ``note`` in its place."""
        self.view.setVisible(rows > 0)
        self.note.setVisible(rows == 0)
        self.note.setText(note)


def _table(
    parent: QWidget,
    model: RecordTableModel[R],
    name: str,
    *,
    stretch: int,
    wrap: bool = False,
    sort_by: tuple[int, Qt.SortOrder] | None = None,
) -> RecordTable[R]:
    """A dashboard table: as tall as its rows (``_fit_rows``), so never scrolled sideways,
    its other columns as wide as their contents (``_fit_columns``)."""
    view = RecordTable(
        model,
        parent,
        name=name,
        stretch=(stretch,),
        resize=QHeaderView.ResizeMode.Interactive,
        wrap=wrap,
        sort_by=sort_by,
        row_padding=12,
    )
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return view


def _fit_columns(view: QTableView) -> None:
    """Columns as wide as their contents plus some air, so a right-aligned number does not
    touch the next column's text."""
    header = view.horizontalHeader()
    for column in range(view.model().columnCount()):
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
            wanted = max(view.sizeHintForColumn(column) + 12, header.sectionSizeHint(column))
            if header.sectionSize(column) != wanted:
                header.resizeSection(column, wanted)


def _fit_rows(view: QTableView, max_rows: int) -> None:
    """Make a table as tall as its rows (up to ``max_rows``), so the page, not each little
    table, does the scrolling."""
    if view.wordWrap():
        view.resizeRowsToContents()
        least = view.verticalHeader().defaultSectionSize()
        for row in range(view.model().rowCount()):
            if view.rowHeight(row) < least:
                view.setRowHeight(row, least)
            else:
                view.setRowHeight(row, view.rowHeight(row) + 8)
    rows = view.model().rowCount()
    shown = min(rows, max_rows)
    height = sum(view.rowHeight(r) for r in range(shown))
    if rows > shown:
        height += view.rowHeight(0) // 2  # a half row shows there is more
    frame = view.frameWidth() * 2
    view.setFixedHeight(view.horizontalHeader().sizeHint().height() + height + frame)


class DashboardPage(Page):
    """One cohort at a glance. ``select_cohort`` shows a given cohort."""

    # The programme too: its name heads the page and the cohort list, its assessment
    # interval decides who is at risk. The outcomes read member figures, mentor sessions,
    # joint projects and who came to events.
    shows = (
        Data.PROGRAMMES,
        Data.COHORTS,
        Data.ENROLMENTS,
        Data.MILESTONES,
        Data.ASSESSMENTS,
        Data.COMPANIES,
        Data.FIGURES,
        Data.SESSIONS,
        Data.PROJECTS,
        Data.REGISTRATIONS,
    )

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        clock: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(context, parent)
        if settings is None:
            # The window's own settings when there is a window, so that tests that give the
            # window a settings file keep the dashboard's choice in it too.
            window_settings = getattr(context.navigator, "settings", None)
            settings = window_settings if isinstance(window_settings, QSettings) else QSettings()
        self.settings = settings
        self._clock = clock
        self._cohorts: list[CohortRecord] = []
        self._board: CohortDashboard | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 14, 24, 10)
        outer.setSpacing(4)

        header = QHBoxLayout()
        header.setSpacing(8)
        self.title_label = bold(QLabel(self.tr("Cohort dashboard"), self), 1.6)
        header.addWidget(self.title_label)
        header.addStretch(1)
        cohort_label = QLabel(self.tr("&Cohort:"), self)
        self.cohort_combo = QComboBox(self)
        self.cohort_combo.setObjectName("cohortChooser")
        self.cohort_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.cohort_combo.setMinimumContentsLength(28)
        cohort_label.setBuddy(self.cohort_combo)
        self.cohort_combo.currentIndexChanged.connect(self._cohort_chosen)
        self.open_cohort_button = QPushButton(icon("cohort"), self.tr("Open cohort"), self)
        self.open_cohort_button.setToolTip(
            self.tr("Show this cohort under Programmes and cohorts: dates, enrolments, mentors")
        )
        self.open_cohort_button.clicked.connect(self._open_cohort)
        header.addWidget(cohort_label)
        header.addWidget(self.cohort_combo)
        header.addWidget(self.open_cohort_button)
        outer.addLayout(header)
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setWordWrap(True)
        outer.addWidget(self.subtitle_label)
        outer.addSpacing(8)

        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)
        self.no_cohorts = self._build_no_cohorts()
        self.stack.addWidget(self.no_cohorts)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content = QWidget(self.scroll_area)
        self.scroll_area.setWidget(self.content)
        self.stack.addWidget(self.scroll_area)
        self._build_content()

    @property
    def title(self) -> str:
        return self.tr("Dashboard")

    # --- building -------------------------------------------------------------------------

    def _build_no_cohorts(self) -> QWidget:
        self.programmes_button = QPushButton(
            icon("programmes"), self.tr("Go to Programmes and cohorts"), self
        )
        self.programmes_button.clicked.connect(self._go_to_programmes)
        explanation = Explanation(
            "cohort",
            self.tr("No cohorts yet"),
            self.tr(
                "The dashboard follows one cohort at a time: its companies, their milestones "
                "and readiness levels, and who needs attention. Create a programme and a "
                "cohort under Programmes and cohorts, enrol companies, and the figures "
                "appear here."
            ),
            (self.programmes_button,),
        )
        self.programmes_button.setVisible(callable(getattr(self.context.navigator, "go", None)))
        self.no_cohorts_label = explanation.text
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.addStretch(1)
        layout.addWidget(explanation)
        layout.addStretch(2)
        return box

    def _build_content(self) -> None:
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(14)

        self.cards_box = QWidget(self.content)
        cards = QGridLayout(self.cards_box)
        cards.setContentsMargins(0, 0, 0, 0)
        cards.setSpacing(12)
        self.cards: dict[str, FigureCard] = {
            "companies": FigureCard("companies", self.tr("Companies"), self.cards_box),
            "milestones": FigureCard("milestones", self.tr("Milestones done"), self.cards_box),
            "overdue": FigureCard("overdue", self.tr("Overdue milestones"), self.cards_box),
            "at_risk": FigureCard("warning", self.tr("Companies at risk"), self.cards_box),
            "gaps": FigureCard("gap", self.tr("Business-orientation gaps"), self.cards_box),
        }
        for column, (key, card) in enumerate(self.cards.items()):
            card.setObjectName(f"card_{key}")
            cards.addWidget(card, 0, column)
            cards.setColumnStretch(column, 1)
        self.cards["companies"].clicked.connect(
            lambda: self._show(self._board.companies if self._board else (), self._label("all"))
        )
        self.cards["milestones"].clicked.connect(
            lambda: self._show(
                self._board.with_milestones if self._board else (), self._label("milestones")
            )
        )
        self.cards["overdue"].clicked.connect(
            lambda: self._show(self._board.overdue if self._board else (), self._label("overdue"))
        )
        self.cards["at_risk"].clicked.connect(
            lambda: self._show(self._board.at_risk if self._board else (), self._label("at_risk"))
        )
        self.cards["gaps"].clicked.connect(
            lambda: self._show(self._board.gap_flagged if self._board else (), self._label("gaps"))
        )
        layout.addWidget(self.cards_box)

        # A cohort with nobody in it yet: say so, and where to enrol.
        self.enrol_button = QPushButton(icon("enrol"), self.tr("Enrol companies…"), self)
        self.enrol_button.setToolTip(self.tr("Open the cohort under Programmes and cohorts"))
        self.enrol_button.clicked.connect(self._open_cohort)
        self.no_enrolments = Explanation("enrol", buttons=(self.enrol_button,), parent=self.content)
        self.no_enrolments.setContentsMargins(0, 60, 0, 0)
        self.no_enrolments_heading = self.no_enrolments.heading
        self.no_enrolments_label = self.no_enrolments.text
        offer(
            self.enrol_button,
            self.context.services.permissions.allows(UseCase.MANAGE_ENROLMENTS),
            UseCase.MANAGE_ENROLMENTS,
            hide=True,
        )
        layout.addWidget(self.no_enrolments)

        self.details = QWidget(self.content)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(14)
        self.outcomes_panel = OutcomesPanel(self.context, self.details)
        self.outcomes_panel.companies_wanted.connect(self._show_outcome_companies)
        details.addWidget(self.outcomes_panel)
        middle = QHBoxLayout()
        middle.setSpacing(20)

        self.dimension_model = DimensionModel(self)
        # The bar behind the mean takes the room left over.
        self.dimension_view = _table(
            self.details, self.dimension_model, "dimensionTable", stretch=DimensionModel.COL_MEAN
        )
        self.dimension_view.setItemDelegateForColumn(
            DimensionModel.COL_MEAN,
            LevelBarDelegate(DimensionModel.LevelRole, self.dimension_view),
        )
        self.dimension_view.opened.connect(self._dimension_opened)
        self.dimension_section = _Section("assessment", self.dimension_view, self.details)
        self.dimension_section.setMinimumWidth(340)
        self.dimension_section.setMaximumWidth(440)

        self.at_risk_model = AtRiskModel(self)
        self.at_risk_view = _table(
            self.details,
            self.at_risk_model,
            "atRiskTable",
            stretch=AtRiskModel.COL_REASONS,
            wrap=True,
        )
        self.at_risk_view.opened.connect(lambda: self._open_company(self.at_risk_view))
        self.at_risk_section = _Section("warning", self.at_risk_view, self.details)

        self.gap_model = GapModel(self)
        self.gap_view = _table(
            self.details, self.gap_model, "gapTable", stretch=GapModel.COL_EXPLANATION, wrap=True
        )
        self.gap_view.opened.connect(lambda: self._open_company(self.gap_view))
        self.gap_section = _Section("gap", self.gap_view, self.details)
        # Wrapped rows change height with the column width: fit the tables again once the
        # layout has settled (not from inside the layout pass, which would not see it).
        self._refit_timer = QTimer(self)
        self._refit_timer.setSingleShot(True)
        self._refit_timer.setInterval(0)
        self._refit_timer.timeout.connect(self._refit)
        for view in (self.at_risk_view, self.gap_view):
            view.horizontalHeader().sectionResized.connect(self._refit_timer.start)

        attention = QVBoxLayout()
        attention.setSpacing(18)
        attention.addWidget(self.at_risk_section)
        attention.addWidget(self.gap_section)
        middle.addWidget(self.dimension_section, 0, Qt.AlignmentFlag.AlignTop)
        middle.addLayout(attention, 1)
        middle.setAlignment(attention, Qt.AlignmentFlag.AlignTop)
        details.addLayout(middle)
        self.cohort_charts = CohortCharts(self.context, self.details)
        details.addWidget(self.cohort_charts)

        self.company_model = CohortCompanyModel(self)
        self.company_view = _table(
            self.details,
            self.company_model,
            "cohortCompanyTable",
            stretch=CohortCompanyModel.COL_RISK,
            wrap=True,
            sort_by=(CohortCompanyModel.COL_COMPANY, Qt.SortOrder.AscendingOrder),
        )
        self.company_view.opened.connect(lambda: self._open_company(self.company_view))
        self.company_section = _Section("companies", self.company_view, self.details)
        details.addWidget(self.company_section)
        details.addStretch(1)
        layout.addWidget(self.details)
        layout.addStretch(1)

    def _refit(self) -> None:
        _fit_rows(self.dimension_view, 12)
        _fit_rows(self.at_risk_view, 8)
        _fit_rows(self.gap_view, 8)
        _fit_rows(self.company_view, 20)

    # --- choosing a cohort ----------------------------------------------------------------

    def current_cohort_id(self) -> int | None:
        data = self.cohort_combo.currentData()
        return data if isinstance(data, int) else None

    def select_cohort(self, cohort_id: int) -> None:
        """Show the dashboard of ``cohort_id`` (and remember it for next time)."""
        index = self.cohort_combo.findData(cohort_id)
        if index < 0:
            self.settings.setValue(SETTINGS_KEY, cohort_id)
            self.refresh()
            index = self.cohort_combo.findData(cohort_id)
        if index < 0:
            log.info("no cohort %s to show", cohort_id)
            return
        if index == self.cohort_combo.currentIndex():
            self._load(cohort_id)
        else:
            self.cohort_combo.setCurrentIndex(index)
        self.settings.setValue(SETTINGS_KEY, cohort_id)

    def _remembered(self) -> int | None:
        # What QSettings gives back depends on the format: an int, or the text of one.
        value = self.settings.value(SETTINGS_KEY)
        if isinstance(value, int):
            return value
        try:
            return int(value) if isinstance(value, str) else None
        except ValueError:
            return None

    def _fill_combo(self, cohorts: list[CohortRecord], wanted: int | None) -> None:
        combo = self.cohort_combo
        combo.blockSignals(True)
        combo.clear()
        previous: CohortStatus | None = None
        for cohort in cohorts:
            if previous is CohortStatus.RUNNING and cohort.status is not CohortStatus.RUNNING:
                combo.insertSeparator(combo.count())
            previous = cohort.status
            combo.addItem(icon("cohort"), self._cohort_text(cohort), cohort.id)
            combo.setItemData(
                combo.count() - 1,
                self.tr("{0}, {1} companies").format(cohort.programme_name, cohort.enrolment_count),
                Qt.ItemDataRole.ToolTipRole,
            )
        index = combo.findData(wanted) if wanted is not None else -1
        combo.setCurrentIndex(index if index >= 0 else (0 if cohorts else -1))
        combo.blockSignals(False)

    def _cohort_text(self, cohort: CohortRecord) -> str:
        status = cohort_status_text(cohort.status).lower()
        return f"{cohort.name} · {cohort.programme_name} ({status})"

    def _cohort_chosen(self, _index: int) -> None:
        cohort_id = self.current_cohort_id()
        if cohort_id is None:
            return
        self.settings.setValue(SETTINGS_KEY, cohort_id)
        self._load(cohort_id)

    # --- showing --------------------------------------------------------------------------

    def refresh(self) -> None:
        wanted = self.current_cohort_id() or self._remembered()
        self._cohorts = ordered_cohorts(self.context.services.programmes.list_cohorts())
        self._fill_combo(self._cohorts, wanted)
        has = bool(self._cohorts)
        self.cohort_combo.setEnabled(has)
        self.open_cohort_button.setEnabled(has)
        if not has:
            self._board = None
            self.subtitle_label.setText(
                self.tr("How a cohort is doing: companies, milestones, readiness, attention.")
            )
            self.stack.setCurrentWidget(self.no_cohorts)
            return
        self.stack.setCurrentWidget(self.scroll_area)
        cohort_id = self.current_cohort_id()
        if cohort_id is not None:
            self._load(cohort_id)

    def _load(self, cohort_id: int) -> None:
        try:
            board = self.context.services.overview.cohort_dashboard(cohort_id, today=self._clock())
        except AcceleratorError as error:  # gone under our feet; the next refresh drops it
            log.info("dashboard of cohort %s: %s", cohort_id, error)
            self._board = None
            return
        self._board = board
        self._show_board(board)
        if board.companies:
            self.outcomes_panel.show_cohort(cohort_id, board.cohort.name, board.today)

    @property
    def dashboard(self) -> CohortDashboard | None:
        """What the page shows now (the service's read model)."""
        return self._board

    def _subtitle(self, board: CohortDashboard) -> str:
        c = board.cohort
        today = board.today
        span = f"{format_date(c.start_date)} – {format_date(c.end_date)}"
        if c.status is CohortStatus.RUNNING:
            total = max(1, -(-(c.end_date - c.start_date).days // 7))
            week = min(max(1, (today - c.start_date).days // 7 + 1), total)
            where = self.tr("running, week {0} of {1}").format(week, total)
        elif c.status is CohortStatus.PLANNED:
            where = self.tr("planned")
        else:
            where = self.tr("finished")
        return self.tr("{0} · {1} · {2} · figures as of {3}").format(
            c.programme_name, span, where, format_date(today)
        )

    def _show_board(self, board: CohortDashboard) -> None:
        self.subtitle_label.setText(self._subtitle(board))
        self._show_cards(board)
        empty = not board.companies
        self.no_enrolments.setVisible(empty)
        self.cards_box.setVisible(not empty)
        self.details.setVisible(not empty)
        if empty:
            self.no_enrolments_heading.setText(
                self.tr("No companies in {0} yet").format(board.cohort.name)
            )
            self.no_enrolments_label.setText(
                self.tr(
                    "Enrol companies in the cohort, and their milestones, readiness levels and "
                    "who needs attention appear here."
                )
            )
        self._show_dimensions(board)
        self._show_attention(board)
        self._show_companies(board)
        self.cohort_charts.show_dashboard(board)

    def _show_cards(self, board: CohortDashboard) -> None:
        n = len(board.companies)
        danger = attention_colour(Attention.DANGER, self.palette())
        warning = attention_colour(Attention.WARNING, self.palette())

        by_status = Counter(c.status for c in board.companies)
        counts = []
        if by_status[EnrolmentStatus.ACTIVE]:
            counts.append(self.tr("%n active", "", by_status[EnrolmentStatus.ACTIVE]))
        if by_status[EnrolmentStatus.GRADUATED]:
            counts.append(self.tr("%n graduated", "", by_status[EnrolmentStatus.GRADUATED]))
        if by_status[EnrolmentStatus.WITHDRAWN]:
            counts.append(self.tr("%n withdrawn", "", by_status[EnrolmentStatus.WITHDRAWN]))
        self.cards["companies"].set_figure(
            str(n),
            " · ".join(counts) if counts else self.tr("none enrolled yet"),
            clickable=n > 0,
            tooltip=self._click_hint(n),
        )

        completion = board.completion
        ratio = completion.ratio
        self.cards["milestones"].set_figure(
            self.tr("{0} of {1}").format(completion.done, completion.applicable),
            self.tr("{0} done").format(format_percent(ratio))
            if ratio is not None
            else self.tr("no milestones"),
            clickable=bool(board.with_milestones),
            tooltip=self._click_hint(len(board.with_milestones)),
        )
        self.cards["milestones"].set_progress(completion.done, completion.applicable)

        overdue_companies = len(board.overdue)
        self.cards["overdue"].set_figure(
            str(completion.overdue),
            self.tr("at {0} companies").format(overdue_companies)
            if overdue_companies > 1
            else self.tr("at 1 company")
            if overdue_companies == 1
            else self.tr("nothing overdue"),
            colour=danger if completion.overdue else None,
            clickable=overdue_companies > 0,
            tooltip=self._click_hint(overdue_companies),
        )

        finished = board.cohort.status is CohortStatus.FINISHED
        at_risk = len(board.at_risk)
        unassessed = sum(1 for c in board.companies if not_assessed(c))
        self.cards["at_risk"].set_figure(
            str(at_risk),
            self.tr("not followed after the cohort finished")
            if finished
            else self.tr("of {0} companies").format(n)
            if at_risk
            else self.tr("nobody at risk; {0} not assessed yet").format(unassessed)
            if unassessed
            else self.tr("nobody at risk"),
            colour=danger if at_risk else None,
            clickable=at_risk > 0,
            tooltip=self._click_hint(at_risk),
        )

        gaps = len(board.gap_flagged)
        self.cards["gaps"].set_figure(
            str(gaps),
            self.tr("technology {0}+ levels ahead").format(f"{GAP_THRESHOLD:g}")
            if gaps
            else self.tr("none flagged"),
            colour=warning if gaps else None,
            clickable=gaps > 0,
            tooltip=self.tr(
                "Technology {0} or more levels ahead of the mean of customer and business "
                "model: a strong product without a validated market. {1}"
            ).format(f"{GAP_THRESHOLD:g}", self._click_hint(gaps)),
        )

    def _click_hint(self, count: int) -> str:
        if count == 0:
            return self.tr("No companies behind this figure")
        if count == 1:
            return self.tr("Open the company behind this figure")
        return self.tr("Show these {0} companies in the company list").format(count)

    def _show_dimensions(self, board: CohortDashboard) -> None:
        rows = [
            DimensionRow(
                key=d.key,
                name=d.name,
                mean=board.mean_levels.get(d.key),
                change=board.mean_change.get(d.key),
                scored=len(board.scored_on(d.key)),
                with_baseline=len(board.changed_on(d.key)),
            )
            for d in board.dimensions
        ]
        self.dimension_model.set_rows(rows)
        self.dimension_section.set_heading(self.tr("Readiness by dimension"))
        assessed = any(r.mean is not None for r in rows)
        self.dimension_section.show_table(
            len(rows) if assessed else 0,
            self.tr(
                "No assessments in this cohort yet. The mean level per dimension, and the "
                "change since the baseline, appear after the mentors' first assessments."
            ),
        )

    def _show_attention(self, board: CohortDashboard) -> None:
        at_risk = board.at_risk
        self.at_risk_model.set_rows(at_risk)
        finished = board.cohort.status is CohortStatus.FINISHED
        self.at_risk_section.set_heading(
            self.tr("At risk ({0})").format(len(at_risk)) if at_risk else self.tr("At risk")
        )
        unassessed = sum(1 for c in board.companies if not_assessed(c))
        if finished:
            note = self.tr("Risk is followed while a cohort runs; this cohort has finished.")
        elif unassessed == len(board.companies):
            # "Every one has a recent assessment" would be untrue of these.
            note = self.tr("No company is assessed yet: nothing is known of their levels.")
        elif unassessed:
            note = self.tr(
                "Nothing is overdue and no levels fell, but {0} of {1} companies are not "
                "assessed yet: their levels are not known."
            ).format(unassessed, len(board.companies))
        else:
            note = self.tr(
                "No company is at risk: every one has a recent assessment, nothing overdue "
                "and no falling levels."
            )
        self.at_risk_section.show_table(len(at_risk), note)

        gaps = board.gap_flagged
        self.gap_model.set_rows(gaps)
        self.gap_section.set_heading(
            self.tr("Business-orientation gap ({0})").format(len(gaps))
            if gaps
            else self.tr("Business-orientation gap"),
        )
        self.gap_section.show_table(
            len(gaps),
            self.tr(
                "No gap flagged: no company's technology is {0} or more levels ahead of the "
                "mean of its customer and business-model levels."
            ).format(f"{GAP_THRESHOLD:g}"),
        )

    def _show_companies(self, board: CohortDashboard) -> None:
        self.company_model.set_today(board.today)
        self.company_model.set_rows(board.companies)  # in the order the person sorted by
        self.company_section.set_heading(
            self.tr("Companies in {0} ({1})").format(board.cohort.name, len(board.companies)),
        )
        self.company_section.show_table(len(board.companies), "")
        for view in (self.dimension_view, self.at_risk_view, self.gap_view, self.company_view):
            _fit_columns(view)
        self._refit_timer.start()

    # --- clicking through -----------------------------------------------------------------

    def _label(self, what: str) -> str:
        name = self._board.cohort.name if self._board else ""
        return {
            "all": self.tr("enrolled in {0}"),
            "milestones": self.tr("with milestones in {0}"),
            "overdue": self.tr("with overdue milestones in {0}"),
            "at_risk": self.tr("at risk in {0}"),
            "gaps": self.tr("with a business-orientation gap in {0}"),
        }[what].format(name)

    def _show(self, companies: Sequence[EnrolmentSummary], label: str) -> None:
        """The companies behind a figure: one opens at its enrolment, more are listed."""
        if not companies:
            return
        if len(companies) == 1:
            only = companies[0]
            self.context.navigator.open_company(only.company_id, only.enrolment_id)
            return
        self.context.navigator.show_companies([c.company_id for c in companies], label)

    def _show_outcome_companies(self, rows: Sequence[CompanyOutcome], label: str) -> None:
        """The companies behind an outcome: one opens at its enrolment, more are listed."""
        if len(rows) == 1:
            self.context.navigator.open_company(rows[0].company_id, rows[0].enrolment_id)
        elif rows:
            self.context.navigator.show_companies([r.company_id for r in rows], label)

    def _open_company(self, view: RecordTable[EnrolmentSummary]) -> None:
        summary = view.selected()
        if summary is not None:
            self.context.navigator.open_company(summary.company_id, summary.enrolment_id)

    def _dimension_opened(self) -> None:
        row = self.dimension_view.selected()
        if row is None or self._board is None:
            return
        self._show(
            self._board.scored_on(row.key),
            self.tr("scored on {0} in {1}").format(row.name, self._board.cohort.name),
        )

    def _open_cohort(self) -> None:
        cohort_id = self.current_cohort_id()
        if cohort_id is not None:
            self.context.navigator.open_cohort(cohort_id)

    def _go_to_programmes(self) -> None:
        go = getattr(self.context.navigator, "go", None)
        if callable(go):
            go("programmes")
