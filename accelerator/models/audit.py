from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from accelerator.domain.enums import AuditAction
from accelerator.models.base import Base, UTCDateTime, enum_column, utcnow


class AuditEntry(Base):
    """Who changed which record when, with each changed field's old and new value.

    Written in the same transaction as the change it records; never updated or deleted
    by the program.
    """

    __tablename__ = "audit_entries"
    __table_args__ = (
        Index("ix_audit_entries_record", "table_name", "record_id"),
        Index("ix_audit_entries_at", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # The name at the time, so the entry still reads right if the user is renamed.
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction, "audit_action"))
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[int] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text, default="")
    # JSON object: field -> [old, new]
    changes: Mapped[str] = mapped_column(Text, default="{}")
