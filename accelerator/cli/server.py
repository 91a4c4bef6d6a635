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

from accelerator.domain.enums import Role
from accelerator.errors import AcceleratorError
from accelerator.paths import AppPaths, resolve_database

DEFAULT_DATABASE = "accelerator"


def register(commands: Any) -> None:
    register_connect(commands)
    server = commands.add_parser(
        "server",
        help="set up and upgrade a shared PostgreSQL server (team mode)",
        description="Set up a PostgreSQL database for a team, upgrade it, and add the "
        "people who use it. Each command connects as an administrator (--admin-url, or "
        "ACCELERATOR_ADMIN_URL); see docs/team-mode.md.",
    )
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)

    init = actions.add_parser(
        "init",
        help="create the roles, the database and its tables, and the first coordinator",
    )
    _connection_options(init)
    init.add_argument("--coordinator", metavar="USERNAME",
                      help="the first coordinator's login (also their user name)")  # fmt: skip
    init.add_argument("--name", help="the first coordinator's full name")
    init.add_argument(
        "--copy-from",
        metavar="PATH",
        help="start with the data of a local Accelerator file (its users then get their "
        "logins with add-user)",
    )
    init.add_argument("--email", default="")
    init.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    init.set_defaults(handler=_init)

    upgrade = actions.add_parser(
        "upgrade", help="bring the tables and permissions up to this version of the program"
    )
    _connection_options(upgrade)
    upgrade.set_defaults(handler=_upgrade)

    add = actions.add_parser(
        "add-user", help="give a person a login on the server and a user in the program"
    )
    _connection_options(add)
    add.add_argument("username", help="their login, and their user name in the program")
    add.add_argument("--name", help="the name shown in the program (new users)")
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.MENTOR.value)
    add.add_argument("--email", default="")
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    add.set_defaults(handler=_add_user)


def register_connect(commands: Any) -> None:
    connect = commands.add_parser(
        "connect",
        help="open a shared server by default on this machine (or --local: the file again)",
        description="Save the URL of the team's server, so that 'accelerator' opens it "
        "without --db. The URL may name a login; it must not hold a password (that comes "
        "from the sign-in dialog, PGPASSWORD or ~/.pgpass).",
    )
    which = connect.add_mutually_exclusive_group(required=True)
    which.add_argument("url", nargs="?", help="postgresql+psycopg://[login@]host[:port]/database")
    which.add_argument("--local", action="store_true", help="open the local file again")
    connect.set_defaults(handler=_connect)


def _connect(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    from sqlalchemy.engine import make_url

    from accelerator.paths import save_connection

    if args.local:
        save_connection(paths, None)
        print(f"Accelerator opens the local file again: {paths.default_database}")
        return 0
    url = args.url.strip()
    if not url.startswith("postgresql"):
        raise AcceleratorError("give a server URL: postgresql+psycopg://[login@]host/database")
    parsed = make_url(url)
    if parsed.password is not None:
        raise AcceleratorError(
            "leave the password out of the URL: it is not saved (the program asks for it, "
            "or takes it from PGPASSWORD or ~/.pgpass); nothing was saved"
        )
    if parsed.drivername == "postgresql":
        url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    save_connection(paths, url)
    print(f"Accelerator opens {url} from now on (accelerator connect --local to undo).")
    return 0


def _connection_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--admin-url",
        metavar="URL",
        help="a superuser's connection, e.g. postgresql+psycopg://postgres@db.example.no/postgres "
        "(default: ACCELERATOR_ADMIN_URL); its password from PGPASSWORD or ~/.pgpass",
    )
    parser.add_argument(
        "--database",
        default=DEFAULT_DATABASE,
        help=f"the team's database on the server (default: {DEFAULT_DATABASE})",
    )


def _admin_url(args: argparse.Namespace) -> str:
    import os

    url = args.admin_url or os.environ.get("ACCELERATOR_ADMIN_URL", "")
    if not url:
        raise AcceleratorError("say how to reach the server as an administrator: --admin-url URL")
    if not url.startswith("postgresql"):
        raise AcceleratorError("--admin-url must be a postgresql+psycopg:// URL")
    return str(url)


def _password(args: argparse.Namespace, whose: str) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(f"Password for {whose}: ")
    if getpass.getpass("Password again: ") != first:
        raise AcceleratorError("the two passwords differ; nothing was changed")
    return first


def _server_error(error: Exception) -> AcceleratorError:
    from sqlalchemy import exc

    if isinstance(error, exc.DBAPIError):
        reason = (str(error.orig).strip().splitlines() or [""])[0]
        return AcceleratorError(f"the server refused: {reason}")
    return AcceleratorError(str(error))


def _init(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    from sqlalchemy import exc

    from accelerator.db.server import init_server, owner_url
    from accelerator.services.database import prepare_database

    admin = _admin_url(args)
    if args.copy_from is None and not (args.coordinator and args.name):
        raise AcceleratorError(
            "name the first coordinator with --coordinator USERNAME --name 'Full Name' "
            "(or start from a file's data with --copy-from PATH)"
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
            print(f"Copied {result.total_rows} rows from {args.copy_from}; counts checked.")
        else:
            # The bundled readiness framework, written as the owner like the tables.
            prepare_database(owner).dispose()
    except exc.SQLAlchemyError as error:
        raise _server_error(error) from error
    print(f"Database {args.database} is set up, with its roles and permissions.")
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
        print("Give each person their login on the server (they choose a new password):")
        for u in users:
            who = f"{u.display_name}, {u.role.value}"
            print(f"    accelerator server add-user {u.username}    # {who}")


def _upgrade(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    from sqlalchemy import exc

    from accelerator.db.server import upgrade_server

    try:
        upgrade_server(_admin_url(args), args.database)
    except exc.SQLAlchemyError as error:
        raise _server_error(error) from error
    print(f"Database {args.database} is at this version's schema; permissions applied.")
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
                raise AcceleratorError(f"{login} is a new user: give their full name with --name")
            user = services.users.create_user(UserInput(login, name, role, email, None))
            made = "added"
        else:
            made = "already a user"
        try:
            create_login(admin, user.username, password, user.role)
        except exc.SQLAlchemyError as error:
            raise _server_error(error) from error
    finally:
        db.dispose()
    print(f"{user.username} ({user.role.value}, {user.display_name}): {made}; can sign in.")
