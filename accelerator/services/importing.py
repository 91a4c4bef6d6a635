"""Importing companies from a spreadsheet saved as CSV: read, map, preview, then all or nothing.

A window drives four steps, and the command line runs them in one go:

1. ``read_companies_csv`` turns the file's bytes into a ``CsvTable``: it finds the
   encoding (UTF-8 with or without BOM, UTF-16, Windows-1252 from a Norwegian Excel,
   charset-normalizer for anything else) and the delimiter (comma, semicolon, tab).
   Nothing in a file makes it crash, and nothing in it is silently merged, split or
   dropped: an undecodable byte, a field over 131,072 characters, a row with too many
   cells, a quote never closed, text after a closing quote or a row swallowed into a
   quoted cell (``csv_quoting``) is a problem of that row; those of quotes and cell
   counts name the line, as a text editor numbers lines.
2. ``suggest_mapping`` maps headers in English or Norwegian to fields and reports
   the columns a person should look at.
3. ``ImportService.preview`` says what will happen to every row (create, update,
   unchanged, skip, error) and lists every row's problems, with the row number a
   spreadsheet shows, before anything is written.
4. ``ImportService.import_companies`` plans again inside one write transaction (the
   database may have changed since the preview) and writes everything or nothing.

Rows are validated by ``validate_company``, the same rule as a company typed into
the window. Writes are bulk Core statements, because a hundred thousand companies
must not go through the ORM one object at a time; that bypasses the session's audit
listener, so this module writes the same audit rows itself, in the same transaction.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import difflib
import functools
import gc
import io
import itertools
import json
import logging
import operator
import os
import re
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any, cast

from charset_normalizer import from_bytes
from sqlalchemy import Table, bindparam, func, insert, inspect, select, update
from sqlalchemy.orm import Session

from accelerator.domain.enums import AuditAction, EnrolmentStatus, MilestoneStatus
from accelerator.domain.milestones import due_date_for
from accelerator.errors import AcceleratorError, ValidationError
from accelerator.models import (
    AuditEntry,
    Base,
    Cohort,
    Company,
    Contact,
    Enrolment,
    Milestone,
    MilestoneTemplateItem,
)
from accelerator.models.base import utcnow
from accelerator.services.audit import SKIPPED_FIELDS
from accelerator.services.audit import _plain as audit_value
from accelerator.services.base import Actor, Service, get_or_raise
from accelerator.services.companies import (
    CompanyInput,
    ContactInput,
    _validate_contact,
    validate_company,
)
from accelerator.services.csv_quoting import (
    LINE_BREAK,
    QuotingProblem,
    line_at,
    lines_span,
    quoting_problem,
    skips_spaces,
)
from accelerator.services.use_cases import UseCase
from accelerator.services.validation import Problems

log = logging.getLogger(__name__)

#: The longest cell we read: the csv module's own default limit, now a per-row problem.
MAX_FIELD_LENGTH = 131_072
#: How many row problems the refusal message names; the exception carries all of them.
ERRORS_IN_MESSAGE = 5
#: Rows per progress report, and per IN (...) list when looking companies up.
PROGRESS_EVERY = 2_000
LOOKUP_CHUNK = 500

Progress = Callable[[int, int], bool | None]
"""Called with (done, total) now and then; returning False cancels and nothing is written."""


class ImportField(StrEnum):
    """What a column of the file can hold."""

    NAME = "name"
    ORG_NUMBER = "org_number"
    REGISTRY_NUMBER = "registry_number"
    COUNTRY = "country"
    SECTOR = "sector"
    HOME_CLUSTER = "home_cluster"
    WEBSITE = "website"
    FOUNDED_YEAR = "founded_year"
    EMPLOYEES = "employees"
    TECHNOLOGY_FOCUS = "technology_focus"
    DESCRIPTION = "description"
    CONTACT_NAME = "contact_name"
    CONTACT_ROLE = "contact_role"
    CONTACT_EMAIL = "contact_email"
    CONTACT_PHONE = "contact_phone"

    @property
    def label(self) -> str:
        return FIELD_LABELS[self]


FIELD_LABELS: dict[ImportField, str] = {
    ImportField.NAME: "Name",
    ImportField.ORG_NUMBER: "Organisation number",
    ImportField.REGISTRY_NUMBER: "Foreign registry number",
    ImportField.COUNTRY: "Country",
    ImportField.SECTOR: "Sector",
    ImportField.HOME_CLUSTER: "Home cluster",
    ImportField.WEBSITE: "Website",
    ImportField.FOUNDED_YEAR: "Founded (year)",
    ImportField.EMPLOYEES: "Employees",
    ImportField.TECHNOLOGY_FOCUS: "Technology focus",
    ImportField.DESCRIPTION: "Description",
    ImportField.CONTACT_NAME: "Contact name",
    ImportField.CONTACT_ROLE: "Contact role",
    ImportField.CONTACT_EMAIL: "Contact e-mail",
    ImportField.CONTACT_PHONE: "Contact phone",
}

CONTACT_FIELDS = (
    ImportField.CONTACT_NAME,
    ImportField.CONTACT_ROLE,
    ImportField.CONTACT_EMAIL,
    ImportField.CONTACT_PHONE,
)


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


# Headers as people write them, in English and Norwegian (bokmål and nynorsk), compared
# after _header_key() has dropped case, spaces and punctuation.
HEADER_WORDS: dict[ImportField, tuple[str, ...]] = {
    ImportField.NAME: _words(
        "name|company|company name|companyname|business name|firm|navn|firmanavn|firma|"
        "bedrift|bedriftsnavn|selskap|selskapsnavn|foretak|foretaksnavn|virksomhet|verksemd|"
        "namn"
    ),
    ImportField.ORG_NUMBER: _words(
        "org number|organisation number|organization number|org no|org nr|orgnr|org.nr.|"
        "org.nr|orgnummer|organisasjonsnummer|organisasjonsnr|foretaksnummer|org|"
        "organisation no|organization no"
    ),
    ImportField.REGISTRY_NUMBER: _words(
        "registry number|registration number|foreign registry number|foreign number|"
        "registreringsnummer|utenlandsk registreringsnummer|utenlandsk nummer|vat number|"
        "company number"
    ),
    ImportField.COUNTRY: _words("country|land|nation|nasjon"),
    ImportField.SECTOR: _words("sector|industry|bransje|næring|sektor|naering|bransjer|industri"),
    ImportField.HOME_CLUSTER: _words(
        "cluster|home cluster|klynge|hjemmeklynge|næringsklynge|klynga"
    ),
    ImportField.WEBSITE: _words(
        "website|web site|web|url|homepage|home page|www|nettside|nettsted|hjemmeside|"
        "webside|nettadresse|heimeside"
    ),
    ImportField.FOUNDED_YEAR: _words(
        "founded|year founded|founded year|founding year|established|year established|"
        "stiftet|etablert|stiftelsesår|etableringsår|stiftelsesdato|etablert år|grunnlagt|"
        "skipa"
    ),
    ImportField.EMPLOYEES: _words(
        "employees|number of employees|no of employees|staff|headcount|ansatte|"
        "antall ansatte|tilsette|talet på tilsette|sysselsatte"
    ),
    ImportField.TECHNOLOGY_FOCUS: _words(
        "technology|technology focus|tech|tech focus|technology area|teknologi|"
        "teknologifokus|teknologiområde|teknologiomrade"
    ),
    ImportField.DESCRIPTION: _words(
        "description|about|summary|beskrivelse|om|om selskapet|skildring|omtale"
    ),
    ImportField.CONTACT_NAME: _words(
        "contact|contact name|contact person|kontakt|kontaktperson|kontaktnavn|"
        "kontaktperson navn|kontakt navn"
    ),
    ImportField.CONTACT_ROLE: _words(
        "contact role|contact title|role|title|job title|position|rolle|stilling|tittel|"
        "kontaktperson rolle|kontaktperson stilling|kontakt rolle"
    ),
    ImportField.CONTACT_EMAIL: _words(
        "email|e-mail|mail|email address|e-mail address|contact email|contact e-mail|e-post|"
        "epost|epostadresse|e-postadresse|kontakt e-post|kontaktperson e-post|kontakt epost"
    ),
    ImportField.CONTACT_PHONE: _words(
        "phone|telephone|mobile|phone number|contact phone|tel|tlf|tlf.|telefon|"
        "telefonnummer|mobil|mobilnummer|kontakt telefon|kontaktperson telefon"
    ),
}

# What an export prefixes with a single quote against CSV injection (OWASP).
NEUTRALISED = ("=", "+", "-", "@", "\t", "\r")

# A country cell meaning Norway keeps the company Norwegian (org. number, not registry).
NORWAY_WORDS = frozenset({"norway", "norge", "noreg", "no", "nor", "norsk", "norwegian"})


class ExistingPolicy(StrEnum):
    """What to do with a row whose company is already on record."""

    UPDATE = "update"
    SKIP = "skip"


class RowAction(StrEnum):
    """What importing will do with one row."""

    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"  # on record already, with the same values
    SKIP = "skip"  # on record already, and the user chose to leave those alone
    ERROR = "error"


class ImportRefusedError(ValidationError):
    """The file has problems, so nothing was imported. ``errors`` holds every one of them."""

    def __init__(self, errors: Sequence[RowError]) -> None:
        self.errors: tuple[RowError, ...] = tuple(errors)
        rows = sorted({e.row for e in self.errors})
        shown = "; ".join(str(e) for e in self.errors[:ERRORS_IN_MESSAGE])
        more = len(self.errors) - ERRORS_IN_MESSAGE
        tail = f"; and {more} more" if more > 0 else ""
        noun = "row has" if len(rows) == 1 else "rows have"
        super().__init__(
            f"nothing was imported: {len(rows)} {noun} problems. {shown}{tail}", field=""
        )


class ImportCancelledError(AcceleratorError):
    """The person cancelled the import; nothing was written."""


# --- what the steps hand back ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RowError:
    """One problem of one row, as a person fixes it in the spreadsheet."""

    row: int  # as a spreadsheet shows it: the header is row 1
    message: str
    field: ImportField | None = None
    column: str = ""  # the column's header, as written in the file

    def __str__(self) -> str:
        where = self.column or (self.field.label if self.field else "")
        return (
            f"row {self.row}, {where}: {self.message}"
            if where
            else f"row {self.row}: {self.message}"
        )


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
        return ENCODING_LABELS.get(self.encoding, self.encoding)

    @property
    def delimiter_label(self) -> str:
        return DELIMITER_LABELS.get(self.delimiter, repr(self.delimiter))


ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (with BOM)",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16 (little-endian, no BOM)",
    "utf-16-be": "UTF-16 (big-endian, no BOM)",
    "utf-32": "UTF-32",
    "cp1252": "Windows-1252 (Western European)",
    "iso8859-1": "ISO-8859-1 (Latin-1)",
    "iso8859-15": "ISO-8859-15 (Latin-9)",
    "mac-roman": "Mac Roman",
    "cp865": "DOS Nordic (code page 865)",
}
DELIMITER_LABELS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
DELIMITER_NAMES = {"comma": ",", "semicolon": ";", "tab": "\t", "\\t": "\t", "pipe": "|"}


@dataclass(frozen=True)
class ColumnNote:
    """A column a person should look at before importing."""

    column: int
    header: str
    field: ImportField | None  # the best guess, if any
    reason: str


@dataclass(frozen=True)
class SuggestedMapping:
    """Which column holds which field, as far as the headers tell."""

    fields: dict[int, ImportField]  # column index -> field; the mapping to offer
    unclear: tuple[ColumnNote, ...] = ()
    missing: tuple[ImportField, ...] = ()  # required fields no column seems to hold

    @property
    def is_clear(self) -> bool:
        return not self.unclear and not self.missing


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
        text = (
            f"{counts[RowAction.CREATE]} to create, {counts[RowAction.UPDATE]} to update, "
            f"{counts[RowAction.UNCHANGED]} unchanged, {counts[RowAction.SKIP]} to skip"
        )
        if self.errors:
            rows = len({e.row for e in self.errors})
            text += f"; {rows} {'row has' if rows == 1 else 'rows have'} problems"
        return text


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
        text = (
            f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.skipped} skipped"
        )
        if self.contacts_added or self.contacts_updated:
            text += f"; contacts: {self.contacts_added} added, {self.contacts_updated} updated"
        if self.cohort_name is not None:
            text += f"; {self.enrolled} enrolled in {self.cohort_name}"
            if self.already_enrolled:
                verb = "was" if self.already_enrolled == 1 else "were"
                text += f" ({self.already_enrolled} already {verb})"
        return text


# --- step 1: reading the file ----------------------------------------------------------


def read_companies_csv(
    source: str | os.PathLike[str] | bytes,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> CsvTable:
    """Read a CSV file (a path, or its bytes) into a table of text.

    ``encoding`` and ``delimiter`` override the detection, for a person who knows
    better. A problem with the whole file (unreadable, empty, no header) raises a
    ``ValidationError``; a problem with a row is recorded in ``problems``.
    """
    name = "" if isinstance(source, bytes) else str(source)
    if isinstance(source, bytes):
        data = source
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as error:
            raise AcceleratorError(f"cannot read {source}: {error.strerror or error}") from error
    if not data.strip(b"\x00 \t\r\n\xef\xbb\xbf\xff\xfe"):
        raise ValidationError("the file is empty")
    if data.startswith(b"PK\x03\x04"):
        raise ValidationError(
            "this is an Excel workbook (or another zip file), not CSV: in the spreadsheet, "
            "save it as CSV first"
        )
    chosen = _check_encoding(encoding) if encoding else detect_encoding(data)
    text, lossy = _decode(data, chosen)
    if text.startswith("\ufeff"):
        text = text[1:]
    nul = text.find("\x00")
    if nul >= 0:
        raise ValidationError(
            f"line {line_at(text, nul)} holds a NUL character (a zero byte), so this does "
            f"not look like text in {ENCODING_LABELS.get(chosen, chosen)}: save the "
            "spreadsheet as CSV, or choose the encoding"
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
            f"{encoding!r} is not an encoding this program knows; try utf-8, utf-16 or cp1252",
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
            f"{delimiter!r} cannot separate columns; use ',', ';' or tab", field="delimiter"
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


class _CollectorPause:
    """Pauses Python's cyclic garbage collector while rows are planned and written.

    Planning a large file makes several objects per row, and every 700 allocations the
    collector runs; the older generations, scanned again and again, hold every row made
    so far. That was a fifth of a 10,000-row import (0.51 s against 0.41 s). Nothing here
    makes reference cycles, and the collector is switched back on (if it was on) when the
    last import in any thread ends.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0
        self.was_enabled = False

    @contextlib.contextmanager
    def __call__(self) -> Iterator[None]:
        with self.lock:
            if self.depth == 0:
                self.was_enabled = gc.isenabled()
                gc.disable()
            self.depth += 1
        try:
            yield
        finally:
            with self.lock:
                self.depth -= 1
                if self.depth == 0 and self.was_enabled:
                    gc.enable()


_collector_paused = _CollectorPause()

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
    quoted = "'" in text  # no apostrophe anywhere: no cell to un-neutralise
    # Lines split as the csv module splits them, kept to find a record's text by line.
    lines = io.StringIO(text, newline="").readlines()
    with _generous_field_limit():
        records = csv.reader(lines, delimiter=sep, skipinitialspace=skips_spaces(sep), strict=False)
        try:
            header = next(records, None)
            if header is None:
                raise ValidationError("the file has no header row")
            broken = _record_problem(lines, 1, records.line_num, sep, 0)
            if broken is not None:
                raise ValidationError(f"the header row cannot be read: {broken.message}")
            header = _checked_cells(1, header, header, problems, lossy_encoding, quoted)
            headers = tuple(h.strip() or f"Column {column_letter(i)}" for i, h in enumerate(header))
            width = len(headers)
            if width == 0 or not any(header):
                raise ValidationError("the first row should name the columns; it is empty")
            first = records.line_num + 1
            for number, record in enumerate(records, start=2):
                last, starts = records.line_num, first
                first = last + 1
                broken = _record_problem(lines, starts, last, sep, width)
                if broken is not None:
                    problems.append(
                        RowError(number, broken.message, column=_header(headers, broken.column))
                    )
                    # What the row's first line holds, not the lines it swallowed.
                    record = [LINE_BREAK.split(cell, 1)[0] for cell in record]
                else:
                    joined = "".join(record)
                    if not joined or joined.isspace():
                        continue  # an empty line, or Excel's ";;;;" for a blank row
                    if len(record) > width and any(cell.strip() for cell in record[width:]):
                        columns = "column" if width == 1 else "columns"
                        problems.append(
                            RowError(
                                number,
                                f"has {len(record)} cells on {lines_span(starts, last)} but "
                                f"the header names {width} {columns}: is a delimiter or a "
                                "quote out of place?",
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
                cells = _checked_cells(number, record, headers, problems, lossy_encoding, quoted)
                rows.append(CsvRow(number, tuple(cells)))
        except csv.Error as error:  # not expected with strict=False; never a traceback
            raise ValidationError(
                f"line {records.line_num} cannot be read as CSV: {error}"
            ) from None
    if not rows:
        raise ValidationError("the file has a header row but no companies under it")
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
                    f"has {len(cell):,} characters; at most {MAX_FIELD_LENGTH:,} fit in a "
                    "cell (is a closing quote missing?)",
                    column=_header(headers, i),
                )
            )
            cells[i] = ""
        elif lossy_encoding and "\ufffd" in cell:
            problems.append(
                RowError(
                    number,
                    f"has bytes that are not {ENCODING_LABELS.get(lossy_encoding, lossy_encoding)}"
                    " (shown as \ufffd): save the file as UTF-8, or choose its encoding",
                    column=_header(headers, i),
                )
            )
        elif cell.startswith("'") and cell[1:].startswith(NEUTRALISED):
            cells[i] = cell[1:]
    return cells


def _header(headers: Sequence[str], index: int) -> str:
    return (
        headers[index].strip()
        if index < len(headers) and headers[index].strip()
        else (f"column {column_letter(index)}")
    )


def column_letter(index: int) -> str:
    """A, B, ... Z, AA: how a spreadsheet names the column with this 0-based index."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# --- step 2: which column is which -----------------------------------------------------


def _header_key(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


_EXACT: dict[str, ImportField] = {
    _header_key(word): f for f, words in HEADER_WORDS.items() for word in words
}


def suggest_mapping(headers: Sequence[str]) -> SuggestedMapping:
    """Map each header to a field when its words say which; list the columns to ask about.

    A header that is one of the known words (any case, spacing, punctuation) is sure.
    A near miss ("Organisasjonsnumer") is offered but listed as unclear, as is a second
    column that looks like a field already taken, and a column that looks like nothing.
    """
    fields: dict[int, ImportField] = {}
    taken: dict[ImportField, int] = {}
    unclear: list[ColumnNote] = []
    guesses: list[int] = []
    for index, header in enumerate(headers):
        found = _EXACT.get(_header_key(header))
        if found is None:
            guesses.append(index)
        elif found in taken:
            other = headers[taken[found]]
            unclear.append(
                ColumnNote(
                    index, header, found, f"also looks like {found.label}, as {other!r} does"
                )
            )
        else:
            fields[index] = found
            taken[found] = index
    for index in guesses:
        header = headers[index]
        key = _header_key(header)
        close = difflib.get_close_matches(key, _EXACT, n=1, cutoff=0.8) if key else []
        guess = _EXACT[close[0]] if close else None
        if guess is not None and guess not in taken:
            fields[index] = guess
            taken[guess] = index
            unclear.append(ColumnNote(index, header, guess, f"looks like {guess.label}"))
        elif guess is not None:
            other = headers[taken[guess]]
            reason = f"looks like {guess.label}, as {other!r} does; it will not be imported"
            unclear.append(ColumnNote(index, header, guess, reason))
        else:
            unclear.append(
                ColumnNote(index, header, None, "matches no field; it will not be imported")
            )
    missing = tuple(f for f in (ImportField.NAME,) if f not in taken)
    return SuggestedMapping(fields, tuple(sorted(unclear, key=lambda n: n.column)), missing)


def _policy(existing: ExistingPolicy | str) -> ExistingPolicy:
    try:
        return ExistingPolicy(existing)
    except ValueError:
        raise ValidationError(
            f"{existing!r}: a company already on record is either updated or skipped",
            field="existing",
        ) from None


def _checked_mapping(
    table: CsvTable, mapping: Mapping[int, ImportField | str]
) -> dict[int, ImportField]:
    problems = Problems()
    checked: dict[int, ImportField] = {}
    owner: dict[ImportField, int] = {}
    for index, value in sorted(mapping.items()):
        if not 0 <= index < len(table.headers):
            problems.add(
                "mapping",
                f"column {index + 1} does not exist; the file has {len(table.headers)}",
            )
            continue
        try:
            target = ImportField(value)
        except ValueError:
            problems.add("mapping", f"{value!r} is not a field a company can be given")
            continue
        if target in owner:
            problems.add(
                "mapping",
                f"{target.label} is given to two columns: {table.headers[owner[target]]!r} "
                f"and {table.headers[index]!r}; choose one",
            )
            continue
        owner[target] = index
        checked[index] = target
    if ImportField.NAME not in owner:
        problems.add("mapping", "say which column holds the company's name")
    problems.raise_if_any()
    return checked


# --- step 3: planning (shared by the preview and the import) ---------------------------


class _Row:
    """What planning learnt about one row; internal, bulky, never handed out.

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


# Shared empty values of _Row, never mutated: a row that needs its own gets a new one.
_NO_ERRORS: list[RowError] = []
_NO_VALUES: dict[str, Any] = {}


@dataclass
class _Plan:
    rows: list[_Row]
    errors: list[RowError]
    duplicates: list[DuplicateNumber]
    warnings: list[RowError]


_COMPANY_FIELDS = (
    "name",
    "org_number",
    "is_foreign",
    "country",
    "registry_number",
    "sector",
    "home_cluster",
    "website",
    "founded_year",
    "employees",
    "technology_focus",
    "description",
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
        return None, f"{t!r} is not a year"
    return None, f"{t!r} is not a whole number (write digits only, like 1200)"


class _RowReader:
    """Turns one row's cells into input for validate_company, and its problems into
    RowErrors that name the row and the column as the file calls it."""

    def __init__(self, table: CsvTable, mapping: dict[int, ImportField]) -> None:
        self.table = table
        self.column = {f: i for i, f in mapping.items()}
        column = self.column.get
        self.text_columns = tuple((f.value, column(f)) for f in _TEXT_FIELDS)
        self.i_founded = column(ImportField.FOUNDED_YEAR)
        self.i_employees = column(ImportField.EMPLOYEES)
        self.i_country = column(ImportField.COUNTRY)
        self.i_org = column(ImportField.ORG_NUMBER)
        self.i_registry = column(ImportField.REGISTRY_NUMBER)
        self.contact_columns = tuple(column(f) for f in CONTACT_FIELDS)
        self.has_contact = any(i is not None for i in self.contact_columns)

    def header(self, f: ImportField) -> str:
        index = self.column.get(f)
        return "" if index is None else _header(self.table.headers, index)

    def error(self, number: int, f: ImportField, message: str) -> RowError:
        return RowError(number, message, f, self.header(f))

    def read_numbers(self, plan: _Row, cells: tuple[str, ...]) -> None:
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
        self, plan: _Row, cells: tuple[str, ...], old: Mapping[str, Any] | None
    ) -> CompanyInput:
        """The company as the row describes it; a blank cell keeps what is on record."""
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
        return CompanyInput(
            org_number=org,
            is_foreign=foreign,
            country=country,
            registry_number=registry,
            founded_year=founded,
            employees=employees,
            **text,
        )

    def validate(self, plan: _Row, cells: tuple[str, ...], old: Mapping[str, Any] | None) -> None:
        plan.values, problems = validate_company(self.company_input(plan, cells, old))
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

    def read_contact(self, plan: _Row, cells: tuple[str, ...]) -> None:
        parts = [cells[i] if i is not None else "" for i in self.contact_columns]
        if not "".join(parts).strip():
            return
        try:
            plan.contact = _validate_contact(ContactInput(*parts))
        except ValidationError as error:
            plan.data_errors = plan.data_errors + [
                self.error(plan.number, ImportField(f"contact_{key}"), message)
                for key, message in error.problems.items()
            ]


def _plan(
    s: Session,
    table: CsvTable,
    mapping: dict[int, ImportField],
    policy: ExistingPolicy,
    progress: Progress | None,
) -> _Plan:
    reader = _RowReader(table, mapping)
    read_problems: dict[int, list[RowError]] = defaultdict(list)
    for problem in table.problems:
        read_problems[problem.row].append(problem)
    total = len(table.rows)
    rows: list[_Row] = []
    first_row: dict[tuple[str, ...], int] = {}
    seen_on: dict[tuple[str, ...], list[int]] = defaultdict(list)

    # Pass 1: each row as a new company. Most rows of a large import are new, so most
    # rows are validated once.
    for done, csv_row in enumerate(table.rows, start=1):
        number, cells = csv_row.number, csv_row.cells
        plan = _Row(number)
        if number in read_problems:
            plan.file_errors = list(read_problems[number])
        reader.read_numbers(plan, cells)
        reader.validate(plan, cells, None)
        key = plan.key = _company_key(plan.values)
        if key is not None:
            seen_on[key].append(number)
            if key in first_row:
                number_field = (
                    plan.registry_from if plan.values["is_foreign"] else ImportField.ORG_NUMBER
                )
                duplicate = reader.error(
                    number,
                    number_field,
                    f"{key[-1]} is also on row {first_row[key]}; "
                    "a company may be in the file only once",
                )
                plan.file_errors = [*plan.file_errors, duplicate]
            else:
                first_row[key] = number
        if reader.has_contact:
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
    for done, (plan, csv_row) in enumerate(zip(rows, table.rows, strict=True), start=1):
        old = on_record.get(plan.key) if plan.key is not None and on_record else None
        if old is not None and policy is ExistingPolicy.SKIP:
            plan.company_id = old["id"]
            plan.action = RowAction.SKIP
            plan.skipped = True
            plan.values = {k: old[k] for k in _COMPANY_FIELDS}
            plan.contact = None
        elif old is not None:
            plan.company_id = old["id"]
            reader.validate(plan, csv_row.cells, old)
            plan.changes = {k: (old[k], v) for k, v in plan.values.items() if old[k] != v}
            plan.action = RowAction.UPDATE if plan.changes else RowAction.UNCHANGED
            if plan.contact is not None:
                _match_contact(plan, contacts.get(old["id"], []))
        if plan.has_errors:
            plan.action = RowAction.ERROR
        if progress is not None:
            _report(progress, total + done, total * 2)

    # The header's problems, and any on a row the table does not hold (a table may be
    # built by hand): a problem the reader found is never dropped on the way.
    planned = {r.number for r in rows}
    unplanned = [p for p in table.problems if p.row not in planned]
    row_errors = [e for r in rows if r.action is RowAction.ERROR for e in r.errors]
    errors = sorted(unplanned + row_errors, key=operator.attrgetter("row"))
    duplicates = [
        DuplicateNumber(key[-1], tuple(numbers))
        for key, numbers in seen_on.items()
        if len(numbers) > 1
    ]
    return _Plan(rows, errors, duplicates, _name_warnings(s, rows, reader.header(ImportField.NAME)))


def _report(progress: Progress | None, done: int, total: int) -> None:
    due = done % PROGRESS_EVERY == 0 or done == total
    if progress is not None and due and progress(done, total) is False:
        raise ImportCancelledError("the import was cancelled; nothing was written")


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
    companies = _table(Company)
    org_numbers = sorted({k[1] for k in keys if k[0] == "no"})
    registry = sorted({k[2] for k in keys if k[0] == "foreign"})
    found: dict[tuple[str, ...], dict[str, Any]] = {}
    for chunk in _chunks(org_numbers):
        for row in s.execute(select(companies).where(companies.c.org_number.in_(chunk))):
            found[("no", row.org_number)] = dict(row._mapping)
    for chunk in _chunks(registry):
        query = select(companies).where(
            companies.c.is_foreign.is_(True), companies.c.registry_number.in_(chunk)
        )
        for row in s.execute(query):
            found.setdefault(
                ("foreign", row.country.casefold(), row.registry_number), dict(row._mapping)
            )
    return found


def _contacts_on_record(s: Session, company_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    contacts = _table(Contact)
    found: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for chunk in _chunks(sorted(company_ids)):
        for row in s.execute(select(contacts).where(contacts.c.company_id.in_(chunk))):
            found[row.company_id].append(dict(row._mapping))
    return found


def _match_contact(plan: _Row, on_record: list[dict[str, Any]]) -> None:
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


def _name_warnings(s: Session, rows: list[_Row], column: str) -> list[RowError]:
    """Rows without any number cannot be matched to a company on record; say so when the
    name is already there, since importing the file twice would add such companies twice."""
    unnumbered = {
        str(r.values.get("name", "")).casefold(): r
        for r in rows
        if r.key is None and r.action is RowAction.CREATE and r.values.get("name")
    }
    if not unnumbered:
        return []
    companies = _table(Company)
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
            f"{unnumbered[n].values['name']!r} has no organisation number, and a company of "
            "that name is already on record: it will be added as another company",
            ImportField.NAME,
            column,
        )
        for n in sorted(known, key=lambda n: unnumbered[n].number)
    ]


def _preview_rows(plan: _Plan) -> tuple[RowPlan, ...]:
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


# --- step 4: writing -------------------------------------------------------------------


def _table(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


class _Audit:
    """Audit rows shaped exactly as the session's listener writes them (services/audit.py):
    one per created or changed record, ``changes`` a JSON object of field -> [old, new]."""

    def __init__(self, actor: Actor, at: dt.datetime) -> None:
        self.actor = actor
        self.at = at
        # (action, table) -> rows; what all rows of a group share goes into the statement.
        self.groups: dict[tuple[AuditAction, str], list[dict[str, Any]]] = {}

    @property
    def count(self) -> int:
        return sum(len(rows) for rows in self.groups.values())

    def created(
        self, model: type[Base], record_id: int, values: Mapping[str, Any], summary: str
    ) -> None:
        # The listener's changes for a new record: {field: [null, value]} for each audited
        # column that is not None, in column order. Written out directly, because building
        # and encoding a dict per row was a third of a large import's time; the output is
        # the same text as json.dumps(changes, ensure_ascii=False, default=str).
        parts = []
        for key, prefix, convert in _audit_columns(model):
            value = values.get(key)
            if value is None:
                continue
            if convert:
                value = audit_value(value)
            kind = value.__class__
            if kind is str:
                encoded = encode_basestring(value)
            elif kind is bool:
                encoded = "true" if value else "false"
            elif kind is int:
                encoded = int.__repr__(value)
            else:
                encoded = _AUDIT_JSON.encode(value)
            parts.append(prefix + encoded + "]")
        self._add_encoded(
            AuditAction.CREATE, model, record_id, summary, "{" + ", ".join(parts) + "}"
        )

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
        self._add(AuditAction.UPDATE, model, record_id, summary, shaped)

    def _add(
        self,
        action: AuditAction,
        model: type[Base],
        record_id: int,
        summary: str,
        changes: Mapping[str, list[Any]],
    ) -> None:
        self._add_encoded(action, model, record_id, summary, _AUDIT_JSON.encode(changes))

    def _add_encoded(
        self, action: AuditAction, model: type[Base], record_id: int, summary: str, changes: str
    ) -> None:
        rows = self.groups.setdefault((action, model.__tablename__), [])
        rows.append({"record_id": record_id, "summary": summary, "changes": changes})

    def write(self, s: Session) -> None:
        """Every audit row, in this transaction: the change and its trail commit together."""
        for (action, table_name), rows in self.groups.items():
            shared = {
                "at": self.at,
                "user_id": self.actor.user_id,
                "username": self.actor.username,
                "action": action,
                "table_name": table_name,
            }
            _executemany(s, _table(AuditEntry), rows, shared)


# The listener's json.dumps(changes, ensure_ascii=False, default=str), made once.
_AUDIT_JSON = json.JSONEncoder(ensure_ascii=False, default=str)


@functools.cache
def _audited_columns(model: type[Base]) -> tuple[str, ...]:
    """The columns the audit listener records, in its order."""
    return tuple(a.key for a in inspect(model).column_attrs if a.key not in SKIPPED_FIELDS)


@functools.cache
def _audit_columns(model: type[Base]) -> tuple[tuple[str, str, bool], ...]:
    """Per audited column: its name, the JSON text before a new value ('"name": [null, '),
    and whether the listener's _plain() turns the value into text first (dates, enums)."""
    table = _table(model)
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
    """A Core ``insert(table)``, run as one DB-API executemany.

    SQLAlchemy's own executemany builds each row's parameters through several layers,
    about 9 µs a row on the test machine against 3 µs for the driver (100,000 audit
    rows: 1.35 s against 0.48 s). This compiles the same INSERT for the session's
    dialect and passes each value through its column type's bind processor, as
    SQLAlchemy would, so what is stored is the same. ``shared`` holds the values every
    row has in common.
    """
    if not rows:
        return
    conn = s.connection()
    dialect = conn.dialect
    fixed = dict(shared or {})
    varying = [k for k in rows[0] if k not in fixed]
    compiled = insert(table).compile(dialect=dialect, column_keys=varying + list(fixed))
    order = list(compiled.positiontup or [])
    if not compiled.positional or sorted(order) != sorted(varying + list(fixed)):
        # A driver with named parameters: let SQLAlchemy do it.
        statement = insert(table).values(fixed) if fixed else insert(table)
        s.execute(statement, list(rows))
        return
    # Column by column, then zipped into rows: the per-row work stays in C.
    columns: list[Iterable[Any]] = []
    for k in order:
        processor = table.c[k].type.bind_processor(dialect)
        if k in fixed:
            value = fixed[k]
            columns.append(itertools.repeat(processor(value) if processor else value, len(rows)))
        else:
            values = map(operator.itemgetter(k), rows)
            columns.append(list(map(processor, values)) if processor else list(values))
    params = list(zip(*columns, strict=False))
    conn.exec_driver_sql(compiled.string, params)


def _insert(
    s: Session,
    model: type[Base],
    rows: list[dict[str, Any]],
    shared: Mapping[str, Any] | None = None,
) -> list[int]:
    """Insert ``rows`` with one executemany and return their new ids, in order.

    On SQLite this transaction began with BEGIN IMMEDIATE, so it alone writes: the ids
    after the largest one are free, and handing them out here spares RETURNING, which
    makes SQLAlchemy render the rows as multi-VALUES batches at about twice the cost.
    Elsewhere (PostgreSQL) RETURNING with the parameters' order is the safe way.
    """
    if not rows:
        return []
    table = _table(model)
    id_column = table.c.id
    if s.get_bind().dialect.name == "sqlite":
        start = (s.scalar(select(func.max(id_column))) or 0) + 1
        ids = list(range(start, start + len(rows)))
        for row, new_id in zip(rows, ids, strict=True):
            row["id"] = new_id
        _executemany(s, table, rows, shared)
        return ids
    statement = insert(table).returning(id_column, sort_by_parameter_order=True)
    if shared:
        statement = statement.values(dict(shared))
    return list(s.scalars(statement, rows))


def _summary(model: type[Base], label: str) -> str:
    """The audit listener's label: the class name and the record's name or title."""
    return f"{model.__name__} {label!r}" if label else model.__name__


class ImportService(Service):
    """Importing companies from CSV, with a preview that writes nothing."""

    def preview(
        self,
        table: CsvTable,
        mapping: Mapping[int, ImportField | str],
        *,
        existing: ExistingPolicy | str = ExistingPolicy.UPDATE,
        progress: Progress | None = None,
    ) -> ImportPreview:
        """What importing ``table`` would do, row by row, with every row's problems."""
        self._require_to(UseCase.IMPORT_COMPANIES)
        checked = _checked_mapping(table, mapping)
        policy = _policy(existing)
        with _collector_paused(), self._read() as s:
            plan = _plan(s, table, checked, policy, progress)
        return ImportPreview(
            table=table,
            mapping=checked,
            existing=policy,
            rows=_preview_rows(plan),
            errors=tuple(plan.errors),
            duplicates=tuple(plan.duplicates),
            warnings=tuple(plan.warnings),
        )

    def import_companies(
        self,
        source: ImportPreview | CsvTable,
        mapping: Mapping[int, ImportField | str] | None = None,
        *,
        existing: ExistingPolicy | str | None = None,
        cohort_id: int | None = None,
        progress: Progress | None = None,
    ) -> ImportResult:
        """Import every row, or none: any row with a problem raises ``ImportRefusedError``
        and writes nothing.

        From a preview, its mapping and choice for existing companies are used unless
        given again; the rows are planned again inside the write transaction, so a
        company added by someone else since the preview is found. With ``cohort_id``,
        every company the file names is enrolled in that cohort (unless it already is),
        with its milestone checklist copied from the programme's template.
        """
        self._require_to(UseCase.IMPORT_COMPANIES)
        if isinstance(source, ImportPreview):
            table = source.table
            mapping = source.mapping if mapping is None else mapping
            existing = source.existing if existing is None else existing
        else:
            table = source
            if mapping is None:
                mapping = suggest_mapping(table.headers).fields
        checked = _checked_mapping(table, mapping)
        policy = _policy(existing or ExistingPolicy.UPDATE)
        if not table.rows and not table.problems:
            raise ValidationError("the file has a header row but no companies under it")
        with _collector_paused(), self._write() as s:
            cohort = get_or_raise(s, Cohort, cohort_id, "cohort") if cohort_id else None
            plan = _plan(s, table, checked, policy, progress)
            if plan.errors:
                raise ImportRefusedError(plan.errors)
            result = self._write_plan(s, plan, cohort)
        log.info("imported %s: %s", table.source or "a CSV file", result.summary)
        return result

    def _write_plan(self, s: Session, plan: _Plan, cohort: Cohort | None) -> ImportResult:
        at = utcnow()
        audit = _Audit(self.actor, at)
        rows = plan.rows
        company_ids = self._create_companies(
            s, [r for r in rows if r.action is RowAction.CREATE], audit, at
        )
        self._update_companies(s, [r for r in rows if r.action is RowAction.UPDATE], audit)
        added, updated = self._write_contacts(s, rows, audit)
        enrolled = already = milestones = 0
        ids = tuple(r.company_id for r in rows if r.company_id is not None)
        if cohort is not None:
            enrolled, already, milestones = self._enrol(s, cohort, ids, audit, at)
        audit.write(s)
        counts = {a: sum(1 for r in rows if r.action is a) for a in RowAction}
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

    def _create_companies(
        self, s: Session, rows: list[_Row], audit: _Audit, at: dt.datetime
    ) -> list[int]:
        if not rows:
            return []
        values = [r.values for r in rows]  # exactly the columns, as validate_company gives them
        ids = _insert(s, Company, values, {"created_at": at})
        for r, company_id, v in zip(rows, ids, values, strict=True):
            r.company_id = company_id
            audit.created(Company, company_id, v, _summary(Company, str(v["name"])))
        return ids

    def _update_companies(self, s: Session, rows: list[_Row], audit: _Audit) -> None:
        if not rows:
            return
        companies = _table(Company)
        statement = update(companies).where(companies.c.id == bindparam("b_id"))
        params = [{"b_id": r.company_id, **{k: r.values[k] for k in _COMPANY_FIELDS}} for r in rows]
        s.execute(statement, params)
        for r in rows:
            assert r.company_id is not None
            audit.updated(
                Company, r.company_id, r.changes, _summary(Company, str(r.values["name"]))
            )

    def _write_contacts(self, s: Session, rows: list[_Row], audit: _Audit) -> tuple[int, int]:
        new = [r for r in rows if r.contact is not None and r.contact_id is None]
        changed = [r for r in rows if r.contact_id is not None and r.contact_changes]
        contacts = _table(Contact)
        if new:
            values = [{"company_id": r.company_id, **(r.contact or {})} for r in new]
            for contact_id, v in zip(_insert(s, Contact, values), values, strict=True):
                audit.created(Contact, contact_id, v, _summary(Contact, str(v["name"])))
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
        self,
        s: Session,
        cohort: Cohort,
        company_ids: Sequence[int],
        audit: _Audit,
        at: dt.datetime,
    ) -> tuple[int, int, int]:
        """Enrol the companies in the cohort as EnrolmentService.enrol does, in bulk."""
        enrolments = _table(Enrolment)
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
        for enrolment_id, v in zip(enrolment_ids, values, strict=True):
            audit.created(Enrolment, enrolment_id, v, _summary(Enrolment, ""))
        items = s.scalars(
            select(MilestoneTemplateItem)
            .where(
                MilestoneTemplateItem.programme_id == cohort.programme_id,
                MilestoneTemplateItem.retired.is_(False),
            )
            .order_by(MilestoneTemplateItem.position)
        ).all()
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
        for milestone_id, v in zip(milestone_ids, milestone_values, strict=True):
            audit.created(Milestone, milestone_id, v, _summary(Milestone, str(v["title"])))
        return len(wanted), len(set(company_ids)) - len(wanted), len(milestone_values)
