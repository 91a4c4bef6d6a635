"""The command line: the same use cases as the window, without one.

``accelerator`` alone opens the window. A user error prints one clear line and
exits with status 1; it never shows a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from accelerator import __version__
from accelerator.errors import AcceleratorError
from accelerator.paths import AppPaths, resolve_database, resolve_paths

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="accelerator",
        description="Keep an acceleration programme's cohorts, milestones and readiness "
        "assessments on record. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"accelerator {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or server URL (default: ACCELERATOR_DB, else accelerator.db "
        "in the data folder)",
    )
    parser.add_argument("--data-dir", metavar="DIR", help="keep data, backups and logs under DIR")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="log more, also to the terminal"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("demo", help="load a realistic sample programme (safe to run twice)")
    commands.add_parser("info", help="where the database is, its schema version and counts")
    check = commands.add_parser("check", help="check the database's integrity and schema")
    check.add_argument("--full", action="store_true", help="run the full integrity_check (slower)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = resolve_paths(args.data_dir)
    from accelerator.app import configure_logging

    configure_logging(paths, verbose=args.verbose)
    try:
        target = resolve_database(args.db, paths)
        if args.command is None:
            return _open_window(paths, target)
        handler = {"demo": _demo, "info": _info, "check": _check}[args.command]
        return handler(args, paths, target)
    except AcceleratorError as error:
        log.warning("%s", error)
        print(f"accelerator: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("accelerator: interrupted", file=sys.stderr)
        return 130


def _prepare(paths: AppPaths, target: str):  # type: ignore[no-untyped-def]
    from accelerator.services import Services
    from accelerator.services.database import prepare_database

    if target == str(paths.default_database):
        paths.data_dir.mkdir(parents=True, exist_ok=True)
    return Services(prepare_database(target))


def _open_window(paths: AppPaths, target: str) -> int:
    from accelerator.ui.application import run

    return run(paths, target)


def _demo(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    from accelerator.services.demo import load_demo

    services = _prepare(paths, target)
    result = load_demo(services)
    print(result.summary)
    if result.users:
        print("Demo users (username / password, role):")
        for user in result.users:
            print(f"  {user.username} / {user.password}  ({user.role.value}, {user.display_name})")
    services.db.dispose()
    return 0


def _info(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    services = _prepare(paths, target)
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
    from pathlib import Path

    from accelerator.paths import is_url

    if not is_url(target) and not Path(target).exists():
        raise AcceleratorError(f"there is no database at {target}")
    services = _prepare(paths, target)
    result = services.database.check(full=args.full)
    for line in result.lines:
        print(line)
    print("ok" if result.ok else "PROBLEMS FOUND")
    services.db.dispose()
    return 0 if result.ok else 1
