"""The company list's table model: what each cell says, sorting and filtering in Python."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from accelerator.domain.enums import EnrolmentStatus
from accelerator.services import Services
from accelerator.services.companies import ContactInput
from accelerator.services.overview import CompanyRow
from accelerator.ui.models.company_contact_table import CompanyContactTableModel
from accelerator.ui.models.company_enrolment_table import CompanyEnrolmentTableModel
from accelerator.ui.models.company_table import CompanyTableModel
from accelerator.ui.models.table import ID_ROLE
from tests.factories import Factory

M = CompanyTableModel
DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture(autouse=True)
def c_locale() -> Iterator[None]:
    """Numbers and dates as the C locale writes them, whatever the machine's locale."""
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


def row(company_id: int, name: str, **values: Any) -> CompanyRow:
    fields: dict[str, Any] = {
        "id": company_id,
        "name": name,
        "registration": "",
        "sector": "",
        "cluster": "",
        "cohort_name": "",
        "enrolment_id": None,
        "readiness_index": None,
        "gap": None,
        "gap_flagged": False,
        "milestones_done": 0,
        "milestones_applicable": 0,
        "last_assessed": None,
    }
    fields.update(values)
    return CompanyRow(**fields)


def column(model: CompanyTableModel, col: int) -> list[str]:
    return [model.data(model.index(r, col), DISPLAY) for r in range(model.rowCount())]


def names(model: CompanyTableModel) -> list[str]:
    return column(model, M.COL_NAME)


ROWS = [
    row(
        1,
        "Havbølge Sensorikk AS",
        registration="923609016",
        sector="Marine sensors",
        cluster="Vestkyst Ocean",
        cohort_name="Autumn 2026",
        enrolment_id=11,
        readiness_index=4.25,
        gap=4.5,
        gap_flagged=True,
        gap_explanation="Technology is at 7 while customer and business model average 2.5.",
        milestones_done=3,
        milestones_applicable=8,
        last_assessed=dt.date(2026, 1, 5),
    ),
    row(
        2,
        "Østfold Fisk AS",
        registration="914827361",
        sector="Seafood",
        cohort_name="Spring 2026",
        enrolment_id=12,
        readiness_index=2.0,
        gap=0.5,
        milestones_done=8,
        milestones_applicable=8,
        last_assessed=dt.date(2025, 11, 30),
    ),
    row(3, "Zeta Marine AS", sector="Subsea robotics"),
    row(4, "Ærfugl Miljø AS", cohort_name="Spring 2026", enrolment_id=13, readiness_index=6.0),
    row(5, "alfa Robotics AS", registration="CVR 38412728", cluster="Kattegat"),
    row(6, "Åsen Akva AS", sector="Aquaculture", readiness_index=3.5),
    row(7, "100% Fisk AS", sector="Seafood"),
]


@pytest.fixture
def model(qapp: QApplication) -> CompanyTableModel:
    model = CompanyTableModel()
    model.set_rows(ROWS)
    return model


def test_model_passes_the_model_tester(qapp: QApplication, qtmodeltester: ModelTester) -> None:
    model = CompanyTableModel()
    qtmodeltester.check(model)
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    # The tester stays attached and checks every reset below as it happens.
    model.set_filter_text("as")
    model.sort(M.COL_READINESS, Qt.SortOrder.DescendingOrder)
    model.set_only({1, 2, 99})
    model.set_filter_text("")
    qtmodeltester.check(model)


def test_model_with_the_demo_programme_passes(qtmodeltester: ModelTester, demo: Services) -> None:
    model = CompanyTableModel()
    model.set_rows(demo.overview.company_rows())
    assert model.rowCount() >= 12
    qtmodeltester.check(model)
    flagged = [
        r
        for r in range(model.rowCount())
        if model.data(model.index(r, M.COL_GAP), Qt.ItemDataRole.DecorationRole) is not None
    ]
    assert len(flagged) >= 2
    for r in flagged:  # the tooltip explains the flag in the domain's own words
        tip = model.data(model.index(r, M.COL_GAP), Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith("Technology is at") and "flagged" in tip


def test_headers_name_the_columns_and_can_take_two_lines(model: CompanyTableModel) -> None:
    def headers() -> list[str]:
        return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]

    assert headers() == [
        "Name",
        "Org. number",
        "Sector",
        "Cluster",
        "Current cohort",
        "Readiness index",
        "Gap",
        "Milestones done",
        "Last assessment",
    ]
    tip = model.headerData(M.COL_GAP, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "3 or more is flagged" in tip
    model.set_compact_headers(True)
    assert headers()[M.COL_READINESS] == "Readiness\nindex"
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_cells_say_what_a_coordinator_reads(model: CompanyTableModel) -> None:
    r = names(model).index("Havbølge Sensorikk AS")
    cells = [model.data(model.index(r, c), DISPLAY) for c in range(model.columnCount())]
    assert cells == [
        "Havbølge Sensorikk AS",
        "923 609 016",
        "Marine sensors",
        "Vestkyst Ocean",
        "Autumn 2026",
        "4.2",  # 4.25 rounded as the company report and the charts print it
        "4.5",
        "3 of 8",
        "5 Jan 2026",
    ]
    gap = model.index(r, M.COL_GAP)
    assert model.data(gap, Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(gap, Qt.ItemDataRole.ToolTipRole).startswith("Technology is at 7")
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.data(model.index(r, M.COL_READINESS), Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.data(model.index(r, M.COL_NAME), Qt.ItemDataRole.TextAlignmentRole) != right
    assert model.data(model.index(r, 0), ID_ROLE) == 1


def test_an_unflagged_gap_has_no_flag_and_an_unenrolled_company_empty_figures(
    model: CompanyTableModel,
) -> None:
    ostfold = names(model).index("Østfold Fisk AS")
    assert model.data(model.index(ostfold, M.COL_GAP), Qt.ItemDataRole.DecorationRole) is None
    zeta = names(model).index("Zeta Marine AS")
    figures = [
        model.data(model.index(zeta, c), DISPLAY)
        for c in (M.COL_READINESS, M.COL_GAP, M.COL_MILESTONES, M.COL_LAST_ASSESSED)
    ]
    assert figures == ["", "", "", ""]


def test_names_sort_the_norwegian_way(model: CompanyTableModel) -> None:
    expected = [
        "100% Fisk AS",
        "alfa Robotics AS",
        "Havbølge Sensorikk AS",
        "Zeta Marine AS",
        "Ærfugl Miljø AS",
        "Østfold Fisk AS",
        "Åsen Akva AS",
    ]
    assert names(model) == expected
    model.sort(M.COL_NAME, Qt.SortOrder.DescendingOrder)
    assert names(model) == expected[::-1]


def test_companies_with_nothing_to_sort_by_stay_at_the_bottom(model: CompanyTableModel) -> None:
    model.sort(M.COL_READINESS, Qt.SortOrder.AscendingOrder)
    assert column(model, M.COL_READINESS) == ["2.0", "3.5", "4.2", "6.0", "", "", ""]
    model.sort(M.COL_READINESS, Qt.SortOrder.DescendingOrder)
    assert column(model, M.COL_READINESS) == ["6.0", "4.2", "3.5", "2.0", "", "", ""]
    # Ties and blanks keep name order, so the list does not jump about.
    assert names(model)[4:] == ["100% Fisk AS", "alfa Robotics AS", "Zeta Marine AS"]


def test_sorts_dates_and_milestones_by_value_not_by_text(model: CompanyTableModel) -> None:
    model.sort(M.COL_LAST_ASSESSED, Qt.SortOrder.AscendingOrder)
    assert column(model, M.COL_LAST_ASSESSED)[:2] == ["30 Nov 2025", "5 Jan 2026"]
    model.sort(M.COL_MILESTONES, Qt.SortOrder.DescendingOrder)
    assert column(model, M.COL_MILESTONES)[:2] == ["8 of 8", "3 of 8"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ø", ["Havbølge Sensorikk AS", "Ærfugl Miljø AS", "Østfold Fisk AS"]),
        ("Ø", ["Havbølge Sensorikk AS", "Ærfugl Miljø AS", "Østfold Fisk AS"]),
        ("øst", ["Østfold Fisk AS"]),
        ("ÆRFUGL", ["Ærfugl Miljø AS"]),
        ("%", ["100% Fisk AS"]),
        ("_", []),
        ("923 609", ["Havbølge Sensorikk AS"]),
        ("923609", ["Havbølge Sensorikk AS"]),
        ("cvr 384", ["alfa Robotics AS"]),
        ("seafood", ["100% Fisk AS", "Østfold Fisk AS"]),
        ("spring 2026", ["Ærfugl Miljø AS", "Østfold Fisk AS"]),
        ("kattegat", ["alfa Robotics AS"]),
        ("  zeta  ", ["Zeta Marine AS"]),
    ],
)
def test_filter_matches_any_column_literally(
    model: CompanyTableModel, typed: str, expected: list[str]
) -> None:
    model.set_filter_text(typed)
    assert names(model) == expected


def test_filter_does_not_match_across_two_columns(model: CompanyTableModel) -> None:
    # "...Sensorikk AS" followed by "923609016": the join between columns is not text.
    model.set_filter_text("as923")
    assert names(model) == []


def test_filter_restriction_and_sort_work_together(model: CompanyTableModel) -> None:
    model.set_only({1, 2, 3, 42})
    assert model.total_count() == 3
    model.set_filter_text("AS")
    model.sort(M.COL_READINESS, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Havbølge Sensorikk AS", "Østfold Fisk AS", "Zeta Marine AS"]
    assert model.row_of(3) == 2
    assert model.row_of(6) is None  # outside the restriction
    model.set_only(None)
    assert model.rowCount() == len(ROWS)


def test_new_rows_keep_the_filter_and_the_sort(model: CompanyTableModel) -> None:
    model.sort(M.COL_NAME, Qt.SortOrder.DescendingOrder)
    model.set_filter_text("fisk")
    model.set_rows([*ROWS, row(8, "Fiskeløs AS")])
    assert names(model) == ["Østfold Fisk AS", "Fiskeløs AS", "100% Fisk AS"]


def test_rows_read_again_keep_what_did_not_change_and_show_what_did(
    model: CompanyTableModel,
) -> None:
    model.sort(M.COL_READINESS, Qt.SortOrder.DescendingOrder)
    model.set_filter_text("as")
    before = model.prepared()
    renamed = row(3, "Zeta Subsea AS", sector="Subsea robotics")
    again = [r if r.id != 3 else renamed for r in ROWS if r.id != 7] + [row(8, "Fiskeløs AS")]
    prepared = M.prepare(again, before)
    # An unchanged row is the object shown already, with its search string: the list is
    # not held twice while it is read again.
    assert prepared.rows[0] is ROWS[0] and prepared.search[0] is before.search[0]
    assert prepared.rows[2] is renamed
    model.set_rows(prepared)
    assert names(model) == [
        "Ærfugl Miljø AS",
        "Havbølge Sensorikk AS",
        "Åsen Akva AS",
        "Østfold Fisk AS",
        "alfa Robotics AS",
        "Fiskeløs AS",
        "Zeta Subsea AS",
    ]
    model.set_filter_text("subsea")
    assert names(model) == ["Zeta Subsea AS"]
    assert model.row_of(7) is None and model.row_of(3) == 0
    model.sort(M.COL_NAME, Qt.SortOrder.AscendingOrder)
    model.set_filter_text("")
    assert names(model) == [
        "alfa Robotics AS",
        "Fiskeløs AS",
        "Havbølge Sensorikk AS",
        "Zeta Subsea AS",
        "Ærfugl Miljø AS",
        "Østfold Fisk AS",
        "Åsen Akva AS",
    ]


def test_contact_and_enrolment_models_pass_the_model_tester(
    qtmodeltester: ModelTester, services: Services, make: Factory
) -> None:
    company = make.company(name="Blåskjell Teknologi AS")
    services.companies.add_contact(company.id, ContactInput("Kari Nordmann", "CEO"))
    services.companies.add_contact(company.id, ContactInput("Ola Dunk", email="ola@x.example"))
    programme = make.programme()
    first = make.cohort(programme.id, name="Spring 2025", start_date=dt.date(2025, 1, 6))
    second = make.cohort(programme.id, name="Spring 2026")
    graduated = make.enrolment(first.id, company_id=company.id)
    services.enrolments.set_status(graduated.id, EnrolmentStatus.GRADUATED, on=dt.date(2025, 6, 20))
    make.enrolment(second.id, company_id=company.id)

    contacts = CompanyContactTableModel()
    contacts.set_rows(services.companies.get_company(company.id).contacts)
    qtmodeltester.check(contacts)
    assert contacts.rowCount() == 2
    enrolments = CompanyEnrolmentTableModel()
    enrolments.set_rows(services.enrolments.list_enrolments(company_id=company.id))
    qtmodeltester.check(enrolments)
    shown = [[enrolments.data(enrolments.index(r, c), DISPLAY) for c in range(4)] for r in range(2)]
    assert shown == [
        ["Spring 2025", programme.name, "6 Jan 2025", "Graduated 20 Jun 2025"],
        ["Spring 2026", programme.name, "5 Jan 2026", "Active"],
    ]
