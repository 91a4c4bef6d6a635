"""What came out of the programme and the cluster's year: member figures and mentor time.

A member figure (``kpi_values``) is one number for one organisation, one year and, where
a programme wants it, one quarter (``quarter`` 1-4; 0 is the whole year). It is either a
standard figure (``metric``, one of :class:`~accelerator.domain.enums.KpiMetric`) or one
of the cluster's own (``custom_field_id``, a row of ``kpi_fields``), never both. Each
value says where it came from (typed, imported, a collection form) and when.

A collection form (``kpi_forms``) is a workbook sent to one organisation for one year;
its token, written in the workbook, ties a returned file to the organisation and year it
was made for.

A mentor session (``mentor_sessions``) is time a mentor spent with a company in a cohort
(an enrolment): its day, minutes, kind, topic and follow-ups. A mentor's capacity
(``mentor_capacities``) is the hours a month and the companies at once they can give.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from accelerator.domain.enums import KpiMetric, KpiSource, KpiUnit, SessionKind
from accelerator.models.base import Base, UTCDateTime, Versioned, enum_column, utcnow


class KpiField(Versioned, Base):
    """A member figure a cluster collects beyond the standard ones (say, tonnes of
    salmon processed); retired ones stay for the values recorded against them."""

    __tablename__ = "kpi_fields"
    __table_args__ = (CheckConstraint("length(name) > 0", name="name_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    unit: Mapped[KpiUnit] = mapped_column(enum_column(KpiUnit, "kpi_unit"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class KpiValue(Versioned, Base):
    """One member figure of one organisation for a year (or a quarter of it)."""

    __tablename__ = "kpi_values"
    __table_args__ = (
        CheckConstraint("year BETWEEN 1900 AND 2200", name="year_plausible"),
        CheckConstraint("quarter BETWEEN 0 AND 4", name="quarter_0_to_4"),
        # A standard figure or one of the cluster's own, never both.
        CheckConstraint(
            "(metric IS NULL) <> (custom_field_id IS NULL)", name="metric_or_custom_field"
        ),
        UniqueConstraint("organisation_id", "year", "quarter", "metric"),
        UniqueConstraint("organisation_id", "year", "quarter", "custom_field_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    # 1-4 for a quarter; 0 for the whole year.
    quarter: Mapped[int] = mapped_column(Integer, default=0)
    metric: Mapped[KpiMetric | None] = mapped_column(enum_column(KpiMetric, "kpi_metric"))
    custom_field_id: Mapped[int | None] = mapped_column(ForeignKey("kpi_fields.id"), index=True)
    value: Mapped[float] = mapped_column(Float)
    source: Mapped[KpiSource] = mapped_column(enum_column(KpiSource, "kpi_source"))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class KpiForm(Base):
    """A collection form made for one organisation and one year, and when it came back."""

    __tablename__ = "kpi_forms"
    __table_args__ = (CheckConstraint("year BETWEEN 1900 AND 2200", name="year_plausible"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    # Random, written in the workbook: a returned file names its form by it.
    token: Mapped[str] = mapped_column(String(64), unique=True)
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    collected_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class MentorSession(Versioned, Base):
    """Time a mentor spent with a company in a cohort."""

    __tablename__ = "mentor_sessions"
    __table_args__ = (
        CheckConstraint("minutes > 0 AND minutes <= 1440", name="minutes_in_a_day"),
        CheckConstraint("length(topic) > 0", name="topic_not_empty"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(
        ForeignKey("enrolments.id", ondelete="CASCADE"), index=True
    )
    mentor_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    minutes: Mapped[int] = mapped_column(Integer)
    kind: Mapped[SessionKind] = mapped_column(enum_column(SessionKind, "session_kind"))
    topic: Mapped[str] = mapped_column(String(300))
    follow_ups: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class MentorCapacity(Versioned, Base):
    """What a mentor can give: hours a month and companies at once (either may be open)."""

    __tablename__ = "mentor_capacities"
    __table_args__ = (
        CheckConstraint("hours_per_month IS NULL OR hours_per_month > 0", name="hours_positive"),
        CheckConstraint(
            "companies_at_once IS NULL OR companies_at_once > 0", name="companies_positive"
        ),
    )

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    hours_per_month: Mapped[int | None] = mapped_column(Integer)
    companies_at_once: Mapped[int | None] = mapped_column(Integer)
