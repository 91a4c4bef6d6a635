"""The milestone checklist of one enrolment as a table: a heading row per category, then its
milestones. Categories come in the programme vocabulary's order, custom ones after."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
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
from accelerator.ui.models.table import (
    DISPLAY,
    QT_TRANSLATE_NOOP,
    ColumnSpec,
    Index,
    RecordTableModel,
    bold_font,
)


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


T = TypeVar("T")


def _of_milestone(hook: Callable[[MilestoneRow], T]) -> Callable[[ChecklistRow], T | None]:
    """A column hook for milestone rows: a heading row is drawn by the model itself."""
    return lambda item: hook(item) if isinstance(item, MilestoneRow) else None


def _text_of_milestone(text: Callable[[MilestoneRow], str]) -> Callable[[ChecklistRow], str]:
    return lambda item: text(item) if isinstance(item, MilestoneRow) else ""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _whole_note(item: MilestoneRow) -> str | None:
    m = item.milestone
    return (m.blocked_reason if m.status is MilestoneStatus.BLOCKED else m.evidence) or None


def _status_icon(item: MilestoneRow) -> QIcon:
    if item.overdue:
        return attention_icon("overdue", Attention.DANGER)
    status = item.milestone.status
    return attention_icon(milestone_icon_name(status), milestone_attention(status))


def _overdue_colour(item: MilestoneRow) -> QColor | None:
    return attention_colour(Attention.DANGER) if item.overdue else None


class MilestoneTableModel(RecordTableModel[ChecklistRow]):
    """A heading row per category (how far along it is), then its milestones. The key of a
    milestone row is the milestone's id; a heading row has none."""

    COL_TITLE, COL_STATUS, COL_DUE, COL_COMPLETED, COL_NOTE = range(5)
    #: The rows are grouped under their headings.
    sortable = False

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = dt.date.today()
        self.columns = (
            ColumnSpec(
                QT_TRANSLATE_NOOP("MilestoneTableModel", "Milestone"),
                _text_of_milestone(lambda item: item.milestone.title),
                tooltip=_of_milestone(lambda item: item.milestone.description or None),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("MilestoneTableModel", "Status"),
                _text_of_milestone(self._status_text),
                tooltip=_of_milestone(lambda item: self._due_tooltip(item, self.COL_STATUS)),
                decoration=_of_milestone(_status_icon),
                foreground=_of_milestone(_overdue_colour),
                font=_of_milestone(lambda item: bold_font() if item.overdue else None),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("MilestoneTableModel", "Due"),
                _text_of_milestone(lambda item: format_date(item.milestone.due_date)),
                tooltip=_of_milestone(lambda item: self._due_tooltip(item, self.COL_DUE)),
                foreground=_of_milestone(_overdue_colour),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("MilestoneTableModel", "Completed"),
                _text_of_milestone(lambda item: format_date(item.milestone.completed_on)),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("MilestoneTableModel", "Evidence or reason"),
                _text_of_milestone(self._note),
                tooltip=_of_milestone(_whole_note),
            ),
        )

    # --- feeding --------------------------------------------------------------------------

    def set_milestones(self, milestones: Iterable[MilestoneRecord], today: dt.date) -> None:
        self._today = today
        self.set_rows(checklist_rows(milestones, today))

    def key_of(self, record: ChecklistRow) -> int | None:
        return record.milestone.id if isinstance(record, MilestoneRow) else None

    def milestone_at(self, row: int) -> MilestoneRecord | None:
        item = self.record_at(row)
        return item.milestone if isinstance(item, MilestoneRow) else None

    def heading_rows(self) -> list[int]:
        return [n for n, item in enumerate(self._rows) if isinstance(item, CategoryHeading)]

    def milestones(self) -> list[MilestoneRecord]:
        return [item.milestone for item in self._rows if isinstance(item, MilestoneRow)]

    # --- Qt -------------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        item = self.record_at(index.row()) if index.isValid() else None
        if item is None:
            return Qt.ItemFlag.NoItemFlags
        if isinstance(item, CategoryHeading):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        item = self.record_at(index.row()) if index.isValid() else None
        if isinstance(item, CategoryHeading):
            return self._heading_data(item, index.column(), role)
        return super().data(index, role)

    def extra_data(self, record: ChecklistRow, column: int, role: int) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and isinstance(record, MilestoneRow)
            and record.milestone.status is MilestoneStatus.NOT_APPLICABLE
        ):
            return muted_colour()
        return None

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
            return bold_font()
        if role == Qt.ItemDataRole.BackgroundRole:
            return QApplication.palette().color(QPalette.ColorRole.AlternateBase)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.COL_TITLE:
            return self._heading_text(heading)
        return None

    def _status_text(self, item: MilestoneRow) -> str:
        words = milestone_status_text(item.milestone.status)
        if item.overdue:
            return self.tr("Overdue · {0}").format(words.lower())
        return words

    def _note(self, item: MilestoneRow) -> str:
        m = item.milestone
        if m.status is MilestoneStatus.BLOCKED and m.blocked_reason:
            return self.tr("Blocked: {0}").format(_one_line(m.blocked_reason))
        return _one_line(m.evidence)

    def _due_tooltip(self, item: MilestoneRow, column: int) -> str | None:
        m = item.milestone
        if m.due_date is None:
            return None
        when = days_ago(m.due_date, self._today)
        if item.overdue:
            return self.tr("Was due {0} ({1}) and is not done").format(
                format_date(m.due_date), when
            )
        if column == self.COL_DUE:
            return self.tr("Due {0}").format(when)
        return None
