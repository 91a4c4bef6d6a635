"""accelerator sessions log|hours and accelerator mentors assign|capacity as a coordinator
types them on a database file: what they print, what they store, how they refuse."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from accelerator.cli import main
from accelerator.domain.enums import SessionKind
from accelerator.services import Services
from accelerator.services.records import EnrolmentRecord, UserRecord
from tests.factories import Factory


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cohort(
    services: Services, make: Factory
) -> tuple[EnrolmentRecord, EnrolmentRecord, UserRecord, UserRecord]:
    cohort = make.cohort(name="Vår 2026", start_date=dt.date(2026, 1, 5))
    first = make.enrolment(cohort.id, company_id=make.company(name="Havbølge Sensorikk AS").id)
    second = make.enrolment(cohort.id, company_id=make.company(name="Tareskog AS").id)
    bjorn = make.user(username="bjorn", display_name="Bjørn Åsheim")
    kari = make.user(username="kari", display_name="Kari Nordmann")
    services.enrolments.assign_mentor(first.id, bjorn.id)
    services.enrolments.assign_mentor(second.id, bjorn.id)
    services.enrolments.assign_mentor(second.id, kari.id)
    return first, second, bjorn, kari


def test_log_stores_the_session_and_says_so(
    capsys: pytest.CaptureFixture[str], db_path: Path, services: Services, cohort: tuple
) -> None:
    first, _, bjorn, _ = cohort
    code, out, err = run(
        capsys,
        "--lang", "en", "--db", str(db_path), "sessions", "log",
        "--cohort", "vår 2026", "--company", "havbølge sensorikk as",
        "--date", "2026-03-02", "--minutes", "90", "--kind", "call",
        "--topic", "Pricing of the sensor service", "--follow-ups", "Two price models",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out == (
        "Logged: 1.5 h call with Havbølge Sensorikk AS (Vår 2026) on 2 Mar 2026, "
        "held by Bjørn Åsheim.\n"
    )
    [stored] = services.sessions.sessions_of(first.id)
    assert (stored.mentor_id, stored.minutes, stored.kind) == (bjorn.id, 90, SessionKind.CALL)
    assert (stored.topic, stored.follow_ups) == (
        "Pricing of the sensor service",
        "Two price models",
    )


def test_log_asks_which_mentor_and_refuses_bad_input_storing_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, services: Services, cohort: tuple
) -> None:
    _, second, _, kari = cohort
    base = ["--db", str(db_path), "sessions", "log", "--cohort", "Vår 2026"]
    code, _, err = run(
        capsys, "--lang", "en", *base, "--company", "Tareskog AS", "--topic", "Board"
    )
    assert code == 1
    assert "say which mentor held the session: Bjørn Åsheim and Kari Nordmann" in err
    code, _, err = run(
        capsys, "--lang", "en", *base, "--company", "Tareskog AS", "--topic", "Board",
        "--mentor", "kari", "--minutes", "0",
    )  # fmt: skip
    assert code == 1
    assert "nothing was logged: Duration: must be more than 0 minutes" in err
    code, _, err = run(
        capsys, "--lang", "en", *base, "--company", "Nobody AS", "--topic", "Board",
    )  # fmt: skip
    assert code == 1
    assert "'Nobody AS' is not enrolled in Vår 2026" in err
    assert services.sessions.sessions_of(second.id) == []
    code, out, _ = run(
        capsys, "--lang", "en", *base, "--company", "Tareskog AS", "--topic", "Board",
        "--mentor", "kari", "--date", "2.3.2026",
    )  # fmt: skip
    assert code == 0
    assert "held by Kari Nordmann" in out
    assert [s.mentor_id for s in services.sessions.sessions_of(second.id)] == [kari.id]


def test_hours_per_mentor_per_company_in_bokmal(
    capsys: pytest.CaptureFixture[str], db_path: Path, services: Services, cohort: tuple
) -> None:
    first, second, bjorn, kari = cohort
    from accelerator.services.sessions import SessionInput

    for enrolment, mentor, minutes in ((first, bjorn, 90), (second, bjorn, 60), (second, kari, 45)):
        services.sessions.log_session(
            SessionInput(
                enrolment.id, dt.date(2026, 3, 2), minutes, SessionKind.MEETING, "Topic", "",
                mentor.id,
            )
        )  # fmt: skip
    code, out, _ = run(capsys, "--lang", "nb", "--db", str(db_path), "sessions", "hours")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Vår 2026"
    assert any("Havbølge Sensorikk AS" in line and "1,5" in line for line in lines)
    assert any(
        "Tareskog AS" in line and "Kari Nordmann" in line and "0,8" in line for line in lines
    )
    # Bjørn in all: 2.5 hours; the cohort: 3.25, shown as 3.3.
    assert any(line.strip().startswith("Bjørn Åsheim:") and "2,5" in line for line in lines)
    assert any("3,3" in line for line in lines[-3:])
    code, out, _ = run(capsys, "--lang", "en", "--db", str(db_path), "sessions", "hours",
                       "--cohort", "Nowhere")  # fmt: skip
    assert code == 1


def test_assigning_beyond_capacity_prints_a_warning_and_assigns(
    capsys: pytest.CaptureFixture[str], db_path: Path, services: Services, make: Factory,
    cohort: tuple,
) -> None:  # fmt: skip
    first, _, bjorn, _ = cohort
    third = make.enrolment(first.cohort_id, company_id=make.company(name="Kystvind AS").id)
    code, out, err = run(
        capsys, "--lang", "en", "--db", str(db_path), "mentors", "capacity", "bjorn",
        "--companies", "2", "--hours", "10",
    )  # fmt: skip
    assert code == 0 and err == ""
    assert "Companies at once: 2 (mentors 2 now)" in out
    assert services.sessions.capacity(bjorn.id).companies_at_once == 2
    code, out, err = run(
        capsys, "--lang", "en", "--db", str(db_path), "mentors", "assign",
        "--cohort", "Vår 2026", "--company", "Kystvind AS", "--mentor", "bjorn",
    )  # fmt: skip
    assert code == 0
    assert "warning: beyond capacity: Bjørn Åsheim would mentor 3 companies at once" in err
    assert "Bjørn Åsheim now mentors Kystvind AS in Vår 2026." in out
    assert [m.user_id for m in services.enrolments.get_enrolment(third.id).mentors] == [bjorn.id]
    code, out, _ = run(
        capsys, "--lang", "en", "--db", str(db_path), "mentors", "capacity", "bjorn",
        "--companies", "none",
    )  # fmt: skip
    assert code == 0
    assert "Companies at once: open" in out
    assert services.sessions.capacity(bjorn.id).hours_per_month == 10
