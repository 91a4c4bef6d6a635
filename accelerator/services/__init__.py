"""The use cases. The window and the command line both call these, and nothing else writes.

Importing this package installs the audit trail on every session.
"""

from __future__ import annotations

from accelerator.db.engine import Database
from accelerator.services import audit as _audit  # noqa: F401  (installs the audit listeners)
from accelerator.services.assessments import AssessmentService
from accelerator.services.base import SYSTEM, Actor
from accelerator.services.companies import CompanyService
from accelerator.services.database import DatabaseService
from accelerator.services.enrolments import EnrolmentService
from accelerator.services.frameworks import FrameworkService
from accelerator.services.mentoring import MentoringService
from accelerator.services.overview import OverviewService
from accelerator.services.permissions import PermissionService
from accelerator.services.programmes import ProgrammeService
from accelerator.services.users import UserService


class Services:
    """The services for one database and one acting user."""

    def __init__(self, db: Database, actor: Actor = SYSTEM) -> None:
        self.db = db
        self.actor = actor
        self.programmes = ProgrammeService(db, actor)
        self.companies = CompanyService(db, actor)
        self.enrolments = EnrolmentService(db, actor)
        self.assessments = AssessmentService(db, actor)
        self.frameworks = FrameworkService(db, actor)
        self.users = UserService(db, actor)
        self.database = DatabaseService(db, actor)
        self.overview = OverviewService(db, actor)
        self.mentoring = MentoringService(db, actor)
        #: What the actor may do, asked by the window before it offers something.
        self.permissions = PermissionService(db, actor)

    def acting_as(self, actor: Actor) -> Services:
        return Services(self.db, actor)


__all__ = ["SYSTEM", "Actor", "Services"]
