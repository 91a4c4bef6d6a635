"""The meeting plan of an event as a handout: a page for each time slot with its tables
(Table 2 before Table 10) and who meets whom, cancelled meetings left out; a page for each
organisation with its own meetings, one not confirmed yet saying so; in English and in
bokmål (the words as tests/reports/cluster_words.py hands them to the lead); for a mentor
only their companies' meetings; and on the command line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from accelerator.db.open import open_database
from accelerator.domain.enums import MeetingStatus, Role
from accelerator.services import Actor, Services
from accelerator.services.cluster_reports import ClusterReportService
from accelerator.services.events import EventInput
from accelerator.services.meetings import MeetingInput
from accelerator.services.programmes import CohortInput
from accelerator.services.users import UserInput
from tests.factories import Factory
from tests.reports.conftest import flat, page_texts
from tests.reports.test_cluster_reports import DAY, World, bokmal, build_world, run


def plan_world(services: Services) -> World:
    """The event report's world (Fjordsensor meets Havforsk at Table 2 at 10:00, held; a
    meeting called off), and two more at 10:30: Utenfor meets Havforsk at Table 10,
    booked, and Fjordsensor asked to meet Utenfor's neighbour Kystkapital at Table 2."""
    world = build_world(services)
    names = {c.name: c.id for c in services.companies.list_companies()}
    at = dt.datetime.combine(DAY, dt.time(10, 30))
    meetings = services.meetings
    meetings.book(
        MeetingInput(
            at,
            organisation_id=names["Utenfor AS"],
            counterpart_id=names["Havforsk Institutt"],
            event_id=world.event,
            table="Table 10",
        ),
    )
    meetings.book(
        MeetingInput(
            at,
            organisation_id=names["Fjordsensor AS"],
            counterpart_id=names["Kystkapital AS"],
            event_id=world.event,
            table="Table 2",
            status=MeetingStatus.REQUESTED,
        ),
    )
    return world


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, template_database: Path) -> Iterator[World]:
    path = tmp_path_factory.mktemp("meeting-plan") / "accelerator.db"
    path.write_bytes(template_database.read_bytes())
    db = open_database(str(path))
    yield plan_world(Services(db))
    db.dispose()


def reports(world: World, actor: Actor | None = None) -> ClusterReportService:
    return ClusterReportService(world.services.db, actor or world.services.actor)


def test_the_plan_is_by_slot_then_table_without_the_meetings_called_off(world: World) -> None:
    data = reports(world).meeting_plan_data(world.event, language="en")
    assert [(m.starts_at.strftime("%H:%M"), m.table, m.organisation, m.counterpart) for m in
            data.meetings] == [
        ("10:00", "Table 2", "Fjordsensor AS", "Havforsk Institutt"),
        ("10:30", "Table 2", "Fjordsensor AS", "Kystkapital AS"),
        ("10:30", "Table 10", "Utenfor AS", "Havforsk Institutt"),
    ]  # fmt: skip
    assert not data.partial and data.title == "Havdagen"


def test_the_handout_has_a_page_for_each_slot_and_for_each_organisation(world: World) -> None:
    pages = [
        flat(p) for p in page_texts(reports(world).meeting_plan_pdf(world.event, language="en"))
    ]
    assert len(pages) == 2 + 4  # two slots; Fjordsensor, Havforsk, Kystkapital, Utenfor
    assert "MEETING PLAN" in pages[0] and "10:00–10:25" in pages[0]
    assert "Table 2 Fjordsensor AS Havforsk Institutt" in pages[0]
    assert "Utenfor" not in pages[0]  # its meeting at 11:00 was called off
    slot = pages[1]
    assert "10:30–11:00" in slot
    assert slot.index("Table 2 Fjordsensor AS Kystkapital AS") < slot.index(
        "Table 10 Utenfor AS Havforsk Institutt"
    )
    owners = [p.split("YOUR MEETINGS ", 1)[1].split(" Havdagen")[0] for p in pages[2:]]
    assert owners == ["Fjordsensor AS", "Havforsk Institutt", "Kystkapital AS", "Utenfor AS"]
    fjordsensor = pages[2]
    assert "10:00–10:25 Table 2 Havforsk Institutt" in fjordsensor
    assert "10:30–11:00 Table 2 Kystkapital AS (not confirmed yet)" in fjordsensor
    assert "Page 6 of 6" in pages[5]


def test_the_handout_reads_in_bokmal(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    bokmal(monkeypatch)
    pdf = reports(world).meeting_plan_pdf(world.event, language="nb")
    text = flat(" ".join(page_texts(pdf)))
    assert "MØTEPLAN" in text and "Konferanse · 12. mar. 2026, 09:00–15:00" in text
    assert "DINE MØTER" in text and "Kystkapital AS (ikke bekreftet ennå)" in text
    assert "Side 1 av 6" in text
    assert "Your meetings" not in text and "Meeting plan" not in text


def test_an_event_without_meetings_says_so(services: Services) -> None:
    day = dt.date(2026, 4, 1)
    event = services.events.create_event(
        EventInput(
            "Stille dag",
            kind="seminar",  # type: ignore[arg-type]
            start=dt.datetime.combine(day, dt.time(9)),
            end=dt.datetime.combine(day, dt.time(10)),
        )
    )
    pdf = ClusterReportService(services.db, services.actor).meeting_plan_pdf(
        event.id, language="en"
    )
    pages = page_texts(pdf)
    assert len(pages) == 1
    assert "No meetings are booked at this event." in flat(pages[0])


def test_a_mentor_sees_the_meetings_of_their_companies(world: World) -> None:
    services = world.services
    mentor = services.users.create_user(UserInput("mari", "Mari Mentor", Role.MENTOR))
    programme = Factory(services).programme()
    cohort = services.programmes.create_cohort(
        CohortInput(programme.id, "Høst", dt.date(2026, 1, 1), dt.date(2026, 6, 1))
    )
    enrolment = services.enrolments.enrol(cohort.id, world.fjordsensor)
    services.enrolments.assign_mentor(enrolment.id, mentor.id)
    actor = Actor(mentor.id, mentor.username, mentor.role)
    data = reports(world, actor).meeting_plan_data(world.event, language="en")
    assert data.partial
    assert {m.organisation for m in data.meetings} == {"Fjordsensor AS"}
    text = flat(" ".join(page_texts(reports(world, actor).meeting_plan_pdf(world.event))))
    assert "Only the meetings of the organisations you mentor are shown" in text
    assert "Utenfor AS" not in text


def test_report_meetings_on_the_command_line(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(str(db_path))
    plan_world(Services(database))
    database.dispose()
    target = tmp_path / "plan.pdf"
    code, out, err = run(
        capsys, "--db", str(db_path), "report", "meetings", "--event", "havdagen", "-o",
        str(target), "--lang", "en",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert f"Wrote the meeting plan of Havdagen (12 Mar 2026 09:00–15:00) to {target}" in out
    assert "YOUR MEETINGS" in flat(" ".join(page_texts(target.read_bytes())))
    code, out, err = run(
        capsys, "--db", str(db_path), "report", "meetings", "--event", "Nowhere", "-o",
        str(tmp_path / "x.pdf"),
    )  # fmt: skip
    assert code != 0 and "Nowhere" in err and not (tmp_path / "x.pdf").exists()
