"""Copying a whole database into another: a SQLite file to a PostgreSQL server, or back.

The target must be new or empty (its schema only): the copy adds every row of every
table, with the ids as they are, and never merges into data already there. Both sides
are opened as the program opens them, so both are at the same schema version (an older
source file is upgraded first, with its backup).

The source is read in one transaction, so the copy is one moment's state of it even if
someone works in it meanwhile. The target is written in one transaction: on any
failure it is rolled back and the target keeps its schema and no rows. After the
commit the rows are counted on both sides.

Every table of the models' metadata is copied, parents before children; no table is
named here. Rows are only inserted, never updated or deleted (the audit trail refuses
both).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Table, exc, func, insert, inspect, select, table, text
from sqlalchemy.engine import URL

from accelerator.db.engine import WRITE_OPTION, Database, database_url, make_engine, sqlite_path
from accelerator.db.migrate import VERSION_TABLE
from accelerator.db.open import open_database
from accelerator.errors import CopyError, DatabaseOpenError
from accelerator.i18n import in_context
from accelerator.models import Base

log = logging.getLogger(__name__)
_tr = in_context("Database copy")

BATCH_ROWS = 5_000
POSTGRES_DEFAULT_PORT = 5432

Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class CopyResult:
    """What was copied: rows per table (in the order copied), and how long it took."""

    source: str  # for display: a path, or a URL without its password
    target: str
    counts: dict[str, int]
    seconds: float

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())


def copy_database(
    source: str,
    target: str,
    *,
    progress: Progress | None = None,
    batch_rows: int = BATCH_ROWS,
) -> CopyResult:
    """Copy every row of ``source`` into ``target`` (each a file path or a SQLAlchemy URL).

    ``target`` is created or migrated as needed and must hold no rows yet; ``progress``
    is called with a table's name and the rows of it copied so far, after each batch.
    Raises CopyError (or DatabaseOpenError) with a message for the user; the target
    then holds no rows, except when the counts after the commit disagree, which the
    message says.
    """
    if batch_rows < 1:
        raise ValueError("batch_rows must be at least 1")
    started = time.perf_counter()
    source_url, target_url = database_url(source), database_url(target)
    source_name, target_name = display_name(source_url), display_name(target_url)
    if same_database(source_url, target_url):
        raise CopyError(
            _tr(
                "{0} and {1} are the same database: copy into a new file or an empty database"
            ).format(source_name, target_name)
        )
    _check_source(source_url, source_name)
    # Before the target is opened, which may create or upgrade its schema: a target
    # with data is refused as it is. The check inside the copy's transaction is the one
    # that counts; this one only keeps a refused target untouched.
    _refuse_rows(_existing_rows(target_url), target_name)

    tables = list(Base.metadata.sorted_tables)
    src = _open(source, source_url, source_name)
    try:
        dst = _open(target, target_url, target_name)
        try:
            copied, source_counts = _copy(
                src, dst, tables, source_name, target_name, progress, batch_rows
            )
            target_counts = _counted_after_commit(dst, tables, target_name)
        finally:
            dst.dispose()
    finally:
        src.dispose()

    differ = [
        _tr("{0}: {1} in the source, {2} copied, {3} in the target").format(
            name, source_counts[name], copied[name], target_counts.get(name)
        )
        for name in source_counts
        if source_counts[name] != target_counts.get(name) or copied[name] != source_counts[name]
    ]
    if differ:
        raise CopyError(
            _tr(
                "the copy into {0} was committed, but its row counts differ from {1} ({2}); "
                "do not use the target until this is explained"
            ).format(target_name, source_name, "; ".join(differ))
        )
    seconds = time.perf_counter() - started
    log.info(
        "copied %d rows from %s to %s in %.2f s",
        sum(copied.values()),
        source_name,
        target_name,
        seconds,
    )
    return CopyResult(source_name, target_name, copied, seconds)


def display_name(url: URL) -> str:
    """A file's path, or a server URL with its password hidden."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return url.render_as_string(hide_password=True)


def same_database(a: URL, b: URL) -> bool:
    """Whether two URLs name one database (a file by its real path, a server's by
    host, port and name; a server reached under two names is not recognised)."""
    if a.get_backend_name() != b.get_backend_name():
        return False
    path_a, path_b = sqlite_path(a), sqlite_path(b)
    if path_a is not None and path_b is not None:
        if path_a.exists() and path_b.exists():
            return os.path.samefile(path_a, path_b)
        return path_a.resolve() == path_b.resolve()
    if a.get_backend_name() == "sqlite":
        return False  # in-memory databases are each their own

    def where(url: URL) -> tuple[str, int | None, str | None]:
        port = url.port
        if port is None and url.get_backend_name() == "postgresql":
            port = POSTGRES_DEFAULT_PORT
        host = (url.host or str(url.query.get("host", "")) or "localhost").lower()
        return host, port, url.database

    return where(a) == where(b)


def _check_source(url: URL, name: str) -> None:
    """Refuse a source that does not exist, before opening it would create it."""
    path = sqlite_path(url)
    if path is not None:
        if not path.is_file() or path.stat().st_size == 0:
            raise CopyError(_tr("there is no database at {0} to copy").format(path))
        return
    if url.get_backend_name() == "sqlite":
        raise CopyError(_tr("an in-memory database cannot be copied"))
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            has_tables = bool(inspect(conn).get_table_names())
    except exc.DBAPIError:
        return  # opening it says what is wrong
    finally:
        engine.dispose()
    if not has_tables:
        raise CopyError(
            _tr("{0} holds no Accelerator database: there is nothing to copy").format(name)
        )


def _existing_rows(url: URL) -> dict[str, int]:
    """Rows per table already in the database at ``url``, without changing it.

    Empty when there is none yet, or when it cannot be read (opening it says why).
    """
    path = sqlite_path(url)
    if path is not None and (not path.is_file() or path.stat().st_size == 0):
        return {}
    engine = make_engine(url, read_only=path is not None)
    try:
        with engine.connect() as conn:
            return _rows_present(conn)
    except exc.DBAPIError:
        return {}
    finally:
        engine.dispose()


def _rows_present(conn: Connection) -> dict[str, int]:
    """Tables holding rows (any table the database has, known to the models or not)."""
    counts: dict[str, int] = {}
    for name in sorted(inspect(conn).get_table_names()):
        if name == VERSION_TABLE:
            continue
        count = conn.scalar(select(func.count()).select_from(table(name))) or 0
        if count:
            counts[name] = count
    return counts


#: Lists that a new database is given by its migrations (joint projects' strategic areas
#: and funding schemes), so that a person has them before adding anything: in a target
#: that holds nothing else they are not data of its own, and the source's lists replace
#: them.
SEEDED = ("funding_schemes", "strategic_areas")


def _own_data(rows: dict[str, int]) -> dict[str, int]:
    """``rows`` unless all of them are the seeded lists of a new database."""
    return {} if set(rows) <= set(SEEDED) else rows


def _clear_seeded(conn: Connection) -> None:
    """Remove the seeded lists of a target with no data of its own (nothing names them)."""
    for name in SEEDED:
        conn.execute(table(name).delete())


def _refuse_rows(rows: dict[str, int], target_name: str) -> None:
    rows = _own_data(rows)
    if not rows:
        return
    biggest = sorted(rows.items(), key=lambda item: (-item[1], item[0]))
    shown = ", ".join(f"{name}: {count}" for name, count in biggest[:3])
    if len(biggest) > 3:
        shown = _tr("{0} and %n more tables", n=len(biggest) - 3).format(shown)
    raise CopyError(
        _tr(
            "the target {0} already has data ({1}); nothing was copied. Copy into a new file "
            "or an empty database"
        ).format(target_name, shown)
    )


def _open(raw: str, url: URL, name: str) -> Database:
    """open_database, with any password in its message replaced by the display name."""
    try:
        return open_database(raw)
    except DatabaseOpenError as error:
        message = _scrub(str(error), raw, url, name)
        if message == str(error):
            raise
        raise DatabaseOpenError(message) from None


def _scrub(message: str, raw: str, url: URL, name: str) -> str:
    message = message.replace(raw, name)
    if url.password:
        message = message.replace(str(url.password), "***")
    return message


def _copy(
    src: Database,
    dst: Database,
    tables: Sequence[Table],
    source_name: str,
    target_name: str,
    progress: Progress | None,
    batch_rows: int,
) -> tuple[dict[str, int], dict[str, int]]:
    """Copy in one target transaction; returns the rows copied and the source's counts,
    both from the one snapshot of the source that was read."""
    with src.engine.connect() as src_conn:
        if src_conn.dialect.name == "postgresql":
            # One snapshot for every statement of the transaction, not one per statement.
            src_conn.execution_options(isolation_level="REPEATABLE READ")
        with src_conn.begin():
            try:
                _check_schema(src_conn, tables, source_name)
                _refuse_row_security(src_conn, tables, source_name)
                writer = dst.engine.execution_options(**{WRITE_OPTION: True})
                with writer.begin() as dst_conn:
                    _check_schema(dst_conn, tables, target_name)
                    _refuse_row_security(dst_conn, tables, target_name)
                    _refuse_rows(_rows_present(dst_conn), target_name)
                    _clear_seeded(dst_conn)
                    copied = {
                        t.name: _copy_table(src_conn, dst_conn, t, progress, batch_rows)
                        for t in tables
                    }
                    if dst_conn.dialect.name == "postgresql":
                        _reset_sequences(dst_conn, tables)
            except exc.SQLAlchemyError as error:
                raise CopyError(
                    _tr("the copy from {0} to {1} failed: {2}; nothing was copied").format(
                        source_name, target_name, _reason(error)
                    )
                ) from error
            try:
                source_counts = _counts(src_conn, tables)
            except exc.SQLAlchemyError as error:
                raise CopyError(
                    _tr(
                        "the rows were copied into {0}, but counting them in {1} afterwards "
                        "failed ({2}); the counts were not checked"
                    ).format(target_name, source_name, _reason(error))
                ) from error
    return copied, source_counts


def _check_schema(conn: Connection, tables: Sequence[Table], name: str) -> None:
    """The database's tables and columns are the models' (no row would be left behind)."""
    found = {
        table_name: {column["name"] for column in columns}
        for (_schema, table_name), columns in inspect(conn).get_multi_columns().items()
        if table_name != VERSION_TABLE
    }
    problems: list[str] = []
    expected = {t.name for t in tables}
    unknown = sorted(set(found) - expected)
    if unknown:
        problems.append(_tr("tables this program does not know: {0}").format(", ".join(unknown)))
    for t in tables:
        if t.name not in found:
            problems.append(_tr("no table {0}").format(t.name))
            continue
        columns = {c.name for c in t.columns}
        missing, extra = sorted(columns - found[t.name]), sorted(found[t.name] - columns)
        if missing:
            problems.append(_tr("{0} lacks {1}").format(t.name, ", ".join(missing)))
        if extra:
            problems.append(
                _tr("{0} has columns this program does not know: {1}").format(
                    t.name, ", ".join(extra)
                )
            )
    if problems:
        raise CopyError(
            _tr(
                "{0} does not have the tables this version of Accelerator expects ({1}); "
                "nothing was copied"
            ).format(name, "; ".join(problems))
        )


def _refuse_row_security(conn: Connection, tables: Sequence[Table], name: str) -> None:
    """On a server, the rows this connection's role may not see or write would be left
    out of the copy (or of the check that the target is empty) with no error at all.

    Row-level security (team mode) scopes a mentor's role, for one; a table's owner, a
    superuser and a BYPASSRLS role are not subject to it. After the check, row_security
    is switched off for the transaction, so that a policy that still applies somehow
    makes a statement fail instead of filtering its rows, as pg_dump does.
    """
    if conn.dialect.name != "postgresql":
        return
    preparer = conn.dialect.identifier_preparer
    scoped = [
        t.name
        for t in tables
        if conn.scalar(text("SELECT row_security_active(:t)"), {"t": preparer.format_table(t)})
    ]
    if scoped:
        user = conn.scalar(text("SELECT current_user"))
        raise CopyError(
            _tr(
                "on {0}, row-level security limits what {1} may read and write ({2}), so the "
                "copy would be incomplete; nothing was copied. Connect as the database's "
                "owner or an administrator"
            ).format(name, user, ", ".join(scoped))
        )
    conn.execute(text("SET LOCAL row_security = off"))


def _copy_table(
    src: Connection,
    dst: Connection,
    t: Table,
    progress: Progress | None,
    batch_rows: int,
) -> int:
    keys = [column.key for column in t.columns]
    order = list(t.primary_key.columns) or list(t.columns)
    statement = insert(t)
    done = 0
    try:
        with src.execute(
            select(t).order_by(*order), execution_options={"yield_per": batch_rows}
        ) as result:
            for batch in result.partitions():
                dst.execute(statement, [dict(zip(keys, row, strict=True)) for row in batch])
                done += len(batch)
                if progress is not None:
                    progress(t.name, done)
    except (exc.SQLAlchemyError, LookupError, ValueError) as error:
        # LookupError, ValueError: a stored value the column's type refuses to read.
        raise CopyError(
            _tr("copying {0} failed after {1} of its rows: {2}; nothing was copied").format(
                t.name, done, _reason(error)
            )
        ) from error
    if done == 0 and progress is not None:
        progress(t.name, 0)
    return done


def _reset_sequences(conn: Connection, tables: Sequence[Table]) -> None:
    """Point each id sequence past the copied ids, so the next insert does not collide."""
    preparer = conn.dialect.identifier_preparer
    for t in tables:
        column = t.autoincrement_column
        if column is None:
            continue
        quoted_table, quoted_column = preparer.format_table(t), preparer.quote(column.name)
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence(:table, :column), "
                f"COALESCE(MAX({quoted_column}), 1), MAX({quoted_column}) IS NOT NULL) "
                f"FROM {quoted_table}"
            ),
            {"table": quoted_table, "column": column.name},
        )


def _counts(conn: Connection, tables: Sequence[Table]) -> dict[str, int]:
    return {t.name: conn.scalar(select(func.count()).select_from(t)) or 0 for t in tables}


def _counted_after_commit(dst: Database, tables: Sequence[Table], name: str) -> dict[str, int]:
    try:
        with dst.engine.connect() as conn:
            return _counts(conn, tables)
    except exc.SQLAlchemyError as error:
        raise CopyError(
            _tr(
                "the rows were copied into {0}, but counting them afterwards failed ({1}); the "
                "counts were not checked"
            ).format(name, _reason(error))
        ) from error


def _reason(error: BaseException) -> str:
    """The database's own words, on one line, without the SQL statement or its values."""
    if isinstance(error, exc.StatementError) and error.orig is not None:
        text_ = str(error.orig)
    else:
        text_ = str(error)
    return " ".join(text_.split()) or type(error).__name__


__all__ = ["BATCH_ROWS", "CopyResult", "copy_database", "display_name", "same_database"]
