"""Reading a CSV file into a table of text, the first stage of importing.

``read_companies_csv`` turns the file's bytes into a ``CsvTable``: it finds the encoding
(UTF-8 with or without BOM, UTF-16, Windows-1252 from a Norwegian Excel, charset-normalizer
for anything else) and the delimiter (comma, semicolon, tab). Nothing in a file makes it
crash, and nothing in it is silently merged, split or dropped: an undecodable byte, a field
over 131,072 characters, a row with too many cells, a quote never closed, text after a
closing quote or a row swallowed into a quoted cell (``quoting``) is a problem of that row;
those of quotes and cell counts name the line, as a text editor numbers lines.

Pure functions on bytes and text; no Qt, no database.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import logging
import os
import re
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from accelerator.domain.formatting import format_number, quoted
from accelerator.errors import AcceleratorError, ValidationError
from accelerator.i18n import in_context, marked, translate
from accelerator.services.importing.fields import RowError
from accelerator.services.importing.quoting import (
    LINE_BREAK,
    QuotingProblem,
    line_at,
    lines_span,
    quoting_problem,
    skips_spaces,
)

log = logging.getLogger(__name__)
_tr = in_context("Import")
_IMPORT = "Import"

#: The longest cell we read: the csv module's own default limit, now a per-row problem.
MAX_FIELD_LENGTH = 131_072

# What an export prefixes with a single quote against CSV injection (OWASP).
NEUTRALISED = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class CsvRow:
    number: int  # as a spreadsheet shows it: the header is row 1
    cells: tuple[str, ...]


@dataclass(frozen=True)
class CsvTable:
    """A CSV file read into text: its header, its rows and what was wrong while reading."""

    headers: tuple[str, ...]
    rows: tuple[CsvRow, ...]
    encoding: str  # a Python codec name: utf-8, utf-8-sig, utf-16, cp1252...
    delimiter: str
    problems: tuple[RowError, ...] = ()
    source: str = ""

    @property
    def encoding_label(self) -> str:
        return encoding_label(self.encoding)

    @property
    def delimiter_label(self) -> str:
        """The delimiter in words ("semicolon"), in the language spoken."""
        return delimiter_label(self.delimiter)


#: What a person calls each encoding; marked here, translated where shown
#: (:func:`encoding_label`).
ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": marked("Import", "UTF-8 (with BOM)"),
    "utf-16": "UTF-16",
    "utf-16-le": marked("Import", "UTF-16 (little-endian, no BOM)"),
    "utf-16-be": marked("Import", "UTF-16 (big-endian, no BOM)"),
    "utf-32": "UTF-32",
    "cp1252": marked("Import", "Windows-1252 (Western European)"),
    "iso8859-1": "ISO-8859-1 (Latin-1)",
    "iso8859-15": "ISO-8859-15 (Latin-9)",
    "mac-roman": "Mac Roman",
    "cp865": marked("Import", "DOS Nordic (code page 865)"),
}
#: Each delimiter in words; marked here, translated where shown (:func:`delimiter_label`).
DELIMITER_LABELS = {
    ",": marked("Import", "comma"),
    ";": marked("Import", "semicolon"),
    "\t": marked("Import", "tab"),
    "|": marked("Import", "vertical bar"),
}


def encoding_label(encoding: str) -> str:
    """How a person knows an encoding: "UTF-8 (with BOM)" rather than utf-8-sig, in the
    language spoken."""
    label = ENCODING_LABELS.get(encoding)
    return translate(_IMPORT, label) if label is not None else encoding


def delimiter_label(delimiter: str) -> str:
    """A delimiter in words ("semicolon"), in the language spoken."""
    label = DELIMITER_LABELS.get(delimiter)
    return translate(_IMPORT, label) if label is not None else repr(delimiter)


DELIMITER_NAMES = {"comma": ",", "semicolon": ";", "tab": "\t", "\\t": "\t", "pipe": "|"}


def read_companies_csv(
    source: str | os.PathLike[str] | bytes,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> CsvTable:
    """Read a CSV file (a path, or its bytes) into a table of text.

    ``encoding`` and ``delimiter`` override the detection, for a person who knows
    better. A problem with the whole file (unreadable, empty, no header, no rows) raises a
    ``ValidationError``; a problem with a row is recorded in ``problems``.
    """
    table = read_csv_table(source, encoding=encoding, delimiter=delimiter)
    if not table.rows:
        raise ValidationError(_tr("the file has a header row but no companies under it"))
    return table


def read_csv_table(
    source: str | os.PathLike[str] | bytes,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> CsvTable:
    """:func:`read_companies_csv` for a file of anything: its rows may be none (the caller
    says what it expected under the header)."""
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
    if not data.strip(b"\x00 \t\r\n\xef\xbb\xbf\xff\xfe"):
        raise ValidationError(_tr("the file is empty"))
    if data.startswith(b"PK\x03\x04"):
        raise ValidationError(
            _tr(
                "this is an Excel workbook (or another zip file), not CSV: in the spreadsheet, "
                "save it as CSV first"
            )
        )
    chosen = _check_encoding(encoding) if encoding else detect_encoding(data)
    text, lossy = _decode(data, chosen)
    if text.startswith("\ufeff"):
        text = text[1:]
    nul = text.find("\x00")
    if nul >= 0:
        raise ValidationError(
            _tr(
                "line {0} holds a NUL character (a zero byte), so this does not look like "
                "text in {1}: save the spreadsheet as CSV, or choose the encoding"
            ).format(line_at(text, nul), encoding_label(chosen))
        )
    sep = _check_delimiter(delimiter) if delimiter else detect_delimiter(text)
    headers, rows, problems = _parse(text, sep, chosen if lossy else None)
    log.info(
        "read %s: %d rows, %d columns, %s, delimiter %r, %d problems",
        name or "bytes",
        len(rows),
        len(headers),
        chosen,
        sep,
        len(problems),
    )
    return CsvTable(headers, rows, chosen, sep, problems, name)


_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


# Encodings a Norwegian or Nordic spreadsheet might really have used. charset-normalizer
# judges a short file by too few letters and may answer cp932 or cp1250, which would
# turn every ø into something else without a word; its answer is taken only from these.
PLAUSIBLE_ENCODINGS = frozenset(
    {
        "cp1252",
        "latin_1",
        "iso8859_15",
        "iso8859_10",
        "cp865",
        "cp850",
        "cp437",
        "mac_roman",
        "mac_iceland",
        "utf_16",
        "utf_16_le",
        "utf_16_be",
        "utf_32",
    }
)
# Bytes Windows-1252 leaves undefined.
_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")


def detect_encoding(data: bytes) -> str:
    """The encoding a spreadsheet most likely saved ``data`` in.

    A byte-order mark decides. Otherwise UTF-8 when the bytes are UTF-8, also when
    they are UTF-8 with a few damaged bytes (those rows get a problem, rather than
    the whole file being misread as Windows-1252); Windows-1252 for the rest, which
    is what Excel writes for "CSV (semicolon separated)" in Norway, also when a few
    bytes are undefined in it (again a problem of their rows); and charset-normalizer's
    best plausible guess for bytes that are not Windows-1252 at all.
    """
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = data[:4096]
    if len(head) >= 4:
        # Latin text in UTF-16 without a BOM: every other byte is zero, the rest are not.
        odd, even = head[1::2], head[0::2]
        if odd.count(0) > 0.9 * len(odd) and even.count(0) == 0:
            return "utf-16-le"
        if even.count(0) > 0.9 * len(even) and odd.count(0) == 0:
            return "utf-16-be"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    sequences = _UTF8_SEQUENCE.findall(data)
    high = len(_HIGH_BYTE.findall(data))
    stray = high - sum(len(s) for s in sequences)
    if sequences and len(sequences) >= stray:
        return "utf-8"
    undefined = len(_CP1252_UNDEFINED.findall(data))
    if undefined <= max(3, high // 50):
        return "cp1252"
    for match in from_bytes(data):
        if match.encoding in PLAUSIBLE_ENCODINGS:
            return _check_encoding(match.encoding)
    return "cp1252"


def _check_encoding(encoding: str) -> str:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise ValidationError(
            _tr("{0} is not an encoding this program knows; try utf-8, utf-16 or cp1252").format(
                quoted(encoding)
            ),
            field="encoding",
        ) from None
    # Keep the names our labels know, so a window can say "UTF-8 (with BOM)".
    return {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "utf-16": "utf-16"}.get(name, name)


def _decode(data: bytes, encoding: str) -> tuple[str, bool]:
    """The text, and whether some bytes could not be read (they become U+FFFD)."""
    try:
        return data.decode(encoding), False
    except UnicodeDecodeError:
        return data.decode(encoding, errors="replace"), True


def _check_delimiter(delimiter: str) -> str:
    sep = DELIMITER_NAMES.get(delimiter.lower(), delimiter)
    if len(sep) != 1 or sep in '"\r\n' or sep.isalnum():
        raise ValidationError(
            _tr("{0} cannot separate columns; use ',', ';' or tab").format(quoted(delimiter)),
            field="delimiter",
        )
    return sep


def detect_delimiter(text: str) -> str:
    """Comma, semicolon, tab or bar: the one that splits the header into the most columns
    while giving the rows the header's width.

    ``csv.Sniffer`` guesses wrong on short files and on commas inside quoted cells, so
    each candidate is tried on the first 64 KB and scored.
    """
    sample = text[:65_536]
    truncated = len(text) > len(sample)
    best, best_score = ",", (-1.0, 0)
    read: dict[str, list[list[str]]] = {}
    for sep in DELIMITERS:
        records = [
            r
            for r in csv.reader(
                io.StringIO(sample, newline=""), delimiter=sep, skipinitialspace=skips_spaces(sep)
            )
            if any(r)
        ]
        if truncated and len(records) > 1:
            records = records[:-1]  # cut in the middle
        read[sep] = records
        if not records or len(records[0]) < 2:
            continue
        width = len(records[0])
        rest = records[1:]
        consistency = sum(len(r) == width for r in rest) / len(rest) if rest else 1.0
        score = (consistency, width)
        if score > best_score:
            best, best_score = sep, score
    return best if best_score[1] else _delimiter_under_one_column(read)


#: The delimiters detection tries, the likeliest first (it wins a tie).
DELIMITERS = (",", ";", "\t", "|")


def _delimiter_under_one_column(read: Mapping[str, list[list[str]]]) -> str:
    """The delimiter of a file whose header no candidate splits: one named column.

    Rows that all split into the same number of cells on one candidate hold columns the
    header does not name (``Navn`` over ``A AS;923609016``): read with that delimiter,
    each row is refused for its extra cells instead of being read as one cell with the
    delimiters in it. Otherwise the candidate that splits the fewest rows, so that names
    with commas in a file saved with semicolons stay whole.
    """
    for sep in DELIMITERS:
        widths = {len(r) for r in read[sep][1:]}
        if len(widths) == 1 and widths.pop() >= 2:
            return sep
    return min(DELIMITERS, key=lambda sep: sum(len(r) > 1 for r in read[sep][1:]))


_LIMIT_LOCK = threading.Lock()
# The csv module refuses a field over its limit by raising mid-record, which loses the
# rest of the file; a generous limit while parsing lets us report the row instead.
_PARSE_LIMIT = 2**31 - 1


@contextlib.contextmanager
def _generous_field_limit() -> Iterator[None]:
    with _LIMIT_LOCK:
        old = csv.field_size_limit()
        csv.field_size_limit(max(old, _PARSE_LIMIT))
        try:
            yield
        finally:
            csv.field_size_limit(old)


def _parse(
    text: str, sep: str, lossy_encoding: str | None
) -> tuple[tuple[str, ...], tuple[CsvRow, ...], tuple[RowError, ...]]:
    """The header, the rows and the rows' problems.

    The csv module reads with ``strict=False``, so one broken row cannot stop the rest
    of the file from being read and reported; what it lets through (a quote never
    closed, text after a closing quote, a row swallowed into a quoted cell, too many
    cells) is checked here and becomes a problem of its row, naming the line, as a text
    editor numbers lines: a cell with a line break makes lines and rows differ.
    """
    problems: list[RowError] = []
    rows: list[CsvRow] = []
    may_be_quoted = "'" in text  # no apostrophe anywhere: no cell to un-neutralise
    # Lines split as the csv module splits them, kept to find a record's text by line.
    lines = io.StringIO(text, newline="").readlines()
    with _generous_field_limit():
        records = csv.reader(lines, delimiter=sep, skipinitialspace=skips_spaces(sep), strict=False)
        try:
            header = next(records, None)
            if header is None:
                raise ValidationError(_tr("the file has no header row"))
            broken = _record_problem(lines, 1, records.line_num, sep, 0)
            if broken is not None:
                raise ValidationError(
                    _tr("the header row cannot be read: {0}").format(broken.message)
                )
            header = _checked_cells(1, header, header, problems, lossy_encoding, may_be_quoted)
            headers = tuple(
                h.strip() or _tr("Column {0}").format(column_letter(i))
                for i, h in enumerate(header)
            )
            width = len(headers)
            if width == 0 or not any(header):
                raise ValidationError(_tr("the first row should name the columns; it is empty"))
            first = records.line_num + 1
            # A row to look at cell by cell: some bytes may be unreadable, or some cell
            # may be one our export neutralised.
            cell_by_cell = bool(lossy_encoding) or may_be_quoted
            for number, record in enumerate(records, start=2):
                last, starts = records.line_num, first
                first = last + 1
                # A record on one line with no quote in it has no quoting problem, which is
                # most records: _record_problem's first test, without the call.
                if starts == last and '"' not in lines[last - 1]:
                    broken = None
                else:
                    broken = _record_problem(lines, starts, last, sep, width)
                if broken is not None:
                    problems.append(
                        RowError(number, broken.message, column=column_name(headers, broken.column))
                    )
                    # What the row's first line holds, not the lines it swallowed.
                    record = [LINE_BREAK.split(cell, 1)[0] for cell in record]
                    joined = None
                else:
                    joined = "".join(record)
                    if not joined or joined.isspace():
                        continue  # an empty line, or Excel's ";;;;" for a blank row
                    if len(record) > width and any(cell.strip() for cell in record[width:]):
                        problems.append(
                            RowError(
                                number,
                                _tr(
                                    "has {0} cells on {1} but the header names {2}: is a "
                                    "delimiter or a quote out of place?"
                                ).format(
                                    len(record),
                                    lines_span(starts, last),
                                    _tr("%n columns", n=width),
                                ),
                            )
                        )
                # Trailing cells beyond the header that are all empty are Excel's doing
                # (a sheet whose used range is wider than its header). Fewer cells than
                # the header: Excel leaves out the delimiters of empty cells at the end of
                # a row (in some versions, on rows after the first sixteen), so the
                # missing cells are empty ones. A row that lost a delimiter in the middle
                # cannot be told from that; its values then fail the field's own checks.
                if len(record) > width:
                    record = record[:width]
                elif len(record) < width:
                    record = record + [""] * (width - len(record))
                if joined is not None and len(joined) <= MAX_FIELD_LENGTH and not cell_by_cell:
                    # The usual row: no cell can be over the limit when all of them
                    # together are not, so _checked_cells would return it as it is.
                    rows.append(CsvRow(number, tuple(record)))
                    continue
                cells = _checked_cells(
                    number, record, headers, problems, lossy_encoding, may_be_quoted
                )
                rows.append(CsvRow(number, tuple(cells)))
        except csv.Error as error:  # not expected with strict=False; never a traceback
            raise ValidationError(
                _tr("line {0} cannot be read as CSV: {1}").format(records.line_num, error)
            ) from None
    return headers, tuple(rows), tuple(problems)


def _record_problem(
    lines: Sequence[str], first: int, last: int, sep: str, width: int
) -> QuotingProblem | None:
    """The quoting problem of the record on lines ``first`` to ``last``, if any.

    A record on one line with no quote in it has none, which is most records, so those
    are passed by with one ``in``.
    """
    if first == last:
        raw = lines[first - 1]
        if '"' not in raw:
            return None
    else:
        raw = "".join(lines[first - 1 : last])
    return quoting_problem(raw, sep, first, width)


def _checked_cells(
    number: int,
    cells: list[str],
    headers: Sequence[str],
    problems: list[RowError],
    lossy_encoding: str | None,
    may_be_quoted: bool,
) -> list[str]:
    """The row's cells, with what could not be read recorded as the row's problems.

    A cell our own export neutralised ("'=..." against CSV injection) gets its value
    back, so an exported file imports again unchanged.
    """
    longest = max(map(len, cells), default=0)
    unquote = may_be_quoted and any(c[:1] == "'" for c in cells)
    if longest <= MAX_FIELD_LENGTH and not lossy_encoding and not unquote:
        return cells  # the usual row: nothing to look at cell by cell
    for i, cell in enumerate(cells):
        if len(cell) > MAX_FIELD_LENGTH:
            problems.append(
                RowError(
                    number,
                    _tr(
                        "has {0} characters; at most {1} fit in a cell (is a closing quote "
                        "missing?)"
                    ).format(format_number(len(cell)), format_number(MAX_FIELD_LENGTH)),
                    column=column_name(headers, i),
                )
            )
            cells[i] = ""
        elif lossy_encoding and "\ufffd" in cell:
            problems.append(
                RowError(
                    number,
                    _tr(
                        "has bytes that are not {0} (shown as \ufffd): save the file as UTF-8, "
                        "or choose its encoding"
                    ).format(encoding_label(lossy_encoding)),
                    column=column_name(headers, i),
                )
            )
        elif cell.startswith("'") and cell[1:].startswith(NEUTRALISED):
            cells[i] = cell[1:]
    return cells


def column_name(headers: Sequence[str], index: int) -> str:
    """How a message names a column: its header, or its letter when the header is blank."""
    return (
        headers[index].strip()
        if index < len(headers) and headers[index].strip()
        else _tr("column {0}").format(column_letter(index))
    )


def column_letter(index: int) -> str:
    """A, B, ... Z, AA: how a spreadsheet names the column with this 0-based index."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
