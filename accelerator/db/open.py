"""Opening a database: checks first, so that a bad file gets a clear message and stays as it was."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from sqlalchemy import exc

from accelerator.db.engine import (
    BUSY_TIMEOUT_MS,
    Database,
    database_url,
    make_engine,
    set_wal,
    sqlite_path,
)
from accelerator.db.migrate import schema_state, upgrade_to_head
from accelerator.errors import DatabaseOpenError

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


def check_sqlite_file(path: Path) -> bool:
    """Refuse a file that cannot be our database before SQLite touches it.

    Returns True when the file does not exist yet or is empty (a new database).
    """
    if path.is_dir():
        raise DatabaseOpenError(f"{path} is a folder, not a database file")
    if not path.exists():
        if not path.parent.exists():
            raise DatabaseOpenError(f"the folder {path.parent} does not exist")
        if not os.access(path.parent, os.W_OK):
            raise DatabaseOpenError(f"cannot create {path}: the folder is read-only")
        return True
    if not os.access(path, os.R_OK):
        raise DatabaseOpenError(f"cannot read {path}: permission denied")
    if path.stat().st_size == 0:
        return True
    with path.open("rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseOpenError(f"{path} is not an Accelerator database (not a SQLite file)")
    if not os.access(path, os.W_OK):
        raise DatabaseOpenError(
            f"{path} is read-only; Accelerator needs to write to it (check the file's permissions)"
        )
    return False


def open_database(
    target: str, *, upgrade: bool = True, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> Database:
    """Open ``target`` (a file path or a URL), creating or upgrading its schema.

    A newer schema, a file that is not a database, a locked or read-only file raise
    DatabaseOpenError, and the file is left as it was.
    """
    url = database_url(target)
    path = sqlite_path(url)
    is_new = check_sqlite_file(path) if path is not None else False
    engine = make_engine(url, busy_timeout_ms=busy_timeout_ms)
    db = Database(engine, target)
    try:
        with engine.connect() as conn:
            state = schema_state(conn)
        if state.is_empty and path is not None:
            set_wal(engine)
        if state.needs_upgrade:
            if not upgrade:
                raise DatabaseOpenError(
                    f"the database schema is at {state.current or 'nothing'}, "
                    f"this program needs {state.head}"
                )
            if not state.is_empty:
                log.info("upgrading schema from %s to %s", state.current, state.head)
            upgrade_to_head(engine)
    except DatabaseOpenError:
        db.dispose()
        raise
    except exc.OperationalError as error:
        db.dispose()
        raise DatabaseOpenError(_describe_operational_error(target, error)) from error
    except exc.DatabaseError as error:
        db.dispose()
        raise DatabaseOpenError(f"cannot open {target}: {error.orig}") from error
    if is_new:
        log.info("created a new database at %s", target)
    return db


def _describe_operational_error(target: str, error: exc.OperationalError) -> str:
    text = str(error.orig)
    if isinstance(error.orig, sqlite3.OperationalError):
        if "locked" in text or "busy" in text:
            return f"{target} is locked by another program; close it and try again"
        if "readonly" in text or "read-only" in text:
            return f"{target} is read-only; Accelerator needs to write to it"
        if "unable to open" in text:
            return f"cannot open {target}: {text}"
    return f"cannot open {target}: {text}"
