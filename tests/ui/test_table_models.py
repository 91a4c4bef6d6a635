"""Every list in the window is one ``RecordTableModel``: found by walking the ui package (so
a new model cannot be left out), filled with no rows and with a few whose names have
Norwegian letters, checked with qtmodeltester, and held to the one contract (``record_at``,
``row_of`` giving None, ``ID_ROLE``, sorting in Norwegian order with empty cells last and
the selection kept). Each column title is one a translator sees (pyside6-lupdate finds it
in the model's own context)."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from pytestqt.modeltest import ModelTester

import accelerator.ui
from accelerator.db.open import open_database
from accelerator.domain.enums import AssessmentKind, CohortStatus, OrganisationKind, Role
from accelerator.services import Services
from accelerator.services.audit_log import AuditFilter
from accelerator.services.clusters import ClusterInput, TierInput
from accelerator.services.companies import CompanyInput, ContactInput
from accelerator.services.importing import read_companies_csv, suggest_mapping
from accelerator.ui.models.table import ID_ROLE, SORT_ROLE, RecordTableModel
from tests.factories import Factory

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
NORWEGIAN = set("ÆØÅæøå")
TODAY = dt.date.today()


def _ui_modules() -> None:
    for info in pkgutil.walk_packages(accelerator.ui.__path__, "accelerator.ui."):
        importlib.import_module(info.name)


def _subclasses(base: type) -> list[type]:
    found: list[type] = []
    todo = [base]
    while todo:
        for cls in todo.pop().__subclasses__():
            todo.append(cls)
            if cls.__module__.startswith("accelerator.") and cls not in found:
                found.append(cls)
    return sorted(found, key=lambda c: f"{c.__module__}.{c.__qualname__}")


_ui_modules()
MODELS = [c for c in _subclasses(RecordTableModel) if c is not RecordTableModel]


def test_every_table_in_the_window_is_a_record_table_model() -> None:
    """A list written as its own QAbstractTableModel has its own contract again (row_of
    giving -1 here and None there); the only other item models are trees."""
    tables = _subclasses(QAbstractTableModel)
    others = [c.__qualname__ for c in tables if not issubclass(c, RecordTableModel)]
    assert others == []
    trees = [
        c.__qualname__
        for c in _subclasses(QAbstractItemModel)
        if not issubclass(c, QAbstractTableModel)
    ]
    assert trees == ["ProgrammeTreeModel"]
    assert len(MODELS) >= 19


# --- a small world, with Norwegian names -------------------------------------------------------


@dataclass
class World:
    services: Services
    programme_id: int
    cohort_id: int
    company_id: int
    enrolment_id: int
    mentor_id: int
    folder: Path


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, template_database: Path) -> Iterator[World]:
    """One database for the module's models (made once: they only read it), in a folder whose
    name shows in the backups' tooltips."""
    folder = tmp_path_factory.mktemp("tabeller-på-ørland")
    path = folder / "accelerator.db"
    shutil.copyfile(template_database, path)
    db = open_database(str(path))
    services = Services(db, backups_dir=folder / "sikkerhetskopier")
    make = Factory(services)
    programme = make.programme(name="Havbruk på Vestlandet", cluster="Blå klynge")
    make.template(programme.id, "Ti kundeintervju", "Første betalende kunde")
    cohort = make.cohort(
        programme.id,
        name="Vår 2026",
        start_date=TODAY - dt.timedelta(weeks=12),
        end_date=TODAY + dt.timedelta(weeks=12),
        status=CohortStatus.RUNNING,
    )
    earlier = make.cohort(programme.id, name="Øst-kull")
    for name in ("Ålesund-kull", "Zulu-kull"):
        make.cohort(programme.id, name=name)
    mentor = make.user(username="bjorn", display_name="Bjørn Åsheim", role=Role.MENTOR)
    enrolment_id = company_id = 0
    for name, sector in (
        ("Ærfugl Sjømat AS", "Sjømat"),
        ("Øyfisk AS", ""),
        ("Ålesund Subsea AS", "Undervannsteknologi"),
        ("Blåskjell Teknologi AS", "Havbruk"),
    ):
        company = make.company(name=name, sector=sector)
        enrolment = services.enrolments.enrol(cohort.id, company.id, joined_on=cohort.start_date)
        services.enrolments.assign_mentor(enrolment.id, mentor.id)
        if not enrolment_id:
            enrolment_id, company_id = enrolment.id, company.id
    services.enrolments.enrol(earlier.id, company_id, joined_on=earlier.start_date)
    make.assessment(
        enrolment_id,
        kind=AssessmentKind.BASELINE,
        assessed_on=TODAY - dt.timedelta(weeks=10),
        assessor_id=mentor.id,
    )
    make.assessment(
        enrolment_id,
        assessed_on=TODAY - dt.timedelta(weeks=2),
        assessor_id=mentor.id,
        notes="Møtte tre kunder på Ørland",
    )
    services.companies.add_contact(
        company_id, ContactInput("Åse Øvrebø", "Dagleg leiar", "ase@aerfugl.no", "+47 900 00 000")
    )
    services.companies.add_contact(company_id, ContactInput("Ola Nordmann", "Styreleiar"))
    retired = make.user(username="aashild", display_name="Åshild Ødegård", role=Role.COORDINATOR)
    services.users.set_active(retired.id, False)
    # A framework in use is revised into a new version, so there are two.
    framework_id = services.frameworks.default_framework_id()
    spec = services.frameworks.export_framework(framework_id)
    services.frameworks.revise_framework(
        framework_id, replace(spec, name="Klar for marknaden, Ørland-utgåva")
    )
    # Members of the programme's cluster and of a partner cluster, one of them gone.
    home = services.clusters.find_cluster("Blå klynge")
    assert home is not None
    partner = services.clusters.create_cluster(
        ClusterInput("Ålesund Havklynge", short_name="ÅHK"),
        tiers=[TierInput("Medlem"), TierInput("Øvrige")],
    )
    institute = services.members.join_new(
        CompanyInput("Havforskingsinstituttet på Ørland", kind=OrganisationKind.RESEARCH_INSTITUTE),
        home.id,
        home.tiers[1].id,
        TODAY - dt.timedelta(weeks=200),
    )
    services.members.join(institute.organisation_id, partner.id, None, TODAY)
    for company in services.companies.list_companies(kinds=[OrganisationKind.COMPANY]):
        joined = services.members.join(company.id, home.id, None, TODAY - dt.timedelta(weeks=50))
        if company.name == "Øyfisk AS":
            services.members.leave(joined.id, TODAY - dt.timedelta(weeks=2))
    backup = services.safety.back_up_now()
    # A second one, as the daily backup named it a while ago.
    shutil.copyfile(backup.path, backup.path.with_name("accelerator-2026-01-05T090000-daily.db"))
    try:
        yield World(services, programme.id, cohort.id, company_id, enrolment_id, mentor.id, folder)
    finally:
        db.dispose()


# --- how to fill each model: its records, as the window gets them ----------------------------

Filled = tuple[RecordTableModel[Any], list[Any]]


def _cohorts(w: World) -> Filled:
    from accelerator.ui.models.programme_models import CohortTableModel

    return CohortTableModel(), w.services.programmes.list_cohorts(w.programme_id)


def _enrolments(w: World) -> Filled:
    from accelerator.ui.models.programme_models import EnrolmentRow, EnrolmentTableModel

    enrolments = w.services.enrolments.list_enrolments(cohort_id=w.cohort_id)
    return EnrolmentTableModel(), [EnrolmentRow(e) for e in enrolments]


def _candidates(w: World) -> Filled:
    from accelerator.ui.models.programme_models import CandidateCompaniesModel

    return CandidateCompaniesModel(), w.services.companies.list_companies()


def _template(w: World) -> Filled:
    from accelerator.ui.models.programme_models import TemplateItemsModel, TemplateRow

    items = w.services.programmes.template(w.programme_id)
    return TemplateItemsModel(), [TemplateRow.of(i) for i in items] + [TemplateRow("Ny: Å")]


def _companies(w: World) -> Filled:
    from accelerator.ui.models.company_table import CompanyTableModel

    return CompanyTableModel(), w.services.overview.company_rows()


def _contacts(w: World) -> Filled:
    from accelerator.ui.models.company_contact_table import CompanyContactTableModel

    contacts = w.services.companies.get_company(w.company_id).contacts
    return CompanyContactTableModel(), list(contacts)


def _company_enrolments(w: World) -> Filled:
    from accelerator.ui.models.company_enrolment_table import CompanyEnrolmentTableModel

    enrolments = w.services.enrolments.list_enrolments(company_id=w.company_id)
    return CompanyEnrolmentTableModel(), enrolments


def _frameworks(w: World) -> Filled:
    from accelerator.ui.models.framework_table import FrameworkModel

    return FrameworkModel(), w.services.frameworks.list_frameworks()


def _history(w: World) -> Filled:
    from accelerator.ui.models.history_table import HistoryModel

    return HistoryModel(), w.services.assessments.list_for_enrolment(w.enrolment_id)


def _checklist(w: World) -> Filled:
    from accelerator.ui.models.milestone_model import MilestoneTableModel, checklist_rows

    milestones = w.services.enrolments.milestones(w.enrolment_id)
    return MilestoneTableModel(), checklist_rows(milestones, TODAY)


def _dimensions(w: World) -> Filled:
    from accelerator.ui.models.dashboard_models import DimensionModel, DimensionRow

    rows = [
        DimensionRow("customer", "Kunde", 3.25, 1.5, 4, 3),
        DimensionRow("ip", "Immaterielle rettar (IPR)", None, None, 0, 0),
        DimensionRow("team", "Team og eigarskap", 4.0, -0.5, 4, 2),
        DimensionRow("growth", "Vekst på nye marknader", 2.0, 0.0, 1, 1),
    ]
    return DimensionModel(), rows


def _summaries(w: World) -> list[Any]:
    return list(w.services.overview.cohort_dashboard(w.cohort_id).companies)


def _at_risk(w: World) -> Filled:
    from accelerator.ui.models.dashboard_models import AtRiskModel

    return AtRiskModel(), _summaries(w)


def _gaps(w: World) -> Filled:
    from accelerator.ui.models.dashboard_models import GapModel

    return GapModel(), _summaries(w)


def _cohort_companies(w: World) -> Filled:
    from accelerator.ui.models.dashboard_models import CohortCompanyModel

    return CohortCompanyModel(), _summaries(w)


def _users(w: World) -> Filled:
    from accelerator.ui.pages.users import UsersModel

    return UsersModel(w.mentor_id), w.services.users.list_users()


def _audit(w: World) -> Filled:
    from accelerator.ui.pages.audit import AuditModel

    return AuditModel(), w.services.audit.entries(AuditFilter(table_name="companies"))


def _my_companies(w: World) -> Filled:
    from accelerator.ui.pages.my_companies import MyCompaniesModel

    return MyCompaniesModel(), w.services.mentoring.my_enrolments(w.mentor_id)


def _preview(w: World) -> Filled:
    from accelerator.ui.dialogs.import_wizard import ImportPreviewModel

    text = "Namn;Organisasjonsnummer;Bransje\nÆrø Havbruk AS;923609016;Sjømat\nØyvind AS;12;\n"
    table = read_companies_csv(text.encode("utf-8"))
    mapping = suggest_mapping(table.headers).fields
    model = ImportPreviewModel()
    model.set_preview(w.services.importing.preview(table, mapping))
    return model, model.rows()


def _backups(w: World) -> Filled:
    from accelerator.ui.dialogs.restore_dialog import BackupTableModel

    return BackupTableModel(), w.services.safety.list_backups()


def _members(w: World) -> Filled:
    from accelerator.ui.models.member_table import MemberTableModel

    return MemberTableModel(), w.services.members.list_memberships()


def _organisation_memberships(w: World) -> Filled:
    from accelerator.ui.models.member_table import OrganisationMembershipModel

    institute = next(
        m.organisation_id
        for m in w.services.members.list_memberships()
        if m.kind is OrganisationKind.RESEARCH_INSTITUTE
    )
    memberships = w.services.members.list_memberships(organisation_id=institute)
    return OrganisationMembershipModel(), memberships


def _clusters(w: World) -> Filled:
    from accelerator.ui.models.member_table import ClusterTableModel

    return ClusterTableModel(), w.services.clusters.list_clusters()


def _checkin(w: World) -> Filled:
    """The door's matches: expected, arrived, a walk-in and one who cancelled, on today's
    event (made here, on first use: the other models do not show events)."""
    from accelerator.domain.enums import EventKind, RegistrationStatus
    from accelerator.services.events import EventInput, PersonInput
    from accelerator.ui.models.checkin_table import CheckinTableModel

    events = w.services.events
    made = [e for e in events.list_events() if e.title == "Havdagen på Ørland"]
    if made:
        return CheckinTableModel(), events.checkin_list(made[0].id).registrations[::-1]
    today = dt.datetime.combine(TODAY, dt.time(0, 0))
    event = events.create_event(
        EventInput("Havdagen på Ørland", EventKind.CONFERENCE, today, today.replace(hour=23))
    )
    people = [
        PersonInput("Åse Øvrebø", "ase@aerfugl.no", "Ærfugl Sjømat AS"),
        PersonInput("Ola Nordmann", "ola@oyfisk.no", "Øyfisk AS"),
        PersonInput("Kari Bø", "kari@example.no"),
    ]
    ids = [events.register(event.id, p).registration.id for p in people]
    events.check_in(ids[0])
    events.change_status(ids[2], RegistrationStatus.CANCELLED)
    events.walk_in(event.id, PersonInput("Bjørn Ås", organisation="Ålesund Subsea AS"))
    return CheckinTableModel(), events.checkin_list(event.id).registrations[::-1]


def _year_of_events(w: World) -> list[Any]:
    """The door's event and a seminar before it, where two of the company's people
    registered, one of them a guest on the waitlist; made on first use."""
    from accelerator.domain.enums import EventKind
    from accelerator.services.events import EventInput, PersonInput

    _checkin(w)
    events = w.services.events
    if not [e for e in events.list_events() if e.title == "Ørlandsseminaret"]:
        day = dt.datetime.combine(TODAY - dt.timedelta(days=40), dt.time(12, 0))
        seminar = events.create_event(
            EventInput(
                "Ørlandsseminaret",
                EventKind.SEMINAR,
                day,
                day.replace(hour=15),
                place="Brekstad",
                capacity=1,
            )
        )
        (contact, *_) = w.services.companies.get_company(w.company_id).contacts
        events.register(seminar.id, PersonInput(contact_id=contact.id))
        events.register(
            seminar.id, PersonInput("Øystein Å", "oystein@example.no", organisation_id=w.company_id)
        )
        door = next(e for e in events.list_events() if e.title == "Havdagen på Ørland")
        events.register(
            door.id, PersonInput("Ørjan Ås", "orjan@example.no", organisation_id=w.company_id)
        )
    return events.list_events()


def _events(w: World) -> Filled:
    from accelerator.ui.models.event_table import EventTableModel

    model = EventTableModel()
    model.set_events(_year_of_events(w))
    return model, model.rows()


def _registrations(w: World) -> Filled:
    from accelerator.ui.models.event_table import RegistrationTableModel

    seminar = next(e for e in _year_of_events(w) if e.title == "Ørlandsseminaret")
    door = next(e for e in _year_of_events(w) if e.title == "Havdagen på Ørland")
    people = w.services.events.registrations(seminar.id) + w.services.events.registrations(door.id)
    return RegistrationTableModel(), people


def _organisation_events(w: World) -> Filled:
    from accelerator.ui.models.event_table import OrganisationEventModel

    _year_of_events(w)
    return OrganisationEventModel(), w.services.events.events_of(w.company_id)


def _registration_preview(w: World) -> Filled:
    from accelerator.services.importing.registrations import suggest_registration_mapping
    from accelerator.services.importing.workbook import read_spreadsheet
    from accelerator.ui.dialogs.registration_import import RegistrationPreviewModel

    text = "Navn;E-post;Organisasjon\nÅse Ærø;ase@aero.no;Ærø Havbruk AS\nØyvind;ikke en adresse;\n"
    table = read_spreadsheet(text.encode("utf-8"))
    event = _year_of_events(w)[0]
    mapping = suggest_registration_mapping(table.headers).fields
    model = RegistrationPreviewModel()
    model.set_preview(w.services.events.preview_registrations(event.id, table, mapping))
    return model, model.rows()


def _matchmaking(w: World) -> list[Any]:
    """Needs and offers of the companies, with Norwegian letters; made on first use."""
    from accelerator.domain.enums import NeedCategory, NeedSide
    from accelerator.services.needs import NeedInput

    needs = w.services.needs
    if not needs.list_needs():
        companies = {c.name: c.id for c in w.services.companies.list_companies()}
        for name, side, summary, tags in (
            ("Ærfugl Sjømat AS", NeedSide.NEED, "Pilotkunde for fôrsensorer", "Sensorer, havbruk"),
            ("Øyfisk AS", NeedSide.NEED, "Testanlegg for lakseøye", "Havbruk"),
            ("Ålesund Subsea AS", NeedSide.OFFER, "Undervannsdroner på prøve", "Sensorer"),
            ("Blåskjell Teknologi AS", NeedSide.OFFER, "Måling i merd", "Havbruk, sensorer"),
        ):
            needs.create_need(
                NeedInput(
                    companies[name],
                    side,
                    NeedCategory.PILOT_CUSTOMER,
                    summary,
                    technology_tags=tags,
                )
            )
    return needs.list_needs()


def _needs(w: World) -> Filled:
    from accelerator.ui.models.need_table import NeedTableModel

    return NeedTableModel(), _matchmaking(w)


def _proposals(w: World) -> Filled:
    from accelerator.ui.models.need_table import ProposalTableModel

    _matchmaking(w)
    return ProposalTableModel(), w.services.needs.proposals(per_need=None)


def _meetings(w: World) -> Filled:
    from accelerator.services.meetings import MeetingInput
    from accelerator.ui.models.need_table import MeetingTableModel

    _matchmaking(w)
    meetings = w.services.meetings
    if not meetings.list_meetings():
        start = dt.datetime.combine(TODAY + dt.timedelta(days=3), dt.time(10, 0))
        for hour, proposal in enumerate(w.services.needs.proposals(per_need=1)[:2]):
            meetings.book(
                MeetingInput(
                    start + dt.timedelta(hours=hour),
                    need_id=proposal.need.id,
                    offer_id=proposal.offer.id,
                    place="Ørland kysttorg",
                )
            )
    return MeetingTableModel(), meetings.list_meetings()


def _organisation_meetings(w: World) -> Filled:
    from accelerator.ui.models.need_table import OrganisationMeetingModel

    _model, meetings = _meetings(w)
    model = OrganisationMeetingModel()
    model.organisation_id = meetings[0].organisation_id
    return model, meetings


def _joint_projects(w: World) -> list[Any]:
    """Two joint projects with Norwegian names, one across the two clusters with an
    application and documents; made on first use."""
    from accelerator.domain.enums import FundingDecision, PartnerRole
    from accelerator.services.projects import (
        DocumentLink,
        FundingInput,
        PartnerInput,
        ProjectInput,
    )

    projects = w.services.projects
    if not projects.list_projects():
        companies = {c.name: c.id for c in w.services.companies.list_companies()}
        scheme = projects.funding_schemes()[0]
        area = projects.strategic_areas()[0]
        made = projects.create_project(
            ProjectInput(
                "Ørretfôr fra tang",
                strategic_area_id=area.id,
                start_on=TODAY - dt.timedelta(weeks=10),
                end_on=TODAY + dt.timedelta(weeks=40),
                total_budget=1_500_000,
                documents=(
                    DocumentLink("Søknad", "https://example.no/søknad.pdf"),
                    DocumentLink("Avtale", "https://example.no/avtale.pdf"),
                ),
            )
        )
        projects.add_partner(made.id, PartnerInput(companies["Ærfugl Sjømat AS"], PartnerRole.LEAD))
        projects.add_partner(
            made.id,
            PartnerInput(companies["Havforskingsinstituttet på Ørland"], PartnerRole.RD_PARTNER, 0),
        )
        projects.add_funding(
            made.id,
            FundingInput(
                scheme.id,
                900_000,
                FundingDecision.GRANTED,
                TODAY - dt.timedelta(weeks=2),
                800_000,
                "Å-123",
            ),
        )
        projects.add_funding(made.id, FundingInput(scheme.id, 300_000, reference="Ø-7"))
        partner_cluster = w.services.clusters.find_cluster("Ålesund Havklynge")
        assert partner_cluster is not None
        projects.add_cluster(made.id, partner_cluster.id)
        projects.add_funding_scheme("Ålesund kommunes næringsfond")
        projects.create_project(ProjectInput("Åpen havdata"))
    return projects.list_projects()


def _projects(w: World) -> Filled:
    from accelerator.ui.models.project_table import ProjectTableModel

    return ProjectTableModel(), _joint_projects(w)


def _project(w: World) -> Any:
    rows = _joint_projects(w)
    return w.services.projects.get_project(next(r.id for r in rows if r.partners))


def _organisation_projects(w: World) -> Filled:
    from accelerator.domain.enums import PartnerRole
    from accelerator.services.projects import PartnerInput
    from accelerator.ui.models.organisation_project_table import OrganisationProjectModel

    rows = _joint_projects(w)
    company = next(
        c.id for c in w.services.companies.list_companies() if c.name == "Ærfugl Sjømat AS"
    )
    projects = w.services.projects
    if len(projects.projects_of_organisation(company)) < 2:
        other = next(r.id for r in rows if not r.partners)
        projects.add_partner(other, PartnerInput(company, PartnerRole.PARTNER))
    return OrganisationProjectModel(), projects.projects_of_organisation(company)


def _partners(w: World) -> Filled:
    from accelerator.ui.models.project_table import PartnerTableModel

    return PartnerTableModel(), list(_project(w).partners)


def _funding(w: World) -> Filled:
    from accelerator.ui.models.project_table import FundingTableModel

    return FundingTableModel(), list(_project(w).funding)


def _project_clusters(w: World) -> Filled:
    from accelerator.ui.models.project_table import InvolvedClusterModel

    return InvolvedClusterModel(), list(_project(w).clusters)


def _documents(w: World) -> Filled:
    from accelerator.ui.models.project_table import DocumentRow, DocumentTableModel

    return DocumentTableModel(), DocumentRow.of(_project(w).documents)


def _catalogue(w: World) -> Filled:
    from accelerator.ui.models.project_table import CatalogueTableModel

    _joint_projects(w)
    return CatalogueTableModel(), w.services.projects.funding_schemes(include_retired=True)


def _own_figures(w: World) -> list[Any]:
    from accelerator.domain.enums import KpiUnit

    figures = w.services.figures
    names = {f.name for f in figures.custom_fields()}
    for name in ("Tonn fisk foredlet", "Årlige kurs holdt"):
        if name not in names:
            figures.add_field(name, KpiUnit.DECIMAL if name.startswith("Tonn") else KpiUnit.COUNT)
    return figures.custom_fields()


def _figure_fields(w: World) -> Filled:
    from accelerator.ui.dialogs.figure_fields_dialog import FigureFieldModel

    return FigureFieldModel(), _own_figures(w)


def _organisation_figures(w: World) -> Filled:
    from accelerator.ui.widgets.organisation_figures import FigureTableModel, figure_rows

    own = _own_figures(w)
    company = w.services.companies.list_companies()[0].id
    figures = w.services.figures
    figures.record(company, 2025, {"revenue": 1_250_000, "fte": 3.5, own[1].key: 4})
    rows, _years = figure_rows(figures.fields(), figures.of_organisation(company))
    return FigureTableModel(), rows


def _collection_plan(w: World) -> Filled:
    from accelerator.domain.enums import KpiUnit
    from accelerator.services.figure_forms import FilePlan, FormChange, FormProblem, FormStatus
    from accelerator.ui.dialogs.collect_forms_wizard import CollectionPlanModel

    ready = FilePlan(
        Path("2025 Ærfugl Sjømat AS.xlsx"),
        FormStatus.READY,
        organisation_name="Ærfugl Sjømat AS",
        changes=(FormChange("revenue", "Omsetning", KpiUnit.AMOUNT, None, 1_000_000, "D11", 0),),
    )
    refused = FilePlan(
        Path("notater.xlsx"),
        FormStatus.REFUSED,
        problems=(FormProblem("", "filen er ikke et regneark"),),
    )
    empty = FilePlan(Path("2025 Øyfisk AS.xlsx"), FormStatus.EMPTY, organisation_name="Øyfisk AS")
    return CollectionPlanModel(), [ready, refused, empty]


def _sessions(w: World) -> Filled:
    import datetime as dt

    from accelerator.domain.enums import SessionKind
    from accelerator.services.sessions import SessionInput
    from accelerator.ui.widgets.mentor_sessions import SessionsModel

    sessions = w.services.sessions
    if len(sessions.sessions_of(w.enrolment_id)) < 2:
        for day, kind, topic, follow_ups in (
            (
                dt.date.today() - dt.timedelta(days=2),
                SessionKind.MEETING,
                "Prising av merdkameraet",
                "Send tilbud",
            ),
            (dt.date.today(), SessionKind.CALL, "Øvelse på investormøtet", ""),
        ):
            sessions.log_session(
                SessionInput(w.enrolment_id, day, 75, kind, topic, follow_ups, w.mentor_id)
            )
    return SessionsModel(), sessions.sessions_of(w.enrolment_id)


FILL: dict[str, Callable[[World], Filled]] = {
    "CohortTableModel": _cohorts,
    "EnrolmentTableModel": _enrolments,
    "CandidateCompaniesModel": _candidates,
    "TemplateItemsModel": _template,
    "CompanyTableModel": _companies,
    "CompanyContactTableModel": _contacts,
    "CompanyEnrolmentTableModel": _company_enrolments,
    "FrameworkModel": _frameworks,
    "HistoryModel": _history,
    "MilestoneTableModel": _checklist,
    "DimensionModel": _dimensions,
    "AtRiskModel": _at_risk,
    "GapModel": _gaps,
    "CohortCompanyModel": _cohort_companies,
    "UsersModel": _users,
    "AuditModel": _audit,
    "MyCompaniesModel": _my_companies,
    "ImportPreviewModel": _preview,
    "BackupTableModel": _backups,
    "MemberTableModel": _members,
    "OrganisationMembershipModel": _organisation_memberships,
    "ClusterTableModel": _clusters,
    "CheckinTableModel": _checkin,
    "EventTableModel": _events,
    "RegistrationTableModel": _registrations,
    "OrganisationEventModel": _organisation_events,
    "RegistrationPreviewModel": _registration_preview,
    "NeedTableModel": _needs,
    "ProposalTableModel": _proposals,
    "MeetingTableModel": _meetings,
    "OrganisationMeetingModel": _organisation_meetings,
    "ProjectTableModel": _projects,
    "OrganisationProjectModel": _organisation_projects,
    "PartnerTableModel": _partners,
    "FundingTableModel": _funding,
    "InvolvedClusterModel": _project_clusters,
    "DocumentTableModel": _documents,
    "CatalogueTableModel": _catalogue,
    "FigureFieldModel": _figure_fields,
    "FigureTableModel": _organisation_figures,
    "CollectionPlanModel": _collection_plan,
    "SessionsModel": _sessions,
}


def _cells(model: QAbstractItemModel, role: int = DISPLAY) -> list[str]:
    return [
        str(model.index(r, c).data(role) or "")
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]


@pytest.mark.parametrize("model_class", MODELS, ids=lambda c: c.__qualname__)
def test_each_model_keeps_the_contract(
    model_class: type[RecordTableModel[Any]], world: World, qtmodeltester: ModelTester
) -> None:
    fill = FILL.get(model_class.__qualname__)
    assert fill is not None, f"add representative rows for {model_class.__qualname__} to FILL"
    model, records = fill(world)
    assert type(model) is model_class and len(records) >= 2

    model.set_rows([])
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and model.record_at(0) is None

    model.set_rows(records)
    qtmodeltester.check(model)
    assert model.rowCount() == len(records)
    shown = "".join(_cells(model) + _cells(model, TOOLTIP))
    assert NORWEGIAN & set(shown), "the rows' Norwegian names are shown as they are"

    rows = model.rows()
    for n, record in enumerate(rows):
        assert model.record_at(n) is record
        key = model.key_of(record)
        assert model.index(n, 0).data(ID_ROLE) == key
        if key is not None:
            assert model.row_of(key) == n
    assert model.record_at(-1) is None and model.record_at(len(rows)) is None
    assert model.row_of(object()) is None, "one answer when no row shows the key: None"

    if not model.sortable:
        return
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            held = QPersistentModelIndex(model.index(0, column))
            first = model.record_at(0)
            model.sort(column, order)
            assert sorted(map(id, model.rows())) == sorted(map(id, rows))
            keys = [model.index(r, column).data(SORT_ROLE) for r in range(model.rowCount())]
            present = [k for k in keys if k is not None]
            assert keys == present + [None] * (len(keys) - len(present)), "empty ones last"
            wanted = sorted(present, reverse=order == Qt.SortOrder.DescendingOrder)
            assert present == wanted
            if held.isValid():  # the company list resets instead, and selects again
                assert model.record_at(held.row()) is first, "sorting keeps the selection"


# --- what was wrong before there was one model ---------------------------------------------


def test_names_sort_in_norwegian_order(world: World) -> None:
    """Æ, Ø and Å come after Z, as in a Norwegian dictionary (casefold put Å first)."""
    from accelerator.ui.models.programme_models import CohortTableModel

    model = CohortTableModel()
    model.set_rows(world.services.programmes.list_cohorts(world.programme_id))
    model.sort(CohortTableModel.COL_NAME)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == ["Vår 2026", "Zulu-kull", "Øst-kull", "Ålesund-kull"]


def test_companies_with_no_sector_sort_last_either_way(world: World) -> None:
    from accelerator.ui.models.programme_models import CandidateCompaniesModel

    model = CandidateCompaniesModel()
    model.set_companies(world.services.companies.list_companies(), [])
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(CandidateCompaniesModel.COL_SECTOR, order)
        last = model.index(model.rowCount() - 1, CandidateCompaniesModel.COL_NAME).data()
        assert last == "Øyfisk AS"


def test_a_framework_not_listed_has_no_row(world: World) -> None:
    from accelerator.ui.models.framework_table import FrameworkModel

    model = FrameworkModel()
    model.set_rows(world.services.frameworks.list_frameworks())
    assert model.row_of(123_456) is None


def test_sorting_the_cohort_dashboard_keeps_the_selected_company(world: World) -> None:
    from accelerator.ui.models.dashboard_models import CohortCompanyModel

    model = CohortCompanyModel()
    model.set_rows(world.services.overview.cohort_dashboard(world.cohort_id).companies)
    model.sort(CohortCompanyModel.COL_COMPANY)
    selected = QPersistentModelIndex(model.index(0, 0))
    name = selected.data()
    model.sort(CohortCompanyModel.COL_COMPANY, Qt.SortOrder.DescendingOrder)
    assert selected.isValid() and selected.row() == model.rowCount() - 1
    assert selected.data() == name


# --- what translators see --------------------------------------------------------------------


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    """The source texts pyside6-lupdate finds in the ui package, by context."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    target = tmp_path_factory.mktemp("lupdate") / "accelerator.ts"
    sources = sorted(str(p) for p in Path(accelerator.ui.__file__).parent.rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(target)], check=True, capture_output=True)
    found: dict[str, set[str]] = {}
    for context in ET.parse(target).getroot().iter("context"):
        name = context.findtext("name") or ""
        found.setdefault(name, set()).update(
            m.findtext("source") or "" for m in context.iter("message")
        )
    return found


def _constructed(cls: type[QAbstractTableModel]) -> QAbstractTableModel:
    parameters = inspect.signature(cls).parameters
    return cls(None) if "me" in parameters else cls()


TABLES = [c for c in _subclasses(QAbstractTableModel) if c is not RecordTableModel]


@pytest.mark.parametrize("model_class", TABLES, ids=lambda c: c.__qualname__)
def test_column_titles_are_marked_for_translators(
    model_class: type[QAbstractTableModel], catalogue: dict[str, set[str]]
) -> None:
    """Titles and header tips, in the context of the model's class (a title that is data,
    such as a readiness dimension's name, comes with the rows and is not among these)."""
    model = _constructed(model_class)
    marked = catalogue.get(model_class.__qualname__, set())
    compact = getattr(model, "set_compact_headers", None)
    for narrow in (False, True) if compact else (False,):
        if compact:
            compact(narrow)
        titles = [
            model.headerData(column, Qt.Orientation.Horizontal, role)
            for column in range(model.columnCount(QModelIndex()))
            for role in (DISPLAY, TOOLTIP)
        ]
        assert titles
        unmarked = [t for t in titles if t and t not in marked]
        assert unmarked == [], f"{model_class.__qualname__} in lupdate: {sorted(marked)}"
