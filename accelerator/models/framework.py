from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from accelerator.models.base import Base, UTCDateTime, utcnow

#: A row's texts in every language, for each field written in several:
#: ``{"name": {"en": "Customer", "nb": "Kunde"}}``, the field's own language first. The
#: field's column holds its own text, so that a framework in one language has ``{}`` here
#: and every query that reads a name as a column keeps working; one JSON value beside the
#: columns is read with its row, where a table of translations would be one more join
#: for every framework read, for texts nobody searches or sorts by.
Texts = dict[str, dict[str, str]]


def _texts_column() -> Mapped[Texts]:
    return mapped_column(JSON, default=dict, server_default=text("'{}'"))


class ReadinessFramework(Base):
    """A set of dimensions, each with levels 1..9 and their descriptors.

    A framework that has assessments is never edited in place: a change makes a
    new version with the same key, and old assessments keep the one they used.
    """

    __tablename__ = "readiness_frameworks"
    __table_args__ = (
        UniqueConstraint("key", "version"),
        CheckConstraint("version >= 1", name="version_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    licence: Mapped[str] = mapped_column(Text, default="")
    texts: Mapped[Texts] = _texts_column()
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    dimensions: Mapped[list[Dimension]] = relationship(
        back_populates="framework", order_by="Dimension.position", cascade="all, delete-orphan"
    )


class Dimension(Base):
    __tablename__ = "dimensions"
    __table_args__ = (UniqueConstraint("framework_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    framework_id: Mapped[int] = mapped_column(
        ForeignKey("readiness_frameworks.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    texts: Mapped[Texts] = _texts_column()
    position: Mapped[int] = mapped_column(Integer)

    framework: Mapped[ReadinessFramework] = relationship(back_populates="dimensions")
    levels: Mapped[list[LevelDescriptor]] = relationship(
        back_populates="dimension", order_by="LevelDescriptor.level", cascade="all, delete-orphan"
    )


class LevelDescriptor(Base):
    __tablename__ = "level_descriptors"
    __table_args__ = (
        UniqueConstraint("dimension_id", "level"),
        CheckConstraint("level BETWEEN 1 AND 9", name="level_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    dimension_id: Mapped[int] = mapped_column(ForeignKey("dimensions.id", ondelete="CASCADE"))
    level: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text)
    texts: Mapped[Texts] = _texts_column()

    dimension: Mapped[Dimension] = relationship(back_populates="levels")
