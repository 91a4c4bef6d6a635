"""`accelerator import registrations` and `accelerator export attendees` as a person runs
them: the event named by its title (and its day, when two share one), a dry run that
writes nothing, a refusal with every bad row named, and attendee lists in CSV and XLSX
that a spreadsheet cannot run as formulas and that import again unchanged."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]

from accelerator.cli import main
from accelerator.domain.enums import EventKind
from accelerator.domain.enums import RegistrationStatus as Status
from accelerator.services import Services
from accelerator.services.companies import CompanyInput, ContactInput
from accelerator.services.events import EventInput, PersonInput
from tests.data_io.helpers import write_csv
from tests.factories import org_number

HAVBRIS = org_number(1)
HEADER = [
    "Name",
    "E-mail",
    "Organisation",
    "Organisation number",
    "Status",
    "Registered",
    "Checked in",
    "Walk-in",
]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _event(services: Services, title: str, days: int, capacity: int | None = None) -> int:
    day = dt.date.today() + dt.timedelta(days=days)
    return services.events.create_event(
        EventInput(
            title,
            EventKind.CONFERENCE,
            dt.datetime.combine(day, dt.time(0, 0)),
            dt.datetime.combine(day, dt.time(23, 0)),
            capacity=capacity,
        )
    ).id


@pytest.fixture
def base(tmp_path: Path, db_path: Path) -> list[str]:
    return ["--data-dir", str(tmp_path / "data"), "--db", str(db_path)]


@pytest.fixture
def havbris(services: Services) -> int:
    company = services.companies.create_company(CompanyInput("Havbris AS", HAVBRIS))
    services.companies.add_contact(
        company.id, ContactInput("Kari Nordmann", email="kari@havbris.no")
    )
    return company.id


def test_a_dry_run_says_what_would_happen_and_writes_nothing(
    tmp_path: Path,
    base: list[str],
    services: Services,
    havbris: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    event = _event(services, "Havdagen", 10, capacity=2)
    source = write_csv(
        tmp_path / "påmeldte.csv",
        [
            ["Navn", "E-post", "Firma", "Org.nr.", "Billett"],
            ["Kari Nordmann", "kari@havbris.no", "Havbris AS", "", "Standard"],
            ["Åse Berg", "ase@havbris.no", "Havbris AS", HAVBRIS, "Standard"],
            ["Tor Lunde", "tor@example.no", "Fjordtek", "", "Student"],
        ],
        encoding="cp1252",
    )
    code, out, err = run(
        capsys, *base, "import", "registrations", str(source), "--event", "havdagen", "--dry-run"
    )
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith(f"Read {source}: 3 rows,")
    assert lines[1] == (
        "Columns: Navn -> Name, E-post -> E-mail, Firma -> Organisation, "
        "Org.nr. -> Organisation number"
    )
    assert "  note: not read: 'Billett'" in lines
    assert "  new contact: Åse Berg (Havbris AS)" in lines
    assert lines[-1].startswith(
        "Dry run, nothing written: 3 to register (1 of them on the waitlist), 0 on the list "
        "already; 1 new contacts, 0 new organisations, for Havdagen ("
    )
    assert services.events.registrations(event) == []

    code, out, err = run(
        capsys, *base, "import", "registrations", str(source), "--event", "Havdagen"
    )
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == (
        "Imported: 2 registered and 1 on the waitlist for Havdagen, 0 on the list already; "
        "1 contacts and 0 organisations added."
    )
    assert {r.name: r.status for r in services.events.registrations(event)} == {
        "Kari Nordmann": Status.REGISTERED,
        "Åse Berg": Status.REGISTERED,
        "Tor Lunde": Status.WAITLISTED,
    }


def test_a_bad_file_is_refused_with_every_row_named(
    tmp_path: Path, base: list[str], services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    event = _event(services, "Havdagen", 10)
    source = write_csv(
        tmp_path / "bad.csv",
        [["Name", "Email"], ["Kari", "kari-at-example.no"], ["", "per@example.no"]],
    )
    code, out, err = run(
        capsys, *base, "import", "registrations", str(source), "--event", "Havdagen"
    )
    assert code == 1
    assert err.splitlines() == [
        "row 2, Email: 'kari-at-example.no' is not an e-mail address",
        "row 3, Name: is required",
        "accelerator: nothing was imported: 2 rows have problems",
    ]
    assert services.events.registrations(event) == []


def test_an_event_is_named_by_its_day_when_two_share_a_title(
    tmp_path: Path, base: list[str], services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    _event(services, "Havdagen", -300)
    later = _event(services, "Havdagen", 10)
    source = write_csv(tmp_path / "one.csv", [["Name"], ["Kari Nordmann"]])
    code, _, err = run(capsys, *base, "import", "registrations", str(source), "--event", "Havdagen")
    assert code == 1
    assert err.startswith("accelerator: 2 events are called 'Havdagen': add the day, as in ")
    day = services.events.get_event(later).starts_at.date()
    code, _, err = run(
        capsys, *base, "import", "registrations", str(source),
        "--event", f"Havdagen {day.day}.{day.month}.{day.year}",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert [r.name for r in services.events.registrations(later)] == ["Kari Nordmann"]
    code, _, err = run(capsys, *base, "import", "registrations", str(source), "--event", "Havdag")
    assert code == 1
    assert err.strip() == "accelerator: there is no event called 'Havdag'; did you mean 'Havdagen'?"


def test_attendees_in_csv_and_xlsx_formula_safe_and_importable_again(
    tmp_path: Path,
    base: list[str],
    services: Services,
    havbris: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    event = _event(services, "Havdagen", 0)
    kari = services.companies.get_company(havbris).contacts[0]
    services.events.register(event, PersonInput(contact_id=kari.id))
    hacker = services.events.register(
        event, PersonInput('=HYPERLINK("http://x")', "h@example.no", "+Evil AS")
    ).registration
    gone = services.events.register(event, PersonInput("Per Hansen", "per@example.no"))
    services.events.change_status(gone.registration.id, Status.CANCELLED)
    services.events.check_in(hacker.id)
    services.events.walk_in(event, PersonInput("Ola Vik", organisation="Fjord AS"))

    target = tmp_path / "attendees.csv"
    code, out, err = run(
        capsys, *base, "export", "attendees", "--event", "Havdagen", "-o", str(target)
    )
    assert (code, err) == (0, "")
    assert out.strip() == f"Wrote 3 people to {target}."
    with target.open(encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert header == HEADER
    by_name = {r[0]: r for r in rows}
    assert set(by_name) == {"Kari Nordmann", '\'=HYPERLINK("http://x")', "Ola Vik"}
    assert by_name["Kari Nordmann"][1:5] == ["kari@havbris.no", "Havbris AS", HAVBRIS, "registered"]
    hacked = by_name['\'=HYPERLINK("http://x")']
    assert hacked[2] == "'+Evil AS" and hacked[4] == "attended" and hacked[6]
    assert by_name["Ola Vik"][7] == "yes"
    dt.datetime.fromisoformat(hacked[5])  # a time a spreadsheet reads as one

    book = tmp_path / "attendees.xlsx"
    code, _, err = run(capsys, *base, "export", "attendees", "--event", "havdagen", "-o", str(book))
    assert (code, err) == (0, "")
    sheet = load_workbook(book, read_only=True).worksheets[0]
    cells = list(sheet.iter_rows(values_only=True))
    assert list(cells[0]) == HEADER
    assert '\'=HYPERLINK("http://x")' in [row[0] for row in cells[1:]]
    assert sheet.title == "Havdagen"

    # The list imports again into another event unchanged (the quotes our export put
    # before a formula are taken off again).
    other = _event(services, "Fiskedagen", 3)
    code, out, err = run(
        capsys, *base, "import", "registrations", str(book), "--event", "Fiskedagen"
    )
    assert (code, err) == (0, "")
    again = {r.name: r for r in services.events.registrations(other)}
    assert set(again) == {"Kari Nordmann", '=HYPERLINK("http://x")', "Ola Vik"}
    assert again["Kari Nordmann"].contact_id == kari.id
    assert again['=HYPERLINK("http://x")'].organisation == "+Evil AS"


def test_export_options_that_do_not_go_together_are_refused(
    tmp_path: Path, base: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    target = str(tmp_path / "x.csv")
    for args, message in (
        (("attendees",), "accelerator: attendees: say which event with --event NAME"),
        (
            ("companies", "--event", "Havdagen"),
            "accelerator: --event chooses the attendees of an event only",
        ),
    ):
        code, _, err = run(capsys, *base, "export", *args, "-o", target)
        assert (code, err.strip()) == (1, message)
