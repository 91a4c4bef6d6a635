"""Reading an Excel workbook (.xlsx) into the same table of text a CSV file gives.

Event-registration tools export either; a person should not have to save one as the
other. The first sheet is read as a spreadsheet shows it: the first row names the
columns, every cell becomes text (a whole number as its digits, so an organisation
number typed as a number stays 923609016; a date as 2026-03-12; a time as 2026-03-12
09:30), a formula as the value it last showed, and an empty row is skipped. What a CSV
row can be refused for, a cell here is too: more characters than a cell may hold (a
problem of its row), and a cell our own export neutralised (``'=...``) gets its value
back (``reading._checked_cells``).

Pure: bytes in, a ``CsvTable`` out; no database.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import zipfile
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from accelerator.errors import AcceleratorError, ValidationError
from accelerator.i18n import in_context
from accelerator.services.importing.fields import RowError
from accelerator.services.importing.reading import (
    CsvRow,
    CsvTable,
    _checked_cells,
    column_letter,
    read_csv_table,
)

log = logging.getLogger(__name__)
_tr = in_context("Import")

#: What the workbook's encoding and delimiter are called in a table read from it.
XLSX = "xlsx"
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 (.xls), and other Office files


def is_workbook(data: bytes) -> bool:
    """Whether ``data`` looks like a zip file, as an .xlsx workbook is."""
    return data.startswith(_ZIP)


def read_spreadsheet(
    source: str | os.PathLike[str] | bytes,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> CsvTable:
    """A CSV file or an .xlsx workbook (told apart by their first bytes, not the name),
    read into a table of text; its rows may be none. ``encoding`` and ``delimiter``
    are for CSV."""
    name = "" if isinstance(source, bytes) else str(source)
    if isinstance(source, bytes):
        data = source
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as error:
            raise AcceleratorError(
                _tr("cannot read {0}: {1}").format(source, error.strerror or error)
            ) from error
    if data.startswith(_OLE):
        raise ValidationError(
            _tr(
                "this is an Excel 97-2003 workbook (.xls), which cannot be read: in the "
                "spreadsheet, save it as an Excel workbook (.xlsx) or as CSV first"
            )
        )
    if is_workbook(data):
        return read_workbook(data, name=name)
    return replace(read_csv_table(data, encoding=encoding, delimiter=delimiter), source=name)


def read_workbook(data: bytes, *, name: str = "") -> CsvTable:
    """The first sheet of an .xlsx workbook as a table of text (see the module)."""
    return read_workbook_sheets(data, name=name, sheets=1)[0][1]


def read_workbook_sheets(
    data: bytes, *, name: str = "", sheets: int | None = None
) -> list[tuple[str, CsvTable]]:
    """The first ``sheets`` sheets (every one by default) of an .xlsx workbook, each with
    its title, as tables of text read as :func:`read_workbook` reads the first; an empty
    sheet is a table of no headers and no rows, the first sheet empty an error."""
    from openpyxl import load_workbook  # type: ignore[import-untyped]
    from openpyxl.utils.exceptions import InvalidFileException  # type: ignore[import-untyped]

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (
        zipfile.BadZipFile,
        InvalidFileException,
        KeyError,
        OSError,
        ValueError,
        TypeError,
    ) as error:
        log.info("not a workbook: %s", error)
        raise ValidationError(
            _tr(
                "this zip file is not an Excel workbook this program can read: in the "
                "spreadsheet, save it as an Excel workbook (.xlsx) or as CSV"
            )
        ) from None
    try:
        if not book.worksheets:
            raise ValidationError(_tr("the workbook has no sheet"))
        found = []
        for index, sheet in enumerate(book.worksheets[:sheets]):
            table = _sheet_table(sheet, name)
            if table is None:
                if index == 0:
                    raise ValidationError(_tr("the workbook's first sheet is empty"))
                table = CsvTable((), (), XLSX, XLSX, (), name)
            found.append((str(sheet.title), table))
    finally:
        book.close()
    return found


def _sheet_table(sheet: Any, name: str) -> CsvTable | None:
    """One sheet as a table of text; None when nothing is in it."""
    lines = enumerate(sheet.iter_rows(values_only=True), start=1)
    found = _first_row(lines)
    if found is None:
        return None
    _, header_cells = found
    width = _width(header_cells)
    headers = tuple(
        _text(c).strip() or _tr("Column {0}").format(column_letter(i))
        for i, c in enumerate(header_cells[:width])
    )
    problems: list[RowError] = []
    rows: list[CsvRow] = []
    for number, cells in lines:
        texts = [_text(c) for c in cells]
        if not "".join(texts).strip():
            continue
        extra = [t for t in texts[width:] if t.strip()]
        if extra:
            problems.append(
                RowError(
                    number,
                    _tr(
                        "has cells beyond the last named column ({0}); name that column "
                        "in the first row, or empty the cells"
                    ).format(column_letter(width - 1)),
                )
            )
        texts = (texts + [""] * width)[:width]
        checked = _checked_cells(number, texts, headers, problems, None, True)
        rows.append(CsvRow(number, tuple(checked)))
    log.info("read sheet %s of %s: %d rows, %d columns", sheet.title, name or "bytes", len(rows),
             width)  # fmt: skip
    return CsvTable(headers, tuple(rows), XLSX, XLSX, tuple(problems), name)


def _first_row(
    lines: Iterable[tuple[int, tuple[Any, ...]]],
) -> tuple[int, tuple[Any, ...]] | None:
    """The first row with anything in it, and its number: the header (a sheet may start
    lower down). Rows are numbered as the spreadsheet numbers them."""
    for number, cells in lines:
        if any(_text(c).strip() for c in cells):
            return number, cells
    return None


def _width(header: tuple[Any, ...]) -> int:
    """The columns the header names: up to its last non-empty cell."""
    texts = [_text(c).strip() for c in header]
    while texts and not texts[-1]:
        texts.pop()
    return len(texts)


def _text(value: Any) -> str:
    """A cell's value as the text a person sees in it, ready for the same checks as a CSV
    cell's."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat(timespec="minutes")
    return str(value)
