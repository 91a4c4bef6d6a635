"""What the import and export tests share: files written the way spreadsheets write them,
and the counts a refused import must leave as they were."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import text

from accelerator.services import Services
from accelerator.services.importing import ImportService

COUNTED_TABLES = ("companies", "contacts", "enrolments", "milestones", "audit_entries")


def csv_text(rows: Iterable[Sequence[str]], delimiter: str = ";") -> str:
    """Rows as a spreadsheet saves them: quoted where needed, CRLF line ends."""
    import csv
    import io

    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows(rows)
    return out.getvalue()


def write_csv(
    path: Path, rows: Iterable[Sequence[str]], *, delimiter: str = ";", encoding: str = "utf-8"
) -> Path:
    path.write_bytes(csv_text(rows, delimiter).encode(encoding))
    return path


def importer(services: Services) -> ImportService:
    return ImportService(services.db, services.actor)


def counts(services: Services) -> dict[str, int]:
    with services.db.read() as s:
        return {
            t: s.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in COUNTED_TABLES
        }


def audit_rows(services: Services, table: str) -> list[dict[str, Any]]:
    with services.db.read() as s:
        rows = s.execute(
            text(
                "SELECT action, record_id, username, summary, changes FROM audit_entries "
                "WHERE table_name = :t ORDER BY id"
            ),
            {"t": table},
        ).all()
    return [
        {"action": a, "record_id": r, "username": u, "summary": m, "changes": c}
        for a, r, u, m, c in rows
    ]


def changes(row: dict[str, Any]) -> dict[str, list[Any]]:
    return dict(json.loads(row["changes"]))
