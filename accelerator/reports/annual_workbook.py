"""The annual report's workbook: every table of the PDF, and the records behind every figure.

Sheets: a summary (the key figures), one sheet per section of the report holding its
tables as the PDF has them, and one "Records" sheet that lists, for every figure, the
records it was counted from (kind, id, name, what the record says, its part of the
figure), one line per record with the figure's number and label in front.

One Records sheet rather than a sheet per figure: the report has a few hundred figures
(a cell per kind, status, scheme, cohort and member figure), sheet names are cut at 31
characters (two figures' labels would become the same name) and a funder cannot find
one sheet among hundreds. Instead every figure is numbered (F1, F2...), its cell in a
table links to its first record, and the Records sheet has a filter: "which 14
organisations?" is a click on the 14, or a filter on F12.

Pure: :class:`~accelerator.reports.annual_report.AnnualReportData` in, XLSX bytes out;
the numbers are the data's own, as the PDF's are.
"""

from __future__ import annotations

import io
import re
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.worksheet.hyperlink import Hyperlink  # type: ignore[import-untyped]

from accelerator.domain.formatting import format_date
from accelerator.i18n import in_context
from accelerator.reports.annual_report import (
    AnnualReportData,
    Figure,
    Table,
    Unit,
    missing_word,
    title_of,
)

_tr = in_context("Reports")

#: Excel's limit on a sheet's name, and the characters it refuses in one.
SHEET_NAME_LIMIT = 31
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")
# Characters XML 1.0 cannot hold (openpyxl refuses them).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

_FORMATS = {
    Unit.COUNT: "#,##0",
    Unit.AMOUNT: "#,##0",
    Unit.DECIMAL: "#,##0.0",
    Unit.HOURS: "#,##0.0",
    Unit.LEVELS: "0.0",
}
_SIGNED = {
    Unit.COUNT: "+#,##0;-#,##0;0",
    Unit.AMOUNT: "+#,##0;-#,##0;0",
    Unit.DECIMAL: "+#,##0.0;-#,##0.0;0.0",
    Unit.HOURS: "+#,##0.0;-#,##0.0;0.0",
    Unit.LEVELS: "+0.0;-0.0;0.0",
}
_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)
_HEADING = Font(bold=True, size=12)
_HEAD = Font(bold=True, color="FFFFFF")
_HEAD_FILL = PatternFill("solid", fgColor="1F4E79")
_MUTED = Font(italic=True, color="5A6B7B")
_LINK = Font(color="1F4E79", underline="single")
_MISSING = Font(italic=True, color="5A6B7B")


def build_annual_workbook(data: AnnualReportData) -> bytes:
    """The workbook as XLSX bytes, in the language spoken (the report's)."""
    numbers = {f.key: n for n, f in enumerate(data.figures(), start=1)}
    first_rows = _first_record_rows(data, numbers)
    records_name = _tr("Records")
    book = Workbook()
    summary = book.active
    names: set[str] = set()
    summary.title = _sheet_name(_tr("Summary"), names)
    records_title = _sheet_name(records_name, names)
    _summary(summary, data, numbers, first_rows, records_title)
    for part in data.sections:
        sheet = book.create_sheet(_sheet_name(part.short or part.title, names))
        row = _write(sheet, 1, 1, part.title, _TITLE)
        if part.intro:
            row = _write(sheet, row, 1, part.intro, _MUTED)
        for table in part.tables:
            row = _table(sheet, row + 1, table, numbers, first_rows, records_title)
        _widths(sheet, [44, *([18] * 6)])
    _records(book.create_sheet(records_title), data, numbers)
    _no_formulas(book)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def figure_numbers(data: AnnualReportData) -> dict[str, str]:
    """Each figure's number in the workbook ("F12"), by its key."""
    return {f.key: f"F{n}" for n, f in enumerate(data.figures(), start=1)}


def _first_record_rows(data: AnnualReportData, numbers: dict[str, int]) -> dict[str, int]:
    """The Records sheet's row of each figure's first record (its header row is 1)."""
    rows: dict[str, int] = {}
    row = 2
    for figure in data.figures():
        rows[figure.key] = row
        row += max(len(figure.records), 1)
    return rows


def _summary(
    sheet: Any,
    data: AnnualReportData,
    numbers: dict[str, int],
    first_rows: dict[str, int],
    records: str,
) -> None:
    row = _write(sheet, 1, 1, title_of(data), _TITLE)
    row = _write(sheet, row, 1, data.scope, _BOLD)
    if not data.one_cluster:
        row = _write(sheet, row, 1, ", ".join(data.clusters))
    row = _write(sheet, row, 1, _tr("Generated on {0}").format(format_date(data.generated_on)))
    if data.partial:
        row = _write(
            sheet,
            row,
            1,
            _tr(
                "Only the companies of the cohorts you mentor are counted: the clusters "
                "had other members, participants and projects too."
            ),
            _MUTED,
        )
    row = _write(
        sheet,
        row,
        1,
        _tr(
            "Every figure has a number (F1, F2...). Click a figure to see the records it was "
            "counted from, or filter the sheet {0} on its number. A figure no one reported "
            "is written as missing, never as 0. Amounts are in Norwegian kroner."
        ).format(records),
        _MUTED,
    )
    row += 1
    _head(sheet, row, [_tr("Figure"), _tr("Value"), _tr("No."), _tr("Records")])
    for figure in data.summary:
        row += 1
        sheet.cell(row, 1, _clean(figure.short or figure.label))
        _figure_cell(sheet, row, 2, figure, first_rows, records)
        sheet.cell(row, 3, f"F{numbers[figure.key]}")
        sheet.cell(row, 4, len(figure.records))
    _widths(sheet, [60, 18, 8, 10])


def _table(
    sheet: Any,
    row: int,
    table: Table,
    numbers: dict[str, int],
    first_rows: dict[str, int],
    records: str,
) -> int:
    row = _write(sheet, row, 1, table.title, _HEADING)
    if not table.rows:
        return _write(sheet, row, 1, table.empty, _MUTED)
    _head(sheet, row, [table.first, *table.columns])
    for line in table.rows:
        row += 1
        sheet.cell(row, 1, _clean(line.label)).font = _BOLD if line.total else Font()
        for column, figure in enumerate(line.cells, start=2):
            if figure is not None:
                _figure_cell(sheet, row, column, figure, first_rows, records, bold=line.total)
    row += 1
    if table.note:
        row = _write(sheet, row, 1, table.note, _MUTED)
    return row


def _records(sheet: Any, data: AnnualReportData, numbers: dict[str, int]) -> None:
    headers = [
        _tr("No."),
        _tr("Figure"),
        _tr("Value"),
        _tr("Kind of record"),
        _tr("Id"),
        _tr("Name"),
        _tr("Detail"),
        _tr("Its part"),
    ]
    _head(sheet, 1, headers)
    row = 1
    for figure in data.figures():
        label = f"F{numbers[figure.key]}"
        if not figure.records:
            row += 1
            sheet.cell(row, 1, label)
            sheet.cell(row, 2, _clean(figure.label))
            _value(sheet.cell(row, 3), figure)
            sheet.cell(row, 6, _tr("(no records)")).font = _MUTED
            continue
        for record in figure.records:
            row += 1
            sheet.cell(row, 1, label)
            sheet.cell(row, 2, _clean(figure.label))
            _value(sheet.cell(row, 3), figure)
            sheet.cell(row, 4, _clean(record.kind))
            sheet.cell(row, 5, record.id)
            sheet.cell(row, 6, _clean(record.name))
            sheet.cell(row, 7, _clean(record.detail))
            if record.value is not None:
                cell = sheet.cell(row, 8, record.value)
                cell.number_format = (_SIGNED if figure.signed else _FORMATS)[figure.unit]
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(row, 2)}"
    _widths(sheet, [7, 48, 14, 20, 8, 40, 48, 14])


def _figure_cell(
    sheet: Any,
    row: int,
    column: int,
    figure: Figure,
    first_rows: dict[str, int],
    records: str,
    *,
    bold: bool = False,
) -> None:
    cell = sheet.cell(row, column)
    _value(cell, figure)
    if figure.records:
        cell.hyperlink = Hyperlink(
            ref=cell.coordinate, location=f"'{records}'!A{first_rows[figure.key]}"
        )
        cell.font = Font(color="1F4E79", underline="single", bold=bold)
    elif bold:
        cell.font = _BOLD


def _value(cell: Any, figure: Figure) -> None:
    if figure.value is None:
        cell.value = missing_word()
        cell.font = _MISSING
        cell.alignment = Alignment(horizontal="right")
        return
    value = figure.value
    cell.value = int(value) if float(value).is_integer() else value
    cell.number_format = (_SIGNED if figure.signed else _FORMATS)[figure.unit]


def _head(sheet: Any, row: int, labels: list[str]) -> None:
    for column, label in enumerate(labels, start=1):
        cell = sheet.cell(row, column, _clean(label))
        cell.font = _HEAD
        cell.fill = _HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def _write(sheet: Any, row: int, column: int, text: str, font: Any = None) -> int:
    cell = sheet.cell(row, column, _clean(text))
    if font is not None:
        cell.font = font
    return row + 1


def _widths(sheet: Any, widths: list[int]) -> None:
    for n, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(n)].width = width


def _sheet_name(title: str, taken: set[str]) -> str:
    """``title`` as a sheet name Excel takes: no []:*?/\\, at most 31 characters, and not
    one already taken (any case)."""
    base = _NOT_IN_SHEET_NAMES.sub(" ", title).strip().strip("'") or "Sheet"
    name = base[:SHEET_NAME_LIMIT].strip()
    n = 2
    while name.casefold() in taken:
        suffix = f" {n}"
        name = base[: SHEET_NAME_LIMIT - len(suffix)].strip() + suffix
        n += 1
    taken.add(name.casefold())
    return name


def _clean(text: str) -> str:
    return _ILLEGAL.sub("", text)


def _no_formulas(book: Any) -> None:
    """A name that starts with = is text here, never a formula Excel would run."""
    for sheet in book.worksheets:
        for line in sheet.iter_rows():
            for cell in line:
                if cell.data_type == "f":
                    cell.data_type = "s"


__all__ = ["SHEET_NAME_LIMIT", "build_annual_workbook", "figure_numbers"]
