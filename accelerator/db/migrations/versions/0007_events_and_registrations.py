"""events, the clusters hosting them, and registrations

Three new tables; nothing on record changes:

- ``events``: a title, a kind, a start and an end (stored as UTC; the program shows and
  takes them as the clock in Norway shows them), a place and/or online with a link, a
  capacity (none: no limit), the cohort of a programme session, a description, and
  whether it is public or internal;
- ``event_hosts``: the clusters an event is organised by (a co-hosted event counts for
  each of them);
- ``registrations``: a person (a contact on record, or a guest with a name, an e-mail
  address and an organisation) and where they stand: registered, waitlisted, cancelled,
  attended or no-show; when they registered, joined the waitlist and were checked in;
  whether they walked in at the door; and how the registration came in (by hand, from an
  imported file, at the door).

A downgrade drops the three tables.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

KINDS = (
    "conference",
    "workshop",
    "seminar",
    "matchmaking_day",
    "demo_day",
    "programme_session",
    "study_trip",
    "webinar",
)
STATUSES = ("registered", "waitlisted", "cancelled", "attended", "no_show")
SOURCES = ("manual", "import", "door")


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("kind", _enum(KINDS, "event_kind"), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("online", sa.Boolean(), nullable=False),
        sa.Column("online_url", sa.String(length=500), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("cohort_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("public", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint(
            "capacity IS NULL OR capacity >= 1", name=op.f("ck_events_capacity_at_least_one")
        ),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_events_ends_after_it_starts")),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_events_title_not_empty")),
        sa.ForeignKeyConstraint(
            ["cohort_id"], ["cohorts.id"], name=op.f("fk_events_cohort_id_cohorts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    op.create_index(op.f("ix_events_cohort_id"), "events", ["cohort_id"])
    op.create_index(op.f("ix_events_starts_at"), "events", ["starts_at"])
    op.create_table(
        "event_hosts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("cluster_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cluster_id"], ["clusters.id"], name=op.f("fk_event_hosts_cluster_id_clusters")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_event_hosts_event_id_events")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_hosts")),
        sa.UniqueConstraint(
            "event_id", "cluster_id", name=op.f("uq_event_hosts_event_id_cluster_id")
        ),
    )
    op.create_index(op.f("ix_event_hosts_cluster_id"), "event_hosts", ["cluster_id"])
    op.create_index(op.f("ix_event_hosts_event_id"), "event_hosts", ["event_id"])
    op.create_table(
        "registrations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("organisation_name", sa.String(length=200), nullable=False),
        sa.Column("status", _enum(STATUSES, "registration_status"), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("waitlisted_at", sa.DateTime(), nullable=True),
        sa.Column("checked_in_at", sa.DateTime(), nullable=True),
        sa.Column("walk_in", sa.Boolean(), nullable=False),
        sa.Column("source", _enum(SOURCES, "registration_source"), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint(
            "(status = 'attended') = (checked_in_at IS NOT NULL)",
            name=op.f("ck_registrations_checked_in_when_attended"),
        ),
        sa.CheckConstraint(
            "contact_id IS NOT NULL OR length(name) > 0",
            name=op.f("ck_registrations_names_a_person"),
        ),
        sa.CheckConstraint(
            "NOT walk_in OR source = 'door'", name=op.f("ck_registrations_walk_ins_at_the_door")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_registrations_contact_id_contacts")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_registrations_event_id_events")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["companies.id"],
            name=op.f("fk_registrations_organisation_id_companies"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registrations")),
        sa.UniqueConstraint(
            "event_id", "contact_id", name=op.f("uq_registrations_event_id_contact_id")
        ),
    )
    op.create_index(op.f("ix_registrations_contact_id"), "registrations", ["contact_id"])
    op.create_index(op.f("ix_registrations_event_id"), "registrations", ["event_id"])
    op.create_index(op.f("ix_registrations_organisation_id"), "registrations", ["organisation_id"])


def downgrade() -> None:
    op.drop_table("registrations")
    op.drop_table("event_hosts")
    op.drop_table("events")
