"""Matchmaking: the pairs of a need and an offer of another organisation that may meet,
best first, each with the reasons it was proposed; below, the meetings booked.

Everyone who reads needs sees the page; a coordinator (MANAGE_MATCHMAKING) books a meeting
from a proposal, at an event or outside one, marks it held or cancels it, and records what
came of it once it is over.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.enums import MeetingOutcome, MeetingStatus, NeedCategory, in_words
from accelerator.domain.events import norwegian_time
from accelerator.errors import AcceleratorError
from accelerator.services.permissions import UseCase
from accelerator.services.records import MeetingFigures, MeetingRecord, ProposalRecord
from accelerator.ui.context import AppContext
from accelerator.ui.kit import (
    RecordTable,
    format_count,
    format_percent,
    heading_row,
    muted_label,
    page_layout,
)
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.need_table import MeetingTableModel, ProposalTableModel
from accelerator.ui.offers import offer
from accelerator.ui.operations import Data, Versioned
from accelerator.ui.pages.base import Page
from accelerator.ui.widgets.dashboard_widgets import FigureCard

log = logging.getLogger(__name__)

OPEN_MEETING = frozenset({MeetingStatus.REQUESTED, MeetingStatus.BOOKED})


class MatchmakingPage(Page):
    shows = (Data.NEEDS, Data.MEETINGS, Data.COMPANIES, Data.MEMBERSHIPS, Data.EVENTS)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._may_manage = context.services.permissions.allows(UseCase.MANAGE_MATCHMAKING)

        outer = page_layout(self)
        self.book_button = QPushButton(icon("add"), self.tr("&Book a meeting…"), self)
        self.book_button.setToolTip(
            self.tr("Book a meeting between the two organisations of the chosen proposal")
        )
        offer(self.book_button, self._may_manage, UseCase.MANAGE_MATCHMAKING, hide=True)
        outer.addLayout(heading_row(self.tr("Matchmaking"), self, self.book_button))

        narrow = QHBoxLayout()
        narrow.setSpacing(6)
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("proposalCategory")
        self.category_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.category_combo.addItem(self.tr("Every category"), None)
        for category in NeedCategory:
            self.category_combo.addItem(in_words(category), category.value)
        caption = QLabel(self.tr("Cate&gory:"), self)
        caption.setBuddy(self.category_combo)
        self.count_label = muted_label("", self, wrap=False)
        narrow.addWidget(caption)
        narrow.addWidget(self.category_combo)
        narrow.addStretch(1)
        narrow.addWidget(self.count_label)
        outer.addLayout(narrow)

        # --- the year's figures, as the dashboard shows its own ---
        self.figures_box = QWidget(self)
        self.figures_box.setObjectName("meetingFigures")
        figures = QHBoxLayout(self.figures_box)
        figures.setContentsMargins(0, 0, 0, 0)
        figures.setSpacing(10)
        self.figure_cards: dict[str, FigureCard] = {
            "requested": FigureCard("matchmaking", self.tr("Meetings requested"), self),
            "held": FigureCard("done", self.tr("Held"), self),
            MeetingOutcome.FOLLOW_UP.value: FigureCard(
                "in_progress", in_words(MeetingOutcome.FOLLOW_UP), self
            ),
            MeetingOutcome.PROJECT_STARTED.value: FigureCard(
                "up", in_words(MeetingOutcome.PROJECT_STARTED), self
            ),
            MeetingOutcome.NO_FIT.value: FigureCard(
                "blocked", in_words(MeetingOutcome.NO_FIT), self
            ),
            "across": FigureCard("clusters", self.tr("Across clusters"), self),
        }
        for key, card in self.figure_cards.items():
            card.setObjectName(f"figure_{key}")
            figures.addWidget(card, 1)
        outer.addWidget(self.figures_box)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)

        # --- the proposals ---
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.proposal_model = ProposalTableModel(self)
        self.proposals = RecordTable(
            self.proposal_model,
            top,
            name="proposalTable",
            stretch=(
                ProposalTableModel.COL_NEED,
                ProposalTableModel.COL_OFFER,
                ProposalTableModel.COL_REASONS,
            ),
            wrap=True,
            row_padding=10,
        )
        self.proposals.setTabKeyNavigation(False)
        self.proposals.selectionModel().selectionChanged.connect(lambda *_: self._update())
        if self._may_manage:
            self.proposals.opened.connect(self.book)
        self.proposals_empty = muted_label(
            self.tr(
                "No proposals: matchmaking pairs an open need with an open offer of another "
                "organisation, of the same category. Add needs and offers on an "
                "organisation's page."
            ),
            top,
        )
        top_layout.addWidget(self.proposals, 1)
        top_layout.addWidget(self.proposals_empty)
        top_layout.addStretch(0)
        self.splitter.addWidget(top)

        # --- the meetings ---
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 8, 0, 0)
        bottom_layout.setSpacing(6)
        self.held_button = QPushButton(icon("done"), self.tr("Mark he&ld"), bottom)
        self.held_button.setToolTip(self.tr("The chosen meeting took place"))
        self.cancel_button = QPushButton(icon("blocked"), self.tr("Ca&ncel meeting"), bottom)
        self.cancel_button.setToolTip(self.tr("The chosen meeting will not take place"))
        self.outcome_button = QPushButton(icon("edit"), self.tr("Record &outcome…"), bottom)
        self.outcome_button.setToolTip(
            self.tr("What came of the chosen meeting: a follow-up, a project, or no fit")
        )
        buttons = (self.held_button, self.cancel_button, self.outcome_button)
        for button in buttons:
            offer(button, self._may_manage, UseCase.MANAGE_MATCHMAKING, hide=True)
        # Everyone prints: the Reports page, set to the meeting plan of the chosen meeting's
        # event (or of the latest event with meetings).
        self.plan_button = QPushButton(icon("print"), self.tr("Print &meeting plan…"), bottom)
        self.plan_button.setObjectName("matchmakingMeetingPlan")
        self.plan_button.setToolTip(
            self.tr("The meetings at the chosen meeting's event as a handout to print and pin up")
        )
        bottom_layout.addLayout(
            heading_row(self.tr("Meetings"), bottom, *buttons, self.plan_button, scale=1.1)
        )
        self.meeting_model = MeetingTableModel(self)
        self.meetings = RecordTable(
            self.meeting_model,
            bottom,
            name="meetingTable",
            stretch=(
                MeetingTableModel.COL_WHERE,
                MeetingTableModel.COL_FIRST,
                MeetingTableModel.COL_SECOND,
            ),
            row_padding=10,
        )
        self.meetings.setTabKeyNavigation(False)
        self.meetings.selectionModel().selectionChanged.connect(lambda *_: self._update())
        if self._may_manage:
            self.meetings.opened.connect(self.record_outcome)
        self.meetings_empty = muted_label(
            self.tr("No meetings yet: book one from a proposal above."), bottom
        )
        bottom_layout.addWidget(self.meetings, 1)
        bottom_layout.addWidget(self.meetings_empty)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        outer.addWidget(self.splitter, 1)

        self.category_combo.currentIndexChanged.connect(lambda _i: self._read_proposals())
        self.book_button.clicked.connect(self.book)
        self.held_button.clicked.connect(self.mark_held)
        self.cancel_button.clicked.connect(self.cancel_meeting)
        self.outcome_button.clicked.connect(self.record_outcome)
        self.plan_button.clicked.connect(self.print_meeting_plan)
        self._update()

    @property
    def title(self) -> str:
        return self.tr("Matchmaking")

    # --- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        self._read_proposals()
        self._read_meetings()

    def _read_proposals(self) -> None:
        category = self.category_combo.currentData()
        chosen = self.proposals.selected()
        try:
            rows = self.context.services.needs.proposals(
                category=NeedCategory(category) if category is not None else None
            )
        except AcceleratorError as error:
            log.info("proposals: %s", error)
            rows = []
        self.proposal_model.set_rows(rows)
        self.proposals.setVisible(bool(rows))
        self.proposals_empty.setVisible(not rows)
        self.count_label.setText(self.tr("%n proposal(s)", "", len(rows)))
        # The one chosen stays chosen; else the best is, ready to be booked.
        if (
            chosen is None or not self.proposals.select((chosen.need.id, chosen.offer.id))
        ) and rows:
            self.proposals.selectRow(0)
        self._update()

    def _read_figures(self) -> None:
        """This year's figures (in Norway): requested, held, each outcome, across clusters."""
        year = norwegian_time(dt.datetime.now(dt.UTC)).year
        try:
            figures = self.context.services.meetings.figures(year=year)
        except AcceleratorError as error:
            log.info("meeting figures: %s", error)
            self.figures_box.setVisible(False)
            return
        self.figures_box.setVisible(True)
        self._show_figures(figures, year)

    def _show_figures(self, figures: MeetingFigures, year: int) -> None:
        cards = self.figure_cards
        cancelled = figures.by_status.get(MeetingStatus.CANCELLED, 0)
        cards["requested"].set_figure(
            format_count(figures.requested),
            self.tr("in {0}, %n called off", "", cancelled).format(year),
            clickable=False,
            tooltip=self.tr("Every meeting asked for this year, those called off too"),
        )
        cards["held"].set_figure(
            format_count(figures.held),
            self.tr("%n without an outcome yet", "", figures.held_without_outcome),
            clickable=False,
        )
        for outcome in MeetingOutcome:
            count = figures.by_outcome.get(outcome, 0)
            cards[outcome.value].set_figure(
                format_count(count),
                self.tr("{0} of those held").format(format_percent(count / figures.held))
                if figures.held
                else "",
                clickable=False,
            )
        cards["across"].set_figure(
            format_count(figures.across_clusters),
            self.tr("no cluster in common"),
            clickable=False,
            tooltip=self.tr(
                "Meetings not called off whose two organisations were members of clusters on "
                "the day, and of none in common"
            ),
        )

    def _read_meetings(self) -> None:
        chosen = self.meetings.selected()
        try:
            rows = self.context.services.meetings.list_meetings()
        except AcceleratorError as error:
            log.info("meetings: %s", error)
            rows = []
        self.meeting_model.set_rows(rows)
        self.meetings.setVisible(bool(rows))
        self.meetings_empty.setVisible(not rows)
        if chosen is not None:
            self.meetings.select(chosen.id)
        self._read_figures()
        self._update()

    def selected_proposal(self) -> ProposalRecord | None:
        return self.proposals.selected()

    def selected_meeting(self) -> MeetingRecord | None:
        return self.meetings.selected()

    def select_meeting(self, meeting_id: int) -> bool:
        return self.meetings.select(meeting_id)

    def chosen_event_id(self) -> int | None:
        """The event of the chosen meeting; else the latest event with meetings; None when
        no meeting is at an event."""
        meeting = self.selected_meeting()
        if meeting is not None and meeting.event_id is not None:
            return meeting.event_id
        at_events = [m for m in self.meeting_model.rows() if m.event_id is not None]
        latest = max(at_events, key=lambda m: m.starts_at, default=None)
        return latest.event_id if latest is not None else None

    # --- the actions --------------------------------------------------------------------

    def print_meeting_plan(self) -> None:
        """The Reports page, set to the meeting plan of :meth:`chosen_event_id`."""
        from accelerator.ui.report_actions import open_meeting_plan

        event_id = self.chosen_event_id()
        if event_id is not None:
            open_meeting_plan(self, event_id)

    def book(self) -> None:
        from accelerator.ui.dialogs.meeting_dialogs import BookMeetingDialog

        proposal = self.selected_proposal()
        if proposal is None or not self._may_manage:
            return
        booked = BookMeetingDialog.ask(self, self.context, proposal)
        if booked is not None:
            self.refresh()
            self.meetings.select(booked.id)

    def mark_held(self) -> None:
        self._move(MeetingStatus.HELD)

    def cancel_meeting(self) -> None:
        self._move(MeetingStatus.CANCELLED)

    def _move(self, status: MeetingStatus) -> None:
        meeting = self.selected_meeting()
        if meeting is None:
            return
        meetings = self.context.services.meetings
        # As shown is the version changed: someone else's change since is a conflict.
        versioned = Versioned(
            meeting,
            reload=lambda _current: self._read_meetings(),
            fetch=lambda: meetings.get_meeting(meeting.id),
        )
        done = self.context.write(
            self,
            lambda: meetings.set_status(meeting.id, status, expected_version=versioned.version),
            versioned=versioned,
        )
        if done is not None:
            self._read_meetings()

    def record_outcome(self) -> None:
        from accelerator.ui.dialogs.meeting_dialogs import OutcomeDialog

        meeting = self.selected_meeting()
        if meeting is None or not self._may_manage or meeting.status is MeetingStatus.CANCELLED:
            return
        if OutcomeDialog.ask(self, self.context, meeting) is not None:
            self._read_meetings()

    def _update(self) -> None:
        self.book_button.setEnabled(self.selected_proposal() is not None)
        meeting = self.selected_meeting()
        status = meeting.status if meeting is not None else None
        self.held_button.setEnabled(status in OPEN_MEETING)
        self.cancel_button.setEnabled(status in OPEN_MEETING)
        self.outcome_button.setEnabled(status is not None and status is not MeetingStatus.CANCELLED)
        self.plan_button.setEnabled(self.chosen_event_id() is not None)
