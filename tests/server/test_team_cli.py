"""An IT person's steps on the command line: from an empty server to two mentors who can
sign in, and a local file's data moved onto the server."""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import pytest

from accelerator.cli import main
from accelerator.services import Services
from tests.conftest import PostgresDatabases
from tests.pgserver import PostgresServer

_names = itertools.count()


def _run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_from_an_empty_server_to_two_mentors_signed_in(
    postgres_server: PostgresServer,
    postgres: PostgresDatabases,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    name = f"cli_team_{next(_names)}"
    admin = ["--admin-url", postgres_server.url(), "--database", name]
    code, out, err = _run(
        monkeypatch, capsys, "server", "init", *admin, "--coordinator", "kari",
        "--name", "Kari Nordmann", "--password-stdin", stdin="kari's password\n",
    )  # fmt: skip
    assert code == 0, err
    assert "is set up" in out and "kari (coordinator, Kari Nordmann)" in out
    for who, full in (("ingrid", "Ingrid Havik"), ("per", "Per Lund")):
        code, out, err = _run(
            monkeypatch, capsys, "server", "add-user", who, "--name", full, "--role", "mentor",
            *admin, "--password-stdin", stdin=f"{who}'s password\n",
        )  # fmt: skip
        assert code == 0, err
        assert f"{who} (mentor, {full}): added; can sign in" in out
    # Each mentor's own login opens the database as them, the password from PGPASSWORD.
    for who in ("ingrid", "per"):
        monkeypatch.setenv("PGPASSWORD", f"{who}'s password")
        code, out, err = _run(
            monkeypatch, capsys, "--db", postgres_server.url(who, None, name), "users", "list"
        )
        assert code == 0, err
        assert "Ingrid Havik" in out and "Per Lund" in out
    # Running it again upgrades and re-applies, changing nothing else.
    code, out, err = _run(monkeypatch, capsys, "server", "upgrade", *admin)
    assert code == 0 and "permissions applied" in out
    # A wrong password is one clear line, without the password.
    monkeypatch.setenv("PGPASSWORD", "not it")
    code, out, err = _run(
        monkeypatch, capsys, "--db", postgres_server.url("per", None, name), "users", "list"
    )
    assert code == 1
    assert "password authentication failed" in err and "not it" not in err
    # No password anywhere: one line saying where to give it.
    monkeypatch.delenv("PGPASSWORD")
    code, out, err = _run(
        monkeypatch, capsys, "--db", postgres_server.url("per", None, name), "users", "list"
    )
    assert code == 1 and "give its password with PGPASSWORD or ~/.pgpass" in err
    postgres.drop(postgres_server.url(dbname=name))


def test_a_local_files_data_moves_to_a_new_server_database(
    postgres_server: PostgresServer,
    postgres: PostgresDatabases,
    demo: Services,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    users = demo.users.list_users()
    demo.db.dispose()  # the command line opens the file as nobody else holds it
    name = f"cli_copy_{next(_names)}"
    admin = ["--admin-url", postgres_server.url(), "--database", name]
    code, out, err = _run(
        monkeypatch, capsys, "server", "init", *admin, "--copy-from", str(db_path)
    )
    assert code == 0, err
    assert "counts checked" in out
    mentor = next(u for u in users if u.role.value == "mentor" and u.active)
    assert f"accelerator server add-user {mentor.username}" in out
    code, out, err = _run(
        monkeypatch, capsys, "server", "add-user", mentor.username, *admin, "--password-stdin",
        stdin="a mentor password\n",
    )  # fmt: skip
    assert code == 0 and "already a user" in out
    monkeypatch.setenv("PGPASSWORD", "a mentor password")
    code, out, err = _run(
        monkeypatch, capsys, "--db", postgres_server.url(mentor.username, None, name), "info"
    )
    assert code == 0, err
    postgres.drop(postgres_server.url(dbname=name))
