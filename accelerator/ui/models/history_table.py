"""The timeline of one enrolment's assessments, newest first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt

from accelerator.i18n import in_context
from accelerator.services.records import AssessmentRecord, DimensionRecord
from accelerator.ui.kit import assessment_kind_text, format_date
from accelerator.ui.models.table import QT_TRANSLATE_NOOP, ColumnSpec, RecordTableModel

_tr = in_context("HistoryModel")


def _kind(r: AssessmentRecord) -> str:
    marks = [assessment_kind_text(r.kind)]
    if r.corrected:
        marks.append(_tr("corrected"))
    if r.confidential:
        marks.append(_tr("confidential"))
    return "\n".join(marks)


def _reasons(r: AssessmentRecord) -> str:
    lines = []
    for s in r.scores:
        line = f"{s.dimension_name}: {s.level}"
        if s.reason:
            line += f" ({s.reason})"
        lines.append(line)
    return "\n".join(lines)


def _notes(r: AssessmentRecord) -> str:
    parts = []
    if r.notes.strip():
        parts.append(r.notes.strip())
    if r.next_steps.strip():
        parts.append(_tr("Next steps: {0}").format(r.next_steps.strip()))
    if not parts and r.confidential:
        return _tr("(confidential notes: only their author and coordinators see them)")
    return "\n".join(parts)


#: A cell may hold several lines; each starts at the top.
_TOP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


class HistoryModel(RecordTableModel[AssessmentRecord]):
    """One row per assessment: date, kind (corrected, confidential), assessor, levels, words."""

    COL_DATE, COL_KIND, COL_ASSESSOR, COL_LEVELS, COL_NOTES = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dimensions: tuple[DimensionRecord, ...] = ()
        self.columns = (
            ColumnSpec(
                QT_TRANSLATE_NOOP("HistoryModel", "Date"),
                lambda r: format_date(r.assessed_on),
                lambda r: (r.assessed_on, r.id),
                _TOP,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("HistoryModel", "Kind"),
                _kind,
                align=_TOP,
                tooltip=lambda r: (
                    _tr("Corrected after it was first saved; the audit trail keeps the old values")
                    if r.corrected
                    else None
                ),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("HistoryModel", "Assessed by"),
                lambda r: r.assessor_name,
                align=_TOP,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("HistoryModel", "Levels"),
                self._levels,
                align=_TOP,
                tooltip=_reasons,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("HistoryModel", "Notes and next steps"),
                _notes,
                align=_TOP,
                tooltip=lambda r: _notes(r) or None,
            ),
        )

    def set_assessments(
        self, records: Sequence[AssessmentRecord], dimensions: Sequence[DimensionRecord]
    ) -> None:
        """``records`` oldest first, as the service returns them; shown newest first, with
        their levels in the order of ``dimensions``."""
        self._dimensions = tuple(dimensions)
        self.set_rows(sorted(records, key=lambda r: (r.assessed_on, r.id), reverse=True))

    def _levels(self, r: AssessmentRecord) -> str:
        keys = [d.key for d in self._dimensions] or [s.dimension_key for s in r.scores]
        return " · ".join(str(r.levels[k]) if k in r.levels else "–" for k in keys)

    def header_tooltip(self, column: int) -> str | None:
        if column == self.COL_LEVELS:
            names = ", ".join(d.name for d in self._dimensions)
            return _tr("Levels in the order: {0}").format(names) if names else None
        return super().header_tooltip(column)
