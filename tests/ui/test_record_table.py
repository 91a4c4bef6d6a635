"""Every list in the window is a ``RecordTable`` from the kit, so every list answers a
person alike: a click chooses a whole row, one at a time, and edits nothing; Enter or a
double-click opens the chosen record (a single click never does, whatever the desktop's
setting); a click on a header sorts and the chosen record stays chosen; a right click
chooses the row under the pointer and opens its menu."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMenu,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)
from pytestqt.qtbot import QtBot

from accelerator.services import Services
from accelerator.ui.context import AppContext
from accelerator.ui.kit import RecordTable
from accelerator.ui.models.table import ColumnSpec, RecordTableModel
from accelerator.ui.operations import ChangeBus
from accelerator.ui.pages.companies import CompaniesPage
from tests.factories import Factory
from tests.ui.test_companies_page import Navigator

LEFT = Qt.MouseButton.LeftButton


@dataclass(frozen=True)
class Boat:
    id: int
    name: str
    port: str


BOATS = [
    Boat(1, "Øyfisk", "Ålesund"),
    Boat(2, "Blåskjell", "Bergen"),
    Boat(3, "Ærfugl", "Tromsø"),
    Boat(4, "Aurora", "Bodø"),
]


class BoatModel(RecordTableModel[Boat]):
    COL_NAME, COL_PORT = range(2)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ColumnSpec("Boat", lambda b: b.name),
            ColumnSpec("Home port", lambda b: b.port),
        )


@pytest.fixture
def table(qtbot: QtBot) -> RecordTable[Boat]:
    model = BoatModel()
    model.set_rows(BOATS)
    view = RecordTable(model, stretch=(BoatModel.COL_PORT,))
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def _cell(view: RecordTable[Boat], row: int, column: int) -> QPoint:
    return view.visualRect(view.records.index(row, column)).center()


def _names(view: RecordTable[Boat]) -> list[str]:
    return [b.name for b in view.records.rows()]


def test_a_click_chooses_the_whole_row_and_only_that_row(
    qtbot: QtBot, table: RecordTable[Boat]
) -> None:
    qtbot.mouseClick(table.viewport(), LEFT, pos=_cell(table, 2, BoatModel.COL_PORT))
    assert [i.row() for i in table.selectionModel().selectedRows()] == [2]
    assert table.selectionModel().isRowSelected(2)
    assert table.selected() == BOATS[2]
    qtbot.mouseClick(
        table.viewport(),
        LEFT,
        Qt.KeyboardModifier.ControlModifier,
        pos=_cell(table, 0, BoatModel.COL_NAME),
    )
    assert [i.row() for i in table.selectionModel().selectedRows()] == [0]
    assert table.selected() == BOATS[0]


def test_enter_and_a_double_click_open_the_chosen_record_and_edit_nothing(
    qtbot: QtBot, table: RecordTable[Boat]
) -> None:
    opened: list[Boat | None] = []
    table.opened.connect(lambda: opened.append(table.selected()))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == []  # nothing chosen yet: nothing to open

    # A double click as Qt sees it: a click, then a second press within the interval.
    point = _cell(table, 1, BoatModel.COL_NAME)
    qtbot.mouseClick(table.viewport(), LEFT, pos=point)
    assert opened == []  # one click only chooses
    qtbot.mouseDClick(table.viewport(), LEFT, pos=point)
    assert table.state() != QAbstractItemView.State.EditingState
    assert opened == [BOATS[1]]
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.keyClick(table, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert opened == [BOATS[1], BOATS[2], BOATS[2]]
    assert table.records.rows() == BOATS  # nothing was edited


def test_a_header_click_sorts_in_norwegian_order_and_keeps_the_choice(
    qtbot: QtBot, table: RecordTable[Boat]
) -> None:
    table.setSortingEnabled(True)
    table.select(3)  # Ærfugl
    header = table.horizontalHeader()
    name_header = QPoint(header.sectionPosition(BoatModel.COL_NAME) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), LEFT, pos=name_header)
    assert _names(table) == ["Aurora", "Blåskjell", "Ærfugl", "Øyfisk"]
    assert table.selected() == BOATS[2]
    qtbot.mouseClick(header.viewport(), LEFT, pos=name_header)
    assert _names(table) == ["Øyfisk", "Ærfugl", "Blåskjell", "Aurora"]
    assert table.selected() == BOATS[2]


def test_a_list_can_start_sorted(qtbot: QtBot) -> None:
    model = BoatModel()
    view = RecordTable(model, sort_by=(BoatModel.COL_PORT, Qt.SortOrder.DescendingOrder))
    qtbot.addWidget(view)
    model.set_rows(BOATS)
    assert [b.port for b in model.rows()] == ["Ålesund", "Tromsø", "Bodø", "Bergen"]


def test_select_finds_a_record_by_its_key(table: RecordTable[Boat]) -> None:
    assert table.select(4)
    assert table.selected() == BOATS[3]
    assert table.currentIndex().row() == 3  # the keyboard carries on from there
    assert not table.select(99)
    assert table.selected() == BOATS[3]


def test_a_right_click_chooses_the_row_under_the_pointer_and_opens_its_menu(
    qtbot: QtBot,
) -> None:
    shown: list[Boat | None] = []
    model = BoatModel()
    model.set_rows(BOATS)

    def menu() -> QMenu:
        shown.append(view.selected())
        made = QMenu(view)
        made.addAction("Sail")
        QTimer.singleShot(0, made.close)  # the person closes it again
        return made

    view = RecordTable(model, menu=menu)
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    for _ in range(3):
        view.customContextMenuRequested.emit(_cell(view, 2, BoatModel.COL_PORT))
    assert shown == [BOATS[2]] * 3
    # Each menu goes once it is closed, instead of piling up under the table.
    qtbot.waitUntil(lambda: not view.findChildren(QMenu))


def test_a_table_is_as_tall_as_its_rows(qtbot: QtBot, table: RecordTable[Boat]) -> None:
    row = table.rowHeight(0)
    chrome = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    table.fit_to_rows()
    assert table.height() == chrome + 4 * row
    table.fit_to_rows(2)
    assert table.height() == chrome + 2 * row + row // 2  # half a row: there is more


# --- on a desktop that opens things on a single click -------------------------------------


class SingleClickDesktop(QProxyStyle):
    """What KDE's "single click opens files" setting tells Qt."""

    def styleHint(  # noqa: N802 (Qt's name)
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returned: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick:
            return 1
        return super().styleHint(hint, option, widget, returned)


@pytest.fixture
def single_click_desktop() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.style().name()
    app.setStyle(SingleClickDesktop(before))
    yield
    app.setStyle(before)


def test_a_click_in_the_company_list_chooses_a_company_without_opening_it(
    qtbot: QtBot, services: Services, make: Factory, single_click_desktop: None
) -> None:
    """Choosing a company to see it highlighted, then pressing Enter, is how the list is
    used; on a single-click desktop a click used to open the company page at once."""
    havbris = make.company(name="Havbris AS")
    make.company(name="Blåskjell AS")
    navigator = Navigator()
    page = CompaniesPage(AppContext(services, ChangeBus(), navigator))
    qtbot.addWidget(page)
    page.resize(1070, 740)
    page.show()
    qtbot.waitExposed(page)
    row = page.model.row_of(havbris.id)
    assert row is not None
    cell = page.table.visualRect(page.model.index(row, 0)).center()
    qtbot.mouseClick(page.table.viewport(), LEFT, pos=cell)
    assert page.selected_company_id() == havbris.id
    assert not page.showing_company()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.showing_company() and page.profile.company_id == havbris.id


@dataclass(frozen=True)
class Voyage:
    id: int
    title: str
    day: str
    port: str


class VoyageModel(RecordTableModel[Voyage]):
    COL_TITLE, COL_DAY, COL_PORT = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ColumnSpec("Voyage", lambda v: v.title),
            ColumnSpec("Day", lambda v: v.day),
            ColumnSpec("Port", lambda v: v.port),
        )


def test_weighted_columns_share_the_spare_width_and_keep_sharing_it_when_resized(
    qtbot: QtBot,
) -> None:
    model = VoyageModel()
    model.set_rows([Voyage(1, "Sea trials of the autonomous feed barge", "14 Jul", "Ålesund")])
    view = RecordTable(model, stretch={VoyageModel.COL_TITLE: 2, VoyageModel.COL_PORT: 1})
    qtbot.addWidget(view)
    view.resize(600, 200)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()

    def widths() -> tuple[int, int, int]:
        return (header.sectionSize(0), header.sectionSize(1), header.sectionSize(2))

    for width in (600, 900, 480):
        view.resize(width, 200)
        qtbot.wait(1)
        title, day, port = widths()
        assert title + day + port == view.viewport().width()  # no gap, no scroll bar
        assert abs(title - 2 * port) <= 2  # the title has twice the port's room
        assert day >= header.sectionSizeFromContents(1).width()  # the day shows whole
    # A longer day leaves less to share out, still two to one.
    model.set_rows([Voyage(1, "Sea trials", "14 July 2026, 09:00 – 15 July 2026, 17:00", "Bodø")])
    qtbot.wait(1)
    title, day, port = widths()
    assert title + day + port == view.viewport().width()
    assert abs(title - 2 * port) <= 2
