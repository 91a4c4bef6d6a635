"""member figures, their collection forms, mentor sessions and mentor capacity

New tables; nothing on record changes:

- ``kpi_fields``: the figures a cluster collects beyond the standard ones, with a unit;
- ``kpi_values``: one figure of one organisation for a year or a quarter (0 is the whole
  year), a standard one (``metric``) or a cluster's own (``custom_field_id``), never
  both; where it came from (entered, imported, form), when and by whom;
- ``kpi_forms``: a collection form made for an organisation and a year, its token and
  when it came back;
- ``mentor_sessions``: time a mentor spent with a company in a cohort (day, minutes,
  kind, topic, follow-ups);
- ``mentor_capacities``: the hours a month and the companies at once a mentor can give.

A downgrade drops them all.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

METRICS = (
    "revenue",
    "export_revenue",
    "fte",
    "rnd_spend",
    "equity_raised",
    "grants_raised",
    "loans_raised",
    "products_launched",
    "patents_filed",
)
UNITS = ("amount", "count", "decimal")
SOURCES = ("entered", "imported", "form")
SESSION_KINDS = ("meeting", "call", "workshop")


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def _version() -> sa.Column[int]:
    return sa.Column("row_version", sa.Integer(), server_default="1", nullable=False)


def upgrade() -> None:
    op.create_table(
        "kpi_fields",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit", _enum(UNITS, "kpi_unit"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _version(),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_kpi_fields_name_not_empty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_fields")),
        sa.UniqueConstraint("name", name=op.f("uq_kpi_fields_name")),
    )
    op.create_table(
        "kpi_values",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("metric", _enum(METRICS, "kpi_metric"), nullable=True),
        sa.Column("custom_field_id", sa.Integer(), nullable=True),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("source", _enum(SOURCES, "kpi_source"), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        _version(),
        sa.CheckConstraint("year BETWEEN 1900 AND 2200", name=op.f("ck_kpi_values_year_plausible")),
        sa.CheckConstraint("quarter BETWEEN 0 AND 4", name=op.f("ck_kpi_values_quarter_0_to_4")),
        sa.CheckConstraint(
            "(metric IS NULL) <> (custom_field_id IS NULL)",
            name=op.f("ck_kpi_values_metric_or_custom_field"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["companies.id"],
            name=op.f("fk_kpi_values_organisation_id_companies"),
        ),
        sa.ForeignKeyConstraint(
            ["custom_field_id"],
            ["kpi_fields.id"],
            name=op.f("fk_kpi_values_custom_field_id_kpi_fields"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_kpi_values_recorded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_values")),
        sa.UniqueConstraint(
            "organisation_id",
            "year",
            "quarter",
            "metric",
            name=op.f("uq_kpi_values_organisation_id_year_quarter_metric"),
        ),
        sa.UniqueConstraint(
            "organisation_id",
            "year",
            "quarter",
            "custom_field_id",
            name=op.f("uq_kpi_values_organisation_id_year_quarter_custom_field_id"),
        ),
    )
    for column in ("organisation_id", "year", "custom_field_id"):
        op.create_index(op.f(f"ix_kpi_values_{column}"), "kpi_values", [column])
    op.create_table(
        "kpi_forms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("issued_by_id", sa.Integer(), nullable=True),
        sa.Column("collected_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("year BETWEEN 1900 AND 2200", name=op.f("ck_kpi_forms_year_plausible")),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["companies.id"],
            name=op.f("fk_kpi_forms_organisation_id_companies"),
        ),
        sa.ForeignKeyConstraint(
            ["issued_by_id"], ["users.id"], name=op.f("fk_kpi_forms_issued_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_forms")),
        sa.UniqueConstraint("token", name=op.f("uq_kpi_forms_token")),
    )
    op.create_index(op.f("ix_kpi_forms_organisation_id"), "kpi_forms", ["organisation_id"])
    op.create_table(
        "mentor_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("mentor_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("kind", _enum(SESSION_KINDS, "session_kind"), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("follow_ups", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _version(),
        sa.CheckConstraint(
            "minutes > 0 AND minutes <= 1440", name=op.f("ck_mentor_sessions_minutes_in_a_day")
        ),
        sa.CheckConstraint("length(topic) > 0", name=op.f("ck_mentor_sessions_topic_not_empty")),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["enrolments.id"],
            name=op.f("fk_mentor_sessions_enrolment_id_enrolments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"], ["users.id"], name=op.f("fk_mentor_sessions_mentor_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentor_sessions")),
    )
    for column in ("enrolment_id", "mentor_id", "held_on"):
        op.create_index(op.f(f"ix_mentor_sessions_{column}"), "mentor_sessions", [column])
    op.create_table(
        "mentor_capacities",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("hours_per_month", sa.Integer(), nullable=True),
        sa.Column("companies_at_once", sa.Integer(), nullable=True),
        _version(),
        sa.CheckConstraint(
            "hours_per_month IS NULL OR hours_per_month > 0",
            name=op.f("ck_mentor_capacities_hours_positive"),
        ),
        sa.CheckConstraint(
            "companies_at_once IS NULL OR companies_at_once > 0",
            name=op.f("ck_mentor_capacities_companies_positive"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_mentor_capacities_user_id_users")
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_mentor_capacities")),
    )


def downgrade() -> None:
    for table in ("mentor_capacities", "mentor_sessions", "kpi_forms", "kpi_values", "kpi_fields"):
        op.drop_table(table)
