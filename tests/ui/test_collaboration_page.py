"""The Collaboration map page over the demo: the network of the joint projects chosen by
year, cluster and status; a click on an organisation opens its page, on a cluster shows
only that cluster's projects; a project recorded elsewhere shows at once, the rest of the
map staying where it was."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import PartnerRole, ProjectStatus
from accelerator.services import Services
from accelerator.services.projects import PartnerInput, ProjectInput
from accelerator.ui.context import AppContext
from accelerator.ui.operations import ChangeBus, Data
from accelerator.ui.pages.collaboration import CollaborationPage
from tests.factories import Factory
from tests.ui.test_companies_page import Navigator


@pytest.fixture(autouse=True)
def c_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


@pytest.fixture
def navigator() -> Navigator:
    return Navigator()


@pytest.fixture
def page(qtbot: QtBot, demo: Services, navigator: Navigator) -> CollaborationPage:
    shown = CollaborationPage(AppContext(demo, ChangeBus(), navigator))
    qtbot.addWidget(shown)
    shown.resize(1100, 760)
    with qtbot.waitSignal(shown.map.mapShown, timeout=10_000):
        shown.show()
    return shown


def _names(page: CollaborationPage) -> set[str]:
    """The names on the map (organisations' and clusters')."""
    scene = page.map.scene()
    assert scene is not None
    return {n.label for n in scene.nodes}


def _partners(services: Services, **chosen: object) -> set[str]:
    """The partners of the projects ``list_projects`` chooses, by name."""
    return {
        p.organisation_name
        for row in services.projects.list_projects(**chosen)  # type: ignore[arg-type]
        for p in services.projects.get_project(row.id).partners
    }


def _choose(qtbot: QtBot, page: CollaborationPage, combo_name: str, data: object) -> None:
    combo = getattr(page, combo_name)
    index = combo.findData(data)
    assert index >= 0, data
    with qtbot.waitSignal(page.map.mapShown, timeout=10_000):
        combo.setCurrentIndex(index)


def _where(page: CollaborationPage, name: str) -> QPoint:
    scene = page.map.scene()
    assert scene is not None
    node = next(n for n in scene.nodes if n.label == name)
    return page.map.widget_point(node.x, node.y).toPoint()


def test_the_map_shows_every_project_partner_and_cluster(
    page: CollaborationPage, demo: Services
) -> None:
    names = _names(page)
    assert _partners(demo) <= names
    clusters = {c.name for c in demo.clusters.list_clusters()}
    assert "Sjømatklyngen Nord, Tromsø" in names & clusters
    organisations = len(names - clusters)
    assert page.count_label.text() == (
        f"{organisations} organisations · {len(names & clusters)} clusters"
    )
    assert page.year_combo.currentText() == "Every year"
    # The legend has its band; the page says how to move about.
    assert page.map.map_area().height() < page.map.height()
    assert "Ctrl+0" in page.hint_label.text()


def test_the_filters_choose_the_projects(
    qtbot: QtBot, page: CollaborationPage, demo: Services
) -> None:
    _choose(qtbot, page, "status_combo", ProjectStatus.REJECTED.value)
    rejected = _partners(demo, status=ProjectStatus.REJECTED)
    assert rejected
    assert _names(page) - rejected == {"Vestkyst Ocean Technology Cluster, Bergen"}

    _choose(qtbot, page, "status_combo", None)
    year = dt.date.today().year - 2
    _choose(qtbot, page, "year_combo", year)
    clusters = {c.name for c in demo.clusters.list_clusters()}
    assert _names(page) - clusters == _partners(demo, year=year) != _partners(demo) - clusters


def test_a_click_on_an_organisation_opens_it(
    page: CollaborationPage, demo: Services, navigator: Navigator
) -> None:
    lead = demo.projects.list_projects(status=ProjectStatus.REJECTED)[0].lead
    organisation = next(
        p.organisation_id
        for row in demo.projects.list_projects(status=ProjectStatus.REJECTED)
        for p in demo.projects.get_project(row.id).partners
        if p.organisation_name == lead
    )
    QTest.mouseClick(page.map, Qt.MouseButton.LeftButton, pos=_where(page, lead))
    assert navigator.calls == [("company", (organisation, None))]


def test_a_click_on_a_cluster_shows_its_projects_only(
    qtbot: QtBot, page: CollaborationPage, demo: Services, navigator: Navigator
) -> None:
    north = next(c for c in demo.clusters.list_clusters() if c.name.startswith("Sjømat"))
    with qtbot.waitSignal(page.map.mapShown, timeout=10_000):
        QTest.mouseClick(page.map, Qt.MouseButton.LeftButton, pos=_where(page, north.name))
    assert page.cluster_combo.currentText() == north.name
    partners = _partners(demo, cluster_id=north.id)
    assert partners < _partners(demo)
    assert partners <= _names(page)
    assert not (_partners(demo) - partners) & _names(page)
    assert navigator.calls == []


def test_a_new_project_shows_and_the_map_stays_where_it_was(
    qtbot: QtBot, page: CollaborationPage, demo: Services, make: Factory
) -> None:
    before = {name: _where(page, name) for name in _names(page)}
    running = demo.projects.list_projects(status=ProjectStatus.RUNNING)[-1]
    lead = demo.projects.get_project(running.id).lead
    assert lead is not None
    newcomer = make.company(name="Tangtørk AS")
    project = demo.projects.create_project(
        ProjectInput("Kelp drying with waste heat", start_on=dt.date.today())
    )
    demo.projects.add_partner(project.id, PartnerInput(lead.organisation_id, PartnerRole.LEAD))
    demo.projects.add_partner(project.id, PartnerInput(newcomer.id))
    with qtbot.waitSignal(page.map.mapShown, timeout=10_000):
        page.context.bus.announce({Data.PROJECTS})
    assert _names(page) == set(before) | {"Tangtørk AS"}
    moved = sorted((_where(page, n) - was).manhattanLength() for n, was in before.items())
    # One organisation more: the others keep their places, near enough.
    assert moved[len(moved) // 2] <= 20
