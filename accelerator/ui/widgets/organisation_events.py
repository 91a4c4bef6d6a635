"""The events an organisation's people registered for, on its page: each event, when it
was, and who registered and how it went for them (registered, on the waitlist, came, did
not come, cancelled), the latest first. Enter or a double-click opens the event on the
Events page."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from accelerator.errors import AcceleratorError
from accelerator.services.records import CompanyRecord, OrganisationEvent
from accelerator.ui.context import AppContext
from accelerator.ui.kit import RecordTable, heading_row, muted_label
from accelerator.ui.models.event_table import OrganisationEventModel
from accelerator.ui.operations import Data
from accelerator.ui.refreshing import Refreshing

log = logging.getLogger(__name__)


class OrganisationEvents(Refreshing):
    """The events of the organisation shown (``set_organisation``), the latest first."""

    shows = (Data.EVENTS, Data.REGISTRATIONS, Data.COMPANIES)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._organisation: CompanyRecord | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(heading_row(self.tr("Events"), self, scale=1.1))
        self.model = OrganisationEventModel(self)
        self.view = RecordTable(
            self.model,
            self,
            name="organisationEvents",
            stretch=(OrganisationEventModel.COL_EVENT, OrganisationEventModel.COL_WHO),
            wrap=True,
            row_padding=10,
        )
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.opened.connect(self.open_event)
        layout.addWidget(self.view)
        self.empty_label = muted_label(
            self.tr(
                "Nobody from the organisation has registered for an event. Who registered, "
                "and who came, shows here."
            ),
            self,
        )
        layout.addWidget(self.empty_label)

    def set_organisation(self, organisation: CompanyRecord | None) -> None:
        """Show the events of ``organisation`` (None: nothing), read afresh."""
        self._organisation = organisation
        self._stale = False
        self.refresh()

    def showing_anything(self) -> bool:
        return self._organisation is not None

    def refresh(self) -> None:
        organisation = self._organisation
        rows: list[OrganisationEvent] = []
        if organisation is not None:
            try:
                rows = self.context.services.events.events_of(organisation.id)
            except AcceleratorError as error:
                log.info("events of %s: %s", organisation.id, error)
        self.model.set_rows(rows)
        self.view.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        self.view.fit_to_rows(8)

    def selected(self) -> OrganisationEvent | None:
        return self.view.selected()

    def open_event(self) -> None:
        """The event chosen, on the Events page (where the window has one)."""
        # Asked of the window by name: importing the Events page (or the window) from here
        # would close a circle of imports through the company page.
        chosen = self.selected()
        window = self.window()
        go = getattr(window, "go", None)
        pages = getattr(window, "pages", None)
        if chosen is None or not callable(go) or pages is None or "events" not in pages:
            return
        select = getattr(go("events"), "select_event", None)
        if callable(select):
            select(chosen.event_id)
