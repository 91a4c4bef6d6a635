"""The cluster's reports: an event's (its programme, who came, its meetings) and the member register
on a day, the data read here and the PDF from ``accelerator.reports``.

Each reader sees what the events and members services show them: a coordinator and a
viewer every registration and membership; a mentor those of the organisations of the
cohorts they mentor in, and the report says it is partial. The figures are counted from
what the reader sees, so a report never shows a number its lists cannot back.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict, Unpack

from sqlalchemy import select

from accelerator import i18n
from accelerator.domain.enums import OrganisationKind, RegistrationStatus
from accelerator.domain.text import collation_key
from accelerator.errors import ValidationError
from accelerator.i18n import in_context
from accelerator.models import Cluster, Company, Membership
from accelerator.reports.cluster_data import (
    NOT_ON_RECORD,
    Attendance,
    AttendingOrganisation,
    Breakdown,
    ClusterRegister,
    EventReportData,
    MeetingLine,
    MeetingPlanData,
    Meetings,
    MemberLine,
    MemberReportData,
)
from accelerator.reports.data import PAGE_SIZES, PageSize
from accelerator.reports.layout import Cancelled, Progress
from accelerator.services.atomic import WriteFailedError, atomic_write
from accelerator.services.base import Service
from accelerator.services.clusters import ClusterService
from accelerator.services.events import EventService
from accelerator.services.meetings import MeetingService
from accelerator.services.members import MemberService, active_on
from accelerator.services.records import (
    ClusterRecord,
    MeetingRecord,
    MembershipRecord,
    RegistrationRecord,
)

log = logging.getLogger(__name__)
_tr = in_context("Reporting")


class ClusterReportOptions(TypedDict, total=False):
    """How a cluster report is made: ``page_size`` "A4" (the default) or "Letter";
    ``language`` "nb" or "en" (default: the language spoken); ``today`` the day it is made
    on (default the computer's date)."""

    page_size: PageSize
    language: str | None
    today: dt.date | None


class ClusterBuildOptions(ClusterReportOptions, total=False):
    """The options and, while the PDF is built, whom to tell how far it has got and whom
    to ask whether to stop."""

    progress: Progress | None
    cancelled: Cancelled | None


@dataclass(frozen=True)
class _Settled:
    page_size: PageSize
    language: str
    today: dt.date


@dataclass
class _Attendee:
    """The people of one organisation (on record, or as typed) counted in a breakdown."""

    name: str
    kind: str
    clusters: tuple[str, ...]  # "Name (SHORT)", as the breakdown by cluster names them
    short: tuple[str, ...] = ()  # their short names (or names), for the list of organisations
    people: int = 0
    walk_ins: int = 0


class ClusterReportService(Service):
    """Builds and writes the event report and the member register. Anyone signed in may
    print them; each sees the registrations and memberships they may read."""

    # --- the event report --------------------------------------------------------------------

    def event_report_data(
        self, event_id: int, **options: Unpack[ClusterReportOptions]
    ) -> EventReportData:
        """Everything the event report shows, in the report's language."""
        settled = self._settle(options)
        with i18n.speaking(settled.language):
            return self._event_report_data(event_id, settled)

    def _event_report_data(self, event_id: int, settled: _Settled) -> EventReportData:
        events = EventService(self._db, self.actor)
        event = events.get_event(event_id)
        registrations = events.registrations(event_id)
        held = event.starts_at <= dt.datetime.now(dt.UTC)
        counted_statuses = (
            {RegistrationStatus.ATTENDED}
            if held
            else {RegistrationStatus.REGISTERED, RegistrationStatus.ATTENDED}
        )
        counted = [r for r in registrations if r.status in counted_statuses]
        day = event.starts_at.date()
        kinds, clusters = self._organisations_on(
            {r.organisation_id for r in counted if r.organisation_id is not None}, day
        )
        attendees: dict[object, _Attendee] = {}
        nameless = 0
        for r in counted:
            key, attendee = _attendee_of(r, kinds, clusters)
            if attendee is None:
                nameless += 1
                continue
            found = attendees.setdefault(key, attendee)
            found.people += 1
            found.walk_ins += int(r.walk_in)
        return EventReportData(
            title=event.title,
            kind=event.kind.value,
            when=event.period,
            day=day,
            generated_on=settled.today,
            place=event.place,
            online=event.online,
            online_url=event.online_url,
            hosts=tuple(h.cluster_name for h in event.hosts),
            cohort=event.cohort_name,
            capacity=event.capacity,
            description=event.description,
            public=event.public,
            held=held,
            attendance=_attendance(registrations),
            by_kind=_by_kind(attendees.values(), nameless),
            by_cluster=_by_cluster(attendees.values(), nameless, clusters),
            organisations=tuple(
                AttendingOrganisation(a.name, a.kind, a.short, a.people, a.walk_ins)
                for a in sorted(attendees.values(), key=lambda a: collation_key(a.name))
            ),
            without_organisation=nameless,
            partial=self._visible_cohorts() is not None,
            meetings=self._meetings(event_id),
            page_size=settled.page_size,
        )

    def _meetings(self, event_id: int) -> Meetings | None:
        """The meetings at the event the reader sees, or None when none was booked."""
        service = MeetingService(self._db, self.actor)
        figures = service.figures(event_id=event_id)
        plan = service.plan(event_id)
        if not figures.requested and not plan.meetings:
            return None
        return Meetings(
            requested=figures.requested,
            by_status=tuple((s.value, n) for s, n in figures.by_status.items()),
            by_outcome=tuple((o.value, n) for o, n in figures.by_outcome.items()),
            held_without_outcome=figures.held_without_outcome,
            across_clusters=figures.across_clusters,
            plan=tuple(_meeting_line(m) for m in plan.meetings),
        )

    def _organisations_on(
        self, ids: set[int], day: dt.date
    ) -> tuple[dict[int, str], dict[int, list[tuple[str, str, bool]]]]:
        """Of the organisations ``ids`` (read from registrations the actor sees): each one's
        kind, and the clusters it was a member of on ``day`` (name, short name, ours), ours
        first, then by name."""
        if not ids:
            return {}, {}
        with self._read() as s:
            kinds = {
                oid: OrganisationKind(kind).value
                for oid, kind in s.execute(
                    select(Company.id, Company.kind).where(Company.id.in_(ids))
                )
            }
            clusters: dict[int, list[tuple[str, str, bool]]] = defaultdict(list)
            for oid, name, short, ours in s.execute(
                select(Membership.organisation_id, Cluster.name, Cluster.short_name, Cluster.ours)
                .join(Cluster, Cluster.id == Membership.cluster_id)
                .where(Membership.organisation_id.in_(ids), active_on(day))
                .order_by(Cluster.ours.desc(), Cluster.name)
            ):
                clusters[oid].append((name, short, bool(ours)))
        return kinds, dict(clusters)

    def event_report_pdf(self, event_id: int, **options: Unpack[ClusterBuildOptions]) -> bytes:
        """The event report as PDF bytes (for a preview); see :meth:`write_event_report`."""
        from accelerator.reports.event_report import build_event_report

        settled = self._settle(options)
        with i18n.speaking(settled.language):
            data = self._event_report_data(event_id, settled)
            return build_event_report(
                data, progress=options.get("progress"), cancelled=options.get("cancelled")
            )

    def write_event_report(
        self, event_id: int, path: str | os.PathLike[str], **options: Unpack[ClusterBuildOptions]
    ) -> Path:
        """Write the event report to ``path``, atomically: a cancel or an error leaves the
        file that was there (or none)."""
        target = self._write_pdf(path, options, lambda: self.event_report_pdf(event_id, **options))
        log.info("wrote the report of event %s to %s", event_id, target)
        return target

    # --- the meeting plan --------------------------------------------------------------------

    def meeting_plan_data(
        self, event_id: int, **options: Unpack[ClusterReportOptions]
    ) -> MeetingPlanData:
        """The event's meeting plan as a handout shows it, in the report's language."""
        settled = self._settle(options)
        with i18n.speaking(settled.language):
            return self._meeting_plan_data(event_id, settled)

    def _meeting_plan_data(self, event_id: int, settled: _Settled) -> MeetingPlanData:
        event = EventService(self._db, self.actor).get_event(event_id)
        plan = MeetingService(self._db, self.actor).plan(event_id)
        return MeetingPlanData(
            title=event.title,
            kind=event.kind.value,
            when=event.period,
            generated_on=settled.today,
            place=event.place,
            meetings=tuple(_meeting_line(m) for m in plan.meetings),
            partial=self._visible_cohorts() is not None,
            page_size=settled.page_size,
        )

    def meeting_plan_pdf(self, event_id: int, **options: Unpack[ClusterBuildOptions]) -> bytes:
        """The meeting plan as PDF bytes (for a preview); see :meth:`write_meeting_plan`."""
        from accelerator.reports.meeting_plan import build_meeting_plan

        settled = self._settle(options)
        with i18n.speaking(settled.language):
            data = self._meeting_plan_data(event_id, settled)
            return build_meeting_plan(
                data, progress=options.get("progress"), cancelled=options.get("cancelled")
            )

    def write_meeting_plan(
        self, event_id: int, path: str | os.PathLike[str], **options: Unpack[ClusterBuildOptions]
    ) -> Path:
        """Write the event's meeting plan to ``path``, atomically."""
        target = self._write_pdf(path, options, lambda: self.meeting_plan_pdf(event_id, **options))
        log.info("wrote the meeting plan of event %s to %s", event_id, target)
        return target

    # --- the member register -----------------------------------------------------------------

    def member_report_data(
        self,
        *,
        on: dt.date | None = None,
        cluster_id: int | None = None,
        **options: Unpack[ClusterReportOptions],
    ) -> MemberReportData:
        """The member register on ``on`` (default: the day it is made): ``cluster_id``'s, or
        every cluster's that has had members, ours first."""
        settled = self._settle(options)
        with i18n.speaking(settled.language):
            return self._member_report_data(on or settled.today, cluster_id, settled)

    def _member_report_data(
        self, on: dt.date, cluster_id: int | None, settled: _Settled
    ) -> MemberReportData:
        clusters_service = ClusterService(self._db, self.actor)
        if cluster_id is not None:
            clusters = [clusters_service.get_cluster(cluster_id)]
        else:
            clusters = clusters_service.list_clusters()
        memberships = MemberService(self._db, self.actor).list_memberships(cluster_id=cluster_id)
        of_cluster: dict[int, list[MembershipRecord]] = defaultdict(list)
        for m in memberships:
            of_cluster[m.cluster_id].append(m)
        registers = tuple(
            _register(c, of_cluster.get(c.id, []), on)
            for c in clusters
            if cluster_id is not None or of_cluster.get(c.id)
        )
        return MemberReportData(
            on=on,
            clusters=registers,
            generated_on=settled.today,
            one_cluster=cluster_id is not None,
            partial=self._visible_cohorts() is not None,
            page_size=settled.page_size,
        )

    def member_report_pdf(
        self,
        *,
        on: dt.date | None = None,
        cluster_id: int | None = None,
        **options: Unpack[ClusterBuildOptions],
    ) -> bytes:
        """The member register as PDF bytes (for a preview); see :meth:`write_member_report`."""
        from accelerator.reports.member_report import build_member_report

        settled = self._settle(options)
        with i18n.speaking(settled.language):
            data = self._member_report_data(on or settled.today, cluster_id, settled)
            return build_member_report(
                data, progress=options.get("progress"), cancelled=options.get("cancelled")
            )

    def write_member_report(
        self,
        path: str | os.PathLike[str],
        *,
        on: dt.date | None = None,
        cluster_id: int | None = None,
        **options: Unpack[ClusterBuildOptions],
    ) -> Path:
        """Write the member register to ``path``, atomically."""
        target = self._write_pdf(
            path,
            options,
            lambda: self.member_report_pdf(on=on, cluster_id=cluster_id, **options),
        )
        log.info("wrote the member register on %s to %s", on, target)
        return target

    # --- helpers -----------------------------------------------------------------------------

    def _settle(self, options: ClusterReportOptions) -> _Settled:
        page_size = options.get("page_size", "A4")
        if page_size not in PAGE_SIZES:
            raise ValidationError(
                _tr("the page size must be A4 or Letter, not {0}").format(repr(page_size)),
                field="page_size",
            )
        from accelerator.services.reporting import _language

        language = _language({"language": options.get("language")})
        return _Settled(page_size, language, options.get("today") or dt.date.today())

    def _write_pdf(
        self,
        path: str | os.PathLike[str],
        options: ClusterReportOptions,
        build: Callable[[], bytes],
    ) -> Path:
        """Check the options and the target before the (slow) build, then write atomically."""
        self._settle(options)
        target = Path(path)
        if target.is_dir():
            raise WriteFailedError(
                _tr("cannot write {0}: it is a folder. Give a file name.").format(target)
            )
        with atomic_write(target) as handle:
            handle.write(build())
        return target


# --- counting ----------------------------------------------------------------------------------


def _attendance(registrations: Iterable[RegistrationRecord]) -> Attendance:
    by: dict[RegistrationStatus, int] = defaultdict(int)
    walk_ins = 0
    for r in registrations:
        by[r.status] += 1
        walk_ins += int(r.walk_in and r.status is RegistrationStatus.ATTENDED)
    return Attendance(
        registered=by[RegistrationStatus.REGISTERED],
        waitlisted=by[RegistrationStatus.WAITLISTED],
        attended=by[RegistrationStatus.ATTENDED],
        walk_ins=walk_ins,
        no_shows=by[RegistrationStatus.NO_SHOW],
        cancelled=by[RegistrationStatus.CANCELLED],
    )


def _meeting_line(m: MeetingRecord) -> MeetingLine:
    return MeetingLine(
        m.starts_at,
        m.ends_at,
        m.table_label,
        m.organisation_name,
        m.counterpart_name,
        m.status.value,
        m.outcome.value if m.outcome is not None else "",
    )


def _cluster_label(name: str, short: str) -> str:
    return f"{name} ({short})" if short and short != name else name


def _attendee_of(
    r: RegistrationRecord,
    kinds: dict[int, str],
    clusters: dict[int, list[tuple[str, str, bool]]],
) -> tuple[object, _Attendee | None]:
    """Whom a registration counts for: its organisation on record, else the organisation
    typed (one per spelling, case and spaces aside), else nobody (None)."""
    if r.organisation_id is not None and r.organisation_id in kinds:
        member_of = clusters.get(r.organisation_id, [])
        return r.organisation_id, _Attendee(
            r.organisation,
            kinds[r.organisation_id],
            tuple(_cluster_label(name, short) for name, short, _ in member_of),
            tuple(short or name for name, short, _ in member_of),
        )
    typed = " ".join(r.organisation.split())
    if not typed:
        return None, None
    return ("typed", typed.casefold()), _Attendee(typed, NOT_ON_RECORD, ())


def _by_kind(attendees: Iterable[_Attendee], nameless: int) -> tuple[Breakdown, ...]:
    organisations: dict[str, int] = defaultdict(int)
    people: dict[str, int] = defaultdict(int)
    for a in attendees:
        organisations[a.kind] += 1
        people[a.kind] += a.people
    people[NOT_ON_RECORD] += nameless
    order = [k.value for k in OrganisationKind] + [NOT_ON_RECORD]
    return tuple(
        Breakdown(kind, organisations.get(kind, 0), people[kind])
        for kind in order
        if people.get(kind)
    )


def _by_cluster(
    attendees: Iterable[_Attendee],
    nameless: int,
    clusters: dict[int, list[tuple[str, str, bool]]],
) -> tuple[Breakdown, ...]:
    """People and organisations per cluster their organisation was a member of; "" for
    those of no cluster (guests' organisations not on record and nameless people too)."""
    ours = {
        _cluster_label(name, short): is_ours
        for member_of in clusters.values()
        for name, short, is_ours in member_of
    }
    organisations: dict[str, int] = defaultdict(int)
    people: dict[str, int] = defaultdict(int)
    for a in attendees:
        for label in a.clusters or ("",):
            organisations[label] += 1
            people[label] += a.people
    people[""] += nameless
    named = sorted(
        (label for label in people if label), key=lambda x: (not ours.get(x), collation_key(x))
    )
    lines = [Breakdown(label, organisations[label], people[label]) for label in named]
    if people[""]:
        lines.append(Breakdown("", organisations.get("", 0), people[""]))
    return tuple(lines)


def _register(
    c: ClusterRecord, memberships: list[MembershipRecord], on: dt.date
) -> ClusterRegister:
    year_start = dt.date(on.year, 1, 1)

    def line(m: MembershipRecord) -> MemberLine:
        return MemberLine(
            m.organisation_id,
            m.organisation_name,
            m.registration,
            OrganisationKind(m.kind).value,
            m.tier_name,
            m.joined_on,
            m.left_on,
        )

    def by_name(ms: Iterable[MembershipRecord]) -> tuple[MemberLine, ...]:
        return tuple(
            line(m)
            for m in sorted(ms, key=lambda m: (collation_key(m.organisation_name), m.joined_on))
        )

    return ClusterRegister(
        name=c.name,
        short_name=c.short_name,
        ours=c.ours,
        level=c.level.value,
        region=c.region,
        tiers=tuple(t.name for t in c.tiers),
        members=by_name(m for m in memberships if m.active_on(on)),
        joined=by_name(m for m in memberships if year_start <= m.joined_on <= on),
        left=by_name(
            m for m in memberships if m.left_on is not None and year_start <= m.left_on < on
        ),
    )


__all__ = ["ClusterBuildOptions", "ClusterReportOptions", "ClusterReportService"]
