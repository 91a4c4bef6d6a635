"""A company's history across cohorts: one row per enrolment, oldest first."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from accelerator.domain.enums import EnrolmentStatus
from accelerator.services.records import EnrolmentRecord
from accelerator.ui.kit import enrolment_status_text, format_date

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompanyEnrolmentTableModel", text)


def status_text(record: EnrolmentRecord) -> str:
    """``Active``, or ``Graduated 12.06.2026`` / ``Withdrawn 3.03.2026``."""
    text = enrolment_status_text(record.status)
    if record.status is not EnrolmentStatus.ACTIVE and record.status_changed_on:
        text = _tr("{0} {1}").format(text, format_date(record.status_changed_on))
    return text


class CompanyEnrolmentTableModel(QAbstractTableModel):
    COL_COHORT = 0
    COL_PROGRAMME = 1
    COL_JOINED = 2
    COL_STATUS = 3
    COL_MENTORS = 4
    COLUMN_COUNT = 5

    EnrolmentIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[EnrolmentRecord] = []
        self._headers = (
            _tr("Cohort"),
            _tr("Programme"),
            _tr("Joined"),
            _tr("Status"),
            _tr("Mentors"),
        )

    def set_rows(self, rows: Iterable[EnrolmentRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def enrolment_at(self, row: int) -> EnrolmentRecord:
        return self._rows[row]

    def row_of(self, enrolment_id: int) -> int | None:
        return next((n for n, e in enumerate(self._rows) if e.id == enrolment_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_STATUS and record.status_reason:
                return record.status_reason
            return self._display(record, column) or None
        if role == self.EnrolmentIdRole:
            return record.id
        return None

    def _display(self, record: EnrolmentRecord, column: int) -> str:
        if column == self.COL_COHORT:
            return record.cohort_name
        if column == self.COL_PROGRAMME:
            return record.programme_name
        if column == self.COL_JOINED:
            return format_date(record.joined_on)
        if column == self.COL_STATUS:
            return status_text(record)
        if column == self.COL_MENTORS:
            if not record.mentors:
                return _tr("None assigned")
            return ", ".join(m.display_name for m in record.mentors)
        return ""
