"""Reports: choose a cohort, company, event, member or joint projects' report, generate it in the
background, look at it in the window, then save, print or open it in the system's PDF
viewer.

The PDF is built by ``ReportingService`` in the background (``ui.background``); the window stays
responsive and the build can be cancelled. The bytes stay in memory until the person
saves them (atomically: the old file or the whole new one, never half).

A report is in the language chosen on the page (the window's, unless the person picks the
other): its every word, date and number, and the title that names its file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, Unpack

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from accelerator import i18n
from accelerator.domain.enums import EventKind, in_words
from accelerator.errors import AcceleratorError
from accelerator.i18n import in_context, translate
from accelerator.reports.data import KICKOFF, PageSize
from accelerator.reports.layout import ReportCancelled
from accelerator.services.annual_report import AnnualReportService
from accelerator.services.atomic import atomic_write_bytes
from accelerator.services.cluster_reports import ClusterReportService
from accelerator.services.collab_reports import (
    FIRST_YEAR,
    LAST_YEAR,
    CollaborationReportService,
)
from accelerator.services.permissions import UseCase
from accelerator.services.records import (
    ClusterRecord,
    CohortRecord,
    EnrolmentRecord,
    EventRecord,
)
from accelerator.services.reporting import BuildOptions, Period, ReportingService, ReportPlan
from accelerator.ui.background import Background, Cancelled, Progress
from accelerator.ui.context import AppContext
from accelerator.ui.file_dialogs import FileKind, save_file
from accelerator.ui.kit import bold, cohort_status_text, format_date, muted_label
from accelerator.ui.kit.icons import icon
from accelerator.ui.operations import Data
from accelerator.ui.pages.base import Page
from accelerator.ui.pages.dashboard import ordered_cohorts
from accelerator.ui.translator import OWN_NAMES
from accelerator.ui.widgets.date_field import DateField, dates_understood, months_before
from accelerator.ui.widgets.report_preview import ReportPreview

_tr = in_context("ReportsPage")

log = logging.getLogger(__name__)

#: The width of the column of choices beside the preview.
OPTIONS_WIDTH = 340

COHORT_REPORT = "cohort"
COMPANY_REPORT = "company"
EVENT_REPORT = "event"
MEMBER_REPORT = "members"
MEETING_PLAN = "meetings"
COLLABORATION_REPORT = "collaboration"
ANNUAL_REPORT = "annual"
#: The member register's choice of every cluster, in its cluster list.
EVERY_CLUSTER = -1
_UNSAFE_IN_FILE_NAMES = str.maketrans({c: "-" for c in '/\\:*?"<>|'})


@dataclass(frozen=True)
class GeneratedReport:
    """A report built for the preview: what it is, and its PDF."""

    kind: str
    title: str  # "Autumn 2026 – cohort report"
    pdf: bytes

    @property
    def file_name(self) -> str:
        return f"{self.title.translate(_UNSAFE_IN_FILE_NAMES)}.pdf"


class _BuildsPdf(Protocol):
    """The reporting service's way to a report's PDF: the cohort's, or an enrolment's."""

    def __call__(self, record_id: int, /, **options: Unpack[BuildOptions]) -> bytes: ...


class ReportsPage(Page):
    """Company and cohort progress reports, an event's report and the member register,
    previewed in the window."""

    # Assessments too: the first one turns a cohort's kick-off report into a progress report.
    shows = (
        Data.PROGRAMMES,
        Data.COHORTS,
        Data.COMPANIES,
        Data.ENROLMENTS,
        Data.ASSESSMENTS,
        Data.CLUSTERS,
        Data.EVENTS,
        Data.PROJECTS,
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._cohorts: list[CohortRecord] = []
        self._enrolments: dict[int, list[EnrolmentRecord]] = {}  # company id -> newest first
        self._events: list[EventRecord] = []  # the latest first
        self._clusters: list[ClusterRecord] = []
        self._generating = Background(self)
        self._cancel_requested = False
        self._report: GeneratedReport | None = None
        self._workbook: bytes | None = None  # the annual report's, with its PDF
        self._pending_workbook: list[bytes] = []  # handed over by the background build
        self._pending: tuple[str, str] = ("", "")  # the kind and title being generated
        self._viewer_folder: Path | None = None
        # Which report the choice would print: (what was asked, the sentence saying so).
        self._plan: tuple[tuple[object, ...], str] | None = None

        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 14, 16, 10)
        outer.setSpacing(16)
        # The choices scroll where a short window (or bokmål's longer words) cannot show
        # them all, rather than squeezing their labels.
        options = QScrollArea(self)
        options.setObjectName("reportOptions")
        options.setFrameShape(QFrame.Shape.NoFrame)
        options.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        options.setWidgetResizable(True)
        options.setWidget(self._build_options())
        options.setFixedWidth(OPTIONS_WIDTH + options.verticalScrollBar().sizeHint().width())
        outer.addWidget(options, 0)
        outer.addWidget(self._build_preview_side(), 1)
        self._kind_changed()

    # --- building -----------------------------------------------------------------------

    def _build_options(self) -> QWidget:
        panel = QWidget(self)
        panel.setFixedWidth(OPTIONS_WIDTH)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(bold(QLabel(self.tr("Reports"), panel), 1.6))
        intro = muted_label(
            self.tr(
                "Reports as PDF: a cohort's or one company's progress for steering groups "
                "and funders, an event's attendance, the member register, and a year's joint "
                "projects with the collaboration map."
            ),
            panel,
        )
        layout.addWidget(intro)
        layout.addSpacing(6)

        layout.addWidget(bold(QLabel(self.tr("Report"), panel)))
        self.cohort_radio = QRadioButton(self.tr("C&ohort report"), panel)
        self.company_radio = QRadioButton(self.tr("Compan&y report"), panel)
        self.company_radio.setObjectName("companyReport")
        # The radios are always shown: their letters are ones nothing else on the page or in
        # the menus takes, in English and in bokmål (D and B; M and D in bokmål).
        self.event_radio = QRadioButton(self.tr("Event atten&dance"), panel)
        self.event_radio.setObjectName("eventReport")
        self.members_radio = QRadioButton(self.tr("Mem&ber register"), panel)
        self.members_radio.setObjectName("memberReport")
        self.meetings_radio = QRadioButton(self.tr("Meeting pl&an"), panel)
        self.meetings_radio.setObjectName("meetingPlan")
        self.meetings_radio.setToolTip(
            self.tr("An event's meetings to print and pin up, and each organisation's own")
        )
        self.collaboration_radio = QRadioButton(self.tr("&Joint projects"), panel)
        self.collaboration_radio.setObjectName("collaborationReport")
        self.collaboration_radio.setToolTip(
            self.tr(
                "A year's joint projects by status, strategic area and pair of clusters, their "
                "funding by scheme, the list of them and the collaboration map"
            )
        )
        # U in English, Y in bokmål ("Kl&yngens årsrapport"): letters no other choice takes.
        self.annual_radio = QRadioButton(self.tr("Ann&ual report"), panel)
        self.annual_radio.setObjectName("annualReport")
        self.annual_radio.setToolTip(
            self.tr(
                "The year of our clusters (or of one) for the funder: members, events, "
                "meetings, joint projects and funding, the programmes' outcomes, mentor hours "
                "and the members' figures, with a workbook of the records behind every figure"
            )
        )
        self.kind_group = QButtonGroup(panel)
        self._kinds = {
            COHORT_REPORT: self.cohort_radio,
            COMPANY_REPORT: self.company_radio,
            EVENT_REPORT: self.event_radio,
            MEETING_PLAN: self.meetings_radio,
            MEMBER_REPORT: self.members_radio,
            COLLABORATION_REPORT: self.collaboration_radio,
            ANNUAL_REPORT: self.annual_radio,
        }
        self.cohort_radio.setChecked(True)
        for radio in self._kinds.values():
            self.kind_group.addButton(radio)
            radio.toggled.connect(self._kind_changed)
            layout.addWidget(radio)

        # One page of choices per kind of report.
        self.chooser_stack = QStackedWidget(panel)
        cohort_form = self._chooser()
        self.cohort_combo = self._choice(
            cohort_form, self.tr("&Cohort:"), "reportCohort", self._update_state
        )
        company_form = self._chooser()
        self.company_combo = self._choice(
            company_form, self.tr("Com&pany:"), "reportCompany", self._company_changed
        )
        self.enrolment_combo = self._choice(
            company_form, self.tr("I&n cohort:"), "reportEnrolment", self._update_state
        )
        # The letters below are those of options an event or the register does not take
        # (the period, confidential notes), hidden while these are chosen: N, T; A, L, T.
        event_form = self._chooser()
        # The label above the choice: an event's title takes the panel's width.
        event_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.event_combo = self._choice(
            event_form, self.tr("Eve&nt:"), "reportEvent", self._update_state
        )
        members_form = self._chooser()
        self.cluster_combo = self._choice(
            members_form, self.tr("Clus&ter:"), "reportCluster", self._update_state
        )
        self.member_day = DateField(members_form.parentWidget(), dt.date.today())
        self.member_day.setObjectName("reportMemberDay")
        self.member_day.setToolTip(self.tr("The register as it stood on this day."))
        self.member_day.dateChanged.connect(self._update_state)
        members_form.addRow(self._form_label(self.tr("O&n day:"), self.member_day), self.member_day)
        # I and T: the letters of Internal and To, hidden while this is chosen.
        collaboration_form = self._chooser()
        self.collaboration_year = QSpinBox(collaboration_form.parentWidget())
        self.collaboration_year.setObjectName("reportYear")
        self.collaboration_year.setRange(FIRST_YEAR, LAST_YEAR)
        self.collaboration_year.setValue(dt.date.today().year)
        self.collaboration_year.setToolTip(
            self.tr("The projects active in this year: running in it, or reaching a status in it.")
        )
        self.collaboration_year.valueChanged.connect(self._update_state)
        collaboration_form.addRow(
            self._form_label(self.tr("&In year:"), self.collaboration_year),
            self.collaboration_year,
        )
        self.collaboration_cluster_combo = self._choice(
            collaboration_form,
            self.tr("Clus&ter:"),
            "reportCollaborationCluster",
            self._update_state,
        )
        # The letters of the year and the cluster are the joint projects' (on a page of its
        # own); the hourly rate takes M (From, hidden) or T in bokmål (To and Day, hidden).
        annual_form = self._chooser()
        self.annual_year = QSpinBox(annual_form.parentWidget())
        self.annual_year.setObjectName("reportAnnualYear")
        self.annual_year.setRange(FIRST_YEAR, LAST_YEAR)
        self.annual_year.setValue(dt.date.today().year)
        self.annual_year.setToolTip(self.tr("The year reported on, 1 January to 31 December."))
        self.annual_year.valueChanged.connect(self._update_state)
        annual_form.addRow(
            self._form_label(self.tr("&In year:"), self.annual_year), self.annual_year
        )
        self.annual_cluster_combo = self._choice(
            annual_form, self.tr("Clus&ter:"), "reportAnnualCluster", self._update_state
        )
        self.hourly_rate = QSpinBox(annual_form.parentWidget())
        self.hourly_rate.setObjectName("reportHourlyRate")
        self.hourly_rate.setRange(0, 100_000)
        self.hourly_rate.setSingleStep(50)
        self.hourly_rate.setSpecialValueText(self.tr("hours only"))
        self.hourly_rate.setSuffix(self.tr(" kr"))
        self.hourly_rate.setToolTip(
            self.tr(
                "What an hour of mentoring is worth as an in-kind contribution; the report "
                "then gives the mentor hours in kroner too."
            )
        )
        self.hourly_rate.valueChanged.connect(self._update_state)
        annual_form.addRow(
            self._form_label(self.tr("&Mentor hour:"), self.hourly_rate), self.hourly_rate
        )
        layout.addWidget(self.chooser_stack)
        self.chosen_label = muted_label("", panel)
        self.chosen_label.setObjectName("reportChosen")
        layout.addWidget(self.chosen_label)
        layout.addSpacing(6)

        layout.addWidget(bold(QLabel(self.tr("Options"), panel)))
        options = QFormLayout()
        options.setContentsMargins(0, 0, 0, 0)
        self.page_size_combo = QComboBox(panel)
        self.page_size_combo.setObjectName("reportPageSize")
        self.page_size_combo.addItem(self.tr("A4"), "A4")
        self.page_size_combo.addItem(self.tr("Letter"), "Letter")
        options.addRow(
            self._form_label(self.tr("Page si&ze:"), self.page_size_combo), self.page_size_combo
        )
        # A report's language is its own: a Norwegian coordinator prints an English company
        # report for a foreign investor. Each language by its own name.
        self.language_combo = QComboBox(panel)
        self.language_combo.setObjectName("reportLanguage")
        for code in ("nb", "en"):
            self.language_combo.addItem(OWN_NAMES[code], code)
        self.language_combo.setCurrentIndex(
            max(self.language_combo.findData(i18n.current_language()), 0)
        )
        self.language_combo.setToolTip(
            self.tr(
                "The language of the report: its every heading, date and number, and its "
                "file name. The window keeps its own."
            )
        )
        options.addRow(
            self._form_label(self.tr("&Language:"), self.language_combo), self.language_combo
        )
        # An optional period: levels as they stood at its end, notes from within it.
        self.period_from_check = QCheckBox(self.tr("Fro&m"), panel)
        today = dt.date.today()
        self.period_from = DateField(panel, months_before(today, 3))
        self.period_to_check = QCheckBox(self.tr("&To"), panel)
        self.period_to = DateField(panel, today)
        for check, edit in (
            (self.period_from_check, self.period_from),
            (self.period_to_check, self.period_to),
        ):
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            # The period can turn a progress report into a kick-off: say so at once.
            check.toggled.connect(self._update_state)
            edit.dateChanged.connect(self._update_state)
            check.setToolTip(
                self.tr(
                    "Limit the report to a period: levels as they stood at its end, and the "
                    "notes and next steps of the assessments made within it."
                )
            )
            options.addRow(check, edit)
        self._options = options
        layout.addLayout(options)
        self.confidential_check = QCheckBox(self.tr("&Internal: include confidential notes"), panel)
        self.confidential_check.setObjectName("reportConfidential")
        self.confidential_check.setToolTip(
            self.tr(
                "Adds the notes of confidential assessments; every page is then marked "
                "Internal. Only coordinators may print these."
            )
        )
        self.confidential_check.setVisible(self._is_coordinator())
        layout.addWidget(self.confidential_check)
        layout.addSpacing(8)

        self.kind_label = QLabel(panel)
        self.kind_label.setObjectName("reportKind")
        self.kind_label.setWordWrap(True)
        layout.addWidget(self.kind_label)

        self.generate_button = QPushButton(icon("reports"), self.tr("&Generate"), panel)
        self.generate_button.setObjectName("generateReport")
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        layout.addWidget(self.generate_button)

        progress_row = QHBoxLayout()
        self.progress_bar = QProgressBar(panel)
        self.progress_bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), panel)
        self.cancel_button.setObjectName("cancelReport")
        self.cancel_button.clicked.connect(self.cancel)
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_row = QWidget(panel)
        self.progress_row.setLayout(progress_row)
        progress_row.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress_row)

        self.message_label = QLabel(panel)
        self.message_label.setObjectName("reportMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message_label)

        line = QFrame(panel)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        self.save_button = QPushButton(icon("save"), self.tr("&Save as…"), panel)
        self.save_button.setObjectName("saveReport")
        self.save_button.clicked.connect(self.save_as)
        self.print_button = QPushButton(icon("print"), self.tr("P&rint…"), panel)
        self.print_button.clicked.connect(self.print_report)
        self.viewer_button = QPushButton(
            icon("mdi6.open-in-new"), self.tr("Open in PDF vie&wer"), panel
        )
        self.viewer_button.clicked.connect(self.open_in_viewer)
        # The annual report's workbook, read with its PDF: K, A in bokmål.
        self.save_workbook_button = QPushButton(icon("save"), self.tr("Save wor&kbook…"), panel)
        self.save_workbook_button.setObjectName("saveWorkbook")
        self.save_workbook_button.setToolTip(
            self.tr(
                "The report's tables and, for every figure, the records it was counted from, "
                "as an Excel workbook: the same numbers as the PDF."
            )
        )
        self.save_workbook_button.clicked.connect(self.save_workbook)
        for button in (
            self.save_button,
            self.save_workbook_button,
            self.print_button,
            self.viewer_button,
        ):
            layout.addWidget(button)
        layout.addStretch(1)
        return panel

    def _chooser(self) -> QFormLayout:
        box = QWidget(self.chooser_stack)
        form = QFormLayout(box)
        form.setContentsMargins(0, 4, 0, 0)
        self.chooser_stack.addWidget(box)
        return form

    def _choice(
        self, form: QFormLayout, label: str, name: str, changed: Callable[[], None]
    ) -> QComboBox:
        combo = QComboBox(form.parentWidget())
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        combo.currentIndexChanged.connect(changed)
        form.addRow(self._form_label(label, combo), combo)
        return combo

    def _form_label(self, text: str, buddy: QWidget) -> QLabel:
        # One width for the labels of the separate forms, so that their fields line up.
        label = QLabel(text, buddy.parentWidget())
        label.setBuddy(buddy)
        label.setMinimumWidth(80)
        return label

    def _build_preview_side(self) -> QWidget:
        self.preview_stack = QStackedWidget(self)
        self.empty_label = QLabel(self.preview_stack)
        self.empty_label.setObjectName("reportEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(40)
        self.preview_stack.addWidget(self.empty_label)
        self.preview = ReportPreview(self.preview_stack)
        self.preview_stack.addWidget(self.preview)
        return self.preview_stack

    # --- Page -----------------------------------------------------------------------------

    @property
    def title(self) -> str:
        return self.tr("Reports")

    def refresh(self) -> None:
        """Read the cohorts and enrolments again, keeping what was chosen."""
        self._plan = None  # an assessment may have been logged since
        cohort_id = self.selected_cohort_id()
        company_id = self.selected_company_id()
        enrolment_id = self.selected_enrolment_id()
        services = self.context.services
        self._cohorts = ordered_cohorts(services.programmes.list_cohorts())
        self._enrolments = {}
        for enrolment in services.enrolments.list_enrolments():
            self._enrolments.setdefault(enrolment.company_id, []).append(enrolment)
        for rows in self._enrolments.values():
            rows.sort(key=lambda e: e.joined_on, reverse=True)

        with _quiet(self.cohort_combo):
            self.cohort_combo.clear()
            for cohort in self._cohorts:
                self.cohort_combo.addItem(cohort.name, cohort.id)
            _select(self.cohort_combo, cohort_id)
        with _quiet(self.company_combo):
            self.company_combo.clear()
            firsts = sorted(
                (rows[0] for rows in self._enrolments.values()),
                key=lambda e: e.company_name.casefold(),
            )
            for enrolment in firsts:
                self.company_combo.addItem(enrolment.company_name, enrolment.company_id)
            _select(self.company_combo, company_id)
        self._fill_enrolments(enrolment_id)
        self._refresh_cluster_choices()
        self._update_state()

    def _refresh_cluster_choices(self) -> None:
        """The events (the latest first) and the clusters, keeping what was chosen."""
        event_id = self.selected_event_id()
        cluster_id = self.cluster_combo.currentData()
        services = self.context.services
        self._events = sorted(
            services.events.list_events(), key=lambda e: (e.starts_at, e.id), reverse=True
        )
        self._clusters = services.clusters.list_clusters()
        with _quiet(self.event_combo):
            self.event_combo.clear()
            # The title, with its day where another event has the same one; the line under
            # the choice says when it is.
            titles = Counter(e.title.casefold() for e in self._events)
            for event in self._events:
                text = event.title
                if titles[event.title.casefold()] > 1:
                    text = f"{event.title} · {format_date(event.starts_at.date())}"
                self.event_combo.addItem(text, event.id)
            _select(self.event_combo, event_id)
            # Its list as wide as the longest title, up to half the screen.
            metrics = self.event_combo.fontMetrics()
            widest = max(
                (metrics.horizontalAdvance(self.event_combo.itemText(i)) for i in
                 range(self.event_combo.count())),
                default=0,
            )  # fmt: skip
            self.event_combo.view().setMinimumWidth(min(widest + 40, 640))
        collaboration_cluster = self.collaboration_cluster_combo.currentData()
        annual_cluster = self.annual_cluster_combo.currentData()
        for combo, chosen, every in (
            (self.cluster_combo, cluster_id, self.tr("Every cluster")),
            (self.collaboration_cluster_combo, collaboration_cluster, self.tr("Every cluster")),
            (self.annual_cluster_combo, annual_cluster, self.tr("Our clusters")),
        ):
            with _quiet(combo):
                combo.clear()
                combo.addItem(every, EVERY_CLUSTER)
                for cluster in self._clusters:
                    combo.addItem(cluster.name, cluster.id)
                _select(combo, chosen if isinstance(chosen, int) else None)

    # --- public -----------------------------------------------------------------------------

    def selected_cohort_id(self) -> int | None:
        data = self.cohort_combo.currentData()
        return data if isinstance(data, int) else None

    def selected_company_id(self) -> int | None:
        data = self.company_combo.currentData()
        return data if isinstance(data, int) else None

    def selected_enrolment_id(self) -> int | None:
        data = self.enrolment_combo.currentData()
        return data if isinstance(data, int) else None

    def selected_event_id(self) -> int | None:
        data = self.event_combo.currentData()
        return data if isinstance(data, int) else None

    def selected_cluster_id(self) -> int | None:
        """The cluster of the member register; None for every cluster."""
        data = self.cluster_combo.currentData()
        return data if isinstance(data, int) and data != EVERY_CLUSTER else None

    def selected_collaboration_cluster_id(self) -> int | None:
        """The cluster of the joint projects' report; None for every cluster."""
        data = self.collaboration_cluster_combo.currentData()
        return data if isinstance(data, int) and data != EVERY_CLUSTER else None

    def selected_annual_cluster_id(self) -> int | None:
        """The cluster of the annual report; None for our clusters."""
        data = self.annual_cluster_combo.currentData()
        return data if isinstance(data, int) and data != EVERY_CLUSTER else None

    def workbook(self) -> bytes | None:
        """The annual report's workbook, read with the PDF in the preview, if any."""
        return self._workbook

    def report_kind(self) -> str:
        return next(
            (kind for kind, radio in self._kinds.items() if radio.isChecked()), COHORT_REPORT
        )

    def _cluster_kind(self) -> bool:
        """Whether an event report or the member register is chosen: neither has a period
        nor confidential notes."""
        return self.report_kind() in (
            EVENT_REPORT,
            MEETING_PLAN,
            MEMBER_REPORT,
            COLLABORATION_REPORT,
            ANNUAL_REPORT,
        )

    def report_language(self) -> str:
        """The language the report is written in: "nb" or "en"."""
        data = self.language_combo.currentData()
        return data if isinstance(data, str) else i18n.current_language()

    def report(self) -> GeneratedReport | None:
        """The report in the preview, if any."""
        return self._report

    def is_generating(self) -> bool:
        return self._generating.busy()

    def open_cohort_report(self, cohort_id: int) -> None:
        """Choose the cohort report of ``cohort_id``."""
        self._ensure_fresh()
        self.cohort_radio.setChecked(True)
        _select(self.cohort_combo, cohort_id)
        self._update_state()
        self.generate_button.setFocus()

    def open_company_report(self, enrolment_id: int) -> None:
        """Choose the report of one company in one cohort (its enrolment)."""
        self._ensure_fresh()
        company_id = next(
            (
                cid
                for cid, rows in self._enrolments.items()
                if any(e.id == enrolment_id for e in rows)
            ),
            None,
        )
        self.company_radio.setChecked(True)
        if company_id is not None:
            _select(self.company_combo, company_id)
            self._fill_enrolments(enrolment_id)
        self._update_state()
        self.generate_button.setFocus()

    def open_event_report(self, event_id: int) -> None:
        """Choose the report of the event ``event_id``."""
        self._ensure_fresh()
        self.event_radio.setChecked(True)
        _select(self.event_combo, event_id)
        self._update_state()
        self.generate_button.setFocus()

    def open_meeting_plan(self, event_id: int | None) -> None:
        """Choose the meeting plan of the event ``event_id`` (None: the one chosen)."""
        self._ensure_fresh()
        self.meetings_radio.setChecked(True)
        if event_id is not None:
            _select(self.event_combo, event_id)
        self._update_state()
        self.generate_button.setFocus()

    def open_member_report(self, cluster_id: int | None = None) -> None:
        """Choose the member register, of ``cluster_id`` or of every cluster."""
        self._ensure_fresh()
        self.members_radio.setChecked(True)
        _select(self.cluster_combo, EVERY_CLUSTER if cluster_id is None else cluster_id)
        self._update_state()
        self.generate_button.setFocus()

    def open_collaboration_report(self, year: int, cluster_id: int | None = None) -> None:
        """Choose the joint projects' report of ``year``, of ``cluster_id`` or of every
        cluster."""
        self._ensure_fresh()
        self.collaboration_radio.setChecked(True)
        self.collaboration_year.setValue(year)
        _select(
            self.collaboration_cluster_combo, EVERY_CLUSTER if cluster_id is None else cluster_id
        )
        self._update_state()
        self.generate_button.setFocus()

    def open_annual_report(self, year: int, cluster_id: int | None = None) -> None:
        """Choose the annual report of ``year``, of ``cluster_id`` or of our clusters."""
        self._ensure_fresh()
        self.annual_radio.setChecked(True)
        self.annual_year.setValue(year)
        _select(self.annual_cluster_combo, EVERY_CLUSTER if cluster_id is None else cluster_id)
        self._update_state()
        self.generate_button.setFocus()

    def choose_company(self, company_id: int) -> None:
        """Choose the report of ``company_id`` in its most recent cohort."""
        self._ensure_fresh()
        rows = self._enrolments.get(company_id)
        if rows:
            self.open_company_report(rows[0].id)

    # --- generating -------------------------------------------------------------------------

    def period(self) -> Period | None:
        """The period chosen under Options, or None for the whole record."""
        start = self.period_from.date() if self.period_from_check.isChecked() else None
        end = self.period_to.date() if self.period_to_check.isChecked() else None
        return None if start is None and end is None else Period(start, end)

    def generate(self) -> None:
        """Build the chosen report in the background; the preview shows it when done."""
        if self._generating.busy():
            return
        if self._cluster_kind():
            self._generate_cluster_report()
            return
        if not dates_understood(self.period_from, self.period_to):
            return  # a ticked date that is not a date says why beneath itself
        page_size = self.page_size_combo.currentData()
        period = self.period()
        confidential = self._is_coordinator() and self.confidential_check.isChecked()
        language = self.report_language()
        reporting = self.context.services.reporting
        if self.report_kind() == COHORT_REPORT:
            cohort_id = self.selected_cohort_id()
            if cohort_id is None:
                return
            plan = self._cohort_plan(cohort_id, period)
            title = self._title(
                KICKOFF if plan is not None and plan.kind == KICKOFF else COHORT_REPORT,
                language,
                confidential,
            )
            build: _BuildsPdf = reporting.cohort_report_pdf
            chosen = cohort_id
        else:
            enrolment_id = self.selected_enrolment_id()
            if enrolment_id is None:
                return
            title = self._title(COMPANY_REPORT, language, confidential)
            build = reporting.company_report_pdf
            chosen = enrolment_id

        def work(progress: Progress, cancelled: Cancelled) -> bytes:
            return build(
                chosen,
                page_size=page_size,
                include_confidential=confidential,
                progress=progress,
                cancelled=cancelled,
                period=period,
                language=language,
            )

        self._start(title, work)

    def _start(self, title: str, work: Callable[[Progress, Cancelled], bytes]) -> None:
        self._pending = (self.report_kind(), title)
        self._set_report(None)
        self._cancel_requested = False
        self.progress_bar.setRange(0, 0)  # busy until the first step is reported
        self._set_message(self.tr("Generating {0}…").format(title))
        log.info("generating %s", title)
        self._generating.start(work, self._generated, self._failed, progress=self._progressed)
        self._update_state()

    def _generate_cluster_report(self) -> None:
        """An event's report or the member register, built in the background."""
        page_size = self.page_size_combo.currentData()
        language = self.report_language()
        reports = ClusterReportService(self.context.services.db, self.context.services.actor)
        if self.report_kind() in (EVENT_REPORT, MEETING_PLAN):
            event_id = self.selected_event_id()
            if event_id is None:
                return
            if self.report_kind() == MEETING_PLAN:

                def plan(progress: Progress, cancelled: Cancelled) -> bytes:
                    return reports.meeting_plan_pdf(
                        event_id,
                        page_size=page_size,
                        language=language,
                        progress=progress,
                        cancelled=cancelled,
                    )

                self._start(self._cluster_title(MEETING_PLAN, language), plan)
                return

            def work(progress: Progress, cancelled: Cancelled) -> bytes:
                return reports.event_report_pdf(
                    event_id,
                    page_size=page_size,
                    language=language,
                    progress=progress,
                    cancelled=cancelled,
                )

            self._start(self._cluster_title(EVENT_REPORT, language), work)
            return
        if self.report_kind() == ANNUAL_REPORT:
            self._generate_annual_report(page_size, language)
            return
        if self.report_kind() == COLLABORATION_REPORT:
            year = self.collaboration_year.value()
            collaboration_cluster = self.selected_collaboration_cluster_id()
            collaboration = CollaborationReportService(
                self.context.services.db, self.context.services.actor
            )

            def projects(progress: Progress, cancelled: Cancelled) -> bytes:
                return collaboration.collaboration_report_pdf(
                    year,
                    collaboration_cluster,
                    page_size=page_size,
                    language=language,
                    progress=progress,
                    cancelled=cancelled,
                )

            self._start(self._cluster_title(COLLABORATION_REPORT, language), projects)
            return
        if not dates_understood(self.member_day):
            return
        on, cluster_id = self.member_day.date(), self.selected_cluster_id()

        def register(progress: Progress, cancelled: Cancelled) -> bytes:
            return reports.member_report_pdf(
                on=on,
                cluster_id=cluster_id,
                page_size=page_size,
                language=language,
                progress=progress,
                cancelled=cancelled,
            )

        self._start(self._cluster_title(MEMBER_REPORT, language), register)

    def _generate_annual_report(self, page_size: PageSize, language: str) -> None:
        """The annual report's PDF and its workbook, from one reading, in the background;
        the preview shows the PDF and Save workbook… saves the other."""
        year = self.annual_year.value()
        cluster_id = self.selected_annual_cluster_id()
        rate = self.hourly_rate.value() or None
        annual = AnnualReportService(self.context.services.db, self.context.services.actor)
        handed = self._pending_workbook = []

        def work(progress: Progress, cancelled: Cancelled) -> bytes:
            pdf, workbook = annual.annual_report_files(
                year,
                cluster_id,
                page_size=page_size,
                language=language,
                hourly_rate=rate,
                progress=progress,
                cancelled=cancelled,
            )
            handed.append(workbook)
            return pdf

        self._start(self._cluster_title(ANNUAL_REPORT, language), work)

    def _cluster_title(self, kind: str, language: str) -> str:
        """The title of an event's report or of the member register in its own language,
        which names its file: "Havdagen 12 Mar 2026 – event report"."""
        with i18n.speaking(language):
            if kind in (EVENT_REPORT, MEETING_PLAN):
                event = self._chosen_event()
                when = format_date(event.starts_at.date()) if event else ""
                if kind == MEETING_PLAN:
                    return translate("ReportsPage", "{0} {1} – meeting plan").format(
                        event.title if event else "", when
                    )
                return translate("ReportsPage", "{0} {1} – event report").format(
                    event.title if event else "", when
                )
            if kind == ANNUAL_REPORT:
                year = self.annual_year.value()
                if self.selected_annual_cluster_id() is None:
                    return translate("ReportsPage", "Annual report {0}").format(year)
                return translate("ReportsPage", "{0} – annual report {1}").format(
                    self.annual_cluster_combo.currentText(), year
                )
            if kind == COLLABORATION_REPORT:
                year = self.collaboration_year.value()
                if self.selected_collaboration_cluster_id() is None:
                    return translate("ReportsPage", "Joint projects {0}").format(year)
                return translate("ReportsPage", "{0} – joint projects {1}").format(
                    self.collaboration_cluster_combo.currentText(), year
                )
            day = format_date(self.member_day.date())
            if self.selected_cluster_id() is None:
                return translate("ReportsPage", "Member register {0}").format(day)
            return translate("ReportsPage", "{0} – member register {1}").format(
                self.cluster_combo.currentText(), day
            )

    def _chosen_event(self) -> EventRecord | None:
        return next((e for e in self._events if e.id == self.selected_event_id()), None)

    def _title(self, kind: str, language: str, confidential: bool) -> str:
        """The report's title in its own language, which names its file:
        "Autumn 2026 – cohort report", "Høst 2026 – kullrapport"."""
        with i18n.speaking(language):
            internal = translate("ReportsPage", " (internal)") if confidential else ""
            if kind == COMPANY_REPORT:
                return translate("ReportsPage", "{0} – {1} – progress report{2}").format(
                    self.company_combo.currentText(), self.enrolment_combo.currentText(), internal
                )
            if kind == KICKOFF:
                return translate("ReportsPage", "{0} – kick-off report{1}").format(
                    self.cohort_combo.currentText(), internal
                )
            return translate("ReportsPage", "{0} – cohort report{1}").format(
                self.cohort_combo.currentText(), internal
            )

    def cancel(self) -> None:
        """Stop the report being generated; nothing is shown or written."""
        if not self._generating.busy():
            return
        self._cancel_requested = True
        self._generating.cancel()
        self._set_message(self.tr("Cancelling…"))
        self._update_state()

    def _progressed(self, done: int, total: int) -> None:
        if not self._generating.busy():
            return
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _generated(self, pdf: bytes) -> None:
        if self._cancel_requested:
            # Finished before it saw the cancel: the person asked not to have it.
            self._cancelled()
            return
        report = GeneratedReport(*self._pending, pdf)
        self._set_report(report)
        if report.kind == ANNUAL_REPORT and self._pending_workbook:
            self._workbook = self._pending_workbook[-1]
        pages = self.preview.page_count()
        self._set_message(
            self.tr("{0}: {1} pages.").format(report.title, pages)
            if pages
            else self.tr("The report was generated but could not be shown.")
        )
        self._update_state()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, ReportCancelled) or self._cancel_requested:
            self._cancelled()
            return
        if isinstance(error, AcceleratorError):
            self._set_message(self.tr("Could not generate the report: {0}").format(error), True)
        else:
            self._set_message(
                self.tr(
                    "Could not generate the report: an unexpected error ({0}). "
                    "The log has the details."
                ).format(type(error).__name__),
                True,
            )
        self._update_state()

    def _cancelled(self) -> None:
        self._set_report(None)
        self._set_message(self.tr("The report was cancelled; nothing was saved."))
        self._update_state()

    # --- after generating -------------------------------------------------------------------

    def save_as(self) -> Path | None:
        """Ask where, then write the PDF there atomically; the path written, or None."""
        report = self._report
        if report is None:
            return None
        chosen, _filter = save_file(
            self,
            FileKind.REPORT,
            self.tr("Save report"),
            self.tr("PDF files (*.pdf)"),
            report.file_name,
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            atomic_write_bytes(path, report.pdf)
        except AcceleratorError as error:
            self._set_message(self.tr("Could not save the report: {0}").format(error), True)
            return None
        self._set_message(self.tr("Saved to {0}").format(path))
        return path

    def save_workbook(self) -> Path | None:
        """Ask where, then write the annual report's workbook there atomically; the path
        written, or None."""
        report, workbook = self._report, self._workbook
        if report is None or workbook is None:
            return None
        chosen, _filter = save_file(
            self,
            FileKind.REPORT,
            self.tr("Save workbook"),
            self.tr("Excel workbooks (*.xlsx)"),
            report.file_name.removesuffix(".pdf") + ".xlsx",
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        try:
            atomic_write_bytes(path, workbook)
        except AcceleratorError as error:
            self._set_message(self.tr("Could not save the workbook: {0}").format(error), True)
            return None
        self._set_message(self.tr("Saved the workbook to {0}").format(path))
        return path

    def print_report(self) -> int:
        """Print the report with the print dialog's choices; the number of pages sent."""
        if self._report is None:
            return 0
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._report.title)
        printer.setFromTo(1, self.preview.page_count())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.preview.page_count())
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return 0
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sent = self.preview.print_to(printer)
        finally:
            QApplication.restoreOverrideCursor()
        self._set_message(self.tr("Sent {0} pages to the printer.").format(sent))
        return sent

    def open_in_viewer(self) -> Path | None:
        """Open the report in the system's PDF viewer, from a private temporary folder."""
        report = self._report
        if report is None:
            return None
        if self._viewer_folder is None or not self._viewer_folder.is_dir():
            self._viewer_folder = Path(tempfile.mkdtemp(prefix="accelerator-report-"))
        path = self._viewer_folder / report.file_name
        try:
            atomic_write_bytes(path, report.pdf)
        except AcceleratorError as error:
            self._set_message(self.tr("Could not open the report: {0}").format(error), True)
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._set_message(
                self.tr("No PDF viewer opened the report; it is at {0}").format(path), True
            )
            return path
        self._set_message(self.tr("Opened in the PDF viewer."))
        return path

    # --- state ------------------------------------------------------------------------------

    def _ensure_fresh(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()

    def _is_coordinator(self) -> bool:
        return self.context.services.permissions.allows(UseCase.READ_CONFIDENTIAL)

    def _kind_changed(self) -> None:
        # The meeting plan chooses its event on the event report's page of choices.
        pages = [kind for kind in self._kinds if kind != MEETING_PLAN]
        kind = self.report_kind()
        shown = pages.index(EVENT_REPORT if kind == MEETING_PLAN else kind)
        # The period and confidential notes are a progress report's; hidden for the others,
        # whose choices then take their Alt letters.
        cluster_kind = self._cluster_kind()
        for edit in (self.period_from, self.period_to):
            self._options.setRowVisible(edit, not cluster_kind)
        self.confidential_check.setVisible(self._is_coordinator() and not cluster_kind)
        self.chooser_stack.setCurrentIndex(shown)
        # The stack is as tall as the page shown, not as its tallest page.
        for index in range(self.chooser_stack.count()):
            page = self.chooser_stack.widget(index)
            policy = QSizePolicy.Policy.Preferred if index == shown else QSizePolicy.Policy.Ignored
            if page is not None:
                page.setSizePolicy(QSizePolicy.Policy.Preferred, policy)
        self.chooser_stack.adjustSize()
        self._update_state()

    def _company_changed(self) -> None:
        self._fill_enrolments(None)
        self._update_state()

    def _fill_enrolments(self, enrolment_id: int | None) -> None:
        with _quiet(self.enrolment_combo):
            self.enrolment_combo.clear()
            for enrolment in self._enrolments.get(self.selected_company_id() or -1, []):
                self.enrolment_combo.addItem(enrolment.cohort_name, enrolment.id)
            _select(self.enrolment_combo, enrolment_id)

    def _set_report(self, report: GeneratedReport | None) -> None:
        self._report = report
        self._workbook = None
        if report is None:
            self.preview.clear()
        else:
            self.preview.set_pdf(report.pdf)

    def _set_message(self, text: str, problem: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setProperty("problem", problem)
        font = QFont(self.message_label.font())
        font.setBold(problem)
        self.message_label.setFont(font)

    def _chosen_text(self) -> str:
        """A line about the chosen cohort or enrolment: the programme, its state; or the
        chosen event's kind, time and attendance."""
        if self.report_kind() in (EVENT_REPORT, MEETING_PLAN):
            event = self._chosen_event()
            if event is None:
                return ""
            # The title in full (a long one is cut short in the drop-down), then when.
            return self.tr("{0} · {1} · {2} · {3} attended, {4} registered").format(
                event.title,
                event_kind_text(event.kind),
                event.period,
                event.counts.arrived,
                event.counts.expected,
            )
        if self.report_kind() in (MEMBER_REPORT, COLLABORATION_REPORT):
            return ""
        if self.report_kind() == ANNUAL_REPORT:
            if self.selected_annual_cluster_id() is not None:
                return ""
            ours = [c.name for c in self._clusters if c.ours]
            if not ours:
                return self.tr("No cluster is marked as ours: choose the cluster to report on.")
            return self.tr("Our clusters: {0}").format(", ".join(ours))
        if self.report_kind() == COHORT_REPORT:
            cohort = next((c for c in self._cohorts if c.id == self.selected_cohort_id()), None)
            if cohort is None:
                return ""
            return self.tr("{0} · {1} · %n companies", "", cohort.enrolment_count).format(
                cohort.programme_name, _cohort_status(cohort)
            )
        company_id = self.selected_company_id()
        enrolment = next(
            (
                e
                for e in self._enrolments.get(company_id or -1, [])
                if e.id == self.selected_enrolment_id()
            ),
            None,
        )
        if enrolment is None:
            return ""
        return self.tr("{0} · joined {1}").format(
            enrolment.programme_name, format_date(enrolment.joined_on)
        )

    def _cohort_plan(self, cohort_id: int, period: Period | None) -> ReportPlan | None:
        try:
            return self._reporting().cohort_report_plan(cohort_id, period=period)
        except AcceleratorError:
            return None

    def _reporting(self) -> ReportingService:
        return self.context.services.reporting

    def _plan_text(self) -> str:
        """Which report Generate would print, in a sentence; asked again only when the
        choice (report, cohort or enrolment, period) changed or the data was refreshed."""
        if self._cluster_kind():
            return ""
        period = self.period()
        cohort_kind = self.report_kind() == COHORT_REPORT
        chosen = self.selected_cohort_id() if cohort_kind else self.selected_enrolment_id()
        if chosen is None:
            return ""
        asked = (cohort_kind, chosen, period)
        if self._plan is not None and self._plan[0] == asked:
            return self._plan[1]
        reporting = self._reporting()
        try:
            plan = (
                reporting.cohort_report_plan(chosen, period=period)
                if cohort_kind
                else reporting.company_report_plan(chosen, period=period)
            )
        except AcceleratorError as error:
            text = self.tr("Cannot tell which report this would be: {0}").format(error)
        else:
            text = self._describe_plan(plan, period, cohort_kind)
        self._plan = (asked, text)
        return text

    def _describe_plan(self, plan: ReportPlan, period: Period | None, cohort_kind: bool) -> str:
        if plan.kind == KICKOFF:
            if period is not None and period.end is not None:
                return self.tr(
                    "Kick-off report: no assessments by {0}. It lists the companies with "
                    "their contacts and mentors, and the milestone plan."
                ).format(format_date(period.end))
            return self.tr(
                "Kick-off report: no assessments yet. It lists the companies with their "
                "contacts and mentors, and the milestone plan."
            )
        if not cohort_kind:
            if plan.assessed:
                return self.tr("Progress report.")
            return self.tr(
                "Progress report: not assessed yet, so it shows the profile and milestones "
                "but no levels."
            )
        if not plan.not_assessed:
            return self.tr("Progress report: all {0} companies assessed.").format(plan.companies)
        return self.tr(
            "Progress report: {0} of {1} companies assessed; the others are marked Not "
            "assessed yet."
        ).format(plan.assessed, plan.companies)

    def _empty_text(self) -> str:
        if self._generating.busy():
            return self.tr("Generating the report…")
        if self.report_kind() in (EVENT_REPORT, MEETING_PLAN) and not self._events:
            return self.tr(
                "No events yet: plan one under Events; its programme and who came are printed here."
            )
        if self.report_kind() in (MEMBER_REPORT, ANNUAL_REPORT) and not self._clusters:
            return self.tr(
                "No clusters yet: add them and their members under Members; the member "
                "register is printed here."
            )
        if self._cluster_kind():
            return self.tr(
                "Choose a report and click Generate: the report appears here, and you can then "
                "save it, print it or open it in your PDF viewer."
            )
        if not self._cohorts:
            return self.tr(
                "No cohorts yet: create a programme and a cohort under Programmes and "
                "cohorts and enrol companies in it; their reports are printed here."
            )
        if self.report_kind() == COMPANY_REPORT and not self._enrolments:
            return self.tr(
                "No company is enrolled in a cohort yet: enrol companies from a cohort under "
                "Programmes and cohorts, then print their progress reports here."
            )
        if self._generating.busy():
            return self.tr("Generating the report…")
        return self.tr(
            "Choose a report and click Generate: the report appears here, and you can then "
            "save it, print it or open it in your PDF viewer."
        )

    def _update_state(self) -> None:
        busy = self._generating.busy()
        kind = self.report_kind()
        cohort_kind = kind == COHORT_REPORT
        chosen = {
            COHORT_REPORT: self.selected_cohort_id() is not None,
            COMPANY_REPORT: self.selected_enrolment_id() is not None,
            EVENT_REPORT: self.selected_event_id() is not None,
            MEETING_PLAN: self.selected_event_id() is not None,
            MEMBER_REPORT: bool(self._clusters),
            COLLABORATION_REPORT: True,
            ANNUAL_REPORT: bool(self._clusters),
        }[kind]
        for widget in (
            self.cohort_radio,
            self.company_radio,
            self.event_radio,
            self.meetings_radio,
            self.members_radio,
            self.collaboration_radio,
            self.annual_radio,
            self.chooser_stack,
            self.page_size_combo,
            self.language_combo,
            self.confidential_check,
            self.period_from_check,
            self.period_to_check,
        ):
            widget.setEnabled(not busy)
        self.cohort_combo.setEnabled(not busy and bool(self._cohorts))
        self.company_combo.setEnabled(not busy and bool(self._enrolments))
        self.enrolment_combo.setEnabled(not busy and self.enrolment_combo.count() > 1)
        self.event_combo.setEnabled(not busy and bool(self._events))
        self.cluster_combo.setEnabled(not busy and bool(self._clusters))
        self.collaboration_cluster_combo.setEnabled(not busy and bool(self._clusters))
        self.annual_cluster_combo.setEnabled(not busy and bool(self._clusters))
        self.generate_button.setEnabled(not busy and chosen)
        self.progress_row.setVisible(busy)
        self.cancel_button.setEnabled(busy and not self._cancel_requested)
        has_report = self._report is not None and self.preview.has_document()
        for button in (self.save_button, self.print_button, self.viewer_button):
            button.setEnabled(has_report and not busy)
        self.save_workbook_button.setVisible(kind == ANNUAL_REPORT)
        self.save_workbook_button.setEnabled(has_report and not busy and self._workbook is not None)
        if has_report:
            self.preview_stack.setCurrentWidget(self.preview)
        else:
            self.empty_label.setText(self._empty_text())
            self.preview_stack.setCurrentWidget(self.empty_label)
        self.chosen_label.setText(self._chosen_text())
        self.chosen_label.setVisible(bool(self.chosen_label.text()))
        self.kind_label.setText(self._plan_text() if chosen else "")
        self.kind_label.setVisible(bool(self.kind_label.text()))
        if cohort_kind and self._cohorts and not busy and chosen:
            cohort = next((c for c in self._cohorts if c.id == self.selected_cohort_id()), None)
            if cohort is not None and cohort.enrolment_count == 0 and not has_report:
                self.empty_label.setText(
                    self.tr(
                        "{0} has no companies enrolled yet: its report would have only the "
                        "cover. Enrol companies under Programmes and cohorts."
                    ).format(cohort.name)
                )


def _cohort_status(cohort: CohortRecord) -> str:
    """The cohort's status inside a line ("Autumn 2026 · running · 8 companies")."""
    return cohort_status_text(cohort.status).lower()


@contextlib.contextmanager
def _quiet(widget: QWidget) -> Iterator[None]:
    """Blocks a widget's signals while it is refilled."""
    was = widget.blockSignals(True)
    try:
        yield
    finally:
        widget.blockSignals(was)


def _select(combo: QComboBox, value: int | None) -> None:
    index = combo.findData(value) if value is not None else -1
    combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() else -1))


def event_kind_text(kind: EventKind) -> str:
    """An event's kind in words, in the window's language: "Conference"."""
    return in_words(kind)


__all__ = [
    "ANNUAL_REPORT",
    "COHORT_REPORT",
    "COLLABORATION_REPORT",
    "COMPANY_REPORT",
    "EVENT_REPORT",
    "MEETING_PLAN",
    "MEMBER_REPORT",
    "GeneratedReport",
    "ReportsPage",
]
