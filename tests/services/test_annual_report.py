"""The annual report's figures, each recomputed here from the raw tables with plain SQL
(not through the services that made them) over the demo with three years of member
figures and mentor sessions added: members by kind on 31 December, joined and left; events,
participants and organisations; meetings by status and outcome; joint projects and their
funding by scheme; the cohorts' outcomes since baseline; mentor hours; the members' figures
summed with who reported. A figure no one reported is missing (None), never 0; one
cluster's report counts that cluster only; a mentor's copy is partial."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import delete, text

from accelerator.domain.enums import KpiMetric, KpiSource, SessionKind
from accelerator.errors import ValidationError
from accelerator.models.outcomes import KpiValue, MentorSession
from accelerator.reports.annual_report import AnnualReportData, Figure
from accelerator.services import Services
from accelerator.services.annual_report import AnnualReportService
from accelerator.services.audit import ACTOR_KEY
from accelerator.services.clusters import ClusterInput
from accelerator.services.users import actor_of
from tests.factories import Factory

YEAR = dt.date.today().year
FIRST = dt.date(YEAR, 1, 1)
LAST = dt.date(YEAR, 12, 31)
START = dt.datetime(YEAR, 1, 1, tzinfo=dt.UTC)
END = dt.datetime(YEAR + 1, 1, 1, tzinfo=dt.UTC)

#: Metrics the demo's organisations report here; patents are reported by none.
REPORTED = (
    KpiMetric.REVENUE,
    KpiMetric.EXPORT_REVENUE,
    KpiMetric.FTE,
    KpiMetric.RND_SPEND,
    KpiMetric.EQUITY_RAISED,
    KpiMetric.GRANTS_RAISED,
    KpiMetric.PRODUCTS_LAUNCHED,
)


def rows(services: Services, sql: str, **params: Any) -> list[Any]:
    with services.db.read() as s:
        return list(s.execute(text(sql), params))


def fill(services: Services) -> None:
    """Three years of member figures for every organisation (some gaps), and mentor
    sessions for every assignment in the years around this one: in place of the demo's
    own, so that what is missing is known here."""
    orgs = [r[0] for r in rows(services, "SELECT id FROM companies ORDER BY id")]
    assignments = rows(
        services,
        "SELECT ma.enrolment_id, ma.user_id FROM mentor_assignments ma ORDER BY ma.id",
    )
    with services.db.write() as s:
        s.info[ACTOR_KEY] = services.actor
        s.execute(delete(KpiValue))
        s.execute(delete(MentorSession))
        for n, oid in enumerate(orgs):
            for year in (YEAR - 2, YEAR - 1, YEAR):
                for m, metric in enumerate(REPORTED):
                    # Every third organisation has no figures this year; every fifth
                    # reports no revenue in any year.
                    if year == YEAR and n % 3 == 2:
                        continue
                    if metric is KpiMetric.REVENUE and n % 5 == 4:
                        continue
                    base = (n + 1) * (m + 1) * (year - YEAR + 3)
                    value = base * 1000.0 if metric is not KpiMetric.FTE else base / 4
                    s.add(
                        KpiValue(
                            organisation_id=oid,
                            year=year,
                            quarter=0,
                            metric=metric,
                            value=value,
                            source=KpiSource.ENTERED,
                        )
                    )
                # A quarter's figure: never counted in the year's sum.
                s.add(
                    KpiValue(
                        organisation_id=oid,
                        year=year,
                        quarter=2,
                        metric=KpiMetric.PATENTS_FILED,
                        value=1,
                        source=KpiSource.ENTERED,
                    )
                )
        for n, (enrolment_id, mentor_id) in enumerate(assignments):
            for day, minutes in (
                (dt.date(YEAR, 2, 1 + n % 27), 60 + 15 * n),
                (dt.date(YEAR, 9, 1 + n % 27), 90),
                (dt.date(YEAR - 1, 11, 3), 45),  # last year: not counted
            ):
                s.add(
                    MentorSession(
                        enrolment_id=enrolment_id,
                        mentor_id=mentor_id,
                        held_on=day,
                        minutes=minutes,
                        kind=SessionKind.MEETING,
                        topic="Pricing",
                    )
                )


@pytest.fixture
def world(demo: Services) -> Iterator[Services]:
    fill(demo)
    yield demo


def report(services: Services, cluster_id: int | None = None) -> AnnualReportData:
    return AnnualReportService(services.db, services.actor).annual_report_data(
        YEAR, cluster_id, language="en"
    )


def ids(figure: Figure) -> list[int]:
    return sorted(r.id for r in figure.records)


def ours(services: Services) -> list[int]:
    return [r[0] for r in rows(services, "SELECT id FROM clusters WHERE ours = :t", t=True)]


def in_list(values: list[int]) -> str:
    return "(" + ",".join(str(int(v)) for v in values) + ")" if values else "(NULL)"


# --- members ----------------------------------------------------------------------------------


def members_by_kind(services: Services, clusters: list[int]) -> dict[str, dict[str, set[int]]]:
    found: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    eve = FIRST - dt.timedelta(days=1)
    before, end = set(), set()
    for oid, kind, joined, left in rows(
        services,
        "SELECT m.organisation_id, c.kind, m.joined_on, m.left_on FROM memberships m "
        f"JOIN companies c ON c.id = m.organisation_id WHERE m.cluster_id IN {in_list(clusters)}",
    ):
        joined = _date(joined)
        left = _date(left) if left is not None else None
        if joined <= eve and (left is None or left >= eve):
            before.add(oid)
        if joined <= LAST and (left is None or left >= LAST):
            found["end"][kind].add(oid)
            end.add(oid)
        if FIRST <= joined <= LAST:
            found["joined"][kind].add(oid)
        if left is not None and FIRST <= left <= LAST:
            found["left"][kind].add(oid)
    # Who moved between the clusters, or left and came back, neither joined nor left.
    for kind in list(found["joined"]):
        found["joined"][kind] -= before
    for kind in list(found["left"]):
        found["left"][kind] -= end
    return found


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def test_members_by_kind_on_31_december_and_joined_or_left(world: Services) -> None:
    data = report(world)
    expected = members_by_kind(world, ours(world))
    assert expected["end"], "the demo's cluster has members"
    for column in ("end", "joined", "left"):
        every: set[int] = set()
        for kind, orgs in expected[column].items():
            figure = data.figure(f"members.{column}.{kind}")
            assert figure.value == len(orgs) and ids(figure) == sorted(orgs), (column, kind)
            every |= orgs
        total = data.figure(f"members.{column}")
        assert total.value == len(every) and ids(total) == sorted(every)


# --- events -----------------------------------------------------------------------------------


def test_events_participants_and_organisations(world: Services) -> None:
    data = report(world)
    clusters = ours(world)
    events = rows(
        world,
        "SELECT DISTINCT e.id, e.kind FROM events e JOIN event_hosts h ON h.event_id = e.id "
        f"WHERE h.cluster_id IN {in_list(clusters)} AND e.starts_at >= :a AND e.starts_at < :b",
        a=START,
        b=END,
    )
    assert events, "the demo's cluster hosts events this year"
    event_ids = [e[0] for e in events]
    attended = rows(
        world,
        "SELECT r.id, r.organisation_id, e.kind FROM registrations r JOIN events e "
        f"ON e.id = r.event_id WHERE r.event_id IN {in_list(event_ids)} AND r.status = 'attended'",
    )
    assert data.figure("events").value == len(events)
    assert ids(data.figure("events")) == sorted(event_ids)
    assert ids(data.figure("events.participants")) == sorted(r[0] for r in attended)
    organisations = {r[1] for r in attended if r[1] is not None}
    assert data.figure("events.organisations").value == len(organisations)
    assert ids(data.figure("events.organisations")) == sorted(organisations)
    for kind in {e[1] for e in events}:
        assert data.figure(f"events.{kind}").value == sum(1 for e in events if e[1] == kind)
        assert data.figure(f"events.{kind}.participants").value == sum(
            1 for r in attended if r[2] == kind
        )
        assert data.figure(f"events.{kind}.organisations").value == len(
            {r[1] for r in attended if r[2] == kind and r[1] is not None}
        )


# --- meetings ---------------------------------------------------------------------------------


def test_meetings_by_status_and_outcome(world: Services) -> None:
    data = report(world)
    clusters = ours(world)
    hosted = {
        r[0]
        for r in rows(
            world, f"SELECT event_id FROM event_hosts WHERE cluster_id IN {in_list(clusters)}"
        )
    }
    spans = defaultdict(list)
    for oid, joined, left in rows(
        world,
        "SELECT organisation_id, joined_on, left_on FROM memberships "
        f"WHERE cluster_id IN {in_list(clusters)}",
    ):
        spans[oid].append((_date(joined), _date(left) if left else None))

    def member(oid: int, day: dt.date) -> bool:
        return any(j <= day and (lf is None or lf >= day) for j, lf in spans[oid])

    chosen = [
        (mid, status, outcome)
        for mid, a, b, event_id, at, status, outcome in rows(
            world,
            "SELECT id, organisation_id, counterpart_id, event_id, starts_at, status, outcome "
            "FROM meetings WHERE starts_at >= :a AND starts_at < :b",
            a=START,
            b=END,
        )
        if event_id in hosted or member(a, _date(at)) or member(b, _date(at))
    ]
    assert chosen, "the demo has meetings this year"
    assert ids(data.figure("meetings")) == sorted(m[0] for m in chosen)
    for status in ("requested", "booked", "held", "cancelled"):
        assert ids(data.figure(f"meetings.{status}")) == sorted(
            m[0] for m in chosen if m[1] == status
        )
    for outcome in ("follow_up", "project_started", "no_fit"):
        assert ids(data.figure(f"meetings.outcome.{outcome}")) == sorted(
            m[0] for m in chosen if m[1] == "held" and m[2] == outcome
        )
    assert ids(data.figure("meetings.outcome.none")) == sorted(
        m[0] for m in chosen if m[1] == "held" and m[2] is None
    )


# --- joint projects and funding ---------------------------------------------------------------


def projects_of(services: Services, clusters: list[int]) -> dict[int, tuple[Any, ...]]:
    """The projects active in the year involving the clusters: added by hand, or with a
    partner that was a member on the project's start (today, without one)."""
    found = {}
    for pid, status, start, end in rows(
        services, "SELECT id, status, start_on, end_on FROM projects"
    ):
        start = _date(start) if start else None
        end = _date(end) if end else None
        reached = rows(
            services,
            "SELECT status, reached_on FROM project_status_changes WHERE project_id = :p",
            p=pid,
        )
        overlaps = (
            start is not None
            and start <= LAST
            and (
                (end is not None and end >= FIRST)
                or (end is None and status not in ("rejected", "completed", "stopped"))
            )
        )
        if not (overlaps or any(FIRST <= _date(r[1]) <= LAST for r in reached)):
            continue
        day = start or dt.date.today()
        by_hand = rows(
            services,
            f"SELECT 1 FROM project_clusters WHERE project_id = :p AND cluster_id IN "
            f"{in_list(clusters)}",
            p=pid,
        )
        through = [
            1
            for joined, left in rows(
                services,
                "SELECT m.joined_on, m.left_on FROM project_partners pp JOIN memberships m "
                "ON m.organisation_id = pp.organisation_id WHERE pp.project_id = :p AND "
                f"m.cluster_id IN {in_list(clusters)}",
                p=pid,
            )
            if _date(joined) <= day and (left is None or _date(left) >= day)
        ]
        if by_hand or through:
            completed_in_year = any(
                r[0] == "completed" and FIRST <= _date(r[1]) <= LAST for r in reached
            )
            found[pid] = (status, start, end, completed_in_year)
    return found


def test_joint_projects_and_funding_by_scheme(world: Services) -> None:
    data = report(world)
    projects = projects_of(world, ours(world))
    assert projects, "the demo's cluster has projects this year"
    assert ids(data.figure("projects.active")) == sorted(projects)
    assert ids(data.figure("projects.new")) == sorted(
        p for p, (_, start, _, _) in projects.items() if start and FIRST <= start <= LAST
    )
    assert ids(data.figure("projects.completed")) == sorted(
        p
        for p, (status, _, end, reached) in projects.items()
        if status == "completed" and ((end and FIRST <= end <= LAST) or reached)
    )
    assert ids(data.figure("projects.running")) == sorted(
        p
        for p, (status, start, end, _) in projects.items()
        if start
        and start <= LAST
        and (end > LAST if end else status not in ("rejected", "completed", "stopped"))
    )
    applications = rows(
        world,
        "SELECT a.id, s.name, a.amount_applied, a.decision, a.amount_granted FROM "
        "funding_applications a JOIN funding_schemes s ON s.id = a.scheme_id "
        f"WHERE a.project_id IN {in_list(list(projects))}",
    )
    assert applications
    total = data.figure("funding.total.applied")
    assert total.value == sum(a[2] for a in applications)
    assert ids(total) == sorted(a[0] for a in applications)
    granted = [a for a in applications if a[3] == "granted"]
    assert data.figure("funding.total.granted_amount").value == sum(a[4] or 0 for a in granted)
    assert ids(data.figure("funding.total.granted")) == sorted(a[0] for a in granted)
    funding = next(t for s in data.sections for t in s.tables if t.key == "funding")
    for line in funding.rows:
        if line.total:
            continue
        mine = [a for a in applications if a[1] == line.label]
        cells = line.cells
        assert cells[0] is not None and cells[0].value == len(mine), line.label
        assert cells[1] is not None and cells[1].value == sum(a[2] for a in mine)
        assert cells[3] is not None and cells[3].value == sum(
            a[4] or 0 for a in mine if a[3] == "granted"
        )


# --- the programmes and mentor hours ----------------------------------------------------------


def cohorts_of(services: Services) -> list[tuple[int, str]]:
    clusters = ours(services)
    return [
        (r[0], f"{r[1]} – {r[2]}")
        for r in rows(
            services,
            "SELECT c.id, p.name, c.name FROM cohorts c JOIN programmes p ON p.id = c.programme_id "
            f"WHERE (p.cluster_id IN {in_list(clusters)} OR p.cluster_id IS NULL) "
            "AND c.start_date <= :last AND c.end_date >= :first",
            first=FIRST,
            last=LAST,
        )
    ]


def kpi(services: Services, oid: int, year: int, metric: str) -> float | None:
    found = rows(
        services,
        "SELECT value FROM kpi_values WHERE organisation_id = :o AND year = :y AND quarter = 0 "
        "AND metric = :m",
        o=oid,
        y=year,
        m=metric,
    )
    return found[0][0] if found else None


def test_the_cohorts_outcomes_since_baseline(world: Services) -> None:
    data = report(world)
    cohorts = cohorts_of(world)
    assert cohorts, "the demo has cohorts this year"
    table = next(t for s in data.sections for t in s.tables if t.key == "programmes")
    by_label = {r.label: r for r in table.rows}
    every_jobs: list[float] = []
    for cohort_id, label in cohorts:
        line = by_label[label]
        enrolments = rows(
            world,
            "SELECT company_id, joined_on, status FROM enrolments WHERE cohort_id = :c",
            c=cohort_id,
        )
        companies, graduated, _, jobs, revenue, capital = line.cells
        assert companies is not None and companies.value == len(enrolments)
        assert graduated is not None and graduated.value == sum(
            1 for e in enrolments if e[2] == "graduated"
        )
        expect_jobs: list[float] = []
        expect_revenue: list[float] = []
        expect_capital: list[float] = []
        for oid, joined, _ in enrolments:
            base = _date(joined).year - 1
            # The latest year after the baseline with a whole-year figure of these.
            later = rows(
                world,
                "SELECT MAX(year) FROM kpi_values WHERE organisation_id = :o AND quarter = 0 "
                "AND year > :b AND year <= :y AND metric IN ('fte', 'revenue', "
                "'equity_raised', 'grants_raised', 'loans_raised')",
                o=oid,
                b=base,
                y=YEAR,
            )[0][0]
            for metric, into in (("fte", expect_jobs), ("revenue", expect_revenue)):
                before = kpi(world, oid, base, metric)
                after = kpi(world, oid, later, metric) if later is not None else None
                if before is not None and after is not None:
                    into.append(after - before)
            raised = [
                v
                for y in range(base + 1, YEAR + 1)
                for m in ("equity_raised", "grants_raised", "loans_raised")
                if (v := kpi(world, oid, y, m)) is not None
            ]
            if raised:
                expect_capital.append(sum(raised))
        for figure, expected in ((jobs, expect_jobs), (revenue, expect_revenue),
                                 (capital, expect_capital)):  # fmt: skip
            assert figure is not None
            if expected:
                assert figure.value == pytest.approx(sum(expected)), figure.label
                assert len(figure.records) == len(expected)
            else:
                assert figure.value is None, f"{figure.label} is missing, not 0"
        every_jobs += expect_jobs
    total = table.rows[-1]
    assert total.total and total.cells[3] is not None
    if every_jobs:
        assert total.cells[3].value == pytest.approx(sum(every_jobs))


def readiness_change(services: Services, enrolment_id: int) -> float | None:
    """The mean change in level since the baseline assessment (the first marked baseline,
    else the earliest), the latest level of each dimension, assessments up to 31 December."""
    history: dict[int, tuple[dt.date, str, dict[str, int]]] = {}
    for aid, on, kind, key, level in rows(
        services,
        "SELECT a.id, a.assessed_on, a.kind, d.key, s.level FROM assessments a "
        "JOIN scores s ON s.assessment_id = a.id JOIN dimensions d ON d.id = s.dimension_id "
        "WHERE a.enrolment_id = :e AND a.assessed_on <= :last ORDER BY a.id",
        e=enrolment_id,
        last=LAST,
    ):
        history.setdefault(aid, (_date(on), kind, {}))[2][key] = level
    found = sorted(history.values(), key=lambda h: h[0])
    if not found:
        return None
    baseline = next((h[2] for h in found if h[1] == "baseline"), found[0][2])
    latest: dict[str, int] = {}
    for _, _, levels in found:
        latest.update(levels)
    changes = [level - baseline[key] for key, level in latest.items() if key in baseline]
    return sum(changes) / len(changes) if changes else None


def test_the_cohorts_readiness_change(world: Services) -> None:
    data = report(world)
    table = next(t for s in data.sections for t in s.tables if t.key == "programmes")
    by_label = {r.label: r for r in table.rows}
    seen = False
    for cohort_id, label in cohorts_of(world):
        changes = [
            c
            for (e,) in rows(world, "SELECT id FROM enrolments WHERE cohort_id = :c", c=cohort_id)
            if (c := readiness_change(world, e)) is not None
        ]
        figure = by_label[label].cells[2]
        assert figure is not None
        if changes:
            seen = True
            assert figure.value == pytest.approx(sum(changes) / len(changes)), label
            assert len(figure.records) == len(changes)
        else:
            assert figure.value is None
    assert seen, "the demo has assessed companies"


def test_mentor_hours_in_the_year(world: Services) -> None:
    data = report(world)
    cohort_ids = [c for c, _ in cohorts_of(world)]
    clusters = ours(world)
    sessions = rows(
        world,
        "SELECT s.id, s.minutes, e.cohort_id FROM mentor_sessions s "
        "JOIN enrolments e ON e.id = s.enrolment_id JOIN cohorts c ON c.id = e.cohort_id "
        "JOIN programmes p ON p.id = c.programme_id "
        f"WHERE (p.cluster_id IN {in_list(clusters)} OR p.cluster_id IS NULL) "
        "AND s.held_on BETWEEN :a AND :b",
        a=FIRST,
        b=LAST,
    )
    assert sessions and cohort_ids
    hours = data.figure("sessions.hours")
    assert hours.value == pytest.approx(sum(s[1] for s in sessions) / 60)
    assert ids(hours) == sorted(s[0] for s in sessions)
    assert data.figure("sessions.sessions").value == len(sessions)


# --- the members' figures ---------------------------------------------------------------------


def test_the_members_figures_summed_with_who_reported(world: Services) -> None:
    data = report(world)
    clusters = ours(world)
    members = {
        r[0]
        for r in rows(
            world,
            "SELECT organisation_id FROM memberships WHERE "
            f"cluster_id IN {in_list(clusters)} AND joined_on <= :last "
            "AND (left_on IS NULL OR left_on >= :first)",
            first=FIRST,
            last=LAST,
        )
    }
    cohort_ids = [c for c, _ in cohorts_of(world)]
    enrolled = {
        r[0]
        for r in rows(
            world, f"SELECT company_id FROM enrolments WHERE cohort_id IN {in_list(cohort_ids)}"
        )
    }
    orgs = members | enrolled
    for metric in KpiMetric:
        values = rows(
            world,
            "SELECT organisation_id, value FROM kpi_values WHERE year = :y AND quarter = 0 "
            f"AND metric = :m AND organisation_id IN {in_list(sorted(orgs))}",
            y=YEAR,
            m=metric.value,
        )
        total = data.figure(f"figures.{metric.value}")
        reported = data.figure(f"figures.{metric.value}.reported")
        missing = data.figure(f"figures.{metric.value}.missing")
        if values:
            assert total.value == pytest.approx(sum(v for _, v in values)), metric
        else:
            assert total.value is None, f"{metric} was reported by no one: missing, not 0"
        assert ids(reported) == sorted(o for o, _ in values)
        assert ids(missing) == sorted(orgs - {o for o, _ in values})
    assert data.figure("figures.patents_filed").missing
    assert data.figure("figures.revenue.missing").value, "some did not report revenue"


# --- scope ------------------------------------------------------------------------------------


def test_one_clusters_report_counts_that_cluster_only(world: Services) -> None:
    other = rows(
        world,
        "SELECT c.id FROM clusters c WHERE c.ours = :f AND EXISTS "
        "(SELECT 1 FROM memberships m WHERE m.cluster_id = c.id) ORDER BY c.id",
        f=False,
    )[0][0]
    data = report(world, other)
    assert data.one_cluster and len(data.clusters) == 1
    expected = members_by_kind(world, [other])
    every = set().union(*expected["end"].values())
    assert ids(data.figure("members.end")) == sorted(every)
    assert ids(data.figure("projects.active")) == sorted(projects_of(world, [other]))
    assert data.figure("members.end").value != report(world).figure("members.end").value


def test_without_a_cluster_of_ours_it_asks_for_one(world: Services) -> None:
    with world.db.write() as s:
        s.info[ACTOR_KEY] = world.actor
        s.execute(text("UPDATE clusters SET ours = :f"), {"f": False})
    with pytest.raises(ValidationError, match="no cluster is marked as ours"):
        report(world)


def test_a_mentors_copy_counts_their_companies_only(world: Services) -> None:
    mentor = next(u for u in world.users.list_users() if u.role == "mentor")
    theirs = world.acting_as(actor_of(mentor))
    data = report(theirs)
    assert data.partial
    companies = {
        r[0]
        for r in rows(
            world,
            "SELECT e.company_id FROM enrolments e WHERE e.cohort_id IN (SELECT e2.cohort_id "
            "FROM enrolments e2 JOIN mentor_assignments ma ON ma.enrolment_id = e2.id "
            "WHERE ma.user_id = :u)",
            u=mentor.id,
        )
    }
    assert set(ids(data.figure("members.end"))) <= companies
    assert set(ids(data.figure("figures.revenue.reported"))) <= companies
    assert data.figure("members.end").value < report(world).figure("members.end").value  # type: ignore[operator]


def test_a_bad_year_or_rate_is_refused(world: Services) -> None:
    service = AnnualReportService(world.db, world.actor)
    with pytest.raises(ValidationError, match="year"):
        service.annual_report_data(26)
    with pytest.raises(ValidationError, match="hourly rate"):
        service.annual_report_data(YEAR, hourly_rate=0)


def test_an_hourly_rate_values_the_mentor_hours(world: Services) -> None:
    data = AnnualReportService(world.db, world.actor).annual_report_data(
        YEAR, language="en", hourly_rate=950
    )
    hours = data.figure("sessions.hours").value
    assert hours
    assert data.figure("sessions.in_kind").value == round(hours * 950)


def test_with_two_clusters_of_ours_a_mover_neither_joins_nor_leaves(world: Services) -> None:
    ours_now = ours(world)
    other = next(c for c in world.clusters.list_clusters() if not c.ours and c.id not in ours_now)
    world.clusters.update_cluster(other.id, replace(ClusterInput.from_record(other), ours=True))
    make = Factory(world)
    mover = make.company(name="Flyttefisk AS")
    home = world.members.join(mover.id, ours_now[0], joined_on=dt.date(YEAR - 2, 3, 1))
    world.members.leave(home.id, dt.date(YEAR, 4, 30))
    world.members.join(mover.id, other.id, joined_on=dt.date(YEAR, 5, 1))
    data = report(world)
    assert sorted(data.clusters) == sorted(c.name for c in world.clusters.list_clusters() if c.ours)
    assert mover.id in ids(data.figure("members.end"))
    assert mover.id not in ids(data.figure("members.joined"))
    assert mover.id not in ids(data.figure("members.left"))
    expected = members_by_kind(world, ours(world))
    for column in ("end", "joined", "left"):
        every = set().union(*expected[column].values()) if expected[column] else set()
        assert ids(data.figure(f"members.{column}")) == sorted(every), column
    # Counted once, though a member of both.
    both = [o for o in ids(data.figure("members.end"))]
    assert len(both) == len(set(both))
