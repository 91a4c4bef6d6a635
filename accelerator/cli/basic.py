"""demo, info, check: the commands every installation needs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from accelerator.cli.common import CONTEXT, prepare
from accelerator.domain.enums import role_noun
from accelerator.errors import AcceleratorError
from accelerator.i18n import in_context, marked, translate
from accelerator.paths import AppPaths, is_url

_tr = in_context("CLI")

#: What ``info`` calls the rows it counts (DatabaseService.summary's keys).
COUNTS = {
    "programmes": marked("CLI", "Programmes"),
    "cohorts": marked("CLI", "Cohorts"),
    "companies": marked("CLI", "Companies"),
    "enrolments": marked("CLI", "Enrolments"),
    "milestones": marked("CLI", "Milestones"),
    "assessments": marked("CLI", "Assessments"),
    "events": marked("CLI", "Events"),
    "registrations": marked("CLI", "Registrations"),
    "meetings": marked("CLI", "Meetings"),
    "frameworks": marked("CLI", "Frameworks"),
    "users": marked("CLI", "Users"),
}


def register(commands: Any) -> None:
    commands.add_parser(
        "demo", help=_tr("load a realistic sample programme (safe to run twice)")
    ).set_defaults(handler=_demo)
    commands.add_parser(
        "info", help=_tr("where the database is, its schema version and counts")
    ).set_defaults(handler=_info)
    check = commands.add_parser("check", help=_tr("check the database's integrity and schema"))
    check.add_argument(
        "--full", action="store_true", help=_tr("run the full integrity_check (slower)")
    )
    check.set_defaults(handler=_check)


def _demo(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    from accelerator.services.demo import load_demo

    services = prepare(paths, target)
    result = load_demo(services)
    print(result.summary)
    if result.users:
        print(_tr("Demo users (username / password, role):"))
        for user in result.users:
            line = _tr("  {username} / {password}  ({role}, {name})")
            print(
                line.format(
                    username=user.username,
                    password=user.password,
                    role=role_noun(user.role),
                    name=user.display_name,
                )
            )
    services.db.dispose()
    return 0


def _info(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    services = prepare(paths, target)
    summary = services.database.summary()
    rows = [
        (_tr("Database"), str(summary.location)),
        (_tr("Schema version"), str(summary.schema_version)),
        (_tr("Data folder"), str(paths.data_dir)),
        (_tr("Backups"), str(paths.backups_dir)),
        (_tr("Log file"), str(paths.log_file)),
    ]
    for name, count in summary.counts.items():
        label = translate(CONTEXT, COUNTS[name]) if name in COUNTS else name.capitalize()
        rows.append((label, str(count)))
    # The values in one column, however long the labels are in this language.
    width = max(16, *(len(label) + 2 for label, _ in rows))
    for label, value in rows:
        print(f"{label + ':':<{width}}{value}")
    services.db.dispose()
    return 0


def _check(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    if not is_url(target) and not Path(target).exists():
        raise AcceleratorError(_tr("there is no database at {0}").format(target))
    services = prepare(paths, target)
    result = services.database.check(full=args.full)
    for line in result.lines:
        print(line)
    print(_tr("ok") if result.ok else _tr("PROBLEMS FOUND"))
    services.db.dispose()
    return 0 if result.ok else 1
