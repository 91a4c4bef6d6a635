"""A company's history across cohorts: one row per enrolment, oldest first."""

from __future__ import annotations

from PySide6.QtCore import QObject

from accelerator.domain.enums import EnrolmentStatus
from accelerator.i18n import in_context
from accelerator.services.records import EnrolmentRecord
from accelerator.ui.kit import enrolment_status_text, format_date
from accelerator.ui.models.table import QT_TRANSLATE_NOOP, ColumnSpec, RecordTableModel

_tr = in_context("CompanyEnrolmentTableModel")


def status_text(record: EnrolmentRecord) -> str:
    """``Active``, or ``Graduated 12.06.2026`` / ``Withdrawn 3.03.2026``."""
    text = enrolment_status_text(record.status)
    if record.status is not EnrolmentStatus.ACTIVE and record.status_changed_on:
        text = _tr("{0} {1}").format(text, format_date(record.status_changed_on))
    return text


def _mentors(record: EnrolmentRecord) -> str:
    if not record.mentors:
        return _tr("None assigned")
    return ", ".join(m.display_name for m in record.mentors)


class CompanyEnrolmentTableModel(RecordTableModel[EnrolmentRecord]):
    COL_COHORT, COL_PROGRAMME, COL_JOINED, COL_STATUS, COL_MENTORS = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ColumnSpec(
                QT_TRANSLATE_NOOP("CompanyEnrolmentTableModel", "Cohort"),
                lambda e: e.cohort_name,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CompanyEnrolmentTableModel", "Programme"),
                lambda e: e.programme_name,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CompanyEnrolmentTableModel", "Joined"),
                lambda e: format_date(e.joined_on),
                lambda e: e.joined_on,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CompanyEnrolmentTableModel", "Status"),
                status_text,
                tooltip=lambda e: e.status_reason or None,
            ),
            ColumnSpec(QT_TRANSLATE_NOOP("CompanyEnrolmentTableModel", "Mentors"), _mentors),
        )
