"""The readiness frameworks in the database: name, version, dimensions, use."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from accelerator.services.records import FrameworkRecord

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("FrameworkModel", text)


class FrameworkModel(QAbstractTableModel):
    COL_NAME, COL_VERSION, COL_DIMENSIONS, COL_ASSESSMENTS = range(4)
    _HEADERS = ("Framework", "Version", "Dimensions", "Assessments")

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._rows: list[FrameworkRecord] = []

    def set_rows(self, rows: Sequence[FrameworkRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def framework_at(self, row: int) -> FrameworkRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, framework_id: int) -> int:
        return next((i for i, f in enumerate(self._rows) if f.id == framework_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._HEADERS)
        ):
            return _tr(self._HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        f = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_NAME:
                return f.name
            if col == self.COL_VERSION:
                return str(f.version)
            if col == self.COL_DIMENSIONS:
                return str(len(f.dimensions))
            if col == self.COL_ASSESSMENTS:
                return str(f.assessment_count)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_DIMENSIONS:
                return ", ".join(d.name for d in f.dimensions)
            if col == self.COL_ASSESSMENTS:
                return (
                    _tr("Used by assessments: a change makes a new version")
                    if f.assessment_count
                    else _tr("No assessment uses this version yet")
                )
            return f.description or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.COL_NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return f.id
        return None
