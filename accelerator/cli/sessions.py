"""accelerator sessions log|hours, accelerator mentors assign|capacity: the time mentors
spend with the companies of a cohort, and what a mentor can give.

On a shared server the command acts as the person whose login it is: a mentor logs their
own sessions. On a database file it acts with a coordinator's rights and logs for a
mentor of the company: --mentor names which, when the company has several.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from accelerator.cli.common import date_argument, prepare
from accelerator.domain.enums import SessionKind, in_words
from accelerator.domain.formatting import (
    format_date,
    quoted,
)
from accelerator.errors import AcceleratorError, NotFoundError, ValidationError
from accelerator.i18n import in_context
from accelerator.paths import AppPaths
from accelerator.services import Services
from accelerator.services.records import EnrolmentRecord, UserRecord
from accelerator.services.sessions import CapacityCheck, SessionInput, hours_text

_tr = in_context("CLI")


def register(commands: Any) -> None:
    sessions = commands.add_parser("sessions", help=_tr("log mentor sessions and sum their hours"))
    actions = sessions.add_subparsers(dest="sessions_command", metavar="ACTION", required=True)
    log = actions.add_parser(
        "log",
        help=_tr("log a session a mentor held with a company in a cohort"),
        description=_tr(
            "Log a mentor session: the company in its cohort, the day, how long, what kind, "
            "the topic and what is to follow. A mentor logs their own; on a database file "
            "--mentor says whose it is when the company has several mentors."
        ),
    )
    log.add_argument("--cohort", metavar="NAME", required=True, help=_tr("the cohort's name"))
    log.add_argument(
        "--programme", metavar="NAME", help=_tr("the programme, if several have that cohort")
    )
    log.add_argument(
        "--company",
        metavar="NAME",
        required=True,
        help=_tr("the company's name or organisation number"),
    )
    log.add_argument(
        "--date",
        metavar="DATE",
        type=date_argument,
        help=_tr("the day it was held (2026-03-02 or 2.3.2026; default: today)"),
    )
    log.add_argument(
        "--minutes", type=int, default=60, help=_tr("how long it lasted (default: 60)")
    )
    log.add_argument(
        "--kind",
        choices=[k.value for k in SessionKind],
        default=SessionKind.MEETING.value,
        help=_tr("meeting (default), call or workshop"),
    )
    log.add_argument("--topic", required=True, help=_tr("what the session was about"))
    log.add_argument("--follow-ups", default="", help=_tr("what is to be done after it"))
    log.add_argument("--mentor", metavar="USERNAME", help=_tr("the mentor who held it"))
    log.set_defaults(handler=_log)

    hours = actions.add_parser(
        "hours",
        help=_tr("hours per mentor per company, and per mentor, in each cohort"),
    )
    hours.add_argument("--cohort", metavar="NAME", help=_tr("only this cohort"))
    hours.add_argument(
        "--programme", metavar="NAME", help=_tr("the programme, if several have that cohort")
    )
    hours.set_defaults(handler=_hours)

    mentors = commands.add_parser("mentors", help=_tr("assign mentors and keep their capacity"))
    mentor_actions = mentors.add_subparsers(dest="mentors_command", metavar="ACTION", required=True)
    assign = mentor_actions.add_parser(
        "assign",
        help=_tr("assign a mentor to a company in a cohort"),
        description=_tr(
            "Assign a mentor to a company in a cohort. When it takes the mentor beyond "
            "their capacity, a warning says how far; the mentor is assigned all the same."
        ),
    )
    assign.add_argument("--cohort", metavar="NAME", required=True, help=_tr("the cohort's name"))
    assign.add_argument(
        "--programme", metavar="NAME", help=_tr("the programme, if several have that cohort")
    )
    assign.add_argument(
        "--company",
        metavar="NAME",
        required=True,
        help=_tr("the company's name or organisation number"),
    )
    assign.add_argument("--mentor", metavar="USERNAME", required=True)
    assign.set_defaults(handler=_assign)
    capacity = mentor_actions.add_parser(
        "capacity",
        help=_tr("show or set what a mentor can give: hours a month, companies at once"),
    )
    capacity.add_argument("mentor", metavar="USERNAME")
    capacity.add_argument(
        "--hours",
        metavar="N",
        type=_limit,
        help=_tr("hours a month ('none': open)"),
    )
    capacity.add_argument(
        "--companies",
        metavar="N",
        type=_limit,
        help=_tr("companies at once ('none': open)"),
    )
    capacity.set_defaults(handler=_capacity)


#: What --hours and --companies take to leave a capacity open.
_OPEN = ("none", "ingen", "-")


def _limit(text: str) -> int | str:
    if text.strip().casefold() in _OPEN:
        return "none"
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _tr("{0} is not a whole number (or 'none')").format(quoted(text))
        ) from None


# --- finding what the person named ----------------------------------------------------------


def _enrolment(services: Services, args: argparse.Namespace) -> EnrolmentRecord:
    from accelerator.cli.reports import find_cohort

    cohort = find_cohort(services, args.cohort, args.programme)
    enrolments = services.enrolments.list_enrolments(cohort_id=cohort.id)
    text = args.company.strip()
    digits = re.sub(r"[\s.\-]", "", text)
    numbered = services.companies.by_org_number(digits) if digits.isdigit() else None
    found = [
        e
        for e in enrolments
        if e.company_name.casefold() == text.casefold()
        or (numbered is not None and e.company_id == numbered.id)
    ]
    if len(found) == 1:
        return found[0]
    names = ", ".join(e.company_name for e in enrolments) or _tr("none yet")
    raise NotFoundError(
        _tr("{0} is not enrolled in {1}; its companies: {2}").format(
            quoted(text), cohort.name, names
        )
    )


def _user(services: Services, username: str) -> UserRecord:
    user = services.users.find_user(username)
    if user is None:
        names = ", ".join(u.username for u in services.users.list_mentors()) or _tr("none yet")
        raise NotFoundError(
            _tr("there is no user {0} (mentors: {1})").format(quoted(username), names)
        )
    return user


# --- the commands ---------------------------------------------------------------------------


def _log(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    services = prepare(paths, target)
    try:
        enrolment = _enrolment(services, args)
        mentor_id = _user(services, args.mentor).id if args.mentor else None
        saved = services.sessions.log_session(
            SessionInput(
                enrolment_id=enrolment.id,
                held_on=args.date or dt.date.today(),
                minutes=args.minutes,
                kind=SessionKind(args.kind),
                topic=args.topic,
                follow_ups=args.follow_ups,
                mentor_id=mentor_id,
            )
        )
        print(
            _tr("Logged: {0} {1} with {2} ({3}) on {4}, held by {5}.").format(
                hours_text(saved.minutes),
                in_words(saved.kind).lower(),
                saved.company_name,
                saved.cohort_name,
                format_date(saved.held_on),
                saved.mentor_name,
            )
        )
    except ValidationError as error:
        print(_tr("accelerator: nothing was logged: {0}").format(error), file=sys.stderr)
        return 1
    finally:
        services.db.dispose()
    return 0


def _hours(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    from accelerator.cli.reports import find_cohort

    services = prepare(paths, target)
    try:
        cohort = find_cohort(services, args.cohort, args.programme) if args.cohort else None
        rows = services.sessions.hours_by_company(cohort.id if cohort else None)
        per_mentor = services.sessions.hours_by_mentor(cohort.id if cohort else None)
    finally:
        services.db.dispose()
    if not rows:
        where = cohort.name if cohort else None
        print(
            _tr("No mentor sessions are logged in {0}.").format(where)
            if where
            else _tr("No mentor sessions are logged yet.")
        )
        return 0
    by_cohort: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        by_cohort[row.cohort_name].append(row)
    totals: dict[str, list[Any]] = defaultdict(list)
    for m in per_mentor:
        totals[m.cohort_name].append(m)
    headers = (_tr("Company"), _tr("Mentor"), _tr("Sessions"), _tr("Hours"))
    for cohort_name, company_rows in by_cohort.items():
        print(cohort_name)
        table = [
            (r.company_name, r.mentor_name, str(r.sessions), hours_text(r.minutes))
            for r in company_rows
        ]
        _print_table(headers, table)
        for m in totals[cohort_name]:
            print(
                "  "
                + _tr("{0}: %n sessions, {1} in all", n=m.sessions).format(
                    m.mentor_name, hours_text(m.minutes)
                )
            )
        minutes = sum(m.minutes for m in totals[cohort_name])
        print("  " + _tr("The cohort: {0} of mentoring").format(hours_text(minutes)))
        print()
    return 0


def _print_table(headers: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> None:
    widths = [max(len(h), *(len(r[n]) for r in rows)) for n, h in enumerate(headers)]
    right = {2, 3}

    def line(cells: tuple[str, ...]) -> str:
        return (
            "  "
            + "  ".join(
                c.rjust(widths[n]) if n in right else c.ljust(widths[n])
                for n, c in enumerate(cells)
            ).rstrip()
        )

    print(line(headers))
    for row in rows:
        print(line(row))


def _warn(check: CapacityCheck) -> None:
    for warning in check.warnings:
        print(_tr("accelerator: warning: beyond capacity: {0}").format(warning), file=sys.stderr)


def _assign(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    services = prepare(paths, target)
    try:
        enrolment = _enrolment(services, args)
        mentor = _user(services, args.mentor)
        if any(m.user_id == mentor.id for m in enrolment.mentors):
            print(
                _tr("{0} already mentors {1} in {2}.").format(
                    mentor.display_name, enrolment.company_name, enrolment.cohort_name
                )
            )
            return 0
        check = services.sessions.capacity_check(mentor.id, enrolment.id)
        services.enrolments.assign_mentor(enrolment.id, mentor.id)
        _warn(check)
        print(
            _tr("{0} now mentors {1} in {2}.").format(
                mentor.display_name, enrolment.company_name, enrolment.cohort_name
            )
        )
    finally:
        services.db.dispose()
    return 0


def _capacity(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    services = prepare(paths, target)
    try:
        mentor = _user(services, args.mentor)
        if args.hours is not None or args.companies is not None:
            now = services.sessions.capacity(mentor.id)
            hours = now.hours_per_month if args.hours is None else _value(args.hours)
            companies = now.companies_at_once if args.companies is None else _value(args.companies)
            services.sessions.set_capacity(
                mentor.id, hours, companies, expected_version=now.row_version
            )
        check = services.sessions.capacity_check(mentor.id)
    finally:
        services.db.dispose()
    capacity = check.capacity
    open_text = _tr("open")
    print(mentor.display_name)
    print(
        "  "
        + _tr("Hours a month: {0} (logged {1} a month over the last three months)").format(
            hours_text(capacity.hours_per_month * 60)
            if capacity.hours_per_month is not None
            else open_text,
            hours_text(round(check.mean_hours * 60)),
        )
    )
    print(
        "  "
        + _tr("Companies at once: {0} (mentors {1} now)").format(
            capacity.companies_at_once if capacity.companies_at_once is not None else open_text,
            check.companies,
        )
    )
    _warn(check)
    return 0


def _value(given: int | str) -> int | None:
    if given == "none":
        return None
    if isinstance(given, int):
        return given
    raise AcceleratorError(str(given))
