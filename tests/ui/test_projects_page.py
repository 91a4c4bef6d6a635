"""The Projects page as a person uses it, on the demo's dozen joint projects: the list with
each project's status and since when, its clusters (a cross-cluster one marked) and its
funding in kroner; the choices and the typed filter narrowing it; a project opened with
Enter, its partners, clusters and applications; a new project refused beside its title
until it has one; a partner found as its name is typed; a project granted funding refused
deletion in plain words; someone else's change met by the conflict dialog; and a viewer
offered none of the changes."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import PartnerRole, ProjectStatus, Role
from accelerator.services import Services
from accelerator.services.users import UserInput, actor_of
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs import conflict_dialog
from accelerator.ui.dialogs.conflict_dialog import Choice
from accelerator.ui.dialogs.project_dialogs import (
    CataloguesDialog,
    FundingDialog,
    PartnerDialog,
    ProjectDialog,
)
from accelerator.ui.models.project_table import ProjectTableModel
from accelerator.ui.operations import ChangeBus
from accelerator.ui.pages.projects import ProjectsPage
from tests.ui.test_companies_page import Navigator
from tests.ui.test_members_page import answer

COLD_CHAIN = "Cold chain for fresh fish to Asia"
HYDROACOUSTIC = "Hydroacoustic biomass estimation"


@pytest.fixture(autouse=True)
def c_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


@pytest.fixture
def open_page(qtbot: QtBot, demo: Services) -> Callable[..., ProjectsPage]:
    def open_page(acting: Services | None = None) -> ProjectsPage:
        page = ProjectsPage(AppContext(acting or demo, ChangeBus(), Navigator()))
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        qtbot.waitExposed(page)
        return page

    return open_page


def column(page: ProjectsPage, col: int) -> list[str]:
    model = page.model
    return [str(model.index(r, col).data() or "") for r in range(model.rowCount())]


def row_of(page: ProjectsPage, title: str) -> int:
    return column(page, ProjectTableModel.COL_TITLE).index(title)


def cell(
    page: ProjectsPage, title: str, col: int, role: int = Qt.ItemDataRole.DisplayRole
) -> object:
    return page.model.index(row_of(page, title), col).data(role)


def project_id(demo: Services, title: str) -> int:
    return next(r.id for r in demo.projects.list_projects() if r.title == title)


# --- the list ---------------------------------------------------------------------------------


def test_the_list_shows_each_projects_status_clusters_and_funding(
    open_page: Callable[..., ProjectsPage], demo: Services
) -> None:
    page = open_page()
    assert page.model.rowCount() == 12
    assert page.count_label.text() == "12 projects"
    record = demo.projects.get_project(project_id(demo, COLD_CHAIN))
    assert cell(page, COLD_CHAIN, ProjectTableModel.COL_STATUS) == "Running"
    assert record.status_since is not None
    assert cell(page, COLD_CHAIN, ProjectTableModel.COL_SINCE) == (
        f"{record.status_since.day} {record.status_since:%b %Y}"
    )
    assert cell(page, COLD_CHAIN, ProjectTableModel.COL_LEAD) == "Isbre Kuldeteknikk AS"
    assert cell(page, COLD_CHAIN, ProjectTableModel.COL_PARTNERS) == "3"
    # Three clusters by their short names, marked cross-cluster, their names in the tooltip.
    assert cell(page, COLD_CHAIN, ProjectTableModel.COL_CLUSTERS) == "HKM, SKN, VOTC"
    assert cell(page, COLD_CHAIN, ProjectTableModel.COL_CLUSTERS, Qt.ItemDataRole.DecorationRole)
    tooltip = str(
        cell(page, COLD_CHAIN, ProjectTableModel.COL_CLUSTERS, Qt.ItemDataRole.ToolTipRole)
    )
    assert tooltip.startswith("Cross-cluster:") and "Sjømatklyngen Nord, Tromsø" in tooltip
    assert not cell(
        page, HYDROACOUSTIC, ProjectTableModel.COL_CLUSTERS, Qt.ItemDataRole.DecorationRole
    )
    assert cell(page, COLD_CHAIN, ProjectTableModel.COL_APPLIED) == "3,400,000"
    assert cell(page, COLD_CHAIN, ProjectTableModel.COL_GRANTED) == "3,300,000"
    assert cell(page, COLD_CHAIN, ProjectTableModel.COL_PERIOD) == (
        f"{record.start_on.year} – {record.end_on.year}"  # type: ignore[union-attr]
    )


def test_the_choices_and_the_typed_filter_narrow_the_list(
    qtbot: QtBot, open_page: Callable[..., ProjectsPage], demo: Services
) -> None:
    page = open_page()
    page.cross_check.click()
    crossing = sorted(column(page, ProjectTableModel.COL_TITLE))
    assert crossing == sorted(r.title for r in demo.projects.list_projects() if r.cross_cluster)
    assert COLD_CHAIN in crossing and HYDROACOUSTIC not in crossing
    assert page.count_label.text() == f"{len(crossing)} of 12 projects"
    page.cross_check.click()

    page.status_combo.setCurrentIndex(page.status_combo.findData(ProjectStatus.REJECTED.value))
    assert column(page, ProjectTableModel.COL_STATUS) == ["Rejected"]
    page.status_combo.setCurrentIndex(0)

    cluster = next(c for c in demo.clusters.list_clusters() if c.short_name == "SKN")
    page.cluster_combo.setCurrentIndex(page.cluster_combo.findData(cluster.id))
    assert column(page, ProjectTableModel.COL_TITLE) == [COLD_CHAIN]
    page.cluster_combo.setCurrentIndex(0)

    scheme = next(s for s in demo.projects.funding_schemes() if s.name == "SkatteFUNN")
    page.scheme_combo.setCurrentIndex(page.scheme_combo.findData(scheme.id))
    assert COLD_CHAIN in column(page, ProjectTableModel.COL_TITLE)
    assert HYDROACOUSTIC not in column(page, ProjectTableModel.COL_TITLE)
    page.scheme_combo.setCurrentIndex(0)

    qtbot.keyClicks(page.filter_edit, "drone")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert all("drone" in t.lower() for t in column(page, ProjectTableModel.COL_TITLE))

    qtbot.keyClicks(page.filter_edit, " nobody has")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.empty_label.isVisible()
    assert "Show every project" in page.empty_label.text()
    page.empty_label.linkActivated.emit("all")
    assert page.model.rowCount() == 12 and page.filter_edit.text() == ""


# --- one project ------------------------------------------------------------------------------


def test_enter_opens_the_project_with_its_partners_clusters_and_funding(
    qtbot: QtBot, open_page: Callable[..., ProjectsPage]
) -> None:
    page = open_page()
    page.table.selectRow(row_of(page, COLD_CHAIN))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.showing_project()
    view = page.view
    assert view.title_label.text() == COLD_CHAIN
    assert "Running since" in view.status_value.text()
    partners = view.partner_model.rows()
    assert [(p.organisation_name, p.role) for p in partners][0] == (
        "Isbre Kuldeteknikk AS",
        PartnerRole.LEAD,
    )
    assert view.cross_row.isVisible()
    assert "Sjømatklyngen Nord, Tromsø" in view.cross_label.text()
    assert [f.scheme_name for f in view.funding_model.rows()] == [
        "Innovation Norway grants",
        "SkatteFUNN",
    ]
    assert "Running" in view.timeline_label.text()
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert not page.showing_project()
    selected = page.selected()
    assert selected is not None and selected.title == COLD_CHAIN


def test_a_new_project_needs_its_title_and_opens_once_recorded(
    qtbot: QtBot, open_page: Callable[..., ProjectsPage], demo: Services
) -> None:
    page = open_page()
    said: list[str] = []

    def record(dialog: QDialog) -> None:
        assert isinstance(dialog, ProjectDialog)
        qtbot.keyClicks(dialog.budget_edit, "1 200 000")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)  # no title yet
        assert dialog.isVisible()
        said.append(dialog.title_error.text())
        qtbot.keyClicks(dialog.title_edit, "Seaweed for salmon feed")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    failures = answer(record)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert not failures
    assert said == ["is required"]
    assert page.showing_project()
    assert page.view.title_label.text() == "Seaweed for salmon feed"
    assert page.view.budget_value.text() == "1,200,000 kr"
    assert any(r.title == "Seaweed for salmon feed" for r in demo.projects.list_projects())


def test_a_partner_is_found_as_its_name_is_typed_and_a_second_lead_refused(
    qtbot: QtBot, open_page: Callable[..., ProjectsPage], demo: Services
) -> None:
    page = open_page()
    page.open_project(project_id(demo, COLD_CHAIN))
    view = page.view
    said: list[str] = []

    def add(dialog: QDialog) -> None:
        assert isinstance(dialog, PartnerDialog)
        assert dialog.role_combo.currentData() == PartnerRole.PARTNER.value  # it has a lead
        qtbot.keyClicks(dialog.organisation_edit, "Nordhavn")
        qtbot.waitUntil(lambda: dialog.found is not None)
        assert "Kattegat Blue Tech Network, Aarhus" in dialog.organisation_note.text()
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(PartnerRole.LEAD.value))
        qtbot.keyClick(dialog.organisation_edit, Qt.Key.Key_Return)
        assert dialog.isVisible()
        said.append(dialog.role_error.text())
        dialog.role_combo.setCurrentIndex(
            dialog.role_combo.findData(PartnerRole.SUBCONTRACTOR.value)
        )
        qtbot.keyClicks(dialog.share_edit, "50000")
        qtbot.keyClick(dialog.organisation_edit, Qt.Key.Key_Return)

    failures = answer(add)
    qtbot.mouseClick(view.add_partner_button, Qt.MouseButton.LeftButton)
    assert not failures
    assert "Isbre Kuldeteknikk AS" in said[0] and "leads this project already" in said[0]
    added = view.partners.selected()
    assert added is not None and added.organisation_name == "Nordhavn Marine Robotics ApS"
    assert added.role is PartnerRole.SUBCONTRACTOR and added.own_share == 50_000
    assert "Kattegat Blue Tech Network, Aarhus" in view.cross_label.text()


def test_a_project_granted_funding_is_not_deleted_and_the_page_says_why(
    qtbot: QtBot,
    open_page: Callable[..., ProjectsPage],
    demo: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_page()
    page.open_project(project_id(demo, COLD_CHAIN))
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr("accelerator.ui.widgets.project_view.confirm", lambda *_args: True)
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda _parent, title, text, *_args: warned.append((title, text)),
    )
    qtbot.mouseClick(page.view.delete_button, Qt.MouseButton.LeftButton)
    [(title, text)] = warned
    assert title == "Cannot delete the project"
    assert "was granted funding" in text and "Set its status to stopped instead" in text
    assert page.showing_project()
    assert any(r.title == COLD_CHAIN for r in demo.projects.list_projects())


def test_someone_elses_change_meanwhile_opens_the_conflict_dialog(
    qtbot: QtBot,
    open_page: Callable[..., ProjectsPage],
    demo: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_page()
    page.open_project(project_id(demo, HYDROACOUSTIC))
    shown: list[object] = []

    def reload(_parent: object, error: object, before: object) -> Choice:
        shown.append(before)
        return Choice.RELOAD

    monkeypatch.setattr(conflict_dialog.ConflictDialog, "ask", reload)
    seen: list[str] = []

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, ProjectDialog)
        from accelerator.ui.dialogs.project_dialogs import project_input

        record = demo.projects.get_project(project_id(demo, HYDROACOUSTIC))
        demo.projects.update_project(
            record.id,
            project_input(record, title="Hydroacoustics, renamed elsewhere"),
            expected_version=record.row_version,
        )
        dialog.notes_edit.setPlainText("Mine")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
        assert dialog.isVisible()  # nothing of mine saved: their version to change again
        seen.append(dialog.title_edit.text())
        dialog.reject()

    failures = answer(edit)
    qtbot.mouseClick(page.view.edit_button, Qt.MouseButton.LeftButton)
    assert not failures
    assert len(shown) == 1
    assert seen == ["Hydroacoustics, renamed elsewhere"]
    stored = demo.projects.get_project(project_id(demo, "Hydroacoustics, renamed elsewhere"))
    assert stored.notes != "Mine"


def test_an_application_is_added_with_its_amount_and_an_amount_not_in_kroner_refused(
    qtbot: QtBot, open_page: Callable[..., ProjectsPage], demo: Services
) -> None:
    page = open_page()
    page.open_project(project_id(demo, HYDROACOUSTIC))
    view = page.view
    before = len(view.funding_model.rows())
    said: list[str] = []

    def apply(dialog: QDialog) -> None:
        assert isinstance(dialog, FundingDialog)
        assert not dialog.granted_edit.isEnabled()  # pending: nothing granted yet
        qtbot.keyClicks(dialog.applied_edit, "two million")
        qtbot.keyClick(dialog.applied_edit, Qt.Key.Key_Return)
        assert dialog.isVisible()
        said.append(dialog.applied_error.text())
        dialog.applied_edit.clear()
        qtbot.keyClicks(dialog.applied_edit, "2 000 000")
        qtbot.keyClicks(dialog.reference_edit, "HE-4711")
        qtbot.keyClick(dialog.applied_edit, Qt.Key.Key_Return)

    failures = answer(apply)
    qtbot.mouseClick(view.add_funding_button, Qt.MouseButton.LeftButton)
    assert not failures
    assert "is not a number" in said[0]
    assert len(view.funding_model.rows()) == before + 1
    added = view.funding.selected()
    assert added is not None and added.amount_applied == 2_000_000
    assert added.reference == "HE-4711"


def test_the_lists_of_areas_and_schemes_open_from_the_page(
    qtbot: QtBot, open_page: Callable[..., ProjectsPage]
) -> None:
    page = open_page()
    seen: list[tuple[int, bool]] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, CataloguesDialog)
        areas = dialog.areas
        seen.append((areas.model.rowCount(), areas.remove_button.isEnabled()))
        dialog.reject()

    failures = answer(look)
    qtbot.mouseClick(page.lists_button, Qt.MouseButton.LeftButton)
    assert not failures
    # The four seeded areas; the first, Innovation, is named by projects: not removed.
    assert seen == [(4, False)]


def test_a_viewer_reads_the_projects_and_is_offered_no_change(
    open_page: Callable[..., ProjectsPage], demo: Services
) -> None:
    viewer = demo.users.create_user(
        UserInput("vera", "Vera Viewer", Role.VIEWER, password="x" * 12)
    )
    page = open_page(demo.acting_as(actor_of(viewer)))
    assert page.model.rowCount() == 12
    assert not page.new_button.isVisible() and not page.edit_button.isVisible()
    assert not page.delete_button.isVisible()
    page.open_project(project_id(demo, COLD_CHAIN))
    view = page.view
    for button in (
        view.status_button,
        view.edit_button,
        view.delete_button,
        view.add_partner_button,
        view.add_funding_button,
        view.add_cluster_button,
        view.add_link_button,
    ):
        assert not button.isVisible()
    assert view.partner_model.rowCount() == 3
