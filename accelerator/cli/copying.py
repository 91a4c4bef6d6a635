"""db copy: the whole database from a file to a server, or back."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from accelerator.domain.formatting import format_number
from accelerator.errors import AcceleratorError
from accelerator.i18n import in_context
from accelerator.paths import AppPaths, resolve_database

_tr = in_context("CLI")


def register(commands: Any) -> None:
    db = commands.add_parser("db", help=_tr("move the whole database between a file and a server"))
    what = db.add_subparsers(dest="db_command", metavar="COMMAND", required=True)
    copy = what.add_parser(
        "copy",
        help=_tr("copy every row into a new file or an empty server database"),
        description=_tr(
            "Copy every row of one database into another, with the ids as they are: "
            "a SQLite file to a PostgreSQL server, or back. The target must be a new file or a "
            "database holding no rows (its schema is made or upgraded as needed); it is written "
            "in one transaction, so on any problem it is left empty. The rows are counted on "
            "both sides afterwards. A server's password comes from the URL, PGPASSWORD or "
            "~/.pgpass."
        ),
        epilog=_tr("example: {0}").format(
            "accelerator db copy --from accelerator.db "
            "--to postgresql+psycopg://coordinator@db.example.no/accelerator"
        ),
    )
    copy.add_argument(
        "--from",
        dest="source",
        metavar="PATH_OR_URL",
        required=True,
        help=_tr("the database to copy"),
    )
    copy.add_argument(
        "--to",
        dest="target",
        metavar="PATH_OR_URL",
        required=True,
        help=_tr("a new file, or an empty database on a server"),
    )
    copy.set_defaults(handler=_copy)


def _where(given: str, option: str, paths: AppPaths) -> str:
    if not given.strip():
        raise AcceleratorError(_tr("{0} needs a file path or a server URL").format(option))
    return resolve_database(given, paths)


def _copy(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    from accelerator.db.copy import copy_database

    show_progress = sys.stderr.isatty()

    def progress(table: str, rows: int) -> None:
        if show_progress:
            line = _tr("%n rows", n=rows)
            print(f"\r  {table}: {line}\033[K", end="", file=sys.stderr, flush=True)

    source, target_ = _where(args.source, "--from", paths), _where(args.target, "--to", paths)
    try:
        result = copy_database(source, target_, progress=progress)
    finally:
        if show_progress:
            print("\r\033[K", end="", file=sys.stderr, flush=True)
    print(_tr("Copied {0} to {1}:").format(result.source, result.target))
    width = max((len(name) for name in result.counts), default=0)
    for name, count in result.counts.items():
        print(f"  {name:<{width}}  {format_number(count):>10}")
    print(
        # The total as scripts have always read it: digits only, whatever the language.
        _tr("copied {0} rows in {1} s; counts checked").format(
            result.total_rows, format_number(result.seconds, 1)
        )
    )
    return 0
