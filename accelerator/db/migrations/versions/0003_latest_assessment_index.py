"""index to find an enrolment's latest assessment

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_assessments_enrolment_latest",
        "assessments",
        ["enrolment_id", "assessed_on", "id"],
    )


def downgrade() -> None:
    op.drop_index("ix_assessments_enrolment_latest", table_name="assessments")
