"""A membership of a cluster: adding one (for an organisation on record or a new one, which
is registered with its kind in the same save), moving it to another tier, and ending it.

Ending keeps it: the membership stays in the register with its last day, as history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QWidget

from accelerator.domain.enums import OrganisationKind, in_words
from accelerator.errors import AcceleratorError
from accelerator.services.companies import CompanyInput
from accelerator.services.records import ClusterRecord, CompanyRecord, MembershipRecord
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.form import FormDialog
from accelerator.ui.kit import format_date, group_org_number, muted_label

#: How many organisations the name field offers as it is typed into.
OFFERED = 30


def kind_choice(parent: QWidget, kind: OrganisationKind = OrganisationKind.COMPANY) -> QComboBox:
    """A drop-down of the kinds of organisation, ``kind`` chosen."""
    combo = QComboBox(parent)
    for member in OrganisationKind:
        combo.addItem(in_words(member), member.value)
    combo.setCurrentIndex(combo.findData(kind.value))
    return combo


def chosen_kind(combo: QComboBox) -> OrganisationKind:
    # A combo hands its data back as plain text, not as the enum it was given.
    return OrganisationKind(combo.currentData())


def fill_tiers(combo: QComboBox, cluster: ClusterRecord | None, tier_id: int | None = None) -> None:
    """The cluster's tiers in its order, ``tier_id`` (else the first) chosen."""
    combo.clear()
    for tier in cluster.tiers if cluster is not None else ():
        combo.addItem(tier.name, tier.id)
    found = combo.findData(tier_id) if tier_id is not None else -1
    combo.setCurrentIndex(max(found, 0) if combo.count() else -1)


class AddMembershipDialog(FormDialog[MembershipRecord]):
    """``AddMembershipDialog.ask(parent, context)`` makes an organisation a member of a
    cluster and returns the membership, or None. The organisation is one on record, typed
    or chosen as its name is typed, or a new one, registered with its kind in the same
    save; ``organisation`` fixes it (its own page), ``cluster_id`` chooses the cluster."""

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        *,
        organisation: CompanyRecord | None = None,
        cluster_id: int | None = None,
    ) -> None:
        super().__init__(
            parent, context, title=self.tr("Add a membership"), accept=self.tr("Add membership")
        )
        self.fixed = organisation
        self.found: CompanyRecord | None = organisation
        self._memberships: list[MembershipRecord] = []
        companies = context.services.companies
        self.clusters = context.services.clusters.list_clusters()

        # Made in the order of the rows, which Tab follows.
        self.organisation_edit = QLineEdit(self)
        self.organisation_edit.setObjectName("organisation")
        self.organisation_edit.setPlaceholderText(
            self.tr("A name or org. number, on record or new")
        )
        self.organisation_note = muted_label("", self)
        self.kind_combo = kind_choice(self)
        self.org_number_edit = QLineEdit(self)
        self.org_number_edit.setPlaceholderText(self.tr("Optional; nine digits in Norway"))
        self.cluster_combo = QComboBox(self)
        for cluster in self.clusters:
            self.cluster_combo.addItem(cluster.name, cluster.id)
        self.tier_combo = QComboBox(self)
        self.joined_edit = self.date_field(dt.date.today())

        if organisation is not None:
            self.add_row(self.tr("Organisation:"), _plain(organisation.name, self))
            self.organisation_edit.setVisible(False)
            self.organisation_note.setVisible(False)
        else:
            self.add_field("name", self.tr("&Organisation:"), self.organisation_edit)
            # Beneath the name: which organisation on record it is, or that it is new.
            self.form_layout.addRow("", self.organisation_note)
        self.kind_error = self.add_field("kind", self.tr("&Kind:"), self.kind_combo)
        self.org_number_error = self.add_field(
            "org_number", self.tr("Org. &number:"), self.org_number_edit
        )
        self.add_field("cluster", self.tr("&Cluster:"), self.cluster_combo)
        self.cluster_note = muted_label("", self)
        self.cluster_note.setVisible(False)
        self.form_layout.addRow("", self.cluster_note)
        self.add_field("tier", self.tr("&Tier:"), self.tier_combo)
        self.add_date_field("joined_on", self.tr("&Joined on:"), self.joined_edit)

        if not self.clusters:
            self.general_error.setText(
                self.tr("There are no clusters yet: add one under Clusters first.")
            )
            self.general_error.setVisible(True)
            self.save_button.setEnabled(False)
        chosen = self.cluster_combo.findData(cluster_id) if cluster_id is not None else 0
        self.cluster_combo.setCurrentIndex(max(chosen, 0) if self.clusters else -1)
        self._cluster_changed()
        self.cluster_combo.currentIndexChanged.connect(self._cluster_changed)

        self.completer = QCompleter(self)
        self.completer.setModel(QStringListModel(self))
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation_edit.setCompleter(self.completer)
        # The search waits for a pause in the typing: a name's every letter would be a
        # search of every organisation on record.
        self._search = QTimer(self)
        self._search.setSingleShot(True)
        self._search.setInterval(150)
        self._search.timeout.connect(self.look_up)
        self.organisation_edit.textChanged.connect(lambda _text: self._search.start())
        self._companies = companies
        self._show_new_rows(False)
        self.organisation_note.setVisible(False)
        if organisation is not None:
            self._read_memberships()

    # --- the organisation ----------------------------------------------------------------

    def look_up(self) -> None:
        """Which organisation on record the name is (if any), and those it might be."""
        self._search.stop()
        if self.fixed is not None:
            return
        text = self.organisation_edit.text().strip()
        found = self._companies.find_companies(text, limit=OFFERED) if text else []
        self.found = _named(text, found) or self._by_number(text)
        if self.found is None and len(found) >= OFFERED:
            # A short name many others contain may come after the first few by name.
            self.found = _named(text, self._companies.find_companies(text, limit=5000))
        model = self.completer.model()
        assert isinstance(model, QStringListModel)
        names = list(dict.fromkeys(c.name for c in found))
        model.setStringList(names)
        if self.found is None and names and self.organisation_edit.hasFocus():
            self.completer.setCompletionPrefix(text)
            self.completer.complete()
        self._show_found(text)

    def _by_number(self, text: str) -> CompanyRecord | None:
        digits = "".join(text.split())
        return self._companies.by_org_number(digits) if digits.isdigit() else None

    def _show_found(self, text: str) -> None:
        """Say which organisation the name is, and ask for a new one's kind and number."""
        new = bool(text) and self.found is None
        self._show_new_rows(new)
        if self.found is not None:
            self.organisation_note.setText(self._describe(self.found))
        elif new:
            self.organisation_note.setText(
                self.tr("Not on record: it is registered as a new organisation of the kind below.")
            )
        else:
            self.organisation_note.setText("")
        self.organisation_note.setVisible(bool(text))
        self.save_button.setText(self.tr("Register and add") if new else self.tr("Add membership"))
        self._read_memberships()

    def _read_memberships(self) -> None:
        found = self.found
        self._memberships = (
            self.context.services.members.list_memberships(organisation_id=found.id)
            if found is not None
            else []
        )
        self._show_membership()

    def _show_membership(self) -> None:
        """Say so when the organisation is a member of the cluster chosen already: it is
        probably another cluster, or another organisation, that is meant."""
        cluster = self.cluster()
        current = next(
            (m for m in self._memberships
             if cluster is not None and m.cluster_id == cluster.id and m.left_on is None),
            None,
        )  # fmt: skip
        if current is not None:
            self.cluster_note.setText(
                self.tr("{0} is a member already, as {1} since {2}.").format(
                    current.organisation_name, current.tier_name, format_date(current.joined_on)
                )
            )
        self.cluster_note.setVisible(current is not None)

    def _describe(self, organisation: CompanyRecord) -> str:
        if organisation.registration:
            return self.tr("On record: {0}, {1}, org. number {2}").format(
                organisation.name,
                in_words(organisation.kind).lower(),
                group_org_number(organisation.registration),
            )
        return self.tr("On record: {0}, {1}").format(
            organisation.name, in_words(organisation.kind).lower()
        )

    def _show_new_rows(self, new: bool) -> None:
        self.show_field(self.kind_error, new)
        self.show_field(self.org_number_error, new)

    # --- the cluster ---------------------------------------------------------------------

    def cluster(self) -> ClusterRecord | None:
        cluster_id = self.cluster_combo.currentData()
        return next((c for c in self.clusters if c.id == cluster_id), None)

    def _cluster_changed(self) -> None:
        fill_tiers(self.tier_combo, self.cluster())
        self._show_membership()

    # --- saving --------------------------------------------------------------------------

    def save_call(self) -> Callable[[], MembershipRecord] | None:
        self.look_up()  # what was typed just now, whatever the timer
        cluster = self.cluster()
        if cluster is None:
            return None
        members = self.context.services.members
        cluster_id, tier_id = cluster.id, self.tier_combo.currentData()
        joined = self.joined_edit.date()
        if self.found is not None:
            organisation_id = self.found.id
            return lambda: members.join(organisation_id, cluster_id, tier_id, joined)
        new = CompanyInput(
            name=self.organisation_edit.text(),
            org_number=self.org_number_edit.text(),
            kind=chosen_kind(self.kind_combo),
        )
        return lambda: members.join_new(new, cluster_id, tier_id, joined)


class ChangeTierDialog(FormDialog[MembershipRecord]):
    """``ChangeTierDialog.ask(parent, context, membership)`` moves the membership to another
    of its cluster's tiers and returns it, or None."""

    def __init__(
        self, parent: QWidget | None, context: AppContext, membership: MembershipRecord
    ) -> None:
        super().__init__(
            parent,
            context,
            title=self.tr("Tier of {0}").format(membership.organisation_name),
            accept=self.tr("Change tier"),
        )
        members = context.services.members
        self.membership = membership
        self.tier_combo = QComboBox(self)
        self.cluster_record: ClusterRecord | None = None
        try:
            self.cluster_record = context.services.clusters.get_cluster(membership.cluster_id)
        except AcceleratorError as error:
            self.refuse(error)
        self.add_row(self.tr("Organisation:"), _plain(membership.organisation_name, self))
        self.add_row(self.tr("Cluster:"), _plain(membership.cluster_name, self))
        self.add_row(self.tr("Member since:"), _plain(format_date(membership.joined_on), self))
        self.add_field("tier", self.tr("&Tier:"), self.tier_combo)
        self.edit(membership, lambda: members.get_membership(membership.id))

    def fill(self, record: MembershipRecord) -> None:
        self.membership = record
        fill_tiers(self.tier_combo, self.cluster_record, record.tier_id)

    def save_call(self) -> Callable[[], MembershipRecord]:
        members = self.context.services.members
        tier_id = self.tier_combo.currentData()
        membership_id, versioned = self.membership.id, self.editing()
        return lambda: members.change_tier(
            membership_id, tier_id, expected_version=versioned.version
        )


class LeaveDialog(FormDialog[MembershipRecord]):
    """``LeaveDialog.ask(parent, context, membership)`` ends the membership on the day
    chosen (its last day as a member) and returns it, or None. It stays as history."""

    def __init__(
        self, parent: QWidget | None, context: AppContext, membership: MembershipRecord
    ) -> None:
        super().__init__(
            parent,
            context,
            title=self.tr("End the membership of {0}").format(membership.organisation_name),
            accept=self.tr("End membership"),
        )
        members = context.services.members
        self.membership = membership
        self.left_edit = self.date_field(dt.date.today())
        self.left_edit.set_minimum(membership.joined_on)
        self.add_row(self.tr("Organisation:"), _plain(membership.organisation_name, self))
        self.add_row(self.tr("Cluster:"), _plain(membership.cluster_name, self))
        member_since = self.tr("{0}, as {1}").format(
            format_date(membership.joined_on), membership.tier_name
        )
        self.add_row(self.tr("Member since:"), _plain(member_since, self))
        self.add_date_field("left_on", self.tr("&Last day as a member:"), self.left_edit)
        self.add_below(
            muted_label(
                self.tr(
                    "The membership stays in the register with its dates, as history; "
                    "it is never deleted. The organisation can join again later."
                ),
                self,
            )
        )
        self.edit(membership, lambda: members.get_membership(membership.id))

    def fill(self, record: MembershipRecord) -> None:
        self.membership = record

    def save_call(self) -> Callable[[], MembershipRecord]:
        members = self.context.services.members
        left = self.left_edit.date()
        membership_id, versioned = self.membership.id, self.editing()
        return lambda: members.leave(membership_id, left, expected_version=versioned.version)


def _named(text: str, found: list[CompanyRecord]) -> CompanyRecord | None:
    """The first organisation called ``text``, in any case."""
    folded = text.casefold()
    return next((c for c in found if c.name.casefold() == folded), None) if text else None


def _plain(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label
