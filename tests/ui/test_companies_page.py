"""The company list as a coordinator uses it: type to filter, click a header to sort,
open a company, follow a link from the dashboard, add a company."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import accelerator.ui.pages.companies as companies_page
from accelerator.services import Services
from accelerator.services.overview import CompanyRow, OverviewService
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.company_dialog import CompanyDialog
from accelerator.ui.models.company_table import CompanyTableModel
from accelerator.ui.operations import ChangeBus, Data
from accelerator.ui.pages.companies import CompaniesPage
from tests.factories import Factory, org_number

M = CompanyTableModel


class Navigator:
    """Stands in for the main window; records where pages asked to go."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []

    def open_company(self, company_id: int, enrolment_id: int | None = None) -> None:
        self.calls.append(("company", (company_id, enrolment_id)))

    def open_cohort(self, cohort_id: int) -> None:
        self.calls.append(("cohort", cohort_id))

    def open_dashboard(self, cohort_id: int | None = None) -> None:
        self.calls.append(("dashboard", cohort_id))

    def show_companies(self, company_ids: Iterable[int] | None, label: str = "") -> None:
        self.calls.append(("companies", label))


@pytest.fixture(autouse=True)
def c_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


@pytest.fixture
def open_page(qtbot: QtBot, services: Services) -> Callable[[], CompaniesPage]:
    def open_page() -> CompaniesPage:
        page = CompaniesPage(AppContext(services, ChangeBus(), Navigator()))
        qtbot.addWidget(page)
        page.resize(1070, 740)
        page.show()
        qtbot.waitExposed(page)
        return page

    return open_page


@pytest.fixture
def companies(make: Factory) -> dict[str, int]:
    made = {
        "Havbølge Sensorikk AS": make.company(
            name="Havbølge Sensorikk AS", sector="Marine sensors", home_cluster="Vestkyst"
        ),
        "Østfold Fisk AS": make.company(name="Østfold Fisk AS", sector="Seafood"),
        "100% Fisk AS": make.company(name="100% Fisk AS", sector="Seafood"),
        "Zeta Marine AS": make.company(name="Zeta Marine AS", sector="Subsea robotics"),
        "Ærfugl Miljø AS": make.company(name="Ærfugl Miljø AS", sector="Environment"),
    }
    return {name: record.id for name, record in made.items()}


def shown(page: CompaniesPage, col: int = M.COL_NAME) -> list[str]:
    model = page.model
    return [
        model.data(model.index(r, col), Qt.ItemDataRole.DisplayRole)
        for r in range(model.rowCount())
    ]


def type_filter(qtbot: QtBot, page: CompaniesPage, text: str, expected_rows: int) -> None:
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, text)
    qtbot.waitUntil(lambda: page.model.rowCount() == expected_rows, timeout=2000)


def click_header(qtbot: QtBot, page: CompaniesPage, col: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def test_lists_every_company_with_a_count(
    open_page: Callable[[], CompaniesPage], companies: dict[str, int]
) -> None:
    page = open_page()
    assert sorted(shown(page)) == sorted(companies)
    assert page.count_label.text() == "5 companies"
    assert not page.banner.isVisible()
    assert page.table.isVisible()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ø", ["Havbølge Sensorikk AS", "Ærfugl Miljø AS", "Østfold Fisk AS"]),
        ("Ø", ["Havbølge Sensorikk AS", "Ærfugl Miljø AS", "Østfold Fisk AS"]),
        ("østf", ["Østfold Fisk AS"]),
        ("%", ["100% Fisk AS"]),
        ("SEAFOOD", ["100% Fisk AS", "Østfold Fisk AS"]),
    ],
)
def test_typing_filters_the_list(
    qtbot: QtBot,
    open_page: Callable[[], CompaniesPage],
    companies: dict[str, int],
    typed: str,
    expected: list[str],
) -> None:
    page = open_page()
    type_filter(qtbot, page, typed, len(expected))
    assert shown(page) == expected
    assert page.count_label.text() == f"{len(expected)} of 5 companies match"


def test_a_filter_that_matches_nothing_says_so_and_escape_clears_it(
    qtbot: QtBot, open_page: Callable[[], CompaniesPage], companies: dict[str, int]
) -> None:
    page = open_page()
    type_filter(qtbot, page, "xyz", 0)
    assert page.empty_label.isVisible() and not page.table.isVisible()
    assert "No company matches “xyz”." in page.empty_label.text()
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Escape)
    assert page.filter_edit.text() == ""
    assert page.model.rowCount() == 5
    assert page.table.isVisible()


def test_an_empty_database_explains_how_to_begin(
    open_page: Callable[[], CompaniesPage],
) -> None:
    page = open_page()
    assert page.empty_label.isVisible()
    assert "No companies yet. Add one with" in page.empty_label.text()
    assert "load the demo programme" in page.empty_label.text()
    assert page.count_label.text() == "0 companies"


def test_clicking_a_header_sorts_and_clicking_again_reverses(
    qtbot: QtBot, open_page: Callable[[], CompaniesPage], companies: dict[str, int]
) -> None:
    page = open_page()
    assert shown(page) == [
        "100% Fisk AS",
        "Havbølge Sensorikk AS",
        "Zeta Marine AS",
        "Ærfugl Miljø AS",
        "Østfold Fisk AS",
    ]
    click_header(qtbot, page, M.COL_SECTOR)
    assert shown(page, M.COL_SECTOR) == [
        "Environment",
        "Marine sensors",
        "Seafood",
        "Seafood",
        "Subsea robotics",
    ]
    click_header(qtbot, page, M.COL_SECTOR)
    assert shown(page, M.COL_SECTOR) == [
        "Subsea robotics",
        "Seafood",
        "Seafood",
        "Marine sensors",
        "Environment",
    ]
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == M.COL_SECTOR
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_the_selection_survives_filtering(
    qtbot: QtBot, open_page: Callable[[], CompaniesPage], companies: dict[str, int]
) -> None:
    page = open_page()
    page.select_company(companies["Østfold Fisk AS"])
    type_filter(qtbot, page, "fisk", 2)
    assert page.selected_company_id() == companies["Østfold Fisk AS"]


def test_enter_and_double_click_open_the_company_page(
    qtbot: QtBot, open_page: Callable[[], CompaniesPage], companies: dict[str, int]
) -> None:
    page = open_page()
    page.select_company(companies["Zeta Marine AS"])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.showing_company()
    assert page.profile.title_label.text() == "Zeta Marine AS"
    qtbot.mouseClick(page.profile.back_button, Qt.MouseButton.LeftButton)
    assert not page.showing_company()
    assert page.selected_company_id() == companies["Zeta Marine AS"]

    row = page.model.row_of(companies["Østfold Fisk AS"])
    assert row is not None
    rect = page.table.visualRect(page.model.index(row, M.COL_SECTOR))
    # A double click as Qt sees it: a click, then a second press within the interval.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.showing_company()
    assert page.profile.title_label.text() == "Østfold Fisk AS"


def test_enter_in_the_filter_opens_the_only_match(
    qtbot: QtBot, open_page: Callable[[], CompaniesPage], companies: dict[str, int]
) -> None:
    page = open_page()
    type_filter(qtbot, page, "zeta", 1)
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Return)
    assert page.showing_company()
    assert page.profile.company_id == companies["Zeta Marine AS"]


def test_show_only_says_why_and_show_all_clears_it(
    qtbot: QtBot, open_page: Callable[[], CompaniesPage], companies: dict[str, int]
) -> None:
    page = open_page()
    wanted = {companies["Zeta Marine AS"], companies["Østfold Fisk AS"]}
    page.show_only(wanted, "at risk in Autumn 2026")
    assert page.banner.isVisible()
    assert page.banner_label.text() == "Showing 2 companies: at risk in Autumn 2026"
    assert shown(page) == ["Zeta Marine AS", "Østfold Fisk AS"]
    assert page.count_label.text() == "2 companies"
    type_filter(qtbot, page, "zeta", 1)
    assert page.count_label.text() == "1 of 2 companies match"
    type_filter(qtbot, page, "havbølge", 0)
    assert "None of the companies shown matches" in page.empty_label.text()

    qtbot.mouseClick(page.show_all_button, Qt.MouseButton.LeftButton)
    assert not page.banner.isVisible()
    assert shown(page) == ["Havbølge Sensorikk AS"]  # the typed filter stays
    page.filter_edit.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=2000)


def test_show_only_leaves_an_open_company_page(
    qtbot: QtBot, open_page: Callable[[], CompaniesPage], companies: dict[str, int]
) -> None:
    page = open_page()
    page.open_company(companies["Zeta Marine AS"])
    page.show_only({companies["Østfold Fisk AS"]}, "with a gap flag")
    assert not page.showing_company()
    assert page.banner_label.text() == "Showing 1 company: with a gap flag"


def _when_dialog_opens(act: Callable[[CompanyDialog], None]) -> list[BaseException]:
    """Run ``act`` on the New company dialog once it is shown; a failure closes it (so the
    test does not hang in its event loop) and is handed back."""
    failures: list[BaseException] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CompanyDialog):
            QTimer.singleShot(10, run)
            return
        try:
            act(dialog)
        except BaseException as error:  # handed to the test, which re-raises it
            failures.append(error)
            dialog.reject()

    QTimer.singleShot(0, run)
    return failures


def test_new_company_refuses_a_wrong_org_number_beside_the_field(
    qtbot: QtBot,
    open_page: Callable[[], CompaniesPage],
    companies: dict[str, int],
    services: Services,
) -> None:
    page = open_page()
    before = len(services.companies.list_companies())
    seen: dict[str, object] = {}

    def fill(dialog: CompanyDialog) -> None:
        form = dialog.form
        completer = form.sector_edit.completer()
        seen["sectors"] = completer.model().stringList()  # type: ignore[attr-defined]
        qtbot.keyClicks(form.name_edit, "Kystlys Sensor AS")
        qtbot.keyClicks(form.org_number_edit, "923609017")  # wrong check digit
        qtbot.keyClicks(form.sector_edit, "Marine sensors")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        error = form.error_labels["org_number"]
        seen["error"] = error.text() if error.isVisibleTo(dialog) else None
        seen["others"] = [f for f, e in form.error_labels.items() if e.isVisibleTo(dialog)]
        seen["saved"] = len(services.companies.list_companies())
        seen["open"] = dialog.isVisible()
        form.org_number_edit.clear()
        qtbot.keyClicks(form.org_number_edit, "923 609 016")
        seen["cleared"] = not error.isVisibleTo(dialog)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    failures = _when_dialog_opens(fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    if failures:
        raise failures[0]
    assert seen["error"] == "'923609017' has a wrong check digit; please check the number"
    assert seen["others"] == ["org_number"]
    assert seen["saved"] == before and seen["open"] is True
    assert seen["cleared"] is True
    # The sector field offers the sectors already in use, each once.
    assert seen["sectors"] == ["Environment", "Marine sensors", "Seafood", "Subsea robotics"]
    created = services.companies.by_org_number("923609016")
    assert created is not None and created.name == "Kystlys Sensor AS"
    assert page.selected_company_id() == created.id
    assert "Kystlys Sensor AS" in shown(page)
    assert page.count_label.text() == "6 companies"


def test_a_new_company_hidden_by_the_filter_is_shown_anyway(
    qtbot: QtBot, open_page: Callable[[], CompaniesPage], companies: dict[str, int]
) -> None:
    page = open_page()
    type_filter(qtbot, page, "zeta", 1)

    def fill(dialog: CompanyDialog) -> None:
        qtbot.keyClicks(dialog.form.name_edit, "Kystlys AS")
        qtbot.keyClicks(dialog.form.org_number_edit, org_number(500))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    failures = _when_dialog_opens(fill)
    page.new_company()
    if failures:
        raise failures[0]
    assert page.filter_edit.text() == ""
    selected = page.selected_company_id()
    assert selected is not None
    assert page.model.rows()[page.table.currentIndex().row()].name == "Kystlys AS"


def test_cancelling_the_new_company_dialog_adds_nothing(
    qtbot: QtBot,
    open_page: Callable[[], CompaniesPage],
    companies: dict[str, int],
    services: Services,
) -> None:
    page = open_page()

    def cancel(dialog: CompanyDialog) -> None:
        qtbot.keyClicks(dialog.form.name_edit, "Never Saved AS")
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    failures = _when_dialog_opens(cancel)
    page.new_company()
    if failures:
        raise failures[0]
    assert len(services.companies.list_companies()) == 5
    assert "Never Saved AS" not in shown(page)


def test_leaving_an_edited_company_asks_first(
    qtbot: QtBot,
    open_page: Callable[[], CompaniesPage],
    companies: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_page()
    page.open_company(companies["Zeta Marine AS"])
    page.profile.form.sector_edit.clear()
    qtbot.keyClicks(page.profile.form.sector_edit, "Subsea inspection")
    assert page.has_unsaved_changes()

    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(page.profile.back_button, Qt.MouseButton.LeftButton)
    assert page.showing_company()  # cancelled: the edits are still there
    assert page.profile.form.sector_edit.text() == "Subsea inspection"
    page.open_company(companies["Østfold Fisk AS"])  # discard
    assert page.profile.title_label.text() == "Østfold Fisk AS"
    assert not page.has_unsaved_changes()
    assert len(asked) == 2 and "Zeta Marine AS" in asked[0]
    page.open_company(companies["Zeta Marine AS"])
    assert page.profile.form.sector_edit.text() == "Subsea robotics"


def test_a_big_list_is_read_again_in_the_background(
    qtbot: QtBot,
    open_page: Callable[[], CompaniesPage],
    companies: dict[str, int],
    services: Services,
    make: Factory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(companies_page, "BACKGROUND_REFRESH_ROWS", 0)
    page = open_page()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=5000)
    assert page.model.rowCount() == 5
    page.select_company(companies["Zeta Marine AS"])

    added = make.company(name="Havørn Digital AS")
    page.context.bus.announce([Data.COMPANIES])
    assert page.is_loading()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=5000)
    assert "Havørn Digital AS" in shown(page)
    assert page.count_label.text() == "6 companies"
    assert page.selected_company_id() == companies["Zeta Marine AS"]
    assert added.id in {company.id for company in page.model.rows()[:6]}


def test_a_big_list_shows_its_first_companies_at_once_and_the_rest_once_read(
    qtbot: QtBot,
    open_page: Callable[[], CompaniesPage],
    companies: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(companies_page, "BACKGROUND_REFRESH_ROWS", 0)
    monkeypatch.setattr(companies_page, "FIRST_ROWS", 2)
    go_on = threading.Event()
    read = OverviewService.company_row_batches

    def held(self: OverviewService, **kwargs: int) -> Iterator[list[CompanyRow]]:
        go_on.wait(10)  # the rest is still being read
        yield from read(self, **kwargs)

    monkeypatch.setattr(OverviewService, "company_row_batches", held)
    page = open_page()
    assert shown(page) == ["100% Fisk AS", "Havbølge Sensorikk AS"]
    assert page.is_loading()
    assert page.count_label.text() == "Loading companies…"

    # Filtered and sorted meanwhile: the whole list is, once it is in.
    type_filter(qtbot, page, "fisk", 1)
    click_header(qtbot, page, M.COL_NAME)  # descending
    assert shown(page) == ["100% Fisk AS"]
    go_on.set()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=5000)
    assert shown(page) == ["Østfold Fisk AS", "100% Fisk AS"]
    assert page.count_label.text() == "2 of 5 companies match"
    page.filter_edit.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=2000)
    assert shown(page) == [
        "Østfold Fisk AS",
        "Ærfugl Miljø AS",
        "Zeta Marine AS",
        "Havbølge Sensorikk AS",
        "100% Fisk AS",
    ]
