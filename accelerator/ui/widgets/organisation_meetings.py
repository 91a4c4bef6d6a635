"""The meetings an organisation had or has booked with others, on its page: when, with
whom, at which event and table or at which place, and where each stands (what came of it,
once held), the newest first. Enter or a double-click opens the meeting on the Matchmaking
page, where a coordinator marks it held, cancels it or records its outcome."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from accelerator.services.records import MeetingRecord
from accelerator.ui.context import AppContext
from accelerator.ui.models.need_table import OrganisationMeetingModel
from accelerator.ui.operations import Data
from accelerator.ui.widgets.organisation_section import OrganisationSection, open_on_page


class OrganisationMeetings(OrganisationSection[MeetingRecord]):
    """The meetings of the organisation shown (``set_organisation``), the newest first."""

    shows = (Data.MEETINGS, Data.COMPANIES, Data.EVENTS)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        meetings = OrganisationMeetingModel()
        columns = (OrganisationMeetingModel.COL_WITH, OrganisationMeetingModel.COL_WHERE)
        super().__init__(context, parent, meetings, name="organisationMeetings", stretch=columns)
        meetings.setParent(self)
        self.meetings = meetings
        self.set_words(
            self.tr("Meetings"),
            self.tr(
                "No meetings yet. Meetings booked with other organisations on the "
                "Matchmaking page show here."
            ),
            self.tr("Enter or a double-click opens the meeting on Matchmaking"),
        )

    def read(self, organisation_id: int) -> list[MeetingRecord]:
        rows = self.context.services.meetings.list_meetings(organisation_id=organisation_id)
        rows.sort(key=lambda m: (m.starts_at, m.id), reverse=True)
        # The other side of each meeting is the one the table names.
        self.meetings.organisation_id = organisation_id
        return rows

    def key_of(self, row: MeetingRecord) -> int:
        return row.id

    def open_selected(self) -> None:
        """The meeting chosen, on the Matchmaking page (where the window has one)."""
        chosen = self.selected()
        if chosen is not None:
            open_on_page(self, "matchmaking", "select_meeting", chosen.id)
