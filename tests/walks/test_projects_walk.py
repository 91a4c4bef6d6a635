"""A coordinator records a new cross-cluster project: signs in, opens Projects from the
navigation, records the project by its title, adds two partners from two clusters (a
Danish robotics company of the Kattegat network, which leads, and a Bergen company of our
own cluster), each found by typing part of its name, and an application to Horizon Europe
for two million kroner, in the demo made in the language of the window. The stored
project has its title, the two partners with their roles, the application with its scheme
and amount, and is cross-cluster with the two clusters; it took at most 25 interactions
(tests/keyboard.py says what counts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from accelerator.cli import main
from accelerator.domain.enums import FundingDecision, PartnerRole
from accelerator.ui.dialogs.project_dialogs import FundingDialog, PartnerDialog, ProjectDialog
from accelerator.ui.dialogs.sign_in_dialog import SignInDialog
from accelerator.ui.main_window import MainWindow
from accelerator.ui.pages.projects import ProjectsPage
from tests.walks.conftest import sign_in_once, stored
from tests.walks.harness import Walk

GOAL = 25
PASSWORD = "kystlys-demo"  # ingrid, the demo programme's coordinator
TITLE = "Autonomous net inspection"
LEAD = "Nordhavn"  # Nordhavn Marine Robotics ApS, of the Kattegat network in Aarhus
PARTNER = "Dypvann"  # Dypvann Robotikk AS, of our own cluster in Bergen
AMOUNT = 2_000_000


def _walk(walk: Walk) -> Walk.Script:
    yield walk.until(lambda: walk.modal(SignInDialog), "the sign-in dialog")
    yield walk.until(
        lambda: (edit := walk.focused(QLineEdit)) and edit.objectName() == "password",
        "focus on the password, the username remembered",
    )
    yield walk.type(PASSWORD)
    yield walk.press(Qt.Key.Key_Return)
    window = yield walk.until(lambda: walk.window(MainWindow), "the main window")
    assert isinstance(window, MainWindow)

    # Projects has no Ctrl+digit (the ten are taken): a click in the navigation.
    row = window.nav.visualItemRect(window.nav.item(list(window.pages).index("projects")))
    yield walk.click(window.nav.viewport(), row.center())
    page = yield walk.until(
        lambda: window.current_key() == "projects" and window.projects_page, "the projects page"
    )
    assert isinstance(page, ProjectsPage)
    yield walk.until(lambda: page.model.rowCount() > 0, "the demo's projects")

    # The project, by its title; it opens once recorded.
    yield walk.press_underlined(lambda: page.new_button, note="Alt: New project")
    dialog = yield walk.until(lambda: walk.modal(ProjectDialog), "the new project's dialog")
    assert isinstance(dialog, ProjectDialog)
    yield walk.until(lambda: walk.focused(QLineEdit) is dialog.title_edit, "focus on the title")
    yield walk.type(TITLE)
    yield walk.press(Qt.Key.Key_Return)
    yield walk.until(lambda: walk.modal(ProjectDialog) is None, "the project recorded")
    view = page.view
    yield walk.until(
        lambda: page.showing_project() and view.record is not None and view.record.title == TITLE,
        "the new project's page",
    )

    # Two partners, each found by part of its name: the first leads, as none does yet.
    for name in (LEAD, PARTNER):
        yield walk.press_underlined(lambda: view.add_partner_button, note="Alt: Add partner")
        partner = yield walk.until(lambda: walk.modal(PartnerDialog), "the partner dialog")
        assert isinstance(partner, PartnerDialog)
        yield walk.until(
            lambda p=partner: walk.focused(QLineEdit) is p.organisation_edit,
            "focus on the organisation",
        )
        yield walk.type(name)
        yield walk.until(
            lambda p=partner, n=name: p.found is not None and p.found.name.startswith(n),
            f"{name} found on record",
        )
        yield walk.press(Qt.Key.Key_Return)
        yield walk.until(lambda: walk.modal(PartnerDialog) is None, "the partner added")
    yield walk.until(
        lambda: view.record is not None and len(view.record.partners) == 2, "two partners shown"
    )

    # The application: Horizon Europe, chosen by typing its name, for two million.
    yield walk.press_underlined(lambda: view.add_funding_button, note="Alt: Add funding")
    funding = yield walk.until(lambda: walk.modal(FundingDialog), "the funding dialog")
    assert isinstance(funding, FundingDialog)
    yield walk.until(lambda: walk.focused(QComboBox) is funding.scheme_combo, "focus on the scheme")
    horizon = next(
        funding.scheme_combo.itemText(i)
        for i in range(funding.scheme_combo.count())
        if funding.scheme_combo.itemText(i).startswith("Hori")  # Horisont Europa in bokmål
    )
    yield walk.type(horizon.split()[0])  # its first word: a space would open the list
    yield walk.until(lambda: funding.scheme_combo.currentText() == horizon, "Horizon chosen")
    yield walk.press(Qt.Key.Key_Tab)  # to the amount applied for
    yield walk.type(str(AMOUNT))
    yield walk.press(Qt.Key.Key_Return)
    yield walk.until(lambda: walk.modal(FundingDialog) is None, "the application added")
    yield walk.until(
        lambda: view.record is not None and view.record.funding and view.cross_row.isVisible(),
        "the project shown cross-cluster, with its application",
    )


@pytest.mark.parametrize("language", ["en", "nb"])
def test_a_coordinator_records_a_cross_cluster_project(
    qtbot: QtBot, data_dir: Path, language: str
) -> None:
    sign_in_once(data_dir, "ingrid", PASSWORD)
    walk = Walk()
    walk.run(lambda: main(["--data-dir", str(data_dir), "--lang", language]), _walk(walk))
    print(f"projects walk: {walk.keys.interactions} interactions (goal {GOAL}): {walk.keys.log}")

    services = stored(data_dir)
    [row] = [r for r in services.projects.list_projects() if r.title == TITLE]
    project = services.projects.get_project(row.id)
    partners = {p.organisation_name: p.role for p in project.partners}
    assert partners == {
        "Nordhavn Marine Robotics ApS": PartnerRole.LEAD,
        "Dypvann Robotikk AS": PartnerRole.PARTNER,
    }
    [application] = project.funding
    assert application.scheme_name == {"en": "Horizon Europe", "nb": "Horisont Europa"}[language]
    assert application.amount_applied == AMOUNT
    assert application.decision is FundingDecision.PENDING
    assert project.cross_cluster
    assert {c.name for c in project.clusters} == {
        "Kattegat Blue Tech Network, Aarhus",
        "Vestkyst Ocean Technology Cluster, Bergen",
    }
    assert row.cross_cluster
    assert walk.keys.interactions <= GOAL, walk.keys.log
