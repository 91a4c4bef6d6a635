"""An organisation's joint projects on its page, over the demo: each with its role, where
it stands, its years and whether it joins clusters, its details in a tooltip; Enter opens
it on the Projects page. Under a company's enrolment, the projects it started or joined
during it (the outcome of the programme), a click on one opening it too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import PartnerRole
from accelerator.services import Services
from accelerator.services.projects import PartnerInput, ProjectInput
from accelerator.ui.context import AppContext
from accelerator.ui.models.organisation_project_table import OrganisationProjectModel
from accelerator.ui.operations import ChangeBus, Data
from accelerator.ui.widgets.company_profile import CompanyProfile
from tests.ui.test_companies_page import Navigator


@pytest.fixture(autouse=True)
def c_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


class _ProjectsPage:
    def __init__(self) -> None:
        self.opened: list[int] = []

    def open_project(self, project_id: int) -> bool:
        self.opened.append(project_id)
        return True


class _Window(QWidget):
    """Stands in for the main window: a Projects page that records what it was asked to
    open."""

    def __init__(self) -> None:
        super().__init__()
        self.projects = _ProjectsPage()
        self.pages = {"projects": self.projects}
        self.went: list[str] = []

    def go(self, key: str) -> object:
        self.went.append(key)
        return self.pages[key]


@pytest.fixture
def window(qtbot: QtBot, demo: Services) -> _Window:
    shown = _Window()
    qtbot.addWidget(shown)
    box = QVBoxLayout(shown)
    shown.profile = CompanyProfile(  # type: ignore[attr-defined]
        AppContext(demo, ChangeBus(), Navigator()), shown
    )
    box.addWidget(shown.profile)  # type: ignore[attr-defined]
    shown.resize(1280, 900)
    shown.show()
    return shown


def _organisation(services: Services, name: str) -> int:
    return next(c.id for c in services.companies.list_companies() if c.name == name)


def _rows(model: OrganisationProjectModel) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_an_organisations_projects_are_listed_with_its_part(
    window: _Window, demo: Services
) -> None:
    profile: CompanyProfile = window.profile  # type: ignore[attr-defined]
    assert profile.set_company(_organisation(demo, "Isbre Kuldeteknikk AS"))
    section = profile.projects
    cold_chain = next(
        r for r in demo.projects.list_projects() if r.title == "Cold chain for fresh fish to Asia"
    )
    rows = _rows(section.model)
    assert [
        "Cold chain for fresh fish to Asia",
        "Lead",
        "Running",
        f"{cold_chain.start_on.year}–{cold_chain.end_on.year}",  # type: ignore[union-attr]
        "Yes",
    ] in rows
    row = next(i for i, r in enumerate(rows) if r[0] == cold_chain.title)
    details = section.model.index(row, OrganisationProjectModel.COL_TITLE).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert "Lead: Isbre Kuldeteknikk AS" in details
    assert "Across clusters:" in details and "Sjømatklyngen Nord, Tromsø" in details
    across = section.model.index(row, OrganisationProjectModel.COL_ACROSS)
    assert len(across.data(Qt.ItemDataRole.ToolTipRole).splitlines()) == 3
    assert section.view.isVisible() and not section.empty_label.isVisible()


def test_enter_on_a_project_opens_it_on_the_projects_page(
    qtbot: QtBot, window: _Window, demo: Services
) -> None:
    profile: CompanyProfile = window.profile  # type: ignore[attr-defined]
    profile.set_company(_organisation(demo, "Dypvann Robotikk AS"))
    section = profile.projects
    assert section.model.rowCount() == 2
    section.view.setFocus()
    section.view.selectRow(1)
    chosen = section.selected()
    assert chosen is not None
    qtbot.keyClick(section.view, Qt.Key.Key_Return)
    assert window.went == ["projects"]
    assert window.projects.opened == [chosen.project.id]


def test_an_organisation_without_projects_says_where_they_come_from(
    window: _Window, demo: Services
) -> None:
    profile: CompanyProfile = window.profile  # type: ignore[attr-defined]
    partners = {
        p.organisation_id
        for r in demo.projects.list_projects()
        for p in demo.projects.get_project(r.id).partners
    }
    alone = next(c.id for c in demo.companies.list_companies() if c.id not in partners)
    profile.set_company(alone)
    assert not profile.projects.view.isVisible()
    assert "Projects page" in profile.projects.empty_label.text()


def test_the_enrolment_shows_the_projects_that_came_of_it(
    qtbot: QtBot, window: _Window, demo: Services
) -> None:
    profile: CompanyProfile = window.profile  # type: ignore[attr-defined]
    dypvann = _organisation(demo, "Dypvann Robotikk AS")
    profile.set_company(dypvann)
    outcome = profile.enrolments.projects
    text = outcome.list_label.text()
    # The drone pilot after the matchmaking day, not the drone applied for before it joined.
    assert "Drone pilot on two fish farms" in text
    assert "Subsea inspection drone" not in text
    assert "Lead, Running" in text
    pilot = outcome.projects[0].project.id
    outcome.list_label.linkActivated.emit(f"project:{pilot}")
    assert window.projects.opened == [pilot]

    # A project joined now, recorded elsewhere, shows at once.
    project = demo.projects.create_project(
        ProjectInput("Net inspection with sonar", start_on=dt.date.today())
    )
    demo.projects.add_partner(project.id, PartnerInput(dypvann, PartnerRole.PARTNER))
    outcome.context.bus.announce({Data.PROJECTS})
    assert "Net inspection with sonar" in outcome.list_label.text()
    assert profile.projects.model.rowCount() == 3


def test_an_enrolment_with_no_project_says_none_yet(window: _Window, demo: Services) -> None:
    profile: CompanyProfile = window.profile  # type: ignore[attr-defined]
    partners = {
        p.organisation_id
        for r in demo.projects.list_projects()
        for p in demo.projects.get_project(r.id).partners
    }
    enrolled = next(
        e.company_id for e in demo.enrolments.list_enrolments() if e.company_id not in partners
    )
    profile.set_company(enrolled)
    assert profile.enrolments.projects.list_label.text() == "None yet"
