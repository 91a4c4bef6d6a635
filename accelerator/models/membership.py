"""Memberships: an organisation in a cluster, in one of its tiers, for a while.

A membership is history: leaving sets ``left_on`` and the row stays; the database refuses
to delete one (triggers of migration 0006), as it refuses to change the audit trail.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from accelerator.models.base import Base, UTCDateTime, Versioned, utcnow
from accelerator.models.cluster import Cluster, ClusterTier
from accelerator.models.company import Company


class Membership(Versioned, Base):
    """An organisation in a cluster, in one of its tiers, from ``joined_on``; until
    ``left_on`` (the last day as a member) once it has left."""

    __tablename__ = "memberships"
    __table_args__ = (
        CheckConstraint("left_on IS NULL OR left_on >= joined_on", name="left_after_joined"),
        ForeignKeyConstraint(
            ["cluster_id", "tier_id"],
            ["cluster_tiers.cluster_id", "cluster_tiers.id"],
            name="fk_memberships_tier_of_cluster",
        ),
        # One open membership per organisation and cluster; closed ones are history.
        Index(
            "ux_memberships_one_open",
            "organisation_id",
            "cluster_id",
            unique=True,
            sqlite_where=text("left_on IS NULL"),
            postgresql_where=text("left_on IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), index=True)
    cluster_id: Mapped[int] = mapped_column(ForeignKey("clusters.id"), index=True)
    tier_id: Mapped[int] = mapped_column(Integer)
    joined_on: Mapped[dt.date] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    organisation: Mapped[Company] = relationship()
    cluster: Mapped[Cluster] = relationship()
    # Read only: the membership's columns are written as ids (the composite key above).
    tier: Mapped[ClusterTier] = relationship(
        primaryjoin="Membership.tier_id == ClusterTier.id",
        foreign_keys="Membership.tier_id",
        viewonly=True,
    )
