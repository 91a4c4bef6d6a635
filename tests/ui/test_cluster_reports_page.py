"""The Reports page's event report and member register, as a coordinator makes them: choose
the report, the event or the cluster and day, Generate, read the preview; and, in both
languages, each Alt letter once and nothing cut off in bokmål."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from accelerator.domain.formatting import format_date
from accelerator.services import Services
from accelerator.services.users import actor_of
from accelerator.ui import translator
from accelerator.ui.main_window import MainWindow
from accelerator.ui.pages.reports import EVENT_REPORT, MEETING_PLAN, MEMBER_REPORT, ReportsPage
from tests.languages import kept_language
from tests.reports.test_cluster_reports import bokmal
from tests.ui.test_bokmal_fits import cut_off
from tests.ui.test_mnemonics import clashes
from tests.ui.test_reports_page import open_page

__all__ = ["kept_language"]

GENERATE_TIMEOUT = 30_000


@pytest.fixture(autouse=True)
def workers_done() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(GENERATE_TIMEOUT)


def _pdf_text(page: ReportsPage) -> str:
    document = page.preview.document
    return " ".join(document.getAllText(i).text() for i in range(document.pageCount()))


def _generate(qtbot: QtBot, page: ReportsPage) -> str:
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview.page_count() > 0, timeout=GENERATE_TIMEOUT)
    return " ".join(_pdf_text(page).split())


def test_an_event_report_from_the_page(qtbot: QtBot, demo: Services) -> None:
    page = open_page(qtbot, demo)
    page.event_radio.click()
    assert page.report_kind() == EVENT_REPORT
    # An event's report has no period nor confidential notes to choose.
    assert not page.period_from_check.isVisible() and not page.confidential_check.isVisible()
    event = next(e for e in demo.events.list_events() if e.kind == "matchmaking_day")
    page.event_combo.setCurrentIndex(page.event_combo.findData(event.id))
    assert f"{event.counts.arrived} attended" in page.chosen_label.text()
    text = _generate(qtbot, page)
    assert "EVENT REPORT" in text and event.title in text
    assert "Attendance by cluster" in text
    report = page.report()
    assert report is not None
    when = format_date(event.starts_at.date())
    assert report.title == f"{event.title} {when} – event report"
    assert page.save_button.isEnabled()
    page.cohort_radio.click()
    assert page.period_from_check.isVisible() and page.confidential_check.isVisible()


def test_the_member_register_from_the_page(qtbot: QtBot, demo: Services) -> None:
    page = open_page(qtbot, demo)
    page.members_radio.click()
    assert page.report_kind() == MEMBER_REPORT
    ours = next(c for c in demo.clusters.list_clusters() if c.ours)
    page.cluster_combo.setCurrentIndex(page.cluster_combo.findData(ours.id))
    field = page.member_day.line_edit
    field.selectAll()
    qtbot.keyClicks(field, "30.6.2026")
    assert page.member_day.date() == dt.date(2026, 6, 30)
    text = _generate(qtbot, page)
    assert "MEMBER REGISTER" in text and "Members on 30 Jun 2026" in text
    assert "Members by kind and tier" in text and ours.name in text
    report = page.report()
    assert report is not None
    assert report.title == f"{ours.name} – member register 30 Jun 2026"


def _window(qtbot: QtBot, tmp_path: Path, services: Services) -> MainWindow:
    window = MainWindow(
        services, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def test_the_meeting_plan_of_the_event_chosen_on_the_events_page(
    qtbot: QtBot, tmp_path: Path, demo: Services
) -> None:
    window = _window(qtbot, tmp_path, demo)
    window.go("events")
    events = window.events_page
    event = next(e for e in demo.events.list_events() if e.kind == "matchmaking_day")
    events.choose(when=None)
    assert events.select_event(event.id)
    assert events.plan_button.isVisible() and events.plan_button.isEnabled()
    qtbot.mouseClick(events.plan_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "reports"
    page = window.reports_page
    assert page.report_kind() == MEETING_PLAN and page.selected_event_id() == event.id
    # The event's choices are the event report's, with no period nor confidential notes.
    assert page.event_combo.isVisible() and not page.period_from_check.isVisible()
    text = _generate(qtbot, page)
    assert "MEETING PLAN" in text and "YOUR MEETINGS" in text and "Table 1" in text
    report = page.report()
    assert report is not None
    assert report.title == f"{event.title} {format_date(event.starts_at.date())} – meeting plan"
    assert page.save_button.isEnabled()


def test_the_meeting_plan_from_the_matchmaking_page_is_of_the_chosen_meetings_event(
    qtbot: QtBot, tmp_path: Path, demo: Services
) -> None:
    window = _window(qtbot, tmp_path, demo)
    window.go("matchmaking")
    matchmaking = window.matchmaking_page
    (at_event,) = {m.event_id for m in demo.meetings.list_meetings() if m.event_id is not None}
    elsewhere = next(m for m in demo.meetings.list_meetings() if m.event_id is None)
    # A meeting outside an event chosen: the latest event with meetings, still.
    assert matchmaking.select_meeting(elsewhere.id)
    assert matchmaking.plan_button.isEnabled()
    matchmaking.plan_button.click()
    page = window.reports_page
    assert window.current_key() == "reports"
    assert page.report_kind() == MEETING_PLAN and page.selected_event_id() == at_event


def test_print_report_on_the_events_page_is_the_chosen_events_report(
    qtbot: QtBot, tmp_path: Path, demo: Services
) -> None:
    window = _window(qtbot, tmp_path, demo)
    window.go("events")
    event = demo.events.list_events()[0]
    window.events_page.choose(when=None)
    assert window.events_page.select_event(event.id)
    window.print_report_action.trigger()
    page = window.reports_page
    assert page.report_kind() == EVENT_REPORT and page.selected_event_id() == event.id


def test_no_events_yet_is_explained(qtbot: QtBot, services: Services) -> None:
    page = open_page(qtbot, services)
    page.event_radio.click()
    assert "No events yet" in page.empty_label.text()
    assert not page.generate_button.isEnabled()


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
    for radio in (*radios, page.company_radio, page.cohort_radio):
        radio.click()
        QApplication.processEvents()
        if clash := clashes(window):
            found[radio.text()] = clash
        if language == "nb" and (cuts := cut_off(page)):
            found[radio.text()] = [str(c) for c in cuts]
    assert not found
