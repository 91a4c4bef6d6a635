"""needs and offers of organisations, and the meetings between them

Two new tables; nothing on record changes:

- ``needs_offers``: what an organisation needs or offers (``side``), of a category (pilot
  customer, test site, technology partner, competence, capital, market access), a short
  summary, its sector, technology and market tags (normalised, sorted, joined by ", ")
  and a status: open, matched or closed;
- ``meetings``: two organisations meeting, booked from a matchmaking proposal (the need
  and the offer it paired) or by hand; at an event (a time slot and a table) or outside
  one (a time and a place); requested, booked, held or cancelled, and what came of one
  held (follow-up agreed, project started, no fit) with a note.

A downgrade drops the two tables.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

SIDES = ("need", "offer")
CATEGORIES = (
    "pilot_customer",
    "test_site",
    "technology_partner",
    "competence",
    "capital",
    "market_access",
)
NEED_STATUSES = ("open", "matched", "closed")
MEETING_STATUSES = ("requested", "booked", "held", "cancelled")
OUTCOMES = ("follow_up", "project_started", "no_fit")


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    op.create_table(
        "needs_offers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("side", _enum(SIDES, "need_side"), nullable=False),
        sa.Column("category", _enum(CATEGORIES, "need_category"), nullable=False),
        sa.Column("summary", sa.String(length=500), nullable=False),
        sa.Column("sector_tags", sa.String(length=500), nullable=False),
        sa.Column("technology_tags", sa.String(length=500), nullable=False),
        sa.Column("market_tags", sa.String(length=500), nullable=False),
        sa.Column("status", _enum(NEED_STATUSES, "need_status"), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("length(summary) > 0", name=op.f("ck_needs_offers_summary_not_empty")),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["companies.id"],
            name=op.f("fk_needs_offers_organisation_id_companies"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_needs_offers")),
    )
    op.create_index(op.f("ix_needs_offers_organisation_id"), "needs_offers", ["organisation_id"])
    op.create_index("ix_needs_offers_side_status", "needs_offers", ["side", "status"])
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("counterpart_id", sa.Integer(), nullable=False),
        sa.Column("need_id", sa.Integer(), nullable=True),
        sa.Column("offer_id", sa.Integer(), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("table_label", sa.String(length=40), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("status", _enum(MEETING_STATUSES, "meeting_status"), nullable=False),
        sa.Column("outcome", _enum(OUTCOMES, "meeting_outcome"), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint(
            "organisation_id <> counterpart_id", name=op.f("ck_meetings_two_organisations")
        ),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_meetings_ends_after_it_starts")),
        sa.CheckConstraint(
            "outcome IS NULL OR status = 'held'", name=op.f("ck_meetings_outcome_when_held")
        ),
        sa.CheckConstraint(
            "event_id IS NOT NULL OR table_label = ''", name=op.f("ck_meetings_tables_at_events")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["companies.id"],
            name=op.f("fk_meetings_organisation_id_companies"),
        ),
        sa.ForeignKeyConstraint(
            ["counterpart_id"], ["companies.id"], name=op.f("fk_meetings_counterpart_id_companies")
        ),
        sa.ForeignKeyConstraint(
            ["need_id"], ["needs_offers.id"], name=op.f("fk_meetings_need_id_needs_offers")
        ),
        sa.ForeignKeyConstraint(
            ["offer_id"], ["needs_offers.id"], name=op.f("fk_meetings_offer_id_needs_offers")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_meetings_event_id_events")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    for column in ("organisation_id", "counterpart_id", "need_id", "offer_id", "event_id"):
        op.create_index(op.f(f"ix_meetings_{column}"), "meetings", [column])
    op.create_index(op.f("ix_meetings_starts_at"), "meetings", ["starts_at"])


def downgrade() -> None:
    op.drop_table("meetings")
    op.drop_table("needs_offers")
