"""The fixed vocabularies of a programme, shared by every layer."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum, StrEnum

from accelerator.i18n import marked, translate


class Role(StrEnum):
    COORDINATOR = "coordinator"
    MENTOR = "mentor"
    VIEWER = "viewer"


class CohortStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    FINISHED = "finished"


class EnrolmentStatus(StrEnum):
    ACTIVE = "active"
    GRADUATED = "graduated"
    WITHDRAWN = "withdrawn"


class MilestoneStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    BLOCKED = "blocked"
    NOT_APPLICABLE = "not_applicable"


class AssessmentKind(StrEnum):
    BASELINE = "baseline"
    PROGRESS = "progress"
    FINAL = "final"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


#: Milestone categories a template offers; a programme may also use its own words.
MILESTONE_CATEGORIES: tuple[str, ...] = (
    "customer",
    "business model",
    "technology",
    "IP",
    "team",
    "funding",
)


#: Each member in words, for the command line and the reports (the window's own are in
#: ``accelerator/ui/kit/labels.py``). The context is the enum's name and the words are
#: the window's, so one translation serves both. A stored value ("not_applicable") is
#: never shown as it is.
WORDS: Mapping[Enum, str] = {
    Role.COORDINATOR: marked("Role", "Coordinator"),
    Role.MENTOR: marked("Role", "Mentor"),
    Role.VIEWER: marked("Role", "Viewer"),
    CohortStatus.PLANNED: marked("CohortStatus", "Planned"),
    CohortStatus.RUNNING: marked("CohortStatus", "Running"),
    CohortStatus.FINISHED: marked("CohortStatus", "Finished"),
    EnrolmentStatus.ACTIVE: marked("EnrolmentStatus", "Active"),
    EnrolmentStatus.GRADUATED: marked("EnrolmentStatus", "Graduated"),
    EnrolmentStatus.WITHDRAWN: marked("EnrolmentStatus", "Withdrawn"),
    MilestoneStatus.NOT_STARTED: marked("MilestoneStatus", "Not started"),
    MilestoneStatus.IN_PROGRESS: marked("MilestoneStatus", "In progress"),
    MilestoneStatus.DONE: marked("MilestoneStatus", "Done"),
    MilestoneStatus.BLOCKED: marked("MilestoneStatus", "Blocked"),
    MilestoneStatus.NOT_APPLICABLE: marked("MilestoneStatus", "Not applicable"),
    AssessmentKind.BASELINE: marked("AssessmentKind", "Baseline"),
    AssessmentKind.PROGRESS: marked("AssessmentKind", "Progress"),
    AssessmentKind.FINAL: marked("AssessmentKind", "Final"),
    AuditAction.CREATE: marked("AuditAction", "Created"),
    AuditAction.UPDATE: marked("AuditAction", "Changed"),
    AuditAction.DELETE: marked("AuditAction", "Removed"),
}

#: A role inside a sentence, where it is a common noun: "kari (mentor) may not do this".
ROLE_NOUNS: Mapping[Role, str] = {
    Role.COORDINATOR: marked("Role", "coordinator"),
    Role.MENTOR: marked("Role", "mentor"),
    Role.VIEWER: marked("Role", "viewer"),
}


def in_words(member: Enum) -> str:
    """``member`` in words, in the language spoken: ``Not applicable``, ``Ikke aktuelt``."""
    return translate(type(member).__name__, WORDS[member])


def role_noun(role: Role) -> str:
    """The role as a word inside a sentence, in the language spoken: ``coordinator``."""
    context = "Role"
    return translate(context, ROLE_NOUNS[Role(role)])
