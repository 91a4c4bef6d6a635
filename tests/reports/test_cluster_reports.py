"""The event report and the member register: the figures read, what a reader sees in the
PDF in English and bokmål, what a mentor is shown, and the command line."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from accelerator import i18n
from accelerator.cli import main
from accelerator.db.open import open_database
from accelerator.domain.enums import (
    MeetingOutcome,
    MeetingStatus,
    OrganisationKind,
    RegistrationStatus,
    Role,
)
from accelerator.domain.events import on_the_clock
from accelerator.errors import NotFoundError, ValidationError
from accelerator.i18n.catalogue import Catalogue, Message
from accelerator.reports.cluster_data import (
    NOT_ON_RECORD,
    Attendance,
    Breakdown,
    ClusterRegister,
    MemberLine,
    MemberReportData,
)
from accelerator.reports.member_report import build_member_report
from accelerator.services import Actor, Services
from accelerator.services.cluster_reports import ClusterReportService
from accelerator.services.clusters import ClusterInput
from accelerator.services.companies import ContactInput
from accelerator.services.events import EventInput, PersonInput
from accelerator.services.meetings import MeetingInput
from accelerator.services.programmes import CohortInput
from accelerator.services.users import UserInput
from tests.factories import Factory
from tests.reports.cluster_words import WORDS
from tests.reports.conftest import flat, page_texts

DAY = dt.date(2026, 3, 12)  # Havdagen
BEFORE = on_the_clock(dt.date(2026, 3, 1), dt.time(12))
DURING = on_the_clock(DAY, dt.time(10))
AFTER = on_the_clock(DAY, dt.time(16))
ON = dt.date(2026, 6, 30)  # the member register's day


@dataclass
class World:
    services: Services
    event: int
    ours: int
    partner: int
    fjordsensor: int


def build_world(services: Services) -> World:
    """Two clusters, four organisations and a held event with every ending: people
    checked in, walk-ins, a no-show, a cancellation that freed a place, someone still
    waiting, a guest of an organisation not on record and a walk-in of none."""
    make = Factory(services)
    ours = services.clusters.create_cluster(ClusterInput("Havklyngen Vest", "HKV", ours=True))
    partner = services.clusters.create_cluster(ClusterInput("Subsea Nord", "SN"))
    tiers = {c.id: {t.name: t.id for t in c.tiers} for c in (ours, partner)}
    fjord = make.company(name="Fjordsensor AS")
    institute = make.company(name="Havforsk Institutt", kind=OrganisationKind.RESEARCH_INSTITUTE)
    outside = make.company(name="Utenfor AS")
    investor = make.company(name="Kystkapital AS", kind=OrganisationKind.INVESTOR)
    members = services.members
    members.join(fjord.id, ours.id, tiers[ours.id]["Member"], dt.date(2025, 1, 1))
    members.join(fjord.id, partner.id, tiers[partner.id]["Partner"], dt.date(2026, 2, 1))
    members.join(institute.id, ours.id, tiers[ours.id]["Partner"], dt.date(2020, 5, 1))
    kept = members.join(investor.id, ours.id, tiers[ours.id]["Member"], dt.date(2024, 3, 1))
    members.leave(kept.id, dt.date(2026, 2, 28))

    def contact(organisation: int, name: str) -> int:
        return services.companies.add_contact(organisation, ContactInput(name)).id

    kari, per = contact(fjord.id, "Kari Nord"), contact(fjord.id, "Per Vik")
    lise, ola = contact(institute.id, "Lise Hav"), contact(outside.id, "Ola Ut")
    dag = contact(investor.id, "Dag Kap")
    event = services.events.create_event(
        EventInput(
            "Havdagen",
            kind="conference",  # type: ignore[arg-type]
            start=dt.datetime.combine(DAY, dt.time(9)),
            end=dt.datetime.combine(DAY, dt.time(15)),
            place="Bergen",
            capacity=5,
            description="A day of talks on the ocean industries.",
            host_ids=(ours.id,),
        )
    )
    events = services.events
    ids = {}
    for name, person in (
        ("kari", PersonInput(contact_id=kari)),
        ("per", PersonInput(contact_id=per)),
        ("lise", PersonInput(contact_id=lise)),
        ("ola", PersonInput(contact_id=ola)),
        ("dag", PersonInput(contact_id=dag)),
        ("gjest", PersonInput("Gjest Gjestesen", "gjest@example.no", "Fjord  Consult")),
        ("nils", PersonInput("Nils Venter", "nils@example.no", "")),
    ):
        ids[name] = events.register(event.id, person, at=BEFORE).registration.id
    events.change_status(ids["per"], RegistrationStatus.CANCELLED, at=BEFORE)  # gjest gets it
    for name in ("kari", "lise", "ola", "gjest"):
        events.check_in(ids[name], at=DURING)
    events.walk_in(event.id, PersonInput("Walk Inn", "", "fjord consult"), at=DURING)
    events.walk_in(event.id, PersonInput("Anonym"), at=DURING)
    events.mark_no_shows(event.id, at=AFTER)
    meetings = services.meetings
    held = meetings.book(
        MeetingInput(
            dt.datetime.combine(DAY, dt.time(10)),
            dt.datetime.combine(DAY, dt.time(10, 25)),
            organisation_id=fjord.id,
            counterpart_id=institute.id,
            event_id=event.id,
            table="Table 2",
        )
    )
    meetings.set_status(held.id, MeetingStatus.HELD, at=AFTER)
    meetings.record_outcome(held.id, MeetingOutcome.PROJECT_STARTED, at=AFTER)
    called_off = meetings.book(
        MeetingInput(
            dt.datetime.combine(DAY, dt.time(11)),
            organisation_id=institute.id,
            counterpart_id=outside.id,
            event_id=event.id,
            table="Table 1",
        )
    )
    meetings.set_status(called_off.id, MeetingStatus.CANCELLED, at=BEFORE)
    return World(services, event.id, ours.id, partner.id, fjord.id)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, template_database: Path) -> World:
    path = tmp_path_factory.mktemp("cluster-reports") / "accelerator.db"
    path.write_bytes(template_database.read_bytes())
    db = open_database(str(path))
    yield build_world(Services(db))  # type: ignore[misc]
    db.dispose()


def reports(world: World, actor: Actor | None = None) -> ClusterReportService:
    services = world.services
    return ClusterReportService(services.db, actor or services.actor)


def bokmal(monkeypatch: pytest.MonkeyPatch) -> None:
    """The catalogues as they are, with this brief's texts added as the lead will add them."""
    for language in ("nb", "en"):
        catalogue = Catalogue(language)
        catalogue.messages = dict(i18n.catalogue(language).messages)
        for context, source, nb, *en in WORDS:
            if isinstance(nb, list):
                forms = nb if language == "nb" else en[0]
                message = Message(context, source, numerus=True, forms=tuple(forms))
            elif language == "nb":
                message = Message(context, source, forms=(nb,))
            else:
                continue
            catalogue.messages[message.key] = replace(message, finished=True)
        monkeypatch.setitem(i18n._catalogues, language, catalogue)


# --- the event report --------------------------------------------------------------------------


def test_the_event_report_counts_every_ending(world: World) -> None:
    data = reports(world).event_report_data(world.event, language="en")
    assert data.held and not data.partial
    assert data.attendance == Attendance(
        registered=0, waitlisted=1, attended=6, walk_ins=2, no_shows=1, cancelled=1
    )
    assert data.attendance.signed_up == 7
    assert data.hosts == ("Havklyngen Vest",)


def test_attendance_by_kind_and_by_the_clusters_of_the_day(world: World) -> None:
    data = reports(world).event_report_data(world.event, language="en")
    assert data.by_kind == (
        Breakdown("company", 2, 2),  # Fjordsensor and Utenfor
        Breakdown("research_institute", 1, 1),
        Breakdown(NOT_ON_RECORD, 1, 3),  # Fjord Consult (a guest, a walk-in) and one of none
    )
    # Fjordsensor is in both clusters; the investor left before the day and did not come.
    assert data.by_cluster == (
        Breakdown("Havklyngen Vest (HKV)", 2, 2),
        Breakdown("Subsea Nord (SN)", 1, 1),
        Breakdown("", 2, 4),
    )
    listed = {o.name: (o.kind, o.clusters, o.people, o.walk_ins) for o in data.organisations}
    assert listed == {
        "Fjord Consult": (NOT_ON_RECORD, (), 2, 1),
        "Fjordsensor AS": ("company", ("HKV", "SN"), 1, 0),
        "Havforsk Institutt": ("research_institute", ("HKV",), 1, 0),
        "Utenfor AS": ("company", (), 1, 0),
    }
    assert data.without_organisation == 1


def test_the_meetings_at_the_event(world: World) -> None:
    meetings = reports(world).event_report_data(world.event, language="en").meetings
    assert meetings is not None
    assert (meetings.requested, meetings.count("held"), meetings.count("cancelled")) == (2, 1, 1)
    assert dict(meetings.by_outcome)["project_started"] == 1
    assert [(m.table, m.organisation, m.counterpart) for m in meetings.plan] == [
        ("Table 2", "Fjordsensor AS", "Havforsk Institutt")
    ]


def test_an_event_without_meetings_has_no_meetings_section(services: Services) -> None:
    day = dt.date(2026, 4, 1)
    event = services.events.create_event(
        EventInput(
            "Stille dag",
            kind="seminar",  # type: ignore[arg-type]
            start=dt.datetime.combine(day, dt.time(9)),
            end=dt.datetime.combine(day, dt.time(10)),
        )
    )
    service = ClusterReportService(services.db, services.actor)
    assert service.event_report_data(event.id).meetings is None
    text = flat(" ".join(page_texts(service.event_report_pdf(event.id, language="en"))))
    assert "Meetings" not in text and "Nobody was checked in at this event." in text


def test_the_event_report_reads_in_english(world: World) -> None:
    pdf = reports(world).event_report_pdf(world.event, language="en")
    pages = page_texts(pdf)
    text = flat(" ".join(pages))
    assert "EVENT REPORT" in text and "Havdagen" in text
    assert "Conference · 12 Mar 2026 09:00–15:00" in text
    assert "Hosted by Havklyngen Vest" in text and "5 places" in text
    assert "A day of talks on the ocean industries." in text
    for line in ("Attended 6", "Walk-ins 2", "No-shows 1", "Waitlisted 1", "Cancelled 1"):
        assert line in text
    assert "Research institute 1 1" in text
    assert "Not on record 1 3" in text
    assert "Subsea Nord (SN) 1 1" in text and "No cluster 2 4" in text
    assert "Clusters the organisations were members of on 12 Mar 2026" in text
    assert "Fjordsensor AS Company HKV, SN 1" in text
    assert "Utenfor AS Company No cluster 1" in text
    assert "Meetings REQUESTED 2 cancelled too BOOKED 0 HELD 1 CALLED OFF 1" in text
    assert "Project started 1" in text
    assert "10:00–10:25 Table 2 Fjordsensor AS Havforsk Institutt Held: Project started" in text
    assert "Page 1 of" in pages[0]


def test_the_event_report_reads_in_bokmal(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    bokmal(monkeypatch)
    pdf = reports(world).event_report_pdf(world.event, language="nb")
    text = flat(" ".join(page_texts(pdf)))
    assert "ARRANGEMENTSRAPPORT" in text
    assert "Konferanse · 12. mar. 2026, 09:00–15:00" in text
    assert "Oppmøte etter organisasjonstype" in text
    assert "Ingen klynge 2 4" in text
    assert "Forskningsinstitutt 1 1" in text
    assert "AVLYST 1" in text and "Møteplan" in text and "Holdt: Prosjekt startet" in text
    assert "Side 1 av" in text
    assert "Event report" not in text and "No cluster" not in text


def test_a_mentor_sees_only_their_companies_people(world: World) -> None:
    services = world.services
    mentor = services.users.create_user(UserInput("mona", "Mona Mentor", Role.MENTOR))
    programme = Factory(services).programme()
    cohort = services.programmes.create_cohort(
        CohortInput(programme.id, "Vår", dt.date(2026, 1, 1), dt.date(2026, 6, 1))
    )
    enrolment = services.enrolments.enrol(cohort.id, world.fjordsensor)
    services.enrolments.assign_mentor(enrolment.id, mentor.id)
    actor = Actor(mentor.id, mentor.username, mentor.role)
    data = reports(world, actor).event_report_data(world.event, language="en")
    assert data.partial
    assert data.attendance == Attendance(attended=1, cancelled=1)
    assert [o.name for o in data.organisations] == ["Fjordsensor AS"]
    register = reports(world, actor).member_report_data(on=ON, language="en")
    assert register.partial
    assert {m.name for c in register.clusters for m in c.members} == {"Fjordsensor AS"}
    text = flat(" ".join(page_texts(reports(world, actor).event_report_pdf(world.event))))
    assert "Only the people of the organisations you mentor are counted" in text


def test_an_event_not_yet_held_counts_those_with_a_place(services: Services) -> None:
    day = dt.date.today() + dt.timedelta(days=30)
    event = services.events.create_event(
        EventInput(
            "Framtidsdagen",
            kind="seminar",  # type: ignore[arg-type]
            start=dt.datetime.combine(day, dt.time(9)),
            end=dt.datetime.combine(day, dt.time(12)),
            online=True,
            online_url="https://example.no/live",
            capacity=10,
        )
    )
    services.events.register(event.id, PersonInput("Eva Fram", "eva@example.no", "Framtid AS"))
    service = ClusterReportService(services.db, services.actor)
    data = service.event_report_data(event.id, language="en")
    assert not data.held
    assert data.attendance == Attendance(registered=1)
    text = flat(" ".join(page_texts(service.event_report_pdf(event.id, language="en"))))
    assert "Registered by organisation kind" in text and "PLACES LEFT 9" in text
    assert "Online: https://example.no/live" in text
    assert "Organisations registered Organisation Kind Clusters People Framtid AS" in text


# --- the member register ---------------------------------------------------------------------


def test_the_register_of_one_cluster_on_a_day(world: World) -> None:
    data = reports(world).member_report_data(on=ON, cluster_id=world.ours, language="en")
    (register,) = data.clusters
    assert [(m.name, m.tier) for m in register.members] == [
        ("Fjordsensor AS", "Member"),
        ("Havforsk Institutt", "Partner"),
    ]
    assert register.joined == ()
    assert [(m.name, m.left_on) for m in register.left] == [
        ("Kystkapital AS", dt.date(2026, 2, 28))
    ]
    assert register.counts() == {("company", "Member"): 1, ("research_institute", "Partner"): 1}


def test_the_register_of_every_cluster_counts_an_organisation_once(world: World) -> None:
    data = reports(world).member_report_data(on=ON, language="en")
    assert [c.name for c in data.clusters] == ["Havklyngen Vest", "Subsea Nord"]
    assert data.organisations == 2
    assert [m.name for m in data.clusters[1].joined] == ["Fjordsensor AS"]


def test_the_register_reads_in_english(world: World) -> None:
    pdf = reports(world).member_report_pdf(on=ON, language="en")
    pages = page_texts(pdf)
    text = flat(" ".join(pages))
    assert "MEMBER REGISTER" in text and "Members on 30 Jun 2026" in text
    assert "Havklyngen Vest Our cluster 2 0 1" in text
    assert "Subsea Nord Partner cluster 1 1 0" in text
    assert "Kind Member Partner Associate Owner Total" in text
    assert "Research institute – 1 – – 1" in text
    assert (
        "Left in 2026" in text and "Kystkapital AS Investor Member 1 Mar 2024 28 Feb 2026" in text
    )
    assert "Fjordsensor AS" in text
    assert len(pages) == 3 and f"Page 3 of {len(pages)}" in pages[-1]


def test_the_register_reads_in_bokmal(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    bokmal(monkeypatch)
    pdf = reports(world).member_report_pdf(on=ON, cluster_id=world.ours, language="nb")
    pages = page_texts(pdf)
    text = flat(" ".join(pages))
    assert "MEDLEMSREGISTER" in text and "Medlemmer per 30. jun. 2026" in text
    assert "Medlemmer etter type og medlemsnivå" in text
    assert "Meldt ut i 2026" in text and "Forskningsinstitutt" in text
    assert f"Side 1 av {len(pages)}" in pages[0]


def test_an_unknown_cluster_or_event_or_language_is_refused(world: World) -> None:
    with pytest.raises(NotFoundError):
        reports(world).member_report_data(cluster_id=9999)
    with pytest.raises(NotFoundError):
        reports(world).event_report_data(9999)
    with pytest.raises(ValidationError):
        reports(world).event_report_data(world.event, language="sv")


def test_the_demo_year(demo: Services) -> None:
    service = ClusterReportService(demo.db, demo.actor)
    for event in demo.events.list_events():
        data = service.event_report_data(event.id, language="en")
        counts = event.counts
        assert (data.attendance.attended, data.attendance.no_shows) == (
            counts.arrived,
            counts.no_shows,
        )
        if data.held:
            assert sum(b.people for b in data.by_kind) == counts.arrived
    register = service.member_report_data(language="en")
    assert register.clusters and register.clusters[0].ours


# --- the command line --------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def world_file(db_path: Path) -> Path:
    database = open_database(str(db_path))
    build_world(Services(database))
    database.dispose()
    return db_path


def test_report_event_on_the_command_line(
    world_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "havdagen.pdf"
    code, out, err = run(
        capsys, "--db", str(world_file), "report", "event", " HAVDAGEN ", "-o", str(target),
        "--lang", "en",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert f"Wrote the report of Havdagen (12 Mar 2026 09:00–15:00) to {target}" in out
    assert "Attendance by cluster" in flat(" ".join(page_texts(target.read_bytes())))
    code, out, err = run(
        capsys, "--db", str(world_file), "report", "event", "Havdag", "-o", str(tmp_path / "x.pdf")
    )
    assert code == 1 and "there is no event called 'Havdag'; did you mean 'Havdagen'?" in err
    assert not (tmp_path / "x.pdf").exists()


def test_report_members_on_the_command_line(
    world_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "members.pdf"
    code, out, err = run(
        capsys, "--db", str(world_file), "report", "members", "--cluster", "subsea  nord", "--on",
        "30.6.2026", "--letter", "-o", str(target),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert f"Wrote the member register of Subsea Nord on 30 Jun 2026 to {target}" in out
    text = flat(" ".join(page_texts(target.read_bytes())))
    assert "Subsea Nord" in text and "Fjordsensor AS" in text and "Havforsk" not in text
    code, out, err = run(
        capsys, "--db", str(world_file), "report", "members", "--cluster", "Nope", "-o", str(target)
    )
    assert code == 1
    assert "there is no cluster called 'Nope'; the clusters are 'Havklyngen Vest'" in err


def test_a_long_register_keeps_every_member_and_its_header_on_every_page() -> None:
    """The member list is handed to the pages a window of rows at a time
    (reports.long_table): no member is lost or repeated at a page's end."""
    members = tuple(
        MemberLine(n, f"Medlem {n:04d} AS", "", "company", "Member", dt.date(2020, 1, 1))
        for n in range(1, 301)
    )
    data = MemberReportData(
        on=ON,
        clusters=(ClusterRegister("Havklyngen Vest", tiers=("Member",), members=members),),
        generated_on=ON,
        one_cluster=True,
    )
    with i18n.speaking("en"):
        pages = page_texts(build_member_report(data))
    listed = re.findall(r"Medlem (\d{4}) AS", " ".join(pages))
    assert listed == [f"{n:04d}" for n in range(1, 301)]
    assert len(pages) >= 6
    for text in pages[1:]:
        assert "Organisation Org. no. Kind Tier Joined" in flat(text)
