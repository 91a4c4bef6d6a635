"""report cohort, company, event, meetings, members, collaboration, annual: the PDF reports
from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from accelerator import i18n
from accelerator.cli.common import date_argument, prepare
from accelerator.cli.data import find_cluster, find_event
from accelerator.domain.formatting import format_date, quoted
from accelerator.errors import NotFoundError, ValidationError
from accelerator.i18n import in_context
from accelerator.paths import AppPaths
from accelerator.reports.data import KICKOFF, PageSize
from accelerator.services import Services
from accelerator.services.cluster_reports import ClusterReportOptions, ClusterReportService
from accelerator.services.records import CohortRecord, CompanyRecord, EnrolmentRecord
from accelerator.services.reporting import Period, ReportingService, ReportPlan

_tr = in_context("CLI")


def register(commands: Any) -> None:
    report = commands.add_parser(
        "report",
        help=_tr("write a cohort, company, event, member or collaboration report (PDF)"),
    )
    kinds = report.add_subparsers(dest="report_kind", metavar="KIND", required=True)

    cohort = kinds.add_parser(
        "cohort",
        help=_tr("the cohort report: summary, charts and a section per company"),
        description=_tr(
            "Write the cohort report: cover, contents, a summary of every company, "
            "cohort charts, then one section per company."
        ),
    )
    cohort.add_argument("name", metavar="NAME", help=_tr("the cohort's name, e.g. 'Spring 2026'"))
    cohort.add_argument(
        "--programme",
        metavar="NAME",
        help=_tr("the programme, when several have a cohort of NAME"),
    )
    _common(cohort)
    cohort.set_defaults(handler=_cohort)

    company = kinds.add_parser(
        "company",
        help=_tr("one company's progress report"),
        description=_tr("Write one company's progress report for a cohort it is (or was) in."),
    )
    company.add_argument(
        "company",
        metavar="NAME_OR_ORGNR",
        help=_tr("the company's name or organisation number"),
    )
    company.add_argument(
        "--cohort", metavar="NAME", help=_tr("which of its cohorts (default: the most recent)")
    )
    _common(company)
    company.set_defaults(handler=_company)

    event = kinds.add_parser(
        "event",
        help=_tr("an event's report: its programme and who came"),
        description=_tr(
            "Write an event's report: its programme, the registrations by where they ended, "
            "attendance by organisation kind and by cluster, and the organisations that came."
        ),
    )
    event.add_argument(
        "event",
        metavar="NAME",
        help=_tr("the event's title; add its day if several have that title (Havdagen 12.3.2026)"),
    )
    _output(event)
    event.set_defaults(handler=_event)

    meetings = kinds.add_parser(
        "meetings",
        help=_tr("an event's meeting plan to print and pin up"),
        description=_tr(
            "Write the meeting plan of an event as a handout: a page for each time slot with "
            "its tables and who meets whom, in large type, then a page for each organisation "
            "with its own meetings."
        ),
    )
    meetings.add_argument(
        "--event",
        metavar="NAME",
        required=True,
        help=_tr("the event's title; add its day if several have that title (Havdagen 12.3.2026)"),
    )
    _output(meetings)
    meetings.set_defaults(handler=_meetings)

    members = kinds.add_parser(
        "members",
        help=_tr("the member register on a day"),
        description=_tr(
            "Write the member register on a day: per cluster, its members by kind and tier, "
            "who joined and who left during the year up to that day, and the list of members."
        ),
    )
    members.add_argument(
        "--on",
        metavar="DATE",
        type=date_argument,
        help=_tr("the day the register is as it stood on (default: today)"),
    )
    members.add_argument(
        "--cluster",
        metavar="NAME",
        help=_tr("only this cluster's members (default: every cluster)"),
    )
    _output(members)
    members.set_defaults(handler=_members)

    collaboration = kinds.add_parser(
        "collaboration",
        help=_tr("a year's joint projects, their funding and the collaboration map"),
        description=_tr(
            "Write the collaboration report of a year: the joint projects active in it by "
            "status and by strategic area, cross-cluster projects by pair of clusters, funding "
            "applied for and granted by scheme, the list of the projects, and the "
            "collaboration map."
        ),
    )
    collaboration.add_argument(
        "--year",
        metavar="YEAR",
        type=_year,
        help=_tr("the year of the projects (default: this year)"),
    )
    collaboration.add_argument(
        "--cluster",
        metavar="NAME",
        help=_tr("only the projects this cluster is involved in (default: every cluster's)"),
    )
    _output(collaboration)
    collaboration.set_defaults(handler=_collaboration)

    annual = kinds.add_parser(
        "annual",
        help=_tr("the annual report to the funder, with a workbook of the records behind it"),
        description=_tr(
            "Write the annual report of a year: members, events, meetings, joint projects "
            "and their funding, the programmes' cohorts and their outcomes, mentor hours and "
            "the members' figures; of one cluster, or of our clusters. A workbook with every "
            "table and the records behind every figure is written beside it (FILE.xlsx)."
        ),
    )
    annual.add_argument(
        "--year",
        metavar="YEAR",
        type=_year,
        help=_tr("the year reported on (default: this year)"),
    )
    annual.add_argument(
        "--cluster",
        metavar="NAME",
        help=_tr("only this cluster (default: our clusters)"),
    )
    annual.add_argument(
        "--xlsx",
        metavar="FILE.xlsx",
        help=_tr("where to write the workbook (default: beside the PDF, ending .xlsx)"),
    )
    annual.add_argument(
        "--hourly-rate",
        metavar="KR",
        type=_kroner,
        help=_tr("value the mentor hours as an in-kind contribution at KR kroner an hour"),
    )
    _output(annual)
    annual.set_defaults(handler=_annual)


def _output(parser: argparse.ArgumentParser) -> None:
    """The options every report takes: the file, the page size and the language."""
    parser.add_argument(
        "-o", "--output", metavar="FILE.pdf", required=True, help=_tr("the PDF file to write")
    )
    parser.add_argument("--letter", action="store_true", help=_tr("US Letter pages instead of A4"))
    parser.add_argument(
        "--lang",
        dest="report_language",
        choices=sorted(i18n.LANGUAGES),
        help=_tr(
            "the report's language: nb (bokmål) or en (default: the language the program "
            "speaks, see accelerator --help)"
        ),
    )


def _common(parser: argparse.ArgumentParser) -> None:
    _output(parser)
    parser.add_argument(
        "--internal",
        action="store_true",
        help=_tr("include confidential notes (the report is marked Internal on every page)"),
    )
    parser.add_argument(
        "--from",
        dest="period_start",
        metavar="DATE",
        type=date_argument,
        help=_tr(
            "only the notes of assessments from this day on (1.11.2026, 2026-11-01, 1 Nov 2026)"
        ),
    )
    parser.add_argument(
        "--to",
        dest="period_end",
        metavar="DATE",
        type=date_argument,
        help=_tr("levels as they stood on this day, and no notes after it"),
    )


def _year(text: str) -> int:
    """A year as four digits: 2026."""
    cleaned = text.strip()
    if not (cleaned.isdigit() and len(cleaned) == 4):
        raise argparse.ArgumentTypeError(
            _tr("{0} is not a year; write it with four digits, as 2026").format(quoted(text))
        )
    return int(cleaned)


def _period(args: argparse.Namespace) -> Period | None:
    if args.period_start is None and args.period_end is None:
        return None
    return Period(args.period_start, args.period_end)


def _cohort(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    services = prepare(paths, target)
    try:
        cohort = find_cohort(services, args.name, args.programme)
        reporting = ReportingService(services.db, services.actor)
        plan, written = _write(
            args, cohort.id, reporting.cohort_report_plan, reporting.write_cohort_report
        )
        # Said after the file is written, so a failure prints only its error.
        print(describe_plan(plan, _period(args)))
        count = len(services.enrolments.list_enrolments(cohort_id=cohort.id))
        wrote = _tr("Wrote the report of {0} ({1}, %n companies) to {2}", n=count)
        print(wrote.format(cohort.name, cohort.programme_name, written))
    finally:
        services.db.dispose()
    return 0


def _company(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    services = prepare(paths, target)
    try:
        company = find_company(services, args.company)
        enrolment = find_enrolment(services, company, args.cohort)
        reporting = ReportingService(services.db, services.actor)
        plan, written = _write(
            args, enrolment.id, reporting.company_report_plan, reporting.write_company_report
        )
        if not plan.assessed:
            print(
                _tr(
                    "{0} is not assessed yet: the report shows its profile and "
                    "milestones, without levels."
                ).format(company.name)
            )
        print(
            _tr("Wrote the progress report of {0} in {1} ({2}) to {3}").format(
                company.name, enrolment.cohort_name, enrolment.programme_name, written
            )
        )
    finally:
        services.db.dispose()
    return 0


def _event(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    services = prepare(paths, target)
    try:
        event = find_event(services, args.event)
        written = ClusterReportService(services.db, services.actor).write_event_report(
            event.id, args.output, progress=_progress_printer(), **_build_options(args)
        )
        _done()
        print(
            _tr("Wrote the report of {0} ({1}) to {2}").format(event.title, event.period, written)
        )
    finally:
        services.db.dispose()
    return 0


def _meetings(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    services = prepare(paths, target)
    try:
        event = find_event(services, args.event)
        written = ClusterReportService(services.db, services.actor).write_meeting_plan(
            event.id, args.output, progress=_progress_printer(), **_build_options(args)
        )
        _done()
        print(
            _tr("Wrote the meeting plan of {0} ({1}) to {2}").format(
                event.title, event.period, written
            )
        )
    finally:
        services.db.dispose()
    return 0


def _members(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    services = prepare(paths, target)
    try:
        cluster = find_cluster(services, args.cluster) if args.cluster else None
        on = args.on or dt.date.today()
        written = ClusterReportService(services.db, services.actor).write_member_report(
            args.output,
            on=on,
            cluster_id=cluster.id if cluster else None,
            progress=_progress_printer(),
            **_build_options(args),
        )
        _done()
        if cluster is not None:
            wrote = _tr("Wrote the member register of {0} on {1} to {2}").format(
                cluster.name, format_date(on), written
            )
        else:
            wrote = _tr("Wrote the member register of every cluster on {0} to {1}").format(
                format_date(on), written
            )
        print(wrote)
    finally:
        services.db.dispose()
    return 0


def _collaboration(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    from accelerator.services.collab_reports import CollaborationReportService

    services = prepare(paths, target)
    try:
        cluster = find_cluster(services, args.cluster) if args.cluster else None
        year = args.year or dt.date.today().year
        written = CollaborationReportService(
            services.db, services.actor
        ).write_collaboration_report(
            args.output,
            year,
            cluster.id if cluster else None,
            progress=_progress_printer(),
            **_build_options(args),
        )
        _done()
        count = len(
            services.projects.list_projects(year=year, cluster_id=cluster.id if cluster else None)
        )
        if cluster is not None:
            wrote = _tr(
                "Wrote the collaboration report of {0} for {1} (%n projects) to {2}", n=count
            )
            print(wrote.format(cluster.name, year, written))
        else:
            wrote = _tr("Wrote the collaboration report for {0} (%n projects) to {1}", n=count)
            print(wrote.format(year, written))
    finally:
        services.db.dispose()
    return 0


def _annual(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    from accelerator.services.annual_report import AnnualReportService, workbook_path

    services = prepare(paths, target)
    try:
        cluster = find_cluster(services, args.cluster) if args.cluster else None
        year = args.year or dt.date.today().year
        pdf, xlsx = AnnualReportService(services.db, services.actor).write_annual_report(
            args.output,
            year,
            cluster.id if cluster else None,
            workbook=args.xlsx or workbook_path(args.output),
            progress=_progress_printer(),
            hourly_rate=args.hourly_rate,
            **_build_options(args),
        )
        _done()
        if cluster is not None:
            wrote = _tr("Wrote the annual report of {0} for {1} to {2} and its workbook to {3}")
            print(wrote.format(cluster.name, year, pdf, xlsx))
        else:
            wrote = _tr("Wrote the annual report for {0} to {1} and its workbook to {2}")
            print(wrote.format(year, pdf, xlsx))
    finally:
        services.db.dispose()
    return 0


def _kroner(text: str) -> int:
    """Whole kroner above 0: 950."""
    cleaned = text.strip().replace(" ", "")
    if not cleaned.isdigit() or int(cleaned) <= 0:
        raise argparse.ArgumentTypeError(
            _tr("{0} is not an amount; write whole kroner above 0, as 950").format(quoted(text))
        )
    return int(cleaned)


def _build_options(args: argparse.Namespace) -> ClusterReportOptions:
    return {
        "page_size": _size(args),
        "language": args.report_language or i18n.current_language(),
    }


def _write(
    args: argparse.Namespace,
    record_id: int,
    plan: Callable[..., ReportPlan],
    write: Callable[..., Path],
) -> tuple[ReportPlan, Path]:
    """Plan and write the report of ``record_id`` (a cohort or an enrolment) with the
    options the command line gave, showing the progress on a terminal."""
    period = _period(args)
    planned = plan(record_id, period=period)
    written = write(
        record_id,
        args.output,
        page_size=_size(args),
        include_confidential=args.internal,
        progress=_progress_printer(),
        period=period,
        language=args.report_language or i18n.current_language(),
    )
    _done()
    return planned, written


def describe_plan(plan: ReportPlan, period: Period | None) -> str:
    """The kind of cohort report, as the Reports page says it before generating."""
    if plan.kind == KICKOFF:
        if period is not None and period.end is not None:
            return _tr("Kick-off report: no assessments by {0}.").format(format_date(period.end))
        return _tr("Kick-off report: no assessments yet.")
    if not plan.not_assessed:
        return _tr("Progress report: all %n companies assessed.", n=plan.companies)
    return _tr(
        "Progress report: {0} of %n companies assessed; the others are marked Not assessed yet.",
        n=plan.companies,
    ).format(plan.assessed)


def _size(args: argparse.Namespace) -> PageSize:
    return "Letter" if args.letter else "A4"


# --- finding what the person named ----------------------------------------------------------


def find_cohort(services: Services, name: str, programme: str | None = None) -> CohortRecord:
    """The cohort called ``name`` (any case), in ``programme`` if given; a clear error that
    lists the close matches otherwise."""
    cohorts = services.programmes.list_cohorts()
    if programme:
        wanted = programme.strip().casefold()
        programmes = sorted({c.programme_name for c in cohorts})
        in_programme = [c for c in cohorts if c.programme_name.casefold() == wanted]
        if not in_programme:
            raise NotFoundError(
                _tr("there is no programme called {0}{1}").format(
                    quoted(programme), _suggest(programme, programmes)
                )
            )
        cohorts = in_programme
    matches = [c for c in cohorts if c.name.casefold() == name.strip().casefold()]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        names = ", ".join(sorted(c.programme_name for c in matches))
        raise ValidationError(
            _tr(
                "several programmes have a cohort called {0} ({1}); choose one with --programme"
            ).format(quoted(name), names)
        )
    labels = {f"{c.name} ({c.programme_name})": c.name for c in cohorts}
    close = set(_close(name, labels.values(), limit=5))
    shown = [label for label, cohort_name in labels.items() if cohort_name in close]
    hint = _did_you_mean(shown) if shown else _all(_COHORTS, labels)
    if programme and cohorts:
        raise NotFoundError(
            _tr("there is no cohort called {0} in {1}{2}").format(
                quoted(name), cohorts[0].programme_name, hint
            )
        )
    raise NotFoundError(_tr("there is no cohort called {0}{1}").format(quoted(name), hint))


def find_company(services: Services, name_or_number: str) -> CompanyRecord:
    """The company with this organisation (or registry) number or this name (any case)."""
    text = name_or_number.strip()
    digits = re.sub(r"[\s.\-]", "", text)
    if digits.isdigit():
        found = services.companies.by_org_number(digits)
        if found is not None:
            return found
    companies = services.companies.list_companies()
    exact = [
        c
        for c in companies
        if c.name.casefold() == text.casefold() or (c.registry_number and c.registry_number == text)
    ]
    if len(exact) == 1:
        return exact[0]
    if len(exact) > 1:
        numbers = ", ".join(c.registration or _tr("no number") for c in exact)
        raise ValidationError(
            _tr("several companies are called {0} ({1}); give the organisation number").format(
                quoted(text), numbers
            )
        )
    close = _close(text, [c.name for c in companies], limit=5)
    hint = _did_you_mean(close) if close else ""
    if digits.isdigit():
        missing = _tr("there is no company with the organisation number {0}{1}")
    else:
        missing = _tr("there is no company with the name {0}{1}")
    raise NotFoundError(missing.format(quoted(text), hint))


def find_enrolment(
    services: Services, company: CompanyRecord, cohort: str | None
) -> EnrolmentRecord:
    """The company's enrolment in ``cohort``, or its most recent one."""
    enrolments = services.enrolments.list_enrolments(company_id=company.id)
    if not enrolments:
        raise NotFoundError(
            _tr("{0} is not enrolled in any cohort, so has no report").format(company.name)
        )
    if cohort is None:
        return enrolments[-1]  # listed by the cohorts' start dates
    matches = [e for e in enrolments if e.cohort_name.casefold() == cohort.strip().casefold()]
    if len(matches) == 1:
        return matches[0]
    cohorts = [f"{e.cohort_name} ({e.programme_name})" for e in enrolments]
    if len(matches) > 1:
        raise ValidationError(
            _tr("{0} is in several cohorts called {1}: {2}").format(
                company.name, quoted(cohort), ", ".join(cohorts)
            )
        )
    raise NotFoundError(
        _tr("{0} is not in a cohort called {1}; its cohorts: {2}").format(
            company.name, quoted(cohort), ", ".join(cohorts)
        )
    )


_PLAIN = str.maketrans({"æ": "ae", "ø": "o", "å": "aa", "é": "e", "ü": "u", "ö": "o", "ä": "a"})


def _plain(text: str) -> str:
    """For comparing what was typed with a name: no case, Norwegian letters spelt out."""
    return " ".join(text.casefold().translate(_PLAIN).split())


def _close(word: str, candidates: Iterable[str], *, limit: int) -> list[str]:
    """The candidates most like ``word``: whole names, or their beginnings ("havbolge" is
    close to "Havbølge Sensorikk AS"), with Norwegian letters compared as typed on a
    keyboard without them."""
    typed = _plain(word)
    scored = []
    for option in dict.fromkeys(candidates):
        name = _plain(option)
        matcher = difflib.SequenceMatcher(None, typed, name)
        score = matcher.ratio()
        start = name[: len(typed) + 2]
        score = max(score, difflib.SequenceMatcher(None, typed, start).ratio())
        if typed and typed in name:
            score = max(score, 0.9)
        if score >= 0.6:
            scored.append((-score, option))
    return [option for _, option in sorted(scored)[:limit]]


def _suggest(word: str, candidates: list[str]) -> str:
    close = _close(word, candidates, limit=5)
    if close:
        return _did_you_mean(close)
    return _all(_PROGRAMMES, {c: c for c in candidates})


def _did_you_mean(names: Sequence[str]) -> str:
    """What follows a "there is no ...": the names most like what was typed."""
    return _tr("; did you mean: {0}?").format(", ".join(names))


_COHORTS, _PROGRAMMES = "cohorts", "programmes"


def _all(what: str, labels: dict[str, str]) -> str:
    """What follows a "there is no ..." when nothing is close: all there are, or none."""
    listed = list(labels)
    shown = ", ".join(listed[:8])
    more = len(listed) - 8
    if what == _COHORTS:
        if not listed:
            return _tr("; there are no cohorts yet")
        if more > 0:
            return _tr("; the cohorts are: {0} and %n more", n=more).format(shown)
        return _tr("; the cohorts are: {0}").format(shown)
    if not listed:
        return _tr("; there are no programmes yet")
    if more > 0:
        return _tr("; the programmes are: {0} and %n more", n=more).format(shown)
    return _tr("; the programmes are: {0}").format(shown)


# --- progress on a terminal -----------------------------------------------------------------


def _progress_printer() -> Any:
    """A progress callback that prints a percentage on a terminal, and nothing otherwise."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        line = _tr("Writing the report… {0}%").format(f"{percent:3d}")
        print(f"\r{line}", end="", file=sys.stderr, flush=True)

    return show


def _done() -> None:
    if sys.stderr.isatty():
        print("\r" + " " * 32 + "\r", end="", file=sys.stderr, flush=True)
