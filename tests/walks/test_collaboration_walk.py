"""A coordinator asks the map what the Danish partner network takes part in: signs in,
opens the Collaboration map from the navigation, clicks the Kattegat network's node (the
map keeps the projects involving that cluster only), then clicks a partner of them and
lands on that organisation's page. The clicks go where the nodes are drawn, as a person aims at
them; it took at most 5 interactions (tests/keyboard.py says what counts)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from accelerator.cli import main
from accelerator.ui.dialogs.sign_in_dialog import SignInDialog
from accelerator.ui.main_window import MainWindow
from accelerator.ui.pages.collaboration import CollaborationPage
from tests.walks.conftest import sign_in_once, stored
from tests.walks.harness import Walk

GOAL = 5
PASSWORD = "kystlys-demo"  # ingrid, the demo programme's coordinator
KATTEGAT = "Kattegat Blue Tech Network, Aarhus"
# In the lice-counting project, to which the Kattegat network was added by hand.
PARTNER = "Havbølge Sensorikk AS"


def _node(page: CollaborationPage, label: str) -> QPoint | None:
    """Where ``label``'s node is drawn on the map, if it is."""
    scene = page.map.scene()
    if scene is None:
        return None
    for node in scene.nodes:
        if node.label == label:
            return page.map.widget_point(node.x, node.y).toPoint()
    return None


def _labels(page: CollaborationPage) -> set[str]:
    scene = page.map.scene()
    return set() if scene is None else {n.label for n in scene.nodes}


def _walk(walk: Walk, seen: dict[str, object]) -> Walk.Script:
    yield walk.until(lambda: walk.modal(SignInDialog), "the sign-in dialog")
    yield walk.until(
        lambda: (edit := walk.focused(QLineEdit)) and edit.objectName() == "password",
        "focus on the password, the username remembered",
    )
    yield walk.type(PASSWORD)
    yield walk.press(Qt.Key.Key_Return)
    window = yield walk.until(lambda: walk.window(MainWindow), "the main window")
    assert isinstance(window, MainWindow)

    row = window.nav.visualItemRect(window.nav.item(list(window.pages).index("collaboration")))
    yield walk.click(window.nav.viewport(), row.center())
    page = yield walk.until(
        lambda: window.current_key() == "collaboration" and window.collaboration_page,
        "the collaboration map page",
    )
    assert isinstance(page, CollaborationPage)
    where = yield walk.until(lambda: _node(page, KATTEGAT), "the Kattegat network on the map")
    seen["everyone"] = _labels(page)

    yield walk.click(page.map, where)
    yield walk.until(
        lambda: page.cluster_combo.currentText() == KATTEGAT and _node(page, PARTNER),
        "the map of the Kattegat network's projects",
    )
    seen["kattegat"] = _labels(page)

    partner = _node(page, PARTNER)
    assert partner is not None
    yield walk.click(page.map, partner)
    yield walk.until(
        lambda: window.current_key() == "companies" and window.companies_page.showing_company(),
        "the partner's page",
    )
    seen["opened"] = window.companies_page.selected_company_id()


def test_a_coordinator_finds_a_partner_networks_organisations_on_the_map(
    qtbot: QtBot, data_dir: Path
) -> None:
    sign_in_once(data_dir, "ingrid", PASSWORD)
    walk = Walk()
    seen: dict[str, object] = {}
    assert walk.run(lambda: main(["--data-dir", str(data_dir)]), _walk(walk, seen)) == 0

    services = stored(data_dir)
    kattegat = next(c for c in services.clusters.list_clusters() if c.name == KATTEGAT)
    partners = {
        p.organisation_name
        for row in services.projects.list_projects(cluster_id=kattegat.id)
        for p in services.projects.get_project(row.id).partners
    }
    everyone = seen["everyone"]
    shown = seen["kattegat"]
    assert isinstance(everyone, set) and isinstance(shown, set)
    # The cluster's click kept its projects' partners and let the others go.
    assert partners <= shown < everyone
    assert PARTNER in partners
    assert not (everyone - shown) & partners
    organisation = next(o for o in services.companies.list_companies() if o.name == PARTNER)
    assert seen["opened"] == organisation.id
    assert walk.keys.interactions <= GOAL, walk.keys.log
