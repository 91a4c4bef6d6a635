"""An organisation's needs and offers on its page, as a person uses them: the list (side,
category, summary, tags, status), a need and an offer added in the dialog with their tags
typed separated by commas, the service's refusal beside the field, a need changed, closed
and reopened. A viewer reads them and is offered none of it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import NeedCategory, NeedSide, NeedStatus, Role
from accelerator.services import Services
from accelerator.services.needs import NeedInput
from accelerator.services.records import CompanyRecord
from accelerator.services.users import UserInput, actor_of
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.need_dialogs import NeedDialog
from accelerator.ui.models.need_table import NeedTableModel
from accelerator.ui.operations import ChangeBus
from accelerator.ui.widgets.organisation_needs import OrganisationNeeds
from tests.factories import Factory
from tests.ui.test_companies_page import Navigator
from tests.ui.test_members_page import answer


@pytest.fixture(autouse=True)
def c_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


@pytest.fixture
def organisation(make: Factory) -> CompanyRecord:
    return make.company(name="Havbølge AS")


@pytest.fixture
def open_section(
    qtbot: QtBot, services: Services, organisation: CompanyRecord
) -> Callable[..., OrganisationNeeds]:
    def open_section(acting: Services | None = None) -> OrganisationNeeds:
        section = OrganisationNeeds(AppContext(acting or services, ChangeBus(), Navigator()))
        qtbot.addWidget(section)
        section.resize(900, 400)
        section.show()
        qtbot.waitExposed(section)
        section.set_organisation(organisation)
        return section

    return open_section


def rows(section: OrganisationNeeds) -> list[list[str]]:
    model = section.model
    return [
        [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_a_need_and_an_offer_are_added_with_their_tags(
    qtbot: QtBot,
    open_section: Callable[..., OrganisationNeeds],
    services: Services,
    organisation: CompanyRecord,
) -> None:
    section = open_section()
    assert section.empty_label.isVisible() and not section.view.isVisible()

    def need(dialog: QDialog) -> None:
        assert isinstance(dialog, NeedDialog)
        dialog.category_combo.setCurrentIndex(
            dialog.category_combo.findData(NeedCategory.TEST_SITE.value)
        )
        qtbot.keyClicks(dialog.summary_edit, "A test site at sea")
        qtbot.keyClicks(dialog.sector_edit, "Aquaculture")
        qtbot.keyClicks(dialog.technology_edit, "Sensors,  underwater drones")
        qtbot.keyClicks(dialog.market_edit, "Norway")
        qtbot.keyClick(dialog.market_edit, Qt.Key.Key_Return)

    failures = answer(need)
    qtbot.mouseClick(section.need_button, Qt.MouseButton.LeftButton)
    assert not failures

    def offer(dialog: QDialog) -> None:
        assert isinstance(dialog, NeedDialog)
        qtbot.keyClicks(dialog.summary_edit, "Pilots of feeding sensors")
        qtbot.keyClick(dialog.summary_edit, Qt.Key.Key_Return)

    failures = answer(offer)
    qtbot.mouseClick(section.offer_button, Qt.MouseButton.LeftButton)
    assert not failures

    stored = services.needs.list_needs(organisation_id=organisation.id)
    assert [(n.side, n.category, n.summary, n.tags) for n in stored] == [
        (
            NeedSide.NEED,
            NeedCategory.TEST_SITE,
            "A test site at sea",
            ("aquaculture", "sensors", "underwater drones", "norway"),
        ),
        (NeedSide.OFFER, NeedCategory.PILOT_CUSTOMER, "Pilots of feeding sensors", ()),
    ]
    assert section.view.isVisible() and not section.empty_label.isVisible()
    shown = rows(section)
    assert [r[NeedTableModel.COL_SIDE] for r in shown] == ["Need", "Offer"]
    assert shown[0][NeedTableModel.COL_SUMMARY] == "A test site at sea"
    assert "underwater drones" in shown[0][NeedTableModel.COL_TAGS]
    assert [r[NeedTableModel.COL_STATUS] for r in shown] == ["Open", "Open"]


def test_an_empty_summary_is_refused_beside_its_field(
    qtbot: QtBot, open_section: Callable[..., OrganisationNeeds], services: Services
) -> None:
    section = open_section()
    said: list[str] = []

    def empty(dialog: QDialog) -> None:
        assert isinstance(dialog, NeedDialog)
        qtbot.keyClick(dialog.summary_edit, Qt.Key.Key_Return)
        assert dialog.isVisible()
        said.append(dialog.summary_error.text())
        dialog.reject()

    failures = answer(empty)
    qtbot.mouseClick(section.need_button, Qt.MouseButton.LeftButton)
    assert not failures
    assert said and said[0]
    assert services.needs.list_needs() == []


def test_a_need_is_changed_closed_and_reopened(
    qtbot: QtBot,
    open_section: Callable[..., OrganisationNeeds],
    services: Services,
    organisation: CompanyRecord,
) -> None:
    need = services.needs.create_need(
        NeedInput(organisation.id, NeedSide.NEED, NeedCategory.CAPITAL, "Seed money")
    )
    section = open_section()
    assert section.view.select(need.id)

    def change(dialog: QDialog) -> None:
        assert isinstance(dialog, NeedDialog)
        assert dialog.summary_edit.text() == "Seed money"
        dialog.summary_edit.setText("Seed money for a pilot")
        qtbot.keyClick(dialog.summary_edit, Qt.Key.Key_Return)

    failures = answer(change)
    qtbot.keyClick(section.view, Qt.Key.Key_Return)  # Enter on the row edits it
    assert not failures
    assert services.needs.get_need(need.id).summary == "Seed money for a pilot"

    assert section.close_button.text() == "Close"
    qtbot.mouseClick(section.close_button, Qt.MouseButton.LeftButton)
    assert services.needs.get_need(need.id).status is NeedStatus.CLOSED
    assert rows(section)[0][NeedTableModel.COL_STATUS] == "Closed"
    assert section.close_button.text() == "Reopen"
    qtbot.mouseClick(section.close_button, Qt.MouseButton.LeftButton)
    assert services.needs.get_need(need.id).status is NeedStatus.OPEN
    assert section.close_button.text() == "Close"


def test_a_viewer_reads_the_needs_and_is_offered_nothing(
    open_section: Callable[..., OrganisationNeeds],
    services: Services,
    organisation: CompanyRecord,
) -> None:
    services.needs.create_need(
        NeedInput(organisation.id, NeedSide.OFFER, NeedCategory.COMPETENCE, "Sea trials")
    )
    viewer = services.users.create_user(UserInput("vera", "Vera", Role.VIEWER, password="x" * 12))
    section = open_section(services.acting_as(actor_of(viewer)))
    assert [r[NeedTableModel.COL_SUMMARY] for r in rows(section)] == ["Sea trials"]
    for button in (
        section.need_button,
        section.offer_button,
        section.edit_button,
        section.close_button,
    ):
        assert not button.isVisible()
