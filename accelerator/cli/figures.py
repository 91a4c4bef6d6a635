"""kpi: member figures on the command line: collection forms written and collected, a
figure set by hand, the figures there are.

``accelerator kpi forms --year 2026 -o DIR [--cluster NAME]`` writes one workbook per
organisation; ``accelerator kpi collect DIR --year 2026 [--dry-run]`` reads them back,
says per file what changes and what is wrong (with the cell), and imports all or nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from accelerator.cli.common import prepare
from accelerator.domain.figures import NumberParseError, parse_figure
from accelerator.domain.formatting import quoted
from accelerator.errors import ValidationError
from accelerator.i18n import in_context
from accelerator.paths import AppPaths

_tr = in_context("CLI")


def register(commands: Any) -> None:
    kpi = commands.add_parser(
        "kpi",
        help=_tr("member figures: collection forms out and back, a figure set by hand"),
        description=_tr(
            "Member figures (revenue, full-time equivalents, capital raised and the "
            "cluster's own) per organisation and year: write a collection form for each "
            "organisation, read the returned forms back, set a figure by hand."
        ),
    )
    what = kpi.add_subparsers(dest="what", metavar="WHAT", required=True)

    forms = what.add_parser(
        "forms",
        help=_tr("write one collection form (XLSX) per organisation for a year"),
        description=_tr(
            "Write one Excel workbook per organisation, to be filled in with its figures "
            "for the year: the members of --cluster on 31 December, else every "
            "organisation that was a member of a cluster or in a cohort during the year. "
            "Figures on record are filled in. The forms are in the language spoken (--lang)."
        ),
    )
    forms.add_argument("--year", type=int, required=True, help=_tr("the year of the figures"))
    forms.add_argument(
        "-o",
        "--output",
        metavar="DIR",
        type=Path,
        required=True,
        help=_tr("the folder to write the forms in (made if missing)"),
    )
    forms.add_argument("--cluster", metavar="NAME", help=_tr("only the members of this cluster"))
    forms.set_defaults(handler=_forms)

    collect = what.add_parser(
        "collect",
        help=_tr("read returned collection forms and import their figures (all or none)"),
        description=_tr(
            "Read the returned forms (a folder: every file in it) and say, for each, whose "
            "form it is, what it changes and what is wrong, cell by cell. If any file has "
            "a problem, nothing is imported. An empty form imports nothing."
        ),
    )
    collect.add_argument("paths", metavar="DIR_OR_FILE", type=Path, nargs="+")
    collect.add_argument("--year", type=int, required=True, help=_tr("the year the forms are for"))
    collect.add_argument(
        "--dry-run", action="store_true", help=_tr("check the files and say what would happen")
    )
    collect.set_defaults(handler=_collect)

    setting = what.add_parser(
        "set",
        help=_tr("set, change or remove an organisation's figures for a year"),
        description=_tr(
            "Set figures of an organisation, named by its organisation number or its name: "
            "FIGURE=VALUE, the figure by its key (revenue, fte, custom:3; see 'kpi fields') "
            "or its name, the value as you would type it in the window; FIGURE= with no "
            "value removes it."
        ),
    )
    setting.add_argument("organisation", metavar="ORGANISATION")
    setting.add_argument("--year", type=int, required=True, help=_tr("the year of the figures"))
    setting.add_argument(
        "--quarter",
        type=int,
        choices=(1, 2, 3, 4),
        help=_tr("a quarter of the year (default: the whole year)"),
    )
    setting.add_argument("values", metavar="FIGURE=VALUE", nargs="+")
    setting.set_defaults(handler=_set)

    fields = what.add_parser("fields", help=_tr("list the member figures and their keys"))
    fields.set_defaults(handler=_fields)


def _forms(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    from accelerator.cli.data import find_cluster

    services = prepare(paths, target)
    try:
        cluster = find_cluster(services, args.cluster) if args.cluster else None
        written = services.figure_forms.write_forms(
            args.year, args.output, cluster_id=cluster.id if cluster else None
        )
        for form in written:
            print(_tr("  {0}").format(form.path.name))
        print(
            _tr("Wrote %n collection forms for {0} to {1}.", n=len(written)).format(
                args.year, args.output
            )
        )
        return 0
    finally:
        services.db.dispose()


def _collect(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    from accelerator.services.figure_forms import (
        FormStatus,
        describe_collected_before,
        describe_value,
        status_words,
    )

    services = prepare(paths, target)
    try:
        paths_given = args.paths[0] if len(args.paths) == 1 else args.paths
        plan = services.figure_forms.plan_collection(paths_given, year=args.year)
        for file in plan.files:
            who = (
                _tr("{0} ({1})").format(file.organisation_name, file.org_number)
                if file.org_number
                else file.organisation_name
            )
            heading = (
                _tr("{0}: {1}: {2}").format(file.path.name, who, status_words(file.status))
                if who
                else _tr("{0}: {1}").format(file.path.name, status_words(file.status))
            )
            print(heading)
            before = describe_collected_before(file)
            if before:
                print(_tr("  note: {0}").format(before))
            for change in file.changes:
                print(
                    _tr("  {0} ({1}): {2} -> {3}").format(
                        change.name,
                        change.cell,
                        describe_value(change.old, change.unit),
                        describe_value(change.new, change.unit),
                    )
                )
            for problem in file.problems:
                print(_tr("  problem: {0}").format(problem))
        if plan.refused:
            refused = sum(1 for f in plan.files if f.status is FormStatus.REFUSED)
            print(
                _tr("accelerator: nothing was collected: %n files have problems", n=refused),
                file=sys.stderr,
            )
            return 1
        forms = sum(1 for f in plan.files if f.status is not FormStatus.EMPTY)
        summary = _tr("{0}, {1}").format(
            _tr("%n forms", n=forms), _tr("%n figures to change", n=plan.changes)
        )
        if args.dry_run:
            print(_tr("Dry run, nothing written: {0}.").format(summary))
            return 0
        done = services.figure_forms.collect(plan)
        print(
            _tr("Collected: {0}, {1}.").format(
                _tr("%n forms", n=done.forms), _tr("%n figures set", n=done.values)
            )
        )
        return 0
    finally:
        services.db.dispose()


def _set(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    from accelerator.cli.reports import find_company

    services = prepare(paths, target)
    try:
        organisation = find_company(services, args.organisation)
        fields = services.figures.fields(include_retired=True)
        by_name = {f.name.casefold(): f for f in fields} | {f.key.casefold(): f for f in fields}
        values: dict[str, float | None] = {}
        problems: dict[str, str] = {}
        for given in args.values:
            name, equals, text = given.partition("=")
            found = by_name.get(name.strip().casefold())
            if not equals or found is None:
                known = ", ".join(f.key for f in fields)
                raise ValidationError(
                    _tr("{0} names no member figure; write FIGURE=VALUE, FIGURE one of {1}").format(
                        quoted(given), known
                    )
                )
            if not text.strip():
                values[found.key] = None
                continue
            try:
                values[found.key] = parse_figure(text)
            except NumberParseError as error:
                problems[found.key] = f"{found.name}: {error}"
        if problems:
            raise ValidationError("; ".join(problems.values()))
        shown = services.figures.record(
            organisation.id, args.year, values, quarter=args.quarter or 0
        )
        names = {f.key: f for f in fields}
        print(_tr("Figures of {0} for {1}:").format(organisation.name, args.year))
        from accelerator.services.figure_forms import describe_value

        for value in shown:
            field = names.get(value.key)
            if field is not None:
                print(_tr("  {0}: {1}").format(field.name, describe_value(value.value, field.unit)))
        return 0
    finally:
        services.db.dispose()


def _fields(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    from accelerator.domain.enums import in_words

    services = prepare(paths, target)
    try:
        for field in services.figures.fields(include_retired=True):
            line = _tr("  {0}: {1} ({2})").format(field.key, field.name, in_words(field.unit))
            if not field.active:
                line = _tr("{0}, retired").format(line)
            print(line)
        return 0
    finally:
        services.db.dispose()


__all__ = ["register"]
