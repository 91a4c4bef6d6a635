"""A joint project's dialogs: the project itself (new or changed), a change of its status on
a day, a partner (the organisation chosen as its name is typed, a role, its own share), a
funding application, a link to a document, and the two lists a project names from (the
strategic areas and the funding schemes).

A partner and an application are saved over the version shown, as every record is: the
service's conflict carries the whole project, and the dialog shows the partner's or the
application's part of it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.enums import FundingDecision, PartnerRole, ProjectStatus, in_words
from accelerator.domain.formatting import NumberParseError, parse_number, quoted
from accelerator.errors import ConflictError, NotFoundError
from accelerator.i18n import in_context
from accelerator.services.permissions import UseCase
from accelerator.services.projects import (
    CatalogueEntry,
    DocumentLink,
    FundingInput,
    FundingRecord,
    PartnerInput,
    PartnerRecord,
    ProjectInput,
    ProjectRecord,
)
from accelerator.services.records import CompanyRecord
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.form import FormDialog
from accelerator.ui.kit import format_count, format_date, muted_label
from accelerator.ui.models.project_table import CatalogueTableModel
from accelerator.ui.widgets.kept_list import KeptList, KeptListWords

_tr = in_context("ProjectDialogs")
# The words of the lists of strategic areas and funding schemes.
_catalogue_tr = in_context("_CatalogueTab")

#: How many organisations the partner's name field offers as it is typed into.
OFFERED = 30


def amount_text(amount: int | None) -> str:
    """An amount as a field shows it: ``1 200 000`` in bokmål, nothing for none."""
    return format_count(amount) if amount is not None else ""


def read_amount(edit: QLineEdit, line: QLabel) -> tuple[bool, int | None]:
    """The whole kroner typed in ``edit`` (None: nothing typed); False, with the reason on
    ``line``, when it is not a whole number."""
    text = edit.text().strip()
    if not text:
        return True, None
    try:
        value = parse_number(text)
    except NumberParseError as error:
        line.setText(str(error))
        line.setVisible(True)
        return False, None
    if isinstance(value, float):
        line.setText(_tr("Type whole kroner, without øre"))
        line.setVisible(True)
        return False, None
    return True, value


def _amount_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0" * 18) + 20)
    return edit


def _in_kroner(edit: QLineEdit, parent: QWidget, kr: str) -> QWidget:
    """The amount's field with ``kr`` after it."""
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit)
    row.addWidget(QLabel(kr, box))
    row.addStretch(1)
    box.setFocusProxy(edit)
    return box


def _text_box(parent: QWidget, name: str, lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().height() * lines + 14)
    return edit


def _choose(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))


def _part_of(error: ConflictError, current: object | None) -> ConflictError:
    """The service's conflict about a partner or an application, with that record (not
    the whole project) as it is now."""
    return ConflictError(
        str(error),
        current=current,
        changed_by=error.changed_by,
        changed_at=error.changed_at,
        what=error.what,
    )


def partner_in(project: ProjectRecord, partner_id: int) -> PartnerRecord | None:
    return next((p for p in project.partners if p.id == partner_id), None)


def funding_in(project: ProjectRecord, application_id: int) -> FundingRecord | None:
    return next((f for f in project.funding if f.id == application_id), None)


# --- the project --------------------------------------------------------------------------


class ProjectDialog(FormDialog[ProjectRecord]):
    """``ProjectDialog.ask(parent, context)`` records a new project; with ``project``, changes
    its title, area, dates, budget, description and notes (its status moves with
    :class:`StatusDialog`). Returns the project saved, or None."""

    def __init__(
        self, parent: QWidget | None, context: AppContext, project: ProjectRecord | None = None
    ) -> None:
        new = project is None
        super().__init__(
            parent,
            context,
            title=self.tr("New joint project") if new else self.tr("Change the project"),
            accept=self.tr("Create project") if new else self.tr("Save project"),
            width=560,
        )
        self._documents: tuple[DocumentLink, ...] = ()
        self._meeting_id: int | None = None
        projects = context.services.projects
        areas = projects.strategic_areas(include_retired=not new)

        # Made in the order of the rows, which Tab follows.
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("projectTitle")
        self.area_combo = QComboBox(self)
        self.area_combo.setObjectName("projectArea")
        self.area_combo.addItem(self.tr("(none)"), None)
        for area in areas:
            if area.active or (project is not None and area.id == project.strategic_area_id):
                self.area_combo.addItem(area.name, area.id)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("projectStatus")
        for status in ProjectStatus:
            self.status_combo.addItem(in_words(status), status.value)
        self.status_day = self.date_field(dt.date.today())
        self.start_edit = self.date_field(None, optional=True)
        self.end_edit = self.date_field(None, optional=True)
        self.budget_edit = _amount_edit(self, "projectBudget")
        self.description_edit = _text_box(self, "projectDescription", 3)
        self.notes_edit = _text_box(self, "projectNotes", 3)

        self.title_error = self.add_field("title", self.tr("&Title:"), self.title_edit)
        self.add_field("strategic_area", self.tr("Strategic &area:"), self.area_combo)
        if new:
            self.add_field("status", self.tr("&Status:"), self.status_combo)
            self.add_date_field("status_on", self.tr("Status reached o&n:"), self.status_day)
        else:
            self.status_combo.setVisible(False)
            self.status_day.setVisible(False)
        self.add_date_field("start_on", self.tr("Sta&rts:"), self.start_edit)
        self.add_date_field("end_on", self.tr("&Ends:"), self.end_edit)
        self.budget_error = self.add_field(
            "total_budget",
            self.tr("Total &budget:"),
            _in_kroner(self.budget_edit, self, self.tr("kr")),
            focus=self.budget_edit,
        )
        self.add_field("description", self.tr("&Description:"), self.description_edit)
        self.add_field("notes", self.tr("N&otes:"), self.notes_edit)
        if project is not None:
            self.edit(project, lambda: projects.get_project(project.id))

    def fill(self, record: ProjectRecord) -> None:
        self.title_edit.setText(record.title)
        _choose(self.area_combo, record.strategic_area_id)
        self.start_edit.set_date(record.start_on)
        self.end_edit.set_date(record.end_on)
        self.budget_edit.setText(amount_text(record.total_budget))
        self.description_edit.setPlainText(record.description)
        self.notes_edit.setPlainText(record.notes)
        self._documents = record.documents
        self._meeting_id = record.created_from_meeting_id

    def save_call(self) -> Callable[[], ProjectRecord] | None:
        understood, budget = read_amount(self.budget_edit, self.budget_error)
        if not understood:
            return None
        data = ProjectInput(
            title=self.title_edit.text(),
            description=self.description_edit.toPlainText(),
            strategic_area_id=self.area_combo.currentData(),
            start_on=self.start_edit.date(),
            end_on=self.end_edit.date(),
            total_budget=budget,
            notes=self.notes_edit.toPlainText(),
            documents=self._documents,
            created_from_meeting_id=self._meeting_id,
            status=ProjectStatus(self.status_combo.currentData()),
            status_on=self.status_day.date(),
        )
        projects = self.context.services.projects
        return self.create_or_update(
            lambda: projects.create_project(data),
            lambda project_id, version: projects.update_project(
                project_id, data, expected_version=version
            ),
        )


def project_input(record: ProjectRecord, **changes: object) -> ProjectInput:
    """What ``record`` holds, as a form sends it, with ``changes``."""
    fields: dict[str, object] = {
        "title": record.title,
        "description": record.description,
        "strategic_area_id": record.strategic_area_id,
        "start_on": record.start_on,
        "end_on": record.end_on,
        "total_budget": record.total_budget,
        "notes": record.notes,
        "documents": record.documents,
        "created_from_meeting_id": record.created_from_meeting_id,
    }
    fields.update(changes)
    return ProjectInput(**fields)  # type: ignore[arg-type]


class StatusDialog(FormDialog[ProjectRecord]):
    """``StatusDialog.ask(parent, context, project)``: the project reached a status on a
    day (today unless another is typed; never in the future, nor before its last step)."""

    def __init__(self, parent: QWidget | None, context: AppContext, project: ProjectRecord) -> None:
        super().__init__(
            parent, context, title=self.tr("Change the status"), accept=self.tr("Change status")
        )
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusChoice")
        for status in ProjectStatus:
            self.status_combo.addItem(in_words(status), status.value)
        self.day_edit = self.date_field(dt.date.today())
        since = project.status_since
        now = (
            self.tr("{0} is {1} since {2}.").format(
                project.title, in_words(project.status).lower(), format_date(since)
            )
            if since is not None
            else self.tr("{0} is {1}.").format(project.title, in_words(project.status).lower())
        )
        self.add_above(muted_label(now, self))
        self.add_field("status", self.tr("New &status:"), self.status_combo)
        self.add_date_field("status_on", self.tr("&Reached on:"), self.day_edit)
        self.project_id = project.id
        self.edit(project, lambda: context.services.projects.get_project(project.id))
        # The next step of the usual way, the one most often recorded.
        following = {
            ProjectStatus.IDEA: ProjectStatus.APPLYING,
            ProjectStatus.APPLYING: ProjectStatus.GRANTED,
            ProjectStatus.GRANTED: ProjectStatus.RUNNING,
            ProjectStatus.REJECTED: ProjectStatus.APPLYING,
            ProjectStatus.RUNNING: ProjectStatus.COMPLETED,
        }
        _choose(self.status_combo, following.get(project.status, project.status).value)

    def fill(self, record: ProjectRecord) -> None:
        pass  # the status and day chosen stay: a new step, not a form of the project

    def save_call(self) -> Callable[[], ProjectRecord]:
        status = ProjectStatus(self.status_combo.currentData())
        day, projects = self.day_edit.date(), self.context.services.projects
        versioned, project_id = self.editing(), self.project_id
        return lambda: projects.set_status(
            project_id, status, on=day, expected_version=versioned.version
        )


# --- a partner ----------------------------------------------------------------------------


class PartnerDialog(FormDialog[PartnerRecord]):
    """``PartnerDialog.ask(parent, context, project)`` adds an organisation on record to the
    project, found as its name is typed, with a role (the lead while there is none) and its
    own share; with ``partner``, changes its role and share. Returns the partner."""

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        project: ProjectRecord,
        partner: PartnerRecord | None = None,
    ) -> None:
        new = partner is None
        super().__init__(
            parent,
            context,
            title=self.tr("Add a partner") if new else self.tr("Change the partner"),
            accept=self.tr("Add partner") if new else self.tr("Save partner"),
        )
        self.project = project
        self.found: CompanyRecord | None = None
        self._companies = context.services.companies

        self.organisation_edit = QLineEdit(self)
        self.organisation_edit.setObjectName("partnerOrganisation")
        self.organisation_edit.setPlaceholderText(self.tr("Type a name or an org. number"))
        self.organisation_note = muted_label("", self)
        self.organisation_note.setObjectName("partnerFound")
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("partnerRole")
        for role in PartnerRole:
            self.role_combo.addItem(in_words(role), role.value)
        self.share_edit = _amount_edit(self, "partnerShare")

        self.add_above(muted_label(project.title, self))
        if partner is None:
            self.organisation_error = self.add_field(
                "organisation", self.tr("&Organisation:"), self.organisation_edit
            )
            self.form_layout.addRow("", self.organisation_note)
        else:
            self.organisation_edit.setVisible(False)
            self.organisation_note.setVisible(False)
            self.add_row(self.tr("Organisation:"), QLabel(partner.organisation_name, self))
        self.role_error = self.add_field("role", self.tr("&Role:"), self.role_combo)
        self.share_error = self.add_field(
            "own_share",
            self.tr("Own &share:"),
            _in_kroner(self.share_edit, self, self.tr("kr")),
            focus=self.share_edit,
        )
        lead = project.lead
        _choose(self.role_combo, (PartnerRole.PARTNER if lead else PartnerRole.LEAD).value)

        self.completer = QCompleter(self)
        self.completer.setModel(QStringListModel(self))
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation_edit.setCompleter(self.completer)
        # The search waits for a pause in the typing, as the membership dialog's does.
        self._search = QTimer(self)
        self._search.setSingleShot(True)
        self._search.setInterval(150)
        self._search.timeout.connect(self.look_up)
        self.organisation_edit.textChanged.connect(lambda _text: self._search.start())
        self.organisation_note.setVisible(False)
        if partner is not None:
            projects = context.services.projects
            self.edit(partner, lambda: _partner_now(projects.get_project(project.id), partner.id))

    def fill(self, record: PartnerRecord) -> None:
        _choose(self.role_combo, record.role.value)
        self.share_edit.setText(amount_text(record.own_share))

    # --- the organisation ---------------------------------------------------------------

    def look_up(self) -> None:
        """Which organisation on record the name is: the one so named, or the only one
        whose name holds it; the others it might be are offered beneath."""
        self._search.stop()
        if self.versioned is not None:
            return
        text = self.organisation_edit.text().strip()
        found = self._companies.find_companies(text, limit=OFFERED) if text else []
        folded = text.casefold()
        named = [c for c in found if c.name.casefold() == folded]
        digits = "".join(text.split())
        by_number = [c for c in found if digits and c.registration == digits]
        self.found = next(iter(named or by_number), found[0] if len(found) == 1 else None)
        model = self.completer.model()
        assert isinstance(model, QStringListModel)
        names = list(dict.fromkeys(c.name for c in found))
        model.setStringList(names)
        if self.found is None and names and self.organisation_edit.hasFocus():
            self.completer.setCompletionPrefix(text)
            self.completer.complete()
        self._show_found(text, found)

    def _show_found(self, text: str, found: list[CompanyRecord]) -> None:
        organisation = self.found
        there = {p.organisation_id for p in self.project.partners}
        if organisation is not None:
            clusters = ", ".join(self._clusters_of(organisation.id))
            words = in_words(organisation.kind).lower()
            note = (
                self.tr("{0}, {1}; a member of {2}").format(organisation.name, words, clusters)
                if clusters
                else self.tr("{0}, {1}; a member of no cluster").format(organisation.name, words)
            )
            if organisation.id in there:
                note = self.tr("{0} is a partner already.").format(organisation.name)
        elif text and found:
            note = self.tr("%n organisations match: choose one from the list", "", len(found))
        elif text:
            note = self.tr("No organisation on record is called {0}.").format(quoted(text))
        else:
            note = ""
        self.organisation_note.setText(note)
        self.organisation_note.setVisible(bool(note))

    def _clusters_of(self, organisation_id: int) -> list[str]:
        day = self.project.start_on or dt.date.today()
        members = self.context.services.members.list_memberships(organisation_id=organisation_id)
        return sorted(
            {
                m.cluster_name
                for m in members
                if m.joined_on <= day and (m.left_on is None or m.left_on >= day)
            }
        )

    # --- saving -------------------------------------------------------------------------

    def save_call(self) -> Callable[[], PartnerRecord] | None:
        understood, share = read_amount(self.share_edit, self.share_error)
        if self.versioned is None:
            self.look_up()  # what was typed just now, whatever the timer
            if self.found is None:
                text = self.organisation_edit.text().strip()
                self.organisation_error.setText(
                    self.tr("Choose an organisation on record; register a new one under Members")
                    if text
                    else self.tr("Type the name of an organisation on record")
                )
                self.organisation_error.setVisible(True)
                return None
        if not understood:
            return None
        role = PartnerRole(self.role_combo.currentData())
        projects, project_id = self.context.services.projects, self.project.id
        if self.versioned is None:
            assert self.found is not None
            data = PartnerInput(self.found.id, role, share)
            organisation_id = self.found.id

            def add() -> PartnerRecord:
                saved = projects.add_partner(project_id, data)
                return next(p for p in saved.partners if p.organisation_id == organisation_id)

            return add
        versioned = self.versioned
        partner_id = versioned.record.id
        data = PartnerInput(versioned.record.organisation_id, role, share)
        return lambda: _partner_saved(
            lambda: projects.update_partner(partner_id, data, expected_version=versioned.version),
            partner_id,
        )


def _partner_now(project: ProjectRecord, partner_id: int) -> PartnerRecord:
    partner = partner_in(project, partner_id)
    if partner is None:
        raise NotFoundError(_tr("The partner was removed from the project meanwhile."))
    return partner


def _partner_saved(call: Callable[[], ProjectRecord], partner_id: int) -> PartnerRecord:
    try:
        project = call()
    except ConflictError as error:
        current = error.current
        part = partner_in(current, partner_id) if isinstance(current, ProjectRecord) else None
        raise _part_of(error, part) from error
    return _partner_now(project, partner_id)


# --- a funding application ----------------------------------------------------------------


class FundingDialog(FormDialog[FundingRecord]):
    """``FundingDialog.ask(parent, context, project)`` records an application for the
    project's funding: the scheme, the amount applied for, and once decided the decision,
    its day and the amount granted; with ``application``, changes it."""

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        project: ProjectRecord,
        application: FundingRecord | None = None,
    ) -> None:
        new = application is None
        super().__init__(
            parent,
            context,
            title=self.tr("Add a funding application")
            if new
            else self.tr("Change the funding application"),
            accept=self.tr("Add application") if new else self.tr("Save application"),
        )
        self.project = project
        projects = context.services.projects
        self.scheme_combo = QComboBox(self)
        self.scheme_combo.setObjectName("fundingScheme")
        for scheme in projects.funding_schemes(include_retired=not new):
            if scheme.active or (application is not None and scheme.id == application.scheme_id):
                self.scheme_combo.addItem(scheme.name, scheme.id)
        self.applied_edit = _amount_edit(self, "fundingApplied")
        self.decision_combo = QComboBox(self)
        self.decision_combo.setObjectName("fundingDecision")
        for decision in FundingDecision:
            self.decision_combo.addItem(in_words(decision), decision.value)
        self.decided_edit = self.date_field(None, optional=True)
        self.granted_edit = _amount_edit(self, "fundingGranted")
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setObjectName("fundingReference")
        self.reference_edit.setPlaceholderText(self.tr("The funder's number for it"))

        self.add_above(muted_label(project.title, self))
        self.add_field("scheme", self.tr("S&cheme:"), self.scheme_combo)
        self.applied_error = self.add_field(
            "amount_applied",
            self.tr("&Applied for:"),
            _in_kroner(self.applied_edit, self, self.tr("kr")),
            focus=self.applied_edit,
        )
        self.add_field("decision", self.tr("&Decision:"), self.decision_combo)
        self.add_date_field("decided_on", self.tr("Decided &on:"), self.decided_edit)
        self.granted_error = self.add_field(
            "amount_granted",
            self.tr("&Granted:"),
            _in_kroner(self.granted_edit, self, self.tr("kr")),
            focus=self.granted_edit,
        )
        self.add_field("reference", self.tr("&Reference:"), self.reference_edit)
        self.decision_combo.currentIndexChanged.connect(lambda _index: self._decision_changed())
        if application is not None:
            self.edit(
                application,
                lambda: _funding_now(projects.get_project(project.id), application.id),
            )
        self._decision_changed()

    def fill(self, record: FundingRecord) -> None:
        _choose(self.scheme_combo, record.scheme_id)
        self.applied_edit.setText(amount_text(record.amount_applied))
        _choose(self.decision_combo, record.decision.value)
        self.decided_edit.set_date(record.decided_on)
        self.granted_edit.setText(amount_text(record.amount_granted))
        self.reference_edit.setText(record.reference)

    def _decision_changed(self) -> None:
        """A day only once decided, an amount granted only to a grant."""
        decision = FundingDecision(self.decision_combo.currentData())
        self.decided_edit.setEnabled(decision is not FundingDecision.PENDING)
        self.granted_edit.setEnabled(decision is FundingDecision.GRANTED)

    def save_call(self) -> Callable[[], FundingRecord] | None:
        applied_ok, applied = read_amount(self.applied_edit, self.applied_error)
        granted_ok, granted = read_amount(self.granted_edit, self.granted_error)
        if not (applied_ok and granted_ok):
            return None
        decision = FundingDecision(self.decision_combo.currentData())
        data = FundingInput(
            scheme_id=self.scheme_combo.currentData(),
            amount_applied=applied if applied is not None else None,  # type: ignore[arg-type]
            decision=decision,
            decided_on=self.decided_edit.date()
            if decision is not FundingDecision.PENDING
            else None,
            amount_granted=granted if decision is FundingDecision.GRANTED else None,
            reference=self.reference_edit.text(),
        )
        projects, project_id = self.context.services.projects, self.project.id
        before = {f.id for f in self.project.funding}

        def add() -> FundingRecord:
            saved = projects.add_funding(project_id, data)
            return next(f for f in saved.funding if f.id not in before)

        return self.create_or_update(
            add,
            lambda application_id, version: _funding_saved(
                lambda: projects.update_funding(application_id, data, expected_version=version),
                application_id,
            ),
        )


def _funding_now(project: ProjectRecord, application_id: int) -> FundingRecord:
    application = funding_in(project, application_id)
    if application is None:
        raise NotFoundError(_tr("The funding application was removed from the project meanwhile."))
    return application


def _funding_saved(call: Callable[[], ProjectRecord], application_id: int) -> FundingRecord:
    try:
        project = call()
    except ConflictError as error:
        current = error.current
        part = funding_in(current, application_id) if isinstance(current, ProjectRecord) else None
        raise _part_of(error, part) from error
    return _funding_now(project, application_id)


# --- a document's link --------------------------------------------------------------------


class LinkDialog(FormDialog[ProjectRecord]):
    """``LinkDialog.ask(parent, context, project)`` adds a link to one of the project's
    documents (a title and an address) to the project."""

    def __init__(self, parent: QWidget | None, context: AppContext, project: ProjectRecord) -> None:
        super().__init__(
            parent, context, title=self.tr("Add a document's link"), accept=self.tr("Add link")
        )
        self.label_edit = QLineEdit(self)
        self.label_edit.setObjectName("linkTitle")
        self.label_edit.setPlaceholderText(self.tr("Application to Innovation Norway"))
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("linkAddress")
        self.url_edit.setPlaceholderText(self.tr("https://… or a shared folder's path"))
        self.add_above(muted_label(project.title, self))
        self.add_field("", self.tr("&Title:"), self.label_edit)
        self.url_error = self.add_field(
            f"documents.{len(project.documents)}", self.tr("&Address:"), self.url_edit
        )
        self.edit(project, lambda: context.services.projects.get_project(project.id))

    def fill(self, record: ProjectRecord) -> None:
        pass  # the link typed stays; it is added to the project as it is now

    def save_call(self) -> Callable[[], ProjectRecord] | None:
        url = self.url_edit.text().strip()
        if not url:
            self.url_error.setText(self.tr("Type the document's address"))
            self.url_error.setVisible(True)
            return None
        link = DocumentLink(self.label_edit.text().strip(), url)
        projects, versioned = self.context.services.projects, self.editing()

        def add() -> ProjectRecord:
            record = versioned.record  # after Overwrite, theirs: the link goes onto it
            data = project_input(record, documents=(*record.documents, link))
            return projects.update_project(record.id, data, expected_version=versioned.version)

        return add


# --- the two lists ------------------------------------------------------------------------


class EntryDialog(FormDialog[CatalogueEntry]):
    """A strategic area's or a funding scheme's name, new or changed."""

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        schemes: bool,
        entry: CatalogueEntry | None = None,
    ) -> None:
        if schemes:
            title = self.tr("New funding scheme") if entry is None else self.tr("Rename the scheme")
        else:
            title = self.tr("New strategic area") if entry is None else self.tr("Rename the area")
        super().__init__(
            parent,
            context,
            title=title,
            accept=self.tr("Add") if entry is None else self.tr("Rename"),
        )
        self.schemes = schemes
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("entryName")
        self.add_field("name", self.tr("&Name:"), self.name_edit)
        if entry is not None:
            projects, entry_id = context.services.projects, entry.id

            def now() -> CatalogueEntry:
                every = (
                    projects.funding_schemes(include_retired=True)
                    if schemes
                    else projects.strategic_areas(include_retired=True)
                )
                return next(e for e in every if e.id == entry_id)

            self.edit(entry, now)

    def fill(self, record: CatalogueEntry) -> None:
        self.name_edit.setText(record.name)

    def save_call(self) -> Callable[[], CatalogueEntry]:
        name, projects = self.name_edit.text(), self.context.services.projects
        if self.schemes:
            return self.create_or_update(
                lambda: projects.add_funding_scheme(name),
                lambda entry_id, version: projects.rename_funding_scheme(
                    entry_id, name, expected_version=version
                ),
            )
        return self.create_or_update(
            lambda: projects.add_strategic_area(name),
            lambda entry_id, version: projects.rename_strategic_area(
                entry_id, name, expected_version=version
            ),
        )


class _CatalogueTab(KeptList[CatalogueEntry]):
    """One list: its entries, and for whoever keeps projects Add, Rename, Retire or
    Reactivate, and Remove (only while nothing names the entry)."""

    def __init__(self, parent: QWidget, context: AppContext, schemes: bool) -> None:
        super().__init__(
            parent,
            context,
            CatalogueTableModel(),
            KeptListWords(
                add=_catalogue_tr("&Add…"),
                rename=_catalogue_tr("Re&name…"),
                retire=_catalogue_tr("Re&tire"),
                reactivate=_catalogue_tr("Reac&tivate"),
                remove=_catalogue_tr("Re&move…"),
                in_use=_catalogue_tr("In use: retire it instead, and it is offered no more"),
                retire_tip=_catalogue_tr(
                    "Offered no more; the projects and applications that name it keep it"
                ),
                reactivate_tip=_catalogue_tr("Offered again for new projects and applications"),
                remove_title=_catalogue_tr("Remove from the list"),
                remove_question=_catalogue_tr("Remove {0} from the list? Nothing names it."),
                remove_action=_catalogue_tr("Remove"),
            ),
            name="schemeTable" if schemes else "areaTable",
            use_case=UseCase.MANAGE_PROJECTS,
            stretch=(CatalogueTableModel.COL_NAME,),
        )
        self.schemes = schemes
        self.refresh()

    def entries(self) -> list[CatalogueEntry]:
        projects = self.context.services.projects
        if self.schemes:
            return projects.funding_schemes(include_retired=True)
        return projects.strategic_areas(include_retired=True)

    def ask_new(self) -> CatalogueEntry | None:
        return EntryDialog.ask(self, self.context, self.schemes)

    def ask_edit(self, entry: CatalogueEntry) -> CatalogueEntry | None:
        return EntryDialog.ask(self, self.context, self.schemes, entry)

    def set_active(self, entry_id: int, active: bool, expected_version: int | None) -> object:
        projects = self.context.services.projects
        if self.schemes:
            return projects.set_funding_scheme_active(
                entry_id, active, expected_version=expected_version
            )
        return projects.set_strategic_area_active(
            entry_id, active, expected_version=expected_version
        )

    def remove(self, entry_id: int) -> None:
        projects = self.context.services.projects
        if self.schemes:
            projects.remove_funding_scheme(entry_id)
        else:
            projects.remove_strategic_area(entry_id)


class CataloguesDialog(QDialog):
    """``CataloguesDialog.ask(parent, context)``: the strategic areas and the funding
    schemes, a tab each, to look at and (for whoever keeps projects) to change."""

    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Strategic areas and funding schemes"))
        self.resize(620, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted_label(
                self.tr(
                    "A project names its strategic area, an application its scheme. One that "
                    "is retired is offered no more and stays where it is named; one nothing "
                    "names can be removed."
                ),
                self,
            )
        )
        self.tabs = QTabWidget(self)
        self.areas = _CatalogueTab(self.tabs, context, False)
        self.schemes = _CatalogueTab(self.tabs, context, True)
        self.tabs.addTab(self.areas, self.tr("Strategic areas"))
        self.tabs.addTab(self.schemes, self.tr("Funding schemes"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext) -> None:
        dialog = cls(parent, context)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
