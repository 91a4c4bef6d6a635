from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from accelerator.domain.enums import OrganisationKind
from accelerator.models.base import Base, UTCDateTime, Versioned, enum_column, utcnow
from accelerator.models.cluster import Cluster


class Company(Versioned, Base):
    """An organisation: a company that has joined, or may join, a cohort (its history stays
    across cohorts), or a research institute, university, public body, investor... which
    may be a member of clusters but is never enrolled (``kind``)."""

    __tablename__ = "companies"
    __table_args__ = (
        # A Norwegian organisation number is nine digits; foreign ones go in registry_number.
        CheckConstraint(
            "org_number IS NULL OR length(org_number) = 9", name="org_number_nine_digits"
        ),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
        CheckConstraint("employees IS NULL OR employees >= 0", name="employees_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    org_number: Mapped[str | None] = mapped_column(String(9), unique=True)
    is_foreign: Mapped[bool] = mapped_column(Boolean, default=False)
    country: Mapped[str] = mapped_column(String(100), default="Norway")
    registry_number: Mapped[str] = mapped_column(String(64), default="")
    kind: Mapped[OrganisationKind] = mapped_column(
        enum_column(OrganisationKind, "organisation_kind"),
        default=OrganisationKind.COMPANY,
        server_default=OrganisationKind.COMPANY.value,
    )
    sector: Mapped[str] = mapped_column(String(200), default="")
    # Its home cluster (until schema 0006 a text, home_cluster).
    cluster_id: Mapped[int | None] = mapped_column(ForeignKey("clusters.id"), index=True)
    website: Mapped[str] = mapped_column(String(500), default="")
    founded_year: Mapped[int | None] = mapped_column(Integer)
    employees: Mapped[int | None] = mapped_column(Integer)
    technology_focus: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="company", order_by="Contact.id", cascade="all, delete-orphan"
    )
    # Loaded with the company: every record of one shows its home cluster's name.
    cluster: Mapped[Cluster | None] = relationship(lazy="joined")


class Contact(Versioned, Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")

    company: Mapped[Company] = relationship(back_populates="contacts")
