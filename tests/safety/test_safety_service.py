"""The safety service (for the window) and `accelerator backup` / `accelerator restore`."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from accelerator.cli import main
from accelerator.db.engine import Database
from accelerator.db.lock import acquire_instance_lock
from accelerator.db.open import open_database
from accelerator.domain.enums import Role
from accelerator.errors import AcceleratorError, PermissionDeniedError, RestoreError
from accelerator.services.base import Actor
from accelerator.services.safety import SafetyService
from tests.factories import Factory
from tests.safety.conftest import SCHEMA_0001_DEMO, data_digests, file_digest

MENTOR = Actor(user_id=7, username="bjorn", role=Role.MENTOR)
COORDINATOR = Actor(user_id=1, username="ingrid", role=Role.COORDINATOR)


def test_back_up_now_and_list(db: Database, backups_dir: Path, filled: Factory) -> None:
    service = SafetyService.for_database(db, backups_dir, MENTOR)  # anyone may back up
    made = service.back_up_now()
    assert made.reason == "manual" and made.path.parent == backups_dir
    assert made.size_bytes == made.path.stat().st_size > 0
    assert service.list_backups() == [made]
    assert service.newest_good_backup() == made
    assert service.ensure_recent_backup() is None  # the manual one is recent
    assert service.location_warning() is None


def test_inspect_says_what_a_backup_holds(backups_dir: Path, tmp_path: Path) -> None:
    contents = SafetyService(tmp_path / "accelerator.db", backups_dir).inspect(SCHEMA_0001_DEMO)
    assert contents.schema_version == "0001"
    assert contents.counts["companies"] == 13 and contents.counts["assessments"] == 50


def test_only_a_coordinator_may_restore(db_path: Path, backups_dir: Path) -> None:
    service = SafetyService(db_path, backups_dir, MENTOR)
    before = file_digest(db_path)
    with pytest.raises(PermissionDeniedError, match="only a coordinator"):
        service.restore(SCHEMA_0001_DEMO)
    assert file_digest(db_path) == before
    assert not backups_dir.exists()

    result = SafetyService(db_path, backups_dir, COORDINATOR).restore(SCHEMA_0001_DEMO)
    assert data_digests(db_path) == data_digests(SCHEMA_0001_DEMO)
    assert result.previous is not None and result.previous.reason == "pre-restore"
    open_database(str(db_path)).dispose()


def test_the_window_restores_with_the_lock_it_holds(db_path: Path, backups_dir: Path) -> None:
    service = SafetyService(db_path, backups_dir, COORDINATOR)
    with acquire_instance_lock(db_path) as lock:
        service.restore(SCHEMA_0001_DEMO, lock=lock)
    assert data_digests(db_path) == data_digests(SCHEMA_0001_DEMO)


def test_a_server_database_is_not_backed_up_here() -> None:
    class _Server:
        path = None
        display_name = "postgresql://cluster-server/accelerator"

    with pytest.raises(AcceleratorError, match="pg_dump"):
        SafetyService.for_database(_Server())  # type: ignore[arg-type]


def test_the_service_passes_a_refusal_on_as_it_is(
    db_path: Path, backups_dir: Path, tmp_path: Path
) -> None:
    text = tmp_path / "notes.db"
    text.write_text("minutes\n", encoding="utf-8")
    with pytest.raises(RestoreError, match="not an Accelerator database"):
        SafetyService(db_path, backups_dir, COORDINATOR).restore(text)


# --- the command line -------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_prints_the_file_it_made(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copyfile(SCHEMA_0001_DEMO, tmp_path / "accelerator.db")
    code, out, err = run(capsys, "--data-dir", str(tmp_path), "backup")
    assert (code, err) == (0, "")
    made = Path(out.strip())
    assert made.parent == tmp_path / "backups" and made.name.endswith("-manual.db")
    assert data_digests(made) == data_digests(SCHEMA_0001_DEMO)

    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "backup", "--list")
    assert code == 0 and str(made) in out and "manual" in out


def test_backup_of_another_database_goes_to_the_data_folders_backups(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "elsewhere" / "cluster.db"
    other.parent.mkdir()
    shutil.copyfile(SCHEMA_0001_DEMO, other)
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "data"), "--db", str(other), "backup")
    assert code == 0
    assert Path(out.strip()).parent == tmp_path / "data" / "backups"
    assert Path(out.strip()).name.startswith("cluster-")


def test_backup_without_a_database_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--data-dir", str(tmp_path), "backup")
    assert code == 1 and out == ""
    assert err.strip().splitlines() == [
        f"accelerator: there is no database at {tmp_path / 'accelerator.db'} to back up"
    ]


def test_restore_puts_a_backup_in_and_keeps_the_old_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "accelerator.db"
    open_database(str(db)).dispose()  # an empty, new database
    code, out, err = run(capsys, "--data-dir", str(tmp_path), "restore", str(SCHEMA_0001_DEMO))
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == f"Restored {db} from {SCHEMA_0001_DEMO} (schema 0001)."
    assert "kept as" in out and "-pre-restore.db" in out
    assert data_digests(db) == data_digests(SCHEMA_0001_DEMO)


def _newer_schema(path: Path) -> Path:
    shutil.copyfile(SCHEMA_0001_DEMO, path)
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    return path


@pytest.mark.parametrize(
    ("make_file", "says"),
    [
        (
            lambda p: p.write_text("minutes\n", encoding="utf-8") and p,
            "not an Accelerator database",
        ),
        (_newer_schema, "newer version of Accelerator"),
        (lambda p: p, "does not exist"),
    ],
    ids=["text", "newer", "missing"],
)
def test_restore_refuses_a_bad_file_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make_file: object, says: str
) -> None:
    db = tmp_path / "accelerator.db"
    shutil.copyfile(SCHEMA_0001_DEMO, db)
    before = file_digest(db)
    bad = make_file(tmp_path / "chosen.db")  # type: ignore[operator]
    code, out, err = run(capsys, "--data-dir", str(tmp_path), "restore", str(bad))
    assert (code, out) == (1, "")
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("accelerator: ") and says in lines[0]
    assert file_digest(db) == before


def test_backup_and_restore_refuse_a_server(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql://cluster-server/accelerator"
    for command in (["backup"], ["restore", "x.db"]):
        code, _, err = run(capsys, "--db", url, *command)
        assert code == 1 and "pg_dump" in err


def test_help_lists_backup_and_restore(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "backup" in out and "restore" in out


def test_a_deactivated_coordinator_may_not_restore(
    db_path: Path, backups_dir: Path, make: Factory
) -> None:
    coordinator = make.user(role=Role.COORDINATOR)
    make.services.users.set_active(coordinator.id, False)
    actor = Actor(coordinator.id, coordinator.username, Role.COORDINATOR)
    before = file_digest(db_path)
    with pytest.raises(PermissionDeniedError, match="deactivated"):
        SafetyService(db_path, backups_dir, actor).restore(SCHEMA_0001_DEMO)
    assert file_digest(db_path) == before
