"""Team mode: one PostgreSQL database shared by a cluster's coordinators and mentors.

The server enforces who may read and change what, so that the rules hold for a SQL
client as much as for this program:

- ``accelerator_owner`` owns the tables and runs the migrations. Nobody signs in as it:
  the administrator's connection takes the role (``SET ROLE``) for setting up and
  upgrading. Table owners skip row-level security, so the program never runs as it.
- Each person has their own login role, a member of one group role:
  ``accelerator_coordinator``, ``accelerator_mentor`` or ``accelerator_viewer``. The
  login role's name is their user name in the program's ``users`` table, which says
  whether they are active; a deactivated person's role reads and writes nothing.
- Row-level security scopes a mentor to the cohorts they mentor in, lets them write only
  the milestones and assessments of companies assigned to them, and hides the words of
  another mentor's confidential assessment (``assessment_texts``) while its levels stay
  readable. Clusters and their tiers are everyone's to read; memberships go with the
  organisation they are of (a mentor reads those of the companies of their cohorts).
  Events and their hosts are everyone's to read; a registration goes with its
  organisation as a membership does (a guest of no organisation on record is read by
  coordinators and viewers), and only a coordinator registers and checks people in.
  A need or an offer goes with its organisation, and a meeting with either of its two
  organisations (a mentor reads a meeting of a company of their cohorts, the other side
  named only when they read it too); only a coordinator keeps them.
  Strategic areas and funding schemes are everyone's to read. A joint project is read by
  a mentor when one of its partners is a company of their cohorts, and its partners,
  clusters, documents, timeline and funding go with it (the other partners named only
  when the mentor reads them too); only a coordinator keeps projects.
  Nobody may change or delete an audit entry (triggers of migration 0004), nor delete a
  membership (0006), and each role may add audit entries only in its own name.

Everything here is idempotent: ``apply_permissions`` runs again after every upgrade.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, NullPool, create_engine, text
from sqlalchemy.engine import URL, make_url

from accelerator.db.migrate import upgrade_to_head
from accelerator.domain.enums import Role
from accelerator.errors import AcceleratorError
from accelerator.i18n import in_context

log = logging.getLogger(__name__)
_tr = in_context("Database server")

OWNER_ROLE = "accelerator_owner"
GROUP_ROLES = {
    Role.COORDINATOR: "accelerator_coordinator",
    Role.MENTOR: "accelerator_mentor",
    Role.VIEWER: "accelerator_viewer",
}
ALL_GROUPS = ", ".join(GROUP_ROLES.values())
COORDINATOR, MENTOR, VIEWER = (GROUP_ROLES[r] for r in Role)

# Tables that every active user reads whole: the programme's vocabulary and people, the
# clusters with their tiers, and the events with their hosts.
SHARED_TABLES = (
    "programmes",
    "milestone_template_items",
    "readiness_frameworks",
    "dimensions",
    "level_descriptors",
    "users",
    "clusters",
    "cluster_tiers",
    "events",
    "event_hosts",
    "strategic_areas",
    "funding_schemes",
    "kpi_fields",
    "mentor_capacities",
)
# A joint project and what is in it: a mentor reads them with the project.
PROJECT_TABLES = (
    "projects",
    "project_partners",
    "project_clusters",
    "project_documents",
    "project_status_changes",
    "funding_applications",
)
# users: columns a mentor or viewer may read (not the password hash or sign-in counters).
PUBLIC_USER_COLUMNS = "id, username, display_name, email, role, active, created_at"

FUNCTIONS = (
    # Who is connected, as the program knows them; NULL when unknown or deactivated.
    """
    CREATE OR REPLACE FUNCTION accelerator_user_id() RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT id FROM users WHERE username = session_user::text AND active
    $$
    """,
    """
    CREATE OR REPLACE FUNCTION accelerator_role() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT role FROM users WHERE username = session_user::text AND active
    $$
    """,
    # What the program tells someone whose rows are hidden from them: "deactivated".
    """
    CREATE OR REPLACE FUNCTION accelerator_account_state() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT CASE WHEN active THEN 'active' ELSE 'deactivated' END
        FROM users WHERE username = session_user::text
    $$
    """,
    # The cohorts in which the connected mentor has at least one company.
    """
    CREATE OR REPLACE FUNCTION accelerator_mentor_cohorts() RETURNS SETOF integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT DISTINCT e.cohort_id FROM enrolments e
        JOIN mentor_assignments m ON m.enrolment_id = e.id
        WHERE m.user_id = accelerator_user_id()
    $$
    """,
    """
    CREATE OR REPLACE FUNCTION accelerator_is_assigned(enrolment integer) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT EXISTS (
            SELECT 1 FROM mentor_assignments
            WHERE enrolment_id = enrolment AND user_id = accelerator_user_id()
        )
    $$
    """,
    # The joint projects with a partner of the connected mentor's cohorts: a function, as
    # the projects' policy and their partners' would otherwise ask each other.
    """
    CREATE OR REPLACE FUNCTION accelerator_mentor_projects() RETURNS SETOF integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT DISTINCT p.project_id FROM project_partners p
        JOIN enrolments e ON e.company_id = p.organisation_id
        WHERE e.cohort_id IN (SELECT accelerator_mentor_cohorts())
    $$
    """,
    # May the connected person read this assessment's notes and next steps?
    """
    CREATE OR REPLACE FUNCTION accelerator_may_read_text(assessment integer) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT accelerator_role() = 'coordinator' OR EXISTS (
            SELECT 1 FROM assessments a WHERE a.id = assessment
            AND (NOT a.confidential OR a.assessor_id = accelerator_user_id())
        )
    $$
    """,
    """
    CREATE OR REPLACE FUNCTION accelerator_is_author(assessment integer) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT EXISTS (
            SELECT 1 FROM assessments WHERE id = assessment
            AND assessor_id = accelerator_user_id()
        )
    $$
    """,
    # The newest audit entry: every change writes one, so a window that sees this number
    # move knows that someone changed something (see DatabaseService.last_change).
    """
    CREATE OR REPLACE FUNCTION accelerator_last_change() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT coalesce(max(id), 0) FROM audit_entries
    $$
    """,
    # Which kinds of record changed after entry ``since``: names of tables, nothing more.
    """
    CREATE OR REPLACE FUNCTION accelerator_changed_tables(since bigint) RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT DISTINCT table_name FROM audit_entries
        WHERE id > since AND accelerator_role() IS NOT NULL
    $$
    """,
)
FUNCTION_SIGNATURES = (
    "accelerator_user_id()",
    "accelerator_role()",
    "accelerator_account_state()",
    "accelerator_mentor_cohorts()",
    "accelerator_is_assigned(integer)",
    "accelerator_mentor_projects()",
    "accelerator_may_read_text(integer)",
    "accelerator_is_author(integer)",
    "accelerator_last_change()",
    "accelerator_changed_tables(bigint)",
)

ACTIVE = "accelerator_role() IS NOT NULL"
IS_COORDINATOR = "accelerator_role() = 'coordinator'"
IS_MENTOR = "accelerator_role() = 'mentor'"
MINE = "cohort_id IN (SELECT accelerator_mentor_cohorts())"


@dataclass(frozen=True)
class Policy:
    table: str
    name: str
    command: str  # ALL, SELECT, INSERT, UPDATE, DELETE
    roles: str
    using: str | None = None
    check: str | None = None

    def sql(self) -> str:
        parts = [f"CREATE POLICY {self.name} ON {self.table} FOR {self.command} TO {self.roles}"]
        if self.using is not None:
            parts.append(f"USING ({self.using})")
        if self.check is not None:
            parts.append(f"WITH CHECK ({self.check})")
        return " ".join(parts)


def _policies() -> list[Policy]:
    policies: list[Policy] = []
    add = policies.append
    everyone = f"{MENTOR}, {VIEWER}"
    # Coordinators read and write every row (the audit trail: read, and add in their name).
    scoped = ("cohorts", "enrolments", "mentor_assignments", "companies", "contacts",
              "milestones", "assessments", "scores", "assessment_texts",
              "memberships", "registrations", "needs_offers", "meetings",
              "kpi_values", "kpi_forms", "mentor_sessions",
              *PROJECT_TABLES)  # fmt: skip
    for table in (*SHARED_TABLES, *scoped):
        add(Policy(table, "coordinator_all", "ALL", COORDINATOR, IS_COORDINATOR, IS_COORDINATOR))
    for table in SHARED_TABLES:
        add(Policy(table, "active_read", "SELECT", everyone, ACTIVE))
    # A viewer reads every cohort; a mentor the cohorts they mentor in, and what is in them.
    viewer = "accelerator_role() = 'viewer'"
    add(Policy("cohorts", "member_read", "SELECT", everyone,
               f"{viewer} OR (id IN (SELECT accelerator_mentor_cohorts()))"))  # fmt: skip
    add(Policy("enrolments", "member_read", "SELECT", everyone, f"{viewer} OR ({MINE})"))
    for table, via in (
        ("mentor_assignments", "enrolment_id IN (SELECT id FROM enrolments)"),
        ("companies", "id IN (SELECT company_id FROM enrolments)"),
        ("contacts", "company_id IN (SELECT id FROM companies)"),
        # The memberships of the organisations one reads (a mentor: of their cohorts).
        ("memberships", "organisation_id IN (SELECT id FROM companies)"),
        # The people of the organisations one reads, as the events service scopes them.
        ("registrations", "organisation_id IN (SELECT id FROM companies)"),
        # Needs and offers go with their organisation; a meeting with either side.
        ("needs_offers", "organisation_id IN (SELECT id FROM companies)"),
        (
            "meetings",
            "organisation_id IN (SELECT id FROM companies) "
            "OR counterpart_id IN (SELECT id FROM companies)",
        ),
        # A project with a partner of a mentor's cohorts, and what is in it.
        ("projects", "id IN (SELECT accelerator_mentor_projects())"),
        *((table, "project_id IN (SELECT id FROM projects)") for table in PROJECT_TABLES[1:]),
        ("milestones", "enrolment_id IN (SELECT id FROM enrolments)"),
        # Member figures and their forms go with their organisation; mentor time with the
        # company in its cohort.
        ("kpi_values", "organisation_id IN (SELECT id FROM companies)"),
        ("kpi_forms", "organisation_id IN (SELECT id FROM companies)"),
        ("mentor_sessions", "enrolment_id IN (SELECT id FROM enrolments)"),
        ("assessments", "enrolment_id IN (SELECT id FROM enrolments)"),
        ("scores", "assessment_id IN (SELECT id FROM assessments)"),
    ):
        add(Policy(table, "member_read", "SELECT", everyone, f"{viewer} OR ({via})"))
    add(Policy("assessment_texts", "member_read", "SELECT", everyone,
               "accelerator_may_read_text(assessment_id)"))  # fmt: skip
    # A mentor writes the checklists and assessments of the companies assigned to them,
    # and changes only their own assessments.
    assigned = f"{IS_MENTOR} AND accelerator_is_assigned(enrolment_id)"
    add(Policy("milestones", "mentor_insert", "INSERT", MENTOR, check=assigned))
    add(Policy("milestones", "mentor_update", "UPDATE", MENTOR, assigned, assigned))
    # A mentor logs, corrects and removes their own sessions with companies assigned to them.
    own_session = f"{assigned} AND mentor_id = accelerator_user_id()"
    add(Policy("mentor_sessions", "mentor_insert", "INSERT", MENTOR, check=own_session))
    add(Policy("mentor_sessions", "mentor_update", "UPDATE", MENTOR, own_session, own_session))
    add(Policy("mentor_sessions", "mentor_delete", "DELETE", MENTOR, own_session))
    mine = f"{IS_MENTOR} AND assessor_id = accelerator_user_id()"
    add(Policy("assessments", "mentor_insert", "INSERT", MENTOR,
               check=f"{mine} AND accelerator_is_assigned(enrolment_id)"))  # fmt: skip
    add(Policy("assessments", "mentor_update", "UPDATE", MENTOR, mine, mine))
    authored = f"{IS_MENTOR} AND accelerator_is_author(assessment_id)"
    for table in ("scores", "assessment_texts"):
        add(Policy(table, "mentor_insert", "INSERT", MENTOR, check=authored))
        add(Policy(table, "mentor_update", "UPDATE", MENTOR, authored, authored))
        add(Policy(table, "mentor_delete", "DELETE", MENTOR, authored))
    # The audit trail: coordinators read it all, others their own entries; everyone adds
    # entries in their own name only.
    add(Policy("audit_entries", "coordinator_read", "SELECT", COORDINATOR, IS_COORDINATOR))
    add(Policy("audit_entries", "own_read", "SELECT", everyone,
               f"{ACTIVE} AND user_id = accelerator_user_id()"))  # fmt: skip
    add(Policy("audit_entries", "own_insert", "INSERT", ALL_GROUPS,
               check=f"{ACTIVE} AND user_id = accelerator_user_id()"))  # fmt: skip
    return policies


def _grants(tables: Iterable[str]) -> list[str]:
    tables = sorted(tables)
    data = [t for t in tables if t not in ("audit_entries", "alembic_version")]
    statements = [
        "REVOKE ALL ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {ALL_GROUPS}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {ALL_GROUPS}",
        f"GRANT SELECT ON {', '.join(t for t in tables if t != 'users')} TO {ALL_GROUPS}",
        f"GRANT SELECT ON users TO {COORDINATOR}",
        f"GRANT SELECT ({PUBLIC_USER_COLUMNS}) ON users TO {MENTOR}, {VIEWER}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(data)} TO {COORDINATOR}",
        f"GRANT INSERT ON audit_entries TO {ALL_GROUPS}",
        f"GRANT INSERT, UPDATE ON milestones, assessments TO {MENTOR}",
        f"GRANT INSERT, UPDATE, DELETE ON scores, assessment_texts, mentor_sessions TO {MENTOR}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, {ALL_GROUPS}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {ALL_GROUPS}",
    ]
    for signature in FUNCTION_SIGNATURES:
        statements.append(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        statements.append(f"GRANT EXECUTE ON FUNCTION {signature} TO {ALL_GROUPS}")
    return statements


def apply_permissions(conn: Connection) -> None:
    """Functions, grants and row-level security, as the owner; safe to run again."""
    tables = [
        r[0]
        for r in conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
        )
    ]
    for statement in FUNCTIONS:
        conn.execute(text(statement))
    for statement in _grants(tables):
        conn.execute(text(statement))
    existing = conn.execute(
        text("SELECT tablename, policyname FROM pg_policies WHERE schemaname = 'public'")
    ).all()
    for table, name in existing:
        conn.execute(text(f'DROP POLICY "{name}" ON "{table}"'))
    for table in tables:
        if table != "alembic_version":
            conn.execute(text(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY'))
    for policy in _policies():
        conn.execute(text(policy.sql()))
    log.info("permissions applied to %d tables", len(tables))


# --- setting up and upgrading a server ----------------------------------------------------


class ServerSetupError(AcceleratorError):
    """The server refused a step of setting up; the message says which and why."""


def _admin_engine(url: URL, *, database: str | None = None, role: str | None = None) -> Engine:
    if url.get_backend_name() != "postgresql":
        raise ServerSetupError(
            _tr("{0} is not a PostgreSQL URL").format(url.render_as_string(hide_password=True))
        )
    if database is not None:
        url = url.set(database=database)
    connect_args = {"options": f"-c role={role}"} if role else {}
    return create_engine(url, poolclass=NullPool, isolation_level="AUTOCOMMIT",
                         connect_args=connect_args)  # fmt: skip


def _quote(conn: Connection, name: str) -> str:
    return str(conn.execute(text("SELECT quote_ident(:n)"), {"n": name}).scalar_one())


def _role_exists(conn: Connection, name: str) -> bool:
    found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
    return found is not None


def ensure_roles(conn: Connection) -> None:
    """The owner and the three group roles; none of them can sign in."""
    for name in (OWNER_ROLE, *GROUP_ROLES.values()):
        if not _role_exists(conn, name):
            conn.execute(text(f"CREATE ROLE {name} NOLOGIN"))
            log.info("created role %s", name)


def init_server(admin_url: str, database: str) -> None:
    """Roles, the database (owned by the owner role), its schema and its permissions.

    ``admin_url``: a PostgreSQL superuser's connection (``postgres`` on most servers),
    to any database on the server. Running it again upgrades and re-applies.
    """
    url = make_url(admin_url)
    admin = _admin_engine(url)
    try:
        with admin.connect() as conn:
            ensure_roles(conn)
            exists = conn.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": database}
            ).first()
            if exists is None:
                conn.execute(
                    text(
                        f"CREATE DATABASE {_quote(conn, database)} OWNER {OWNER_ROLE} "
                        "ENCODING 'UTF8' TEMPLATE template0"
                    )  # fmt: skip
                )
                log.info("created database %s", database)
            conn.execute(text(f"REVOKE ALL ON DATABASE {_quote(conn, database)} FROM PUBLIC"))
            conn.execute(
                text(f"GRANT CONNECT ON DATABASE {_quote(conn, database)} TO {ALL_GROUPS}")
            )
    finally:
        admin.dispose()
    upgrade_server(admin_url, database)


def upgrade_server(admin_url: str, database: str) -> None:
    """Migrate the database to this program's schema as the owner role, then re-apply
    the permissions (new tables get theirs)."""
    owner = _admin_engine(make_url(admin_url), database=database, role=OWNER_ROLE)
    try:
        with owner.connect() as conn:
            conn.execute(text(f"ALTER SCHEMA public OWNER TO {OWNER_ROLE}"))
        upgrade_to_head(owner.execution_options(isolation_level="READ COMMITTED"))
        with owner.connect() as conn, conn.begin():
            apply_permissions(conn)
    finally:
        owner.dispose()


def owner_url(admin_url: str, database: str) -> URL:
    """The administrator's connection to ``database``, acting as the owner role: what the
    program's own code (adding a user's row, copying data in) uses to write as the owner."""
    url = make_url(admin_url).set(database=database)
    return url.update_query_dict({"options": f"-c role={OWNER_ROLE}"})


def create_login(admin_url: str, username: str, password: str, role: Role) -> bool:
    """A person's login role, in the group of their ``role``; returns False when it
    existed already (its password and group are then set anew)."""
    admin = _admin_engine(make_url(admin_url))
    try:
        with admin.connect() as conn:
            quoted = _quote(conn, username)
            existed = _role_exists(conn, username)
            verb = "ALTER" if existed else "CREATE"
            # A literal, not a parameter: PostgreSQL takes no parameters in DDL. The
            # server hashes it (SCRAM) before storing; nothing else keeps it.
            literal = conn.execute(text("SELECT quote_literal(:p)"), {"p": password}).scalar_one()
            conn.execute(text(f"{verb} ROLE {quoted} LOGIN PASSWORD {literal}"))
            for group in GROUP_ROLES.values():
                conn.execute(text(f"REVOKE {group} FROM {quoted}"))
            conn.execute(text(f"GRANT {GROUP_ROLES[role]} TO {quoted}"))
            return not existed
    finally:
        admin.dispose()


def may_migrate(conn: Connection) -> bool:
    """Whether the connected role may change the schema: a superuser, or the owner."""
    row = conn.execute(
        text(
            "SELECT r.rolsuper OR coalesce(pg_has_role(current_user, t.tableowner, 'MEMBER'),"
            " has_schema_privilege('public', 'CREATE')) "
            "FROM pg_roles r LEFT JOIN pg_tables t "
            "ON t.schemaname = 'public' AND t.tablename = 'alembic_version' "
            "WHERE r.rolname = current_user"
        )
    ).first()
    return bool(row and row[0])
