"""Opening the program's database, and what can be told about it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, text

from accelerator.db.engine import Database
from accelerator.db.migrate import VERSION_TABLE, head_revision
from accelerator.db.open import open_database
from accelerator.errors import AcceleratorError
from accelerator.i18n import in_context
from accelerator.models import (
    Assessment,
    AuditEntry,
    Cohort,
    Company,
    Enrolment,
    Event,
    Meeting,
    Milestone,
    Programme,
    ReadinessFramework,
    Registration,
    User,
)
from accelerator.services.base import Service
from accelerator.services.frameworks import FrameworkService
from accelerator.services.records import DatabaseSummary

_tr = in_context("Database check")

COUNTED = (
    ("programmes", Programme),
    ("cohorts", Cohort),
    ("companies", Company),
    ("enrolments", Enrolment),
    ("milestones", Milestone),
    ("assessments", Assessment),
    ("events", Event),
    ("registrations", Registration),
    ("meetings", Meeting),
    ("frameworks", ReadinessFramework),
    ("users", User),
)


def prepare_database(
    target: str, *, backups_dir: Path | None = None, check_behind: bool = False
) -> Database:
    """Open (creating or upgrading) the database and make sure it has a framework to use.
    ``backups_dir``: where a backup before an upgrade goes (default: beside the database).
    ``check_behind``: after a clean end, check the file beside the start (``open_database``)."""
    db = open_database(target, backups_dir=backups_dir, check_behind=check_behind)
    try:
        FrameworkService(db).ensure_default()  # a write, if any, waits for the check
    except BaseException:
        db.dispose()
        raise
    return db


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    lines: tuple[str, ...]


class DatabaseService(Service):
    def summary(self) -> DatabaseSummary:
        with self._read() as s:
            version = s.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
            counts = {
                name: s.scalar(select(func.count()).select_from(model)) or 0
                for name, model in COUNTED
            }
        return DatabaseSummary(self._db.display_name, version, counts)

    def changes_since(self, seen: int | None) -> tuple[int, frozenset[str]]:
        """The newest audit entry, and the tables changed after entry ``seen``.

        Every change writes an audit entry in its own transaction, so a window that polls
        this (another desktop, or a second window on the same file) learns what to
        refresh. On a team server the functions of accelerator/db/server.py answer, so
        that a mentor learns *that* something changed without reading others' entries.
        """
        with self._read() as s:
            if self._db.has_server_permissions():
                latest = int(s.execute(text("SELECT accelerator_last_change()")).scalar_one())
                query = text("SELECT accelerator_changed_tables(:since)")
            else:
                latest = int(s.scalar(select(func.coalesce(func.max(AuditEntry.id), 0))) or 0)
                query = text("SELECT DISTINCT table_name FROM audit_entries WHERE id > :since")
            if seen is None or latest == seen:
                return latest, frozenset()
            tables = frozenset(str(r[0]) for r in s.execute(query, {"since": seen}))
        return latest, tables

    def start_check(self) -> None:
        """Start SQLite's check of a file that opened before it (after a clean end): the
        window calls this once it has painted. Nothing to do otherwise, or twice."""
        gate = self._db.gate
        if gate is not None:
            gate.start()

    def checking(self) -> bool:
        """SQLite is still checking the file, which opened before its check (after a clean
        end): writes wait until it has passed."""
        gate = self._db.gate
        return gate is not None and gate.checking

    def refusal(self) -> AcceleratorError | None:
        """Why every write is refused: the check behind the start found the file damaged
        (or could not finish). None while it checks, and once it has passed."""
        gate = self._db.gate
        return gate.refusal() if gate is not None else None

    def is_empty(self) -> bool:
        """No programme and no company yet: the first run."""
        with self._read() as s:
            return (
                s.scalar(select(func.count()).select_from(Programme)) == 0
                and s.scalar(select(func.count()).select_from(Company)) == 0
            )

    def check(self, *, full: bool = False) -> CheckResult:
        """SQLite's own checks (quick or full integrity, foreign keys) and the schema version."""
        lines: list[str] = []
        ok = True
        with self._read() as s:
            version = s.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
            head = head_revision()
            if version == head:
                lines.append(_tr("schema version {0}: current").format(version))
            else:
                ok = False
                lines.append(_tr("schema version {0}: expected {1}").format(version, head))
            if self._db.is_sqlite:
                pragma = "integrity_check" if full else "quick_check"
                result = [r[0] for r in s.execute(text(f"PRAGMA {pragma}"))]
                if result == ["ok"]:
                    lines.append(_tr("{0}: ok").format(pragma))
                else:
                    ok = False
                    lines.extend(f"{pragma}: {r}" for r in result[:20])
                orphans = s.execute(text("PRAGMA foreign_key_check")).all()
                if orphans:
                    ok = False
                    lines.extend(
                        _tr("foreign_key_check: {0} row {1} points to a missing {2}").format(*r[:3])
                        for r in orphans[:20]
                    )
                else:
                    lines.append(_tr("{0}: ok").format("foreign_key_check"))
        return CheckResult(ok, tuple(lines))
