"""Errors that carry a message meant for the person using the program.

Every layer raises these; the window shows ``str(error)`` and the command line
prints it on one line. Anything else reaching the top is a bug and is logged
with its traceback. A message is made in the language spoken when it is raised
(``accelerator.i18n``), so the window and the command line show it as it is.
"""

from __future__ import annotations

from pathlib import Path

from accelerator.i18n import in_context, marked, translate

_tr = in_context("Errors")

#: What a person calls a field a service names in a ValidationError, where the service
#: gives no label of its own: "Home cluster: is 201 characters long". Marked here, shown
#: by ``ValidationError.label`` in the language spoken. The audit trail names a stored
#: column by the same words ("Bransje: Havbruk → Subsea"); a column whose name is not
#: English as it stands (``is_foreign``) has its words in services/audit_log.py instead.
FIELD_LABELS: dict[str, str] = {
    "active": marked("Fields", "Active"),
    "archived": marked("Fields", "Archived"),
    "assessed_on": marked("Fields", "Assessed on"),
    "assessment_interval_weeks": marked("Fields", "Assessment interval weeks"),
    "assessor": marked("Fields", "Assessor"),
    "assigned_on": marked("Fields", "Assigned on"),
    "blocked_reason": marked("Fields", "Blocked reason"),
    "category": marked("Fields", "Category"),
    "cluster": marked("Fields", "Cluster"),
    "cohort": marked("Fields", "Cohort"),
    "company": marked("Fields", "Company"),
    "completed_on": marked("Fields", "Completed on"),
    "confidential": marked("Fields", "Confidential"),
    "country": marked("Fields", "Country"),
    "current": marked("Fields", "Current"),
    "date": marked("Fields", "Date"),
    "delimiter": marked("Fields", "Delimiter"),
    "description": marked("Fields", "Description"),
    "display_name": marked("Fields", "Display name"),
    "due_date": marked("Fields", "Due date"),
    "email": marked("Fields", "Email"),
    "employees": marked("Fields", "Employees"),
    "encoding": marked("Fields", "Encoding"),
    "end_date": marked("Fields", "End date"),
    "evidence": marked("Fields", "Evidence"),
    "existing": marked("Fields", "Existing"),
    "file": marked("Fields", "File"),
    "founded_year": marked("Fields", "Founded year"),
    "framework": marked("Fields", "Framework"),
    "home_cluster": marked("Fields", "Home cluster"),
    "joined_on": marked("Fields", "Joined on"),
    "key": marked("Fields", "Key"),
    "kind": marked("Fields", "Kind"),
    "left_on": marked("Fields", "Left on"),
    "level": marked("Fields", "Level"),
    "licence": marked("Fields", "Licence"),
    "mapping": marked("Fields", "Mapping"),
    "mentor": marked("Fields", "Mentor"),
    "name": marked("Fields", "Name"),
    "next_steps": marked("Fields", "Next steps"),
    "notes": marked("Fields", "Notes"),
    "org_number": marked("Fields", "Org number"),
    "organisation": marked("Fields", "Organisation"),
    "page_size": marked("Fields", "Page size"),
    "password": marked("Fields", "Password"),
    "password_again": marked("Fields", "Password again"),
    "period": marked("Fields", "Period"),
    "phone": marked("Fields", "Phone"),
    "position": marked("Fields", "Position"),
    "programme": marked("Fields", "Programme"),
    "reason": marked("Fields", "Reason"),
    "region": marked("Fields", "Region"),
    "registry_number": marked("Fields", "Registry number"),
    "role": marked("Fields", "Role"),
    "sector": marked("Fields", "Sector"),
    "short_name": marked("Fields", "Short name"),
    "start_date": marked("Fields", "Start date"),
    "status": marked("Fields", "Status"),
    "status_changed_on": marked("Fields", "Status changed on"),
    "technology_focus": marked("Fields", "Technology focus"),
    "title": marked("Fields", "Title"),
    "today": marked("Fields", "Today"),
    "user": marked("Fields", "User"),
    "username": marked("Fields", "Username"),
    "version": marked("Fields", "Version"),
    "website": marked("Fields", "Website"),
}
_FIELDS = "Fields"


class AcceleratorError(Exception):
    """A problem the user can understand and act on."""


class DatabaseOpenError(AcceleratorError):
    """The database cannot be opened: missing, not a database, locked, read-only, damaged."""


class SchemaTooNewError(DatabaseOpenError):
    """The database was written by a newer version of Accelerator; it is left untouched."""


class ValidationError(AcceleratorError):
    """Input that breaks a rule. ``problems`` maps a field name to what is wrong with it."""

    def __init__(
        self,
        problems: dict[str, str] | str,
        field: str | None = None,
        labels: dict[str, str] | None = None,
    ) -> None:
        if isinstance(problems, str):
            problems = {field or "": problems}
        self.problems: dict[str, str] = dict(problems)
        self.labels: dict[str, str] = dict(labels or {})
        super().__init__(self._message())

    def label(self, field: str) -> str:
        """How a person calls the field: given by the service, else the field's words in
        :data:`FIELD_LABELS`, else made from its name."""
        given = self.labels.get(field)
        if given:
            return given
        known = FIELD_LABELS.get(field)
        if known is not None:
            return translate(_FIELDS, known)
        return field.replace("_", " ").capitalize()

    def _message(self) -> str:
        parts = []
        for field, text in self.problems.items():
            parts.append(_tr("{0}: {1}").format(self.label(field), text) if field else text)
        return "; ".join(parts)


class NotFoundError(AcceleratorError):
    """A record the user asked for does not exist (any more)."""


class PermissionDeniedError(AcceleratorError):
    """The signed-in user may not do this."""


class PasswordNeededError(DatabaseOpenError):
    """The server wants a password, or a different one: ask for it and try again."""


class DamagedDatabaseError(DatabaseOpenError):
    """The database failed SQLite's own check when it was opened.

    It is never opened: the damaged file (with its -wal and -shm) has been moved to
    ``moved_to`` so that nothing more is written to it, and ``backup`` is the newest
    backup that passed its check, so the window can offer to restore it.
    """

    def __init__(
        self,
        message: str,
        *,
        path: Path,
        moved_to: Path | None,
        backup: Path | None,
        problems: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message)
        self.path = path
        self.moved_to = moved_to
        self.backup = backup
        self.problems = problems


class DatabaseInUseError(AcceleratorError):
    """Another running Accelerator has this database open; we write nothing to it."""

    def __init__(
        self,
        message: str,
        *,
        host: str = "",
        pid: int | None = None,
        user: str = "",
        since: str = "",
    ) -> None:
        super().__init__(message)
        self.host = host
        self.pid = pid
        self.user = user
        #: When the holder opened it (local time, ISO 8601): the window says so in any
        #: language, where reading it back out of the message worked in English only.
        self.since = since


class BackupError(AcceleratorError):
    """A backup could not be made (or failed its check); no older backup was touched."""


class RestoreError(AcceleratorError):
    """A file cannot be restored, or the restore could not finish; the database is as it was."""


class CopyError(AcceleratorError):
    """A database could not be copied into another.

    The target then holds no rows, unless the message says the copy was committed (the
    counts afterwards disagreed).
    """


class ConflictError(AcceleratorError):
    """Someone else saved the same record since this form read it; nothing was saved.

    ``current`` is the record as it is now (None when the clash came at the very moment
    of saving), with ``current.row_version`` to overwrite it knowingly;
    ``changed_by``/``changed_at`` say who saved last, when the reader may know it.
    """

    def __init__(
        self,
        message: str,
        *,
        current: object | None = None,
        changed_by: str | None = None,
        changed_at: object | None = None,
        what: str = "record",
    ) -> None:
        super().__init__(message)
        self.what = what
        self.current = current
        self.changed_by = changed_by
        self.changed_at = changed_at
