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
from accelerator.domain.enums import Role
from accelerator.errors import AcceleratorError
from accelerator.paths import AppPaths
from accelerator.services import Services
from accelerator.services.records import UserRecord
from accelerator.services.users import UserInput


def register(commands: Any) -> None:
    users = commands.add_parser("users", help="list, add, deactivate and reset users")
    actions = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    actions.add_parser("list", help="every user with role and state").set_defaults(handler=_list)
    add = actions.add_parser("add", help="add a user (asks for the password)")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="the name shown in the program")
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.MENTOR.value)
    add.add_argument("--email", default="")
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    add.set_defaults(handler=_add)
    for name, handler, text in (
        ("deactivate", _deactivate, "stop a user from signing in (their records keep their name)"),
        ("activate", _activate, "let a deactivated user sign in again"),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("username")
        action.set_defaults(handler=handler)
    reset = actions.add_parser("reset-password", help="set a new password for a user")
    reset.add_argument("username")
    reset.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    reset.set_defaults(handler=_reset)


def _find(services: Services, username: str) -> UserRecord:
    user = services.users.find_user(username)
    if user is None:
        names = ", ".join(u.username for u in services.users.list_users()) or "none yet"
        raise AcceleratorError(f"there is no user {username!r} (users: {names})")
    return user


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Password again: ") != first:
        raise AcceleratorError("the two passwords differ; nothing was changed")
    return first


def _list(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    services = prepare(paths, target)
    users = services.users.list_users()
    if not users:
        print(
            "No users yet. Add the first coordinator with: accelerator users add NAME "
            "--name 'Full Name' --role coordinator"
        )
    for u in users:
        state = "active" if u.active else "deactivated"
        print(f"{u.username:<20} {u.role.value:<12} {state:<12} {u.display_name}")
    services.db.dispose()
    return 0


def _add(args: argparse.Namespace, paths: AppPaths, target: str) -> int:
    services = prepare(paths, target)
    user = services.users.create_user(
        UserInput(args.username, args.name, Role(args.role), args.email, _password(args))
    )
    print(f"Added {user.username} ({user.role.value}, {user.display_name})")
    services.db.dispose()
    return 0


def _set_active(args: argparse.Namespace, paths: AppPaths, target: str, active: bool) -> int:
    services = prepare(paths, target)
    user = services.users.set_active(_find(services, args.username).id, active)
    print(f"{user.username} is now {'active' if user.active else 'deactivated'}")
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
    print(f"New password set for {user.username}")
    services.db.dispose()
    return 0
