"""The words the window shows for a fixed vocabulary: one map per enum, every label marked
for translation where it is written (``QT_TRANSLATE_NOOP``, with the enum's name as the
context, so a translator sees "Active" of an enrolment apart from any other "Active") and
translated when shown.

A stored value ("not_applicable", "coordinator") is never shown as it is; a new member
without words here fails tests/ui/test_look.py.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from accelerator.domain.enums import (
    SHARED_VALUES,
    WORDS,
    AssessmentKind,
    AuditAction,
    CohortStatus,
    EnrolmentStatus,
    MilestoneStatus,
    Role,
    in_words,
)
from accelerator.domain.import_rows import RowAction

E = TypeVar("E", bound=Enum)

_LABELS: dict[type[Enum], Mapping[Enum, object]] = {
    Role: {
        Role.COORDINATOR: QT_TRANSLATE_NOOP("Role", "Coordinator"),
        Role.MENTOR: QT_TRANSLATE_NOOP("Role", "Mentor"),
        Role.VIEWER: QT_TRANSLATE_NOOP("Role", "Viewer"),
    },
    CohortStatus: {
        CohortStatus.PLANNED: QT_TRANSLATE_NOOP("CohortStatus", "Planned"),
        CohortStatus.RUNNING: QT_TRANSLATE_NOOP("CohortStatus", "Running"),
        CohortStatus.FINISHED: QT_TRANSLATE_NOOP("CohortStatus", "Finished"),
    },
    EnrolmentStatus: {
        EnrolmentStatus.ACTIVE: QT_TRANSLATE_NOOP("EnrolmentStatus", "Active"),
        EnrolmentStatus.GRADUATED: QT_TRANSLATE_NOOP("EnrolmentStatus", "Graduated"),
        EnrolmentStatus.WITHDRAWN: QT_TRANSLATE_NOOP("EnrolmentStatus", "Withdrawn"),
    },
    MilestoneStatus: {
        MilestoneStatus.NOT_STARTED: QT_TRANSLATE_NOOP("MilestoneStatus", "Not started"),
        MilestoneStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("MilestoneStatus", "In progress"),
        MilestoneStatus.DONE: QT_TRANSLATE_NOOP("MilestoneStatus", "Done"),
        MilestoneStatus.BLOCKED: QT_TRANSLATE_NOOP("MilestoneStatus", "Blocked"),
        MilestoneStatus.NOT_APPLICABLE: QT_TRANSLATE_NOOP("MilestoneStatus", "Not applicable"),
    },
    AssessmentKind: {
        AssessmentKind.BASELINE: QT_TRANSLATE_NOOP("AssessmentKind", "Baseline"),
        AssessmentKind.PROGRESS: QT_TRANSLATE_NOOP("AssessmentKind", "Progress"),
        AssessmentKind.FINAL: QT_TRANSLATE_NOOP("AssessmentKind", "Final"),
    },
    AuditAction: {
        AuditAction.CREATE: QT_TRANSLATE_NOOP("AuditAction", "Created"),
        AuditAction.UPDATE: QT_TRANSLATE_NOOP("AuditAction", "Changed"),
        AuditAction.DELETE: QT_TRANSLATE_NOOP("AuditAction", "Removed"),
    },
    RowAction: {
        RowAction.CREATE: QT_TRANSLATE_NOOP("RowAction", "Create"),
        RowAction.UPDATE: QT_TRANSLATE_NOOP("RowAction", "Update"),
        RowAction.UNCHANGED: QT_TRANSLATE_NOOP("RowAction", "Unchanged"),
        RowAction.SKIP: QT_TRANSLATE_NOOP("RowAction", "Skip"),
        RowAction.ERROR: QT_TRANSLATE_NOOP("RowAction", "Error"),
    },
}

#: What a choice means, in a sentence, where a form offers it.
_MEANINGS: dict[type[Enum], Mapping[Enum, object]] = {
    Role: {
        Role.COORDINATOR: QT_TRANSLATE_NOOP(
            "Role", "Does everything: programmes, cohorts, companies, users and the audit trail."
        ),
        Role.MENTOR: QT_TRANSLATE_NOOP(
            "Role",
            "Sees the cohorts they mentor in, logs assessments and ticks milestones for "
            "their assigned companies only.",
        ),
        Role.VIEWER: QT_TRANSLATE_NOOP(
            "Role", "Reads everything except confidential notes, and changes nothing."
        ),
    },
    EnrolmentStatus: {
        EnrolmentStatus.ACTIVE: QT_TRANSLATE_NOOP("EnrolmentStatus", "Taking part in the cohort."),
        EnrolmentStatus.GRADUATED: QT_TRANSLATE_NOOP("EnrolmentStatus", "Finished the programme."),
        EnrolmentStatus.WITHDRAWN: QT_TRANSLATE_NOOP(
            "EnrolmentStatus", "Left before the end; say why."
        ),
    },
}

#: The enums that have words here, for the test that every member has them.
LABELLED: tuple[type[Enum], ...] = tuple(_LABELS)


def _translated(table: dict[type[Enum], Mapping[Enum, object]], member: Enum) -> str:
    kind = type(member)
    return QCoreApplication.translate(kind.__name__, str(table[kind][member]))


def label_of(member: Enum) -> str:
    """The words for ``member`` of one of the enums above."""
    return _translated(_LABELS, member)


def meaning_of(member: Enum) -> str:
    """What choosing ``member`` means, in a sentence (roles, enrolment statuses)."""
    return _translated(_MEANINGS, member)


def enum_text(value: Enum) -> str:
    """``value`` in words when this module has them, else its stored value made readable."""
    if type(value) in _LABELS:
        return label_of(value)
    if value in WORDS or (type(value), value) in SHARED_VALUES:
        return in_words(value)  # the domain's own words (a project's status, a decision)
    return str(value.value).replace("_", " ")


def _named(
    kind: type[E], table: dict[type[Enum], Mapping[Enum, object]] = _LABELS
) -> Callable[[E], str]:
    """The words of ``kind`` alone, so a call says which vocabulary it expects (and a
    stored value, "running", is taken as its member)."""
    return lambda member: _translated(table, kind(member))


role_name = _named(Role)
role_description = _named(Role, _MEANINGS)
cohort_status_text = _named(CohortStatus)
enrolment_status_text = _named(EnrolmentStatus)
milestone_status_text = _named(MilestoneStatus)
assessment_kind_text = _named(AssessmentKind)
