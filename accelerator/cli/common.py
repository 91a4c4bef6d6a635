"""What the command modules share."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable

from accelerator.errors import AcceleratorError
from accelerator.i18n import in_context
from accelerator.paths import AppPaths
from accelerator.services import Services

Handler = Callable[[argparse.Namespace, AppPaths, str], int]

#: The command line's texts' context in the catalogue.
CONTEXT = "CLI"
_tr = in_context("CLI")


def date_argument(text: str) -> dt.date:
    """An argument's date, typed as in the window's date fields, which share the reader."""
    from accelerator.domain.formatting import DateParseError, parse_date

    try:
        return parse_date(text)
    except DateParseError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def prepare(paths: AppPaths, target: str) -> Services:
    """The services on the database, created or upgraded as needed.

    On a shared server the command acts as the person whose login the URL names; the
    password comes from the URL, PGPASSWORD or ~/.pgpass, else it is asked for."""
    from accelerator.services.database import prepare_database
    from accelerator.services.team import is_server

    if is_server(target):
        return _server_services(target)
    if target == str(paths.default_database):
        paths.data_dir.mkdir(parents=True, exist_ok=True)
    return Services(prepare_database(target))


def _server_services(target: str) -> Services:
    import getpass
    import sys

    from accelerator.errors import PasswordNeededError
    from accelerator.services.team import ServerAddress, connect_as

    login = ServerAddress.of(target).login
    try:
        session = connect_as(target)
    except PasswordNeededError as error:
        if not sys.stdin.isatty():
            raise AcceleratorError(
                _tr(
                    "{0}. Name your login in the URL (postgresql+psycopg://LOGIN@host/"
                    "database) and give its password with PGPASSWORD or ~/.pgpass"
                ).format(error)
            ) from error
        prompt = (
            _tr("Password for {0}: ").format(login) if login else _tr("Password for the server: ")
        )
        session = connect_as(target, password=getpass.getpass(prompt))
    if session.user is None:  # a server database without logins per person
        return Services(session.db)
    return Services(session.db, session.actor)
