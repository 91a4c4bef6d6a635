"""Writing a plan, the last stage of importing: every row or none, with its audit trail.

Writes are bulk Core statements, because a hundred thousand companies must not go
through the ORM one object at a time; that bypasses the session's audit listener, so
this module writes the same audit rows itself, in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import itertools
import json
import operator
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from json.encoder import ESCAPE, encode_basestring
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, inspect, literal_column, select, update
from sqlalchemy.orm import Session

from accelerator.domain.enums import (
    AuditAction,
    EnrolmentStatus,
    MilestoneStatus,
    OrganisationKind,
)
from accelerator.domain.import_rows import RowAction
from accelerator.domain.milestones import due_date_for
from accelerator.i18n import in_context
from accelerator.models import (
    AuditEntry,
    Base,
    Cohort,
    Company,
    Contact,
    Enrolment,
    Milestone,
)
from accelerator.models.base import utcnow
from accelerator.services.audit import SKIPPED_FIELDS, note_written
from accelerator.services.audit import _plain as audit_value
from accelerator.services.base import Actor
from accelerator.services.clusters import cluster_key, clusters_by_key, find_or_create_cluster
from accelerator.services.importing.fields import RowError
from accelerator.services.importing.planning import (
    COMPANY_FIELDS,
    Plan,
    PlannedRow,
    folded_cluster,
    table_of,
)
from accelerator.services.programmes import active_template_items

_tr = in_context("Import")


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote."""

    created: int
    updated: int
    unchanged: int
    skipped: int
    contacts_added: int = 0
    contacts_updated: int = 0
    enrolled: int = 0
    already_enrolled: int = 0
    milestones: int = 0
    cohort_name: str | None = None
    company_ids: tuple[int, ...] = ()  # every company the file named, in row order
    warnings: tuple[RowError, ...] = ()  # e.g. a company without a number added again

    @property
    def summary(self) -> str:
        parts = [
            _tr("{0} created, {1} updated, {2} unchanged, {3} skipped").format(
                self.created, self.updated, self.unchanged, self.skipped
            )
        ]
        if self.contacts_added or self.contacts_updated:
            parts.append(
                _tr("contacts: {0} added, {1} updated").format(
                    self.contacts_added, self.contacts_updated
                )
            )
        if self.cohort_name is not None:
            if self.already_enrolled:
                enrolled = _tr("{0} enrolled in {1} (%n already were)", n=self.already_enrolled)
            else:
                enrolled = _tr("{0} enrolled in {1}")
            parts.append(enrolled.format(self.enrolled, self.cohort_name))
        return "; ".join(parts)


class _Audit:
    """Audit rows shaped exactly as the session's listener writes them (services/audit.py):
    one per created or changed record, ``changes`` a JSON object of field -> [old, new]."""

    def __init__(self, actor: Actor, at: dt.datetime) -> None:
        self.actor = actor
        self.at = at
        # (action, table) -> the rows' record ids, summaries and changes, column by column;
        # what all rows of a group share goes into the statement.
        self.groups: dict[tuple[AuditAction, str], tuple[list[int], list[str], list[str]]] = {}

    @property
    def count(self) -> int:
        return sum(len(ids) for ids, _summaries, _changes in self.groups.values())

    def _group(
        self, action: AuditAction, model: type[Base]
    ) -> tuple[list[int], list[str], list[str]]:
        return self.groups.setdefault((action, model.__tablename__), ([], [], []))

    def created(
        self,
        model: type[Base],
        record_ids: Sequence[int],
        rows: Sequence[dict[str, Any]],
        summaries: Sequence[str],
        shared: Mapping[str, Any] | None = None,
    ) -> None:
        """One audit row per new record: ``rows`` as inserted, with their ids and summaries;
        ``shared`` the values every row has in common (inserted as such)."""
        common = shared or {}
        columns = {
            key: list(map(dict.get, rows, itertools.repeat(key)))
            for key, _prefix, _convert in _audit_columns(model)
            if key not in common
        }
        self.created_columns(model, record_ids, columns, summaries, common)

    def created_columns(
        self,
        model: type[Base],
        record_ids: Sequence[int],
        columns: Mapping[str, Sequence[Any]],
        summaries: Sequence[str],
        shared: Mapping[str, Any] | None = None,
    ) -> None:
        """:meth:`created` given the rows column by column: ``columns`` holds each audited
        column's values (None for a column a record leaves empty), but those in ``shared``.

        The listener's changes for a new record are {field: [null, value]} for each
        audited column that is not None, in column order. They are written out directly,
        a column at a time for every row, because building and encoding a dict per row
        (and then a loop over the columns per row) was a third of a large import's time;
        the output is the same text as json.dumps(changes, ensure_ascii=False, default=str).
        """
        count = len(record_ids)
        if not count:
            return
        common = shared or {}
        # Each row's text is joined from pieces: text all rows share, between columns of
        # values. A column that is never None puts its field's text in the shared text,
        # and its values, as JSON, in a column; a column of text that JSON need not escape
        # is used as it is, between quotes. A column that is sometimes None is a column of
        # ', "field": [null, <value>]' or nothing. When such a column comes first, every
        # row starts '{, ' (or is '{}'), and that comma is dropped.
        pieces: list[str | Sequence[str]] = ["{"]
        first_nullable = None
        for key, prefix, convert in _audit_columns(model):
            comma = "" if first_nullable is None else ", "
            if key in common:
                if common[key] is not None:
                    pieces.append(f"{comma}{prefix}{_json_text(common[key], convert)}]")
                    first_nullable = first_nullable or False
                continue
            values = columns.get(key) or [None] * count
            distinct = _few_values(values, count)
            if distinct is not None:
                # Each value's text made once, and looked up for every row: a country,
                # a sector, a cluster, or a column the file does not have.
                nullable = None in distinct
                lead = ", " if nullable else comma
                texts = {
                    v: f"{lead}{prefix}{_json_text(v, convert)}]" if v is not None else ""
                    for v in distinct
                }
                if len(texts) == 1:
                    pieces.append(texts.popitem()[1])  # the same for every row
                else:
                    pieces.append(list(map(texts.__getitem__, values)))
                if distinct != {None}:
                    if nullable:
                        first_nullable = first_nullable is None or first_nullable
                    else:
                        first_nullable = first_nullable or False
                continue
            if not convert and _plain_text(values):
                pieces.extend((f'{comma}{prefix}"', values, '"]'))
                first_nullable = first_nullable or False
                continue
            encoded, nullable = _encoded_column(values, convert)
            if nullable:
                pieces.append([f", {prefix}{v}]" if v is not None else "" for v in encoded])
                first_nullable = first_nullable is None or first_nullable
            else:
                pieces.extend((f"{comma}{prefix}", cast(list[str], encoded), "]"))
                first_nullable = first_nullable or False
        pieces.append("}")
        changes = list(map("".join, zip(*_repeated(pieces, count), strict=True)))
        if first_nullable:
            changes = list(
                map(str.replace, changes, _REPEAT_FIRST_COMMA, _REPEAT_OPEN, _REPEAT_ONE)
            )
        if len(changes) != count or len(summaries) != count:
            raise ValueError("an audit row each: as many ids, summaries and rows")
        ids, summary_list, change_list = self._group(AuditAction.CREATE, model)
        ids.extend(record_ids)
        summary_list.extend(summaries)
        change_list.extend(changes)

    def updated(
        self,
        model: type[Base],
        record_id: int,
        changes: Mapping[str, tuple[Any, Any]],
        summary: str,
    ) -> None:
        shaped = {
            k: [audit_value(changes[k][0]), audit_value(changes[k][1])]
            for k in _audited_columns(model)
            if k in changes
        }
        ids, summaries, change_list = self._group(AuditAction.UPDATE, model)
        ids.append(record_id)
        summaries.append(summary)
        change_list.append(_AUDIT_JSON.encode(shaped))

    def write(self, s: Session) -> None:
        """Every audit row, in this transaction: the change and its trail commit together."""
        for (action, table_name), (ids, summaries, changes) in self.groups.items():
            shared = {
                "at": self.at,
                "user_id": self.actor.user_id,
                "username": self.actor.username,
                "action": action,
                "table_name": table_name,
            }
            columns: dict[str, Sequence[Any]] = {
                "record_id": ids,
                "summary": summaries,
                "changes": changes,
            }
            _executemany_columns(s, table_of(AuditEntry), columns, len(ids), shared)
        note_written(s, (table_name for _action, table_name in self.groups))


# The listener's json.dumps(changes, ensure_ascii=False, default=str), made once.
_AUDIT_JSON = json.JSONEncoder(ensure_ascii=False, default=str)
# str.replace's arguments, for every row: the first ", " after the "{" goes.
_REPEAT_FIRST_COMMA = itertools.repeat("{, ")
_REPEAT_OPEN = itertools.repeat("{")
_REPEAT_ONE = itertools.repeat(1)


def _repeated(pieces: Sequence[str | Sequence[str]], count: int) -> list[Sequence[str]]:
    """``pieces`` with neighbouring texts as one, each text repeated ``count`` times."""
    merged: list[Sequence[str]] = []
    text = ""
    for piece in pieces:
        if isinstance(piece, str):
            text += piece
            continue
        if text:
            merged.append([text] * count)
            text = ""
        merged.append(piece)
    if text:
        merged.append([text] * count)
    return merged


def _few_values(values: Sequence[Any], count: int) -> set[Any] | None:
    """The distinct values of a column that holds few (at most one in four rows), all
    None or of one type whose equal values are written alike in JSON (text, whole
    numbers, truth values, days, enums); None for any other column."""
    try:
        if len(set(values[:256])) > 64:  # a name, a number: many, as the first rows show
            return None
        distinct = set(values)
    except TypeError:  # a value that cannot be hashed
        return None
    if len(distinct) > max(1, count // 4):
        return None
    kinds = set(map(type, values))  # of every value: 1 and True are one in a set
    kinds.discard(type(None))
    if len(kinds) > 1:
        return None
    if kinds and not (kinds <= _WRITTEN_ALIKE or issubclass(next(iter(kinds)), enum.Enum)):
        return None
    return distinct


# Types whose equal values json.dumps writes alike (not float: 0.0 == -0.0; not datetime:
# equal times in two time zones).
_WRITTEN_ALIKE = frozenset({str, int, bool, dt.date})


def _plain_text(values: Sequence[Any]) -> bool:
    """Whether every value is text that JSON writes as it is, between quotes: no quote,
    backslash or control character (json.dumps with ensure_ascii=False)."""
    try:
        text = "".join(values)  # refuses anything but text
    except TypeError:
        return False
    return ESCAPE.search(text) is None


def _encoded_column(values: Sequence[Any], convert: bool) -> tuple[list[str | None], bool]:
    """A column's values as JSON text (None stays None), and whether any is None. A
    column's values are nearly always of one type, encoded by one C function over it."""
    kinds = set(map(type, values))
    nullable = type(None) in kinds
    kinds.discard(type(None))
    encode = _ENCODERS.get(kinds.pop()) if len(kinds) == 1 and not convert else None
    if encode is None:
        return [_json_text(v, convert) if v is not None else None for v in values], nullable
    if not nullable:
        return list(map(encode, values)), False
    return [encode(v) if v is not None else None for v in values], True


def _json_text(value: Any, convert: bool) -> str:
    """``value`` in JSON, as json.dumps(ensure_ascii=False, default=str) writes it after
    the listener's _plain() (when ``convert``: dates and enums become text)."""
    if convert:
        value = audit_value(value)
    encode = _ENCODERS.get(value.__class__)
    return encode(value) if encode is not None else _AUDIT_JSON.encode(value)


# JSON text of a value of exactly these types, as json.dumps(ensure_ascii=False) writes it.
_ENCODERS: dict[type, Callable[[Any], str]] = {
    str: encode_basestring,
    int: int.__repr__,
    bool: {True: "true", False: "false"}.__getitem__,
}


def _escaped(text: str) -> str:
    """``text`` as it stands in a %-template."""
    return text.replace("%", "%%")


@functools.cache
def _audited_columns(model: type[Base]) -> tuple[str, ...]:
    """The columns the audit listener records, in its order."""
    return tuple(a.key for a in inspect(model).column_attrs if a.key not in SKIPPED_FIELDS)


@functools.cache
def _audit_columns(model: type[Base]) -> tuple[tuple[str, str, bool], ...]:
    """Per audited column: its name, the JSON text before a new value ('"name": [null, '),
    and whether the listener's _plain() turns the value into text first (dates, enums)."""
    table = table_of(model)
    return tuple(
        (
            key,
            f"{encode_basestring(key)}: [null, ",
            _python_type(table.c[key]) not in (str, int, float, bool),
        )
        for key in _audited_columns(model)
    )


def _python_type(column: Any) -> type | None:
    try:
        return cast(type, column.type.python_type)
    except NotImplementedError:
        return None


def _executemany(
    s: Session,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    shared: Mapping[str, Any] | None = None,
) -> None:
    """A Core ``insert(table)`` of ``rows`` (all with the keys of the first), run as one
    DB-API executemany: :func:`_executemany_columns` with the rows taken apart."""
    if not rows:
        return
    fixed = shared or {}
    columns = {k: list(map(operator.itemgetter(k), rows)) for k in rows[0] if k not in fixed}
    _executemany_columns(s, table, columns, len(rows), fixed)


def _executemany_columns(
    s: Session,
    table: Table,
    columns: Mapping[str, Sequence[Any]],
    count: int,
    shared: Mapping[str, Any] | None = None,
) -> None:
    """A Core ``insert(table)`` of ``count`` rows given column by column, run as one
    DB-API executemany.

    SQLAlchemy's own executemany builds each row's parameters through several layers,
    about 9 µs a row on the test machine against 3 µs for the driver (100,000 audit
    rows: 1.35 s against 0.48 s). This compiles the same INSERT for the session's
    dialect and passes each value through its column type's bind processor, as
    SQLAlchemy would, so what is stored is the same. ``shared`` holds the values every
    row has in common. On SQLite those, and the columns with one value throughout (a
    column the file does not have, every country Norway), are written into the
    statement as literals when they are plain text, whole numbers or NULL: binding them
    again for every row costs the driver more than the rest of a narrow row.
    """
    if not count:
        return
    conn = s.connection()
    dialect = conn.dialect
    fixed = dict(shared or {})
    varying = [k for k in columns if k not in fixed]
    compiled = insert(table).compile(dialect=dialect, column_keys=varying + list(fixed))
    order = list(compiled.positiontup or [])
    # A column the rows leave out whose default is a plain value (a record's row_version
    # of 1) is in the statement too: every row has that value, as SQLAlchemy would give.
    for k in order:
        default = table.c[k].default
        if k not in fixed and k not in varying and default is not None and default.is_scalar:
            fixed[k] = default.arg  # type: ignore[attr-defined]
    if not compiled.positional or sorted(order) != sorted(varying + list(fixed)):
        # A driver with named parameters: let SQLAlchemy do it.
        statement = insert(table).values(fixed) if fixed else insert(table)
        each_row = zip(*(columns[k] for k in varying), strict=True)
        rows = [dict(zip(varying, values, strict=True)) for values in each_row]
        s.execute(statement, rows)
        return
    sqlite = dialect.name == "sqlite"
    # Each column as the driver takes it: a value for all rows, or a value a row.
    for_all: dict[str, Any] = {}
    for k in fixed:
        processor = table.c[k].type.bind_processor(dialect)
        for_all[k] = processor(fixed[k]) if processor else fixed[k]
    by_row: dict[str, Sequence[Any]] = {}
    for k in varying:
        processor = table.c[k].type.bind_processor(dialect)
        values = list(map(processor, columns[k])) if processor else columns[k]
        if sqlite and _same_throughout(values, count):
            for_all[k] = values[0]  # a column the file leaves blank, a country...
        else:
            by_row[k] = values
    literals: dict[str, str] = {}
    if sqlite:
        for k, value in for_all.items():
            # As the driver adapts it (a datetime to its text), once for every row.
            for_all[k] = value = sqlite3.adapt(value, sqlite3.PrepareProtocol, value)
            literal = _sqlite_literal(value)
            if literal is not None:
                literals[k] = literal
    compiled, order = _positional_insert(table, dialect, list(by_row) + list(for_all), literals)
    # Column by column, then zipped into rows: the per-row work stays in C.
    params = [itertools.repeat(for_all[k], count) if k in for_all else by_row[k] for k in order]
    conn.exec_driver_sql(compiled.string, list(zip(*params, strict=False)))


def _positional_insert(
    table: Table, dialect: Any, keys: list[str], literals: Mapping[str, str]
) -> tuple[Any, list[str]]:
    """The INSERT of ``keys``, those in ``literals`` written into it, compiled with
    positional parameters, and the keys of its parameters in their order; with every key
    a parameter if the literals cannot be placed so."""
    if literals:
        statement = insert(table).values({k: literal_column(v) for k, v in literals.items()})
        bound = [k for k in keys if k not in literals]
        compiled = statement.compile(dialect=dialect, column_keys=bound)
        order = list(compiled.positiontup or [])
        if compiled.positional and sorted(order) == sorted(bound):
            return compiled, order
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    order = list(compiled.positiontup or [])
    if not compiled.positional or sorted(order) != sorted(keys):
        raise RuntimeError(f"cannot insert into {table.name} with positional parameters")
    return compiled, order


def _same_throughout(values: Sequence[Any], count: int) -> bool:
    """Whether every value is the same text, whole number or None, of the same type."""
    first = values[0]
    if first is not None and first.__class__ not in (str, int):
        return False
    if values[-1] != first or values[count // 2] != first:  # most columns differ early
        return False
    return values.count(first) == count and set(map(type, values)) == {first.__class__}


def _sqlite_literal(value: Any) -> str | None:
    """``value``, as the driver would bind it, as an SQLite literal that stores the same
    value; None for a value better bound (a float, bytes, text with a NUL)."""
    if value is None:
        return "NULL"
    kind = value.__class__
    if kind is int:
        return int.__repr__(value)
    if kind is str and "\x00" not in value:
        return "'" + str.replace(value, "'", "''") + "'"
    return None


def _insert(
    s: Session,
    model: type[Base],
    rows: list[dict[str, Any]],
    shared: Mapping[str, Any] | None = None,
) -> list[int]:
    """Insert ``rows`` (all with the keys of the first) with one executemany and return
    their new ids, in order: :func:`_insert_columns` with the rows taken apart."""
    if not rows:
        return []
    columns = {k: list(map(operator.itemgetter(k), rows)) for k in rows[0]}
    return _insert_columns(s, model, columns, len(rows), shared)


def _insert_columns(
    s: Session,
    model: type[Base],
    columns: Mapping[str, Sequence[Any]],
    count: int,
    shared: Mapping[str, Any] | None = None,
) -> list[int]:
    """Insert ``count`` rows given column by column with one executemany and return
    their new ids, in order.

    On SQLite this transaction began with BEGIN IMMEDIATE, so it alone writes: the ids
    after the largest one are free, and handing them out here spares RETURNING, which
    makes SQLAlchemy render the rows as multi-VALUES batches at about twice the cost.
    Elsewhere (PostgreSQL) RETURNING with the parameters' order is the safe way.
    """
    if not count:
        return []
    table = table_of(model)
    id_column = table.c.id
    if s.get_bind().dialect.name == "sqlite":
        start = (s.scalar(select(func.max(id_column))) or 0) + 1
        ids = list(range(start, start + count))
        _executemany_columns(s, table, {**columns, "id": ids}, count, shared)
        return ids
    statement = insert(table).returning(id_column, sort_by_parameter_order=True)
    if shared:
        statement = statement.values(dict(shared))
    keys = list(columns)
    rows = [dict(zip(keys, values, strict=True)) for values in zip(*columns.values(), strict=True)]
    return list(s.scalars(statement, rows))


def _summary(model: type[Base], label: str) -> str:
    """The audit listener's label: the class name and the record's name or title."""
    return f"{model.__name__} {label!r}" if label else model.__name__


def write_plan(s: Session, plan: Plan, cohort: Cohort | None, actor: Actor) -> ImportResult:
    """Write a plan without errors, and its audit rows, in the transaction of ``s``.

    With ``cohort``, every company the plan names is enrolled in it (unless it already
    is), with its milestone checklist copied from the programme's template.
    """
    at = utcnow()
    audit = _Audit(actor, at)
    rows = plan.rows
    by_action: dict[RowAction, list[PlannedRow]] = {a: [] for a in RowAction}
    for r in rows:
        by_action[r.action].append(r)
    creating, updating = by_action[RowAction.CREATE], by_action[RowAction.UPDATE]
    written = [r for r in rows if r.action in _WRITTEN] if updating else creating
    clusters = _clusters_named(s, written)
    company_ids = _create_companies(s, creating, clusters, audit, at)
    _update_companies(s, updating, clusters, audit)
    added, updated = _write_contacts(s, rows, audit)
    enrolled = already = milestones = 0
    ids = tuple(filter(_IS_NOT_NONE, map(operator.attrgetter("company_id"), rows)))
    if cohort is not None:
        enrolled, already, milestones = _enrol(s, cohort, ids, audit, at)
    audit.write(s)
    counts = {a: len(planned) for a, planned in by_action.items()}
    return ImportResult(
        created=len(company_ids),
        updated=counts[RowAction.UPDATE],
        unchanged=counts[RowAction.UNCHANGED],
        skipped=counts[RowAction.SKIP],
        contacts_added=added,
        contacts_updated=updated,
        enrolled=enrolled,
        already_enrolled=already,
        milestones=milestones,
        cohort_name=cohort.name if cohort is not None else None,
        company_ids=ids,
        warnings=tuple(plan.warnings),
    )


_WRITTEN = (RowAction.CREATE, RowAction.UPDATE)
_IS_NOT_NONE = functools.partial(operator.is_not, None)


def _clusters_named(s: Session, rows: list[PlannedRow]) -> dict[str, int]:
    """The cluster of each home cluster the rows to write (created or updated, in row
    order) name, by ``cluster_key``; one not on record is made now (a partner cluster,
    with the usual tiers), as the company form makes one. Made through the session, whose
    listener writes their audit rows."""
    known = clusters_by_key(s)
    # Each name once, in the order of the rows that first name it.
    values = map(operator.attrgetter("values"), rows)
    for name in dict.fromkeys(map(str, map(operator.itemgetter("home_cluster"), values))):
        find_or_create_cluster(s, name, known=known)
    return {key: cluster.id for key, cluster in known.items()}


def _columns(values: Mapping[str, Any], clusters: Mapping[str, int]) -> dict[str, Any]:
    """A row's values as the companies table holds them: its cluster by id."""
    row = dict(values)  # copied in C; then the name of its cluster becomes its id
    row["cluster_id"] = clusters.get(folded_cluster(str(row.pop("home_cluster"))))
    return row


def _create_companies(
    s: Session,
    rows: list[PlannedRow],
    clusters: Mapping[str, int],
    audit: _Audit,
    at: dt.datetime,
) -> list[int]:
    if not rows:
        return []
    # The columns, as validate_company gives them, a new organisation being a company;
    # taken column by column (in C), the name of a row's cluster becoming its id.
    values = [r.values for r in rows]
    columns = {k: list(map(operator.itemgetter(k), values)) for k in values[0]}
    homes = map(folded_cluster, map(str, columns.pop("home_cluster")))
    columns["cluster_id"] = list(map(clusters.get, homes))
    kind = {"kind": OrganisationKind.COMPANY}
    ids = _insert_columns(s, Company, columns, len(rows), {"created_at": at, **kind})
    for r, company_id in zip(rows, ids, strict=True):
        r.company_id = company_id
    names = list(map(str, columns["name"]))
    if all(names):
        summaries = list(map(f"{Company.__name__} {{!r}}".format, names))
    else:
        summaries = [_summary(Company, name) for name in names]
    audit.created_columns(Company, ids, columns, summaries, kind)
    return ids


def _update_companies(
    s: Session, rows: list[PlannedRow], clusters: Mapping[str, int], audit: _Audit
) -> None:
    if not rows:
        return
    companies = table_of(Company)
    statement = update(companies).where(companies.c.id == bindparam("b_id"))
    params = [
        {"b_id": r.company_id, **_columns({k: r.values[k] for k in COMPANY_FIELDS}, clusters)}
        for r in rows
    ]
    s.execute(statement, params)
    for r in rows:
        assert r.company_id is not None
        changes = dict(r.changes)
        if "home_cluster" in changes:  # recorded as the listener does: the link's ids
            old, new = changes.pop("home_cluster")
            changes["cluster_id"] = (
                clusters.get(cluster_key(str(old or ""))),
                clusters.get(cluster_key(str(new or ""))),
            )
        audit.updated(Company, r.company_id, changes, _summary(Company, str(r.values["name"])))


def _write_contacts(s: Session, rows: list[PlannedRow], audit: _Audit) -> tuple[int, int]:
    new = [r for r in rows if r.contact is not None and r.contact_id is None]
    changed = [r for r in rows if r.contact_id is not None and r.contact_changes]
    contacts = table_of(Contact)
    if new:
        values = [{"company_id": r.company_id, **(r.contact or {})} for r in new]
        contact_ids = _insert(s, Contact, values)
        summaries = [_summary(Contact, str(v["name"])) for v in values]
        audit.created(Contact, contact_ids, values, summaries)
    if changed:
        # Only the fields that change: a blank cell keeps what is on record.
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for r in changed:
            assert r.contact is not None and r.contact_id is not None
            keys = tuple(sorted(r.contact_changes))
            groups[keys].append(
                {
                    "b_id": r.contact_id,
                    **{k: new_value for k, (_, new_value) in r.contact_changes.items()},
                }
            )
            audit.updated(
                Contact, r.contact_id, r.contact_changes, _summary(Contact, r.contact["name"])
            )
        # One statement sets one set of columns, so one executemany per set.
        for _, group in sorted(groups.items()):
            s.execute(update(contacts).where(contacts.c.id == bindparam("b_id")), group)
    return len(new), len(changed)


def _enrol(
    s: Session,
    cohort: Cohort,
    company_ids: Sequence[int],
    audit: _Audit,
    at: dt.datetime,
) -> tuple[int, int, int]:
    """Enrol the companies in the cohort as EnrolmentService.enrol does, in bulk."""
    enrolments = table_of(Enrolment)
    already = set(
        s.scalars(select(enrolments.c.company_id).where(enrolments.c.cohort_id == cohort.id))
    )
    wanted = list(dict.fromkeys(c for c in company_ids if c not in already))
    if not wanted:
        return 0, len(set(company_ids)), 0
    values = [
        {
            "cohort_id": cohort.id,
            "company_id": company_id,
            "joined_on": cohort.start_date,
            "status": EnrolmentStatus.ACTIVE,
            "status_changed_on": None,
            "status_reason": "",
            "created_at": at,
        }
        for company_id in wanted
    ]
    enrolment_ids = _insert(s, Enrolment, values)
    audit.created(Enrolment, enrolment_ids, values, [_summary(Enrolment, "")] * len(values))
    items = active_template_items(s, cohort.programme_id)
    milestone_values = [
        {
            "enrolment_id": enrolment_id,
            "template_item_id": item.id,
            "position": position,
            "title": item.title,
            "category": item.category,
            "description": item.description,
            "due_date": (
                None
                if item.due_offset_weeks is None
                else due_date_for(cohort.start_date, item.due_offset_weeks)
            ),
            "status": MilestoneStatus.NOT_STARTED,
            "completed_on": None,
            "evidence": "",
            "blocked_reason": "",
        }
        for enrolment_id in enrolment_ids
        for position, item in enumerate(items)
    ]
    milestone_ids = _insert(s, Milestone, milestone_values)
    summaries = [_summary(Milestone, str(v["title"])) for v in milestone_values]
    audit.created(Milestone, milestone_ids, milestone_values, summaries)
    return len(wanted), len(set(company_ids)) - len(wanted), len(milestone_values)
