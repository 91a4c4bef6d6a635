"""The Reports page's annual report, as a coordinator makes it: choose Annual report, the
year and the cluster (our clusters by default), Generate, read the preview, then save the
PDF and the workbook beside it (the same numbers); a mentor's copy says it is partial; in
both languages each Alt letter once and nothing cut off in bokmål."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from accelerator import i18n
from accelerator.i18n.catalogue import Catalogue, Message
from accelerator.services import Services
from accelerator.services.annual_report import AnnualReportService
from accelerator.services.users import actor_of
from accelerator.ui import translator
from accelerator.ui.main_window import MainWindow
from accelerator.ui.pages.reports import ANNUAL_REPORT, COHORT_REPORT, ReportsPage
from tests.languages import kept_language
from tests.reports.test_collaboration_report import bokmal as collaboration_words
from tests.services.test_annual_report import YEAR, fill
from tests.ui.test_bokmal_fits import cut_off
from tests.ui.test_mnemonics import clashes
from tests.ui.test_reports_page import open_page

__all__ = ["kept_language"]

GENERATE_TIMEOUT = 30_000

#: The page's new words in bokmål, as the lead will add them.
PAGE_WORDS = [
    ("ReportsPage", "Ann&ual report", "Kl&yngens årsrapport"),
    ("ReportsPage", "&Mentor hour:", "Mentor&time:"),
    ("ReportsPage", "Save wor&kbook…", "Lagre &arbeidsbok…"),
    ("ReportsPage", "hours only", "bare timer"),
    ("ReportsPage", "Our clusters", "Våre klynger"),
    ("ReportsPage", "Our clusters: {0}", "Våre klynger: {0}"),
]


def bokmal(monkeypatch: pytest.MonkeyPatch) -> None:
    collaboration_words(monkeypatch)
    catalogue = Catalogue("nb")
    catalogue.messages = dict(i18n.catalogue("nb").messages)
    for context, source, nb in PAGE_WORDS:
        message = Message(context, source, forms=(nb,))
        catalogue.messages[message.key] = replace(message, finished=True)
    monkeypatch.setitem(i18n._catalogues, "nb", catalogue)


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


def test_the_annual_report_from_the_page(
    qtbot: QtBot, demo: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(demo)
    page = open_page(qtbot, demo)
    assert not page.save_workbook_button.isVisible()
    page.annual_radio.click()
    assert page.report_kind() == ANNUAL_REPORT
    assert not page.period_from_check.isVisible() and not page.confidential_check.isVisible()
    assert page.annual_year.isVisible() and page.annual_cluster_combo.isVisible()
    assert page.annual_year.value() == dt.date.today().year
    assert page.selected_annual_cluster_id() is None
    ours = [c.name for c in demo.clusters.list_clusters() if c.ours]
    assert page.chosen_label.text() == f"Our clusters: {', '.join(ours)}"
    assert page.save_workbook_button.isVisible()
    assert not page.save_workbook_button.isEnabled(), "nothing generated yet"

    page.annual_year.setValue(YEAR)
    text = _generate(qtbot, page)
    assert f"ANNUAL REPORT The year {YEAR} Our clusters" in text
    report = page.report()
    assert report is not None and report.title == f"Annual report {YEAR}"
    assert page.save_workbook_button.isEnabled() and page.workbook() is not None

    # Save the workbook: the same numbers as the report's data.
    target = tmp_path / "annual"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel workbooks (*.xlsx)")
    )
    saved = page.save_workbook()
    assert saved == tmp_path / "annual.xlsx" and saved.exists()
    assert page.message_label.text() == f"Saved the workbook to {saved}"
    data = AnnualReportService(demo.db, demo.actor).annual_report_data(YEAR, language="en")
    members = data.figure("members.end")
    book = openpyxl.load_workbook(saved)
    summary = book[book.sheetnames[0]]
    row = next(r for r in summary.iter_rows() if r[0].value == (members.short or members.label))
    assert row[1].value == members.value

    # One cluster's, with the mentor hours valued.
    cluster = next(c for c in demo.clusters.list_clusters() if c.ours)
    combo = page.annual_cluster_combo
    combo.setCurrentIndex(combo.findData(cluster.id))
    page.hourly_rate.setValue(900)
    assert page.chosen_label.text() == ""
    text = _generate(qtbot, page)
    assert f"The year {YEAR} {cluster.name}" in text and "900 kroner an hour" in text
    report = page.report()
    assert report is not None and report.title == f"{cluster.name} – annual report {YEAR}"

    page.cohort_radio.click()
    assert page.report_kind() == COHORT_REPORT
    assert not page.save_workbook_button.isVisible() and not page.annual_year.isVisible()


def test_opened_on_a_year_and_cluster(qtbot: QtBot, demo: Services) -> None:
    page = open_page(qtbot, demo)
    cluster = demo.clusters.list_clusters()[0]
    page.open_annual_report(2025, cluster.id)
    assert page.report_kind() == ANNUAL_REPORT
    assert page.annual_year.value() == 2025
    assert page.selected_annual_cluster_id() == cluster.id
    assert page.generate_button.isEnabled()


def test_a_mentors_copy_says_it_is_partial(qtbot: QtBot, demo: Services) -> None:
    mentor = next(u for u in demo.users.list_users() if u.role == "mentor")
    page = open_page(qtbot, demo.acting_as(actor_of(mentor)))
    page.annual_radio.click()
    text = _generate(qtbot, page)
    assert "Only the companies of the cohorts you mentor are counted" in text


@pytest.mark.usefixtures("kept_language")
@pytest.mark.parametrize("language", ["en", "nb"])
def test_each_alt_letter_once_and_nothing_cut_off(
    qtbot: QtBot, tmp_path: Path, demo: Services, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    bokmal(monkeypatch)
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
    for radio in (page.annual_radio, page.collaboration_radio, page.company_radio,
                  page.event_radio, page.members_radio, page.cohort_radio):  # fmt: skip
        radio.click()
        QApplication.processEvents()
        if clash := clashes(window):
            found[radio.text()] = clash
        if language == "nb" and (cuts := cut_off(page)):
            found[radio.text()] = [str(c) for c in cuts]
    assert not found
    page.annual_radio.click()
    QApplication.processEvents()
    page.grab().save(str(tmp_path / f"annual-{language}.png"))
