"""The meetings an organisation had or has booked with others, on its page: when, with
whom, at which event and table or at which place, and where each stands (what came of it,
once held), the newest first. Enter or a double-click opens the meeting on the Matchmaking
page, where a coordinator marks it held, cancels it or records its outcome."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from accelerator.errors import AcceleratorError
from accelerator.services.records import CompanyRecord, MeetingRecord
from accelerator.ui.context import AppContext
from accelerator.ui.kit import RecordTable, heading_row, muted_label
from accelerator.ui.models.need_table import OrganisationMeetingModel
from accelerator.ui.operations import Data
from accelerator.ui.refreshing import Refreshing

log = logging.getLogger(__name__)


class OrganisationMeetings(Refreshing):
    """The meetings of the organisation shown (``set_organisation``), the newest first."""

    shows = (Data.MEETINGS, Data.COMPANIES, Data.EVENTS)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._organisation: CompanyRecord | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(heading_row(self.tr("Meetings"), self, scale=1.1))
        self.model = OrganisationMeetingModel(self)
        self.view = RecordTable(
            self.model,
            self,
            name="organisationMeetings",
            stretch=(OrganisationMeetingModel.COL_WITH, OrganisationMeetingModel.COL_WHERE),
            wrap=True,
            row_padding=10,
        )
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setToolTip(self.tr("Enter or a double-click opens the meeting on Matchmaking"))
        self.view.opened.connect(self.open_meeting)
        layout.addWidget(self.view)
        self.empty_label = muted_label(
            self.tr(
                "No meetings yet. Meetings booked with other organisations on the "
                "Matchmaking page show here."
            ),
            self,
        )
        layout.addWidget(self.empty_label)

    def set_organisation(self, organisation: CompanyRecord | None) -> None:
        """Show the meetings of ``organisation`` (None: nothing), read afresh."""
        self._organisation = organisation
        self._stale = False
        self.refresh()

    def showing_anything(self) -> bool:
        return self._organisation is not None

    def refresh(self) -> None:
        organisation = self._organisation
        rows: list[MeetingRecord] = []
        if organisation is not None:
            try:
                rows = self.context.services.meetings.list_meetings(organisation_id=organisation.id)
            except AcceleratorError as error:
                log.info("meetings of %s: %s", organisation.id, error)
        rows.sort(key=lambda m: (m.starts_at, m.id), reverse=True)
        chosen = self.selected()
        self.model.organisation_id = organisation.id if organisation is not None else None
        self.model.set_rows(rows)
        self.view.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        self.view.fit_to_rows(8)
        if chosen is not None:
            self.view.select(chosen.id)

    def selected(self) -> MeetingRecord | None:
        return self.view.selected()

    def open_meeting(self) -> None:
        """The meeting chosen, on the Matchmaking page (where the window has one)."""
        # Asked of the window by name, as the events section does: importing the page (or
        # the window) from here would close a circle of imports through the company page.
        chosen = self.selected()
        window = self.window()
        go = getattr(window, "go", None)
        pages = getattr(window, "pages", None)
        if chosen is None or not callable(go) or pages is None or "matchmaking" not in pages:
            return
        select = getattr(go("matchmaking"), "select_meeting", None)
        if callable(select):
            select(chosen.id)
