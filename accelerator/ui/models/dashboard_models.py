"""The tables of the cohort dashboard. Every figure in them comes from the
``OverviewService`` read model (which computes it with the pure functions in ``domain``);
these models only decide how a figure reads: a sign, an arrow, a colour, a word."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from accelerator.domain.enums import EnrolmentStatus
from accelerator.domain.risk import STALE_AFTER_WEEKS, Standing, standing
from accelerator.services.overview import EnrolmentSummary
from accelerator.ui.kit import (
    Attention,
    attention_colour,
    attention_icon,
    days_ago,
    enrolment_status_text,
    format_date,
    format_decimal,
    format_percent,
    format_signed,
    muted_colour,
)

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class _TableModel(QAbstractTableModel):
    """Rows of one record type, a column list, and a Python sort followed by a reset."""

    COLUMN_COUNT = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _headers(self) -> dict[int, str]:
        return {}

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers().get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(section)
        return None

    def _alignment(self, column: int) -> Qt.AlignmentFlag:
        return _LEFT

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def _sort_key(self, column: int) -> Callable[[Any], Any] | None:
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._sort_key(column)
        if key is None:
            return
        # Missing values sort last whichever way round.
        present = [r for r in self._rows if key(r) is not None]
        missing = [r for r in self._rows if key(r) is None]
        present.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.set_rows(present + missing)


# --- mean level per dimension ----------------------------------------------------------------


@dataclass(frozen=True)
class DimensionRow:
    key: str
    name: str
    mean: float | None
    change: float | None
    scored: int  # companies with a level on this dimension
    with_baseline: int  # companies with a change since their baseline


class DimensionModel(_TableModel):
    COL_DIMENSION = 0
    COL_MEAN = 1
    COL_CHANGE = 2
    COLUMN_COUNT = 3

    #: The mean level as a float, for the bar the view draws behind it.
    LevelRole = Qt.ItemDataRole.UserRole + 1

    def _headers(self) -> dict[int, str]:
        return {
            self.COL_DIMENSION: self.tr("Dimension"),
            self.COL_MEAN: self.tr("Mean level"),
            self.COL_CHANGE: self.tr("Since baseline"),
        }

    def _alignment(self, column: int) -> Qt.AlignmentFlag:
        return _LEFT if column == self.COL_DIMENSION else _RIGHT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row: DimensionRow = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_DIMENSION:
                return row.name
            if column == self.COL_MEAN:
                return format_decimal(row.mean) if row.mean is not None else self.tr("no levels")
            if column == self.COL_CHANGE:
                if row.change is None:
                    return self.tr("no baseline")
                arrow = "▲" if row.change > 0 else "▼" if row.change < 0 else "■"
                return f"{arrow} {format_signed(row.change)}"
            return None
        if role == self.LevelRole and column == self.COL_MEAN:
            return row.mean
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.COL_CHANGE and row.change:
                return attention_colour(Attention.GOOD if row.change > 0 else Attention.DANGER)
            if (column == self.COL_MEAN and row.mean is None) or (
                column == self.COL_CHANGE and row.change is None
            ):
                return muted_colour()
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_MEAN:
                return self.tr(
                    "Mean of the latest level of {0} companies, on a scale of 1 to 9"
                ).format(row.scored)
            if column == self.COL_CHANGE:
                if row.change is None:
                    return self.tr("No company has both a baseline and a later level here yet")
                direction = self.tr("up") if row.change >= 0 else self.tr("down")
                return self.tr(
                    "On average {0} {1} levels since the baseline, over {2} companies"
                ).format(direction, format_decimal(abs(row.change)), row.with_baseline)
        return None

    def _sort_key(self, column: int) -> Callable[[Any], Any] | None:
        return {
            self.COL_DIMENSION: lambda r: r.name.casefold(),
            self.COL_MEAN: lambda r: r.mean,
            self.COL_CHANGE: lambda r: r.change,
        }.get(column)


# --- companies: at risk, gap flags, the whole cohort -----------------------------------------


def not_assessed(row: EnrolmentSummary) -> bool:
    """An active company nobody has assessed yet, and not (yet) at risk for it: neither
    good nor bad news, and shown as such rather than as a blank that reads "all well"."""
    return (
        row.status is EnrolmentStatus.ACTIVE
        and standing(at_risk=row.risk.at_risk, assessed=row.last_assessed is not None)
        is Standing.NOT_ASSESSED
    )


class _SummaryModel(_TableModel):
    """Rows of ``EnrolmentSummary``: one enrolled company each."""

    #: (company id, enrolment id) of a row, for opening the company.
    CompanyRole = Qt.ItemDataRole.UserRole + 1

    def summary_at(self, row: int) -> EnrolmentSummary | None:
        return self.row_at(row)

    def company_ids(self) -> list[int]:
        return [r.company_id for r in self._rows]

    def _common(self, row: EnrolmentSummary, role: int) -> Any:
        if role == self.CompanyRole:
            return (row.company_id, row.enrolment_id)
        return None


class AtRiskModel(_SummaryModel):
    COL_COMPANY = 0
    COL_REASONS = 1
    COLUMN_COUNT = 2

    def _headers(self) -> dict[int, str]:
        return {self.COL_COMPANY: self.tr("Company"), self.COL_REASONS: self.tr("Why")}

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row: EnrolmentSummary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_COMPANY:
                return row.company_name
            if column == self.COL_REASONS:
                return " · ".join(r.text for r in row.risk.reasons)
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_COMPANY:
            return attention_icon("warning", Attention.DANGER)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(r.text for r in row.risk.reasons)
        return self._common(row, role)

    def _sort_key(self, column: int) -> Callable[[Any], Any] | None:
        return {
            self.COL_COMPANY: lambda r: r.company_name.casefold(),
            self.COL_REASONS: lambda r: len(r.risk.reasons),
        }.get(column)


class GapModel(_SummaryModel):
    COL_COMPANY = 0
    COL_GAP = 1
    COL_EXPLANATION = 2
    COLUMN_COUNT = 3

    def _headers(self) -> dict[int, str]:
        return {
            self.COL_COMPANY: self.tr("Company"),
            self.COL_GAP: self.tr("Gap"),
            self.COL_EXPLANATION: self.tr("Why it is flagged"),
        }

    def _alignment(self, column: int) -> Qt.AlignmentFlag:
        return _RIGHT if column == self.COL_GAP else _LEFT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row: EnrolmentSummary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_COMPANY:
                return row.company_name
            if column == self.COL_GAP:
                return format_signed(row.gap.value) if row.gap.value is not None else ""
            if column == self.COL_EXPLANATION:
                return row.gap.explanation
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_COMPANY:
            return attention_icon("gap", Attention.WARNING)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_GAP:
            return attention_colour(Attention.WARNING)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.gap.explanation
        return self._common(row, role)

    def _sort_key(self, column: int) -> Callable[[Any], Any] | None:
        return {
            self.COL_COMPANY: lambda r: r.company_name.casefold(),
            self.COL_GAP: lambda r: r.gap.value,
            self.COL_EXPLANATION: lambda r: r.gap.value,
        }.get(column)


class CohortCompanyModel(_SummaryModel):
    """Every company of the cohort and where it stands."""

    COL_COMPANY = 0
    COL_STATUS = 1
    COL_READINESS = 2
    COL_GAP = 3
    COL_MILESTONES = 4
    COL_OVERDUE = 5
    COL_LAST_ASSESSED = 6
    COL_RISK = 7
    COLUMN_COUNT = 8

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._today = dt.date.today()

    def set_today(self, today: dt.date) -> None:
        self._today = today

    def _headers(self) -> dict[int, str]:
        return {
            self.COL_COMPANY: self.tr("Company"),
            self.COL_STATUS: self.tr("Status"),
            self.COL_READINESS: self.tr("Readiness"),
            self.COL_GAP: self.tr("Gap"),
            self.COL_MILESTONES: self.tr("Milestones"),
            self.COL_OVERDUE: self.tr("Overdue"),
            self.COL_LAST_ASSESSED: self.tr("Last assessed"),
            self.COL_RISK: self.tr("Risk"),
        }

    def _alignment(self, column: int) -> Qt.AlignmentFlag:
        if column in (self.COL_READINESS, self.COL_GAP, self.COL_MILESTONES, self.COL_OVERDUE):
            return _RIGHT
        return _LEFT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row: EnrolmentSummary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == self.COL_GAP and row.gap.flagged:
                return attention_icon("gap", Attention.WARNING)
            if column == self.COL_OVERDUE and row.completion.overdue:
                return attention_icon("overdue", Attention.DANGER)
            if column == self.COL_RISK and row.risk.at_risk:
                return attention_icon("warning", Attention.DANGER)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.COL_GAP and row.gap.flagged:
                return attention_colour(Attention.WARNING)
            if (column == self.COL_OVERDUE and row.completion.overdue) or (
                column == self.COL_RISK and row.risk.at_risk
            ):
                return attention_colour(Attention.DANGER)
            if (
                row.status is EnrolmentStatus.WITHDRAWN
                or (column == self.COL_LAST_ASSESSED and row.last_assessed is None)
                or (column == self.COL_RISK and not_assessed(row))
            ):
                return muted_colour()
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return self._common(row, role)

    def _display(self, row: EnrolmentSummary, column: int) -> str | None:
        if column == self.COL_COMPANY:
            return row.company_name
        if column == self.COL_STATUS:
            return enrolment_status_text(row.status)
        if column == self.COL_READINESS:
            return format_decimal(row.readiness_index) if row.readiness_index is not None else "–"
        if column == self.COL_GAP:
            if row.gap.value is None:
                return "–"
            text = format_signed(row.gap.value)
            return self.tr("{0} flagged").format(text) if row.gap.flagged else text
        if column == self.COL_MILESTONES:
            c = row.completion
            if c.ratio is None:
                return self.tr("none")
            return self.tr("{0} of {1} ({2})").format(c.done, c.applicable, format_percent(c.ratio))
        if column == self.COL_OVERDUE:
            return str(row.completion.overdue)
        if column == self.COL_LAST_ASSESSED:
            return format_date(row.last_assessed) if row.last_assessed else self.tr("never")
        if column == self.COL_RISK:
            if not_assessed(row):
                return self.tr("Not assessed yet")
            return "\n".join(r.text for r in row.risk.reasons)
        return None

    def _tooltip(self, row: EnrolmentSummary, column: int) -> str | None:
        if column == self.COL_COMPANY:
            lines = [row.company_name]
            if row.mentors:
                lines.append(self.tr("Mentors: {0}").format(", ".join(row.mentors)))
            if row.next_steps:
                lines.append(self.tr("Next steps: {0}").format(row.next_steps))
            lines.append(self.tr("Double-click to open the company"))
            return "\n".join(lines)
        if column == self.COL_GAP:
            return row.gap.explanation
        if column == self.COL_READINESS:
            return self.tr("Mean of the latest levels, on a scale of 1 to 9")
        if column == self.COL_LAST_ASSESSED and row.last_assessed:
            return days_ago(row.last_assessed, self._today)
        if column == self.COL_RISK and row.risk.at_risk:
            return "\n".join(r.text for r in row.risk.reasons)
        if column == self.COL_RISK and not_assessed(row):
            due = row.joined_on + dt.timedelta(weeks=STALE_AFTER_WEEKS)
            return self.tr(
                "No assessment yet, so nothing is known of its levels. The first assessment "
                "is due within {0} weeks of joining, by {1}."
            ).format(STALE_AFTER_WEEKS, format_date(due))
        return None

    def _sort_key(self, column: int) -> Callable[[Any], Any] | None:
        return {
            self.COL_COMPANY: lambda r: r.company_name.casefold(),
            self.COL_STATUS: lambda r: r.status.value,
            self.COL_READINESS: lambda r: r.readiness_index,
            self.COL_GAP: lambda r: r.gap.value,
            self.COL_MILESTONES: lambda r: r.completion.ratio,
            self.COL_OVERDUE: lambda r: r.completion.overdue,
            self.COL_LAST_ASSESSED: lambda r: r.last_assessed,
            # Not assessed sorts between the companies at risk and those on track.
            self.COL_RISK: lambda r: (len(r.risk.reasons), not_assessed(r)),
        }.get(column)
