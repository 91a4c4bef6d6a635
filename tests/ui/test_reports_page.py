"""The Reports page as a coordinator uses it: choose a report, generate it in the
background, read it in the preview, cancel it, save it; and what a mentor is offered."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import AssessmentKind, Role
from accelerator.services import Actor, Services
from accelerator.services import reporting as reporting_module
from accelerator.services.assessments import AssessmentInput
from accelerator.services.programmes import CohortInput
from accelerator.ui.context import AppContext
from accelerator.ui.main_window import MainWindow
from accelerator.ui.operations import ChangeBus, Data
from accelerator.ui.pages.reports import ReportsPage
from tests.factories import DIMENSIONS

GENERATE_TIMEOUT = 30_000


class Navigator:
    def open_company(self, company_id: int, enrolment_id: int | None = None) -> None: ...

    def open_cohort(self, cohort_id: int) -> None: ...

    def open_dashboard(self, cohort_id: int | None = None) -> None: ...

    def show_companies(self, company_ids: Iterable[int] | None, label: str = "") -> None: ...


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A message box would block in its own event loop; none is expected here."""
    shown: list[str] = []

    def record(_parent: object, title: str, text: str, *_args: object) -> object:
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, record)
    yield shown
    assert shown == []


@pytest.fixture(autouse=True)
def workers_done() -> Iterator[None]:
    """No report build outlives its test (and its database)."""
    yield
    QThreadPool.globalInstance().waitForDone(GENERATE_TIMEOUT)


def open_page(qtbot: QtBot, services: Services) -> ReportsPage:
    page = ReportsPage(AppContext(services, ChangeBus(), Navigator()))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def choose_cohort(page: ReportsPage, name: str) -> None:
    page.cohort_radio.setChecked(True)
    index = next(
        i
        for i in range(page.cohort_combo.count())
        if page.cohort_combo.itemText(i).startswith(name)
    )
    page.cohort_combo.setCurrentIndex(index)


def generate(qtbot: QtBot, page: ReportsPage) -> None:
    assert page.generate_button.isEnabled()
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_generating(), timeout=GENERATE_TIMEOUT)


def test_generate_a_cohort_report_into_the_preview(qtbot: QtBot, demo: Services) -> None:
    page = open_page(qtbot, demo)
    choose_cohort(page, "Autumn 2026")
    assert not page.save_button.isEnabled(), "nothing to save before a report exists"
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert page.progress_row.isVisible() and page.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: page.preview.page_count() > 0, timeout=GENERATE_TIMEOUT)

    document = page.preview.document
    assert document.status() == QPdfDocument.Status.Ready
    assert document.pageCount() > 1
    assert page.preview_stack.currentWidget() is page.preview
    assert page.preview.page_label.text() == f"Page 1 of {document.pageCount()}"
    assert "Autumn 2026" in document.getAllText(0).text()
    qtbot.mouseClick(page.preview.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview.page_label.text().startswith("Page 2 of"))
    assert not page.progress_row.isVisible()
    assert page.save_button.isEnabled() and page.print_button.isEnabled()
    assert f"{document.pageCount()} pages" in page.message_label.text()


def test_company_report_preset_from_an_enrolment(qtbot: QtBot, demo: Services) -> None:
    enrolment = demo.enrolments.list_enrolments()[-1]
    page = open_page(qtbot, demo)
    page.open_company_report(enrolment.id)
    assert page.company_radio.isChecked()
    assert page.company_combo.currentText() == enrolment.company_name
    assert page.enrolment_combo.currentText().startswith(enrolment.cohort_name)
    generate(qtbot, page)
    assert page.preview.has_document()
    assert enrolment.company_name in page.preview.document.getAllText(0).text()
    assert page.report() is not None
    assert page.report().file_name.startswith(f"{enrolment.company_name} – ")  # type: ignore[union-attr]


@pytest.fixture
def held_build(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """The cohort report's build waits for ``release`` before it starts laying out pages,
    and records how it ended."""
    state: dict[str, Any] = {"started": threading.Event(), "release": threading.Event()}
    real: Callable[..., bytes] = reporting_module.build_cohort_report

    def held(data: Any, *, progress: Any = None, cancelled: Any = None) -> bytes:
        progress(1, 10)
        state["started"].set()
        state["release"].wait(GENERATE_TIMEOUT / 1000)
        try:
            result = real(data, progress=progress, cancelled=cancelled)
        except Exception as error:
            state["ended"] = type(error).__name__
            raise
        state["ended"] = "built"
        return result

    monkeypatch.setattr(reporting_module, "build_cohort_report", held)
    yield state
    state["release"].set()


def test_cancel_during_generation_shows_nothing_and_says_so(
    qtbot: QtBot, demo: Services, held_build: dict[str, Any]
) -> None:
    page = open_page(qtbot, demo)
    choose_cohort(page, "Autumn 2026")
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(held_build["started"].is_set, timeout=GENERATE_TIMEOUT)
    # The window is still responsive while the build runs: the progress moved and Cancel works.
    qtbot.waitUntil(lambda: page.progress_bar.value() == 1)
    assert page.is_generating() and not page.generate_button.isEnabled()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert not page.cancel_button.isEnabled()
    held_build["release"].set()
    qtbot.waitUntil(lambda: not page.is_generating(), timeout=GENERATE_TIMEOUT)

    assert held_build["ended"] == "ReportCancelled", "the cancel reached the build"
    assert "cancelled" in page.message_label.text()
    assert page.report() is None
    assert page.preview.page_count() == 0
    assert page.preview_stack.currentWidget() is page.empty_label
    assert not page.save_button.isEnabled()
    assert page.generate_button.isEnabled()


def test_save_as_writes_the_pdf(
    qtbot: QtBot, demo: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def choose(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "out" / "steering group"), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    (tmp_path / "out").mkdir()
    page = open_page(qtbot, demo)
    choose_cohort(page, "Autumn 2026")
    generate(qtbot, page)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert Path(asked[0]).name == "Autumn 2026 – cohort report.pdf"
    written = tmp_path / "out" / "steering group.pdf"
    data = written.read_bytes()
    assert data.startswith(b"%PDF")
    assert data == page.report().pdf  # type: ignore[union-attr]
    assert [p.name for p in written.parent.iterdir()] == [written.name], "no stray temp file"
    assert str(written) in page.message_label.text()


def test_the_internal_option_is_for_coordinators_only(qtbot: QtBot, demo: Services) -> None:
    coordinator = open_page(qtbot, demo)
    assert coordinator.confidential_check.isVisibleTo(coordinator)

    bjorn = demo.users.find_user("bjorn")
    assert bjorn is not None and bjorn.role is Role.MENTOR
    mentor = demo.acting_as(Actor(user_id=bjorn.id, username=bjorn.username, role=Role.MENTOR))
    page = open_page(qtbot, mentor)
    assert not page.confidential_check.isVisibleTo(page)
    # Even if the hidden box were ticked, a mentor's report is built without the notes
    # (asking for them would be refused by the service and show as a failure).
    page.confidential_check.setChecked(True)
    assert page.cohort_combo.count() > 0, "the mentor sees the cohorts of their companies"
    generate(qtbot, page)
    assert page.preview.has_document(), page.message_label.text()
    assert "internal" not in page.report().title  # type: ignore[union-attr]


def test_no_cohorts_yet_is_explained(qtbot: QtBot, services: Services) -> None:
    page = open_page(qtbot, services)
    assert page.preview_stack.currentWidget() is page.empty_label
    assert "No cohorts yet" in page.empty_label.text()
    assert not page.generate_button.isEnabled()
    assert not page.cohort_combo.isEnabled()


def test_print_report_menu_action_presets_the_dashboard_cohort(
    qtbot: QtBot, demo: Services, tmp_path: Path
) -> None:
    window = MainWindow(demo, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.go("dashboard")
    dashboard = window.pages["dashboard"]
    combo = dashboard.cohort_combo  # type: ignore[attr-defined]
    other = next(
        i
        for i in range(combo.count())
        if isinstance(combo.itemData(i), int) and i != combo.currentIndex()
    )
    combo.setCurrentIndex(other)
    cohort_id = dashboard.current_cohort_id()  # type: ignore[attr-defined]

    action = window.print_report_action  # type: ignore[attr-defined]
    assert action in window.file_menu.actions()
    assert action.shortcut().toString() == "Ctrl+P"
    action.trigger()

    page = window.pages["reports"]
    assert window.current_key() == "reports"
    assert isinstance(page, ReportsPage)
    assert page.report_kind() == "cohort"
    assert page.selected_cohort_id() == cohort_id


def test_a_period_limits_the_report(qtbot: QtBot, demo: Services) -> None:
    """Ticking To hands the date to the report, which prints the period in its footer."""
    page = open_page(qtbot, demo)
    choose_cohort(page, "Autumn 2026")
    assert page.period() is None
    page.period_to_check.setChecked(True)
    assert page.period_to.isEnabled() and not page.period_from.isEnabled()
    page.period_to.set_date(dt.date.today() - dt.timedelta(days=7))
    period = page.period()
    assert period is not None and period.start is None
    generate(qtbot, page)
    assert page.preview.page_count() > 1
    assert f"Period {period.text}" in page.preview.document.getAllText(0).text()


def test_the_page_says_which_report_it_will_print(qtbot: QtBot, demo: Services) -> None:
    """Before generating: a cohort nobody has assessed gets a kick-off report, one with
    assessments a progress report; a period before any assessment is a kick-off too."""
    programme = demo.programmes.list_programmes()[0]
    start = dt.date.today() + dt.timedelta(days=30)
    planned = demo.programmes.create_cohort(
        CohortInput(programme.id, "Spring 2099", start, start + dt.timedelta(weeks=26))
    )
    for company in demo.companies.list_companies()[:3]:
        demo.enrolments.enrol(planned.id, company.id, joined_on=dt.date.today())
    page = open_page(qtbot, demo)
    kind = page.findChild(QLabel, "reportKind")
    assert kind is not None and kind.isVisible()

    choose_cohort(page, "Spring 2099")
    assert kind.text().startswith("Kick-off report: no assessments yet")
    choose_cohort(page, "Autumn 2026")
    assert kind.text().startswith("Progress report")

    qtbot.mouseClick(page.period_to_check, Qt.MouseButton.LeftButton)
    page.period_to.set_date(dt.date(2001, 2, 3))
    assert kind.text().startswith("Kick-off report: no assessments by 3 Feb 2001")
    qtbot.mouseClick(page.period_to_check, Qt.MouseButton.LeftButton)
    assert kind.text().startswith("Progress report")

    choose_cohort(page, "Spring 2099")
    generate(qtbot, page)
    assert "KICK-OFF REPORT" in page.preview.document.getAllText(0).text()
    assert page.report().file_name == "Spring 2099 – kick-off report.pdf"  # type: ignore[union-attr]

    # The first assessment, logged elsewhere in the window, makes it a progress report.
    first = demo.enrolments.list_enrolments(cohort_id=planned.id)[0]
    mentor = demo.users.find_user("bjorn")
    assert mentor is not None
    demo.assessments.log_assessment(
        AssessmentInput(
            first.id,
            dict.fromkeys(DIMENSIONS, 2),
            kind=AssessmentKind.BASELINE,
            assessor_id=mentor.id,
        )
    )
    page.context.bus.announce([Data.ASSESSMENTS])
    assert kind.text().startswith("Progress report: 1 of 3 companies assessed")
