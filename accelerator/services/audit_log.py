"""Reading the audit trail: who changed what, when, from which value to which.

The trail is written by the session itself (see ``audit.py``); here it is only read.
There is no method to change or delete an entry, and the database refuses it too.

An entry is stored as the program wrote it: a table's name, each field's name and value
as stored, and a summary in the listener's words (``Company 'Havbris AS'``). It reads in
the language spoken when it is shown: a table by what a person calls its records
(:data:`TABLE_NOUNS`, ``selskap``), a field by the words the forms use
(``errors.FIELD_LABELS``, :data:`COLUMN_WORDS`), a linked record as ``vurdering 50``, a
status, a yes or no and a date in words, and the summary as ``Selskap «Havbris AS»``, for
old entries as for new.
"""

from __future__ import annotations

import ast
import datetime as dt
import enum
import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Column, func, select

from accelerator.domain.enums import WORDS, AuditAction, category_words, in_words
from accelerator.domain.formatting import format_date, format_datetime, quoted
from accelerator.errors import FIELD_LABELS
from accelerator.i18n import in_context, marked, translate
from accelerator.models import AuditEntry, Base
from accelerator.services.audit import SECRET_FIELDS
from accelerator.services.base import Service
from accelerator.services.use_cases import UseCase

MAX_ROWS = 5000

_tr = in_context("Audit trail")
_RECORDS = "Records"
_FIELDS = "Fields"

#: What a person calls a record of each table the trail records, as a noun inside a
#: sentence ("vurdering 50"); capitalised where it heads a cell (:func:`table_heading`).
#: Every table of the models needs one: tests/services/test_audit_words.py fails on a
#: table that has none. The nouns the services' messages use are the same texts
#: (``services.base.RECORD_NOUNS``), so one translation serves both.
TABLE_NOUNS: Mapping[str, str] = {
    "assessment_texts": marked("Records", "assessment notes"),
    "assessments": marked("Records", "assessment"),
    "cluster_tiers": marked("Records", "member tier"),
    "clusters": marked("Records", "cluster"),
    "cohorts": marked("Records", "cohort"),
    "companies": marked("Records", "company"),
    "contacts": marked("Records", "contact"),
    "dimensions": marked("Records", "dimension"),
    "enrolments": marked("Records", "enrolment"),
    "event_hosts": marked("Records", "event host"),
    "events": marked("Records", "event"),
    "funding_applications": marked("Records", "funding application"),
    "funding_schemes": marked("Records", "funding scheme"),
    "kpi_fields": marked("Records", "member figure field"),
    "kpi_forms": marked("Records", "collection form"),
    "kpi_values": marked("Records", "member figure"),
    "level_descriptors": marked("Records", "level description"),
    "meetings": marked("Records", "meeting"),
    "memberships": marked("Records", "membership"),
    "mentor_assignments": marked("Records", "mentor assignment"),
    "mentor_capacities": marked("Records", "mentor capacity"),
    "mentor_sessions": marked("Records", "mentor session"),
    "milestone_template_items": marked("Records", "template item"),
    "milestones": marked("Records", "milestone"),
    "needs_offers": marked("Records", "need or offer"),
    "programmes": marked("Records", "programme"),
    "project_clusters": marked("Records", "project cluster"),
    "project_documents": marked("Records", "project document"),
    "project_partners": marked("Records", "project partner"),
    "project_status_changes": marked("Records", "project status change"),
    "projects": marked("Records", "joint project"),
    "readiness_frameworks": marked("Records", "readiness framework"),
    "registrations": marked("Records", "registration"),
    "scores": marked("Records", "readiness level"),
    "strategic_areas": marked("Records", "strategic area"),
    "users": marked("Records", "user"),
}

#: What the trail calls a stored column whose name, made readable, is not what a person
#: calls it (``is_foreign`` is no "Is foreign"); looked up before ``errors.FIELD_LABELS``,
#: which names the fields of a refusal as they have always read in English.
COLUMN_WORDS: Mapping[str, str] = {
    "amount_applied": marked("Fields", "Amount applied for"),
    "amount_granted": marked("Fields", "Amount granted"),
    "capacity": marked("Fields", "Capacity"),
    "checked_in_at": marked("Fields", "Checked in"),
    "collected_at": marked("Fields", "Form returned"),
    "companies_at_once": marked("Fields", "Companies at once"),
    "counterpart_id": marked("Fields", "Meets"),
    "created_from_meeting_id": marked("Fields", "From the meeting"),
    "decided_on": marked("Fields", "Decided on"),
    "decision": marked("Fields", "Decision"),
    "due_offset_weeks": marked("Fields", "Due after (weeks)"),
    "end_on": marked("Fields", "End"),
    "ends_at": marked("Fields", "End"),
    "follow_ups": marked("Fields", "Follow-ups"),
    "held_on": marked("Fields", "Held on"),
    "hours_per_month": marked("Fields", "Hours a month"),
    "is_foreign": marked("Fields", "Foreign"),
    "issued_at": marked("Fields", "Form made"),
    "label": marked("Fields", "Label"),
    "market_tags": marked("Fields", "Market tags"),
    "metric": marked("Fields", "Figure"),
    "minutes": marked("Fields", "Minutes"),
    "need_id": marked("Fields", "Need"),
    "note": marked("Fields", "Note"),
    "offer_id": marked("Fields", "Offer"),
    "online": marked("Fields", "Online"),
    "online_url": marked("Fields", "Online link"),
    "organisation_name": marked("Fields", "Organisation (as typed)"),
    "ours": marked("Fields", "Our cluster"),
    "outcome": marked("Fields", "Outcome"),
    "own_share": marked("Fields", "Own share (NOK)"),
    "password_hash": marked("Fields", "Password"),
    "place": marked("Fields", "Place"),
    "public": marked("Fields", "Open to the public"),
    "quarter": marked("Fields", "Quarter"),
    "reached_on": marked("Fields", "Reached on"),
    "recorded_at": marked("Fields", "Recorded"),
    "reference": marked("Fields", "Reference"),
    "registered_at": marked("Fields", "Registered"),
    "retired": marked("Fields", "Taken out of the template"),
    "sector_tags": marked("Fields", "Sector tags"),
    "side": marked("Fields", "Need or offer"),
    "source": marked("Fields", "Registered through"),
    "start_on": marked("Fields", "Start"),
    "starts_at": marked("Fields", "Start"),
    "status_reason": marked("Fields", "Reason for the status"),
    "summary": marked("Fields", "Summary"),
    "table_label": marked("Fields", "Table"),
    "technology_tags": marked("Fields", "Technology tags"),
    "texts": marked("Fields", "Texts in other languages"),
    "token": marked("Fields", "Form code"),
    "topic": marked("Fields", "Topic"),
    "total_budget": marked("Fields", "Total budget (NOK)"),
    "unit": marked("Fields", "Unit"),
    "updated_at": marked("Fields", "Last corrected"),
    "url": marked("Fields", "Link"),
    "value": marked("Fields", "Value"),
    "waitlisted_at": marked("Fields", "On the waitlist since"),
    "walk_in": marked("Fields", "Walk-in"),
    "year": marked("Fields", "Year"),
}

#: Tables whose ``category`` is a milestone category, stored as its key ("business model").
_CATEGORY_TABLES = frozenset({"milestones", "milestone_template_items"})
#: What the listener stores for a secret's value (services/audit.py).
_HIDDEN = "(hidden)"
#: A value longer than this is cut in a line of the trail; the stored value is whole.
_LONGEST_VALUE = 80


def table_noun(table: str) -> str:
    """What a person calls a record of ``table``, in the language spoken, as a noun inside
    a sentence: ``assessment`` (``vurdering``) for ``assessments``. A table with no noun
    (one dropped since its entries were written) is named as it is."""
    noun = TABLE_NOUNS.get(table)
    return translate(_RECORDS, noun) if noun is not None else table


def table_heading(table: str) -> str:
    """:func:`table_noun` heading a cell or a choice: ``Assessment``, ``Vurdering``."""
    if table not in TABLE_NOUNS:
        return table
    noun = table_noun(table)
    return noun[:1].upper() + noun[1:]


def record_words(table: str, record_id: int, *, heading: bool = False) -> str:
    """One record as a person names it: ``assessment 50`` (``vurdering 50``), or
    ``Assessment 50`` where it heads a cell."""
    noun = table_heading(table) if heading else table_noun(table)
    return _tr("{0} {1}", "a record: what it is and its number").format(noun, record_id)


def field_words(table: str, field: str) -> str | None:
    """What the forms call ``field`` of ``table``, in the language spoken: its words in
    :data:`COLUMN_WORDS` or ``errors.FIELD_LABELS``; a link to another record
    (``assessor_id``), the words of its name without ``_id`` (``Assessor``) or else the
    linked table's noun (``Assessment``). None when there are none."""
    known = COLUMN_WORDS.get(field) or FIELD_LABELS.get(field)
    if known is not None:
        return translate(_FIELDS, known)
    linked = _linked_table(table, field)
    if linked is None:
        return None
    stem = FIELD_LABELS.get(field.removesuffix("_id"))
    if stem is not None:
        return translate(_FIELDS, stem)
    return table_heading(linked) if linked in TABLE_NOUNS else None


def field_label(table: str, field: str) -> str:
    """:func:`field_words`, or the field's name made readable when it has none."""
    return field_words(table, field) or field.replace("_", " ").capitalize()


def value_words(table: str, field: str, value: Any) -> str:
    """A field's value as the trail stored it (``_plain`` in services/audit.py), shown in
    the language spoken: a linked record as ``vurdering 50``, a status in words, a yes or
    no, a date as dates are written; anything else as stored, a long text cut."""
    if value is None or value == "":
        return "—"
    if field in SECRET_FIELDS and value == _HIDDEN:
        return _tr("(hidden)")
    column = _column(table, field)
    if column is not None:
        shown = _typed_words(table, field, column, value)
        if shown is not None:
            return shown
    if isinstance(value, dict | list):
        value = json.dumps(value, ensure_ascii=False)
    text = str(value)
    return text if len(text) <= _LONGEST_VALUE else text[: _LONGEST_VALUE - 3] + "…"


def _typed_words(table: str, field: str, column: Column[Any], value: Any) -> str | None:
    linked = _linked_table(table, field)
    if linked is not None:
        return record_words(linked, value) if isinstance(value, int) else None
    if field == "category" and table in _CATEGORY_TABLES and isinstance(value, str):
        return category_words(value)
    try:
        kind = column.type.python_type
    except NotImplementedError:
        return None
    try:
        if kind is bool and isinstance(value, bool):
            return _tr("Yes") if value else _tr("No")
        if kind is dt.datetime and isinstance(value, str):
            moment = dt.datetime.fromisoformat(value)
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=dt.UTC)
            return format_datetime(moment.astimezone())
        if kind is dt.date and isinstance(value, str):
            return format_date(dt.date.fromisoformat(value))
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            member = kind(value)
            return in_words(member) if member in WORDS else None
    except ValueError:
        return None  # stored before the field's type changed: shown as stored
    return None


def _column(table: str, field: str) -> Column[Any] | None:
    found = Base.metadata.tables.get(table)
    return found.c.get(field) if found is not None else None


def _linked_table(table: str, field: str) -> str | None:
    """The table ``field`` of ``table`` points to, if it is a link to another record."""
    column = _column(table, field)
    if column is None:
        return None
    # A column in a composite link (a membership's cluster_id, in its tier's key too)
    # points at the record whose primary key it holds.
    linked = sorted(
        link.column.table.name for link in column.foreign_keys if link.column.primary_key
    )
    return linked[0] if linked else None


@functools.cache
def _class_names() -> dict[str, str]:
    """Each table's class, by whose name the listener begins a summary."""
    return {
        mapper.class_.__tablename__: mapper.class_.__name__
        for mapper in Base.registry.mappers
        if hasattr(mapper.class_, "__tablename__")
    }


def _stored_name(table: str, summary: str) -> str | None:
    """The record's name or title in the listener's summary (``Company 'Havbris AS'``);
    "" when it stored none (``Enrolment``); None when the summary is not the listener's."""
    class_name = _class_names().get(table)
    if class_name is None:
        return None
    if summary == class_name:
        return ""
    prefix = class_name + " "
    if not summary.startswith(prefix):
        return None
    try:
        name = ast.literal_eval(summary[len(prefix) :])
    except (ValueError, SyntaxError):
        return None
    return name if isinstance(name, str) and name else None


@dataclass(frozen=True)
class AuditRecord:
    """One entry as stored; the methods word it in the language spoken when it is shown."""

    id: int
    at: dt.datetime
    user_id: int | None
    username: str
    action: AuditAction
    table_name: str
    record_id: int
    summary: str  # as stored: the listener's English, kept as it was written
    changes: dict[str, list[Any]]

    def record_words(self) -> str:
        """The record the entry is about: ``Company 12`` (``Selskap 12``)."""
        return record_words(self.table_name, self.record_id, heading=True)

    def summary_words(self) -> str:
        """The record by its name: ``Company 'Havbris AS'`` (``Selskap «Havbris AS»``), or
        its kind where it has no name (``Enrolment``). A summary not in the listener's
        form (or of a table with no noun) is shown as stored."""
        name = _stored_name(self.table_name, self.summary)
        if name is None or self.table_name not in TABLE_NOUNS:
            return self.summary
        noun = table_heading(self.table_name)
        if not name:
            return noun
        return _tr("{0} {1}", "a record: what it is and its name").format(noun, quoted(name))

    def describe_changes(self) -> str:
        """One line per field: ``Sector: Aquaculture → Subsea`` (``Bransje: …``). A record
        created or removed lists the fields it had, not those left empty."""
        lines = []
        for field, (old, new) in self.changes.items():
            label = field_label(self.table_name, field)
            if self.action is not AuditAction.UPDATE:
                value = new if self.action is AuditAction.CREATE else old
                if value is not None and value != "":
                    lines.append(_tr("{0}: {1}").format(label, self._value(field, value)))
            else:
                lines.append(
                    _tr("{0}: {1} → {2}").format(
                        label, self._value(field, old), self._value(field, new)
                    )
                )
        return "\n".join(lines)

    def _value(self, field: str, value: Any) -> str:
        return value_words(self.table_name, field, value)


@dataclass(frozen=True)
class AuditFilter:
    user: str | None = None  # username as recorded
    table_name: str | None = None
    record_id: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None  # inclusive


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
        atomically and with formula-like cells neutralised; returns how many. Worded as
        the page words them, in the language spoken; the moment in UTC, as stored."""
        from accelerator.services.exporting import Sheet, save_sheet

        rows = self.entries(where, limit=10_000_000)
        sheet = Sheet(
            title=_tr("Audit trail"),
            headers=(
                _tr("When (UTC)"),
                _tr("User"),
                _tr("Action"),
                _tr("Record type"),
                _tr("No."),
                _tr("Summary"),
                _tr("Changes"),
            ),
            rows=[
                (
                    r.at.strftime("%Y-%m-%d %H:%M:%S"),
                    r.username,
                    in_words(r.action),
                    table_heading(r.table_name),
                    r.record_id,
                    r.summary_words(),
                    r.describe_changes(),
                )
                for r in rows
            ],
        )
        save_sheet(sheet, path)
        return len(rows)


def _start_of(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
