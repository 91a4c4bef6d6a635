"""The timeline of one enrolment's assessments, newest first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from accelerator.services.records import AssessmentRecord, DimensionRecord
from accelerator.ui.kit import assessment_kind_text, format_date

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryModel", text)


class HistoryModel(QAbstractTableModel):
    """One row per assessment: date, kind (corrected, confidential), assessor, levels, words."""

    COL_DATE, COL_KIND, COL_ASSESSOR, COL_LEVELS, COL_NOTES = range(5)
    _HEADERS = ("Date", "Kind", "Assessed by", "Levels", "Notes and next steps")

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._rows: list[AssessmentRecord] = []
        self._dimensions: tuple[DimensionRecord, ...] = ()

    def set_rows(
        self, rows: Sequence[AssessmentRecord], dimensions: Sequence[DimensionRecord] = ()
    ) -> None:
        """``rows`` oldest first, as the service returns them; shown newest first."""
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda r: (r.assessed_on, r.id), reverse=True)
        self._dimensions = tuple(dimensions)
        self.endResetModel()

    def record_at(self, row: int) -> AssessmentRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, assessment_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == assessment_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(self._HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section == self.COL_LEVELS:
            names = ", ".join(d.name for d in self._dimensions)
            return _tr("Levels in the order: {0}").format(names) if names else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None

    def _text(self, r: AssessmentRecord, col: int) -> str:
        if col == self.COL_DATE:
            return format_date(r.assessed_on)
        if col == self.COL_KIND:
            marks = [assessment_kind_text(r.kind)]
            if r.corrected:
                marks.append(_tr("corrected"))
            if r.confidential:
                marks.append(_tr("confidential"))
            return "\n".join(marks)
        if col == self.COL_ASSESSOR:
            return r.assessor_name
        if col == self.COL_LEVELS:
            levels = r.levels
            keys = [d.key for d in self._dimensions] or [s.dimension_key for s in r.scores]
            return " · ".join(str(levels[k]) if k in levels else "–" for k in keys)
        if col == self.COL_NOTES:
            parts = []
            if r.notes.strip():
                parts.append(r.notes.strip())
            if r.next_steps.strip():
                parts.append(_tr("Next steps: {0}").format(r.next_steps.strip()))
            if not parts and r.confidential:
                return _tr("(confidential notes: only their author and coordinators see them)")
            return "\n".join(parts)
        return ""

    def _tooltip(self, r: AssessmentRecord, col: int) -> str | None:
        if col == self.COL_LEVELS:
            lines = []
            for s in r.scores:
                line = f"{s.dimension_name}: {s.level}"
                if s.reason:
                    line += f" ({s.reason})"
                lines.append(line)
            return "\n".join(lines)
        if col == self.COL_KIND and r.corrected:
            return _tr("Corrected after it was first saved; the audit trail keeps the old values")
        if col == self.COL_NOTES:
            return self._text(r, col) or None
        return None
