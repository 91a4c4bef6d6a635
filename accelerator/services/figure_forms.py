"""Collection forms (``services.figure_forms``): one workbook per organisation, sent out to
be filled in with the year's member figures, and read back all-or-nothing.

- ``organisations_for(year, *, cluster_id=None)`` -> list[FormOrganisation]: whom the
  forms of a year go to: the members of the cluster on 31 December, or (no cluster) every
  organisation that was a member of a cluster or enrolled in a cohort during the year.
- ``write_forms(year, folder, *, cluster_id=None, organisation_ids=None, progress=None)``
  -> list[WrittenForm]: one ``.xlsx`` per organisation, in the language spoken: its name and
  organisation number, the year, a table of the figures (the standard ones and the
  cluster's own active ones) with last year's value and this year's where known, the
  cells to fill unlocked, coloured and validated, the rest protected, short instructions
  and the form's code. A ``kpi_forms`` row per file (its random token is the code); a
  file of the same name already in the folder is never overwritten. ``progress(done,
  total)``, when given, is told after each file (written, or read).
- ``plan_collection(paths, *, year, progress=None)`` -> CollectionPlan: reads every
  workbook (a folder: every file in it) and says, per file, whose form it is, what it
  changes against the
  record and every problem with its cell ("D12: Revenue: cannot be negative"). Refused
  (a problem): no form code or an unknown one, a form of another year, an organisation's
  name or number changed in the form, a value not a number or implausible, a second file
  for the same organisation, a file that is not a workbook. An empty form (nothing filled
  in) is said to be empty and imports nothing, without stopping the others.
- ``collect(plan)`` -> Collected: writes the changes of every file with source=form in
  one transaction and marks the forms returned; refused, with nothing written, when any
  file has a problem or when a figure changed on record since the plan was made.

A coordinator makes and collects forms (MANAGE_FIGURES).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import secrets
import unicodedata
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from accelerator.domain.enums import KpiMetric, KpiSource, KpiUnit, in_words
from accelerator.domain.figures import (
    MAX_AMOUNT,
    Context,
    NumberParseError,
    cell_figure,
    implausible,
    normalised,
)
from accelerator.domain.formatting import format_datetime, format_number, quoted
from accelerator.errors import AcceleratorError, ConflictError, ValidationError
from accelerator.i18n import current_language, in_context, marked, translate
from accelerator.models import Cohort, Company, Enrolment, KpiForm, KpiValue, Membership
from accelerator.models.base import utcnow
from accelerator.services.base import Service, get_or_raise
from accelerator.services.figures import (
    FIRST_YEAR,
    LAST_YEAR,
    FigureField,
    FigureService,
    _custom,
    _custom_rows,
    _field_of,
    _key,
    _rows,
    standard_fields,
)
from accelerator.services.members import active_on
from accelerator.services.use_cases import UseCase

log = logging.getLogger(__name__)
_tr = in_context("FigureForms")

#: The hidden sheet that ties a returned file to its form (not for people's eyes).
CODE_SHEET = "accelerator_form"
#: The workbook-wide name of the form's code, for a reader that looks for it by name.
CODE_NAME = "AcceleratorFormCode"
#: Where the visible cells are on the form's sheet.
NAME_CELL, NUMBER_CELL, YEAR_CELL, CODE_CELL = "B3", "B4", "B5", "B6"
FIRST_ROW = 11  # the first figure's row
LAST_YEAR_COLUMN, VALUE_COLUMN = "C", "D"

#: What the cells to fill look like: a light yellow, as forms mark them.
FILL_COLOUR = "FFF4C2"
HEAD_COLOUR = "DCE6F0"

_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


class FormStatus(StrEnum):
    """What reading a returned form found: changes to import, nothing new, nothing
    filled in, or problems (the whole collection is refused)."""

    READY = "ready"
    UNCHANGED = "unchanged"
    EMPTY = "empty"
    REFUSED = "refused"


_STATUS = "FormStatus"
STATUS_WORDS = {
    FormStatus.READY: marked("FormStatus", "Ready to import"),
    FormStatus.UNCHANGED: marked("FormStatus", "Nothing new"),
    FormStatus.EMPTY: marked("FormStatus", "Empty: nothing filled in"),
    FormStatus.REFUSED: marked("FormStatus", "Has problems"),
}


def status_words(status: FormStatus) -> str:
    return translate(_STATUS, STATUS_WORDS[status])


@dataclass(frozen=True)
class FormOrganisation:
    id: int
    name: str
    org_number: str


@dataclass(frozen=True)
class WrittenForm:
    organisation_id: int
    organisation_name: str
    path: Path
    token: str


@dataclass(frozen=True)
class FormChange:
    """A figure a form changes: ``old`` None when none is on record; ``row_version`` the
    record's when the plan was made (0: none)."""

    key: str
    name: str
    unit: KpiUnit
    old: float | None
    new: float
    cell: str
    row_version: int


@dataclass(frozen=True)
class FormProblem:
    """What is wrong, and where: ``cell`` ("D12") or "" for the file as a whole."""

    cell: str
    text: str

    def __str__(self) -> str:
        return f"{self.cell}: {self.text}" if self.cell else self.text


@dataclass(frozen=True)
class FilePlan:
    """One returned file as read: whose form it is (when that could be told), what it
    changes and its problems."""

    path: Path
    status: FormStatus
    form_id: int | None = None
    organisation_id: int | None = None
    organisation_name: str = ""
    org_number: str = ""
    year: int | None = None
    changes: tuple[FormChange, ...] = ()
    problems: tuple[FormProblem, ...] = ()
    collected_before: dt.datetime | None = None
    filled: int = 0  # how many figures the form gives


@dataclass(frozen=True)
class CollectionPlan:
    year: int
    files: tuple[FilePlan, ...] = field(default_factory=tuple)

    @property
    def refused(self) -> bool:
        """Whether any file has a problem: then nothing is collected."""
        return any(f.problems for f in self.files)

    @property
    def problems(self) -> int:
        return sum(len(f.problems) for f in self.files)

    @property
    def changes(self) -> int:
        return sum(len(f.changes) for f in self.files)


@dataclass(frozen=True)
class Collected:
    """What a collection wrote: the forms marked returned and the figures set."""

    forms: int
    values: int


@dataclass
class _Read:
    """A workbook's content as the form reader needs it."""

    token: str = ""
    language: str = ""
    name: str = ""
    number: str = ""
    year: str = ""
    written_name: str = ""
    rows: dict[int, str] = field(default_factory=dict)  # row -> key
    cells: dict[int, Any] = field(default_factory=dict)  # row -> the value cell's content


class FigureFormService(Service):
    """Collection forms: written, read back, collected. (Not a FigureService: its own
    public methods are the forms', each refused by MANAGE_FIGURES.)"""

    # --- whom ------------------------------------------------------------------------------

    def organisations_for(
        self, year: int, *, cluster_id: int | None = None
    ) -> list[FormOrganisation]:
        self._require_to(UseCase.MANAGE_FIGURES)
        with self._read() as s:
            return self._organisations(s, year, cluster_id, None)

    def _organisations(
        self,
        s: Session,
        year: int,
        cluster_id: int | None,
        organisation_ids: Iterable[int] | None,
    ) -> list[FormOrganisation]:
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        query = select(Company.id, Company.name, Company.org_number, Company.registry_number)
        if organisation_ids is not None:
            ids = list(organisation_ids)
            for organisation_id in ids:
                get_or_raise(s, Company, organisation_id, "organisation")
            query = query.where(Company.id.in_(ids))
        elif cluster_id is not None:
            query = query.where(
                Company.id.in_(
                    select(Membership.organisation_id).where(
                        Membership.cluster_id == cluster_id, active_on(last)
                    )
                )
            )
        else:
            members = select(Membership.organisation_id).where(
                Membership.joined_on <= last,
                or_(Membership.left_on.is_(None), Membership.left_on >= first),
            )
            enrolled = (
                select(Enrolment.company_id)
                .join(Cohort, Cohort.id == Enrolment.cohort_id)
                .where(
                    and_(Cohort.start_date <= last, Cohort.end_date >= first),
                    Enrolment.joined_on <= last,
                )
            )
            query = query.where(or_(Company.id.in_(members), Company.id.in_(enrolled)))
        found = [
            FormOrganisation(i, name, number or registry or "")
            for i, name, number, registry in s.execute(query)
        ]
        found.sort(key=lambda o: (o.name.casefold(), o.id))
        return found

    # --- writing ---------------------------------------------------------------------------

    def write_forms(
        self,
        year: int,
        folder: Path,
        *,
        cluster_id: int | None = None,
        organisation_ids: Iterable[int] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[WrittenForm]:
        self._require_to(UseCase.MANAGE_FIGURES)
        _check_year(year)
        folder = Path(folder)
        if folder.exists() and not folder.is_dir():
            raise ValidationError(_tr("{0} is a file, not a folder").format(folder))
        # Read in one go, the files written outside any transaction (a few hundred take
        # seconds: no writer waits on them), then the forms put on record in one short
        # write; a failure anywhere leaves neither files nor forms.
        with self._read() as s:
            organisations = self._organisations(s, year, cluster_id, organisation_ids)
            fields = [*standard_fields(), *(_custom(r) for r in _custom_rows(s, False))]
            known = _values_by_organisation(s, [o.id for o in organisations], year)
        if not organisations:
            raise ValidationError(_tr("no organisation to send a form to for {0}").format(year))
        made: list[WrittenForm] = []
        try:
            folder.mkdir(parents=True, exist_ok=True)
            taken: set[str] = set()
            for organisation in organisations:
                token = secrets.token_hex(16)
                path = _free_path(folder, _file_name(year, organisation), taken)
                _write_workbook(
                    path,
                    year,
                    organisation,
                    token,
                    fields,
                    known.get((organisation.id, year - 1), {}),
                    known.get((organisation.id, year), {}),
                )
                made.append(WrittenForm(organisation.id, organisation.name, path, token))
                if progress is not None:
                    progress(len(made), len(organisations))
            with self._write() as s:
                for form in made:
                    s.add(
                        KpiForm(
                            organisation_id=form.organisation_id,
                            year=year,
                            token=form.token,
                            issued_by_id=self._actor.user_id,
                        )
                    )
        except BaseException as error:
            for form in made:  # nothing on record: no file either
                form.path.unlink(missing_ok=True)
            if isinstance(error, OSError):
                log.warning("forms not written: %s", error)
                raise AcceleratorError(
                    _tr("the forms could not be written in {0}: {1}; no form was made").format(
                        folder, error.strerror or error
                    )
                ) from error
            raise
        log.info("%s wrote %s forms for %s in %s", self._actor.username, len(made), year, folder)
        return made

    # --- reading back --------------------------------------------------------------------

    def plan_collection(
        self,
        paths: Path | Sequence[Path],
        *,
        year: int,
        progress: Callable[[int, int], None] | None = None,
    ) -> CollectionPlan:
        """What collecting the files (or every file of the folder) would do; nothing is
        written."""
        self._require_to(UseCase.MANAGE_FIGURES)
        _check_year(year)
        # The files are read before the database is: no transaction waits on a disk.
        reads: list[tuple[Path, _Read | _UnreadableError]] = []
        files = _files(paths)
        for path in files:
            try:
                reads.append((path, _read_workbook(path)))
            except _UnreadableError as error:
                reads.append((path, error))
            if progress is not None:
                progress(len(reads), len(files))
        with self._read() as s:
            plans = [self._plan_file(s, path, read, year) for path, read in reads]
        return CollectionPlan(year, tuple(_refuse_duplicates(plans)))

    def _plan_file(
        self, s: Session, path: Path, read: _Read | _UnreadableError, year: int
    ) -> FilePlan:
        if isinstance(read, _UnreadableError):
            return FilePlan(path, FormStatus.REFUSED, problems=(FormProblem("", str(read)),))
        if not read.token:
            return _refused(
                path,
                _tr(
                    "has no form code: it is not a collection form made by this program, or "
                    "its code cell ({0}) was emptied"
                ).format(CODE_CELL),
            )
        form = s.scalar(select(KpiForm).where(KpiForm.token == read.token))
        if form is None:
            return _refused(
                path,
                _tr(
                    "its form code {0} is unknown: the form was not made from this database"
                ).format(quoted(read.token)),
                CODE_CELL,
            )
        organisation = s.get(Company, form.organisation_id)
        if organisation is None:  # pragma: no cover (a foreign key holds it)
            return _refused(path, _tr("the organisation of this form is no longer on record"))
        base = FilePlan(
            path,
            FormStatus.REFUSED,
            form_id=form.id,
            organisation_id=organisation.id,
            organisation_name=organisation.name,
            org_number=organisation.org_number or organisation.registry_number or "",
            year=form.year,
            collected_before=form.collected_at,
        )
        problems: list[FormProblem] = []
        if form.year != year:
            problems.append(
                FormProblem(
                    YEAR_CELL,
                    _tr("this is the form for {0}, not for {1}").format(form.year, year),
                )
            )
        elif read.year != str(form.year):
            problems.append(
                FormProblem(
                    YEAR_CELL,
                    _tr("the year was changed to {0}; this is the form for {1}").format(
                        quoted(read.year), form.year
                    ),
                )
            )
        problems.extend(_organisation_problems(read, organisation))
        if problems:
            return _with(base, problems=tuple(problems))
        return self._plan_values(s, base, read, form.year)

    def _plan_values(self, s: Session, base: FilePlan, read: _Read, year: int) -> FilePlan:
        assert base.organisation_id is not None
        problems: list[FormProblem] = []
        given: dict[str, tuple[float, str]] = {}
        fields: dict[str, FigureField] = {}
        for row, key in sorted(read.rows.items()):
            cell = f"{VALUE_COLUMN}{row}"
            found = _field_of(s, key)
            if found is None:
                problems.append(FormProblem(cell, _tr("names a figure no longer on record")))
                continue
            fields[key] = found
            try:
                value = cell_figure(read.cells.get(row), read.language or None)
            except NumberParseError as error:
                problems.append(FormProblem(cell, f"{found.name}: {error}"))
                continue
            if value is not None:
                given[key] = (normalised(value, found.unit), cell)
        if not given and not problems:
            return _with(base, status=FormStatus.EMPTY)
        current = _rows(s, base.organisation_id, year, 0)
        last_year = {_key(r): r.value for r in _rows(s, base.organisation_id, year - 1, 0).values()}
        revenue_key = KpiMetric.REVENUE.value
        revenue = (
            given[revenue_key][0]
            if revenue_key in given
            else (current[revenue_key].value if revenue_key in current else None)
        )
        changes: list[FormChange] = []
        for key, (value, cell) in given.items():
            found = fields[key]
            reason = implausible(
                value, found.unit, found.metric, Context(last_year.get(key), revenue)
            )
            if reason is not None:
                problems.append(FormProblem(cell, f"{found.name}: {reason}"))
                continue
            held = current.get(key)
            if held is not None and held.value == value:
                continue
            changes.append(
                FormChange(
                    key,
                    found.name,
                    found.unit,
                    held.value if held is not None else None,
                    value,
                    cell,
                    held.row_version if held is not None else 0,
                )
            )
        if problems:
            problems.sort(key=lambda p: _row_of(p.cell))
            return _with(base, problems=tuple(problems), filled=len(given))
        status = FormStatus.READY if changes else FormStatus.UNCHANGED
        return _with(base, status=status, changes=tuple(changes), filled=len(given))

    # --- collecting -------------------------------------------------------------------------

    def collect(self, plan: CollectionPlan) -> Collected:
        """Writes every change of the plan, or nothing."""
        self._require_to(UseCase.MANAGE_FIGURES)
        if plan.refused:
            raise ValidationError(
                _tr(
                    "nothing was collected: %n problems in the forms; correct them and read "
                    "the forms again",
                    n=plan.problems,
                )
            )
        forms = values = 0
        figures = FigureService(self._db, self._actor)  # its checks and writes, in this transaction
        with self._write() as s:
            for file in plan.files:
                if file.status is FormStatus.EMPTY or file.form_id is None:
                    continue
                form = s.get(KpiForm, file.form_id)
                if form is None or file.organisation_id is None or file.year is None:
                    raise ValidationError(
                        _tr("the form of {0} is no longer on record; read the forms again").format(
                            file.path.name
                        )
                    )
                try:
                    values += figures._store(
                        s,
                        file.organisation_id,
                        file.year,
                        {c.key: c.new for c in file.changes},
                        quarter=0,
                        source=KpiSource.FORM,
                        expected_versions={c.key: c.row_version for c in file.changes},
                        where={c.key: c.cell for c in file.changes},
                    )
                except ConflictError as error:
                    raise ConflictError(
                        _tr(
                            "the figures of {0} changed on record since the forms were read "
                            "({1}); nothing was collected. Read the forms again."
                        ).format(file.organisation_name, error),
                        current=error.current,
                        changed_by=error.changed_by,
                        changed_at=error.changed_at,
                        what=error.what,
                    ) from error
                form.collected_at = utcnow()
                forms += 1
        log.info("%s collected %s forms, %s figures", self._actor.username, forms, values)
        return Collected(forms, values)


# --- helpers ----------------------------------------------------------------------------------


class _UnreadableError(AcceleratorError):
    """A file that is not a workbook the forms reader can read."""


def _values_by_organisation(
    s: Session, organisation_ids: list[int], year: int
) -> dict[tuple[int, int], dict[str, float]]:
    """(organisation, year) -> key -> value, for the year and the one before (whole years)."""
    found: dict[tuple[int, int], dict[str, float]] = defaultdict(dict)
    for chunk in range(0, len(organisation_ids), 500):
        rows = s.scalars(
            select(KpiValue).where(
                KpiValue.organisation_id.in_(organisation_ids[chunk : chunk + 500]),
                KpiValue.year.in_((year - 1, year)),
                KpiValue.quarter == 0,
            )
        )
        for row in rows:
            found[(row.organisation_id, row.year)][_key(row)] = row.value
    return found


def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(
            _tr("must be between {0} and {1}, not {2}").format(FIRST_YEAR, LAST_YEAR, year),
            field="year",
        )


def _with(plan: FilePlan, **changes: Any) -> FilePlan:
    return replace(plan, **changes)


def _refused(path: Path, text: str, cell: str = "") -> FilePlan:
    return FilePlan(path, FormStatus.REFUSED, problems=(FormProblem(cell, text),))


def _file_name(year: int, organisation: FormOrganisation) -> str:
    name = unicodedata.normalize("NFC", organisation.name)
    parts = [str(year), name, organisation.org_number]
    text = " ".join(p for p in parts if p)
    text = _UNSAFE.sub(" ", text)
    text = " ".join(text.split()).strip(" .")
    return text[:150] or str(year)


def _free_path(folder: Path, stem: str, taken: set[str]) -> Path:
    """``stem``.xlsx in the folder, or ``stem (2)``.xlsx...: a file already there (a form
    returned and saved beside the new ones) is never overwritten."""
    n = 1
    while True:
        name = f"{stem}.xlsx" if n == 1 else f"{stem} ({n}).xlsx"
        path = folder / name
        if name.casefold() not in taken and not path.exists():
            taken.add(name.casefold())
            return path
        n += 1


def _files(paths: Path | Sequence[Path]) -> list[Path]:
    given = [Path(paths)] if isinstance(paths, str | Path) else [Path(p) for p in paths]
    found: list[Path] = []
    for path in given:
        if path.is_dir():
            found.extend(
                sorted(
                    (p for p in path.iterdir() if p.is_file() and not _is_scratch(p)),
                    key=lambda p: p.name.casefold(),
                )
            )
        elif path.exists():
            found.append(path)
        else:
            raise ValidationError(_tr("{0} does not exist").format(path))
    if not found:
        raise ValidationError(_tr("there are no files to read in {0}").format(given[0]))
    return found


def _is_scratch(path: Path) -> bool:
    """Hidden files, and the lock and owner files a spreadsheet keeps beside an open one
    (``.~lock.x.xlsx#``, ``~$x.xlsx``)."""
    return path.name.startswith((".", "~$"))


def _write_workbook(
    path: Path,
    year: int,
    organisation: FormOrganisation,
    token: str,
    fields: Sequence[FigureField],
    last_year: dict[str, float],
    this_year: dict[str, float],
) -> None:
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side  # type: ignore[import-untyped]
    from openpyxl.workbook.defined_name import DefinedName  # type: ignore[import-untyped]
    from openpyxl.workbook.protection import WorkbookProtection  # type: ignore[import-untyped]
    from openpyxl.worksheet.datavalidation import DataValidation  # type: ignore[import-untyped]

    book = Workbook()
    sheet = book.active
    sheet.title = _tr("Member figures")[:31]
    thin = Side(style="thin", color="B0B0B0")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    sheet["A1"] = _tr("Member figures for {0}").format(year)
    sheet["A1"].font = Font(size=16, bold=True)
    labels = (
        (NAME_CELL, _tr("Organisation"), organisation.name),
        (NUMBER_CELL, _tr("Organisation number"), organisation.org_number),
        (YEAR_CELL, _tr("Year"), year),
    )
    for ref, label, value in labels:
        row = int(ref[1:])
        sheet[f"A{row}"] = label
        sheet[f"A{row}"].font = Font(bold=True)
        _text(sheet[ref], value)
        sheet[ref].alignment = Alignment(horizontal="left")
    code_row = int(CODE_CELL[1:])
    sheet[f"A{code_row}"] = _tr("Form code")
    sheet[f"A{code_row}"].font = Font(size=8, color="808080")
    _text(sheet[CODE_CELL], token)
    sheet[CODE_CELL].font = Font(size=8, color="808080")
    sheet.merge_cells(f"B{code_row}:D{code_row}")
    sheet["A8"] = _tr(
        "Fill in the yellow cells with your figures for {0}. Amounts in whole kroner, "
        "full-time equivalents with decimals if need be, counts as whole numbers. Figures "
        "already on record are filled in: correct them if they are wrong. Leave a cell "
        "empty when you do not know the figure; do not write 0 for it. Save the file as "
        "an Excel workbook (.xlsx) and send it back to the one who sent it to you."
    ).format(year)
    sheet["A8"].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells("A8:D8")
    sheet.row_dimensions[8].height = 78
    head = FIRST_ROW - 1
    headers = (_tr("Figure"), _tr("Unit"), str(year - 1), _tr("{0} (fill in)").format(year))
    for column, text in zip("ABCD", headers, strict=True):
        cell = sheet[f"{column}{head}"]
        cell.value = text
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEAD_COLOUR)
        cell.border = box
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    fill = PatternFill("solid", fgColor=FILL_COLOUR)
    grey = Font(color="606060")
    validations: dict[KpiUnit | str, Any] = {}
    codes = book.create_sheet(CODE_SHEET)
    codes["A1"], codes["B1"] = "token", token
    codes["A2"], codes["B2"] = "year", year
    codes["A3"], codes["B3"] = "organisation_id", organisation.id
    codes["A4"], codes["B4"] = "language", current_language()
    codes["A5"] = "name"
    _text(codes["B5"], organisation.name)
    codes["A6"] = "org_number"
    _text(codes["B6"], organisation.org_number)
    codes["A8"], codes["B8"] = "row", "key"
    for index, figure in enumerate(fields):
        row = FIRST_ROW + index
        codes[f"A{9 + index}"], codes[f"B{9 + index}"] = row, figure.key
        _text(sheet[f"A{row}"], figure.name)
        sheet[f"B{row}"] = in_words(figure.unit)
        previous = last_year.get(figure.key)
        sheet[f"{LAST_YEAR_COLUMN}{row}"] = previous
        sheet[f"{LAST_YEAR_COLUMN}{row}"].font = grey
        value_cell = sheet[f"{VALUE_COLUMN}{row}"]
        value_cell.value = this_year.get(figure.key)
        value_cell.fill = fill
        value_cell.protection = Protection(locked=False)
        number_format = _number_format(figure)
        for column in ("A", "B", LAST_YEAR_COLUMN, VALUE_COLUMN):
            sheet[f"{column}{row}"].border = box
        for column in (LAST_YEAR_COLUMN, VALUE_COLUMN):
            sheet[f"{column}{row}"].number_format = number_format
        kind: KpiUnit | str = "fte" if figure.metric is KpiMetric.FTE else figure.unit
        validation = validations.get(kind)
        if validation is None:
            validation = validations[kind] = _validation(DataValidation, figure)
            sheet.add_data_validation(validation)
        validation.add(value_cell)
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 22
    sheet.column_dimensions[LAST_YEAR_COLUMN].width = 18
    sheet.column_dimensions[VALUE_COLUMN].width = 22
    sheet.protection.sheet = True
    sheet.protection.formatCells = False  # a member may widen a column to read a number
    sheet.protection.formatColumns = False
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{head}:{head}"
    codes.sheet_state = "hidden"
    codes.protection.sheet = True
    book.defined_names[CODE_NAME] = DefinedName(CODE_NAME, attr_text=f"'{CODE_SHEET}'!$B$1")
    book.security = WorkbookProtection(lockStructure=True)
    book.active = 0
    sheet.sheet_view.selection[0].activeCell = f"{VALUE_COLUMN}{FIRST_ROW}"
    sheet.sheet_view.selection[0].sqref = f"{VALUE_COLUMN}{FIRST_ROW}"
    try:
        book.save(path)
    except BaseException:
        path.unlink(missing_ok=True)  # half a workbook is no form
        raise


def _text(cell: Any, value: object) -> None:
    """A text cell that stays text (an organisation called "=1+1" is no formula), without
    the control characters XML cannot hold (openpyxl refuses them)."""
    if isinstance(value, str):
        cell.value = _ILLEGAL_XML.sub("", value)
        cell.data_type = "s"
    else:
        cell.value = value


def _number_format(figure: FigureField) -> str:
    if figure.unit is KpiUnit.AMOUNT or figure.unit is KpiUnit.COUNT:
        return "#,##0"
    return "#,##0.0#"


def _validation(validation_type: Any, figure: FigureField) -> Any:
    if figure.unit is KpiUnit.COUNT:
        check = validation_type(type="whole", operator="between", formula1="0", formula2="1000000")
        prompt = _tr("A whole number: 0, 1, 2...")
        error = _tr("Type a whole number, 0 or more.")
    elif figure.metric is KpiMetric.FTE:
        check = validation_type(
            type="decimal", operator="between", formula1="0", formula2="1000000"
        )
        prompt = _tr("Full-time equivalents, with decimals if need be: 12.5")
        error = _tr("Type a number, 0 or more.")
    elif figure.unit is KpiUnit.AMOUNT:
        check = validation_type(
            type="decimal", operator="between", formula1="0", formula2=str(MAX_AMOUNT)
        )
        prompt = _tr("Kroner, whole: 1 250 000 (no currency sign)")
        error = _tr("Type an amount in kroner, 0 or more.")
    else:
        check = validation_type(type="decimal", operator="greaterThanOrEqual", formula1="0")
        prompt = _tr("A number, 0 or more")
        error = _tr("Type a number, 0 or more.")
    check.allow_blank = True
    check.showInputMessage = True
    check.showErrorMessage = True
    check.promptTitle = _tr("What to fill in")[:32]
    check.prompt = prompt
    check.errorTitle = _tr("Not a valid figure")[:32]
    check.error = error
    check.errorStyle = "stop"
    return check


def _read_workbook(path: Path) -> _Read:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException  # type: ignore[import-untyped]

    if path.suffix.lower() not in WORKBOOK_SUFFIXES:
        raise _UnreadableError(
            _tr(
                "is not an Excel workbook (.xlsx): only the forms as they were sent can be "
                "read; ask for the form back as .xlsx, or move this file out of the folder"
            )
        )
    try:
        book = load_workbook(path, data_only=True)
    except (
        zipfile.BadZipFile,
        InvalidFileException,
        KeyError,
        OSError,
        ValueError,
        TypeError,
    ) as error:
        log.info("not a workbook: %s: %s", path, error)
        raise _UnreadableError(
            _tr("cannot be read as an Excel workbook (it may be damaged): {0}").format(
                type(error).__name__
            )
        ) from None
    try:
        read = _Read()
        if not book.worksheets:
            raise _UnreadableError(_tr("the workbook has no sheet"))
        sheet = book.worksheets[0]
        if CODE_SHEET in book.sheetnames:
            codes = book[CODE_SHEET]
            read.token = _plain(codes["B1"].value)
            read.language = _plain(codes["B4"].value)
            read.written_name = _plain(codes["B5"].value)
            row = 9
            while codes[f"A{row}"].value is not None:
                number, key = codes[f"A{row}"].value, _plain(codes[f"B{row}"].value)
                if isinstance(number, int | float) and key:
                    read.rows[int(number)] = key
                row += 1
            if sheet.title == CODE_SHEET and len(book.worksheets) > 1:
                sheet = book.worksheets[1]
        # The hidden sheet's code is the form's; the visible one stands in for a copy of
        # the sheet into a workbook of the member's own.
        read.token = read.token or _plain(sheet[CODE_CELL].value)
        read.name = _plain(sheet[NAME_CELL].value)
        read.number = _plain(sheet[NUMBER_CELL].value)
        read.year = _plain(sheet[YEAR_CELL].value)
        for row in read.rows:
            read.cells[row] = sheet[f"{VALUE_COLUMN}{row}"].value
        if read.language not in ("nb", "en"):
            read.language = ""
        return read
    finally:
        book.close()


def _row_of(cell: str) -> int:
    digits = "".join(c for c in cell if c.isdigit())
    return int(digits) if digits else 0


def _plain(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFC", str(value)).strip()


def _same_name(a: str, b: str) -> bool:
    def key(name: str) -> str:
        return " ".join(_ILLEGAL_XML.sub("", name).split()).casefold()

    return key(a) == key(b)


def _organisation_problems(read: _Read, organisation: Company) -> list[FormProblem]:
    """The organisation the visible cells name must be the one the form was made for."""
    made_for = _tr("the form was made for {0}").format(
        " ".join(p for p in (organisation.name, organisation.org_number or "") if p)
    )
    problems: list[FormProblem] = []
    number = organisation.org_number or organisation.registry_number or ""
    shown = re.sub(r"[\s.\-]", "", read.number) if organisation.org_number else read.number
    if shown != number:
        problems.append(
            FormProblem(
                NUMBER_CELL,
                _tr("the organisation number was changed to {0}; {1}").format(
                    quoted(read.number), made_for
                ),
            )
        )
    names = (organisation.name, read.written_name)
    if not any(n and _same_name(read.name, n) for n in names):
        problems.append(
            FormProblem(
                NAME_CELL,
                _tr("the organisation was changed to {0}; {1}").format(quoted(read.name), made_for),
            )
        )
    return problems


def _refuse_duplicates(plans: list[FilePlan]) -> list[FilePlan]:
    """Two files for one organisation and year: both refused, each naming the other."""
    by_form: dict[tuple[int, int], list[int]] = defaultdict(list)
    for index, plan in enumerate(plans):
        if plan.organisation_id is not None and plan.year is not None:
            by_form[(plan.organisation_id, plan.year)].append(index)
    result = list(plans)
    for indexes in by_form.values():
        if len(indexes) < 2:
            continue
        for index in indexes:
            others = ", ".join(plans[i].path.name for i in indexes if i != index)
            plan = result[index]
            problem = FormProblem(
                "",
                _tr("a second form of {0} for {1} is in the collection too: {2}; keep one").format(
                    plan.organisation_name, plan.year, others
                ),
            )
            result[index] = _with(
                plan, status=FormStatus.REFUSED, problems=(*plan.problems, problem)
            )
    return result


def describe_value(value: float | None, unit: KpiUnit) -> str:
    """A figure as a plan shows it: grouped digits, ``missing`` when none is on record."""
    if value is None:
        return _tr("missing")
    return format_number(value, 0 if unit is not KpiUnit.DECIMAL else None)


def describe_collected_before(plan: FilePlan) -> str:
    if plan.collected_before is None:
        return ""
    return _tr("collected before, on {0}").format(format_datetime(plan.collected_before))


__all__ = [
    "CollectionPlan",
    "Collected",
    "FigureFormService",
    "FilePlan",
    "FormChange",
    "FormOrganisation",
    "FormProblem",
    "FormStatus",
    "WrittenForm",
    "describe_collected_before",
    "describe_value",
    "status_words",
]
