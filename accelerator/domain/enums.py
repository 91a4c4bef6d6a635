"""The fixed vocabularies of a programme, shared by every layer."""

from __future__ import annotations

from enum import StrEnum


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
