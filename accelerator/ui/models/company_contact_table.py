"""A company's contacts: name, role, e-mail, phone."""

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

from accelerator.services.records import ContactRecord

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompanyContactTableModel", text)


class CompanyContactTableModel(QAbstractTableModel):
    COL_NAME = 0
    COL_ROLE = 1
    COL_EMAIL = 2
    COL_PHONE = 3
    COLUMN_COUNT = 4

    ContactIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ContactRecord] = []
        self._headers = (_tr("Name"), _tr("Role"), _tr("E-mail"), _tr("Phone"))

    def set_rows(self, rows: Iterable[ContactRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def contact_at(self, row: int) -> ContactRecord:
        return self._rows[row]

    def row_of(self, contact_id: int) -> int | None:
        return next((n for n, c in enumerate(self._rows) if c.id == contact_id), None)

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
        contact = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = (contact.name, contact.role, contact.email, contact.phone)[index.column()]
            return text if role == Qt.ItemDataRole.DisplayRole else (text or None)
        if role == self.ContactIdRole:
            return contact.id
        return None
