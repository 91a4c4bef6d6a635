"""`accelerator export meetings --event NAME -o FILE` as a person runs it: the meeting plan
of a matchmaking day, by slot and table, in a file a spreadsheet cannot run as formulas."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]

from accelerator.cli import main
from accelerator.domain.enums import EventKind, NeedCategory, NeedSide
from accelerator.services import Services
from accelerator.services.events import EventInput
from accelerator.services.meetings import MeetingInput
from accelerator.services.needs import NeedInput
from tests.factories import Factory

DAY = dt.date(2026, 3, 12)
HEADER = ["Start", "End", "Table", "Organisation", "Meets", "Need", "Offer", "Status"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def base(tmp_path: Path, db_path: Path) -> list[str]:
    return ["--data-dir", str(tmp_path / "data"), "--db", str(db_path)]


@pytest.fixture
def planned(services: Services, make: Factory) -> None:
    """Havdagen's plan: a meeting from a proposal at Bord 10, and one at Bord 2 whose
    organisation's name a spreadsheet would read as a formula."""
    event = services.events.create_event(
        EventInput(
            "Havdagen",
            EventKind.MATCHMAKING_DAY,
            dt.datetime.combine(DAY, dt.time(9)),
            dt.datetime.combine(DAY, dt.time(15)),
        )
    ).id
    farmer = make.company(name="Fjordlaks AS").id
    subsea = make.company(name="Dypvann AS").id
    formula = make.company(name="=HYPERLINK(1)").id
    category = NeedCategory.TEST_SITE
    need = services.needs.create_need(NeedInput(farmer, NeedSide.NEED, category, "A test pen"))
    offer = services.needs.create_need(NeedInput(subsea, NeedSide.OFFER, category, "Pens"))
    at = dt.datetime.combine(DAY, dt.time(10))
    services.meetings.book(
        MeetingInput(at, need_id=need.id, offer_id=offer.id, event_id=event, table="Bord 10")
    )
    services.meetings.book(
        MeetingInput(
            at, organisation_id=formula, counterpart_id=make.company(name="Havsans AS").id,
            event_id=event, table="Bord 2",
        )
    )  # fmt: skip


@pytest.mark.usefixtures("planned")
def test_the_meeting_plan_exports_by_slot_and_table_and_formula_safe(
    tmp_path: Path, base: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "plan.csv"
    code, out, _ = run(capsys, *base, "export", "meetings", "--event", "havdagen", "-o",
                       str(target))  # fmt: skip
    assert code == 0 and out.strip() == f"Wrote 2 meetings to {target}."
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == HEADER
    assert [row[2:5] for row in rows[1:]] == [
        ["Bord 2", "'=HYPERLINK(1)", "Havsans AS"],
        ["Bord 10", "Fjordlaks AS", "Dypvann AS"],
    ]
    assert rows[2][5:] == ["A test pen", "Pens", "booked"]
    workbook = tmp_path / "plan.xlsx"
    assert run(capsys, *base, "export", "meetings", "--event", "Havdagen", "-o",
               str(workbook))[0] == 0  # fmt: skip
    sheet = load_workbook(workbook).active
    assert sheet.cell(2, 1).value == dt.datetime.combine(DAY, dt.time(10))
    assert sheet.cell(2, 4).value == "'=HYPERLINK(1)"


def test_meetings_need_an_event(
    tmp_path: Path, base: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, *base, "export", "meetings", "-o", str(tmp_path / "x.csv"))
    assert (code, err.strip()) == (1, "accelerator: meetings: say which event with --event NAME")
