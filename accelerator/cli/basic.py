"""demo, info, check: the commands every installation needs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from accelerator.cli.common import prepare
from accelerator.errors import AcceleratorError
from accelerator.paths import AppPaths, is_url


def register(commands: Any) -> None:
    commands.add_parser(
        "demo", help="load a realistic sample programme (safe to run twice)"
    ).set_defaults(handler=_demo)
    commands.add_parser(
        "info", help="where the database is, its schema version and counts"
    ).set_defaults(handler=_info)
    check = commands.add_parser("check", help="check the database's integrity and schema")
    check.add_argument("--full", action="store_true", help="run the full integrity_check (slower)")
    check.set_defaults(handler=_check)


def _demo(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    from accelerator.services.demo import load_demo

    services = prepare(paths, target)
    result = load_demo(services)
    print(result.summary)
    if result.users:
        print("Demo users (username / password, role):")
        for user in result.users:
            print(f"  {user.username} / {user.password}  ({user.role.value}, {user.display_name})")
    services.db.dispose()
    return 0


def _info(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    services = prepare(paths, target)
    summary = services.database.summary()
    print(f"Database:       {summary.location}")
    print(f"Schema version: {summary.schema_version}")
    print(f"Data folder:    {paths.data_dir}")
    print(f"Backups:        {paths.backups_dir}")
    print(f"Log file:       {paths.log_file}")
    for name, count in summary.counts.items():
        print(f"{name.capitalize() + ':':<16}{count}")
    services.db.dispose()
    return 0


def _check(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    if not is_url(target) and not Path(target).exists():
        raise AcceleratorError(f"there is no database at {target}")
    services = prepare(paths, target)
    result = services.database.check(full=args.full)
    for line in result.lines:
        print(line)
    print("ok" if result.ok else "PROBLEMS FOUND")
    services.db.dispose()
    return 0 if result.ok else 1
