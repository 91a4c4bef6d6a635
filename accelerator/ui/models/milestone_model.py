"""The milestone checklist of one enrolment as a table: a heading row per category, then its
milestones. Categories come in the programme vocabulary's order, custom ones after."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from accelerator.domain.enums import MILESTONE_CATEGORIES, MilestoneStatus
from accelerator.domain.milestones import (
    Completion,
    MilestoneState,
    is_overdue,
    milestone_completion,
)
from accelerator.services.records import MilestoneRecord
from accelerator.ui.kit import (
    Attention,
    attention_colour,
    attention_icon,
    category_label,
    days_ago,
    format_date,
    milestone_attention,
    milestone_icon_name,
    milestone_status_text,
    muted_colour,
)

_Index = QModelIndex | QPersistentModelIndex


def milestone_state(m: MilestoneRecord) -> MilestoneState:
    return MilestoneState(m.status, m.due_date, m.completed_on)


@dataclass(frozen=True)
class CategoryHeading:
    """The heading row of one category, with how far along it is."""

    category: str
    completion: Completion


@dataclass(frozen=True)
class MilestoneRow:
    milestone: MilestoneRecord
    overdue: bool


ChecklistRow = CategoryHeading | MilestoneRow


def _category_key(category: str) -> str:
    return category.strip().casefold()


def checklist_rows(milestones: Iterable[MilestoneRecord], today: dt.date) -> list[ChecklistRow]:
    """Milestones grouped by category: the standard categories in their fixed order, then
    custom ones in the order they first appear; within a category, in checklist order."""
    groups: dict[str, list[MilestoneRecord]] = {}
    spelling: dict[str, str] = {}
    for m in sorted(milestones, key=lambda m: (m.position, m.id)):
        key = _category_key(m.category)
        groups.setdefault(key, []).append(m)
        spelling.setdefault(key, m.category)
    standard = [_category_key(c) for c in MILESTONE_CATEGORIES]
    for category in MILESTONE_CATEGORIES:
        spelling[_category_key(category)] = category
    order = [k for k in standard if k in groups] + [k for k in groups if k not in standard]
    rows: list[ChecklistRow] = []
    for key in order:
        items = groups[key]
        completion = milestone_completion((milestone_state(m) for m in items), today)
        rows.append(CategoryHeading(spelling[key], completion))
        rows.extend(MilestoneRow(m, is_overdue(milestone_state(m), today)) for m in items)
    return rows


class MilestoneTableModel(QAbstractTableModel):
    COL_TITLE = 0
    COL_STATUS = 1
    COL_DUE = 2
    COL_COMPLETED = 3
    COL_NOTE = 4
    COLUMN_COUNT = 5

    #: The milestone id of a row (None on a heading row).
    MilestoneIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ChecklistRow] = []
        self._today = dt.date.today()

    # --- feeding --------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[ChecklistRow], today: dt.date | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if today is not None:
            self._today = today
        self.endResetModel()

    def set_milestones(self, milestones: Iterable[MilestoneRecord], today: dt.date) -> None:
        self.set_rows(checklist_rows(milestones, today), today)

    def row_at(self, row: int) -> ChecklistRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def milestone_at(self, row: int) -> MilestoneRecord | None:
        item = self.row_at(row)
        return item.milestone if isinstance(item, MilestoneRow) else None

    def row_of(self, milestone_id: int) -> int | None:
        for n, item in enumerate(self._rows):
            if isinstance(item, MilestoneRow) and item.milestone.id == milestone_id:
                return n
        return None

    def heading_rows(self) -> list[int]:
        return [n for n, item in enumerate(self._rows) if isinstance(item, CategoryHeading)]

    def milestones(self) -> list[MilestoneRecord]:
        return [item.milestone for item in self._rows if isinstance(item, MilestoneRow)]

    # --- Qt -------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.COL_TITLE: self.tr("Milestone"),
            self.COL_STATUS: self.tr("Status"),
            self.COL_DUE: self.tr("Due"),
            self.COL_COMPLETED: self.tr("Completed"),
            self.COL_NOTE: self.tr("Evidence or reason"),
        }.get(section)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], CategoryHeading):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if isinstance(item, CategoryHeading):
            return self._heading_data(item, index.column(), role)
        return self._milestone_data(item, index.column(), role)

    def _heading_text(self, heading: CategoryHeading) -> str:
        c = heading.completion
        parts = [self.tr("{0} of {1} done").format(c.done, c.applicable)]
        if c.overdue:
            parts.append(self.tr("{0} overdue").format(c.overdue))
        return f"{category_label(heading.category)}   ·   " + " · ".join(parts)

    def _heading_data(self, heading: CategoryHeading, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._heading_text(heading) if column == self.COL_TITLE else None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QApplication.palette().color(QPalette.ColorRole.AlternateBase)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.COL_TITLE:
            return self._heading_text(heading)
        return None

    def _milestone_data(self, item: MilestoneRow, column: int, role: int) -> Any:
        m = item.milestone
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == self.MilestoneIdRole:
            return m.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_STATUS:
            if item.overdue:
                return attention_icon("overdue", Attention.DANGER)
            return attention_icon(milestone_icon_name(m.status), milestone_attention(m.status))
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.overdue and column in (self.COL_STATUS, self.COL_DUE):
                return attention_colour(Attention.DANGER)
            if m.status is MilestoneStatus.NOT_APPLICABLE:
                return muted_colour()
            return None
        if role == Qt.ItemDataRole.FontRole and item.overdue and column == self.COL_STATUS:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        return None

    def _display(self, item: MilestoneRow, column: int) -> str | None:
        m = item.milestone
        if column == self.COL_TITLE:
            return m.title
        if column == self.COL_STATUS:
            words = milestone_status_text(m.status)
            if item.overdue:
                return self.tr("Overdue · {0}").format(words.lower())
            return words
        if column == self.COL_DUE:
            return format_date(m.due_date)
        if column == self.COL_COMPLETED:
            return format_date(m.completed_on)
        if column == self.COL_NOTE:
            if m.status is MilestoneStatus.BLOCKED and m.blocked_reason:
                return self.tr("Blocked: {0}").format(_one_line(m.blocked_reason))
            return _one_line(m.evidence)
        return None

    def _tooltip(self, item: MilestoneRow, column: int) -> str | None:
        m = item.milestone
        if column == self.COL_TITLE:
            return m.description or None
        if column in (self.COL_DUE, self.COL_STATUS) and m.due_date is not None:
            when = days_ago(m.due_date, self._today)
            if item.overdue:
                return self.tr("Was due {0} ({1}) and is not done").format(
                    format_date(m.due_date), when
                )
            if column == self.COL_DUE:
                return self.tr("Due {0}").format(when)
        if column == self.COL_NOTE:
            note = m.blocked_reason if m.status is MilestoneStatus.BLOCKED else m.evidence
            return note or None
        return None


def _one_line(text: str) -> str:
    return " ".join(text.split())
