"""An organisation's needs and offers, on its page: each with its side, category, summary,
tags and status, and (for whoever keeps matchmaking) adding a need or an offer, changing
one, closing one no longer wanted and reopening one wanted again."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout, QWidget

from accelerator.domain.enums import NeedSide, NeedStatus
from accelerator.errors import AcceleratorError
from accelerator.services.permissions import UseCase
from accelerator.services.records import CompanyRecord, NeedRecord
from accelerator.ui.context import AppContext
from accelerator.ui.kit import RecordTable, heading_over_buttons, muted_label
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.need_table import NeedTableModel
from accelerator.ui.offers import offer
from accelerator.ui.operations import Data, Versioned
from accelerator.ui.refreshing import Refreshing

log = logging.getLogger(__name__)


class OrganisationNeeds(Refreshing):
    """The needs and offers of the organisation shown (``set_organisation``)."""

    shows = (Data.NEEDS, Data.COMPANIES)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._organisation: CompanyRecord | None = None
        self._may_keep = may_keep = context.services.permissions.allows(UseCase.MANAGE_MATCHMAKING)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.need_button = QPushButton(icon("add"), self.tr("Add need…"), self)
        self.need_button.setToolTip(self.tr("Record something the organisation is looking for"))
        self.offer_button = QPushButton(icon("add"), self.tr("Add offer…"), self)
        self.offer_button.setToolTip(self.tr("Record something the organisation has to give"))
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit…"), self)
        self.edit_button.setToolTip(self.tr("Change the chosen need or offer"))
        self.close_button = QPushButton(self.tr("Close"), self)
        buttons = (self.need_button, self.offer_button, self.edit_button, self.close_button)
        for button in buttons:
            offer(button, may_keep, UseCase.MANAGE_MATCHMAKING, hide=True)
        layout.addLayout(
            heading_over_buttons(self.tr("Needs and offers"), self, *buttons, scale=1.1)
        )

        self.model = NeedTableModel(self)
        self.view = RecordTable(
            self.model,
            self,
            name="organisationNeeds",
            stretch=(NeedTableModel.COL_SUMMARY,),
            wrap=True,
            row_padding=10,
        )
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.view)
        self.empty_label = muted_label(
            self.tr(
                "No needs or offers yet. What the organisation looks for and has to give "
                "shows here, and matchmaking pairs it with other organisations."
            ),
            self,
        )
        layout.addWidget(self.empty_label)
        self.need_button.clicked.connect(self.add_need)
        self.offer_button.clicked.connect(self.add_offer)
        self.edit_button.clicked.connect(self.edit_need)
        self.close_button.clicked.connect(self.close_or_reopen)
        if may_keep:
            self.view.opened.connect(self.edit_need)
        self._update_buttons()

    # --- what the page calls ------------------------------------------------------------

    def set_organisation(self, organisation: CompanyRecord | None) -> None:
        """Show the needs and offers of ``organisation`` (None: nothing), read afresh."""
        self._organisation = organisation
        self._stale = False
        self.refresh()

    def showing_anything(self) -> bool:
        return self._organisation is not None

    def refresh(self) -> None:
        organisation = self._organisation
        rows: list[NeedRecord] = []
        if organisation is not None:
            try:
                rows = self.context.services.needs.list_needs(organisation_id=organisation.id)
            except AcceleratorError as error:
                log.info("needs of %s: %s", organisation.id, error)
        chosen = self.selected()
        self.model.set_rows(rows)
        self.view.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        self.view.fit_to_rows(8)
        if chosen is not None:
            self.view.select(chosen.id)
        self._update_buttons()

    def selected(self) -> NeedRecord | None:
        return self.view.selected()

    # --- the actions --------------------------------------------------------------------

    def add_need(self) -> None:
        self._add(NeedSide.NEED)

    def add_offer(self) -> None:
        self._add(NeedSide.OFFER)

    def _add(self, side: NeedSide) -> None:
        from accelerator.ui.dialogs.need_dialogs import NeedDialog

        if self._organisation is None:
            return
        added = NeedDialog.ask(self, self.context, self._organisation, side)
        if added is not None:
            self.refresh()
            self.view.select(added.id)

    def edit_need(self) -> None:
        from accelerator.ui.dialogs.need_dialogs import NeedDialog

        need = self.selected()
        if need is None or self._organisation is None or not self._may_keep:
            return
        if NeedDialog.ask(self, self.context, self._organisation, need=need) is not None:
            self.refresh()

    def close_or_reopen(self) -> None:
        """Close the chosen need or offer; reopen it when it is closed already."""
        need = self.selected()
        if need is None:
            return
        needs = self.context.services.needs
        move = needs.reopen_need if need.status is NeedStatus.CLOSED else needs.close_need
        # The row as shown is the version changed; someone else's change since then is a
        # conflict: taking their version reads the list again, overwriting moves it anyway.
        versioned = Versioned(
            need, reload=lambda _current: self.refresh(), fetch=lambda: needs.get_need(need.id)
        )
        done = self.context.write(
            self,
            lambda: move(need.id, expected_version=versioned.version),
            versioned=versioned,
        )
        if done is not None:
            self.refresh()

    def _update_buttons(self) -> None:
        need = self.selected()
        self.need_button.setEnabled(self._organisation is not None)
        self.offer_button.setEnabled(self._organisation is not None)
        self.edit_button.setEnabled(need is not None)
        self.close_button.setEnabled(need is not None)
        closed = need is not None and need.status is NeedStatus.CLOSED
        self.close_button.setText(self.tr("Reopen") if closed else self.tr("Close"))
        self.close_button.setToolTip(
            self.tr("Wanted again: open, and proposed again")
            if closed
            else self.tr("No longer wanted: kept, closed, and proposed no more")
        )
