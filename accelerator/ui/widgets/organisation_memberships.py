"""An organisation's memberships of clusters, on its page: each cluster with the tier and
the days it joined and left, and (for whoever keeps the register) joining another
cluster, moving to another tier and ending a membership, which stays as history."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout, QWidget

from accelerator.errors import AcceleratorError
from accelerator.services.permissions import UseCase
from accelerator.services.records import CompanyRecord, MembershipRecord
from accelerator.ui.context import AppContext
from accelerator.ui.kit import RecordTable, heading_over_buttons, muted_label
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.member_table import OrganisationMembershipModel
from accelerator.ui.offers import offer
from accelerator.ui.operations import Data
from accelerator.ui.refreshing import Refreshing

log = logging.getLogger(__name__)


class OrganisationMemberships(Refreshing):
    """The memberships of the organisation shown (``set_organisation``), newest last."""

    shows = (Data.MEMBERSHIPS, Data.CLUSTERS, Data.COMPANIES)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._organisation: CompanyRecord | None = None
        may_keep = context.services.permissions.allows(UseCase.MANAGE_MEMBERS)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.add_button = QPushButton(icon("add"), self.tr("Join…"), self)
        self.add_button.setToolTip(self.tr("Make the organisation a member of a cluster"))
        self.tier_button = QPushButton(icon("tier"), self.tr("Tier…"), self)
        self.tier_button.setToolTip(self.tr("Move the chosen membership to another tier"))
        self.leave_button = QPushButton(icon("leave"), self.tr("Leave…"), self)
        self.leave_button.setToolTip(
            self.tr("End the chosen membership; it stays in the register as history")
        )
        buttons = (self.add_button, self.tier_button, self.leave_button)
        for button in buttons:
            offer(button, may_keep, UseCase.MANAGE_MEMBERS, hide=True)
        layout.addLayout(heading_over_buttons(self.tr("Memberships"), self, *buttons, scale=1.1))

        self.model = OrganisationMembershipModel(self)
        self.view = RecordTable(
            self.model,
            self,
            name="organisationMemberships",
            stretch=(OrganisationMembershipModel.COL_CLUSTER,),
            row_padding=10,
        )
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.view)
        self.empty_label = muted_label(
            self.tr(
                "Not a member of any cluster. A member's tier and the days it joined and "
                "left show here."
            ),
            self,
        )
        layout.addWidget(self.empty_label)
        self.add_button.clicked.connect(self.join)
        self.tier_button.clicked.connect(self.change_tier)
        self.leave_button.clicked.connect(self.leave)
        if may_keep:
            self.view.opened.connect(self.change_tier)
        self._update_buttons()

    # --- what the page calls ------------------------------------------------------------

    def set_organisation(self, organisation: CompanyRecord | None) -> None:
        """Show the memberships of ``organisation`` (None: nothing), read afresh."""
        self._organisation = organisation
        self._stale = False
        self.refresh()

    def showing_anything(self) -> bool:
        return self._organisation is not None

    def refresh(self) -> None:
        organisation = self._organisation
        rows: list[MembershipRecord] = []
        if organisation is not None:
            try:
                rows = self.context.services.members.list_memberships(
                    organisation_id=organisation.id
                )
            except AcceleratorError as error:
                log.info("memberships of %s: %s", organisation.id, error)
        chosen = self.selected()
        self.model.set_rows(rows)
        self.view.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        self.view.fit_to_rows(8)
        if chosen is not None:
            self.view.select(chosen.id)
        self._update_buttons()

    def selected(self) -> MembershipRecord | None:
        return self.view.selected()

    # --- the actions --------------------------------------------------------------------

    def join(self) -> None:
        from accelerator.ui.dialogs.membership_dialogs import AddMembershipDialog

        if self._organisation is None:
            return
        joined = AddMembershipDialog.ask(self, self.context, organisation=self._organisation)
        if joined is not None:
            self.refresh()
            self.view.select(joined.id)

    def change_tier(self) -> None:
        from accelerator.ui.dialogs.membership_dialogs import ChangeTierDialog

        membership = self.selected()
        if membership is None or membership.left_on is not None:
            return
        changed = ChangeTierDialog.ask(self, self.context, membership)
        if changed is not None:
            self.refresh()

    def leave(self) -> None:
        from accelerator.ui.dialogs.membership_dialogs import LeaveDialog

        membership = self.selected()
        if membership is None or membership.left_on is not None:
            return
        if LeaveDialog.ask(self, self.context, membership) is not None:
            self.refresh()

    def _update_buttons(self) -> None:
        membership = self.selected()
        open_one = membership is not None and membership.left_on is None
        self.add_button.setEnabled(self._organisation is not None)
        for button in (self.tier_button, self.leave_button):
            button.setEnabled(open_one)
