from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from accelerator.domain.enums import CohortStatus
from accelerator.models.base import Base, UTCDateTime, Versioned, enum_column, utcnow
from accelerator.models.cluster import Cluster
from accelerator.models.framework import ReadinessFramework


class Programme(Versioned, Base):
    """A cluster's recurring acceleration programme."""

    __tablename__ = "programmes"
    __table_args__ = (
        CheckConstraint("assessment_interval_weeks BETWEEN 1 AND 52", name="interval_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    # The cluster it runs in (until schema 0006 a text, cluster).
    cluster_id: Mapped[int | None] = mapped_column(ForeignKey("clusters.id"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    framework_id: Mapped[int] = mapped_column(ForeignKey("readiness_frameworks.id"))
    # Mentors are reminded when an enrolment's last assessment is older than this.
    assessment_interval_weeks: Mapped[int] = mapped_column(Integer, default=6)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    framework: Mapped[ReadinessFramework] = relationship()
    cluster: Mapped[Cluster | None] = relationship(lazy="joined")
    template_items: Mapped[list[MilestoneTemplateItem]] = relationship(
        back_populates="programme",
        order_by="MilestoneTemplateItem.position",
        cascade="all, delete-orphan",
    )
    cohorts: Mapped[list[Cohort]] = relationship(
        back_populates="programme", order_by="Cohort.start_date"
    )


class MilestoneTemplateItem(Base):
    """One line of a programme's milestone template; copied into each enrolment."""

    __tablename__ = "milestone_template_items"
    __table_args__ = (
        CheckConstraint("due_offset_weeks >= 0", name="offset_not_negative"),
        CheckConstraint("length(title) > 0", name="title_not_empty"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programmes.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(Text, default="")
    due_offset_weeks: Mapped[int | None] = mapped_column(Integer)
    # A removed item stays for the milestones copied from it; it is no longer offered.
    retired: Mapped[bool] = mapped_column(Boolean, default=False)

    programme: Mapped[Programme] = relationship(back_populates="template_items")


class Cohort(Versioned, Base):
    """One run of a programme."""

    __tablename__ = "cohorts"
    __table_args__ = (
        UniqueConstraint("programme_id", "name"),
        CheckConstraint("end_date > start_date", name="ends_after_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[CohortStatus] = mapped_column(
        enum_column(CohortStatus, "cohort_status"), default=CohortStatus.PLANNED
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    programme: Mapped[Programme] = relationship(back_populates="cohorts")
