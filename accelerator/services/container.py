"""The services for one database and one acting user (``accelerator.services.Services``).

Importing this module imports every service, the models and SQLAlchemy; the package's
``__init__`` gives its names only when first asked for.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from accelerator.db.engine import Database
from accelerator.db.lock import InstanceLock
from accelerator.services import audit as _audit  # noqa: F401  (installs the audit listeners)
from accelerator.services.assessments import AssessmentService
from accelerator.services.base import SYSTEM, Actor
from accelerator.services.clusters import ClusterService
from accelerator.services.companies import CompanyService
from accelerator.services.database import DatabaseService
from accelerator.services.enrolments import EnrolmentService
from accelerator.services.events import EventService
from accelerator.services.figures import FigureService
from accelerator.services.frameworks import FrameworkService
from accelerator.services.meetings import MeetingService
from accelerator.services.members import MemberService
from accelerator.services.mentoring import MentoringService
from accelerator.services.needs import NeedService
from accelerator.services.outcomes import OutcomeService
from accelerator.services.overview import OverviewService
from accelerator.services.permissions import PermissionService
from accelerator.services.programmes import ProgrammeService
from accelerator.services.projects import ProjectService
from accelerator.services.safety import SafetyService
from accelerator.services.sessions import SessionService
from accelerator.services.users import UserService

if TYPE_CHECKING:
    from accelerator.services.audit_log import AuditService
    from accelerator.services.auth import AuthService
    from accelerator.services.exporting import ExportService
    from accelerator.services.figure_forms import FigureFormService
    from accelerator.services.importing import ImportService
    from accelerator.services.reporting import ReportingService


class Services:
    """The services for one database and one acting user.

    ``backups_dir``: where this run keeps backups (None: beside the database). ``lock``: the
    instance lock the window holds on the file, for a restore and for ``close()``."""

    def __init__(
        self,
        db: Database,
        actor: Actor = SYSTEM,
        *,
        backups_dir: Path | None = None,
        lock: InstanceLock | None = None,
    ) -> None:
        self.db = db
        self.actor = actor
        self.backups_dir = backups_dir
        self.lock = lock
        self.programmes = ProgrammeService(db, actor)
        self.companies = CompanyService(db, actor)
        self.enrolments = EnrolmentService(db, actor)
        self.assessments = AssessmentService(db, actor)
        self.frameworks = FrameworkService(db, actor)
        self.users = UserService(db, actor)
        self.database = DatabaseService(db, actor)
        self.overview = OverviewService(db, actor)
        self.mentoring = MentoringService(db, actor)
        self.clusters = ClusterService(db, actor)
        #: Organisations' kinds and their memberships of clusters.
        self.members = MemberService(db, actor)
        #: Events, their registrations, the door and attendance.
        self.events = EventService(db, actor)
        #: Needs and offers of organisations, and the pairs proposed between them.
        self.needs = NeedService(db, actor)
        #: Meetings between organisations, an event's meeting plan, their figures.
        self.meetings = MeetingService(db, actor)
        #: Joint projects, their partners and funding; the collaboration map's data.
        self.projects = ProjectService(db, actor)
        #: Mentor sessions, their hours, and mentors' capacity.
        self.sessions = SessionService(db, actor)
        #: Member figures (KPIs) and the cluster's own figure fields.
        self.figures = FigureService(db, actor)
        #: A cohort's outcomes: jobs, revenue, capital, readiness, mentor hours.
        self.outcomes = OutcomeService(db, actor)
        #: What the actor may do, asked by the window before it offers something.
        self.permissions = PermissionService(db, actor)

    # Built when first asked for: reporting alone brings reportlab (0.2 s at every start,
    # measured here), and most commands and windows never import or export.

    @cached_property
    def importing(self) -> ImportService:
        from accelerator.services.importing import ImportService

        return ImportService(self.db, self.actor)

    @cached_property
    def exporting(self) -> ExportService:
        from accelerator.services.exporting import ExportService

        return ExportService(self.db, self.actor)

    @cached_property
    def figure_forms(self) -> FigureFormService:
        """Collection forms of member figures: written, read back, collected (openpyxl)."""
        from accelerator.services.figure_forms import FigureFormService

        return FigureFormService(self.db, self.actor)

    @cached_property
    def reporting(self) -> ReportingService:
        from accelerator.services.reporting import ReportingService

        return ReportingService(self.db, self.actor)

    @cached_property
    def audit(self) -> AuditService:
        from accelerator.services.audit_log import AuditService

        return AuditService(self.db, self.actor)

    @cached_property
    def auth(self) -> AuthService:
        """Signing in, the first coordinator, one's own password."""
        from accelerator.services.auth import AuthService

        return AuthService(self.db, self.actor)

    @property
    def safety(self) -> SafetyService:
        """Backups and restore of the database file. AcceleratorError on a server, whose
        backups are its own (asked each time: the answer says why)."""
        return SafetyService.for_database(self.db, self.backups_dir, self.actor, lock=self.lock)

    @property
    def read_only(self) -> bool:
        """Opened read-only (another window has the file): nothing can be written."""
        return self.db.read_only

    def acting_as(self, actor: Actor) -> Services:
        return Services(self.db, actor, backups_dir=self.backups_dir, lock=self.lock)

    def close(self) -> None:
        """Close the database's connections and let go of the instance lock (for good:
        every Services on this database, whoever it acts as, shares both)."""
        self.db.dispose()
        if self.lock is not None:
            self.lock.release()


__all__ = ["Services"]
