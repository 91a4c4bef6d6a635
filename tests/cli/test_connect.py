"""accelerator connect: a machine opens the team's server by default, never with a password."""

from __future__ import annotations

from pathlib import Path

import pytest

from accelerator.cli import main
from accelerator.paths import resolve_database, resolve_paths

URL = "postgresql+psycopg://ingrid@db.cluster.example/accelerator"


def test_a_saved_server_is_opened_by_default_until_local(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ACCELERATOR_DB", raising=False)
    paths = resolve_paths(tmp_path)
    assert resolve_database(None, paths) == str(paths.default_database)

    assert main(["--data-dir", str(tmp_path), "connect", URL]) == 0
    assert "opens " + URL in capsys.readouterr().out
    assert resolve_database(None, paths) == URL
    assert resolve_database(str(tmp_path / "other.db"), paths) == str(tmp_path / "other.db")

    assert main(["--data-dir", str(tmp_path), "connect", "--local"]) == 0
    assert resolve_database(None, paths) == str(paths.default_database)


def test_a_password_in_the_url_is_refused_and_nothing_saved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["--data-dir", str(tmp_path), "connect", "postgresql://ingrid:secret@db/accelerator"]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "leave the password out" in err and "secret" not in err
    assert not resolve_paths(tmp_path).connection_file.exists()
