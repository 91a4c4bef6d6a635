"""clusters as records, organisations of every kind, memberships

Until now a cluster was a text typed on a company (``companies.home_cluster``) and on a
programme (``programmes.cluster``). This step makes clusters records (``clusters``, with
the names of their tiers in ``cluster_tiers``) and links both to them (``cluster_id``):

- each distinct text, trimmed, becomes one cluster; texts that differ only in case or in
  spaces are one cluster, named as most rows spelt it (ties: the spelling typed first,
  companies before programmes, each by id);
- a cluster a programme named is *ours* (a programme runs in its own cluster); one only
  companies named is a partner cluster; every one gets level "other", and the four usual
  tiers (member, partner, associate, owner) in the language the program speaks while it
  upgrades;
- every company and programme then points at the cluster its text named.

The text columns are dropped. The services read and write only the link, and the window,
the exports and the reports show the cluster's name through them (``CompanyRecord.
home_cluster``, ``ProgrammeRecord.cluster``), so nothing reads the text any more; kept,
it would silently disagree with the cluster at its first rename. Nothing is lost: where
a row's text was spelt otherwise than its cluster's name ("vestkyst  ocean" in a
"Vestkyst Ocean" cluster), the audit trail records the text as it was, and a downgrade
writes each cluster's name back into the texts.

Companies become organisations: ``companies.kind`` (company, research institute,
university, public body, investor, other; every row so far a company). ``memberships``
keep an organisation's history in clusters: leaving sets ``left_on``; the database
refuses to delete one (triggers, as for the audit trail in 0002 and 0004).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

KINDS = ("company", "research_institute", "university", "public_body", "investor", "other")
LEVELS = ("arena", "arena_pro", "nce", "gce", "other")
KIND_CHECK = "kind IN (" + ", ".join(f"'{k}'" for k in KINDS) + ")"

# The tiers a new cluster starts with; marked (ClusterTier) in services/clusters.py too.
TIERS = ("Member", "Partner", "Associate", "Owner")

SQLITE_GUARDS = (
    "CREATE TRIGGER memberships_no_delete BEFORE DELETE ON memberships "
    "BEGIN SELECT RAISE(ABORT, 'memberships cannot be deleted; set left_on'); END",
)
PG_GUARDS = (
    """
    CREATE FUNCTION accelerator_membership_guard() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'memberships cannot be deleted; set left_on';
    END
    $$
    """,
    "CREATE TRIGGER memberships_no_delete BEFORE DELETE ON memberships "
    "FOR EACH ROW EXECUTE FUNCTION accelerator_membership_guard()",
    "CREATE TRIGGER memberships_no_truncate BEFORE TRUNCATE ON memberships "
    "FOR EACH STATEMENT EXECUTE FUNCTION accelerator_membership_guard()",
)


def cluster_key(text: str) -> str:
    """Texts that differ only in case or spaces name one cluster (services/clusters.py
    compares names the same way)."""
    return " ".join(text.split()).casefold()


def upgrade() -> None:
    op.create_table(
        "clusters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("short_name", sa.String(length=50), nullable=False),
        sa.Column(
            "level",
            sa.Enum(
                *LEVELS, name="cluster_level", native_enum=False, create_constraint=True, length=32
            ),  # fmt: skip
            nullable=False,
        ),
        sa.Column("region", sa.String(length=200), nullable=False),
        sa.Column("website", sa.String(length=500), nullable=False),
        sa.Column("ours", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_clusters_name_not_empty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clusters")),
        sa.UniqueConstraint("name", name=op.f("uq_clusters_name")),
    )
    op.create_table(
        "cluster_tiers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cluster_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_cluster_tiers_name_not_empty")),
        sa.ForeignKeyConstraint(
            ["cluster_id"], ["clusters.id"], name=op.f("fk_cluster_tiers_cluster_id_clusters")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cluster_tiers")),
        sa.UniqueConstraint("cluster_id", "id", name=op.f("uq_cluster_tiers_cluster_id_id")),
        sa.UniqueConstraint("cluster_id", "name", name=op.f("uq_cluster_tiers_cluster_id_name")),
    )
    op.create_index(op.f("ix_cluster_tiers_cluster_id"), "cluster_tiers", ["cluster_id"])
    op.create_table(
        "memberships",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("cluster_id", sa.Integer(), nullable=False),
        sa.Column("tier_id", sa.Integer(), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=False),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint(
            "left_on IS NULL OR left_on >= joined_on",
            name=op.f("ck_memberships_left_after_joined"),
        ),
        sa.ForeignKeyConstraint(
            ["cluster_id"], ["clusters.id"], name=op.f("fk_memberships_cluster_id_clusters")
        ),
        sa.ForeignKeyConstraint(
            ["cluster_id", "tier_id"],
            ["cluster_tiers.cluster_id", "cluster_tiers.id"],
            name=op.f("fk_memberships_tier_of_cluster"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["companies.id"],
            name=op.f("fk_memberships_organisation_id_companies"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_memberships")),
    )
    op.create_index(op.f("ix_memberships_cluster_id"), "memberships", ["cluster_id"])
    op.create_index(op.f("ix_memberships_organisation_id"), "memberships", ["organisation_id"])
    op.create_index(
        "ux_memberships_one_open",
        "memberships",
        ["organisation_id", "cluster_id"],
        unique=True,
        sqlite_where=sa.text("left_on IS NULL"),
        postgresql_where=sa.text("left_on IS NULL"),
    )

    # SQLite rebuilds the table for a new constraint; migrate.py turns foreign keys off
    # meanwhile, so the copy keeps every contact and enrolment.
    with op.batch_alter_table("companies") as batch:
        batch.add_column(
            sa.Column("kind", sa.String(length=32), server_default="company", nullable=False)
        )
        batch.add_column(sa.Column("cluster_id", sa.Integer(), nullable=True))
        batch.create_check_constraint(op.f("ck_companies_organisation_kind"), KIND_CHECK)
        batch.create_foreign_key(
            "fk_companies_cluster_id_clusters", "clusters", ["cluster_id"], ["id"]
        )
        batch.create_index("ix_companies_cluster_id", ["cluster_id"])
    with op.batch_alter_table("programmes") as batch:
        batch.add_column(sa.Column("cluster_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_programmes_cluster_id_clusters", "clusters", ["cluster_id"], ["id"]
        )
        batch.create_index("ix_programmes_cluster_id", ["cluster_id"])

    _link_clusters(op.get_bind())

    # Dropped in place, as 0004 does (SQLite 3.35 and newer).
    op.execute("ALTER TABLE companies DROP COLUMN home_cluster")
    op.execute("ALTER TABLE programmes DROP COLUMN cluster")

    guards = PG_GUARDS if op.get_bind().dialect.name == "postgresql" else SQLITE_GUARDS
    for statement in guards:
        op.execute(statement)


def _link_clusters(conn: sa.Connection) -> None:
    """One cluster per distinct text; each company and programme linked to its own."""
    companies = conn.execute(
        sa.text("SELECT id, name, home_cluster FROM companies ORDER BY id")
    ).all()
    programmes = conn.execute(sa.text("SELECT id, name, cluster FROM programmes ORDER BY id")).all()
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    ours: set[str] = set()
    for rows, is_programme in ((companies, False), (programmes, True)):
        for _id, _name, typed in rows:
            text = (typed or "").strip()
            if text:
                spellings[cluster_key(text)][text] += 1
                if is_programme:
                    ours.add(cluster_key(text))
    if not spellings:
        return
    # Counter keeps the order texts were first met in, and max() the first of equals.
    names = {
        key: max(counter.items(), key=lambda item: item[1])[0]
        for key, counter in spellings.items()
    }
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    conn.execute(
        sa.text(
            "INSERT INTO clusters (name, short_name, level, region, website, ours, created_at, "
            "row_version) VALUES (:name, '', 'other', '', '', :ours, :at, 1)"
        ),
        [{"name": names[key], "ours": key in ours, "at": now} for key in sorted(names)],
    )
    ids = {
        cluster_key(name): cid
        for cid, name in conn.execute(sa.text("SELECT id, name FROM clusters"))
    }
    tiers = _tier_names()
    conn.execute(
        sa.text(
            "INSERT INTO cluster_tiers (cluster_id, name, position) "
            "VALUES (:cluster_id, :name, :position)"
        ),
        [
            {"cluster_id": ids[key], "name": name, "position": position}
            for key in sorted(ids)
            for position, name in enumerate(tiers)
        ],
    )
    notes: list[dict[str, object]] = []
    for table, column, label, rows in (
        ("companies", "home_cluster", "Company", companies),
        ("programmes", "cluster", "Programme", programmes),
    ):
        links = []
        for row_id, row_name, typed in rows:
            text = (typed or "").strip()
            if not text:
                continue
            key = cluster_key(text)
            links.append({"cluster_id": ids[key], "id": row_id})
            if text != names[key]:
                changes = {column: [typed, names[key]], "cluster_id": [None, ids[key]]}
                notes.append(
                    {
                        "at": now,
                        "table_name": table,
                        "record_id": row_id,
                        "summary": f"{label} {row_name!r}",
                        "changes": json.dumps(changes, ensure_ascii=False),
                    }
                )
        if links:
            conn.execute(
                sa.text(f"UPDATE {table} SET cluster_id = :cluster_id WHERE id = :id"), links
            )
    if notes:
        conn.execute(
            sa.text(
                "INSERT INTO audit_entries (at, user_id, username, action, table_name, "
                "record_id, summary, changes) VALUES (:at, NULL, 'system', 'update', "
                ":table_name, :record_id, :summary, :changes)"
            ),
            notes,
        )


def _tier_names() -> tuple[str, ...]:
    """The usual tiers in the language the program speaks now (English if it cannot say)."""
    try:
        from accelerator.i18n import translate
    except ImportError:  # pragma: no cover - the migration run outside the program
        return TIERS
    return (
        translate("ClusterTier", "Member"),
        translate("ClusterTier", "Partner"),
        translate("ClusterTier", "Associate"),
        translate("ClusterTier", "Owner"),
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS memberships_no_truncate ON memberships")
        op.execute("DROP TRIGGER IF EXISTS memberships_no_delete ON memberships")
        op.execute("DROP FUNCTION IF EXISTS accelerator_membership_guard()")
    else:
        op.execute("DROP TRIGGER IF EXISTS memberships_no_delete")
    # The texts again, each the name of the cluster its row points at.
    for table, column in (("companies", "home_cluster"), ("programmes", "cluster")):
        op.add_column(
            table,
            sa.Column(column, sa.String(length=200), server_default="", nullable=False),
        )
        op.execute(
            f"UPDATE {table} SET {column} = (SELECT name FROM clusters c "
            f"WHERE c.id = {table}.cluster_id) WHERE cluster_id IS NOT NULL"
        )
    with op.batch_alter_table("programmes") as batch:
        batch.drop_index("ix_programmes_cluster_id")
        batch.drop_constraint("fk_programmes_cluster_id_clusters", type_="foreignkey")
        batch.drop_column("cluster_id")
    with op.batch_alter_table("companies") as batch:
        batch.drop_index("ix_companies_cluster_id")
        batch.drop_constraint("fk_companies_cluster_id_clusters", type_="foreignkey")
        batch.drop_constraint(op.f("ck_companies_organisation_kind"), type_="check")
        batch.drop_column("cluster_id")
        batch.drop_column("kind")
    op.drop_table("memberships")
    op.drop_table("cluster_tiers")
    op.drop_table("clusters")
