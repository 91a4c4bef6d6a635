"""Who may do what: the one table of which roles each use case allows.

The services refuse by this table (``Service._require_to``) and the window offers by it
(``PermissionService.allows``), so what a person is offered and what the services let
them do cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

from accelerator.domain.enums import Role


class UseCase(StrEnum):
    """What a person may be offered to do, in the words the window would use."""

    MANAGE_PROGRAMMES = "manage programmes"  # programmes, milestone templates, cohorts
    MANAGE_COMPANIES = "manage companies"  # companies and their contacts
    MANAGE_ENROLMENTS = "manage enrolments"  # enrol, status, mentors, apply a template
    MANAGE_MEMBERS = "manage members"  # clusters, their tiers, memberships, organisation kinds
    MANAGE_EVENTS = "manage events"  # events, registrations, their import
    CHECK_IN = "check in at the door"  # check in, undo, walk-ins
    MANAGE_MATCHMAKING = "keep needs, offers and meetings"  # and book meetings
    MANAGE_PROJECTS = "keep joint projects"  # partners, funding, areas and schemes
    MANAGE_FIGURES = "keep member figures"  # figures, their own fields, collection forms
    LOG_MENTOR_SESSIONS = "log mentor sessions"  # a mentor: their own, with their companies
    UPDATE_MILESTONES = "update milestones"  # a mentor: of the companies they mentor
    LOG_ASSESSMENTS = "log assessments"  # a mentor: of the companies they mentor
    CORRECT_ANY_ASSESSMENT = "correct anyone's assessment"  # else only one's own
    MANAGE_FRAMEWORKS = "manage frameworks"  # import or revise a readiness framework
    MANAGE_USERS = "manage users"  # add, deactivate, reset another's password
    READ_AUDIT_TRAIL = "read the audit trail"
    IMPORT_COMPANIES = "import companies"
    RESTORE_BACKUP = "restore a backup"
    READ_CONFIDENTIAL = "read confidential notes"  # in reports and exports
    LOAD_DEMO = "load the demo programme"
    EXPORT = "export"  # a mentor: one of their own cohorts
    PRINT_REPORTS = "print reports"  # of what the person may read
    CHANGE_OWN_PASSWORD = "change one's own password"


EVERYONE = frozenset(Role)
COORDINATOR = frozenset({Role.COORDINATOR})
WRITERS = frozenset({Role.COORDINATOR, Role.MENTOR})

#: The roles each use case allows. The services check exactly this.
RULES: Mapping[UseCase, frozenset[Role]] = MappingProxyType(
    {
        UseCase.MANAGE_PROGRAMMES: COORDINATOR,
        UseCase.MANAGE_COMPANIES: COORDINATOR,
        UseCase.MANAGE_ENROLMENTS: COORDINATOR,
        UseCase.MANAGE_MEMBERS: COORDINATOR,
        UseCase.MANAGE_EVENTS: COORDINATOR,
        # The door's list is everyone registered (names, addresses, organisations); a
        # mentor reads only the people of the companies they mentor.
        UseCase.CHECK_IN: COORDINATOR,
        UseCase.MANAGE_MATCHMAKING: COORDINATOR,
        UseCase.MANAGE_PROJECTS: COORDINATOR,
        UseCase.MANAGE_FIGURES: COORDINATOR,
        UseCase.LOG_MENTOR_SESSIONS: WRITERS,
        UseCase.UPDATE_MILESTONES: WRITERS,
        UseCase.LOG_ASSESSMENTS: WRITERS,
        UseCase.CORRECT_ANY_ASSESSMENT: COORDINATOR,
        UseCase.MANAGE_FRAMEWORKS: COORDINATOR,
        UseCase.MANAGE_USERS: COORDINATOR,
        UseCase.READ_AUDIT_TRAIL: COORDINATOR,
        UseCase.IMPORT_COMPANIES: COORDINATOR,
        UseCase.RESTORE_BACKUP: COORDINATOR,
        UseCase.READ_CONFIDENTIAL: COORDINATOR,
        # The demo adds programmes, companies and users at once.
        UseCase.LOAD_DEMO: COORDINATOR,
        UseCase.EXPORT: EVERYONE,
        UseCase.PRINT_REPORTS: EVERYONE,
        UseCase.CHANGE_OWN_PASSWORD: EVERYONE,
    }
)

#: Use cases a mentor does only for the enrolments assigned to them.
ASSIGNED_ONLY = frozenset(
    {UseCase.UPDATE_MILESTONES, UseCase.LOG_ASSESSMENTS, UseCase.LOG_MENTOR_SESSIONS}
)


def role_allows(role: Role, use_case: UseCase) -> bool:
    return role in RULES[use_case]
