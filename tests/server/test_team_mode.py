"""Team mode on a real PostgreSQL server: the server itself enforces who reads and writes
what, for this program and for any SQL client that connects with a person's login."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest
from sqlalchemy import text

from accelerator.db.open import open_database
from accelerator.domain.enums import MilestoneStatus, Role
from accelerator.errors import (
    DatabaseOpenError,
    NotFoundError,
    PasswordNeededError,
    PermissionDeniedError,
    ValidationError,
)
from accelerator.services.assessments import AssessmentInput
from accelerator.services.audit_log import AuditService
from accelerator.services.auth import AuthService, SignInError
from tests.conftest import PostgresDatabases
from tests.server.conftest import LEVELS, PASSWORD, REASONS, Team


def _rows(conn: psycopg.Connection[tuple[object, ...]], sql: str) -> list[tuple[object, ...]]:
    return conn.execute(sql).fetchall()


# --- what a SQL client sees and may do, as each person -----------------------------------


def test_confidential_words_are_hidden_from_other_mentors_but_not_the_levels(team: Team) -> None:
    secret = team.ids["secret"]
    text_of = f"SELECT notes FROM assessment_texts WHERE assessment_id = {secret}"
    levels_of = f"SELECT count(*) FROM scores WHERE assessment_id = {secret}"
    with team.raw("alice") as alice, team.raw("kari") as kari, team.raw("vera") as vera:
        assert _rows(alice, text_of) == [("Founders disagree about the pivot",)]
        assert _rows(kari, text_of) == [("Founders disagree about the pivot",)]
        assert _rows(vera, text_of) == []
        assert _rows(vera, levels_of) == [(6,)]
        # A mentor of the same company who did not write it sees the levels, not the words.
    with team.raw("bob") as bob:
        assert _rows(bob, text_of) == []


def test_a_mentor_reads_only_the_cohorts_they_mentor_in(team: Team) -> None:
    with team.raw("bob") as bob:
        assert _rows(bob, "SELECT id FROM cohorts") == [(team.ids["other"],)]
        assert _rows(bob, "SELECT id FROM enrolments") == [(team.ids["e_other"],)]
        assert _rows(bob, "SELECT id FROM assessments") == [(team.ids["theirs"],)]
        assert len(_rows(bob, "SELECT id FROM companies")) == 1
    with team.raw("vera") as vera:
        assert len(_rows(vera, "SELECT id FROM cohorts")) == 2


def test_a_mentor_cannot_write_outside_their_companies(team: Team) -> None:
    with team.raw("bob") as bob:
        # Another mentor's assessment: not even visible, so nothing is updated.
        changed = bob.execute(
            f"UPDATE assessments SET confidential = false WHERE id = {team.ids['secret']}"
        ).rowcount
        assert changed == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            bob.execute(
                "INSERT INTO assessments (enrolment_id, assessor_id, framework_id, "
                "assessed_on, kind, confidential, created_at) VALUES "
                f"({team.ids['e_mine']}, {team.ids['bob']}, 1, '2026-03-01', 'progress', "
                "false, now())"
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            bob.execute("INSERT INTO programmes (name, framework_id) VALUES ('Mine now', 1)")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            bob.execute("UPDATE users SET role = 'coordinator' WHERE username = 'bob'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            bob.execute("SELECT password_hash FROM users")
    with team.raw("kari") as kari:
        assert _rows(kari, "SELECT confidential FROM assessments WHERE id = "
                     f"{team.ids['secret']}") == [(True,)]  # fmt: skip


def test_nobody_changes_the_audit_trail_and_each_writes_it_in_their_own_name(team: Team) -> None:
    with team.raw("kari") as kari:
        before = _rows(kari, "SELECT count(*) FROM audit_entries")
        for statement in ("UPDATE audit_entries SET username = 'x'", "DELETE FROM audit_entries"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                kari.execute(statement)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            kari.execute(
                "INSERT INTO audit_entries (at, user_id, username, action, table_name, "
                f"record_id, summary, changes) VALUES (now(), {team.ids['alice']}, 'alice', "
                "'update', 'companies', 1, 'forged', '{}')"
            )
        assert _rows(kari, "SELECT count(*) FROM audit_entries") == before


def test_the_audit_trail_refuses_changes_even_from_its_owner(team: Team) -> None:
    admin = team.server.url(dbname=team.database)
    db = open_database(admin)
    try:
        for statement, words in (
            ("UPDATE audit_entries SET username = 'x'", "cannot be changed"),
            ("DELETE FROM audit_entries", "cannot be deleted"),
            ("TRUNCATE audit_entries", "cannot be changed"),
        ):
            with pytest.raises(Exception, match=words), db.write() as s:
                s.execute(text(statement))
    finally:
        db.dispose()


def test_a_deactivated_person_reads_nothing(team: Team) -> None:
    with team.raw("dan") as dan:
        for table in ("cohorts", "companies", "assessments", "programmes", "users"):
            assert _rows(dan, f"SELECT id FROM {table}") == [], table


# --- the program itself, connected as each person -------------------------------------


def test_the_program_signs_in_as_the_servers_login(team: Team) -> None:
    alice = team.services("alice")
    try:
        assert alice.actor.username == "alice" and alice.actor.role is Role.MENTOR
    finally:
        alice.db.dispose()
    with pytest.raises(SignInError, match="deactivated"):
        team.services("dan")
    owner = open_database(team.server.url(dbname=team.database))
    try:
        with pytest.raises(SignInError, match="not a user of Accelerator"):
            AuthService(owner).server_sign_in()
    finally:
        owner.dispose()


def test_a_missing_or_wrong_password_asks_for_one(team: Team) -> None:
    with pytest.raises(PasswordNeededError):
        open_database(team.url("alice", password=None))
    with pytest.raises(PasswordNeededError) as refused:
        open_database(team.url("alice", password="wrong password"))
    assert "wrong password" not in str(refused.value)


def test_a_mentor_works_through_the_program_within_the_servers_rules(team: Team) -> None:
    alice = team.services("alice")
    try:
        logged = alice.assessments.log_assessment(
            AssessmentInput(
                team.ids["e_mine"], LEVELS, REASONS, notes="Pilot signed", confidential=True
            )
        )
        corrected = alice.assessments.correct_assessment(
            logged.id,
            AssessmentInput(team.ids["e_mine"], {**LEVELS, "ip": 5}, REASONS, notes="Fixed"),
        )
        assert corrected.levels["ip"] == 5 and corrected.notes == "Fixed"
        checklist = alice.enrolments.milestones(team.ids["e_mine"])
        ticked = alice.enrolments.set_milestone_status(
            checklist[0].id, MilestoneStatus.DONE, completed_on=dt.date(2026, 2, 1)
        )
        assert ticked.status is MilestoneStatus.DONE
        assert [c.id for c in alice.programmes.list_cohorts()] == [team.ids["mine"]]
        history = alice.assessments.list_for_enrolment(team.ids["e_mine"])
        assert {a.notes for a in history} >= {"Founders disagree about the pivot", "Fixed"}
        # Another cohort's company: hidden by the server, so not even found.
        with pytest.raises((PermissionDeniedError, NotFoundError)):
            alice.assessments.log_assessment(AssessmentInput(team.ids["e_other"], LEVELS))
    finally:
        alice.db.dispose()
    bob = team.services("bob")
    try:
        bob_sees = {a.id: a.notes for a in bob.assessments.list_for_enrolment(team.ids["e_other"])}
        assert bob_sees == {team.ids["theirs"]: "Bob's notes"}
    finally:
        bob.db.dispose()


def test_a_coordinator_works_through_the_program(team: Team) -> None:
    kari = team.services("kari")
    try:
        history = kari.assessments.list_for_enrolment(team.ids["e_mine"])
        assert "Founders disagree about the pivot" in {a.notes for a in history}
        assert len(kari.overview.company_rows()) == 2
        assert not kari.users.set_active(team.ids["vera"], False).active
        audit = AuditService(kari.db, kari.actor)
        assert audit.entries()[0].username == "kari"  # newest first: her own change
        assert audit.count() > 20  # and the owner's setting up before it
    finally:
        kari.db.dispose()
    with team.raw("vera") as vera:
        assert _rows(vera, "SELECT * FROM cohorts") == []


def test_a_login_may_not_create_the_tables(team: Team, postgres: PostgresDatabases) -> None:
    empty = postgres.new(empty=True)
    name = empty.rsplit("/", 1)[1]
    with pytest.raises(DatabaseOpenError, match="accelerator server init"):
        open_database(team.server.url(user="alice", password=PASSWORD, dbname=name))
    postgres.drop(empty)


def test_the_server_password_is_changed_by_its_owner_only(team: Team) -> None:
    vera = team.services("vera")
    try:
        auth = AuthService(vera.db, vera.actor)
        with pytest.raises(ValidationError, match="current password"):
            auth.change_own_password("not it", "a new password 2")
        auth.change_own_password(PASSWORD, "a new password 2")
    finally:
        vera.db.dispose()
    with pytest.raises(PasswordNeededError):
        open_database(team.url("vera"))
    open_database(team.url("vera", password="a new password 2")).dispose()


def test_a_mentor_learns_that_someone_else_changed_something(team: Team) -> None:
    """Bob may not read Alice's audit entries, but his window must still refresh."""
    bob, alice = team.services("bob"), team.services("alice")
    try:
        seen, _ = bob.database.changes_since(None)
        milestone = alice.enrolments.milestones(team.ids["e_mine"])[0]
        alice.enrolments.set_milestone_status(milestone.id, MilestoneStatus.IN_PROGRESS)
        latest, tables = bob.database.changes_since(seen)
        assert latest > seen and tables == {"milestones"}
        with team.raw("bob") as raw:
            assert _rows(raw, f"SELECT count(*) FROM audit_entries WHERE id > {seen}") == [(0,)]
    finally:
        bob.db.dispose()
        alice.db.dispose()
