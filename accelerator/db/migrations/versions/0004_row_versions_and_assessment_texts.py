"""row versions for records two people may edit; assessment words in their own table;
the audit trail guarded on PostgreSQL too

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

VERSIONED = ("companies", "contacts", "programmes", "cohorts", "enrolments", "milestones", "assessments")

# PostgreSQL: the same refusal as SQLite's triggers of 0002, for every role, the
# program's own included. (Only a table's owner could drop the trigger.)
PG_GUARD = (
    """
    CREATE FUNCTION accelerator_audit_guard() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            RAISE EXCEPTION 'audit entries cannot be deleted';
        END IF;
        RAISE EXCEPTION 'audit entries cannot be changed';
    END
    $$
    """,
    "CREATE TRIGGER audit_entries_guard BEFORE UPDATE OR DELETE ON audit_entries "
    "FOR EACH ROW EXECUTE FUNCTION accelerator_audit_guard()",
    "CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries "
    "FOR EACH STATEMENT EXECUTE FUNCTION accelerator_audit_guard()",
)


def upgrade() -> None:
    for table in VERSIONED:
        # A column with a constant default is added in place on SQLite, without a rebuild.
        op.add_column(
            table, sa.Column("row_version", sa.Integer(), server_default="1", nullable=False)
        )

    op.create_table(
        "assessment_texts",
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("next_steps", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_assessment_texts_assessment_id_assessments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("assessment_id", name=op.f("pk_assessment_texts")),
    )
    op.execute(
        "INSERT INTO assessment_texts (assessment_id, notes, next_steps) "
        "SELECT id, notes, next_steps FROM assessments "
        "WHERE notes <> '' OR next_steps <> ''"
    )
    # Dropped in place: SQLite (3.35 and newer) can, and a rebuild of the table would
    # first delete its rows, and with them, by ON DELETE CASCADE, every score and text.
    op.execute("ALTER TABLE assessments DROP COLUMN notes")
    op.execute("ALTER TABLE assessments DROP COLUMN next_steps")

    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_GUARD:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_entries_no_truncate ON audit_entries")
        op.execute("DROP TRIGGER IF EXISTS audit_entries_guard ON audit_entries")
        op.execute("DROP FUNCTION IF EXISTS accelerator_audit_guard()")
    op.add_column("assessments", sa.Column("notes", sa.Text(), server_default="", nullable=False))
    op.add_column(
        "assessments", sa.Column("next_steps", sa.Text(), server_default="", nullable=False)
    )
    op.execute(
        "UPDATE assessments SET notes = (SELECT notes FROM assessment_texts t "
        "WHERE t.assessment_id = assessments.id), next_steps = (SELECT next_steps "
        "FROM assessment_texts t WHERE t.assessment_id = assessments.id) "
        "WHERE id IN (SELECT assessment_id FROM assessment_texts)"
    )
    op.drop_table("assessment_texts")
    for table in reversed(VERSIONED):
        op.execute(f"ALTER TABLE {table} DROP COLUMN row_version")
