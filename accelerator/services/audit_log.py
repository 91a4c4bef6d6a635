"""Reading the audit trail: who changed what, when, from which value to which.

The trail is written by the session itself (see ``audit.py``); here it is only read.
There is no method to change or delete an entry, and the database refuses it too.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from accelerator.domain.enums import AuditAction
from accelerator.i18n import in_context, marked, translate
from accelerator.models import AuditEntry
from accelerator.services.base import Service
from accelerator.services.use_cases import UseCase

MAX_ROWS = 5000

_tr = in_context("Audit trail")
_AUDIT = "Audit trail"
#: An entry's action as the exported trail writes it, translated when written.
_ACTIONS = {
    AuditAction.CREATE: marked("Audit trail", "create"),
    AuditAction.UPDATE: marked("Audit trail", "update"),
    AuditAction.DELETE: marked("Audit trail", "delete"),
}


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: dt.datetime
    user_id: int | None
    username: str
    action: AuditAction
    table_name: str
    record_id: int
    summary: str
    changes: dict[str, list[Any]]

    def describe_changes(self) -> str:
        """One line per field: ``sector: Aquaculture → Subsea``."""
        lines = []
        for field, (old, new) in self.changes.items():
            if self.action is AuditAction.CREATE:
                lines.append(f"{field}: {_show(new)}")
            elif self.action is AuditAction.DELETE:
                lines.append(f"{field}: {_show(old)}")
            else:
                lines.append(f"{field}: {_show(old)} → {_show(new)}")
        return "\n".join(lines)


@dataclass(frozen=True)
class AuditFilter:
    user: str | None = None  # username as recorded
    table_name: str | None = None
    record_id: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None  # inclusive


def _show(value: Any) -> str:
    if value is None:
        return "—"
    text = str(value)
    return text if len(text) <= 80 else text[:77] + "…"


def _record(e: AuditEntry) -> AuditRecord:
    try:
        changes = json.loads(e.changes or "{}")
    except ValueError:
        changes = {}
    return AuditRecord(
        e.id, e.at, e.user_id, e.username, e.action, e.table_name, e.record_id, e.summary, changes
    )


class AuditService(Service):
    def entries(
        self, where: AuditFilter | None = None, *, limit: int = MAX_ROWS
    ) -> list[AuditRecord]:
        """The newest entries first. Coordinators only: the trail shows every field's values."""
        self._require_to(UseCase.READ_AUDIT_TRAIL)
        where = where or AuditFilter()
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if where.user:
            query = query.where(AuditEntry.username == where.user)
        if where.table_name:
            query = query.where(AuditEntry.table_name == where.table_name)
        if where.record_id is not None:
            query = query.where(AuditEntry.record_id == where.record_id)
        if where.since is not None:
            query = query.where(AuditEntry.at >= _start_of(where.since))
        if where.until is not None:
            query = query.where(AuditEntry.at < _start_of(where.until + dt.timedelta(days=1)))
        with self._read() as s:
            return [_record(e) for e in s.scalars(query)]

    def usernames(self) -> list[str]:
        self._require_to(UseCase.READ_AUDIT_TRAIL)
        with self._read() as s:
            return list(
                s.scalars(select(AuditEntry.username).distinct().order_by(AuditEntry.username))
            )

    def tables(self) -> list[str]:
        self._require_to(UseCase.READ_AUDIT_TRAIL)
        with self._read() as s:
            return list(
                s.scalars(select(AuditEntry.table_name).distinct().order_by(AuditEntry.table_name))
            )

    def count(self) -> int:
        self._require_to(UseCase.READ_AUDIT_TRAIL)
        with self._read() as s:
            return int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0)

    def export(self, path: str | Path, where: AuditFilter | None = None) -> int:
        """Write the entries matching ``where`` as CSV or XLSX (by the file's ending),
        atomically and with formula-like cells neutralised; returns how many."""
        from accelerator.services.exporting import Sheet, save_sheet

        rows = self.entries(where, limit=10_000_000)
        sheet = Sheet(
            title=_tr("Audit trail"),
            headers=(
                _tr("When (UTC)"),
                _tr("User"),
                _tr("Action"),
                _tr("Table"),
                _tr("Record"),
                _tr("Summary"),
                _tr("Changes"),
            ),
            rows=[
                (
                    r.at.strftime("%Y-%m-%d %H:%M:%S"),
                    r.username,
                    translate(_AUDIT, _ACTIONS[r.action]),
                    r.table_name,
                    r.record_id,
                    r.summary,
                    r.describe_changes(),
                )
                for r in rows
            ],
        )
        save_sheet(sheet, path)
        return len(rows)


def _start_of(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
