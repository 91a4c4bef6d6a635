"""A meeting booked from a matchmaking proposal, and what came of one that was held.

A meeting is at an event (the event, a time slot within its times, a table) or outside
one (a day, a time, a place). Times are typed and shown as the clock in Norway shows them.
The service's refusals (an organisation or a table taken at that time, which it names; a
slot outside the event's times) show beside the fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from accelerator.domain.enums import MeetingOutcome, in_words
from accelerator.domain.events import norwegian_time
from accelerator.services.meetings import DEFAULT_LENGTH, MeetingInput
from accelerator.services.records import EventRecord, MeetingRecord, ProposalRecord
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.form import FormDialog
from accelerator.ui.kit import format_datetime, muted_label

#: A meeting outside an event, at first: ten in the morning, a week from today.
DEFAULT_TIME = dt.time(10, 0)


def _time_edit(parent: QWidget, clock: dt.time) -> QTimeEdit:
    edit = QTimeEdit(parent)
    edit.setDisplayFormat("HH:mm")  # the 24-hour clock, in either language
    edit.setTime(QTime(clock.hour, clock.minute))
    return edit


def _clock(edit: QTimeEdit) -> dt.time:
    shown = edit.time()
    return dt.time(shown.hour(), shown.minute())


class BookMeetingDialog(FormDialog[MeetingRecord]):
    """``BookMeetingDialog.ask(parent, context, proposal)`` books a meeting between the
    organisation with the need and the one with the offer. Returns it, or None."""

    def __init__(
        self, parent: QWidget | None, context: AppContext, proposal: ProposalRecord
    ) -> None:
        super().__init__(
            parent, context, title=self.tr("Book a meeting"), accept=self.tr("Book meeting")
        )
        self.proposal = proposal
        today = dt.date.today()
        self.events: list[EventRecord] = [
            e
            for e in context.services.events.list_events(start=today)
            if norwegian_time(e.ends_at).date() >= today
        ]

        # Made in the order of the rows, which Tab follows.
        self.event_combo = QComboBox(self)
        self.event_combo.setObjectName("meetingEvent")
        self.event_combo.addItem(self.tr("Outside an event"), None)
        for event in self.events:
            shown = norwegian_time(event.starts_at)
            self.event_combo.addItem(f"{event.title} ({format_datetime(shown)})", event.id)
        self.day_field = self.date_field(today + dt.timedelta(weeks=1))
        self.time_edit = _time_edit(self, DEFAULT_TIME)
        self.length_spin = QSpinBox(self)
        self.length_spin.setRange(5, 600)
        self.length_spin.setSingleStep(5)
        self.length_spin.setValue(int(DEFAULT_LENGTH.total_seconds() // 60))
        self.length_spin.setSuffix(self.tr(" min"))
        self.table_edit = QLineEdit(self)
        self.table_edit.setObjectName("meetingTable")
        self.table_edit.setPlaceholderText(self.tr("Table 4"))
        self.place_edit = QLineEdit(self)
        self.place_edit.setObjectName("meetingPlace")
        self.place_edit.setPlaceholderText(self.tr("Where they meet; a link when online"))

        need, offer = proposal.need, proposal.offer
        self.add_above(
            muted_label(
                self.tr("{0} needs: {1}").format(need.organisation_name, need.summary), self
            )
        )
        self.add_above(
            muted_label(
                self.tr("{0} offers: {1}").format(offer.organisation_name, offer.summary), self
            )
        )
        self.add_field("event", self.tr("&At:"), self.event_combo)
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.day_field)
        row.addWidget(self.time_edit)
        row.addStretch(1)
        self.start_error = self.add_field(
            "start",
            self.tr("&When:"),
            box,
            focus=self.day_field,
            error=self.day_field.error_label,
        )
        self.add_field("end", self.tr("Len&gth:"), self.length_spin)
        self.table_error = self.add_field("table", self.tr("&Table:"), self.table_edit)
        self.place_error = self.add_field("place", self.tr("&Place:"), self.place_edit)
        self.add_below(
            muted_label(
                self.tr("Times are on the clock in Norway, whatever this computer's."), self
            )
        )
        self.event_combo.currentIndexChanged.connect(lambda _i: self._event_chosen())
        self._event_chosen()

    def chosen_event(self) -> EventRecord | None:
        chosen = self.event_combo.currentData()
        return next((e for e in self.events if e.id == chosen), None)

    def _event_chosen(self) -> None:
        """At an event: its day and first hour, a table; outside one: a place."""
        event = self.chosen_event()
        self.table_edit.setEnabled(event is not None)
        self.place_edit.setEnabled(event is None)
        if event is not None:
            start = norwegian_time(event.starts_at)
            self.day_field.set_date(start.date())
            self.time_edit.setTime(QTime(start.hour, start.minute))

    def data(self) -> MeetingInput:
        event = self.chosen_event()
        start = dt.datetime.combine(
            self.day_field.date() or dt.date.today(), _clock(self.time_edit)
        )
        return MeetingInput(
            start=start,
            end=start + dt.timedelta(minutes=self.length_spin.value()),
            need_id=self.proposal.need.id,
            offer_id=self.proposal.offer.id,
            event_id=event.id if event is not None else None,
            table=self.table_edit.text() if event is not None else "",
            place=self.place_edit.text() if event is None else "",
        )

    def save_call(self) -> Callable[[], MeetingRecord]:
        data, meetings = self.data(), self.context.services.meetings
        return lambda: meetings.book(data)


class OutcomeDialog(FormDialog[MeetingRecord]):
    """``OutcomeDialog.ask(parent, context, meeting)`` records what came of a meeting once
    it is over (which makes it held), with a note. Returns the meeting, or None."""

    def __init__(self, parent: QWidget | None, context: AppContext, meeting: MeetingRecord) -> None:
        super().__init__(
            parent, context, title=self.tr("Record the outcome"), accept=self.tr("Record outcome")
        )
        self.outcome_combo = QComboBox(self)
        self.outcome_combo.setObjectName("meetingOutcome")
        for outcome in MeetingOutcome:
            self.outcome_combo.addItem(in_words(outcome), outcome.value)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("meetingNote")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().height() * 4 + 14)
        self.add_above(
            muted_label(
                self.tr("{0} and {1}, {2}").format(
                    meeting.organisation_name,
                    meeting.counterpart_name,
                    format_datetime(norwegian_time(meeting.starts_at)),
                ),
                self,
            )
        )
        self.add_field("outcome", self.tr("&Outcome:"), self.outcome_combo)
        self.add_field("note", self.tr("&Note:"), self.note_edit)
        self.edit(meeting, lambda: context.services.meetings.get_meeting(meeting.id))

    def fill(self, record: MeetingRecord) -> None:
        if record.outcome is not None:
            self.outcome_combo.setCurrentIndex(
                max(self.outcome_combo.findData(record.outcome.value), 0)
            )
        self.note_edit.setPlainText(record.note)

    def save_call(self) -> Callable[[], MeetingRecord]:
        outcome = MeetingOutcome(self.outcome_combo.currentData())
        note, meetings = self.note_edit.toPlainText(), self.context.services.meetings
        return self.create_or_update(
            lambda: meetings.record_outcome(0, outcome, note),
            lambda meeting_id, version: meetings.record_outcome(
                meeting_id, outcome, note, expected_version=version
            ),
        )
