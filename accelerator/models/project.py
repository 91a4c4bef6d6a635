"""Joint projects between organisations, the funding applied for, and their catalogues.

A joint project has a title, a description, a strategic area (an editable list,
``strategic_areas``), a status with the day each status was reached (history in
``project_status_changes``: a project may apply, be rejected and apply again, and the
timeline keeps both), a start and an end, a total budget in whole kroner, notes and the
links to its documents. It may have come of a matchmaking meeting (``created_from_meeting_id``).

Its partners are organisations (``companies`` rows) with a role, at most one of them the
lead (a partial unique index), and their own share of the budget. The clusters involved
follow from the partners' memberships; ``project_clusters`` holds the ones added by hand.

A funding application is to a scheme of the editable catalogue ``funding_schemes``: the
amount applied for, the decision and its day, the amount granted (only when granted) and
the funder's reference.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from accelerator.domain.enums import FundingDecision, PartnerRole, ProjectStatus
from accelerator.models.base import Base, UTCDateTime, Versioned, enum_column, utcnow


class StrategicArea(Versioned, Base):
    """One of the cluster's strategic areas (innovation, internationalisation, competence,
    attractiveness...), in the list's order; retired ones stay for the projects they name."""

    __tablename__ = "strategic_areas"
    __table_args__ = (CheckConstraint("length(name) > 0", name="name_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Retired ones are offered no more (never deleted while in use).
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class FundingScheme(Versioned, Base):
    """A funding scheme of the catalogue (Innovation Norway grants, SkatteFUNN, Horizon
    Europe...); retired ones stay for the applications made to them."""

    __tablename__ = "funding_schemes"
    __table_args__ = (CheckConstraint("length(name) > 0", name="name_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Retired ones are offered no more (never deleted while in use).
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class JointProject(Versioned, Base):
    """A project that organisations do together, often across clusters."""

    __tablename__ = "projects"
    __table_args__ = (
        CheckConstraint("length(title) > 0", name="title_not_empty"),
        CheckConstraint(
            "start_on IS NULL OR end_on IS NULL OR end_on >= start_on",
            name="ends_after_it_starts",
        ),
        CheckConstraint("total_budget IS NULL OR total_budget >= 0", name="budget_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    strategic_area_id: Mapped[int | None] = mapped_column(
        ForeignKey("strategic_areas.id"), index=True
    )
    # The latest of project_status_changes, kept here for lists and filters.
    status: Mapped[ProjectStatus] = mapped_column(
        enum_column(ProjectStatus, "project_status"), default=ProjectStatus.IDEA
    )
    start_on: Mapped[dt.date | None] = mapped_column(Date)
    end_on: Mapped[dt.date | None] = mapped_column(Date)
    # Whole kroner; an EU consortium's total can pass 2**31 kroner (2.1 billion).
    total_budget: Mapped[int | None] = mapped_column(BigInteger)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_from_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ProjectStatusChange(Base):
    """The day a project reached a status: its timeline. Written with the project (its
    row version), never edited."""

    __tablename__ = "project_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[ProjectStatus] = mapped_column(enum_column(ProjectStatus, "project_status"))
    reached_on: Mapped[dt.date] = mapped_column(Date, index=True)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ProjectDocument(Base):
    """A link to one of a project's documents (the application, the contract...)."""

    __tablename__ = "project_documents"
    __table_args__ = (CheckConstraint("length(url) > 0", name="url_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(String(200), default="")
    url: Mapped[str] = mapped_column(String(1000))
    position: Mapped[int] = mapped_column(Integer, default=0)


class ProjectPartner(Versioned, Base):
    """An organisation in a project, with its role and its own share of the budget."""

    __tablename__ = "project_partners"
    __table_args__ = (
        UniqueConstraint("project_id", "organisation_id"),
        CheckConstraint("own_share IS NULL OR own_share >= 0", name="share_not_negative"),
        # At most one lead a project.
        Index(
            "ux_project_partners_one_lead",
            "project_id",
            unique=True,
            sqlite_where=text("role = 'lead'"),
            postgresql_where=text("role = 'lead'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), index=True)
    role: Mapped[PartnerRole] = mapped_column(enum_column(PartnerRole, "partner_role"))
    own_share: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ProjectCluster(Base):
    """A cluster added to a project by hand (those of the partners follow from their
    memberships)."""

    __tablename__ = "project_clusters"
    __table_args__ = (UniqueConstraint("project_id", "cluster_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), index=True
    )
    cluster_id: Mapped[int] = mapped_column(ForeignKey("clusters.id"), index=True)


class FundingApplication(Versioned, Base):
    """An application for a project's funding to one scheme, and what came of it."""

    __tablename__ = "funding_applications"
    __table_args__ = (
        CheckConstraint("amount_applied >= 0", name="applied_not_negative"),
        CheckConstraint(
            "amount_granted IS NULL OR amount_granted >= 0", name="granted_not_negative"
        ),
        # An amount granted is what a grant gave; a decision has a day, pending none.
        CheckConstraint(
            "amount_granted IS NULL OR decision = 'granted'", name="granted_when_granted"
        ),
        CheckConstraint("decided_on IS NULL OR decision <> 'pending'", name="decided_when_decided"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), index=True
    )
    scheme_id: Mapped[int] = mapped_column(ForeignKey("funding_schemes.id"), index=True)
    amount_applied: Mapped[int] = mapped_column(BigInteger)
    decision: Mapped[FundingDecision] = mapped_column(
        enum_column(FundingDecision, "funding_decision"), default=FundingDecision.PENDING
    )
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    amount_granted: Mapped[int | None] = mapped_column(BigInteger)
    reference: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
