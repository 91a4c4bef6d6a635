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
from accelerator.models.base import Base, UTCDateTime, Versioned, enum_column, utcnow
from accelerator.models.enrolment import Enrolment
from accelerator.models.framework import Dimension, ReadinessFramework
from accelerator.models.user import User


class Assessment(Versioned, Base):
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
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    enrolment: Mapped[Enrolment] = relationship()
    assessor: Mapped[User] = relationship()
    framework: Mapped[ReadinessFramework] = relationship()
    scores: Mapped[list[Score]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan"
    )
    # Loaded with the assessment; missing when the reader may not see it (see AssessmentText).
    text: Mapped[AssessmentText | None] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", lazy="joined"
    )

    @property
    def notes(self) -> str:
        return self.text.notes if self.text is not None else ""

    @notes.setter
    def notes(self, value: str) -> None:
        self._writable_text().notes = value

    @property
    def next_steps(self) -> str:
        return self.text.next_steps if self.text is not None else ""

    @next_steps.setter
    def next_steps(self, value: str) -> None:
        self._writable_text().next_steps = value

    def _writable_text(self) -> AssessmentText:
        if self.text is None:
            self.text = AssessmentText(notes="", next_steps="")
        return self.text


class AssessmentText(Base):
    """An assessment's notes and next steps, kept apart from its levels.

    A confidential assessment's levels are seen by every mentor in the cohort, its words
    only by its author and the coordinators. On a PostgreSQL server a row-level security
    policy on this table enforces that for any client, not only this program
    (accelerator/db/server.py); the levels stay readable in ``assessments``.
    """

    __tablename__ = "assessment_texts"

    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")

    assessment: Mapped[Assessment] = relationship(back_populates="text")


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
