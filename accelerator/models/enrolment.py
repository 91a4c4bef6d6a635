from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from accelerator.domain.enums import EnrolmentStatus, MilestoneStatus
from accelerator.models.base import Base, UTCDateTime, Versioned, enum_column, utcnow
from accelerator.models.company import Company
from accelerator.models.programme import Cohort, MilestoneTemplateItem
from accelerator.models.user import User


class Enrolment(Versioned, Base):
    """A company in a cohort. A company is enrolled at most once per cohort."""

    __tablename__ = "enrolments"
    __table_args__ = (UniqueConstraint("cohort_id", "company_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id"), index=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), index=True)
    joined_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[EnrolmentStatus] = mapped_column(
        enum_column(EnrolmentStatus, "enrolment_status"), default=EnrolmentStatus.ACTIVE
    )
    status_changed_on: Mapped[dt.date | None] = mapped_column(Date)
    status_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    cohort: Mapped[Cohort] = relationship()
    company: Mapped[Company] = relationship()
    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="enrolment", order_by="Milestone.position", cascade="all, delete-orphan"
    )
    mentor_assignments: Mapped[list[MentorAssignment]] = relationship(
        back_populates="enrolment", cascade="all, delete-orphan"
    )


class MentorAssignment(Base):
    __tablename__ = "mentor_assignments"
    __table_args__ = (UniqueConstraint("enrolment_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolments.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    assigned_on: Mapped[dt.date] = mapped_column(Date)

    enrolment: Mapped[Enrolment] = relationship(back_populates="mentor_assignments")
    mentor: Mapped[User] = relationship()


class Milestone(Versioned, Base):
    """One item of an enrolment's checklist. Overdue is derived from the due date, never stored."""

    __tablename__ = "milestones"
    __table_args__ = (
        CheckConstraint("length(title) > 0", name="title_not_empty"),
        CheckConstraint(
            "(status = 'done') = (completed_on IS NOT NULL)", name="completed_on_iff_done"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(
        ForeignKey("enrolments.id", ondelete="CASCADE"), index=True
    )
    template_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("milestone_template_items.id", ondelete="SET NULL")
    )
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[MilestoneStatus] = mapped_column(
        enum_column(MilestoneStatus, "milestone_status"), default=MilestoneStatus.NOT_STARTED
    )
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    evidence: Mapped[str] = mapped_column(Text, default="")
    blocked_reason: Mapped[str] = mapped_column(Text, default="")

    enrolment: Mapped[Enrolment] = relationship(back_populates="milestones")
    template_item: Mapped[MilestoneTemplateItem | None] = relationship()
