"""The Reports page's joint projects' report, as a coordinator makes it: choose Joint
projects, the year and a cluster, Generate, read the preview; and, in both languages,
each Alt letter once on every kind of report and nothing cut off in bokmål."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from accelerator.services import Services
from accelerator.services.users import actor_of
from accelerator.ui import translator
from accelerator.ui.main_window import MainWindow
from accelerator.ui.pages.reports import COLLABORATION_REPORT, ReportsPage
from tests.languages import kept_language
from tests.reports.test_collaboration_report import bokmal
from tests.ui.test_bokmal_fits import cut_off
from tests.ui.test_mnemonics import clashes
from tests.ui.test_reports_page import open_page

__all__ = ["kept_language"]

GENERATE_TIMEOUT = 30_000


@pytest.fixture(autouse=True)
def workers_done() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(GENERATE_TIMEOUT)


def _generate(qtbot: QtBot, page: ReportsPage) -> str:
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview.page_count() > 0, timeout=GENERATE_TIMEOUT)
    document = page.preview.document
    text = " ".join(document.getAllText(i).text() for i in range(document.pageCount()))
    return " ".join(text.split())


def test_the_joint_projects_report_from_the_page(qtbot: QtBot, demo: Services) -> None:
    page = open_page(qtbot, demo)
    page.collaboration_radio.click()
    assert page.report_kind() == COLLABORATION_REPORT
    # No period nor confidential notes to choose; the year and the cluster instead.
    assert not page.period_from_check.isVisible() and not page.confidential_check.isVisible()
    assert page.collaboration_year.isVisible() and page.collaboration_cluster_combo.isVisible()
    year = dt.date.today().year
    assert page.collaboration_year.value() == year
    assert page.generate_button.isEnabled()
    text = _generate(qtbot, page)
    assert "COLLABORATION REPORT" in text and f"Joint projects {year}" in text
    assert "Collaboration map" in text
    report = page.report()
    assert report is not None and report.title == f"Joint projects {year}"
    assert page.save_button.isEnabled()

    # One cluster's, of last year: typed into the year's field.
    cluster = next(
        c for c in demo.clusters.list_clusters() if demo.projects.list_projects(cluster_id=c.id)
    )
    combo = page.collaboration_cluster_combo
    combo.setCurrentIndex(combo.findData(cluster.id))
    page.collaboration_year.selectAll()
    qtbot.keyClicks(page.collaboration_year, str(year - 1))
    assert page.collaboration_year.value() == year - 1
    text = _generate(qtbot, page)
    assert f"{cluster.name}: joint projects {year - 1}" in text
    report = page.report()
    assert report is not None and report.title == f"{cluster.name} – joint projects {year - 1}"

    page.cohort_radio.click()
    assert page.period_from_check.isVisible() and not page.collaboration_year.isVisible()


def test_opened_on_a_year_and_cluster(qtbot: QtBot, demo: Services) -> None:
    page = open_page(qtbot, demo)
    cluster = demo.clusters.list_clusters()[0]
    page.open_collaboration_report(2025, cluster.id)
    assert page.report_kind() == COLLABORATION_REPORT
    assert page.collaboration_year.value() == 2025
    assert page.selected_collaboration_cluster_id() == cluster.id
    assert page.generate_button.isEnabled()


@pytest.mark.usefixtures("kept_language")
@pytest.mark.parametrize("language", ["en", "nb"])
def test_each_alt_letter_once_and_nothing_cut_off(
    qtbot: QtBot, tmp_path: Path, demo: Services, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    bokmal(monkeypatch)  # the catalogue with this page's new texts, as the lead adds them
    translator.speak(language)
    coordinator = next(u for u in demo.users.list_users() if u.role == "coordinator")
    window = MainWindow(
        demo.acting_as(actor_of(coordinator)),
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.go("reports")
    page = window.reports_page
    assert page is not None
    found = {}
    radios = (page.event_radio, page.meetings_radio, page.members_radio)
    for radio in (*radios, page.collaboration_radio, page.company_radio, page.cohort_radio):
        radio.click()
        QApplication.processEvents()
        if clash := clashes(window):
            found[radio.text()] = clash
        if language == "nb" and (cuts := cut_off(page)):
            found[radio.text()] = [str(c) for c in cuts]
    assert not found
    if language == "nb":
        page.collaboration_radio.click()
        QApplication.processEvents()
        page.grab().save(str(tmp_path / "reports-nb.png"))
