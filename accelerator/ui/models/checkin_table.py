"""The people the door's search found, best match first: name, organisation, and where
they stand (arrived, with the time on the clock in Norway; expected; waiting; cancelled).

The order is the search's (``domain.checkin``): the list is not sorted by a header, and
each keystroke gives it new rows with one model reset.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QFont, QIcon

from accelerator.domain.enums import RegistrationStatus, in_words
from accelerator.domain.events import norwegian_time
from accelerator.i18n import in_context
from accelerator.services.records import RegistrationRecord
from accelerator.ui.kit import muted_colour
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.table import QT_TRANSLATE_NOOP, ColumnSpec, RecordTableModel, bold_font

_tr = in_context("CheckinTableModel")


def arrived_text(record: RegistrationRecord) -> str:
    """Where the person stands, as the door says it: ``Arrived 09:12``, ``Walked in 09:40``,
    or the status in words."""
    if record.status is RegistrationStatus.ATTENDED:
        at = record.checked_in_at
        clock = f"{norwegian_time(at):%H:%M}" if at is not None else ""
        if record.walk_in:
            return _tr("Walked in {0}").format(clock).strip()
        return _tr("Arrived {0}").format(clock).strip()
    if record.status is RegistrationStatus.REGISTERED:
        return _tr("Expected")
    return in_words(record.status)


class CheckinTableModel(RecordTableModel[RegistrationRecord]):
    """The matches at the door, in the search's order."""

    sortable: ClassVar[bool] = False
    COL_NAME, COL_ORGANISATION, COL_STATUS = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._done: QIcon | None = None
        self.columns = (
            ColumnSpec(
                QT_TRANSLATE_NOOP("CheckinTableModel", "Name"),
                lambda r: r.name,
                font=self._font,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CheckinTableModel", "Organisation"), lambda r: r.organisation
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CheckinTableModel", "Status"),
                arrived_text,
                decoration=self._decoration,
                foreground=self._foreground,
            ),
        )

    @staticmethod
    def _arrived(record: RegistrationRecord) -> bool:
        return record.status is RegistrationStatus.ATTENDED

    def _font(self, record: RegistrationRecord) -> QFont | None:
        # Those still to come stand out; those inside are done with.
        return None if self._arrived(record) else bold_font()

    def _decoration(self, record: RegistrationRecord) -> QIcon | None:
        if not self._arrived(record):
            return None
        if self._done is None:
            self._done = icon("done")
        return self._done

    def _foreground(self, record: RegistrationRecord) -> QColor | None:
        gone = (RegistrationStatus.CANCELLED, RegistrationStatus.NO_SHOW)
        return muted_colour() if record.status in gone else None
