"""The company page: the profile form with Save and Revert, the contacts, and the
company's history across cohorts with the chosen enrolment's facts and checklist."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.enums import OrganisationKind, in_words
from accelerator.domain.formatting import quoted
from accelerator.errors import AcceleratorError
from accelerator.services.permissions import UseCase
from accelerator.services.records import CompanyRecord, ContactRecord
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.company_contact_dialog import ContactDialog
from accelerator.ui.kit import (
    RecordTable,
    group_org_number,
    heading_label,
    heading_over_buttons,
    muted_label,
)
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.company_contact_table import CompanyContactTableModel
from accelerator.ui.operations import Versioned
from accelerator.ui.widgets.company_enrolments import CompanyEnrolments
from accelerator.ui.widgets.company_form import CompanyForm
from accelerator.ui.widgets.organisation_events import OrganisationEvents
from accelerator.ui.widgets.organisation_figures import OrganisationFigures
from accelerator.ui.widgets.organisation_meetings import OrganisationMeetings
from accelerator.ui.widgets.organisation_memberships import OrganisationMemberships
from accelerator.ui.widgets.organisation_needs import OrganisationNeeds
from accelerator.ui.widgets.organisation_projects import OrganisationProjects

log = logging.getLogger(__name__)


class CompanyProfile(QWidget):
    """One company. ``set_company`` shows it; the page asks ``has_unsaved_changes`` before
    showing another one or leaving."""

    #: The user asked to go back to the list (Back button or Alt+Left).
    back_requested = Signal()
    #: The profile was saved; carries the company id.
    saved = Signal(int)
    #: The company no longer exists (removed elsewhere).
    gone = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._record: CompanyRecord | None = None
        # The record the form was last filled from: its version is what a save changes.
        self._versioned: Versioned[CompanyRecord] | None = None
        self._may_edit = context.services.permissions.allows(UseCase.MANAGE_COMPANIES)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)

        # Header: back, the company's name and registration, Revert and Save.
        top = QHBoxLayout()
        top.setSpacing(8)
        self.back_button = QPushButton(icon("mdi6.arrow-left"), self.tr("All companies"), self)
        self.back_button.setToolTip(self.tr("Back to the company list (Alt+Left)"))
        self.back_button.setFlat(True)
        self.back_button.clicked.connect(self.back_requested)
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setToolTip(self.tr("Forget the changes and show the saved profile"))
        self.revert_button.clicked.connect(self.discard_changes)
        self.save_button = QPushButton(icon("save"), self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save the profile (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_changes)
        top.addWidget(self.revert_button)
        top.addWidget(self.save_button)
        outer.addLayout(top)

        self.title_label = heading_label("", self, 1.6)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = muted_label("", self, wrap=False)
        self.subtitle_label.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.setContentsMargins(4, 0, 0, 0)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        outer.addLayout(titles)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("companySplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_profile_side())
        self.enrolments = CompanyEnrolments(context, self)
        self._enrol_hint = self.enrolments.empty_label.text()
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 0, 0, 0)
        right_layout.addWidget(self.enrolments)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        outer.addWidget(self.splitter, 1)

        QShortcut(
            QKeySequence("Alt+Left"),
            self,
            self.back_requested.emit,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QShortcut(
            QKeySequence.StandardKey.Save,
            self,
            self.save_changes,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.form.set_read_only(not self._may_edit)
        self.save_button.setVisible(self._may_edit)
        self.revert_button.setVisible(self._may_edit)
        self._update_buttons()

    def _build_profile_side(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(scroll)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(4, 0, 12, 8)
        layout.setSpacing(8)
        layout.addWidget(heading_label(self.tr("Profile"), inner, 1.1))
        if not self._may_edit:
            note = muted_label(
                self.tr("Only a coordinator can change a company's profile and contacts."), inner
            )
            layout.addWidget(note)
        self.form = CompanyForm(inner)
        self.form.edited.connect(self._update_buttons)
        layout.addWidget(self.form)

        layout.addSpacing(10)
        self.add_contact_button = QPushButton(icon("add"), self.tr("Add…"), inner)
        self.add_contact_button.setToolTip(self.tr("Add a contact person"))
        self.edit_contact_button = QPushButton(icon("edit"), self.tr("Edit…"), inner)
        self.remove_contact_button = QPushButton(icon("remove"), self.tr("Remove"), inner)
        contact_buttons = (
            self.add_contact_button,
            self.edit_contact_button,
            self.remove_contact_button,
        )
        for button in contact_buttons:
            button.setVisible(self._may_edit)
        contacts_row = heading_over_buttons(self.tr("Contacts"), inner, *contact_buttons, scale=1.1)
        self.add_contact_button.clicked.connect(self.add_contact)
        self.edit_contact_button.clicked.connect(self.edit_contact)
        self.remove_contact_button.clicked.connect(self.remove_contact)
        layout.addLayout(contacts_row)

        self.contacts_model = CompanyContactTableModel(self)
        self.contacts_view = RecordTable(
            self.contacts_model,
            inner,
            name="contactTable",
            stretch=(CompanyContactTableModel.COL_EMAIL,),
            row_padding=10,
        )
        self.contacts_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.contacts_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contacts_view.selectionModel().selectionChanged.connect(self._update_buttons)
        if self._may_edit:
            self.contacts_view.opened.connect(self.edit_contact)
        layout.addWidget(self.contacts_view)
        self.no_contacts_label = muted_label(
            self.tr("No contacts yet. Add the people the programme works with at the company."),
            inner,
        )
        layout.addWidget(self.no_contacts_label)

        layout.addSpacing(10)
        self.memberships = OrganisationMemberships(self.context, inner)
        layout.addWidget(self.memberships)
        layout.addSpacing(10)
        self.figures = OrganisationFigures(self.context, inner)
        layout.addWidget(self.figures)
        layout.addSpacing(10)
        self.events = OrganisationEvents(self.context, inner)
        layout.addWidget(self.events)
        layout.addSpacing(10)
        self.needs = OrganisationNeeds(self.context, inner)
        layout.addWidget(self.needs)
        layout.addSpacing(10)
        self.meetings = OrganisationMeetings(self.context, inner)
        layout.addWidget(self.meetings)
        layout.addSpacing(10)
        self.projects = OrganisationProjects(self.context, inner)
        layout.addWidget(self.projects)
        layout.addStretch(1)
        scroll.setWidget(inner)
        # 440: room for a cluster's whole name beside its label once the page scrolls, and
        # for the sections' rows of buttons in bokmål.
        scroll.setMinimumWidth(440)
        return scroll

    # --- public -------------------------------------------------------------------------

    @property
    def company_id(self) -> int | None:
        return self._record.id if self._record else None

    @property
    def record(self) -> CompanyRecord | None:
        """The company as last saved or read."""
        return self._record

    def set_company(self, company_id: int, enrolment_id: int | None = None) -> bool:
        """Show ``company_id`` (any unsaved edits of the previous one are dropped: ask
        first) with ``enrolment_id`` selected in its history. False if it does not exist."""
        try:
            record = self.context.services.companies.get_company(company_id)
        except AcceleratorError as error:
            log.info("company %s: %s", company_id, error)
            return False
        self._record = record
        self._suggest()
        self._fill(record)
        self._show_contacts(record.contacts)
        self.memberships.set_organisation(record)
        self.figures.set_organisation(record)
        self.events.set_organisation(record)
        self.needs.set_organisation(record)
        self.meetings.set_organisation(record)
        self.projects.set_organisation(record)
        self.enrolments.set_company(record.id, enrolment_id)
        self._explain_history(record)
        self._update_buttons()
        return True

    def select_enrolment(self, enrolment_id: int) -> bool:
        return self.enrolments.select_enrolment(enrolment_id)

    def refresh(self) -> None:
        """Read the company again. Unsaved edits in the form are kept."""
        if self._record is None:
            return
        try:
            record = self.context.services.companies.get_company(self._record.id)
        except AcceleratorError:
            self._record = None
            self.gone.emit()
            return
        edited = self.form.is_edited()
        self._record = record
        if not edited:
            self._suggest()  # a cluster renamed or made meanwhile
            self._fill(record)
        self.memberships.set_organisation(record)
        self.figures.set_organisation(record)
        self.events.set_organisation(record)
        self.needs.set_organisation(record)
        self.meetings.set_organisation(record)
        self.projects.set_organisation(record)
        self._show_contacts(record.contacts)
        self.enrolments.refresh()
        self._explain_history(record)
        self._update_buttons()

    def _explain_history(self, record: CompanyRecord) -> None:
        """An organisation that is no company has no cohorts: say why, not how to enrol."""
        if record.kind is OrganisationKind.COMPANY:
            self.enrolments.empty_label.setText(self._enrol_hint)
            return
        self.enrolments.empty_label.setText(
            self.tr(
                "{0} is registered as {1}. Only companies are enrolled in cohorts; a "
                "cluster's other members show their memberships under Memberships."
            ).format(record.name, quoted(in_words(record.kind).lower()))
        )

    def _suggest(self) -> None:
        services = self.context.services
        self.form.set_suggestions(
            services.companies.suggestions(), services.clusters.list_clusters()
        )

    def has_unsaved_changes(self) -> bool:
        return self._record is not None and self._may_edit and self.form.is_edited()

    def save_changes(self) -> bool:
        """Save the profile; False (with the problems beside the fields) when refused."""
        if not self.has_unsaved_changes():
            return True
        assert self._record is not None and self._versioned is not None
        companies = self.context.services.companies
        company_id, value = self._record.id, self.form.value()
        versioned = self._versioned
        record = self.context.write(
            self,
            lambda: companies.update_company(company_id, value, expected_version=versioned.version),
            form=self.form.errors,
            title=self.tr("Save {0}").format(self._record.name),
            versioned=versioned,
        )
        if record is None:
            self.form.focus_first_error()
            return False
        self._record = record
        self._fill(record)
        self._update_buttons()
        self.saved.emit(record.id)
        return True

    def discard_changes(self) -> None:
        if self._record is not None:
            self._fill(self._record)
        self._update_buttons()

    def _fill(self, record: CompanyRecord) -> None:
        """Fill the form and the header from ``record``; a save then changes its version."""
        companies = self.context.services.companies
        self.form.load(record)
        self._show_header(record)
        self._versioned = Versioned(
            record,
            reload=self._take_theirs,
            fetch=lambda: companies.get_company(record.id),
        )

    def _take_theirs(self, record: CompanyRecord) -> None:
        """After a conflict: show the version someone else saved, replacing the edits."""
        self._record = record
        self._fill(record)
        self._update_buttons()

    # --- contacts -----------------------------------------------------------------------

    def selected_contact(self) -> ContactRecord | None:
        return self.contacts_view.selected()

    def add_contact(self) -> None:
        if self._record is None:
            return
        added = ContactDialog.ask(self, self.context, self._record.id, None, self._record.name)
        if added is not None:
            self.refresh()
            self.contacts_view.select(added.id)

    def edit_contact(self) -> None:
        contact = self.selected_contact()
        if self._record is None or contact is None:
            return
        edited = ContactDialog.ask(self, self.context, self._record.id, contact)
        if edited is not None:
            self.refresh()
            self.contacts_view.select(edited.id)

    def remove_contact(self) -> None:
        contact = self.selected_contact()
        if self._record is None or contact is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove contact"),
            self.tr("Remove {0} from the contacts of {1}?").format(contact.name, self._record.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        companies = self.context.services.companies
        self.context.write(
            self,
            lambda: companies.remove_contact(contact.id),
            title=self.tr("Remove contact"),
        )
        self.refresh()

    # --- showing ------------------------------------------------------------------------

    def _show_header(self, record: CompanyRecord) -> None:
        self.title_label.setText(record.name)
        parts = []
        if record.kind is not OrganisationKind.COMPANY:
            parts.append(in_words(record.kind))
        if record.is_foreign:
            number = record.registry_number
            parts.append(f"{record.country} {number}".strip())
        elif record.org_number:
            parts.append(self.tr("Org. no. {0}").format(group_org_number(record.org_number)))
        else:
            parts.append(self.tr("No org. number"))
        parts.extend(p for p in (record.sector, record.home_cluster) if p)
        self.subtitle_label.setText(" · ".join(parts))

    def _show_contacts(self, contacts: tuple[ContactRecord, ...]) -> None:
        selected = self.selected_contact()
        self.contacts_model.set_rows(contacts)
        self.contacts_view.setVisible(bool(contacts))
        self.no_contacts_label.setVisible(not contacts)
        self.contacts_view.fit_to_rows(6)
        if selected is not None:
            self.contacts_view.select(selected.id)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        edited = self.has_unsaved_changes()
        self.save_button.setEnabled(edited)
        self.revert_button.setEnabled(edited)
        has_contact = self.selected_contact() is not None
        self.edit_contact_button.setEnabled(has_contact)
        self.remove_contact_button.setEnabled(has_contact)
        self.add_contact_button.setEnabled(self._record is not None)
