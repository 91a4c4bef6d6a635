"""report cohort, report company: the PDF reports from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from accelerator.cli.common import prepare
from accelerator.domain.formatting import DateParseError, format_date, parse_date
from accelerator.errors import NotFoundError, ValidationError
from accelerator.paths import AppPaths
from accelerator.reports.data import KICKOFF, PageSize
from accelerator.services import Services
from accelerator.services.records import CohortRecord, CompanyRecord, EnrolmentRecord
from accelerator.services.reporting import Period, ReportingService, ReportPlan


def register(commands: Any) -> None:
    report = commands.add_parser("report", help="write a cohort or company report (PDF)")
    kinds = report.add_subparsers(dest="report_kind", metavar="KIND", required=True)

    cohort = kinds.add_parser(
        "cohort",
        help="the cohort report: summary, charts and a section per company",
        description="Write the cohort report: cover, contents, a summary of every company, "
        "cohort charts, then one section per company.",
    )
    cohort.add_argument("name", metavar="NAME", help="the cohort's name, e.g. 'Spring 2026'")
    cohort.add_argument(
        "--programme", metavar="NAME", help="the programme, when several have a cohort of NAME"
    )
    _common(cohort)
    cohort.set_defaults(handler=_cohort)

    company = kinds.add_parser(
        "company",
        help="one company's progress report",
        description="Write one company's progress report for a cohort it is (or was) in.",
    )
    company.add_argument(
        "company", metavar="NAME_OR_ORGNR", help="the company's name or organisation number"
    )
    company.add_argument(
        "--cohort", metavar="NAME", help="which of its cohorts (default: the most recent)"
    )
    _common(company)
    company.set_defaults(handler=_company)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o", "--output", metavar="FILE.pdf", required=True, help="the PDF file to write"
    )
    parser.add_argument("--letter", action="store_true", help="US Letter pages instead of A4")
    parser.add_argument(
        "--internal",
        action="store_true",
        help="include confidential notes (the report is marked Internal on every page)",
    )
    parser.add_argument(
        "--from",
        dest="period_start",
        metavar="DATE",
        type=_day,
        help="only the notes of assessments from this day on (1.11.2026, 2026-11-01, 1 Nov 2026)",
    )
    parser.add_argument(
        "--to",
        dest="period_end",
        metavar="DATE",
        type=_day,
        help="levels as they stood on this day, and no notes after it",
    )


def _day(text: str) -> dt.date:
    """A date typed as in the window's date fields, which share the reader."""
    try:
        return parse_date(text)
    except DateParseError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


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
        print(
            f"Wrote the report of {cohort.name} ({cohort.programme_name}, "
            f"{count} compan{'y' if count == 1 else 'ies'}) to {written}"
        )
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
                f"{company.name} is not assessed yet: the report shows its profile and "
                "milestones, without levels."
            )
        print(
            f"Wrote the progress report of {company.name} in {enrolment.cohort_name} "
            f"({enrolment.programme_name}) to {written}"
        )
    finally:
        services.db.dispose()
    return 0


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
    )
    _done()
    return planned, written


def describe_plan(plan: ReportPlan, period: Period | None) -> str:
    """The kind of cohort report, as the Reports page says it before generating."""
    if plan.kind == KICKOFF:
        if period is not None and period.end is not None:
            return f"Kick-off report: no assessments by {format_date(period.end)}."
        return "Kick-off report: no assessments yet."
    if not plan.not_assessed:
        return f"Progress report: all {plan.companies} companies assessed."
    return (
        f"Progress report: {plan.assessed} of {plan.companies} companies assessed; "
        "the others are marked Not assessed yet."
    )


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
                f"there is no programme called {programme!r}" + _suggest(programme, programmes)
            )
        cohorts = in_programme
    matches = [c for c in cohorts if c.name.casefold() == name.strip().casefold()]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        names = ", ".join(sorted(c.programme_name for c in matches))
        raise ValidationError(
            f"several programmes have a cohort called {name!r} ({names}); "
            "choose one with --programme"
        )
    labels = {f"{c.name} ({c.programme_name})": c.name for c in cohorts}
    close = set(_close(name, labels.values(), limit=5))
    shown = [label for label, cohort_name in labels.items() if cohort_name in close]
    where = f" in {cohorts[0].programme_name}" if programme and cohorts else ""
    hint = f"; did you mean: {', '.join(shown)}?" if shown else _all("cohorts", labels)
    raise NotFoundError(f"there is no cohort called {name!r}{where}{hint}")


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
        numbers = ", ".join(c.registration or "no number" for c in exact)
        raise ValidationError(
            f"several companies are called {text!r} ({numbers}); give the organisation number"
        )
    close = _close(text, [c.name for c in companies], limit=5)
    hint = f"; did you mean: {', '.join(close)}?" if close else ""
    what = "organisation number" if digits.isdigit() else "name"
    raise NotFoundError(f"there is no company with the {what} {text!r}{hint}")


def find_enrolment(
    services: Services, company: CompanyRecord, cohort: str | None
) -> EnrolmentRecord:
    """The company's enrolment in ``cohort``, or its most recent one."""
    enrolments = services.enrolments.list_enrolments(company_id=company.id)
    if not enrolments:
        raise NotFoundError(f"{company.name} is not enrolled in any cohort, so has no report")
    if cohort is None:
        return enrolments[-1]  # listed by the cohorts' start dates
    matches = [e for e in enrolments if e.cohort_name.casefold() == cohort.strip().casefold()]
    if len(matches) == 1:
        return matches[0]
    cohorts = [f"{e.cohort_name} ({e.programme_name})" for e in enrolments]
    if len(matches) > 1:
        raise ValidationError(
            f"{company.name} is in several cohorts called {cohort!r}: {', '.join(cohorts)}"
        )
    raise NotFoundError(
        f"{company.name} is not in a cohort called {cohort!r}; its cohorts: {', '.join(cohorts)}"
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
        return f"; did you mean: {', '.join(close)}?"
    return _all("programmes", {c: c for c in candidates})


def _all(what: str, labels: dict[str, str]) -> str:
    if not labels:
        return f"; there are no {what} yet"
    listed = list(labels)
    more = f" and {len(listed) - 8} more" if len(listed) > 8 else ""
    return f"; the {what} are: {', '.join(listed[:8])}{more}"


# --- progress on a terminal -----------------------------------------------------------------


def _progress_printer() -> Any:
    """A progress callback that prints a percentage on a terminal, and nothing otherwise."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        print(f"\rWriting the report… {percent:3d}%", end="", file=sys.stderr, flush=True)

    return show


def _done() -> None:
    if sys.stderr.isatty():
        print("\r" + " " * 32 + "\r", end="", file=sys.stderr, flush=True)
