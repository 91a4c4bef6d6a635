"""Item models of the Programmes and cohorts page and its dialogs.

Each model is fed with frozen records from a service (``set_rows`` / ``set_programmes``);
filtering and sorting happen in Python followed by a reset or a layout change, never in a
proxy model. The milestone template model is the one editable model: it keeps its rows in
memory until the page saves them with ``ProgrammeService.set_template``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from accelerator.domain.enums import CohortStatus, EnrolmentStatus
from accelerator.domain.milestones import Completion
from accelerator.i18n import in_context
from accelerator.services.programmes import TemplateItemInput
from accelerator.services.records import (
    CohortRecord,
    CompanyRecord,
    EnrolmentRecord,
    ProgrammeRecord,
    TemplateItemRecord,
)
from accelerator.ui.kit import (
    category_label,
    cohort_status_text,
    enrolment_status_text,
    format_date,
    format_period,
    muted_colour,
)
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.table import (
    DISPLAY,
    ID_ROLE,
    QT_TRANSLATE_NOOP,
    RIGHT,
    ColumnSpec,
    Index,
    RecordTableModel,
    collation_key,
)

_ROOT = QModelIndex()
EDIT = Qt.ItemDataRole.EditRole


_tr = in_context("ProgrammeModels")


def _font(*, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setBold(bold)
    font.setItalic(italic)
    return font


# --- programmes and their cohorts ------------------------------------------------------------


class ProgrammeTreeModel(QAbstractItemModel):
    """Programmes with their cohorts beneath them.

    A programme row's index carries internal id 0; a cohort row's carries its programme's
    row + 1, which is all ``parent()`` needs to find its way back up.
    """

    COL_NAME, COL_STATUS = range(2)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._programmes: list[ProgrammeRecord] = []
        self._cohorts: list[list[CohortRecord]] = []

    def set_programmes(
        self, programmes: Sequence[ProgrammeRecord], cohorts: Iterable[CohortRecord]
    ) -> None:
        by_programme: dict[int, list[CohortRecord]] = {}
        for cohort in cohorts:
            by_programme.setdefault(cohort.programme_id, []).append(cohort)
        self.beginResetModel()
        self._programmes = list(programmes)
        self._cohorts = [
            sorted(by_programme.get(p.id, []), key=lambda c: (c.start_date, c.name), reverse=True)
            for p in self._programmes
        ]
        self.endResetModel()

    # lookups

    def programme_at(self, index: Index) -> ProgrammeRecord | None:
        """The programme of a programme row, or of a cohort row's parent."""
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == 0 else index.internalId() - 1
        return self._programmes[row] if 0 <= row < len(self._programmes) else None

    def cohort_at(self, index: Index) -> CohortRecord | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        cohorts = self._cohorts[index.internalId() - 1]
        return cohorts[index.row()] if 0 <= index.row() < len(cohorts) else None

    def programme_index(self, programme_id: int) -> QModelIndex:
        for row, programme in enumerate(self._programmes):
            if programme.id == programme_id:
                return self.index(row, 0)
        return QModelIndex()

    def cohort_index(self, cohort_id: int) -> QModelIndex:
        for p_row, cohorts in enumerate(self._cohorts):
            for row, cohort in enumerate(cohorts):
                if cohort.id == cohort_id:
                    return self.index(row, 0, self.index(p_row, 0))
        return QModelIndex()

    def programmes(self) -> list[ProgrammeRecord]:
        return list(self._programmes)

    def cohorts_of(self, programme_id: int) -> list[CohortRecord]:
        for programme, cohorts in zip(self._programmes, self._cohorts, strict=True):
            if programme.id == programme_id:
                return list(cohorts)
        return []

    # QAbstractItemModel

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    @overload
    def parent(self) -> QObject | None: ...

    @overload
    def parent(self, child: Index) -> QModelIndex: ...

    def parent(self, child: Index | None = None) -> QObject | QModelIndex | None:
        # Qt's two parents under one name: the model's owner, and an index's parent row.
        if child is None:
            return super().parent()
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._programmes)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._cohorts[parent.row()])
        return 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return (_tr("Programme and cohorts"), _tr("Status"))[section]
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        cohort = self.cohort_at(index)
        if cohort is not None:
            return self._cohort_data(cohort, index.column(), role)
        programme = self.programme_at(index)
        if programme is None:
            return None
        return self._programme_data(programme, index.column(), role)

    def _programme_data(self, p: ProgrammeRecord, column: int, role: int) -> Any:
        if role == DISPLAY:
            if column == self.COL_NAME:
                return p.name
            if p.archived:
                return _tr("Archived")
            return (
                _tr("{0} cohorts").format(p.cohort_count)
                if p.cohort_count != 1
                else _tr("1 cohort")
            )
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_NAME:
            return icon("archive" if p.archived else "programmes")
        if role == Qt.ItemDataRole.FontRole and column == self.COL_NAME:
            return _font(bold=not p.archived, italic=p.archived)
        if role == Qt.ItemDataRole.ForegroundRole and (p.archived or column == self.COL_STATUS):
            return muted_colour()
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [p.name]
            if p.cluster:
                parts.append(p.cluster)
            if p.archived:
                parts.append(_tr("Archived: hidden unless Show archived is ticked."))
            return "\n".join(parts)
        if role == ID_ROLE:
            return p.id
        return None

    def _cohort_data(self, c: CohortRecord, column: int, role: int) -> Any:
        if role == DISPLAY:
            return c.name if column == self.COL_NAME else cohort_status_text(c.status)
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_NAME:
            return icon("cohort")
        if role == Qt.ItemDataRole.ForegroundRole and (
            column == self.COL_STATUS or c.status is CohortStatus.FINISHED
        ):
            return muted_colour()
        if role == Qt.ItemDataRole.ToolTipRole:
            companies = (
                _tr("1 company") if c.enrolment_count == 1 else _tr("{0} companies")
            ).format(c.enrolment_count)
            return _tr("{0}\n{1}\n{2}, {3}").format(
                c.name,
                format_period(c.start_date, c.end_date),
                cohort_status_text(c.status),
                companies,
            )
        if role == ID_ROLE:
            return c.id
        return None


# --- cohorts, enrolments, companies to enrol ---------------------------------------------------


class CohortTableModel(RecordTableModel[CohortRecord]):
    """A programme's cohorts, newest first."""

    COL_NAME, COL_START, COL_END, COL_STATUS, COL_COMPANIES = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ColumnSpec(
                QT_TRANSLATE_NOOP("CohortTableModel", "Cohort"),
                lambda c: c.name,
                decoration=lambda c: icon("cohort"),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CohortTableModel", "Starts"),
                lambda c: format_date(c.start_date),
                lambda c: c.start_date,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CohortTableModel", "Ends"),
                lambda c: format_date(c.end_date),
                lambda c: c.end_date,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CohortTableModel", "Status"),
                lambda c: cohort_status_text(c.status),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CohortTableModel", "Companies"),
                lambda c: str(c.enrolment_count),
                lambda c: c.enrolment_count,
                RIGHT,
            ),
        )

    def extra_data(self, record: CohortRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and record.status is CohortStatus.FINISHED:
            return muted_colour()
        return None


@dataclass(frozen=True)
class EnrolmentRow:
    """An enrolment as the cohort's table shows it, with its checklist's progress."""

    enrolment: EnrolmentRecord
    completion: Completion | None = None

    @property
    def id(self) -> int:
        return self.enrolment.id


def _status_display(row: EnrolmentRow) -> str:
    e = row.enrolment
    text = enrolment_status_text(e.status)
    if e.status is not EnrolmentStatus.ACTIVE and e.status_changed_on:
        text = _tr("{0} {1}").format(text, format_date(e.status_changed_on))
    return text


def _status_tooltip(row: EnrolmentRow) -> str | None:
    reason = row.enrolment.status_reason
    return _tr("{0}: {1}").format(_status_display(row), reason) if reason else None


def _mentors_tooltip(row: EnrolmentRow) -> str | None:
    return (
        "\n".join(
            _tr("{0}, since {1}").format(m.display_name, format_date(m.assigned_on))
            for m in row.enrolment.mentors
        )
        or None
    )


def _milestones_display(row: EnrolmentRow) -> str:
    c = row.completion
    if c is None or c.applicable == 0:
        return _tr("none") if c is not None else ""
    text = _tr("{0} of {1}").format(c.done, c.applicable)
    if c.overdue:
        text = _tr("{0}, {1} overdue").format(text, c.overdue)
    return text


class EnrolmentTableModel(RecordTableModel[EnrolmentRow]):
    """The companies enrolled in one cohort."""

    COL_COMPANY, COL_JOINED, COL_STATUS, COL_MENTORS, COL_MILESTONES = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ColumnSpec(
                QT_TRANSLATE_NOOP("EnrolmentTableModel", "Company"),
                lambda r: r.enrolment.company_name,
                tooltip=lambda r: _tr("Double-click to open {0}").format(r.enrolment.company_name),
                decoration=lambda r: icon("company"),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("EnrolmentTableModel", "Joined"),
                lambda r: format_date(r.enrolment.joined_on),
                lambda r: r.enrolment.joined_on,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("EnrolmentTableModel", "Status"),
                _status_display,
                lambda r: (list(EnrolmentStatus).index(r.enrolment.status), r.enrolment.id),
                tooltip=_status_tooltip,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("EnrolmentTableModel", "Mentors"),
                lambda r: (
                    ", ".join(m.display_name for m in r.enrolment.mentors) or _tr("none assigned")
                ),
                tooltip=_mentors_tooltip,
                foreground=lambda r: None if r.enrolment.mentors else muted_colour(),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("EnrolmentTableModel", "Milestones done"),
                _milestones_display,
                lambda r: (r.completion.ratio or 0.0) if r.completion else -1.0,
                decoration=lambda r: (
                    icon("overdue") if r.completion and r.completion.overdue else None
                ),
            ),
        )

    def enrolment_at(self, row: int) -> EnrolmentRecord | None:
        record = self.record_at(row)
        return record.enrolment if record is not None else None

    def extra_data(self, record: EnrolmentRow, column: int, role: int) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and record.enrolment.status is EnrolmentStatus.WITHDRAWN
        ):
            return muted_colour()
        return None


class CandidateCompaniesModel(RecordTableModel[CompanyRecord]):
    """Companies a coordinator can tick to enrol; those already in the cohort are shown
    ticked and disabled. Ticks are kept by company id, so they survive a new search."""

    COL_NAME, COL_REGISTRATION, COL_SECTOR, COL_CLUSTER = range(4)
    checked_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._enrolled: set[int] = set()
        self._checked: dict[int, str] = {}
        self.columns = (
            ColumnSpec(
                QT_TRANSLATE_NOOP("CandidateCompaniesModel", "Company"),
                self._name,
                lambda c: collation_key(c.name),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CandidateCompaniesModel", "Org. number"),
                lambda c: c.registration,
            ),
            ColumnSpec(QT_TRANSLATE_NOOP("CandidateCompaniesModel", "Sector"), lambda c: c.sector),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CandidateCompaniesModel", "Home cluster"),
                lambda c: c.home_cluster,
            ),
        )

    def _name(self, company: CompanyRecord) -> str:
        if company.id in self._enrolled:
            return _tr("{0} (already enrolled)").format(company.name)
        return company.name

    def set_companies(self, companies: Iterable[CompanyRecord], enrolled: Iterable[int]) -> None:
        """Show ``companies`` (a search's result); ``enrolled`` are in the cohort already."""
        self._enrolled = set(enrolled)
        for company_id in self._enrolled:
            self._checked.pop(company_id, None)
        self.set_rows(companies)

    def checked_ids(self) -> list[int]:
        """The ticked companies, in the order they were ticked."""
        return list(self._checked)

    def checked_names(self) -> list[str]:
        return list(self._checked.values())

    def is_enrolled(self, company_id: int) -> bool:
        return company_id in self._enrolled

    def set_checked(self, company_id: int, checked: bool) -> None:
        if company_id in self._enrolled:
            return
        row = self.row_of(company_id)
        if checked and company_id not in self._checked:
            company = self.record_at(row) if row is not None else None
            self._checked[company_id] = company.name if company is not None else str(company_id)
        elif not checked and company_id in self._checked:
            del self._checked[company_id]
        else:
            return
        if row is not None:
            index = self.index(row, self.COL_NAME)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()

    def flags(self, index: Index) -> Qt.ItemFlag:
        company = self.record_at(index.row()) if index.isValid() else None
        if company is None or company.id in self._enrolled:
            return Qt.ItemFlag.NoItemFlags
        # Not "user checkable": the view ticks a row wherever it is clicked (or on Space),
        # not only on the little box, so the delegate must not toggle it a second time.
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def extra_data(self, record: CompanyRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_NAME:
            ticked = record.id in self._enrolled or record.id in self._checked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and record.id in self._enrolled:
            return _tr("{0} is already enrolled in this cohort").format(record.name)
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        company = self.record_at(index.row()) if index.isValid() else None
        if (
            company is None
            or role != Qt.ItemDataRole.CheckStateRole
            or index.column() != self.COL_NAME
            or not self.flags(index) & Qt.ItemFlag.ItemIsEnabled
        ):
            return False
        state = value.value if isinstance(value, Qt.CheckState) else value
        self.set_checked(company.id, state == Qt.CheckState.Checked.value)
        return True


# --- the milestone template ------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateRow:
    """One item of the template being edited; ``id`` is None until it is saved."""

    title: str = ""
    category: str = ""
    description: str = ""
    due_offset_weeks: int | None = None
    id: int | None = None

    @classmethod
    def of(cls, record: TemplateItemRecord) -> TemplateRow:
        return cls(
            record.title, record.category, record.description, record.due_offset_weeks, record.id
        )

    def as_input(self) -> TemplateItemInput:
        return TemplateItemInput(
            self.title, self.category, self.description, self.due_offset_weeks, self.id
        )


MIME_TEMPLATE_ROWS = "application/x-accelerator-template-rows"
NO_DUE_DATE = -1  # what the due-week editor holds for "no due date"


def _due_text(item: TemplateRow) -> str:
    if item.due_offset_weeks is None:
        return _tr("no due date")
    return _tr("week {0}").format(item.due_offset_weeks)


class TemplateItemsModel(RecordTableModel[TemplateRow]):
    """The milestone template being edited: ordered, editable, and reordered by drag and drop
    (or by ``move_item``). ``modified_changed`` tells whether it differs from what was saved.

    The editing stays here rather than in an editable ``RecordTableModel``: it is the one
    model that edits, and what it does (rows without ids yet, problems by row number, moves
    by drag and drop) is its own."""

    COL_TITLE, COL_CATEGORY, COL_DUE, COL_DESCRIPTION = range(4)
    #: The order of the rows is the template itself.
    sortable = False
    modified_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._saved: list[TemplateRow] = []
        self._problems: dict[int, str] = {}
        self._modified = False
        self.columns = (
            ColumnSpec(
                QT_TRANSLATE_NOOP("TemplateItemsModel", "Milestone"),
                lambda item: item.title,
                tooltip=lambda item: _tr("New: not saved yet") if item.id is None else None,
                font=lambda item: _font(italic=True) if item.id is None else None,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("TemplateItemsModel", "Category"),
                lambda item: category_label(item.category),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("TemplateItemsModel", "Due"),
                _due_text,
                header_tooltip=QT_TRANSLATE_NOOP(
                    "TemplateItemsModel", "Weeks after the cohort starts"
                ),
                foreground=lambda item: muted_colour() if item.due_offset_weeks is None else None,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("TemplateItemsModel", "Description"),
                lambda item: item.description,
                tooltip=lambda item: item.description or None,
            ),
        )

    # loading and saving

    def set_items(self, records: Iterable[TemplateItemRecord]) -> None:
        """Show the saved template; the model is unmodified afterwards."""
        self.beginResetModel()
        self._rows = [TemplateRow.of(r) for r in records]
        self._saved = list(self._rows)
        self._problems = {}
        self.endResetModel()
        self._check_modified()

    def items(self) -> list[TemplateItemInput]:
        """What ``set_template`` needs: every row in order, saved ones with their ids."""
        return [row.as_input() for row in self._rows]

    def is_modified(self) -> bool:
        return self._modified

    def revert(self) -> None:
        """Back to what was saved."""
        self.beginResetModel()
        self._rows = list(self._saved)
        self._problems = {}
        self.endResetModel()
        self._check_modified()

    def _check_modified(self) -> None:
        modified = self._rows != self._saved
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    # problems the service found, shown on their rows

    def set_problems(self, problems: dict[int, str]) -> None:
        """``problems`` maps a row to what is wrong with it; the rows show an alert icon."""
        self._problems = dict(problems)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, self.columnCount() - 1),
                [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole],
            )

    def problem_at(self, row: int) -> str:
        return self._problems.get(row, "")

    # editing

    def update_row(self, row: int, **changes: Any) -> None:
        if not 0 <= row < len(self._rows):
            return
        new = replace(self._rows[row], **changes)
        if new == self._rows[row]:
            return
        self._rows[row] = new
        self._problems.pop(row, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self._check_modified()

    def insert_item(self, row: int, item: TemplateRow | None = None) -> int:
        row = max(0, min(row, len(self._rows)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, item or TemplateRow())
        self._problems = {}
        self.endInsertRows()
        self._check_modified()
        return row

    def remove_item(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._problems = {}
        self.endRemoveRows()
        self._check_modified()

    def move_item(self, row: int, to: int) -> bool:
        """Move the item at ``row`` so that it ends up at position ``to``."""
        if not (0 <= row < len(self._rows) and 0 <= to < len(self._rows)) or row == to:
            return False
        # beginMoveRows counts the destination before the move: one further when moving down.
        return self.moveRows(QModelIndex(), row, 1, QModelIndex(), to + 1 if to > row else to)

    def moveRows(
        self,
        source_parent: Index,
        source_row: int,
        count: int,
        destination_parent: Index,
        destination_child: int,
    ) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        if source_row < 0 or source_row + count > len(self._rows):
            return False
        if not 0 <= destination_child <= len(self._rows):
            return False
        if source_row <= destination_child <= source_row + count:
            return False  # onto itself
        if not self.beginMoveRows(
            QModelIndex(), source_row, source_row + count - 1, QModelIndex(), destination_child
        ):
            return False
        moving = self._rows[source_row : source_row + count]
        del self._rows[source_row : source_row + count]
        at = destination_child - count if destination_child > source_row else destination_child
        self._rows[at:at] = moving
        self._problems = {}
        self.endMoveRows()
        self._check_modified()
        return True

    # QAbstractTableModel

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Vertical and role == DISPLAY:
            return str(section + 1)
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # A problem belongs to a row number (what the service found at that position).
        problem = self._problems.get(index.row()) if index.isValid() else None
        if problem and index.column() < len(self.columns):
            if role == Qt.ItemDataRole.ToolTipRole:
                return problem
            if role == Qt.ItemDataRole.DecorationRole and index.column() == self.COL_TITLE:
                return icon("warning")
        return super().data(index, role)

    def extra_data(self, record: TemplateRow, column: int, role: int) -> Any:
        if role != EDIT:
            return None
        if column == self.COL_DUE:
            return NO_DUE_DATE if record.due_offset_weeks is None else record.due_offset_weeks
        return (record.title, record.category, "", record.description)[column]

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or role != EDIT or not 0 <= index.row() < len(self._rows):
            return False
        column = index.column()
        if column == self.COL_DUE:
            if value is None or value == "" or value == NO_DUE_DATE:
                weeks = None
            else:
                try:
                    weeks = int(value)
                except (TypeError, ValueError):
                    return False
            self.update_row(index.row(), due_offset_weeks=weeks)
            return True
        field = {
            self.COL_TITLE: "title",
            self.COL_CATEGORY: "category",
            self.COL_DESCRIPTION: "description",
        }[column]
        self.update_row(index.row(), **{field: "" if value is None else str(value)})
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land between rows, on the table itself, never onto an item.
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    # drag and drop, within the table only

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TEMPLATE_ROWS]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(MIME_TEMPLATE_ROWS, json.dumps(rows).encode())
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TEMPLATE_ROWS):
            return False
        try:
            rows = json.loads(bytes(data.data(MIME_TEMPLATE_ROWS).data()).decode())
        except ValueError:
            return False
        if len(rows) != 1 or not isinstance(rows[0], int):
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        self.moveRows(QModelIndex(), rows[0], 1, QModelIndex(), row)
        # The move is done here. Answering False stops the view from also "removing the
        # source rows" as it does after a move between two models.
        return False
