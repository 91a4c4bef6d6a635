"""Needs and offers of organisations, and the meetings where two of them talk.

A need or an offer (one table, ``side`` says which) is an organisation's: a category
(pilot customer, test site, capital...), a short summary, free tags of three facets
(sector, technology, market) stored normalised (``domain.matchmaking.normalise_tag``:
case and spacing do not make two tags), and a status: open, matched or closed.

A meeting is between two organisations, booked from a matchmaking proposal (the need and
the offer it pairs) or by hand: at an event, in a time slot at a table, or outside one,
at a time and a place. Its start and end are moments stored as UTC, shown and taken as
the clock in Norway shows them, like an event's.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from accelerator.domain.enums import (
    MeetingOutcome,
    MeetingStatus,
    NeedCategory,
    NeedSide,
    NeedStatus,
)
from accelerator.models.base import Base, UTCDateTime, Versioned, enum_column, utcnow


class NeedOffer(Versioned, Base):
    """What an organisation needs, or offers."""

    __tablename__ = "needs_offers"
    __table_args__ = (
        CheckConstraint("length(summary) > 0", name="summary_not_empty"),
        Index("ix_needs_offers_side_status", "side", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), index=True)
    side: Mapped[NeedSide] = mapped_column(enum_column(NeedSide, "need_side"))
    category: Mapped[NeedCategory] = mapped_column(enum_column(NeedCategory, "need_category"))
    summary: Mapped[str] = mapped_column(String(500))
    # Each facet's tags, normalised, sorted and joined by ", " ("aquaculture, sensors").
    sector_tags: Mapped[str] = mapped_column(String(500), default="")
    technology_tags: Mapped[str] = mapped_column(String(500), default="")
    market_tags: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[NeedStatus] = mapped_column(
        enum_column(NeedStatus, "need_status"), default=NeedStatus.OPEN
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Meeting(Versioned, Base):
    """Two organisations meeting: ``organisation_id`` (the one with the need, when booked
    from a proposal) and ``counterpart_id`` (the one with the offer)."""

    __tablename__ = "meetings"
    __table_args__ = (
        CheckConstraint("organisation_id <> counterpart_id", name="two_organisations"),
        CheckConstraint("ends_at > starts_at", name="ends_after_it_starts"),
        # An outcome is what came of a meeting held.
        CheckConstraint("outcome IS NULL OR status = 'held'", name="outcome_when_held"),
        # A table is one of an event's; outside an event there is a place.
        CheckConstraint("event_id IS NOT NULL OR table_label = ''", name="tables_at_events"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), index=True)
    counterpart_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), index=True)
    need_id: Mapped[int | None] = mapped_column(ForeignKey("needs_offers.id"), index=True)
    offer_id: Mapped[int | None] = mapped_column(ForeignKey("needs_offers.id"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"), index=True)
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    table_label: Mapped[str] = mapped_column(String(40), default="")
    place: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[MeetingStatus] = mapped_column(enum_column(MeetingStatus, "meeting_status"))
    outcome: Mapped[MeetingOutcome | None] = mapped_column(
        enum_column(MeetingOutcome, "meeting_outcome")
    )
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
