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
from accelerator.cli import basic, copying, data, reports, safety, server, users
from accelerator.cli.common import Handler
from accelerator.errors import AcceleratorError
from accelerator.logs import configure_logging
from accelerator.paths import AppPaths, resolve_database, resolve_paths

# Each module adds its subcommands with register(subparsers); set_defaults(handler=...)
# names the function that runs one.
COMMAND_MODULES = (basic, safety, data, copying, reports, users, server)

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
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = resolve_paths(args.data_dir)
    configure_logging(paths, verbose=args.verbose)
    try:
        target = resolve_database(args.db, paths)
        if args.command is None:
            return _open_window(paths, target)
        handler: Handler = args.handler
        return handler(args, paths, target)
    except AcceleratorError as error:
        log.warning("%s", error)
        print(f"accelerator: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("accelerator: interrupted", file=sys.stderr)
        return 130


def _open_window(paths: AppPaths, target: str) -> int:
    from accelerator.ui.application import run

    return run(paths, target)
