"""What an import does with each row of its file: a plain value the preview, the import
and the window's words share."""

from __future__ import annotations

from enum import StrEnum


class RowAction(StrEnum):
    """What importing will do with one row."""

    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"  # on record already, with the same values
    SKIP = "skip"  # on record already, and the user chose to leave those alone
    ERROR = "error"
