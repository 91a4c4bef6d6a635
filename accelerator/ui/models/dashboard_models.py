"""The tables of the cohort dashboard. Every figure in them comes from the
``OverviewService`` read model (which computes it with the pure functions in ``domain``);
these models only decide how a figure reads: a sign, an arrow, a colour, a word."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

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
from accelerator.ui.models.table import (
    QT_TRANSLATE_NOOP,
    RIGHT,
    ColumnSpec,
    RecordTableModel,
    collation_key,
)

# --- mean level per dimension ----------------------------------------------------------------


@dataclass(frozen=True)
class DimensionRow:
    key: str
    name: str
    mean: float | None
    change: float | None
    scored: int  # companies with a level on this dimension
    with_baseline: int  # companies with a change since their baseline


def _change_colour(row: DimensionRow) -> QColor | None:
    if row.change is None:
        return muted_colour()
    if row.change:
        return attention_colour(Attention.GOOD if row.change > 0 else Attention.DANGER)
    return None


class DimensionModel(RecordTableModel[DimensionRow]):
    COL_DIMENSION, COL_MEAN, COL_CHANGE = range(3)

    #: The mean level as a float, for the bar the view draws behind it.
    LevelRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ColumnSpec(QT_TRANSLATE_NOOP("DimensionModel", "Dimension"), lambda r: r.name),
            ColumnSpec(
                QT_TRANSLATE_NOOP("DimensionModel", "Mean level"),
                lambda r: format_decimal(r.mean) if r.mean is not None else self.tr("no levels"),
                lambda r: r.mean,
                RIGHT,
                tooltip=lambda r: self.tr(
                    "Mean of the latest level of {0} companies, on a scale of 1 to 9"
                ).format(r.scored),
                foreground=lambda r: muted_colour() if r.mean is None else None,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("DimensionModel", "Since baseline"),
                self._change_text,
                lambda r: r.change,
                RIGHT,
                tooltip=self._change_tooltip,
                foreground=_change_colour,
            ),
        )

    def key_of(self, record: DimensionRow) -> str:
        return record.key

    def _change_text(self, row: DimensionRow) -> str:
        if row.change is None:
            return self.tr("no baseline")
        arrow = "▲" if row.change > 0 else "▼" if row.change < 0 else "■"
        return f"{arrow} {format_signed(row.change)}"

    def _change_tooltip(self, row: DimensionRow) -> str:
        if row.change is None:
            return self.tr("No company has both a baseline and a later level here yet")
        direction = self.tr("up") if row.change >= 0 else self.tr("down")
        return self.tr("On average {0} {1} levels since the baseline, over {2} companies").format(
            direction, format_decimal(abs(row.change)), row.with_baseline
        )

    def extra_data(self, record: DimensionRow, column: int, role: int) -> Any:
        if role == self.LevelRole and column == self.COL_MEAN:
            return record.mean
        return None


# --- companies: at risk, gap flags, the whole cohort -----------------------------------------


def not_assessed(row: EnrolmentSummary) -> bool:
    """An active company nobody has assessed yet, and not (yet) at risk for it: neither
    good nor bad news, and shown as such rather than as a blank that reads "all well"."""
    return (
        row.status is EnrolmentStatus.ACTIVE
        and standing(at_risk=row.risk.at_risk, assessed=row.last_assessed is not None)
        is Standing.NOT_ASSESSED
    )


def _reasons(row: EnrolmentSummary, separator: str) -> str:
    return separator.join(r.text for r in row.risk.reasons)


def _company_name_key(row: EnrolmentSummary) -> str:
    return collation_key(row.company_name)


def _flagged_company(title: str, flag: str, attention: Attention) -> ColumnSpec[EnrolmentSummary]:
    """The company of a list of flagged companies, each with the list's flag."""
    return ColumnSpec(
        title,
        lambda r: r.company_name,
        _company_name_key,
        decoration=lambda r: attention_icon(flag, attention),
    )


class AtRiskModel(RecordTableModel[EnrolmentSummary]):
    COL_COMPANY, COL_REASONS = range(2)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            _flagged_company(
                QT_TRANSLATE_NOOP("AtRiskModel", "Company"), "warning", Attention.DANGER
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("AtRiskModel", "Why"),
                lambda r: _reasons(r, " · "),
                lambda r: len(r.risk.reasons),
            ),
        )

    def key_of(self, record: EnrolmentSummary) -> int:
        return record.enrolment_id

    def extra_data(self, record: EnrolmentSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return _reasons(record, "\n")
        return None


class GapModel(RecordTableModel[EnrolmentSummary]):
    COL_COMPANY, COL_GAP, COL_EXPLANATION = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            _flagged_company(QT_TRANSLATE_NOOP("GapModel", "Company"), "gap", Attention.WARNING),
            ColumnSpec(
                QT_TRANSLATE_NOOP("GapModel", "Gap"),
                lambda r: format_signed(r.gap.value) if r.gap.value is not None else "",
                lambda r: r.gap.value,
                RIGHT,
                foreground=lambda r: attention_colour(Attention.WARNING),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("GapModel", "Why it is flagged"),
                lambda r: r.gap.explanation,
                lambda r: r.gap.value,
            ),
        )

    def key_of(self, record: EnrolmentSummary) -> int:
        return record.enrolment_id

    def extra_data(self, record: EnrolmentSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return record.gap.explanation
        return None


class CohortCompanyModel(RecordTableModel[EnrolmentSummary]):
    """Every company of the cohort and where it stands."""

    (
        COL_COMPANY,
        COL_STATUS,
        COL_READINESS,
        COL_GAP,
        COL_MILESTONES,
        COL_OVERDUE,
        COL_LAST_ASSESSED,
        COL_RISK,
    ) = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = dt.date.today()
        self.columns = (
            ColumnSpec(
                QT_TRANSLATE_NOOP("CohortCompanyModel", "Company"),
                lambda r: r.company_name,
                _company_name_key,
                tooltip=self._company_tooltip,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CohortCompanyModel", "Status"),
                lambda r: enrolment_status_text(r.status),
                lambda r: r.status.value,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CohortCompanyModel", "Readiness"),
                lambda r: (
                    format_decimal(r.readiness_index) if r.readiness_index is not None else "–"
                ),
                lambda r: r.readiness_index,
                RIGHT,
                tooltip=lambda r: self.tr("Mean of the latest levels, on a scale of 1 to 9"),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CohortCompanyModel", "Gap"),
                self._gap_text,
                lambda r: r.gap.value,
                RIGHT,
                tooltip=lambda r: r.gap.explanation,
                decoration=lambda r: (
                    attention_icon("gap", Attention.WARNING) if r.gap.flagged else None
                ),
                foreground=lambda r: attention_colour(Attention.WARNING) if r.gap.flagged else None,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CohortCompanyModel", "Milestones"),
                self._milestones_text,
                lambda r: r.completion.ratio,
                RIGHT,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CohortCompanyModel", "Overdue"),
                lambda r: str(r.completion.overdue),
                lambda r: r.completion.overdue,
                RIGHT,
                decoration=lambda r: (
                    attention_icon("overdue", Attention.DANGER) if r.completion.overdue else None
                ),
                foreground=lambda r: (
                    attention_colour(Attention.DANGER) if r.completion.overdue else None
                ),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CohortCompanyModel", "Last assessed"),
                lambda r: format_date(r.last_assessed) if r.last_assessed else self.tr("never"),
                lambda r: r.last_assessed,
                tooltip=lambda r: (
                    days_ago(r.last_assessed, self._today) if r.last_assessed else None
                ),
                foreground=lambda r: muted_colour() if r.last_assessed is None else None,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CohortCompanyModel", "Risk"),
                lambda r: self.tr("Not assessed yet") if not_assessed(r) else _reasons(r, "\n"),
                # Not assessed sorts between the companies at risk and those on track.
                lambda r: (len(r.risk.reasons), not_assessed(r)),
                tooltip=self._risk_tooltip,
                decoration=lambda r: (
                    attention_icon("warning", Attention.DANGER) if r.risk.at_risk else None
                ),
                foreground=_risk_colour,
            ),
        )

    def set_today(self, today: dt.date) -> None:
        self._today = today

    def key_of(self, record: EnrolmentSummary) -> int:
        return record.enrolment_id

    def extra_data(self, record: EnrolmentSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and record.status is EnrolmentStatus.WITHDRAWN:
            return muted_colour()
        return None

    def _company_tooltip(self, row: EnrolmentSummary) -> str:
        lines = [row.company_name]
        if row.mentors:
            lines.append(self.tr("Mentors: {0}").format(", ".join(row.mentors)))
        if row.next_steps:
            lines.append(self.tr("Next steps: {0}").format(row.next_steps))
        lines.append(self.tr("Double-click to open the company"))
        return "\n".join(lines)

    def _risk_tooltip(self, row: EnrolmentSummary) -> str | None:
        if row.risk.at_risk:
            return _reasons(row, "\n")
        if not_assessed(row):
            due = row.joined_on + dt.timedelta(weeks=STALE_AFTER_WEEKS)
            return self.tr(
                "No assessment yet, so nothing is known of its levels. The first assessment "
                "is due within {0} weeks of joining, by {1}."
            ).format(STALE_AFTER_WEEKS, format_date(due))
        return None

    def _gap_text(self, row: EnrolmentSummary) -> str:
        if row.gap.value is None:
            return "–"
        text = format_signed(row.gap.value)
        return self.tr("{0} flagged").format(text) if row.gap.flagged else text

    def _milestones_text(self, row: EnrolmentSummary) -> str:
        c = row.completion
        if c.ratio is None:
            return self.tr("none")
        return self.tr("{0} of {1} ({2})").format(c.done, c.applicable, format_percent(c.ratio))


def _risk_colour(row: EnrolmentSummary) -> QColor | None:
    if row.risk.at_risk:
        return attention_colour(Attention.DANGER)
    return muted_colour() if not_assessed(row) else None
