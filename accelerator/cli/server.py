"""accelerator server init|upgrade|add-user: setting up a shared PostgreSQL server.

These run with an administrator's connection (``--admin-url``, a superuser such as
``postgres``); the program itself never connects as the administrator or the owner.
Passwords are asked for without echo, or read from standard input with
``--password-stdin``; never taken from the command line.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from accelerator.domain.enums import Role, role_noun
from accelerator.errors import AcceleratorError
from accelerator.i18n import in_context
from accelerator.paths import AppPaths, resolve_database

DEFAULT_DATABASE = "accelerator"

_tr = in_context("CLI")


def register(commands: Any) -> None:
    register_connect(commands)
    server = commands.add_parser(
        "server",
        help=_tr("set up and upgrade a shared PostgreSQL server (team mode)"),
        description=_tr(
            "Set up a PostgreSQL database for a team, upgrade it, and add the "
            "people who use it. Each command connects as an administrator (--admin-url, or "
            "ACCELERATOR_ADMIN_URL); see docs/team-mode.md."
        ),
    )
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)

    init = actions.add_parser(
        "init",
        help=_tr("create the roles, the database and its tables, and the first coordinator"),
    )
    _connection_options(init)
    init.add_argument(
        "--coordinator",
        metavar="USERNAME",
        help=_tr("the first coordinator's login (also their user name)"),
    )
    init.add_argument("--name", help=_tr("the first coordinator's full name"))
    init.add_argument(
        "--copy-from",
        metavar="PATH",
        help=_tr(
            "start with the data of a local Accelerator file (its users then get their "
            "logins with add-user)"
        ),
    )
    init.add_argument("--email", default="")
    init.add_argument(
        "--password-stdin", action="store_true", help=_tr("read the password from stdin")
    )
    init.set_defaults(handler=_init)

    upgrade = actions.add_parser(
        "upgrade", help=_tr("bring the tables and permissions up to this version of the program")
    )
    _connection_options(upgrade)
    upgrade.set_defaults(handler=_upgrade)

    add = actions.add_parser(
        "add-user", help=_tr("give a person a login on the server and a user in the program")
    )
    _connection_options(add)
    add.add_argument("username", help=_tr("their login, and their user name in the program"))
    add.add_argument("--name", help=_tr("the name shown in the program (new users)"))
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.MENTOR.value)
    add.add_argument("--email", default="")
    add.add_argument(
        "--password-stdin", action="store_true", help=_tr("read the password from stdin")
    )
    add.set_defaults(handler=_add_user)


def register_connect(commands: Any) -> None:
    connect = commands.add_parser(
        "connect",
        help=_tr("open a shared server by default on this machine (or --local: the file again)"),
        description=_tr(
            "Save the URL of the team's server, so that 'accelerator' opens it "
            "without --db. The URL may name a login; it must not hold a password (that comes "
            "from the sign-in dialog, PGPASSWORD or ~/.pgpass)."
        ),
    )
    which = connect.add_mutually_exclusive_group(required=True)
    which.add_argument("url", nargs="?", help="postgresql+psycopg://[login@]host[:port]/database")
    which.add_argument("--local", action="store_true", help=_tr("open the local file again"))
    connect.set_defaults(handler=_connect)


def _connect(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    from sqlalchemy.engine import make_url

    from accelerator.paths import save_connection

    if args.local:
        save_connection(paths, None)
        print(_tr("Accelerator opens the local file again: {0}").format(paths.default_database))
        return 0
    url = args.url.strip()
    if not url.startswith("postgresql"):
        raise AcceleratorError(_tr("give a server URL: postgresql+psycopg://[login@]host/database"))
    parsed = make_url(url)
    if parsed.password is not None:
        raise AcceleratorError(
            _tr(
                "leave the password out of the URL: it is not saved (the program asks for it, "
                "or takes it from PGPASSWORD or ~/.pgpass); nothing was saved"
            )
        )
    if parsed.drivername == "postgresql":
        url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    save_connection(paths, url)
    print(
        _tr("Accelerator opens {0} from now on (accelerator connect --local to undo).").format(url)
    )
    return 0


def _connection_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--admin-url",
        metavar="URL",
        help=_tr(
            "a superuser's connection, e.g. {0} (default: ACCELERATOR_ADMIN_URL); its password "
            "from PGPASSWORD or ~/.pgpass"
        ).format("postgresql+psycopg://postgres@db.example.no/postgres"),
    )
    parser.add_argument(
        "--database",
        default=DEFAULT_DATABASE,
        help=_tr("the team's database on the server (default: {0})").format(DEFAULT_DATABASE),
    )


def _admin_url(args: argparse.Namespace) -> str:
    import os

    url = args.admin_url or os.environ.get("ACCELERATOR_ADMIN_URL", "")
    if not url:
        raise AcceleratorError(
            _tr("say how to reach the server as an administrator: --admin-url URL")
        )
    if not url.startswith("postgresql"):
        raise AcceleratorError(_tr("--admin-url must be a postgresql+psycopg:// URL"))
    return str(url)


def _password(args: argparse.Namespace, whose: str) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(_tr("Password for {0}: ").format(whose))
    if getpass.getpass(_tr("Password again: ")) != first:
        raise AcceleratorError(_tr("the two passwords differ; nothing was changed"))
    return first


def _server_error(error: Exception) -> AcceleratorError:
    from sqlalchemy import exc

    if isinstance(error, exc.DBAPIError):
        reason = (str(error.orig).strip().splitlines() or [""])[0]
        return AcceleratorError(_tr("the server refused: {0}").format(reason))
    return AcceleratorError(str(error))


def _init(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    from sqlalchemy import exc

    from accelerator.db.server import init_server, owner_url
    from accelerator.services.database import prepare_database

    admin = _admin_url(args)
    if args.copy_from is None and not (args.coordinator and args.name):
        raise AcceleratorError(
            _tr(
                "name the first coordinator with --coordinator USERNAME --name 'Full Name' "
                "(or start from a file's data with --copy-from PATH)"
            )
        )
    password = _password(args, args.coordinator) if args.coordinator else None
    from accelerator.services.users import check_password

    if password is not None:
        check_password(password)
    owner = owner_url(admin, args.database).render_as_string(hide_password=False)
    try:
        init_server(admin, args.database)
        if args.copy_from is not None:
            from accelerator.db.copy import copy_database

            result = copy_database(resolve_database(args.copy_from, paths), owner)
            copied = _tr("Copied {0} rows from {1}; counts checked.")
            print(copied.format(result.total_rows, args.copy_from))
        else:
            # The bundled readiness framework, written as the owner like the tables.
            prepare_database(owner).dispose()
    except exc.SQLAlchemyError as error:
        raise _server_error(error) from error
    print(_tr("Database {0} is set up, with its roles and permissions.").format(args.database))
    if args.coordinator and password is not None:
        _add(admin, args.database, args.coordinator, args.name, Role.COORDINATOR, args.email,
             password)  # fmt: skip
    if args.copy_from is not None:
        _list_logins_to_make(owner)
    return 0


def _list_logins_to_make(owner: str) -> None:
    from accelerator.db.open import open_database
    from accelerator.services import Services

    db = open_database(owner)
    try:
        users = [u for u in Services(db).users.list_users() if u.active]
    finally:
        db.dispose()
    if users:
        print(_tr("Give each person their login on the server (they choose a new password):"))
        for u in users:
            who = f"{u.display_name}, {role_noun(u.role)}"
            print(f"    accelerator server add-user {u.username}    # {who}")


def _upgrade(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    from sqlalchemy import exc

    from accelerator.db.server import upgrade_server

    try:
        upgrade_server(_admin_url(args), args.database)
    except exc.SQLAlchemyError as error:
        raise _server_error(error) from error
    print(
        _tr("Database {0} is at this version's schema; permissions applied.").format(args.database)
    )
    return 0


def _add_user(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    admin = _admin_url(args)
    password = _password(args, args.username)
    from accelerator.services.users import check_password

    check_password(password)
    _add(admin, args.database, args.username, args.name, Role(args.role), args.email, password)
    return 0


def _add(
    admin: str,
    database: str,
    username: str,
    name: str | None,
    role: Role,
    email: str,
    password: str,
) -> None:
    """The login role and the user row; a user already in the table (copied from a
    file, say) keeps their row and role and gets their login."""
    from sqlalchemy import exc

    from accelerator.db.open import open_database
    from accelerator.db.server import create_login, owner_url
    from accelerator.services import Services
    from accelerator.services.users import UserInput
    from accelerator.services.validation import normalise_username

    login = normalise_username(username)
    db = open_database(owner_url(admin, database).render_as_string(hide_password=False))
    try:
        services = Services(db)
        user = services.users.find_user(login)
        if user is None:
            if not name:
                raise AcceleratorError(
                    _tr("{0} is a new user: give their full name with --name").format(login)
                )
            user = services.users.create_user(UserInput(login, name, role, email, None))
            made = _tr("{0} ({1}, {2}): added; can sign in.")
        else:
            made = _tr("{0} ({1}, {2}): already a user; can sign in.")
        try:
            create_login(admin, user.username, password, user.role)
        except exc.SQLAlchemyError as error:
            raise _server_error(error) from error
    finally:
        db.dispose()
    print(made.format(user.username, role_noun(user.role), user.display_name))
