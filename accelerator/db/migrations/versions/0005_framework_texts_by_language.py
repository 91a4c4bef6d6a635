"""readiness frameworks keep their texts in every language they are written in

Each framework, dimension and level descriptor gains ``texts``: for each field written in
several languages, its text in each, ``{"title": {"en": "...", "nb": "..."}}``, the own
language first. The columns beside it (name, title, description, licence) keep the own
text, so nothing is moved: a framework stored before has ``{}``, one language, and its
texts are shown in every language as they were. (The bokmål of the frameworks Accelerator
ships is added where they are installed, services/frameworks.py, which knows the files.)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = ("readiness_frameworks", "dimensions", "level_descriptors")


def upgrade() -> None:
    for table in TABLES:
        # A column with a constant default is added in place on SQLite, without a rebuild.
        op.add_column(
            table,
            sa.Column("texts", sa.JSON(), server_default=sa.text("'{}'"), nullable=False),
        )


def downgrade() -> None:
    # Dropped in place, as 0004 does: a rebuild of dimensions would first delete its rows,
    # and with them, by ON DELETE CASCADE, every level and score. The texts in languages
    # other than each field's own go with the column.
    for table in reversed(TABLES):
        op.execute(f"ALTER TABLE {table} DROP COLUMN texts")
