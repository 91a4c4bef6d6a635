"""Errors that carry a message meant for the person using the program.

Every layer raises these; the window shows ``str(error)`` and the command line
prints it on one line. Anything else reaching the top is a bug and is logged
with its traceback.
"""

from __future__ import annotations


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
        """How a person calls the field: given by the service, or made from its name."""
        return self.labels.get(field) or field.replace("_", " ").capitalize()

    def _message(self) -> str:
        parts = []
        for field, text in self.problems.items():
            parts.append(f"{self.label(field)}: {text}" if field else text)
        return "; ".join(parts)


class NotFoundError(AcceleratorError):
    """A record the user asked for does not exist (any more)."""


class PermissionDeniedError(AcceleratorError):
    """The signed-in user may not do this."""
