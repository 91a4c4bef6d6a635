"""The command line: the same use cases as the window, without one.

``accelerator`` alone opens the window. A user error prints one clear line and
exits with status 1; it never shows a traceback.

Everything the command line says, argparse's own words included, is in the language
chosen by ``--lang``, ``ACCELERATOR_LANG``, the window's saved choice or the system's
locale, in that order (``i18n.choose_language``).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, NoReturn

from accelerator import __version__, i18n
from accelerator.errors import AcceleratorError
from accelerator.i18n import argparse_texts, in_context
from accelerator.logs import configure_logging
from accelerator.paths import AppPaths, resolve_database, resolve_paths
from accelerator.settings import saved_language

if TYPE_CHECKING:
    from accelerator.cli.common import Handler

log = logging.getLogger(__name__)
_tr = in_context("CLI")


def command_modules() -> tuple[ModuleType, ...]:
    """The modules of the commands; each adds its subcommands with register(subparsers),
    and set_defaults(handler=...) names the function that runs one. Imported only when a
    command is given or help asked for: they bring the services, the database and the
    reports, which a window start imports later, behind its first paint."""
    from accelerator.cli import (
        basic,
        copying,
        data,
        figures,
        reports,
        safety,
        server,
        sessions,
        users,
    )

    return (basic, safety, data, copying, reports, users, server, sessions, figures)


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The parser, its help worded in the current language (build it inside ``speaking``).
    ``commands=False``: only the options that come before a command, for a start of the
    window (no command, no help asked for)."""
    argparse_texts.install()
    parser = argparse.ArgumentParser(
        prog="accelerator",
        description=_tr(
            "Keep an acceleration programme's cohorts, milestones and readiness "
            "assessments on record. Without a command, opens the window."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"accelerator {__version__}",
        # argparse's own default for this help is not passed through gettext.
        help=_tr("show program's version number and exit"),
    )
    parser.add_argument(
        "--lang",
        choices=sorted(i18n.LANGUAGES),
        help=_tr(
            "the language of what the program says: nb (bokmål) or en (default: "
            "ACCELERATOR_LANG, else the language chosen in the window, else the system's)"
        ),
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=_tr(
            "database file or server URL (default: ACCELERATOR_DB, else accelerator.db "
            "in the data folder)"
        ),
    )
    parser.add_argument(
        "--data-dir", metavar="DIR", help=_tr("keep data, backups and logs under DIR")
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help=_tr("log more, also to the terminal")
    )
    if not commands:
        parser.set_defaults(command=None)
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules():
        module.register(subparsers)
    return parser


class _UnreadableError(Exception):
    """The options before the command do not parse; the real parser will say why."""


class _EarlyParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UnreadableError(message)


def _early(argv: Sequence[str] | None) -> argparse.Namespace:
    """The options before the command, read before the parser is built; ``rest`` the
    command and what follows it, None when those options do not parse."""
    early = _EarlyParser(add_help=False)
    early.add_argument("--lang")
    # The global options that take a value, so that a value is not taken for the command.
    early.add_argument("--db")
    early.add_argument("--data-dir")
    early.add_argument("rest", nargs=argparse.REMAINDER)
    try:
        found, _ = early.parse_known_args(argv)
    except _UnreadableError:
        found = argparse.Namespace(lang=None, data_dir=None, rest=None)
    return found


def chosen_language(argv: Sequence[str] | None) -> str:
    """The language to speak, read before the parser is built (its help is worded as it
    is built). Only the options before the command count: a ``--lang`` after it is a
    report's own (``report cohort ... --lang en``)."""
    found = _early(argv)
    return i18n.choose_language(found.lang, saved_language(resolve_paths(found.data_dir)))


def opens_the_window(argv: Sequence[str] | None) -> bool:
    """No command and no help or version asked for: the window starts, and the commands'
    modules need not be imported to read the options."""
    words = list(sys.argv[1:] if argv is None else argv)
    return _early(words).rest == [] and not any(_asks_for_help(w) for w in words)


def _asks_for_help(word: str) -> bool:
    """-h, --help or --version, or what argparse takes for them (--he, --vers, -vh)."""
    if word.startswith("--"):
        return len(word) > 2 and ("--help".startswith(word) or "--version".startswith(word))
    return word.startswith("-") and "h" in word


def main(argv: Sequence[str] | None = None) -> int:
    language = chosen_language(argv)
    # A command speaks the language as a context rather than setting the process's, so
    # that a caller in the same process (a test, a walk) keeps its own.
    with i18n.speaking(language):
        parser = build_parser(commands=not opens_the_window(argv))
        args = parser.parse_args(argv)
        paths = resolve_paths(args.data_dir)
        configure_logging(paths, verbose=args.verbose)
        if args.command is not None:
            handler: Handler = args.handler
            return _guarded(lambda: handler(args, paths, resolve_database(args.db, paths)))
    # The window's worker threads do not inherit a context: its whole process speaks it
    # (until the person chooses another language in the window), and the window reads it
    # with ``i18n.current_language()``. A caller in the same process gets its own back.
    previous = i18n.current_language()
    i18n.use_language(language)
    try:
        return _guarded(lambda: _open_window(paths, resolve_database(args.db, paths), args.lang))
    finally:
        i18n.use_language(previous)


def _guarded(run: Callable[[], int]) -> int:
    """``run``'s exit status; a user error as one line, never a traceback."""
    try:
        return run()
    except AcceleratorError as error:
        log.warning("%s", error)
        print(f"accelerator: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(_tr("accelerator: interrupted"), file=sys.stderr)
        return 130


def _open_window(paths: AppPaths, target: str, language_flag: str | None) -> int:
    from accelerator.ui.application import run

    # The window says when its --lang comes before the language chosen in its menu.
    return run(paths, target, language_flag)
