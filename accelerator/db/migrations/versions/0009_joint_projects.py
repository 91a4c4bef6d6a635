"""joint projects, their partners and clusters, funding applications and catalogues

New tables; nothing on record changes:

- ``strategic_areas``: the cluster's editable list of strategic areas, seeded with
  innovation, internationalisation, competence and attractiveness in the language the
  program speaks while it upgrades (as 0006 seeds the tiers);
- ``funding_schemes``: the editable catalogue of funding schemes, seeded with the common
  Norwegian and European ones (Innovation Norway grants, the Research Council's IPN and
  KSP, SkatteFUNN, Siva, Horizon Europe, the regional research funds, county and regional
  funds, other);
- ``projects``: a joint project (title, description, strategic area, status, start and
  end, total budget in kroner, notes, the meeting it came of);
- ``project_status_changes``: the day each status was reached, the project's timeline;
- ``project_documents``: links to its documents (a label and a URL);
- ``project_partners``: organisations in a project with a role and their own share, at
  most one lead a project (a partial unique index, on both databases);
- ``project_clusters``: clusters added to a project by hand;
- ``funding_applications``: a project's application to a scheme, the amount applied for,
  the decision and its day, the amount granted (only when granted) and the reference.

A downgrade drops them all.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

STATUSES = ("idea", "applying", "granted", "rejected", "running", "completed", "stopped")
ROLES = ("lead", "partner", "rd_partner", "subcontractor")
DECISIONS = ("pending", "granted", "rejected", "withdrawn")

# The seeds; marked (StrategicArea, FundingScheme) in services/projects.py too.
AREAS = ("Innovation", "Internationalisation", "Competence", "Attractiveness")
SCHEMES = (
    "Innovation Norway grants",
    "Research Council innovation project for the industrial sector (IPN)",
    "Research Council collaborative project (KSP)",
    "SkatteFUNN",
    "Siva",
    "Horizon Europe",
    "Regional research fund (RFF)",
    "County and regional funds",
    "Other",
)


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def _catalogue(table: str) -> None:
    op.create_table(
        table,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("length(name) > 0", name=op.f(f"ck_{table}_name_not_empty")),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint("name", name=op.f(f"uq_{table}_name")),
    )


def _project_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["project_id"],
        ["projects.id"],
        name=op.f(f"fk_{table}_project_id_projects"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    _catalogue("strategic_areas")
    _catalogue("funding_schemes")
    op.create_table(
        "projects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("strategic_area_id", sa.Integer(), nullable=True),
        sa.Column("status", _enum(STATUSES, "project_status"), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=True),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("total_budget", sa.BigInteger(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_from_meeting_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_projects_title_not_empty")),
        sa.CheckConstraint(
            "start_on IS NULL OR end_on IS NULL OR end_on >= start_on",
            name=op.f("ck_projects_ends_after_it_starts"),
        ),
        sa.CheckConstraint(
            "total_budget IS NULL OR total_budget >= 0",
            name=op.f("ck_projects_budget_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["strategic_area_id"],
            ["strategic_areas.id"],
            name=op.f("fk_projects_strategic_area_id_strategic_areas"),
        ),
        sa.ForeignKeyConstraint(
            ["created_from_meeting_id"],
            ["meetings.id"],
            name=op.f("fk_projects_created_from_meeting_id_meetings"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_projects")),
    )
    for column in ("title", "strategic_area_id", "created_from_meeting_id"):
        op.create_index(op.f(f"ix_projects_{column}"), "projects", [column])
    op.create_table(
        "project_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("status", _enum(STATUSES, "project_status"), nullable=False),
        sa.Column("reached_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        _project_fk("project_status_changes"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_status_changes")),
    )
    for column in ("project_id", "reached_on"):
        op.create_index(
            op.f(f"ix_project_status_changes_{column}"), "project_status_changes", [column]
        )
    op.create_table(
        "project_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("url", sa.String(length=1000), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(url) > 0", name=op.f("ck_project_documents_url_not_empty")),
        _project_fk("project_documents"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_documents")),
    )
    op.create_index(op.f("ix_project_documents_project_id"), "project_documents", ["project_id"])
    op.create_table(
        "project_partners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("role", _enum(ROLES, "partner_role"), nullable=False),
        sa.Column("own_share", sa.BigInteger(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint(
            "own_share IS NULL OR own_share >= 0",
            name=op.f("ck_project_partners_share_not_negative"),
        ),
        _project_fk("project_partners"),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["companies.id"],
            name=op.f("fk_project_partners_organisation_id_companies"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_partners")),
        sa.UniqueConstraint(
            "project_id",
            "organisation_id",
            name=op.f("uq_project_partners_project_id_organisation_id"),
        ),
    )
    for column in ("project_id", "organisation_id"):
        op.create_index(op.f(f"ix_project_partners_{column}"), "project_partners", [column])
    op.create_index(
        "ux_project_partners_one_lead",
        "project_partners",
        ["project_id"],
        unique=True,
        sqlite_where=sa.text("role = 'lead'"),
        postgresql_where=sa.text("role = 'lead'"),
    )
    op.create_table(
        "project_clusters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("cluster_id", sa.Integer(), nullable=False),
        _project_fk("project_clusters"),
        sa.ForeignKeyConstraint(
            ["cluster_id"], ["clusters.id"], name=op.f("fk_project_clusters_cluster_id_clusters")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_clusters")),
        sa.UniqueConstraint(
            "project_id", "cluster_id", name=op.f("uq_project_clusters_project_id_cluster_id")
        ),
    )
    for column in ("project_id", "cluster_id"):
        op.create_index(op.f(f"ix_project_clusters_{column}"), "project_clusters", [column])
    op.create_table(
        "funding_applications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("scheme_id", sa.Integer(), nullable=False),
        sa.Column("amount_applied", sa.BigInteger(), nullable=False),
        sa.Column("decision", _enum(DECISIONS, "funding_decision"), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("amount_granted", sa.BigInteger(), nullable=True),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint(
            "amount_applied >= 0", name=op.f("ck_funding_applications_applied_not_negative")
        ),
        sa.CheckConstraint(
            "amount_granted IS NULL OR amount_granted >= 0",
            name=op.f("ck_funding_applications_granted_not_negative"),
        ),
        sa.CheckConstraint(
            "amount_granted IS NULL OR decision = 'granted'",
            name=op.f("ck_funding_applications_granted_when_granted"),
        ),
        sa.CheckConstraint(
            "decided_on IS NULL OR decision <> 'pending'",
            name=op.f("ck_funding_applications_decided_when_decided"),
        ),
        _project_fk("funding_applications"),
        sa.ForeignKeyConstraint(
            ["scheme_id"],
            ["funding_schemes.id"],
            name=op.f("fk_funding_applications_scheme_id_funding_schemes"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_applications")),
    )
    for column in ("project_id", "scheme_id"):
        op.create_index(op.f(f"ix_funding_applications_{column}"), "funding_applications", [column])
    _seed(op.get_bind())


def _seed(conn: sa.Connection) -> None:
    areas, schemes = _seed_names()
    for table, names in (("strategic_areas", areas), ("funding_schemes", schemes)):
        conn.execute(
            sa.text(
                f"INSERT INTO {table} (name, position, active, row_version) "
                "VALUES (:name, :position, true, 1)"
            ),
            [{"name": name, "position": position} for position, name in enumerate(names)],
        )


def _seed_names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The seeds in the language the program speaks now (English if it cannot say)."""
    try:
        from accelerator.i18n import translate
    except ImportError:  # pragma: no cover - the migration run outside the program
        return AREAS, SCHEMES
    return (
        tuple(translate("StrategicArea", name) for name in AREAS),
        tuple(translate("FundingScheme", name) for name in SCHEMES),
    )


def downgrade() -> None:
    for table in (
        "funding_applications",
        "project_clusters",
        "project_partners",
        "project_documents",
        "project_status_changes",
        "projects",
        "funding_schemes",
        "strategic_areas",
    ):
        op.drop_table(table)
