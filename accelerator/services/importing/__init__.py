"""Importing companies from a spreadsheet saved as CSV: read, map, preview, then all or nothing.

A window drives four steps, and the command line runs them in one go; each stage is a
module of this package:

1. ``reading``: ``read_companies_csv`` turns the file's bytes into a ``CsvTable``, finding
   the encoding and the delimiter; what is wrong with a row (bytes, cell sizes, quotes
   checked by ``quoting``) becomes a problem of that row, never a crash.
2. ``mapping``: ``suggest_mapping`` maps headers in English or Norwegian to fields and
   reports the columns a person should look at.
3. ``planning``: ``ImportService.preview`` says what will happen to every row (create,
   update, unchanged, skip, error) and lists every row's problems, with the row number a
   spreadsheet shows, before anything is written.
4. ``writing``: ``ImportService.import_companies`` plans again inside one write
   transaction (the database may have changed since the preview) and writes everything
   or nothing, in bulk, with the audit rows the session's listener would have written.

``service`` holds ``ImportService``; ``fields`` what every stage speaks of. Callers import
from this package, not from its modules.
"""

from __future__ import annotations

from accelerator.domain.import_rows import RowAction
from accelerator.services.importing.fields import (
    CONTACT_FIELDS,
    FIELD_LABELS,
    ImportField,
    RowError,
)
from accelerator.services.importing.mapping import (
    HEADER_WORDS,
    ColumnNote,
    SuggestedMapping,
    suggest_mapping,
)
from accelerator.services.importing.planning import (
    ERRORS_IN_MESSAGE,
    LOOKUP_CHUNK,
    NORWAY_WORDS,
    PROGRESS_EVERY,
    DuplicateNumber,
    ExistingPolicy,
    ImportCancelledError,
    ImportPreview,
    ImportRefusedError,
    Progress,
    RowPlan,
)
from accelerator.services.importing.reading import (
    DELIMITER_LABELS,
    DELIMITER_NAMES,
    DELIMITERS,
    ENCODING_LABELS,
    MAX_FIELD_LENGTH,
    NEUTRALISED,
    PLAUSIBLE_ENCODINGS,
    CsvRow,
    CsvTable,
    column_letter,
    delimiter_label,
    detect_delimiter,
    detect_encoding,
    encoding_label,
    read_companies_csv,
)
from accelerator.services.importing.service import ImportService
from accelerator.services.importing.writing import ImportResult

__all__ = [
    "CONTACT_FIELDS",
    "DELIMITERS",
    "DELIMITER_LABELS",
    "DELIMITER_NAMES",
    "ENCODING_LABELS",
    "delimiter_label",
    "encoding_label",
    "ERRORS_IN_MESSAGE",
    "FIELD_LABELS",
    "HEADER_WORDS",
    "LOOKUP_CHUNK",
    "MAX_FIELD_LENGTH",
    "NEUTRALISED",
    "NORWAY_WORDS",
    "PLAUSIBLE_ENCODINGS",
    "PROGRESS_EVERY",
    "ColumnNote",
    "CsvRow",
    "CsvTable",
    "DuplicateNumber",
    "ExistingPolicy",
    "ImportCancelledError",
    "ImportField",
    "ImportPreview",
    "ImportRefusedError",
    "ImportResult",
    "ImportService",
    "Progress",
    "RowAction",
    "RowError",
    "RowPlan",
    "SuggestedMapping",
    "column_letter",
    "detect_delimiter",
    "detect_encoding",
    "read_companies_csv",
    "suggest_mapping",
]
