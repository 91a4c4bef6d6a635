"""The events an organisation's people registered for, on its page: each event, when it
was, and who registered and how it went for them (registered, on the waitlist, came, did
not come, cancelled), the latest first. Enter or a double-click opens the event on the
Events page."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from accelerator.services.records import OrganisationEvent
from accelerator.ui.context import AppContext
from accelerator.ui.models.event_table import OrganisationEventModel
from accelerator.ui.operations import Data
from accelerator.ui.widgets.organisation_section import OrganisationSection, open_on_page


class OrganisationEvents(OrganisationSection[OrganisationEvent]):
    """The events of the organisation shown (``set_organisation``), the latest first."""

    shows = (Data.EVENTS, Data.REGISTRATIONS, Data.COMPANIES)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        model = OrganisationEventModel()
        columns = (OrganisationEventModel.COL_EVENT, OrganisationEventModel.COL_WHO)
        super().__init__(context, parent, model, name="organisationEvents", stretch=columns)
        model.setParent(self)
        self.set_words(
            self.tr("Events"),
            self.tr(
                "Nobody from the organisation has registered for an event. Who registered, "
                "and who came, shows here."
            ),
        )

    def read(self, organisation_id: int) -> list[OrganisationEvent]:
        return self.context.services.events.events_of(organisation_id)

    def open_selected(self) -> None:
        """The event chosen, on the Events page (where the window has one)."""
        chosen = self.selected()
        if chosen is not None:
            open_on_page(self, "events", "select_event", chosen.event_id)
