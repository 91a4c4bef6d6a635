"""The audit trail, written by the session itself so that no write can skip it.

Every flush of a write session records one audit row per created, changed or
deleted record, with each changed field's old and new value, in the same
transaction as the change: the change and its audit row commit together or not
at all.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, UOWTransaction

from accelerator.domain.enums import AuditAction
from accelerator.models import AuditEntry, Base
from accelerator.models.base import utcnow

ACTOR_KEY = "accelerator_actor"
# The tables whose audit rows this session wrote: what its transaction changed.
WRITTEN_KEY = "accelerator_written"
# Values never copied into the audit trail; the entry says only that they changed.
SECRET_FIELDS = frozenset({"password_hash"})
# Housekeeping columns that say nothing a reader of the trail needs. (An assessment's
# updated_at stays: a correction of its levels or words is then recorded on the
# assessment itself too, with when, and a conflict can name who corrected it.)
SKIPPED_FIELDS = frozenset(
    {"id", "created_at", "failed_sign_ins", "sign_in_blocked_until", "row_version"}
)


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def _label(obj: Base) -> str:
    for attr in ("name", "title", "username", "key"):
        value = getattr(obj, attr, None)
        if isinstance(value, str) and value:
            return f"{type(obj).__name__} {value!r}"
    return type(obj).__name__


def _changes(obj: Base, action: AuditAction) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for column_attr in state.mapper.column_attrs:
        key = column_attr.key
        if key in SKIPPED_FIELDS:
            continue
        history = state.attrs[key].history
        if action is AuditAction.CREATE:
            old, new = None, getattr(obj, key)
            if new is None:
                continue
        elif action is AuditAction.DELETE:
            old, new = getattr(obj, key), None
        else:
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old == new:
                continue
        if key in SECRET_FIELDS:
            changes[key] = ["(hidden)" if old is not None else None, "(hidden)"]
        else:
            changes[key] = [_plain(old), _plain(new)]
    return changes


def note_written(session: Session, tables: Iterable[str]) -> None:
    """Note that this session wrote audit rows for ``tables``. Whoever writes audit rows
    calls it (this listener, and the importer's bulk writes), so that what a transaction
    changed is known from its audit rows alone (services/written.py)."""
    session.info.setdefault(WRITTEN_KEY, set()).update(tables)


def pending_tables(session: Session) -> frozenset[str]:
    """The tables of the records a failed flush was writing (their audit rows wait)."""
    pending = session.info.get("audit_pending", [])
    return frozenset(obj.__tablename__ for obj, _action, _changes in pending)


@event.listens_for(Session, "before_flush")
def _collect(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    pending: list[tuple[Base, AuditAction, dict[str, list[Any]]]] = session.info.setdefault(
        "audit_pending", []
    )
    for obj in session.dirty:
        if isinstance(obj, Base) and not isinstance(obj, AuditEntry) and session.is_modified(obj):
            changes = _changes(obj, AuditAction.UPDATE)
            if changes:
                pending.append((obj, AuditAction.UPDATE, changes))
    for obj in session.deleted:
        if isinstance(obj, Base) and not isinstance(obj, AuditEntry):
            pending.append((obj, AuditAction.DELETE, _changes(obj, AuditAction.DELETE)))
    for obj in session.new:
        if isinstance(obj, Base) and not isinstance(obj, AuditEntry):
            # Values known now; the id only after the flush.
            pending.append((obj, AuditAction.CREATE, {}))


@event.listens_for(Session, "after_flush")
def _write(session: Session, _flush: UOWTransaction) -> None:
    pending = session.info.pop("audit_pending", [])
    if not pending:
        return
    actor = session.info.get(ACTOR_KEY)
    if actor is None:
        raise RuntimeError("a write session without an actor: open it through a service")
    at = utcnow()
    rows = []
    for obj, action, changes in pending:
        if action is AuditAction.CREATE:
            changes = _changes(obj, AuditAction.CREATE)
        record_id = inspect(obj).mapper.primary_key_from_instance(obj)[0]
        rows.append(
            {
                "at": at,
                "user_id": actor.user_id,
                "username": actor.username,
                "action": action,
                "table_name": obj.__tablename__,
                "record_id": record_id,
                "summary": _label(obj),
                "changes": json.dumps(changes, ensure_ascii=False, default=str),
            }
        )
    session.execute(insert(AuditEntry), rows)
    note_written(session, (row["table_name"] for row in rows))
