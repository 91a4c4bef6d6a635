"""Member figures (``services.figures``): each organisation's numbers for a year, and the
cluster's own figures beside the standard ones.

A figure is named by its *key*: a standard one by its :class:`KpiMetric` value
(``"revenue"``, ``"fte"``), a cluster's own by ``"custom:<id>"``. A figure not on record
is missing (no row, no value), never 0.

The API (what the window and the command line call):

- ``fields(include_retired=False)`` -> list[FigureField]: the standard figures in the
  order of :class:`KpiMetric`, then the cluster's own active ones by position (retired
  ones too when asked: they keep the values recorded against them).
- ``field(key)`` -> FigureField; ValidationError for a key that names no figure.
- ``of_organisation(organisation_id)`` -> list[FigureValue]: every value of the
  organisation, by year, quarter and the fields' order.
- ``of_year(year, *, quarter=0, organisation_ids=None)`` -> list[FigureValue]: every
  organisation's values of a year (of those organisations, if given).
- ``record(organisation_id, year, values, *, quarter=0, source=KpiSource.ENTERED,
  expected_versions=None)`` -> list[FigureValue]: sets (a number), changes or removes
  (None) the figures ``values`` names (key -> value) in one transaction, with the audit
  trail's rows; every value is checked first (:func:`accelerator.domain.figures.
  implausible`) and every problem is said at once, naming the figure (ValidationError,
  field = key); nothing is written then. ``expected_versions`` (key -> the row_version the
  form read; 0: it was missing) refuses to write over a value someone else set, changed
  or removed meanwhile (ConflictError). An unchanged value is left as it is (its source
  and time too). Hands back the organisation's values of that year and quarter.
- ``custom_fields(include_retired=True)`` -> list[CustomField]: the cluster's own.
- ``add_field(name, unit)`` -> CustomField; ``rename_field(field_id, name, *,
  expected_version=None)``; ``retire_field(field_id, *, expected_version=None)`` (offered
  no more; its values stay); ``restore_field(field_id, *, expected_version=None)``;
  ``remove_field(field_id)`` (only while no value names it).

A coordinator keeps the figures (MANAGE_FIGURES); a viewer reads every organisation's, a
mentor those of the companies in their cohorts.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from accelerator.domain.enums import KPI_UNITS, KpiMetric, KpiSource, KpiUnit, in_words
from accelerator.domain.figures import Context, implausible, normalised
from accelerator.domain.formatting import quoted
from accelerator.errors import ConflictError, PermissionDeniedError, ValidationError
from accelerator.i18n import in_context
from accelerator.models import Company, Enrolment, KpiField, KpiValue, User
from accelerator.models.base import utcnow
from accelerator.services.base import Service, get_or_raise
from accelerator.services.use_cases import UseCase
from accelerator.services.validation import Problems, clean_text

log = logging.getLogger(__name__)
_tr = in_context("Figures")

AnySelect = Select[Any]

CUSTOM_PREFIX = "custom:"
#: The years a figure may be for (the table's own check).
FIRST_YEAR, LAST_YEAR = 1900, 2200


def custom_key(field_id: int) -> str:
    """The key of a cluster's own figure: ``custom:12``."""
    return f"{CUSTOM_PREFIX}{field_id}"


@dataclass(frozen=True)
class FigureField:
    """A figure collected for every organisation: a standard one (``metric``) or one of
    the cluster's own (``custom_field_id``). ``name`` in the language spoken."""

    key: str
    metric: KpiMetric | None
    custom_field_id: int | None
    name: str
    unit: KpiUnit
    active: bool = True


@dataclass(frozen=True)
class FigureValue:
    """One recorded figure. ``recorded_by``: who recorded it (display name), "" when the
    system did (an import, the command line)."""

    id: int
    organisation_id: int
    year: int
    quarter: int
    key: str
    value: float
    source: KpiSource
    recorded_at: dt.datetime
    recorded_by: str
    row_version: int


@dataclass(frozen=True)
class CustomField:
    """A cluster's own figure: ``uses``, how many values name it (one in use is retired,
    never removed)."""

    id: int
    key: str
    name: str
    unit: KpiUnit
    position: int
    active: bool
    uses: int
    row_version: int


def standard_fields() -> list[FigureField]:
    """The standard figures, in the order of :class:`KpiMetric`."""
    return [FigureField(m.value, m, None, in_words(m), KPI_UNITS[m]) for m in KpiMetric]


def _custom(row: KpiField) -> FigureField:
    return FigureField(custom_key(row.id), None, row.id, row.name, row.unit, row.active)


def _key(row: KpiValue) -> str:
    return row.metric.value if row.metric is not None else custom_key(row.custom_field_id or 0)


class FigureService(Service):
    """Member figures and the cluster's own figure fields."""

    # --- reading --------------------------------------------------------------------------

    def fields(self, *, include_retired: bool = False) -> list[FigureField]:
        with self._read() as s:
            return [*standard_fields(), *(_custom(r) for r in _custom_rows(s, include_retired))]

    def field(self, key: str) -> FigureField:
        with self._read() as s:
            return self._field(s, key)

    def _field(self, s: Session, key: str) -> FigureField:
        found = _field_of(s, key)
        if found is None:
            raise ValidationError(
                _tr("{0} is not a member figure").format(quoted(key)), field="figure"
            )
        return found

    def of_organisation(self, organisation_id: int) -> list[FigureValue]:
        with self._read() as s:
            get_or_raise(s, Company, organisation_id, "organisation")
            self._require_organisation_visible(s, organisation_id)
            return self._values(s, KpiValue.organisation_id == organisation_id)

    def of_year(
        self, year: int, *, quarter: int = 0, organisation_ids: Iterable[int] | None = None
    ) -> list[FigureValue]:
        conditions: list[Any] = [KpiValue.year == year, KpiValue.quarter == quarter]
        if organisation_ids is not None:
            conditions.append(KpiValue.organisation_id.in_(list(organisation_ids)))
        visible = self._visible_organisations()
        if visible is not None:
            conditions.append(KpiValue.organisation_id.in_(visible))
        with self._read() as s:
            return self._values(s, *conditions)

    def _values(self, s: Session, *conditions: Any) -> list[FigureValue]:
        order = {f.key: i for i, f in enumerate(self._all_fields(s))}
        rows = s.execute(
            select(KpiValue, func.coalesce(User.display_name, User.username))
            .outerjoin(User, User.id == KpiValue.recorded_by_id)
            .where(*conditions)
        ).all()
        values = [_value(row, by or "") for row, by in rows]
        values.sort(
            key=lambda v: (v.organisation_id, v.year, v.quarter, order.get(v.key, len(order)))
        )
        return values

    def _all_fields(self, s: Session) -> list[FigureField]:
        return [*standard_fields(), *(_custom(r) for r in _custom_rows(s, True))]

    def _visible_organisations(self) -> AnySelect | None:
        visible = self._visible_cohorts()
        if visible is None:
            return None
        return select(Enrolment.company_id).where(Enrolment.cohort_id.in_(visible))

    def _require_organisation_visible(self, s: Session, organisation_id: int) -> None:
        visible = self._visible_organisations()
        if visible is None:
            return
        if s.scalar(visible.where(Enrolment.company_id == organisation_id).limit(1)) is None:
            raise PermissionDeniedError(
                _tr("{0} may read the figures of the companies in their cohorts only").format(
                    self._actor.username
                )
            )

    # --- recording ------------------------------------------------------------------------

    def record(
        self,
        organisation_id: int,
        year: int,
        values: Mapping[str, float | None],
        *,
        quarter: int = 0,
        source: KpiSource = KpiSource.ENTERED,
        expected_versions: Mapping[str, int] | None = None,
    ) -> list[FigureValue]:
        self._require_to(UseCase.MANAGE_FIGURES)
        with self._write() as s:
            get_or_raise(s, Company, organisation_id, "organisation")
            self._store(
                s,
                organisation_id,
                year,
                values,
                quarter=quarter,
                source=KpiSource(source),
                expected_versions=expected_versions or {},
            )
            s.flush()
            return self._values(
                s,
                KpiValue.organisation_id == organisation_id,
                KpiValue.year == year,
                KpiValue.quarter == quarter,
            )

    def _store(
        self,
        s: Session,
        organisation_id: int,
        year: int,
        values: Mapping[str, float | None],
        *,
        quarter: int,
        source: KpiSource,
        expected_versions: Mapping[str, int],
        where: Mapping[str, str] | None = None,
    ) -> int:
        """Checks and writes ``values`` in the open transaction; the number of rows set,
        changed or removed. ``where`` names, per key, where a value came from (a form's
        cell) for the messages. ValidationError naming every problem, before any write."""
        problems = Problems()
        if not FIRST_YEAR <= year <= LAST_YEAR:
            problems.add(
                "year",
                _tr("must be between {0} and {1}, not {2}").format(FIRST_YEAR, LAST_YEAR, year),
            )
        if quarter not in (0, 1, 2, 3, 4):
            problems.add(
                "quarter", _tr("must be 1 to 4, or 0 for the whole year, not {0}").format(quarter)
            )
        problems.raise_if_any()
        fields: dict[str, FigureField] = {}
        for key in values:
            found = _field_of(s, key)
            if found is None:
                problems.add(key, _tr("{0} is not a member figure").format(quoted(key)))
            else:
                fields[key] = found
        problems.raise_if_any()
        current = _rows(s, organisation_id, year, quarter)
        last_year = {
            _key(r): r.value for r in _rows(s, organisation_id, year - 1, quarter).values()
        }
        cleaned: dict[str, float | None] = {}
        for key, value in values.items():
            cleaned[key] = None if value is None else normalised(float(value), fields[key].unit)
        revenue_key = KpiMetric.REVENUE.value
        revenue = (
            cleaned[revenue_key]
            if revenue_key in cleaned
            else (current[revenue_key].value if revenue_key in current else None)
        )
        for key, value in cleaned.items():
            if value is None:
                continue
            field = fields[key]
            reason = implausible(
                value, field.unit, field.metric, Context(last_year.get(key), revenue)
            )
            if reason is not None:
                spot = (where or {}).get(key)
                problems.add(key, f"{spot}: {reason}" if spot else reason, field.name)
        problems.raise_if_any()
        for key, expected in expected_versions.items():
            if key not in cleaned:
                continue
            row = current.get(key)
            if row is None and expected:
                self._conflict(fields[key], None)
            if row is not None:
                if expected == 0:
                    self._conflict(fields[key], row)
                self._require_version(s, row, expected, "member figure", partial(_value, row, ""))
        changed = 0
        now = utcnow()
        for key, value in cleaned.items():
            row = current.get(key)
            field = fields[key]
            if value is None:
                if row is not None:
                    s.delete(row)
                    changed += 1
                continue
            if row is not None and row.value == value:
                continue
            if row is None:
                row = KpiValue(
                    organisation_id=organisation_id,
                    year=year,
                    quarter=quarter,
                    metric=field.metric,
                    custom_field_id=field.custom_field_id,
                )
                s.add(row)
            row.value = value
            row.source = source
            row.recorded_at = now
            row.recorded_by_id = self._actor.user_id
            changed += 1
        log.info(
            "%s recorded %s figures of organisation %s for %s/%s",
            self._actor.username,
            changed,
            organisation_id,
            year,
            quarter,
        )
        return changed

    def _conflict(self, field: FigureField, row: KpiValue | None) -> None:
        raise ConflictError(
            _tr("someone else changed {0} while you were editing it; nothing was saved").format(
                field.name
            ),
            current=_value(row, "") if row is not None else None,
            what=field.name,
        )

    # --- the cluster's own figures -----------------------------------------------------------

    def custom_fields(self, *, include_retired: bool = True) -> list[CustomField]:
        with self._read() as s:
            uses = _uses(s)
            return [_custom_field(r, uses.get(r.id, 0)) for r in _custom_rows(s, include_retired)]

    def add_field(self, name: str, unit: KpiUnit) -> CustomField:
        self._require_to(UseCase.MANAGE_FIGURES)
        with self._write() as s:
            problems = Problems()
            cleaned = self._field_name(s, problems, name, None)
            try:
                kind = KpiUnit(unit)
            except ValueError:
                problems.add("unit", _tr("{0} is not a unit").format(quoted(str(unit))))
            problems.raise_if_any()
            last = s.scalar(select(func.max(KpiField.position)))
            row = KpiField(name=cleaned, unit=kind, position=(last or 0) + 1, active=True)
            s.add(row)
            s.flush()
            return _custom_field(row, 0)

    def rename_field(
        self, field_id: int, name: str, *, expected_version: int | None = None
    ) -> CustomField:
        def fill(s: Session, row: KpiField) -> None:
            problems = Problems()
            row.name = self._field_name(s, problems, name, row.id)

        return self._change_field(field_id, expected_version, fill)

    def retire_field(self, field_id: int, *, expected_version: int | None = None) -> CustomField:
        """Offered no more in the window and the forms; the values recorded stay."""
        return self._change_field(
            field_id, expected_version, lambda s, row: _set_active(row, False)
        )

    def restore_field(self, field_id: int, *, expected_version: int | None = None) -> CustomField:
        return self._change_field(field_id, expected_version, lambda s, row: _set_active(row, True))

    def remove_field(self, field_id: int) -> None:
        """Removes a field no value names; one in use is retired instead."""
        self._require_to(UseCase.MANAGE_FIGURES)
        with self._write() as s:
            row = get_or_raise(s, KpiField, field_id, "member figure field")
            if _uses(s).get(row.id, 0):
                raise ValidationError(
                    _tr("{0} has values on record: retire it instead").format(quoted(row.name))
                )
            s.delete(row)

    def _change_field(self, field_id: int, expected_version: int | None, fill: Any) -> CustomField:
        self._require_to(UseCase.MANAGE_FIGURES)
        with self._write() as s:
            row = get_or_raise(s, KpiField, field_id, "member figure field")
            held = row
            self._require_version(
                s,
                held,
                expected_version,
                "member figure field",
                lambda: _custom_field(held, _uses(s).get(held.id, 0)),
            )
            fill(s, row)
            s.flush()
            return _custom_field(row, _uses(s).get(row.id, 0))

    def _field_name(self, s: Session, problems: Problems, name: str, own_id: int | None) -> str:
        cleaned = clean_text(problems, "name", name, max_length=200, required=True)
        problems.raise_if_any()
        key = " ".join(cleaned.split()).casefold()
        taken = [in_words(m) for m in KpiMetric] + [m.value for m in KpiMetric]
        for other_id, other in s.execute(select(KpiField.id, KpiField.name)):
            if other_id != own_id:
                taken.append(other)
        for other in taken:
            if " ".join(other.split()).casefold() == key:
                raise ValidationError(
                    _tr("{0} is a member figure already").format(quoted(other)), field="name"
                )
        return cleaned


def _set_active(row: KpiField, active: bool) -> None:
    row.active = active


def _field_of(s: Session, key: str) -> FigureField | None:
    if key.startswith(CUSTOM_PREFIX):
        number = key[len(CUSTOM_PREFIX) :]
        if not number.isdigit():
            return None
        row = s.get(KpiField, int(number))
        return _custom(row) if row is not None else None
    try:
        metric = KpiMetric(key)
    except ValueError:
        return None
    return FigureField(metric.value, metric, None, in_words(metric), KPI_UNITS[metric])


def _custom_rows(s: Session, include_retired: bool) -> Sequence[KpiField]:
    query = select(KpiField).order_by(KpiField.position, KpiField.id)
    if not include_retired:
        query = query.where(KpiField.active.is_(True))
    return s.scalars(query).all()


def _rows(s: Session, organisation_id: int, year: int, quarter: int) -> dict[str, KpiValue]:
    found = s.scalars(
        select(KpiValue).where(
            KpiValue.organisation_id == organisation_id,
            KpiValue.year == year,
            KpiValue.quarter == quarter,
        )
    )
    return {_key(r): r for r in found}


def _uses(s: Session) -> dict[int, int]:
    counts: dict[int, int] = defaultdict(int)
    for field_id, n in s.execute(
        select(KpiValue.custom_field_id, func.count())
        .where(KpiValue.custom_field_id.is_not(None))
        .group_by(KpiValue.custom_field_id)
    ):
        counts[int(field_id or 0)] = int(n)
    return counts


def _value(row: KpiValue, by: str) -> FigureValue:
    return FigureValue(
        id=row.id,
        organisation_id=row.organisation_id,
        year=row.year,
        quarter=row.quarter,
        key=_key(row),
        value=row.value,
        source=row.source,
        recorded_at=row.recorded_at,
        recorded_by=by,
        row_version=row.row_version,
    )


def _custom_field(row: KpiField, uses: int) -> CustomField:
    return CustomField(
        row.id,
        custom_key(row.id),
        row.name,
        row.unit,
        row.position,
        row.active,
        uses,
        row.row_version,
    )


__all__ = [
    "CUSTOM_PREFIX",
    "CustomField",
    "FigureField",
    "FigureService",
    "FigureValue",
    "custom_key",
    "standard_fields",
]
