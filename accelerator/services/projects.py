"""Joint projects: partners, clusters, funding applications, the timeline, the figures.

A joint project is done by organisations together: its partners, each with a role (one
lead at most) and its own share of the budget. The clusters involved follow from the
partners' memberships on the project's start date (today while it has none), and a
coordinator may add more by hand; a project of two or more clusters is cross-cluster.

Its status (idea, applying, granted, rejected, running, completed, stopped) is recorded
with the day it was reached: the timeline. A status is set today or on a day given, never
in the future nor before the last step of the timeline.

A project is removed only while none of its funding was granted: a grant is money a
funder accounts for, and the project that had it stays on record (stop it instead).

Strategic areas and funding schemes are editable lists: renamed, added, retired (offered
no more, kept on the projects and applications that name them), and removed only while
nothing names them.

A project that a cohort company started or joined during its enrolment (it is a partner,
and the project started, or was recorded when it has no start, between the day it joined
and the day its enrolment ended) is an outcome of the programme (``projects_of_enrolment``).

A coordinator keeps projects (MANAGE_PROJECTS). Everyone else reads: a viewer every one, a
mentor those with a partner of the companies of their cohorts, the other partners named
only when the mentor reads them too (as row-level security lets them on a server).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from accelerator.domain.collaboration import (
    CLUSTER,
    Edge,
    EdgeKind,
    Graph,
    Node,
    cluster_key,
    graph,
    organisation_key,
)
from accelerator.domain.enums import (
    EnrolmentStatus,
    FundingDecision,
    MeetingOutcome,
    MeetingStatus,
    OrganisationKind,
    PartnerRole,
    ProjectStatus,
    in_words,
)
from accelerator.domain.formatting import format_date, quoted
from accelerator.domain.text import collation_key
from accelerator.errors import NotFoundError, PermissionDeniedError, ValidationError
from accelerator.i18n import in_context, marked
from accelerator.models import (
    Cluster,
    Cohort,
    Company,
    Enrolment,
    FundingApplication,
    FundingScheme,
    JointProject,
    Meeting,
    Membership,
    ProjectCluster,
    ProjectDocument,
    ProjectPartner,
    ProjectStatusChange,
    StrategicArea,
)
from accelerator.services.base import Service
from accelerator.services.members import active_on
from accelerator.services.use_cases import UseCase
from accelerator.services.validation import Problems, clean_text

log = logging.getLogger(__name__)
_tr = in_context("Projects")

AnySelect = Select[*tuple[Any, ...]]

#: The seeds of migration 0009, marked here for the catalogue (it translates them).
STRATEGIC_AREA_SEEDS = (
    marked("StrategicArea", "Innovation"),
    marked("StrategicArea", "Internationalisation"),
    marked("StrategicArea", "Competence"),
    marked("StrategicArea", "Attractiveness"),
)
FUNDING_SCHEME_SEEDS = (
    marked("FundingScheme", "Innovation Norway grants"),
    marked("FundingScheme", "Research Council innovation project for the industrial sector (IPN)"),
    marked("FundingScheme", "Research Council collaborative project (KSP)"),
    marked("FundingScheme", "SkatteFUNN"),
    marked("FundingScheme", "Siva"),
    marked("FundingScheme", "Horizon Europe"),
    marked("FundingScheme", "Regional research fund (RFF)"),
    marked("FundingScheme", "County and regional funds"),
    marked("FundingScheme", "Other"),
)

#: The largest amount of kroner taken: more than any consortium's budget, less than what
#: a BIGINT holds.
MAX_AMOUNT = 10**15

#: Statuses after which a project with no end date is over.
ENDED = frozenset({ProjectStatus.REJECTED, ProjectStatus.COMPLETED, ProjectStatus.STOPPED})


# --- what the services take ----------------------------------------------------------------


@dataclass(frozen=True)
class DocumentLink:
    """A link to one of a project's documents."""

    label: str
    url: str


@dataclass(frozen=True)
class ProjectInput:
    """A project as a form or a command sends it. ``status`` and ``status_on`` are read
    when it is created (the first step of its timeline; today by default); afterwards the
    status moves with :meth:`ProjectService.set_status`."""

    title: str
    description: str = ""
    strategic_area_id: int | None = None
    start_on: dt.date | None = None
    end_on: dt.date | None = None
    total_budget: int | None = None
    notes: str = ""
    documents: Sequence[DocumentLink] = ()
    created_from_meeting_id: int | None = None
    status: ProjectStatus = ProjectStatus.IDEA
    status_on: dt.date | None = None


@dataclass(frozen=True)
class PartnerInput:
    organisation_id: int
    role: PartnerRole = PartnerRole.PARTNER
    own_share: int | None = None


@dataclass(frozen=True)
class FundingInput:
    """An application to a scheme. ``amount_granted`` only when granted (and then it is
    needed); ``decided_on`` only once decided."""

    scheme_id: int
    amount_applied: int
    decision: FundingDecision = FundingDecision.PENDING
    decided_on: dt.date | None = None
    amount_granted: int | None = None
    reference: str = ""


# --- what the services hand back ------------------------------------------------------------


@dataclass(frozen=True)
class CatalogueEntry:
    """A strategic area or a funding scheme: ``uses``, how many projects or applications
    name it (one in use is never removed); a retired one (``active`` false) is offered no
    more."""

    id: int
    name: str
    position: int
    active: bool
    uses: int
    row_version: int


@dataclass(frozen=True)
class StatusStep:
    """A step of a project's timeline: the status and the day it was reached."""

    status: ProjectStatus
    reached_on: dt.date


@dataclass(frozen=True)
class PartnerRecord:
    """A partner. ``organisation_name`` is empty when the reader may not read it (a
    mentor, a partner not of their cohorts); ``clusters``: the names of the clusters it
    was a member of on the project's day."""

    id: int
    project_id: int
    organisation_id: int
    organisation_name: str
    kind: OrganisationKind | None
    role: PartnerRole
    own_share: int | None
    clusters: tuple[str, ...]
    row_version: int


@dataclass(frozen=True)
class FundingRecord:
    id: int
    project_id: int
    scheme_id: int
    scheme_name: str
    amount_applied: int
    decision: FundingDecision
    decided_on: dt.date | None
    amount_granted: int | None
    reference: str
    row_version: int


@dataclass(frozen=True)
class InvolvedCluster:
    """A cluster of a project: through which partners (their names), and whether it was
    added by hand."""

    cluster_id: int
    name: str
    partners: tuple[str, ...]
    by_hand: bool


@dataclass(frozen=True)
class ProjectRow:
    """A project as a list shows it."""

    id: int
    title: str
    status: ProjectStatus
    strategic_area: str
    start_on: dt.date | None
    end_on: dt.date | None
    total_budget: int | None
    lead: str
    partners: int
    clusters: tuple[str, ...]
    amount_applied: int
    amount_granted: int
    created_at: dt.datetime
    row_version: int
    #: The day the project reached its status (the timeline's last step).
    status_since: dt.date | None = None

    @property
    def cross_cluster(self) -> bool:
        return len(self.clusters) >= 2


@dataclass(frozen=True)
class ProjectRecord:
    """A project with its partners, funding, clusters and timeline."""

    id: int
    title: str
    description: str
    strategic_area_id: int | None
    strategic_area: str
    status: ProjectStatus
    start_on: dt.date | None
    end_on: dt.date | None
    total_budget: int | None
    notes: str
    documents: tuple[DocumentLink, ...]
    created_from_meeting_id: int | None
    created_at: dt.datetime
    partners: tuple[PartnerRecord, ...]
    funding: tuple[FundingRecord, ...]
    clusters: tuple[InvolvedCluster, ...]
    timeline: tuple[StatusStep, ...]
    row_version: int

    @property
    def cross_cluster(self) -> bool:
        """Two or more clusters are involved."""
        return len(self.clusters) >= 2

    @property
    def lead(self) -> PartnerRecord | None:
        return next((p for p in self.partners if p.role is PartnerRole.LEAD), None)

    @property
    def status_since(self) -> dt.date | None:
        return self.timeline[-1].reached_on if self.timeline else None

    @property
    def amount_applied(self) -> int:
        return sum(f.amount_applied for f in self.funding)

    @property
    def amount_granted(self) -> int:
        return sum(f.amount_granted or 0 for f in self.funding)


@dataclass(frozen=True)
class OrganisationProject:
    """A project of one organisation: the project's row and the organisation's part."""

    project: ProjectRow
    role: PartnerRole
    own_share: int | None


@dataclass(frozen=True)
class SchemeFigures:
    scheme: str
    applications: int
    applied: int
    granted_applications: int
    granted: int


@dataclass(frozen=True)
class ProjectFigures:
    """A year's projects (those active in it, :meth:`ProjectService.list_projects`'s
    ``year``) in numbers, for the collaboration report."""

    year: int
    projects: int
    by_status: tuple[tuple[ProjectStatus, int], ...]
    by_area: tuple[tuple[str, int], ...]
    cross_cluster: int
    #: Cross-cluster projects by each pair of their clusters (names in order), most first.
    cluster_pairs: tuple[tuple[str, str, int], ...]
    by_scheme: tuple[SchemeFigures, ...]
    amount_applied: int
    amount_granted: int


def _clean_amount(
    problems: Problems, name: str, value: int | None, label: str, *, required: bool = False
) -> int | None:
    if value is None:
        if required:
            problems.add(name, _tr("is required"), label)
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        problems.add(name, _tr("must be a whole number of kroner"), label)
        return None
    if value < 0:
        problems.add(name, _tr("must not be negative"), label)
        return None
    if value > MAX_AMOUNT:
        problems.add(name, _tr("is larger than any budget"), label)
        return None
    return value


class ProjectService(Service):
    """Joint projects and their partners, clusters and funding; the two catalogues; an
    organisation's and an enrolment's projects; a year's figures; the collaboration map."""

    # --- scope -----------------------------------------------------------------------------

    def _visible_organisations(self) -> AnySelect | None:
        """The organisations the actor reads, as a subquery of ids; None: every one."""
        visible = self._visible_cohorts()
        if visible is None:
            return None
        return select(Enrolment.company_id).where(Enrolment.cohort_id.in_(visible))

    def _project_scope(self) -> ColumnElement[bool] | None:
        visible = self._visible_organisations()
        if visible is None:
            return None
        return JointProject.id.in_(
            select(ProjectPartner.project_id).where(ProjectPartner.organisation_id.in_(visible))
        )

    def _require_visible(self, s: Session, project_id: int) -> JointProject:
        project = s.get(JointProject, project_id)
        if project is None:
            raise NotFoundError(
                _tr("joint project {0} does not exist (it may have been removed)").format(
                    project_id
                )
            )
        scope = self._project_scope()
        if (
            scope is not None
            and s.scalar(select(JointProject.id).where(JointProject.id == project_id, scope))
            is None
        ):
            raise PermissionDeniedError(
                _tr("{0} is not a mentor of any partner of this project and may not see it")
                .format(self.actor.username)
            )  # fmt: skip
        return project

    # --- reading: projects ---------------------------------------------------------------

    def list_projects(
        self,
        *,
        status: ProjectStatus | None = None,
        cluster_id: int | None = None,
        scheme_id: int | None = None,
        year: int | None = None,
        cross_cluster_only: bool = False,
        text: str = "",
        organisation_id: int | None = None,
    ) -> list[ProjectRow]:
        """Projects, the newest start first (those with no start last, newest recorded
        first): in one status; involving one cluster (through a partner or by hand);
        applying to one scheme; active in ``year`` (its start to its end overlaps the
        year, or it reached a status in it); of two clusters or more; whose title,
        description or a partner's name holds ``text`` (any case); with one partner."""
        query = select(JointProject)
        scope = self._project_scope()
        if scope is not None:
            query = query.where(scope)
        if status is not None:
            query = query.where(JointProject.status == ProjectStatus(status))
        if scheme_id is not None:
            query = query.where(
                JointProject.id.in_(
                    select(FundingApplication.project_id).where(
                        FundingApplication.scheme_id == scheme_id
                    )
                )
            )
        if year is not None:
            query = query.where(_active_in(year))
        if organisation_id is not None:
            query = query.where(
                JointProject.id.in_(
                    select(ProjectPartner.project_id).where(
                        ProjectPartner.organisation_id == organisation_id
                    )
                )
            )
        wanted = " ".join(text.split()).casefold()
        with self._read() as s:
            projects = list(s.scalars(query))
            rows = self._rows(s, projects)
        if wanted:
            names = self._partner_names_by_project([r.id for r in rows])
            by_id = {p.id: p for p in projects}
            rows = [
                r
                for r in rows
                if wanted in r.title.casefold()
                or wanted in by_id[r.id].description.casefold()
                or any(wanted in n.casefold() for n in names.get(r.id, ()))
            ]
        if cluster_id is not None:
            with self._read() as s:
                name = s.scalar(select(Cluster.name).where(Cluster.id == cluster_id))
            rows = [r for r in rows if name in r.clusters]
        if cross_cluster_only:
            rows = [r for r in rows if r.cross_cluster]
        return sorted(rows, key=_row_order)

    def _partner_names_by_project(self, ids: list[int]) -> dict[int, list[str]]:
        found: dict[int, list[str]] = defaultdict(list)
        if not ids:
            return found
        visible = self._visible_organisations()
        query = (
            select(ProjectPartner.project_id, Company.name)
            .join(Company, Company.id == ProjectPartner.organisation_id)
            .where(ProjectPartner.project_id.in_(ids))
        )
        if visible is not None:
            query = query.where(Company.id.in_(visible))
        with self._read() as s:
            for project_id, name in s.execute(query):
                found[project_id].append(name)
        return found

    def get_project(self, project_id: int) -> ProjectRecord:
        """One project with its partners, funding, clusters and timeline."""
        with self._read() as s:
            project = self._require_visible(s, project_id)
            return self._record(s, project)

    def projects_of_organisation(self, organisation_id: int) -> list[OrganisationProject]:
        """The projects an organisation is a partner of, with its role and share (for its
        page); the newest start first."""
        with self._read() as s:
            parts = {
                p.project_id: p
                for p in s.scalars(
                    select(ProjectPartner).where(ProjectPartner.organisation_id == organisation_id)
                )
            }
        rows = self.list_projects(organisation_id=organisation_id) if parts else []
        return [
            OrganisationProject(r, PartnerRole(parts[r.id].role), parts[r.id].own_share)
            for r in rows
            if r.id in parts
        ]

    def projects_of_enrolment(self, enrolment_id: int) -> list[OrganisationProject]:
        """The outcome of the programme for one enrolment: projects its company started or
        joined during it (a partner of a project whose start, or the day it was recorded
        when it has none, lies from the day it joined the cohort to the end of the cohort,
        or the day it graduated or withdrew)."""
        with self._read() as s:
            enrolment = self._visible_enrolment(s, enrolment_id)
            cohort = s.get(Cohort, enrolment.cohort_id)
            assert cohort is not None
            first = enrolment.joined_on
            last = cohort.end_date
            if enrolment.status is not EnrolmentStatus.ACTIVE and enrolment.status_changed_on:
                last = enrolment.status_changed_on
            company_id = enrolment.company_id
        found = []
        for item in self.projects_of_organisation(company_id):
            day = item.project.start_on or item.project.created_at.date()
            if first <= day <= last:
                found.append(item)
        return found

    # --- reading: the parts of a project --------------------------------------------------

    def _rows(self, s: Session, projects: list[JointProject]) -> list[ProjectRow]:
        if not projects:
            return []
        ids = [p.id for p in projects]
        areas: dict[int, str] = {
            i: n for i, n in s.execute(select(StrategicArea.id, StrategicArea.name))
        }
        partners = self._partners(s, ids)
        days = {p.id: p.start_on or dt.date.today() for p in projects}
        clusters = self._clusters(s, ids, partners, days)
        money: dict[int, tuple[int, int]] = {
            pid: (int(applied or 0), int(granted or 0))
            for pid, applied, granted in s.execute(
                select(
                    FundingApplication.project_id,
                    func.sum(FundingApplication.amount_applied),
                    func.sum(FundingApplication.amount_granted),
                )
                .where(FundingApplication.project_id.in_(ids))
                .group_by(FundingApplication.project_id)
            )
        }
        since: dict[int, dt.date] = {
            pid: day
            for pid, day in s.execute(
                select(ProjectStatusChange.project_id, func.max(ProjectStatusChange.reached_on))
                .where(ProjectStatusChange.project_id.in_(ids))
                .group_by(ProjectStatusChange.project_id)
            )
        }
        rows = []
        for p in projects:
            mine = partners.get(p.id, [])
            lead = next((x.organisation_name for x in mine if x.role is PartnerRole.LEAD), "")
            applied, granted = money.get(p.id, (0, 0))
            rows.append(
                ProjectRow(
                    id=p.id,
                    title=p.title,
                    status=ProjectStatus(p.status),
                    strategic_area=areas.get(p.strategic_area_id, "")
                    if p.strategic_area_id
                    else "",
                    start_on=p.start_on,
                    end_on=p.end_on,
                    total_budget=p.total_budget,
                    lead=lead,
                    partners=len(mine),
                    clusters=tuple(c.name for c in clusters.get(p.id, ())),
                    amount_applied=applied,
                    amount_granted=granted,
                    created_at=p.created_at,
                    row_version=p.row_version,
                    status_since=since.get(p.id),
                )
            )
        return rows

    def _partners(self, s: Session, ids: list[int]) -> dict[int, list[PartnerRecord]]:
        """Each project's partners, the lead first then by name; clusters filled in by
        :meth:`_clusters`."""
        visible = self._visible_organisations()
        shown = Company.id == ProjectPartner.organisation_id
        if visible is not None:
            shown = and_(shown, Company.id.in_(visible))
        found: dict[int, list[PartnerRecord]] = defaultdict(list)
        for partner, name, kind in s.execute(
            select(ProjectPartner, Company.name, Company.kind)
            .outerjoin(Company, shown)
            .where(ProjectPartner.project_id.in_(ids))
        ):
            found[partner.project_id].append(
                PartnerRecord(
                    id=partner.id,
                    project_id=partner.project_id,
                    organisation_id=partner.organisation_id,
                    organisation_name=name or "",
                    kind=OrganisationKind(kind) if kind else None,
                    role=PartnerRole(partner.role),
                    own_share=partner.own_share,
                    clusters=(),
                    row_version=partner.row_version,
                )
            )
        for partners in found.values():
            partners.sort(key=_partner_order)
        return found

    def _clusters(
        self,
        s: Session,
        ids: list[int],
        partners: dict[int, list[PartnerRecord]],
        days: dict[int, dt.date],
    ) -> dict[int, list[InvolvedCluster]]:
        """Each project's clusters: its (readable) partners' memberships on its day, and
        those added by hand; by name. Fills each partner's ``clusters`` in ``partners``."""
        organisations = {
            p.organisation_id for ps in partners.values() for p in ps if p.organisation_name
        }
        memberships: dict[int, list[tuple[int, dt.date, dt.date | None]]] = defaultdict(list)
        if organisations:
            for org, cluster, joined, left in s.execute(
                select(
                    Membership.organisation_id,
                    Membership.cluster_id,
                    Membership.joined_on,
                    Membership.left_on,
                ).where(Membership.organisation_id.in_(organisations))
            ):
                memberships[org].append((cluster, joined, left))
        by_hand: dict[int, set[int]] = defaultdict(set)
        for project_id, cluster in s.execute(
            select(ProjectCluster.project_id, ProjectCluster.cluster_id).where(
                ProjectCluster.project_id.in_(ids)
            )
        ):
            by_hand[project_id].add(cluster)
        names: dict[int, str] = {i: n for i, n in s.execute(select(Cluster.id, Cluster.name))}
        result: dict[int, list[InvolvedCluster]] = {}
        for project_id in ids:
            day = days[project_id]
            through: dict[int, list[str]] = defaultdict(list)
            updated = []
            for partner in partners.get(project_id, []):
                mine: list[int] = []
                if partner.organisation_name:
                    mine = sorted(
                        {
                            c
                            for c, joined, left in memberships.get(partner.organisation_id, ())
                            if joined <= day and (left is None or left >= day)
                        }
                    )
                for c in mine:
                    through[c].append(partner.organisation_name)
                updated.append(
                    _replace_clusters(
                        partner, tuple(sorted((names[c] for c in mine), key=collation_key))
                    )
                )
            if project_id in partners:
                partners[project_id] = updated
            involved = set(through) | by_hand.get(project_id, set())
            result[project_id] = sorted(
                (
                    InvolvedCluster(
                        c, names[c], tuple(through.get(c, ())), c in by_hand.get(project_id, ())
                    )
                    for c in involved
                ),
                key=lambda ic: collation_key(ic.name),
            )
        return result

    def _record(self, s: Session, project: JointProject) -> ProjectRecord:
        partners = self._partners(s, [project.id])
        day = project.start_on or dt.date.today()
        clusters = self._clusters(s, [project.id], partners, {project.id: day})
        funding = [
            FundingRecord(
                id=f.id,
                project_id=f.project_id,
                scheme_id=f.scheme_id,
                scheme_name=name,
                amount_applied=f.amount_applied,
                decision=FundingDecision(f.decision),
                decided_on=f.decided_on,
                amount_granted=f.amount_granted,
                reference=f.reference,
                row_version=f.row_version,
            )
            for f, name in s.execute(
                select(FundingApplication, FundingScheme.name)
                .join(FundingScheme, FundingScheme.id == FundingApplication.scheme_id)
                .where(FundingApplication.project_id == project.id)
                .order_by(FundingApplication.id)
            )
        ]
        timeline = [
            StatusStep(ProjectStatus(c.status), c.reached_on)
            for c in s.scalars(
                select(ProjectStatusChange)
                .where(ProjectStatusChange.project_id == project.id)
                .order_by(ProjectStatusChange.reached_on, ProjectStatusChange.id)
            )
        ]
        documents = [
            DocumentLink(d.label, d.url)
            for d in s.scalars(
                select(ProjectDocument)
                .where(ProjectDocument.project_id == project.id)
                .order_by(ProjectDocument.position, ProjectDocument.id)
            )
        ]
        area = (
            s.scalar(
                select(StrategicArea.name).where(StrategicArea.id == project.strategic_area_id)
            )
            if project.strategic_area_id
            else None
        )
        return ProjectRecord(
            id=project.id,
            title=project.title,
            description=project.description,
            strategic_area_id=project.strategic_area_id,
            strategic_area=area or "",
            status=ProjectStatus(project.status),
            start_on=project.start_on,
            end_on=project.end_on,
            total_budget=project.total_budget,
            notes=project.notes,
            documents=tuple(documents),
            created_from_meeting_id=project.created_from_meeting_id,
            created_at=project.created_at,
            partners=tuple(partners.get(project.id, [])),
            funding=tuple(funding),
            clusters=tuple(clusters.get(project.id, [])),
            timeline=tuple(timeline),
            row_version=project.row_version,
        )

    # --- writing: projects ----------------------------------------------------------------

    def create_project(self, data: ProjectInput) -> ProjectRecord:
        """A new project, its status (``data.status``, idea by default) reached on
        ``data.status_on`` (today by default)."""
        self._require_to(UseCase.MANAGE_PROJECTS)
        with self._write() as s:
            problems = Problems()
            status = _status(problems, data.status)
            day = _status_day(problems, data.status_on)
            project = JointProject(status=status or ProjectStatus.IDEA)
            self._apply(s, project, data, problems)
            s.add(project)
            s.flush()
            self._set_documents(s, project.id, data.documents)
            s.add(ProjectStatusChange(project_id=project.id, status=project.status, reached_on=day))
            if data.created_from_meeting_id is not None:
                _meeting_started_a_project(s, data.created_from_meeting_id)
            s.flush()
            return self._record(s, project)

    def update_project(
        self, project_id: int, data: ProjectInput, *, expected_version: int | None = None
    ) -> ProjectRecord:
        """The project as ``data`` says: its title, description, area, dates, budget,
        notes, documents and meeting (its status moves with :meth:`set_status`)."""
        self._require_to(UseCase.MANAGE_PROJECTS)
        with self._write() as s:
            project = self._project(s, project_id, expected_version)
            self._apply(s, project, data, Problems())
            self._set_documents(s, project.id, data.documents)
            if data.created_from_meeting_id is not None:
                _meeting_started_a_project(s, data.created_from_meeting_id)
            s.flush()
            return self._record(s, project)

    def set_status(
        self,
        project_id: int,
        status: ProjectStatus,
        *,
        on: dt.date | None = None,
        expected_version: int | None = None,
    ) -> ProjectRecord:
        """The project reached ``status`` on ``on`` (today by default): not in the future,
        nor before the last step of its timeline."""
        self._require_to(UseCase.MANAGE_PROJECTS)
        with self._write() as s:
            project = self._project(s, project_id, expected_version)
            problems = Problems()
            wanted = _status(problems, status)
            day = _status_day(problems, on)
            problems.raise_if_any()
            assert wanted is not None
            if wanted is project.status:
                raise ValidationError(
                    _tr("{0} is {1} already.").format(quoted(project.title), _status_words(wanted)),
                    field="status",
                )
            last = s.scalar(
                select(func.max(ProjectStatusChange.reached_on)).where(
                    ProjectStatusChange.project_id == project.id
                )
            )
            if last is not None and day < last:
                raise ValidationError(
                    _tr("must not be before the last step of the timeline ({0})").format(
                        format_date(last)
                    ),
                    field="status_on",
                    labels={"status_on": _tr("Reached on")},
                )
            project.status = wanted
            s.add(ProjectStatusChange(project_id=project.id, status=wanted, reached_on=day))
            s.flush()
            return self._record(s, project)

    def delete_project(self, project_id: int, *, expected_version: int | None = None) -> None:
        """Removes a project with its partners, clusters, documents, timeline and funding
        applications; refused once any funding was granted (stop it instead)."""
        self._require_to(UseCase.MANAGE_PROJECTS)
        with self._write() as s:
            project = self._project(s, project_id, expected_version)
            granted = s.scalar(
                select(func.count()).where(
                    FundingApplication.project_id == project.id,
                    FundingApplication.decision == FundingDecision.GRANTED,
                )
            )
            if granted:
                raise ValidationError(
                    _tr(
                        "{0} was granted funding, which its funder accounts for: it stays on "
                        "record. Set its status to stopped instead."
                    ).format(quoted(project.title))
                )
            for model in (
                FundingApplication,
                ProjectPartner,
                ProjectCluster,
                ProjectDocument,
                ProjectStatusChange,
            ):
                for row in s.scalars(select(model).where(model.project_id == project.id)):
                    s.delete(row)
            s.flush()
            s.delete(project)

    def _project(self, s: Session, project_id: int, expected_version: int | None) -> JointProject:
        project = self._require_visible(s, project_id)
        self._require_version(
            s, project, expected_version, "joint project", lambda: self._record(s, project)
        )
        return project

    def _apply(
        self, s: Session, project: JointProject, data: ProjectInput, problems: Problems
    ) -> None:
        title = clean_text(problems, "title", data.title, max_length=300, required=True)
        description = clean_text(problems, "description", data.description, max_length=20_000)
        notes = clean_text(problems, "notes", data.notes, max_length=50_000)
        budget = _clean_amount(problems, "total_budget", data.total_budget, _tr("Total budget"))
        if data.start_on and data.end_on and data.end_on < data.start_on:
            problems.add(
                "end_on",
                _tr("must not be before the start ({0})").format(format_date(data.start_on)),
                _tr("End"),
            )
        area_id = data.strategic_area_id
        if area_id is not None:
            area = s.get(StrategicArea, area_id)
            if area is None:
                problems.add(
                    "strategic_area",
                    _tr("strategic area {0} does not exist (it may have been removed)").format(
                        area_id
                    ),
                    _tr("Strategic area"),
                )
            elif not area.active and area_id != project.strategic_area_id:
                problems.add(
                    "strategic_area",
                    _tr("{0} is retired; choose another").format(quoted(area.name)),
                    _tr("Strategic area"),
                )
        meeting_id = data.created_from_meeting_id
        if meeting_id is not None and s.get(Meeting, meeting_id) is None:
            problems.add(
                "created_from_meeting",
                _tr("meeting {0} does not exist (it may have been removed)").format(meeting_id),
                _tr("From the meeting"),
            )
        for index, link in enumerate(data.documents):
            url = (link.url or "").strip()
            if not url:
                problems.add(f"documents.{index}", _tr("a link needs its address"), _tr("Link"))
            elif len(url) > 1000 or len((link.label or "").strip()) > 200:
                problems.add(f"documents.{index}", _tr("is too long"), _tr("Link"))
        problems.raise_if_any()
        project.title = title
        project.description = description
        project.notes = notes
        project.total_budget = budget
        project.start_on = data.start_on
        project.end_on = data.end_on
        project.strategic_area_id = area_id
        project.created_from_meeting_id = meeting_id

    def _set_documents(self, s: Session, project_id: int, links: Sequence[DocumentLink]) -> None:
        wanted = [(link.label.strip(), link.url.strip()) for link in links]
        current = list(
            s.scalars(
                select(ProjectDocument)
                .where(ProjectDocument.project_id == project_id)
                .order_by(ProjectDocument.position, ProjectDocument.id)
            )
        )
        if [(d.label, d.url) for d in current] == wanted:
            return
        for document in current:
            s.delete(document)
        s.flush()
        for position, (label, url) in enumerate(wanted):
            s.add(ProjectDocument(project_id=project_id, label=label, url=url, position=position))

    # --- writing: partners ----------------------------------------------------------------

    def add_partner(self, project_id: int, data: PartnerInput) -> ProjectRecord:
        """An organisation joins the project; a second lead and an organisation there
        already are refused."""
        self._require_to(UseCase.MANAGE_PROJECTS)
        with self._write() as s:
            project = self._require_visible(s, project_id)
            partner = ProjectPartner(project_id=project.id)
            self._apply_partner(s, partner, data)
            s.add(partner)
            s.flush()
            return self._record(s, project)

    def update_partner(
        self, partner_id: int, data: PartnerInput, *, expected_version: int | None = None
    ) -> ProjectRecord:
        """A partner's role and share (``data.organisation_id`` must be its own)."""
        self._require_to(UseCase.MANAGE_PROJECTS)
        with self._write() as s:
            partner, project = self._partner(s, partner_id, expected_version)
            if data.organisation_id != partner.organisation_id:
                raise ValidationError(
                    _tr("a partner stays the organisation it is; remove it and add the other"),
                    field="organisation",
                )
            self._apply_partner(s, partner, data)
            s.flush()
            return self._record(s, project)

    def remove_partner(
        self, partner_id: int, *, expected_version: int | None = None
    ) -> ProjectRecord:
        self._require_to(UseCase.MANAGE_PROJECTS)
        with self._write() as s:
            partner, project = self._partner(s, partner_id, expected_version)
            s.delete(partner)
            s.flush()
            return self._record(s, project)

    def _partner(
        self, s: Session, partner_id: int, expected_version: int | None
    ) -> tuple[ProjectPartner, JointProject]:
        partner = s.get(ProjectPartner, partner_id)
        if partner is None:
            raise NotFoundError(
                _tr("project partner {0} does not exist (it may have been removed)").format(
                    partner_id
                )
            )
        project = self._require_visible(s, partner.project_id)
        self._require_version(
            s, partner, expected_version, "project partner", lambda: self._record(s, project)
        )
        return partner, project

    def _apply_partner(self, s: Session, partner: ProjectPartner, data: PartnerInput) -> None:
        problems = Problems()
        try:
            role: PartnerRole | None = PartnerRole(data.role)
        except ValueError:
            role = None
            problems.add("role", _tr("{0} is not a partner's role").format(quoted(str(data.role))))
        share = _clean_amount(problems, "own_share", data.own_share, _tr("Own share"))
        organisation = s.get(Company, data.organisation_id)
        if organisation is None:
            problems.add(
                "organisation",
                _tr("organisation {0} does not exist (it may have been removed)").format(
                    data.organisation_id
                ),
            )
        problems.raise_if_any()
        assert role is not None and organisation is not None
        others = select(ProjectPartner).where(
            ProjectPartner.project_id == partner.project_id,
            ProjectPartner.id != partner.id if partner.id is not None else True,
        )
        if partner.id is None and s.scalar(
            others.where(ProjectPartner.organisation_id == organisation.id)
        ):
            raise ValidationError(
                _tr("{0} is a partner of this project already").format(quoted(organisation.name)),
                field="organisation",
            )
        if role is PartnerRole.LEAD:
            lead = s.scalar(others.where(ProjectPartner.role == PartnerRole.LEAD))
            if lead is not None:
                name = s.scalar(select(Company.name).where(Company.id == lead.organisation_id))
                raise ValidationError(
                    _tr("{0} leads this project already; a project has one lead").format(
                        quoted(name or "")
                    ),
                    field="role",
                )
        partner.organisation_id = organisation.id
        partner.role = role
        partner.own_share = share

    # --- writing: clusters added by hand ---------------------------------------------------

    def add_cluster(self, project_id: int, cluster_id: int) -> ProjectRecord:
        """A cluster involved in the project beyond its partners' memberships."""
        self._require_to(UseCase.MANAGE_PROJECTS)
        with self._write() as s:
            project = self._require_visible(s, project_id)
            cluster = s.get(Cluster, cluster_id)
            if cluster is None:
                raise NotFoundError(
                    _tr("cluster {0} does not exist (it may have been removed)").format(cluster_id)
                )
            there = s.scalar(
                select(ProjectCluster).where(
                    ProjectCluster.project_id == project.id,
                    ProjectCluster.cluster_id == cluster.id,
                )
            )
            if there is not None:
                raise ValidationError(
                    _tr("{0} was added to this project already").format(quoted(cluster.name)),
                    field="cluster",
                )
            s.add(ProjectCluster(project_id=project.id, cluster_id=cluster.id))
            s.flush()
            return self._record(s, project)

    def remove_cluster(self, project_id: int, cluster_id: int) -> ProjectRecord:
        """Takes back a cluster added by hand (one of the partners' stays while they do)."""
        self._require_to(UseCase.MANAGE_PROJECTS)
        with self._write() as s:
            project = self._require_visible(s, project_id)
            there = s.scalar(
                select(ProjectCluster).where(
                    ProjectCluster.project_id == project.id,
                    ProjectCluster.cluster_id == cluster_id,
                )
            )
            if there is None:
                raise ValidationError(
                    _tr("this cluster was not added to the project by hand"), field="cluster"
                )
            s.delete(there)
            s.flush()
            return self._record(s, project)

    # --- writing: funding -------------------------------------------------------------------

    def add_funding(self, project_id: int, data: FundingInput) -> ProjectRecord:
        """An application for the project's funding."""
        self._require_to(UseCase.MANAGE_PROJECTS)
        with self._write() as s:
            project = self._require_visible(s, project_id)
            application = FundingApplication(project_id=project.id)
            self._apply_funding(s, application, data)
            s.add(application)
            s.flush()
            return self._record(s, project)

    def update_funding(
        self, application_id: int, data: FundingInput, *, expected_version: int | None = None
    ) -> ProjectRecord:
        """The application as ``data`` says: a decision, its day, the amount granted."""
        self._require_to(UseCase.MANAGE_PROJECTS)
        with self._write() as s:
            application, project = self._application(s, application_id, expected_version)
            self._apply_funding(s, application, data)
            s.flush()
            return self._record(s, project)

    def remove_funding(
        self, application_id: int, *, expected_version: int | None = None
    ) -> ProjectRecord:
        self._require_to(UseCase.MANAGE_PROJECTS)
        with self._write() as s:
            application, project = self._application(s, application_id, expected_version)
            s.delete(application)
            s.flush()
            return self._record(s, project)

    def _application(
        self, s: Session, application_id: int, expected_version: int | None
    ) -> tuple[FundingApplication, JointProject]:
        application = s.get(FundingApplication, application_id)
        if application is None:
            raise NotFoundError(
                _tr("funding application {0} does not exist (it may have been removed)").format(
                    application_id
                )
            )
        project = self._require_visible(s, application.project_id)
        self._require_version(
            s,
            application,
            expected_version,
            "funding application",
            lambda: self._record(s, project),
        )
        return application, project

    def _apply_funding(
        self, s: Session, application: FundingApplication, data: FundingInput
    ) -> None:
        problems = Problems()
        applied = _clean_amount(
            problems, "amount_applied", data.amount_applied, _tr("Amount applied for"),
            required=True,
        )  # fmt: skip
        granted = _clean_amount(
            problems, "amount_granted", data.amount_granted, _tr("Amount granted")
        )
        try:
            decision: FundingDecision | None = FundingDecision(data.decision)
        except ValueError:
            decision = None
            problems.add(
                "decision", _tr("{0} is not a decision").format(quoted(str(data.decision)))
            )
        if decision is FundingDecision.GRANTED and data.amount_granted is None:
            problems.add("amount_granted", _tr("a grant needs its amount"), _tr("Amount granted"))
        if decision not in (None, FundingDecision.GRANTED) and data.amount_granted is not None:
            problems.add(
                "amount_granted",
                _tr("only a granted application has an amount granted"),
                _tr("Amount granted"),
            )
        if decision is FundingDecision.PENDING and data.decided_on is not None:
            problems.add(
                "decided_on",
                _tr("an application not decided yet has no decision day"),
                _tr("Decided on"),
            )
        if data.decided_on is not None and data.decided_on > dt.date.today():
            problems.add("decided_on", _tr("must not be in the future"), _tr("Decided on"))
        reference = clean_text(
            problems, "reference", data.reference, max_length=100, label=_tr("Reference")
        )
        scheme = s.get(FundingScheme, data.scheme_id)
        if scheme is None:
            problems.add(
                "scheme",
                _tr("funding scheme {0} does not exist (it may have been removed)").format(
                    data.scheme_id
                ),
                _tr("Scheme"),
            )
        elif not scheme.active and scheme.id != application.scheme_id:
            problems.add(
                "scheme",
                _tr("{0} is retired; choose another").format(quoted(scheme.name)),
                _tr("Scheme"),
            )
        problems.raise_if_any()
        assert applied is not None and decision is not None and scheme is not None
        application.scheme_id = scheme.id
        application.amount_applied = applied
        application.decision = decision
        application.decided_on = data.decided_on
        application.amount_granted = granted
        application.reference = reference

    # --- the catalogues ---------------------------------------------------------------------

    def strategic_areas(self, *, include_retired: bool = False) -> list[CatalogueEntry]:
        """The strategic areas in the list's order, with how many projects name each."""
        return self._entries(StrategicArea, JointProject.strategic_area_id, include_retired)

    def funding_schemes(self, *, include_retired: bool = False) -> list[CatalogueEntry]:
        """The funding schemes in the catalogue's order, with how many applications name
        each."""
        return self._entries(FundingScheme, FundingApplication.scheme_id, include_retired)

    def add_strategic_area(self, name: str) -> CatalogueEntry:
        return self._add_entry(StrategicArea, JointProject.strategic_area_id, name)

    def add_funding_scheme(self, name: str) -> CatalogueEntry:
        return self._add_entry(FundingScheme, FundingApplication.scheme_id, name)

    def rename_strategic_area(
        self, area_id: int, name: str, *, expected_version: int | None = None
    ) -> CatalogueEntry:
        return self._rename_entry(
            StrategicArea, JointProject.strategic_area_id, area_id, name, expected_version
        )

    def rename_funding_scheme(
        self, scheme_id: int, name: str, *, expected_version: int | None = None
    ) -> CatalogueEntry:
        return self._rename_entry(
            FundingScheme, FundingApplication.scheme_id, scheme_id, name, expected_version
        )

    def set_strategic_area_active(
        self, area_id: int, active: bool, *, expected_version: int | None = None
    ) -> CatalogueEntry:
        """Retires an area (offered no more; the projects keep it) or brings it back."""
        return self._activate_entry(
            StrategicArea, JointProject.strategic_area_id, area_id, active, expected_version
        )

    def set_funding_scheme_active(
        self, scheme_id: int, active: bool, *, expected_version: int | None = None
    ) -> CatalogueEntry:
        """Retires a scheme (offered no more; the applications keep it) or brings it
        back."""
        return self._activate_entry(
            FundingScheme, FundingApplication.scheme_id, scheme_id, active, expected_version
        )

    def remove_strategic_area(self, area_id: int) -> None:
        """Removes an area no project names; one in use is retired instead."""
        self._remove_entry(StrategicArea, JointProject.strategic_area_id, area_id)

    def remove_funding_scheme(self, scheme_id: int) -> None:
        """Removes a scheme no application names; one in use is retired instead."""
        self._remove_entry(FundingScheme, FundingApplication.scheme_id, scheme_id)

    def _entries(
        self, model: type[StrategicArea] | type[FundingScheme], uses: Any, include_retired: bool
    ) -> list[CatalogueEntry]:
        query = select(model).order_by(model.position, model.id)
        if not include_retired:
            query = query.where(model.active.is_(True))
        with self._read() as s:
            counts = _uses(s, uses)
            rows: list[StrategicArea | FundingScheme] = list(s.scalars(query))
            return [_entry(row, counts.get(row.id, 0)) for row in rows]

    def _add_entry(
        self, model: type[StrategicArea] | type[FundingScheme], uses: Any, name: str
    ) -> CatalogueEntry:
        self._require_to(UseCase.MANAGE_PROJECTS)
        with self._write() as s:
            cleaned = self._entry_name(s, model, name, None)
            last = s.scalar(select(func.max(model.position)))
            row = model(name=cleaned, position=(last or 0) + 1, active=True)
            s.add(row)
            s.flush()
            return _entry(row, 0)

    def _rename_entry(
        self,
        model: type[StrategicArea] | type[FundingScheme],
        uses: Any,
        entry_id: int,
        name: str,
        expected_version: int | None,
    ) -> CatalogueEntry:
        self._require_to(UseCase.MANAGE_PROJECTS)
        with self._write() as s:
            row = self._entry_row(s, model, entry_id, uses, expected_version)
            row.name = self._entry_name(s, model, name, row.id)
            s.flush()
            return _entry(row, _uses(s, uses).get(row.id, 0))

    def _activate_entry(
        self,
        model: type[StrategicArea] | type[FundingScheme],
        uses: Any,
        entry_id: int,
        active: bool,
        expected_version: int | None,
    ) -> CatalogueEntry:
        self._require_to(UseCase.MANAGE_PROJECTS)
        with self._write() as s:
            row = self._entry_row(s, model, entry_id, uses, expected_version)
            row.active = bool(active)
            s.flush()
            return _entry(row, _uses(s, uses).get(row.id, 0))

    def _remove_entry(
        self, model: type[StrategicArea] | type[FundingScheme], uses: Any, entry_id: int
    ) -> None:
        self._require_to(UseCase.MANAGE_PROJECTS)
        with self._write() as s:
            row = self._entry_row(s, model, entry_id, uses, None)
            used = _uses(s, uses).get(row.id, 0)
            if used:
                message = _tr("{0} is in use: retire it instead")
                raise ValidationError(message.format(quoted(row.name)))
            s.delete(row)

    def _entry_row(
        self,
        s: Session,
        model: type[StrategicArea] | type[FundingScheme],
        entry_id: int,
        uses: Any,
        expected_version: int | None,
    ) -> StrategicArea | FundingScheme:
        row = cast(StrategicArea | FundingScheme | None, s.get(model, entry_id))
        what = "strategic area" if model is StrategicArea else "funding scheme"
        if row is None:
            message = (
                _tr("strategic area {0} does not exist (it may have been removed)")
                if model is StrategicArea
                else _tr("funding scheme {0} does not exist (it may have been removed)")
            )
            raise NotFoundError(message.format(entry_id))
        found = row
        self._require_version(
            s, found, expected_version, what, lambda: _entry(found, _uses(s, uses).get(found.id, 0))
        )
        return found

    def _entry_name(
        self,
        s: Session,
        model: type[StrategicArea] | type[FundingScheme],
        name: str,
        own_id: int | None,
    ) -> str:
        problems = Problems()
        cleaned = clean_text(problems, "name", name, max_length=200, required=True)
        problems.raise_if_any()
        key = " ".join(cleaned.split()).casefold()
        for other_id, other in s.execute(select(model.id, model.name)):
            if other_id != own_id and " ".join(other.split()).casefold() == key:
                raise ValidationError(
                    _tr("{0} is in the list already").format(quoted(other)), field="name"
                )
        return cleaned

    # --- figures and the map ----------------------------------------------------------------

    def figures(self, year: int, cluster_id: int | None = None) -> ProjectFigures:
        """The projects active in ``year`` (involving ``cluster_id``, if given) in
        numbers: by status, by strategic area, cross-cluster ones by pair of clusters, and
        funding applied for and granted by scheme (applications decided in the year, or
        pending, of those projects)."""
        rows = self.list_projects(year=year, cluster_id=cluster_id)
        ids = [r.id for r in rows]
        statuses = Counter(r.status for r in rows)
        areas = Counter(r.strategic_area for r in rows if r.strategic_area)
        pairs: Counter[tuple[str, str]] = Counter()
        for r in rows:
            names = sorted(r.clusters, key=collation_key)
            for i, a in enumerate(names):
                for b in names[i + 1 :]:
                    pairs[a, b] += 1
        schemes: dict[str, list[int]] = {}
        with self._read() as s:
            order = {
                name: i
                for i, name in enumerate(
                    s.scalars(select(FundingScheme.name).order_by(FundingScheme.position))
                )
            }
            if ids:
                for name, applied, decision, granted in s.execute(
                    select(
                        FundingScheme.name,
                        FundingApplication.amount_applied,
                        FundingApplication.decision,
                        FundingApplication.amount_granted,
                    )
                    .join(FundingScheme, FundingScheme.id == FundingApplication.scheme_id)
                    .where(FundingApplication.project_id.in_(ids))
                ):
                    figures = schemes.setdefault(name, [0, 0, 0, 0])
                    figures[0] += 1
                    figures[1] += applied
                    if FundingDecision(decision) is FundingDecision.GRANTED:
                        figures[2] += 1
                        figures[3] += granted or 0
        by_scheme = tuple(
            SchemeFigures(name, *values)
            for name, values in sorted(schemes.items(), key=lambda i: order.get(i[0], 10**6))
        )
        return ProjectFigures(
            year=year,
            projects=len(rows),
            by_status=tuple((st, statuses[st]) for st in ProjectStatus if statuses[st]),
            by_area=tuple(sorted(areas.items(), key=lambda i: (-i[1], collation_key(i[0])))),
            cross_cluster=sum(1 for r in rows if r.cross_cluster),
            cluster_pairs=tuple(
                (a, b, n)
                for (a, b), n in sorted(
                    pairs.items(),
                    key=lambda i: (-i[1], collation_key(i[0][0]), collation_key(i[0][1])),
                )
            ),
            by_scheme=by_scheme,
            amount_applied=sum(f.applied for f in by_scheme),
            amount_granted=sum(f.granted for f in by_scheme),
        )

    def collaboration(
        self,
        *,
        year: int | None = None,
        cluster_id: int | None = None,
        status: ProjectStatus | None = None,
    ) -> Graph:
        """The collaboration map's data: the organisations that are partners of the
        projects chosen (active in ``year``, involving ``cluster_id``, in ``status``) and
        the clusters involved; an edge between two partners of a project (weighted by the
        projects they share), between a partner and each cluster it brought or that was
        added by hand, and between the two organisations of a meeting that led to one of
        the projects."""
        rows = self.list_projects(year=year, cluster_id=cluster_id, status=status)
        ids = [r.id for r in rows]
        if not ids:
            return graph((), ())
        with self._read() as s:
            partners = self._partners(s, ids)
            projects = list(s.scalars(select(JointProject).where(JointProject.id.in_(ids))))
            days = {p.id: p.start_on or dt.date.today() for p in projects}
            involved = self._clusters(s, ids, partners, days)
            organisations = {
                p.organisation_id: p for ps in partners.values() for p in ps if p.organisation_name
            }
            memberships: dict[int, set[int]] = defaultdict(set)
            if organisations:
                for org, cluster in s.execute(
                    select(Membership.organisation_id, Membership.cluster_id).where(
                        Membership.organisation_id.in_(organisations),
                        active_on(dt.date.today()),
                    )
                ):
                    memberships[org].add(cluster)
            meetings = [
                (m.organisation_id, m.counterpart_id)
                for m in s.scalars(
                    select(Meeting).where(
                        Meeting.id.in_(
                            select(JointProject.created_from_meeting_id).where(
                                JointProject.id.in_(ids)
                            )
                        )
                    )
                )
            ]
        nodes: list[Node] = []
        cluster_names: dict[int, str] = {}
        for clusters in involved.values():
            for c in clusters:
                cluster_names[c.cluster_id] = c.name
        for org, partner in organisations.items():
            own = memberships.get(org, set())
            cluster_names_known = {c for c in own if c in cluster_names}
            nodes.append(
                Node(
                    organisation_key(org),
                    partner.organisation_name,
                    str(partner.kind or OrganisationKind.OTHER),
                    tuple(cluster_key(c) for c in sorted(cluster_names_known)),
                    org,
                )
            )
        for cid, name in cluster_names.items():
            nodes.append(Node(cluster_key(cid), name, CLUSTER, (), cid))
        edges: list[Edge] = []
        for project_id in ids:
            shown = [p for p in partners.get(project_id, []) if p.organisation_name]
            for i, a in enumerate(shown):
                for b in shown[i + 1 :]:
                    edges.append(
                        Edge(
                            organisation_key(a.organisation_id), organisation_key(b.organisation_id)
                        )
                    )
            by_hand = [c for c in involved.get(project_id, []) if c.by_hand]
            for c in by_hand:
                for p in shown:
                    edges.append(
                        Edge(organisation_key(p.organisation_id), cluster_key(c.cluster_id))
                    )
        for first, second in meetings:
            edges.append(
                Edge(organisation_key(first), organisation_key(second), kind=EdgeKind.MEETING)
            )
        return graph(nodes, edges)


# --- helpers --------------------------------------------------------------------------------


def _replace_clusters(partner: PartnerRecord, clusters: tuple[str, ...]) -> PartnerRecord:
    return replace(partner, clusters=clusters)


def _partner_order(p: PartnerRecord) -> tuple[int, str, int]:
    return (0 if p.role is PartnerRole.LEAD else 1, collation_key(p.organisation_name), p.id)


def _row_order(r: ProjectRow) -> tuple[int, int, float, int]:
    start = r.start_on.toordinal() if r.start_on else 0
    return (0 if r.start_on else 1, -start, -r.created_at.timestamp(), -r.id)


def _active_in(year: int) -> ColumnElement[bool]:
    """Projects active in ``year``: started by its end and not ended before its start (a
    project with no end is open while its status is not one that ends it), or that reached
    a status in it."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    overlaps = and_(
        JointProject.start_on.is_not(None),
        JointProject.start_on <= last,
        or_(
            JointProject.end_on >= first,
            and_(JointProject.end_on.is_(None), JointProject.status.not_in(list(ENDED))),
        ),
    )
    reached = exists(
        select(ProjectStatusChange.id).where(
            ProjectStatusChange.project_id == JointProject.id,
            ProjectStatusChange.reached_on.between(first, last),
        )
    )
    return or_(overlaps, reached)


def _status(problems: Problems, value: ProjectStatus | str) -> ProjectStatus | None:
    try:
        return ProjectStatus(value)
    except ValueError:
        problems.add("status", _tr("{0} is not a project's status").format(quoted(str(value))))
        return None


def _status_day(problems: Problems, day: dt.date | None) -> dt.date:
    today = dt.date.today()
    if day is None:
        return today
    if day > today:
        problems.add("status_on", _tr("must not be in the future"), _tr("Reached on"))
    return day


def _status_words(status: ProjectStatus) -> str:
    return in_words(status).casefold()


def _meeting_started_a_project(s: Session, meeting_id: int) -> None:
    """A project made from a meeting is what came of it: the meeting, held, says so."""
    meeting = s.get(Meeting, meeting_id)
    if meeting is not None and meeting.outcome is None and meeting.status is MeetingStatus.HELD:
        meeting.outcome = MeetingOutcome.PROJECT_STARTED


def _uses(s: Session, column: Any) -> dict[int, int]:
    return {
        key: int(n)
        for key, n in s.execute(
            select(column, func.count()).where(column.is_not(None)).group_by(column)
        )
    }


def _entry(row: StrategicArea | FundingScheme, uses: int) -> CatalogueEntry:
    return CatalogueEntry(row.id, row.name, row.position, row.active, uses, row.row_version)
