"""Clusters and the tiers they name their members by (memberships: membership.py)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from accelerator.domain.enums import ClusterLevel
from accelerator.models.base import Base, UTCDateTime, Versioned, enum_column, utcnow


class Cluster(Versioned, Base):
    """A cluster: ours (the database's home cluster; one or more) or a partner."""

    __tablename__ = "clusters"
    __table_args__ = (CheckConstraint("length(name) > 0", name="name_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Unique as typed here; the services also refuse a name that differs only in case or
    # spaces (``clusters.cluster_key``).
    name: Mapped[str] = mapped_column(String(200), unique=True)
    short_name: Mapped[str] = mapped_column(String(50), default="")
    level: Mapped[ClusterLevel] = mapped_column(
        enum_column(ClusterLevel, "cluster_level"), default=ClusterLevel.OTHER
    )
    region: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    ours: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    tiers: Mapped[list[ClusterTier]] = relationship(
        back_populates="cluster", order_by="ClusterTier.position"
    )


class ClusterTier(Base):
    """One of the names a cluster gives its members' tiers (member, partner, associate,
    owner...), in the cluster's order. Edited with the cluster (its row version)."""

    __tablename__ = "cluster_tiers"
    __table_args__ = (
        UniqueConstraint("cluster_id", "name"),
        # What a membership's (cluster, tier) points at: a tier of that very cluster.
        UniqueConstraint("cluster_id", "id"),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cluster_id: Mapped[int] = mapped_column(ForeignKey("clusters.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer)

    cluster: Mapped[Cluster] = relationship(back_populates="tiers")
