"""import, export: companies from a spreadsheet's CSV and an event's registrations from a
registration tool's CSV or XLSX, and tables out to CSV or XLSX (the members of clusters and
an event's attendees among them)."""

from __future__ import annotations

import argparse
import difflib
import functools
import sys
from pathlib import Path
from typing import Any

from accelerator.cli.common import date_argument, prepare
from accelerator.domain.formatting import dotted, quoted
from accelerator.errors import AcceleratorError
from accelerator.i18n import in_context
from accelerator.paths import AppPaths
from accelerator.services import Services
from accelerator.services.records import ClusterRecord, CohortRecord, EventRecord

_tr = in_context("CLI")


def register(commands: Any) -> None:
    importing = commands.add_parser(
        "import",
        help=_tr(
            "import companies, the people registered for an event, or joint projects "
            "(all rows or none)"
        ),
    )
    what = importing.add_subparsers(dest="what", metavar="WHAT", required=True)
    companies = what.add_parser(
        "companies",
        help=_tr("companies from a CSV file saved by a spreadsheet"),
        description=_tr(
            "Import companies from a CSV file. Headers in English or Norwegian are "
            "recognised; the encoding and the delimiter are detected. If any row has a "
            "problem, every problem is listed and nothing is imported."
        ),
    )
    companies.add_argument("file", metavar="FILE.csv", type=Path)
    companies.add_argument(
        "--cohort", metavar="NAME", help=_tr("also enrol every company in this cohort")
    )
    companies.add_argument(
        "--dry-run", action="store_true", help=_tr("check the file and say what would happen")
    )
    companies.add_argument(
        "--existing",
        choices=("update", "skip"),
        default="update",
        help=_tr(
            "a company whose organisation number is on record: update it from the file "
            "(default) or leave it as it is"
        ),
    )
    companies.add_argument("--encoding", metavar="ENC", help=_tr("e.g. utf-8, utf-16, cp1252"))
    companies.add_argument(
        "--delimiter", metavar="CHAR", help=_tr("the column separator: ',', ';' or tab")
    )
    companies.set_defaults(handler=_import_companies)

    registrations = what.add_parser(
        "registrations",
        help=_tr("the people an event-registration tool lists for an event (CSV or XLSX)"),
        description=_tr(
            "Register for an event the people a registration tool's file lists: a name (or "
            "first and last name), an e-mail address, an organisation and its number, as "
            "CSV or as an Excel workbook. An address finds a contact on record and a number "
            "an organisation; what the import will make is listed. If any row has a "
            "problem, every problem is listed and nobody is registered."
        ),
    )
    registrations.add_argument("file", metavar="FILE", type=Path)
    registrations.add_argument(
        "--event",
        metavar="NAME",
        required=True,
        help=_tr("the event's title; add its day if several have that title (Havdagen 12.3.2026)"),
    )
    registrations.add_argument(
        "--dry-run", action="store_true", help=_tr("check the file and say what would happen")
    )
    registrations.add_argument(
        "--encoding", metavar="ENC", help=_tr("a CSV file's: e.g. utf-8, utf-16, cp1252")
    )
    registrations.add_argument(
        "--delimiter", metavar="CHAR", help=_tr("a CSV file's column separator: ',', ';' or tab")
    )
    registrations.set_defaults(handler=_import_registrations)

    projects = what.add_parser(
        "projects",
        help=_tr("joint projects from a workbook 'accelerator export projects' wrote"),
        description=_tr(
            "Add the joint projects of a workbook as 'accelerator export projects' writes it: "
            "its sheets of projects, partners and funding applications. Organisations are "
            "found by their organisation number, then by their exact name, and added when "
            "not on record; strategic areas, funding schemes and clusters by their names. "
            "What the import will add is listed; if any row of any sheet has a problem, "
            "every problem is listed and nothing is imported."
        ),
    )
    projects.add_argument("file", metavar="FILE.xlsx", type=Path)
    projects.add_argument(
        "--dry-run", action="store_true", help=_tr("check the file and say what would happen")
    )
    projects.set_defaults(handler=_import_projects)

    exporting = commands.add_parser(
        "export",
        help=_tr(
            "export companies, milestones, assessments, members or joint projects as CSV or XLSX"
        ),
        description=_tr(
            "Write a table for a spreadsheet. members: one row per membership of a cluster "
            "(organisation, organisation number, kind, cluster, tier, joined, left), every "
            "cluster's and every one ever unless --cluster and --on say which."
        ),
        epilog=_tr(
            "attendees: the people of the event --event names, one row each (name, e-mail, "
            "organisation, organisation number, status, registered, checked in, walk-in); "
            "those who cancelled are left out. meetings: the meeting plan of the event "
            "--event names (start, end, table, the two organisations, the need and the "
            "offer, status), by time and table. projects: a workbook of three sheets, the "
            "joint projects, their partners and their funding applications, that 'accelerator "
            "import projects' reads back (a CSV file holds the projects only)."
        ),
    )
    exporting.add_argument(
        "what",
        choices=(
            "companies",
            "milestones",
            "assessments",
            "members",
            "attendees",
            "meetings",
            "projects",
        ),
    )
    exporting.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        required=True,
        help=_tr("the file to write; .csv or .xlsx chooses the format"),
    )
    exporting.add_argument("--cohort", metavar="NAME", help=_tr("only this cohort"))
    exporting.add_argument(
        "--delimiter",
        choices=(",", ";", "tab"),
        default=",",
        help=_tr("CSV column separator (';' for a Norwegian Excel)"),
    )
    exporting.add_argument(
        "--confidential",
        action="store_true",
        help=_tr("include the notes of confidential assessments (left out by default)"),
    )
    exporting.add_argument(
        "--cluster", metavar="NAME", help=_tr("members: only the members of this cluster")
    )
    exporting.add_argument(
        "--on",
        metavar="DATE",
        type=date_argument,
        help=_tr("members: only those who were members on this day (1.11.2026, 2026-11-01)"),
    )
    exporting.add_argument(
        "--event",
        metavar="NAME",
        help=_tr("attendees, meetings: the event's title, with its day if several have that title"),
    )
    exporting.set_defaults(handler=_export)


def _import_companies(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    from accelerator.services.importing import (
        ImportRefusedError,
        ImportService,
        read_companies_csv,
        suggest_mapping,
    )

    table = read_companies_csv(args.file, encoding=args.encoding, delimiter=args.delimiter)
    services = prepare(paths, target)
    try:
        cohort = find_cohort(services, args.cohort) if args.cohort else None
        read = _tr("Read {0}: %n rows, {1}, columns separated by {2}", n=len(table.rows))
        print(read.format(args.file, table.encoding_label, table.delimiter_label))
        suggestion = suggest_mapping(table.headers)
        used = ", ".join(
            f"{table.headers[i]} -> {f.label}" for i, f in sorted(suggestion.fields.items())
        )
        print(_tr("Columns: {0}").format(used))
        for note in suggestion.unclear:
            print(_tr("  note: column {0}: {1}").format(quoted(note.header), note.reason))
        if suggestion.missing:
            raise AcceleratorError(
                _tr("no column looks like the company's name: call it Name (or Navn, Firmanavn)")
            )
        service = ImportService(services.db, services.actor)
        if args.dry_run:
            preview = service.preview(table, suggestion.fields, existing=args.existing)
            for warning in preview.warnings:
                print(_tr("  note: {0}").format(warning))
            if not preview.ok:
                return _refused(preview.errors)
            print(_tr("Dry run, nothing written: {0}.").format(preview.summary))
            return 0
        try:
            result = service.import_companies(
                table,
                suggestion.fields,
                existing=args.existing,
                cohort_id=cohort.id if cohort else None,
            )
        except ImportRefusedError as error:
            return _refused(error.errors)
        for warning in result.warnings:
            print(_tr("  note: {0}").format(warning))
        print(_tr("Imported: {0}.").format(result.summary))
        return 0
    finally:
        services.db.dispose()


def _refused(errors: Any) -> int:
    rows = len({e.row for e in errors})
    for error in errors:
        print(str(error), file=sys.stderr)
    print(_tr("accelerator: nothing was imported: %n rows have problems", n=rows), file=sys.stderr)
    return 1


def _export(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    from accelerator.services.exporting import ExportService, format_for

    format_for(args.output)  # a wrong ending is said before any work is done
    members = args.what == "members"
    attendees = args.what in ("attendees", "meetings")  # an event's
    if members and args.cohort:
        raise AcceleratorError(_tr("--cohort chooses companies, milestones or assessments; "
                                   "choose members with --cluster and --on"))  # fmt: skip
    if not members and (args.cluster or args.on):
        raise AcceleratorError(_tr("--cluster and --on choose members only"))
    if args.what == "meetings" and not args.event:
        raise AcceleratorError(_tr("meetings: say which event with --event NAME"))
    if attendees and not args.event:
        raise AcceleratorError(_tr("attendees: say which event with --event NAME"))
    if args.event and not attendees:
        raise AcceleratorError(_tr("--event chooses the attendees of an event only"))
    if args.what == "projects" and (args.cohort or args.cluster or args.on or args.event):
        raise AcceleratorError(
            _tr(
                "projects: every project you read is exported; --cohort, --cluster, --on and "
                "--event choose other tables"
            )
        )
    if attendees and args.cohort:
        raise AcceleratorError(_tr("--cohort chooses companies, milestones or assessments; "
                                   "choose attendees with --event"))  # fmt: skip
    services = prepare(paths, target)
    try:
        event = find_event(services, args.event) if attendees else None
        cohort = find_cohort(services, args.cohort) if args.cohort else None
        cluster = find_cluster(services, args.cluster) if args.cluster else None
        result = ExportService(services.db, services.actor).export(
            args.what,
            args.output,
            cohort_id=cohort.id if cohort else None,
            delimiter="\t" if args.delimiter == "tab" else args.delimiter,
            include_confidential=args.confidential,
            cluster_id=cluster.id if cluster else None,
            on=args.on,
            event_id=event.id if event else None,
        )
        print(_tr("{0}.").format(result.summary[0].upper() + result.summary[1:]))
        return 0
    finally:
        services.db.dispose()


def _import_registrations(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    from accelerator.services.importing import ImportRefusedError
    from accelerator.services.importing.registrations import suggest_registration_mapping
    from accelerator.services.importing.workbook import XLSX, read_spreadsheet

    table = read_spreadsheet(args.file, encoding=args.encoding, delimiter=args.delimiter)
    services = prepare(paths, target)
    try:
        event = find_event(services, args.event)
        if table.encoding == XLSX:
            read = _tr("Read {0}: %n rows from the workbook's first sheet", n=len(table.rows))
            print(read.format(args.file))
        else:
            read = _tr("Read {0}: %n rows, {1}, columns separated by {2}", n=len(table.rows))
            print(read.format(args.file, table.encoding_label, table.delimiter_label))
        suggestion = suggest_registration_mapping(table.headers)
        used = ", ".join(
            f"{table.headers[i]} -> {f.label}" for i, f in sorted(suggestion.fields.items())
        )
        print(_tr("Columns: {0}").format(used))
        if suggestion.ignored:
            ignored = ", ".join(quoted(h) for h in suggestion.ignored)
            print(_tr("  note: not read: {0}").format(ignored))
        preview = services.events.preview_registrations(event.id, table, suggestion.fields)
        for warning in preview.warnings:
            print(_tr("  note: {0}").format(warning))
        if not preview.ok:
            return _refused(preview.errors)
        for row in preview.new_organisations:
            print(_tr("  new organisation: {0}").format(row.organisation))
        for row in preview.new_contacts:
            print(_tr("  new contact: {0} ({1})").format(row.name, row.organisation))
        if args.dry_run:
            print(
                _tr("Dry run, nothing written: {0}, for {1} ({2}).").format(
                    preview.summary, event.title, event.period
                )
            )
            return 0
        try:
            result = services.events.import_registrations(event.id, table, suggestion.fields)
        except ImportRefusedError as error:
            return _refused(error.errors)
        print(_tr("Imported: {0}.").format(result.summary))
        return 0
    finally:
        services.db.dispose()


def _import_projects(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    from accelerator.services.importing import ImportRefusedError
    from accelerator.services.importing.projects import (
        ProjectImportService,
        read_project_workbook,
    )

    book = read_project_workbook(args.file)
    services = prepare(paths, target)
    try:
        read = _tr("Read {0}: %n projects", n=len(book.projects.rows))
        print(
            _tr("{0}, {1} and {2}").format(
                read.format(args.file),
                _tr("%n partners", n=len(book.partners.rows)),
                _tr("%n funding applications", n=len(book.funding.rows)),
            )
        )
        service = ProjectImportService(services.db, services.actor)
        preview = service.preview_projects(book)
        if not preview.ok:
            return _refused_sheets(preview.errors)
        for title in preview.projects:
            print(_tr("  new project: {0}").format(title))
        for name in preview.new_organisations:
            print(_tr("  new organisation: {0}").format(name))
        if args.dry_run:
            print(_tr("Dry run, nothing written: {0}.").format(preview.summary))
            return 0
        try:
            result = service.import_projects(book)
        except ImportRefusedError as error:
            return _refused_sheets(error.errors)
        print(_tr("Imported: {0}.").format(result.summary))
        return 0
    finally:
        services.db.dispose()


def _refused_sheets(errors: Any) -> int:
    """Each problem with its sheet and row, then how many rows have one."""
    for error in errors:
        print(str(error), file=sys.stderr)
    rows = len({(getattr(e, "sheet", ""), e.row) for e in errors})
    print(_tr("accelerator: nothing was imported: %n rows have problems", n=rows), file=sys.stderr)
    return 1


def find_event(services: Services, name: str) -> EventRecord:
    """The event a person named by its title (case and spaces aside), with its day when
    several have that title; otherwise the error says which there are."""
    found = services.events.find_events(name)
    if len(found) == 1:
        return found[0]
    if found:
        options = ", ".join(f"{quoted(e.title)} ({e.period})" for e in found[:10])
        raise AcceleratorError(
            _tr(
                "%n events are called {0}: add the day, as in {1}; they are {2}", n=len(found)
            ).format(
                quoted(name),
                quoted(f"{found[0].title} {dotted(found[0].starts_at.date())}"),
                options,
            )
        )
    events = services.events.list_events()
    if not events:
        raise AcceleratorError(
            _tr("there is no event called {0}; there are no events yet").format(quoted(name))
        )
    titles = {e.title.casefold(): e.title for e in events}
    close = difflib.get_close_matches(name.strip().casefold(), titles, n=3, cutoff=0.5)
    if close:
        either = functools.reduce(
            lambda one, other: _tr("{0} or {1}").format(one, other),
            (quoted(titles[c]) for c in close),
        )
        hint = _tr("did you mean {0}?").format(either)
    else:
        latest = sorted(events, key=lambda e: e.starts_at, reverse=True)[:10]
        hint = _tr("the latest are {0}").format(", ".join(quoted(e.title) for e in latest))
    raise AcceleratorError(_tr("there is no event called {0}; {1}").format(quoted(name), hint))


def find_cluster(services: Services, name: str) -> ClusterRecord:
    """The cluster a person named, in any case or spacing; if there is none, the error
    lists the clusters there are."""
    found = services.clusters.find_cluster(name)
    if found is not None:
        return found
    clusters = services.clusters.list_clusters()
    if not clusters:
        raise AcceleratorError(
            _tr("there is no cluster called {0}; there are no clusters yet").format(quoted(name))
        )
    listed = ", ".join(quoted(c.name) for c in clusters[:10])
    listed += ", ..." if len(clusters) > 10 else ""
    raise AcceleratorError(
        _tr("there is no cluster called {0}; the clusters are {1}").format(quoted(name), listed)
    )


def find_cohort(services: Services, name: str) -> CohortRecord:
    """The cohort a person named, as "Cohort" or "Programme / Cohort"; if none or several
    fit, the error lists the close ones so the next try is right."""
    cohorts = services.programmes.list_cohorts()
    wanted = name.strip().casefold()
    programme = ""
    if "/" in wanted:
        programme, wanted = (part.strip() for part in wanted.split("/", 1))
    found = [
        c
        for c in cohorts
        if c.name.casefold() == wanted
        and (not programme or c.programme_name.casefold() == programme)
    ]
    if len(found) == 1:
        return found[0]
    if found:
        options = ", ".join(f"'{c.programme_name} / {c.name}'" for c in found)
        raise AcceleratorError(
            _tr("%n cohorts are called {0}: say which, {1}", n=len(found)).format(
                quoted(name), options
            )
        )
    if not cohorts:
        raise AcceleratorError(
            _tr("there is no cohort called {0}; there are no cohorts yet").format(quoted(name))
        )
    labels = {c.name.casefold(): c.name for c in cohorts}
    close = difflib.get_close_matches(wanted, labels, n=3, cutoff=0.5)
    if close:
        either = functools.reduce(
            lambda one, other: _tr("{0} or {1}").format(one, other),
            (quoted(labels[c]) for c in close),
        )
        hint = _tr("did you mean {0}?").format(either)
    else:
        listed = ", ".join(quoted(c.name) for c in cohorts[:10])
        listed += ", ..." if len(cohorts) > 10 else ""
        hint = _tr("the cohorts are {0}").format(listed)
    raise AcceleratorError(_tr("there is no cohort called {0}; {1}").format(quoted(name), hint))
