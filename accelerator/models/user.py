from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from accelerator.domain.enums import Role
from accelerator.models.base import Base, UTCDateTime, enum_column, utcnow


class User(Base):
    """A coordinator, mentor or viewer; the author of every assessment and change.

    Users are deactivated, never deleted, so that their assessments keep their author.
    """

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stored casefolded and NFKC-normalised, so "Kari" and "kari" cannot both exist.
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254), default="")
    role: Mapped[Role] = mapped_column(enum_column(Role, "role"))
    # Read only when asked for (deferred): on a shared server mentors and viewers may not
    # read these columns at all (accelerator/db/server.py), and a plain list of users
    # must not ask for them.
    password_hash: Mapped[str | None] = mapped_column(Text, deferred=True, deferred_group="secret")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Wrong passwords in a row, and until when the next attempt must wait: guessing
    # gets slower with every miss, in every copy of the program.
    failed_sign_ins: Mapped[int] = mapped_column(
        Integer, default=0, server_default="0", deferred=True, deferred_group="secret"
    )
    sign_in_blocked_until: Mapped[dt.datetime | None] = mapped_column(
        UTCDateTime, deferred=True, deferred_group="secret"
    )
