"""The typed ORM classes. Nothing here runs queries or knows about the window."""

from accelerator.models.assessment import Assessment, AssessmentText, Score
from accelerator.models.audit import AuditEntry
from accelerator.models.base import Base
from accelerator.models.cluster import Cluster, ClusterTier
from accelerator.models.company import Company, Contact
from accelerator.models.enrolment import Enrolment, MentorAssignment, Milestone
from accelerator.models.event import Event, EventHost, Registration
from accelerator.models.framework import Dimension, LevelDescriptor, ReadinessFramework
from accelerator.models.matchmaking import Meeting, NeedOffer
from accelerator.models.membership import Membership
from accelerator.models.outcomes import (
    KpiField,
    KpiForm,
    KpiValue,
    MentorCapacity,
    MentorSession,
)
from accelerator.models.programme import Cohort, MilestoneTemplateItem, Programme
from accelerator.models.project import (
    FundingApplication,
    FundingScheme,
    JointProject,
    ProjectCluster,
    ProjectDocument,
    ProjectPartner,
    ProjectStatusChange,
    StrategicArea,
)
from accelerator.models.user import User

__all__ = [
    "Assessment",
    "AssessmentText",
    "AuditEntry",
    "Base",
    "Cluster",
    "ClusterTier",
    "Cohort",
    "Company",
    "Contact",
    "Dimension",
    "Enrolment",
    "Event",
    "EventHost",
    "FundingApplication",
    "FundingScheme",
    "JointProject",
    "KpiField",
    "KpiForm",
    "KpiValue",
    "LevelDescriptor",
    "Meeting",
    "Membership",
    "MentorAssignment",
    "MentorCapacity",
    "MentorSession",
    "Milestone",
    "MilestoneTemplateItem",
    "NeedOffer",
    "Programme",
    "ProjectCluster",
    "ProjectDocument",
    "ProjectPartner",
    "ProjectStatusChange",
    "ReadinessFramework",
    "Registration",
    "Score",
    "StrategicArea",
    "User",
]
