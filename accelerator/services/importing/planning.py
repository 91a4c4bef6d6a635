"""Planning an import, the third stage: what will happen to every row, and its problems.

``plan_import`` says what importing will do with each row of a ``CsvTable`` (create,
update, unchanged, skip, error) and lists every row's problems, with the row number a
spreadsheet shows. The preview shows a plan and writes nothing; the import plans again
inside its write transaction, since the database may have changed since the preview.

Rows are validated by ``validate_company``'s rule (``company_values``), the same rule as
a company typed into the window. Planning reads the companies on record in the session it
is given and writes nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import operator
import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import Select, Table, func, literal, select
from sqlalchemy.orm import Session

from accelerator.domain.formatting import quoted
from accelerator.domain.import_rows import RowAction
from accelerator.errors import AcceleratorError, ValidationError
from accelerator.i18n import in_context
from accelerator.models import Base, Cluster, Company, Contact
from accelerator.services.clusters import cluster_key
from accelerator.services.companies import (
    CompanyInput,
    ContactInput,
    company_values,
    validate_contact,
)
from accelerator.services.importing.fields import CONTACT_FIELDS, ImportField, RowError
from accelerator.services.importing.reading import CsvTable, column_name
from accelerator.services.validation import Problems

_tr = in_context("Import")

#: How many row problems the refusal message names; the exception carries all of them.
ERRORS_IN_MESSAGE = 5
#: Rows per progress report.
PROGRESS_EVERY = 2_000
#: Values per IN (...) list when looking companies up: well inside SQLite's 32,766 and
#: PostgreSQL's 65,535 parameters; 500 made twenty statements of 10,000 numbers, 12 ms
#: more than five.
LOOKUP_CHUNK = 2_000

Progress = Callable[[int, int], bool | None]
"""Called with (done, total) now and then; returning False cancels and nothing is written."""

# A country cell meaning Norway keeps the company Norwegian (org. number, not registry).
NORWAY_WORDS = frozenset({"norway", "norge", "noreg", "no", "nor", "norsk", "norwegian"})


class ExistingPolicy(StrEnum):
    """What to do with a row whose company is already on record."""

    UPDATE = "update"
    SKIP = "skip"


class ImportRefusedError(ValidationError):
    """The file has problems, so nothing was imported. ``errors`` holds every one of them."""

    def __init__(self, errors: Sequence[RowError]) -> None:
        self.errors: tuple[RowError, ...] = tuple(errors)
        rows = sorted({e.row for e in self.errors})
        shown = "; ".join(str(e) for e in self.errors[:ERRORS_IN_MESSAGE])
        more = len(self.errors) - ERRORS_IN_MESSAGE
        if more > 0:
            shown = _tr("{0}; and {1} more").format(shown, more)
        super().__init__(
            _tr("nothing was imported: {0}. {1}").format(_rows_have_problems(len(rows)), shown),
            field="",
        )


def _rows_have_problems(rows: int) -> str:
    """'1 row has problems', '3 rows have problems'."""
    return _tr("%n rows have problems", n=rows)


class ImportCancelledError(AcceleratorError):
    """The person cancelled the import; nothing was written."""


@dataclass(frozen=True, slots=True)
class RowPlan:
    """What importing will do with one row."""

    row: int
    action: RowAction
    name: str
    registration: str  # the organisation or foreign registry number, if any
    company_id: int | None = None  # the company on record, for update / unchanged / skip
    changed_fields: tuple[str, ...] = ()
    contact: str = ""  # the contact that will be added or updated


@dataclass(frozen=True)
class DuplicateNumber:
    """An organisation (or foreign registry) number on more than one row of the file."""

    number: str
    rows: tuple[int, ...]


@dataclass(frozen=True)
class ImportPreview:
    """Every row's fate and every row's problems, before anything is written."""

    table: CsvTable
    mapping: dict[int, ImportField]
    existing: ExistingPolicy
    rows: tuple[RowPlan, ...]
    errors: tuple[RowError, ...]
    duplicates: tuple[DuplicateNumber, ...] = ()
    warnings: tuple[RowError, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors

    def count(self, action: RowAction) -> int:
        return sum(1 for r in self.rows if r.action is action)

    def errors_by_row(self) -> dict[int, list[RowError]]:
        grouped: dict[int, list[RowError]] = defaultdict(list)
        for error in self.errors:
            grouped[error.row].append(error)
        return dict(grouped)

    @property
    def summary(self) -> str:
        counts = {a: self.count(a) for a in RowAction}
        text = _tr("{0} to create, {1} to update, {2} unchanged, {3} to skip").format(
            counts[RowAction.CREATE],
            counts[RowAction.UPDATE],
            counts[RowAction.UNCHANGED],
            counts[RowAction.SKIP],
        )
        if self.errors:
            text += f"; {_rows_have_problems(len({e.row for e in self.errors}))}"
        return text


def checked_policy(existing: ExistingPolicy | str) -> ExistingPolicy:
    """The choice for companies already on record, refused plainly when it is neither."""
    try:
        return ExistingPolicy(existing)
    except ValueError:
        raise ValidationError(
            _tr("{0}: a company already on record is either updated or skipped").format(
                quoted(str(existing))
            ),
            field="existing",
        ) from None


class PlannedRow:
    """What planning learnt about one row; bulky, kept inside importing (a preview hands
    out ``RowPlan``s), and written from by ``writing``.

    A plain class with slots whose lists and dicts are made only when needed: a
    hundred thousand of these are built per import.
    """

    __slots__ = (
        "action",
        "changes",
        "company_errors",
        "company_id",
        "contact",
        "contact_changes",
        "contact_id",
        "data_errors",
        "failed",
        "file_errors",
        "founded",
        "employees",
        "key",
        "number",
        "registry_from",
        "skipped",
        "values",
    )

    def __init__(self, number: int) -> None:
        self.number = number
        self.action = RowAction.CREATE
        self.values: dict[str, Any] = _NO_VALUES
        self.key: tuple[str, ...] | None = None
        self.company_id: int | None = None
        self.changes: Mapping[str, tuple[Any, Any]] = _NO_VALUES
        self.contact: dict[str, str] | None = None
        self.contact_id: int | None = None
        self.contact_changes: Mapping[str, tuple[str, str]] = _NO_VALUES
        # Problems of the file itself (bytes, cell sizes, duplicates): they count always.
        self.file_errors: list[RowError] = _NO_ERRORS
        # Problems of the row's data (numbers, contact, validate_company): not when skipped.
        self.data_errors: list[RowError] = _NO_ERRORS
        self.company_errors: list[RowError] = _NO_ERRORS
        self.skipped = False  # on record and left alone
        # The row's numbers as read, and the fields whose cell is not a number.
        self.founded: int | None = None
        self.employees: int | None = None
        self.failed: frozenset[str] = frozenset()
        self.registry_from = ImportField.REGISTRY_NUMBER

    @property
    def errors(self) -> list[RowError]:
        if self.skipped:
            return self.file_errors
        return self.file_errors + self.data_errors + self.company_errors

    @property
    def has_errors(self) -> bool:
        if self.skipped:
            return bool(self.file_errors)
        return bool(self.file_errors or self.data_errors or self.company_errors)


# Shared empty values of PlannedRow, never mutated: a row that needs its own gets a new one.
_NO_ERRORS: list[RowError] = []
_NO_VALUES: dict[str, Any] = {}


@dataclass
class Plan:
    """Every row as planned, the rows' problems in row order, and the warnings."""

    rows: list[PlannedRow]
    errors: list[RowError]
    duplicates: list[DuplicateNumber]
    warnings: list[RowError]


#: A company's fields as the company service takes them (its input's, in their order),
#: but its kind, which an import leaves as it is (a new row is a company), and the id of
#: a cluster chosen from a list, which a file has none of. Among them is
#: ``home_cluster``, a cluster's name, which the writing turns into ``cluster_id``.
COMPANY_FIELDS = tuple(
    f.name for f in fields(CompanyInput) if f.name not in ("kind", "home_cluster_id")
)
_TEXT_FIELDS = (
    ImportField.NAME,
    ImportField.SECTOR,
    ImportField.HOME_CLUSTER,
    ImportField.WEBSITE,
    ImportField.TECHNOLOGY_FOCUS,
    ImportField.DESCRIPTION,
)
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+")
_GROUPED_NUMBER = re.compile(r"[+-]?[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+")
_ISO_DATE = re.compile(r"([0-9]{4})-[0-9]{1,2}-[0-9]{1,2}")
_NORWEGIAN_DATE = re.compile(r"[0-9]{1,2}\.[0-9]{1,2}\.([0-9]{4})")


#: cluster_key of a name, once per name: a file names a few clusters on thousands of rows.
folded_cluster = functools.lru_cache(maxsize=4096)(cluster_key)


def _whole_number(text: str, *, year: bool = False) -> tuple[int | None, str | None]:
    """A whole number written as a person writes one (1200, 1 200), or why it is not one.

    Separators that mean different things in different countries (1,200 and 1.200)
    are refused rather than guessed: an import is exact or it says which cell is wrong.
    For a founding year, a date (2015-03-01, 01.03.2015) gives its year.
    """
    t = text.strip()
    if not t:
        return None, None
    if t.isascii() and t.isdigit():
        return int(t), None
    if _PLAIN_NUMBER.fullmatch(t):
        return int(t), None
    if _GROUPED_NUMBER.fullmatch(t):
        return int(re.sub(r"[ \u00a0\u202f]", "", t)), None
    if year:
        match = _ISO_DATE.fullmatch(t) or _NORWEGIAN_DATE.fullmatch(t)
        if match:
            return int(match.group(1)), None
        return None, _tr("{0} is not a year").format(quoted(t))
    return None, _tr("{0} is not a whole number (write digits only, like 1200)").format(quoted(t))


class _RowReader:
    """Turns one row's cells into input for validate_company, and its problems into
    RowErrors that name the row and the column as the file calls it."""

    def __init__(
        self, table: CsvTable, mapping: dict[int, ImportField], clusters: Mapping[str, str]
    ) -> None:
        self.table = table
        # The clusters on record, name by cluster_key: a row naming one in other capitals
        # or spaces names that one, and is not a change.
        self.clusters = clusters
        self.column = {f: i for i, f in mapping.items()}
        column = self.column.get
        self.text_columns = tuple((f.value, column(f)) for f in _TEXT_FIELDS)
        self.i_texts = tuple(i for _attr, i in self.text_columns)
        self.i_founded = column(ImportField.FOUNDED_YEAR)
        self.i_employees = column(ImportField.EMPLOYEES)
        self.i_country = column(ImportField.COUNTRY)
        self.i_org = column(ImportField.ORG_NUMBER)
        self.i_registry = column(ImportField.REGISTRY_NUMBER)
        self.contact_columns = tuple(column(f) for f in CONTACT_FIELDS)
        # validate_company's latest founding year, asked of the clock once per file.
        self.this_year = dt.date.today().year
        self.has_contact = any(i is not None for i in self.contact_columns)

    def header(self, f: ImportField) -> str:
        index = self.column.get(f)
        return "" if index is None else column_name(self.table.headers, index)

    def error(self, number: int, f: ImportField, message: str) -> RowError:
        return RowError(number, message, f, self.header(f))

    def read_numbers(self, plan: PlannedRow, cells: tuple[str, ...]) -> None:
        failed: set[str] = set()
        for f, index, is_year in (
            (ImportField.FOUNDED_YEAR, self.i_founded, True),
            (ImportField.EMPLOYEES, self.i_employees, False),
        ):
            if index is None or not cells[index]:
                continue
            value, problem = _whole_number(cells[index], year=is_year)
            if problem:
                plan.data_errors = [*plan.data_errors, self.error(plan.number, f, problem)]
                failed.add(f.value)
            elif is_year:
                plan.founded = value
            else:
                plan.employees = value
        if failed:
            plan.failed = frozenset(failed)

    def company_input(
        self, plan: PlannedRow, cells: tuple[str, ...], old: Mapping[str, Any] | None
    ) -> dict[str, Any]:
        """The company as the row describes it, as ``company_values`` takes it (the
        fields of a ``CompanyInput``, the kind aside); a blank cell keeps what is on record."""
        text = {attr: cells[i] if i is not None else "" for attr, i in self.text_columns}
        founded, employees = plan.founded, plan.employees
        country = cells[self.i_country].strip() if self.i_country is not None else ""
        org = cells[self.i_org].strip() if self.i_org is not None else ""
        registry = cells[self.i_registry].strip() if self.i_registry is not None else ""
        if old is not None:
            for attr, value in text.items():
                if not value.strip():
                    text[attr] = old[attr] or ""
            founded = old["founded_year"] if founded is None else founded
            employees = old["employees"] if employees is None else employees
        if country:
            foreign = country.casefold() not in NORWAY_WORDS
        else:
            foreign = bool(old["is_foreign"]) if old is not None else False
            country = old["country"] if old is not None else "Norway"
        plan.registry_from = ImportField.REGISTRY_NUMBER
        if foreign:
            # A foreign company's number may well sit in the organisation number column.
            if not registry and org:
                registry, plan.registry_from = org, ImportField.ORG_NUMBER
            if not registry and old is not None:
                registry = old["registry_number"]
            org = ""
        else:
            registry = ""
            if not org and old is not None:
                org = old["org_number"] or ""
        return {
            "org_number": org,
            "is_foreign": foreign,
            "country": country,
            "registry_number": registry,
            "founded_year": founded,
            "employees": employees,
            **text,  # the text fields; the kind stays as it is
        }

    def plan_new(self, number: int, cells: tuple[str, ...]) -> PlannedRow:
        """The row as a new company: ``read_numbers`` and ``validate`` with nothing on
        record, without the layers between (the same values, checks and problems)."""
        plan = PlannedRow(number)
        i_founded, i_employees = self.i_founded, self.i_employees
        founded = cells[i_founded] if i_founded is not None else ""
        employees = cells[i_employees] if i_employees is not None else ""
        # Plain digits, or nothing, as nearly every cell is: the number as it stands.
        if (not founded or (founded.isascii() and founded.isdigit())) and (
            not employees or (employees.isascii() and employees.isdigit())
        ):
            plan.founded = int(founded) if founded else None
            plan.employees = int(employees) if employees else None
        else:
            self.read_numbers(plan, cells)
        i_country, i_org, i_registry = self.i_country, self.i_org, self.i_registry
        country = cells[i_country].strip() if i_country is not None else ""
        org = cells[i_org].strip() if i_org is not None else ""
        registry = cells[i_registry].strip() if i_registry is not None else ""
        if country:
            foreign = country.casefold() not in NORWAY_WORDS
        else:
            foreign, country = False, "Norway"
        if foreign:
            # A foreign company's number may well sit in the organisation number column.
            if not registry and org:
                registry, plan.registry_from = org, ImportField.ORG_NUMBER
            org = ""
        else:
            registry = ""
        i_name, i_sector, i_cluster, i_website, i_focus, i_description = self.i_texts
        plan.values, problems = company_values(
            name=cells[i_name] if i_name is not None else "",
            org_number=org,
            is_foreign=foreign,
            country=country,
            registry_number=registry,
            sector=cells[i_sector] if i_sector is not None else "",
            home_cluster=cells[i_cluster] if i_cluster is not None else "",
            website=cells[i_website] if i_website is not None else "",
            founded_year=plan.founded,
            employees=plan.employees,
            technology_focus=cells[i_focus] if i_focus is not None else "",
            description=cells[i_description] if i_description is not None else "",
            this_year=self.this_year,
        )
        self._checked(plan, problems)
        return plan

    def validate(
        self, plan: PlannedRow, cells: tuple[str, ...], old: Mapping[str, Any] | None
    ) -> None:
        plan.values, problems = company_values(
            **self.company_input(plan, cells, old), this_year=self.this_year
        )
        self._checked(plan, problems)

    def _checked(self, plan: PlannedRow, problems: Problems) -> None:
        """The row's cluster as on record, and validate_company's problems as the row's."""
        cluster = str(plan.values["home_cluster"])
        if cluster:
            plan.values["home_cluster"] = self.clusters.get(folded_cluster(cluster), cluster)
        plan.company_errors = _NO_ERRORS
        if problems.problems:
            plan.company_errors = [
                self.error(
                    plan.number,
                    plan.registry_from if key == "registry_number" else ImportField(key),
                    message,
                )
                for key, message in problems.problems.items()
                # A cell that is not a number is reported once, as such.
                if key not in plan.failed
            ]

    def read_contact(self, plan: PlannedRow, cells: tuple[str, ...]) -> None:
        parts = [cells[i] if i is not None else "" for i in self.contact_columns]
        if not "".join(parts).strip():
            return
        try:
            plan.contact = validate_contact(ContactInput(*parts))
        except ValidationError as error:
            plan.data_errors = plan.data_errors + [
                self.error(plan.number, ImportField(f"contact_{key}"), message)
                for key, message in error.problems.items()
            ]


def plan_import(
    s: Session,
    table: CsvTable,
    mapping: dict[int, ImportField],
    policy: ExistingPolicy,
    progress: Progress | None,
) -> Plan:
    """What importing ``table`` with ``mapping`` would do to the companies on record in ``s``.

    Raises ``ImportCancelledError`` when ``progress`` returns False.
    """
    clusters = {cluster_key(name): name for name in s.scalars(select(table_of(Cluster).c.name))}
    reader = _RowReader(table, mapping, clusters)
    read_problems: dict[int, list[RowError]] = defaultdict(list)
    for problem in table.problems:
        read_problems[problem.row].append(problem)
    total = len(table.rows)
    rows: list[PlannedRow] = []
    first_row: dict[tuple[str, ...], int] = {}
    # The rows of each number on more than one, in the order the numbers first come.
    seen_on: dict[tuple[str, ...], list[int]] = {}

    # Pass 1: each row as a new company. Most rows of a large import are new, so most
    # rows are validated once.
    plan_new, has_contact = reader.plan_new, reader.has_contact
    for done, csv_row in enumerate(table.rows, start=1):
        number, cells = csv_row.number, csv_row.cells
        plan = plan_new(number, cells)
        if number in read_problems:
            plan.file_errors = list(read_problems[number])
        # How the row finds its company on record (_company_key), the usual org. number
        # without a call.
        values = plan.values
        key: tuple[str, ...] | None
        if values["org_number"]:
            key = plan.key = ("no", str(values["org_number"]))
        else:
            key = plan.key = _company_key(values)
        if key is not None:
            if key in first_row:
                seen_on.setdefault(key, [first_row[key]]).append(number)
                number_field = (
                    plan.registry_from if plan.values["is_foreign"] else ImportField.ORG_NUMBER
                )
                duplicate = reader.error(
                    number,
                    number_field,
                    _tr("{0} is also on row {1}; a company may be in the file only once").format(
                        key[-1], first_row[key]
                    ),
                )
                plan.file_errors = [*plan.file_errors, duplicate]
            else:
                first_row[key] = number
        if has_contact:
            reader.read_contact(plan, cells)
        rows.append(plan)
        if progress is not None:
            _report(progress, done, total * 2)

    # Pass 2: a row whose company is on record is skipped, or validated again as the
    # record with the row's non-blank cells laid over it.
    on_record = _companies_on_record(s, list(first_row))
    contacts = (
        _contacts_on_record(s, [c["id"] for c in on_record.values()])
        if on_record and reader.has_contact and policy is ExistingPolicy.UPDATE
        else {}
    )
    for done, plan in enumerate(rows, start=1):
        old = on_record.get(plan.key) if on_record and plan.key is not None else None
        if old is None:
            pass  # a new company, planned in pass 1
        elif policy is ExistingPolicy.SKIP:
            plan.company_id = old["id"]
            plan.action = RowAction.SKIP
            plan.skipped = True
            plan.values = {k: old[k] for k in COMPANY_FIELDS}
            plan.contact = None
        else:
            plan.company_id = old["id"]
            reader.validate(plan, table.rows[done - 1].cells, old)
            plan.changes = {k: (old[k], v) for k, v in plan.values.items() if old[k] != v}
            plan.action = RowAction.UPDATE if plan.changes else RowAction.UNCHANGED
            if plan.contact is not None:
                _match_contact(plan, contacts.get(old["id"], []))
        # plan.has_errors, without a call
        if plan.file_errors or (not plan.skipped and (plan.data_errors or plan.company_errors)):
            plan.action = RowAction.ERROR
        if progress is not None:
            _report(progress, total + done, total * 2)

    # The header's problems, and any on a row the table does not hold (a table may be
    # built by hand): a problem the reader found is never dropped on the way.
    planned = {r.number for r in rows} if table.problems else set()
    unplanned = [p for p in table.problems if p.row not in planned]
    row_errors = [e for r in rows if r.action is RowAction.ERROR for e in r.errors]
    errors = sorted(unplanned + row_errors, key=operator.attrgetter("row"))
    duplicates = [
        DuplicateNumber(key[-1], tuple(seen_on[key]))
        for key in (first_row if seen_on else ())
        if key in seen_on
    ]
    return Plan(rows, errors, duplicates, _name_warnings(s, rows, reader.header(ImportField.NAME)))


def _report(progress: Progress | None, done: int, total: int) -> None:
    due = done % PROGRESS_EVERY == 0 or done == total
    if progress is not None and due and progress(done, total) is False:
        raise ImportCancelledError(_tr("the import was cancelled; nothing was written"))


def _company_key(values: Mapping[str, Any]) -> tuple[str, ...] | None:
    """How a row finds its company on record: the org. number, or country and registry number."""
    if values.get("org_number"):
        return ("no", str(values["org_number"]))
    if values.get("is_foreign") and values.get("registry_number"):
        return ("foreign", str(values["country"]).casefold(), str(values["registry_number"]))
    return None


def _chunks(items: Sequence[Any], size: int = LOOKUP_CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _companies_on_record(
    s: Session, keys: Iterable[tuple[str, ...]]
) -> dict[tuple[str, ...], dict[str, Any]]:
    """Each company on record that a key names, as its columns and ``home_cluster``, the
    name of its cluster ("" for none)."""
    companies = table_of(Company)
    clusters = table_of(Cluster)
    home = func.coalesce(clusters.c.name, "").label("home_cluster")

    def select_companies() -> Select[Any]:
        return select(companies, home).outerjoin(clusters, clusters.c.id == companies.c.cluster_id)

    org_numbers = list({k[1] for k in keys if k[0] == "no"})
    registry = list({k[2] for k in keys if k[0] == "foreign"})
    found: dict[tuple[str, ...], dict[str, Any]] = {}
    for where in _among(s, companies.c.org_number, org_numbers):
        for row in s.execute(select_companies().where(where)):
            found[("no", row.org_number)] = dict(row._mapping)
    for where in _among(s, companies.c.registry_number, registry):
        query = select_companies().where(companies.c.is_foreign.is_(True), where)
        for row in s.execute(query):
            found.setdefault(
                ("foreign", row.country.casefold(), row.registry_number), dict(row._mapping)
            )
    return found


def _among(s: Session, column: Any, values: list[str]) -> Iterator[Any]:
    """``column IN values`` as one condition or several, for as many values as a file holds.

    On SQLite, one condition whatever their number: the values as one JSON array, read
    by json_each. SQLAlchemy renders a bound parameter per value of an IN list at every
    execution, which cost more than the lookup itself (10,000 numbers: 13 ms against
    3 ms). Elsewhere, and on an SQLite built without JSON, IN lists of LOOKUP_CHUNK.
    """
    if not values:
        return
    if s.get_bind().dialect.name == "sqlite" and _sqlite_has_json():
        each = func.json_each(literal(json.dumps(list(values)))).table_valued("value")
        yield column.in_(select(each.c.value))
        return
    for chunk in _chunks(sorted(values)):
        yield column.in_(chunk)


@functools.cache
def _sqlite_has_json() -> bool:
    """Whether the SQLite library Python uses has its JSON functions (built in since 3.38,
    and in nearly every build before)."""
    try:
        with contextlib.closing(sqlite3.connect(":memory:")) as conn:
            return bool(conn.execute("SELECT json_valid('[]')").fetchone() == (1,))
    except sqlite3.Error:
        return False


def _contacts_on_record(s: Session, company_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    contacts = table_of(Contact)
    found: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for chunk in _chunks(sorted(company_ids)):
        for row in s.execute(select(contacts).where(contacts.c.company_id.in_(chunk))):
            found[row.company_id].append(dict(row._mapping))
    return found


def _match_contact(plan: PlannedRow, on_record: list[dict[str, Any]]) -> None:
    """A contact of the same name is updated where the row says more; otherwise added."""
    assert plan.contact is not None
    wanted = plan.contact["name"].casefold()
    for old in on_record:
        if old["name"].casefold() == wanted:
            plan.contact_id = old["id"]
            plan.contact_changes = {
                k: (old[k], v) for k, v in plan.contact.items() if k != "name" and v and old[k] != v
            }
            return


def _name_warnings(s: Session, rows: list[PlannedRow], column: str) -> list[RowError]:
    """Rows without any number cannot be matched to a company on record; say so when the
    name is already there, since importing the file twice would add such companies twice."""
    unnumbered = {
        str(r.values.get("name", "")).casefold(): r
        for r in rows
        if r.key is None and r.action is RowAction.CREATE and r.values.get("name")
    }
    if not unnumbered:
        return []
    companies = table_of(Company)
    names = sorted(unnumbered)
    known: set[str] = set()
    for chunk in _chunks(names):
        query = select(companies.c.name).where(
            companies.c.org_number.is_(None),
            companies.c.registry_number == "",
            companies.c.name.in_([unnumbered[n].values["name"] for n in chunk]),
        )
        known.update(n.casefold() for n in s.scalars(query))
    return [
        RowError(
            unnumbered[n].number,
            _tr(
                "{0} has no organisation number, and a company of that name is already on "
                "record: it will be added as another company"
            ).format(quoted(unnumbered[n].values["name"])),
            ImportField.NAME,
            column,
        )
        for n in sorted(known, key=lambda n: unnumbered[n].number)
    ]


def preview_rows(plan: Plan) -> tuple[RowPlan, ...]:
    """The plan as a preview shows it, row by row."""
    return tuple(
        RowPlan(
            row=r.number,
            action=r.action,
            name=str(r.values.get("name") or ""),
            registration=str(r.values.get("org_number") or r.values.get("registry_number") or ""),
            company_id=r.company_id,
            changed_fields=tuple(r.changes),
            contact=r.contact["name"] if r.contact else "",
        )
        for r in plan.rows
    )


def table_of(model: type[Base]) -> Table:
    """The model's Core table: planning and writing handle rows in bulk, not ORM objects."""
    return cast(Table, model.__table__)
