"""Events, the clusters that host them, and the people registered for them.

An event's start and end are moments, stored as UTC like every time here; the services
take and show them as the clock in Norway shows them (``domain.events``). A registration
is of a contact of an organisation on record, or of a guest with a name, an e-mail
address and an organisation's name (and the organisation, when it is on record).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from accelerator.domain.enums import EventKind, RegistrationSource, RegistrationStatus
from accelerator.models.base import Base, UTCDateTime, Versioned, enum_column, utcnow
from accelerator.models.cluster import Cluster


class Event(Versioned, Base):
    """A conference, a workshop, a matchmaking day, a programme session of a cohort..."""

    __tablename__ = "events"
    __table_args__ = (
        CheckConstraint("length(title) > 0", name="title_not_empty"),
        CheckConstraint("ends_at > starts_at", name="ends_after_it_starts"),
        CheckConstraint("capacity IS NULL OR capacity >= 1", name="capacity_at_least_one"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[EventKind] = mapped_column(enum_column(EventKind, "event_kind"))
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    place: Mapped[str] = mapped_column(String(300), default="")
    # Held online (too): a webinar, or a conference also streamed; the link once there is one.
    online: Mapped[bool] = mapped_column(Boolean, default=False)
    online_url: Mapped[str] = mapped_column(String(500), default="")
    # Places for registered and checked-in people; None: no limit.
    capacity: Mapped[int | None] = mapped_column(Integer)
    # The cohort a programme session (or a cohort's demo day) belongs to.
    cohort_id: Mapped[int | None] = mapped_column(ForeignKey("cohorts.id"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    # Open to anyone (announced outside the cluster); else internal, by invitation.
    public: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    hosts: Mapped[list[EventHost]] = relationship(
        back_populates="event", order_by="EventHost.id", cascade="all, delete-orphan"
    )


class EventHost(Base):
    """One of the clusters an event is organised by: a co-hosted event counts for each
    of its hosts. Edited with the event (its row version)."""

    __tablename__ = "event_hosts"
    __table_args__ = (UniqueConstraint("event_id", "cluster_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    cluster_id: Mapped[int] = mapped_column(ForeignKey("clusters.id"), index=True)

    event: Mapped[Event] = relationship(back_populates="hosts")
    cluster: Mapped[Cluster] = relationship(lazy="joined")


class Registration(Versioned, Base):
    """A person's place (or wait for one) at an event, and whether they came.

    The person is a contact on record (``contact_id``; its name and address are read from
    the contact, and ``organisation_id`` is the contact's organisation), or a guest named
    here (``name``, ``email``, and the organisation as typed, ``organisation_name``, or as
    on record, ``organisation_id``). Removing a contact turns its registrations into a
    guest's, so the event keeps who came."""

    __tablename__ = "registrations"
    __table_args__ = (
        UniqueConstraint("event_id", "contact_id"),
        CheckConstraint("contact_id IS NOT NULL OR length(name) > 0", name="names_a_person"),
        # Checked in is attended, and only attended is checked in.
        CheckConstraint(
            "(status = 'attended') = (checked_in_at IS NOT NULL)", name="checked_in_when_attended"
        ),
        CheckConstraint("NOT walk_in OR source = 'door'", name="walk_ins_at_the_door"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    organisation_name: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[RegistrationStatus] = mapped_column(
        enum_column(RegistrationStatus, "registration_status")
    )
    registered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    # When the person last joined the waitlist (it orders the line).
    waitlisted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    checked_in_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[RegistrationSource] = mapped_column(
        enum_column(RegistrationSource, "registration_source"), default=RegistrationSource.MANUAL
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    event: Mapped[Event] = relationship()
