from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from accelerator.domain.enums import AssessmentKind
from accelerator.models.base import Base, UTCDateTime, enum_column, utcnow
from accelerator.models.enrolment import Enrolment
from accelerator.models.framework import Dimension, ReadinessFramework
from accelerator.models.user import User


class Assessment(Base):
    """One dated judgement of one enrolment by one assessor, against one framework version."""

    __tablename__ = "assessments"
    __table_args__ = (
        # The latest assessment of an enrolment is one index seek away (lists, dashboard).
        Index("ix_assessments_enrolment_latest", "enrolment_id", "assessed_on", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolments.id"), index=True)
    assessor_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    framework_id: Mapped[int] = mapped_column(ForeignKey("readiness_frameworks.id"))
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[AssessmentKind] = mapped_column(enum_column(AssessmentKind, "assessment_kind"))
    notes: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    enrolment: Mapped[Enrolment] = relationship()
    assessor: Mapped[User] = relationship()
    framework: Mapped[ReadinessFramework] = relationship()
    scores: Mapped[list[Score]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan"
    )


class Score(Base):
    """The level given to one dimension in one assessment, with the reason for it."""

    __tablename__ = "scores"
    __table_args__ = (
        UniqueConstraint("assessment_id", "dimension_id"),
        CheckConstraint("level BETWEEN 1 AND 9", name="level_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    dimension_id: Mapped[int] = mapped_column(ForeignKey("dimensions.id"))
    level: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")

    assessment: Mapped[Assessment] = relationship(back_populates="scores")
    dimension: Mapped[Dimension] = relationship()
