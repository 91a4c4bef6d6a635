"""Rotation keeps the right set of backups, for lists of backup dates worked out by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from accelerator.db.backup import (
    Backup,
    Retention,
    backup_database,
    backups_to_keep,
    list_backups,
    rotate_backups,
)
from tests.safety.conftest import file_digest

DB = Path("/data/accelerator.db")


def _backups(*entries: str) -> list[Backup]:
    """'2026-11-26 10:00 daily' -> a Backup of that time and reason."""
    made = []
    for entry in entries:
        day, time, reason = entry.split()
        taken_at = dt.datetime.fromisoformat(f"{day}T{time}")
        path = Path(f"/backups/{taken_at:%Y-%m-%dT%H%M%S}-{reason}.db")
        made.append(Backup(taken_at, 0, path, reason))
    return made


def _stamps(paths: set[Path], backups: list[Backup]) -> list[str]:
    return sorted(f"{b.taken_at:%Y-%m-%d %H:%M} {b.reason}" for b in backups if b.path in paths)


def _daily_for(first: dt.date, last: dt.date) -> list[str]:
    days = (last - first).days + 1
    return [f"{first + dt.timedelta(days=n)} 10:00 daily" for n in range(days)]


CASES = [
    pytest.param(
        Retention(daily=3, weekly=0, monthly=0),
        [f"2026-11-{d} 10:00 daily" for d in range(20, 25)],
        ["2026-11-22 10:00 daily", "2026-11-23 10:00 daily", "2026-11-24 10:00 daily"],
        id="the last three days",
    ),
    pytest.param(
        Retention(daily=7, weekly=0, monthly=0),
        ["2026-11-25 09:00 daily", "2026-11-26 08:00 daily", "2026-11-26 17:00 daily"],
        ["2026-11-25 09:00 daily", "2026-11-26 17:00 daily"],
        id="the newest of each day",
    ),
    pytest.param(
        # ISO weeks: 45 = Nov 2-8, 46 = Nov 9-15, 47 = Nov 16-22, 48 = Nov 23-29.
        Retention(daily=1, weekly=3, monthly=0),
        [
            "2026-11-02 10:00 daily",
            "2026-11-04 10:00 daily",
            "2026-11-10 10:00 daily",
            "2026-11-12 10:00 daily",
            "2026-11-17 10:00 daily",
            "2026-11-25 10:00 daily",
            "2026-11-26 10:00 daily",
        ],
        ["2026-11-12 10:00 daily", "2026-11-17 10:00 daily", "2026-11-26 10:00 daily"],
        id="the newest of each of the last three weeks",
    ),
    pytest.param(
        Retention(daily=0, weekly=0, monthly=2),
        [
            "2026-08-31 10:00 daily",
            "2026-09-01 10:00 daily",
            "2026-09-30 10:00 daily",
            "2026-10-15 10:00 daily",
            "2026-11-01 10:00 daily",
            "2026-11-02 10:00 daily",
        ],
        ["2026-10-15 10:00 daily", "2026-11-02 10:00 daily"],
        id="the newest of each of the last two months",
    ),
    pytest.param(
        Retention(daily=0, weekly=0, monthly=3),
        ["2025-12-31 10:00 daily", "2026-01-01 10:00 daily", "2026-03-10 10:00 daily"],
        ["2025-12-31 10:00 daily", "2026-01-01 10:00 daily", "2026-03-10 10:00 daily"],
        id="months that have backups, across a new year",
    ),
    pytest.param(
        Retention(daily=1, weekly=0, monthly=0, manual=2),
        [
            "2026-11-26 09:00 daily",
            "2026-11-26 10:00 manual",
            "2026-11-26 11:00 manual",
            "2026-11-26 12:00 manual",
        ],
        ["2026-11-26 11:00 manual", "2026-11-26 12:00 manual"],
        id="the newest backups made on request",
    ),
    pytest.param(
        Retention(daily=1, weekly=0, monthly=0, manual=0, safety_copies=1),
        [
            "2026-11-01 10:00 pre-migration",
            "2026-11-05 10:00 pre-restore",
            "2026-11-06 10:00 pre-restore",
            "2026-11-10 10:00 pre-migration",
            "2026-11-26 10:00 daily",
        ],
        [
            "2026-11-06 10:00 pre-restore",
            "2026-11-10 10:00 pre-migration",
            "2026-11-26 10:00 daily",
        ],
        id="the newest copy before a migration and before a restore",
    ),
    pytest.param(
        Retention(daily=0, weekly=0, monthly=0, manual=0, safety_copies=0),
        ["2026-11-24 10:00 daily", "2026-11-25 10:00 manual", "2026-11-26 10:00 daily"],
        ["2026-11-26 10:00 daily"],
        id="keeping nothing still keeps the newest",
    ),
    pytest.param(
        Retention(),  # 7 daily, 4 weekly, 12 monthly
        _daily_for(dt.date(2025, 10, 24), dt.date(2026, 11, 26)),
        [f"2026-11-{d} 10:00 daily" for d in range(20, 27)]  # seven days
        + ["2026-11-08 10:00 daily", "2026-11-15 10:00 daily"]  # weeks 45, 46 (47, 48 above)
        + [  # month ends back to December 2025 (November above)
            f"{day} 10:00 daily"
            for day in (
                "2025-12-31",
                "2026-01-31",
                "2026-02-28",
                "2026-03-31",
                "2026-04-30",
                "2026-05-31",
                "2026-06-30",
                "2026-07-31",
                "2026-08-31",
                "2026-09-30",
                "2026-10-31",
            )
        ],
        id="a year of daily copies with the defaults",
    ),
]


@pytest.mark.parametrize(("retention", "taken", "kept"), CASES)
def test_rotation_keeps(retention: Retention, taken: list[str], kept: list[str]) -> None:
    backups = _backups(*taken)
    assert _stamps(backups_to_keep(backups, retention), backups) == sorted(kept)


def test_the_newest_good_backup_is_kept_even_when_rules_would_drop_it() -> None:
    backups = _backups("2026-11-24 10:00 daily", "2026-11-25 10:00 daily", "2026-11-26 10:00 daily")
    keep = backups_to_keep(backups, Retention(daily=1), newest_good=backups[1].path)
    assert _stamps(keep, backups) == ["2026-11-25 10:00 daily", "2026-11-26 10:00 daily"]


def test_a_damaged_newest_backup_does_not_cost_the_last_good_one(
    db_path: Path, backups_dir: Path
) -> None:
    """Rotation on the real files: it checks them, and keeps the newest that passes."""
    start = dt.datetime(2026, 11, 24, 10, 0)
    for day in range(3):
        backup_database(
            db_path, backups_dir, "daily", now=start + dt.timedelta(days=day), retention=None
        )
    newest, middle, _oldest = list_backups(db_path, backups_dir)
    with newest.path.open("r+b") as f:  # the b-tree pages after the header turn to garbage
        f.seek(4096)
        f.write(b"\xa5" * 8192)
    middle_digest = file_digest(middle.path)

    deleted = rotate_backups(db_path, backups_dir, Retention(daily=1, weekly=0, monthly=0))

    assert [b.path for b in list_backups(db_path, backups_dir)] == [newest.path, middle.path]
    assert deleted == [_oldest.path]
    assert file_digest(middle.path) == middle_digest
