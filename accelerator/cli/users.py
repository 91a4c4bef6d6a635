"""accelerator users list|add|deactivate|activate|reset-password.

Passwords are read from the terminal without echo, or from standard input with
``--password-stdin`` (for scripts); never from the command line, where other users of
the machine could read them in the process list.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from accelerator.cli.common import prepare
from accelerator.domain.enums import Role, role_noun
from accelerator.domain.formatting import quoted
from accelerator.errors import AcceleratorError
from accelerator.i18n import in_context
from accelerator.paths import AppPaths
from accelerator.services import Services
from accelerator.services.records import UserRecord
from accelerator.services.users import UserInput

_tr = in_context("CLI")


def register(commands: Any) -> None:
    users = commands.add_parser("users", help=_tr("list, add, deactivate and reset users"))
    actions = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    actions.add_parser("list", help=_tr("every user with role and state")).set_defaults(
        handler=_list
    )
    add = actions.add_parser("add", help=_tr("add a user (asks for the password)"))
    add.add_argument("username")
    add.add_argument("--name", required=True, help=_tr("the name shown in the program"))
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.MENTOR.value)
    add.add_argument("--email", default="")
    add.add_argument(
        "--password-stdin", action="store_true", help=_tr("read the password from stdin")
    )
    add.set_defaults(handler=_add)
    for name, handler, text in (
        (
            "deactivate",
            _deactivate,
            _tr("stop a user from signing in (their records keep their name)"),
        ),
        ("activate", _activate, _tr("let a deactivated user sign in again")),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("username")
        action.set_defaults(handler=handler)
    reset = actions.add_parser("reset-password", help=_tr("set a new password for a user"))
    reset.add_argument("username")
    reset.add_argument(
        "--password-stdin", action="store_true", help=_tr("read the password from stdin")
    )
    reset.set_defaults(handler=_reset)


def _find(services: Services, username: str) -> UserRecord:
    user = services.users.find_user(username)
    if user is None:
        names = ", ".join(u.username for u in services.users.list_users()) or _tr("none yet")
        raise AcceleratorError(
            _tr("there is no user {0} (users: {1})").format(quoted(username), names)
        )
    return user


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(_tr("Password: "))
    if getpass.getpass(_tr("Password again: ")) != first:
        raise AcceleratorError(_tr("the two passwords differ; nothing was changed"))
    return first


def _list(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    services = prepare(paths, target)
    users = services.users.list_users()
    if not users:
        print(
            _tr(
                "No users yet. Add the first coordinator with: accelerator users add NAME "
                "--name 'Full Name' --role coordinator"
            )
        )
    for u in users:
        state = _tr("active") if u.active else _tr("deactivated")
        print(f"{u.username:<20} {role_noun(u.role):<12} {state:<12} {u.display_name}")
    services.db.dispose()
    return 0


def _add(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    services = prepare(paths, target)
    user = services.users.create_user(
        UserInput(args.username, args.name, Role(args.role), args.email, _password(args))
    )
    print(
        _tr("Added {0} ({1}, {2})").format(user.username, role_noun(user.role), user.display_name)
    )
    services.db.dispose()
    return 0


def _set_active(args: argparse.Namespace, paths: AppPaths, target: str, active: bool) -> int:
    services = prepare(paths, target)
    user = services.users.set_active(_find(services, args.username).id, active)
    now = _tr("{0} is now active") if user.active else _tr("{0} is now deactivated")
    print(now.format(user.username))
    services.db.dispose()
    return 0


def _deactivate(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    return _set_active(args, paths, target, False)


def _activate(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    return _set_active(args, paths, target, True)


def _reset(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    services = prepare(paths, target)
    user = _find(services, args.username)
    services.users.set_password(user.id, _password(args))
    print(_tr("New password set for {0}").format(user.username))
    services.db.dispose()
    return 0
