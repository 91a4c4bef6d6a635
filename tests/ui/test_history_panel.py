"""The history panel of one enrolment, with the demo programme loaded."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import CohortStatus, Role
from accelerator.services import Actor, Services
from accelerator.services.assessments import AssessmentInput
from accelerator.services.overview import EnrolmentSummary
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.assessment_dialog import AssessmentDialog
from accelerator.ui.models.history_table import HistoryModel
from accelerator.ui.operations import ChangeBus, Data
from accelerator.ui.widgets.history_panel import HistoryPanel
from tests.ui.helpers import NoNavigation


@pytest.fixture
def gap_company(demo: Services) -> EnrolmentSummary:
    """A technology-heavy demo company of the running cohort, with its gap flagged."""
    cohort = next(c for c in demo.programmes.list_cohorts() if c.status is CohortStatus.RUNNING)
    board = demo.overview.cohort_dashboard(cohort.id)
    return next(c for c in board.companies if c.gap.flagged)


def _panel(qtbot: QtBot, services: Services, width: int = 1000) -> HistoryPanel:
    panel = HistoryPanel(AppContext(services, ChangeBus(), NoNavigation()))
    qtbot.addWidget(panel)
    panel.resize(width, 900)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _shown_dates(panel: HistoryPanel) -> list[str]:
    model = panel.model
    return [model.index(r, HistoryModel.COL_DATE).data() for r in range(model.rowCount())]


def _click_row(qtbot: QtBot, panel: HistoryPanel, row: int) -> None:
    index = panel.model.index(row, HistoryModel.COL_ASSESSOR)
    panel.view.scrollTo(index)
    qtbot.mouseClick(
        panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(index).center()
    )


def _as(services: Services, username: str) -> Services:
    user = next(u for u in services.users.list_users() if u.username == username)
    return services.acting_as(Actor(user.id, user.username, user.role))


def test_lists_the_assessments_newest_first_with_the_gap(
    qtbot: QtBot, qtmodeltester: object, services: Services, gap_company: EnrolmentSummary
) -> None:
    panel = _panel(qtbot, services)
    panel.set_enrolment(gap_company.enrolment_id)

    records = services.assessments.list_for_enrolment(gap_company.enrolment_id)
    assert len(records) >= 2
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    assert panel.model.rowCount() == len(records)
    newest, oldest = records[-1], records[0]
    assert panel.model.index(0, HistoryModel.COL_ASSESSOR).data() == newest.assessor_name
    assert panel.model.index(len(records) - 1, HistoryModel.COL_KIND).data().startswith("Baseline")
    assert len(set(_shown_dates(panel))) >= 2
    assert (
        oldest.notes.split(".")[0]
        in panel.model.index(len(records) - 1, HistoryModel.COL_NOTES).data()
    )
    assert gap_company.company_name in panel.heading.text()

    assert panel.gap_label.text() == gap_company.gap.explanation
    assert "flagged" in panel.gap_label.text()
    assert "flagged" in panel.gap_heading.text()
    assert panel.next_steps_label.text() == newest.next_steps.strip()
    assert panel.trend_view.chart is not None and panel.radar_view.chart is not None
    assert any("level" in s.text for s in panel.radar_view.chart.hotspots)


def test_correct_is_only_for_the_author_or_a_coordinator(
    qtbot: QtBot, services: Services, gap_company: EnrolmentSummary
) -> None:
    newest = services.assessments.list_for_enrolment(gap_company.enrolment_id)[-1]
    author = services.users.get_user(newest.assessor_id)
    other = next(
        u
        for u in services.users.list_users()
        if u.role is Role.MENTOR and u.id != newest.assessor_id
    )
    for username, allowed in ((other.username, False), (author.username, True), ("ingrid", True)):
        panel = _panel(qtbot, _as(services, username))
        panel.set_enrolment(gap_company.enrolment_id)
        assert not panel.correct_button.isEnabled()  # nothing chosen yet
        _click_row(qtbot, panel, 0)
        assert panel.selected_assessment() == newest
        assert panel.correct_button.isEnabled() is allowed, username


def test_correct_opens_the_dialog_on_the_chosen_assessment(
    qtbot: QtBot,
    services: Services,
    gap_company: EnrolmentSummary,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[tuple[int, object]] = []
    monkeypatch.setattr(
        AssessmentDialog,
        "ask",
        classmethod(
            lambda cls, parent, context, eid, correcting=None: asked.append((eid, correcting))
        ),
    )
    newest = services.assessments.list_for_enrolment(gap_company.enrolment_id)[-1]
    panel = _panel(qtbot, _as(services, services.users.get_user(newest.assessor_id).username))
    panel.set_enrolment(gap_company.enrolment_id)
    _click_row(qtbot, panel, 0)
    qtbot.mouseClick(panel.correct_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.log_button, Qt.MouseButton.LeftButton)
    assert asked == [(gap_company.enrolment_id, newest), (gap_company.enrolment_id, None)]


def test_a_new_assessment_shows_after_the_bus_announces_it(
    qtbot: QtBot, services: Services, gap_company: EnrolmentSummary
) -> None:
    panel = _panel(qtbot, services)
    panel.set_enrolment(gap_company.enrolment_id)
    before = panel.model.rowCount()
    newest = services.assessments.list_for_enrolment(gap_company.enrolment_id)[-1]
    services.assessments.log_assessment(
        AssessmentInput(
            enrolment_id=gap_company.enrolment_id,
            levels=newest.levels,
            assessed_on=dt.date.today(),
            next_steps="Book the pricing workshop.",
            assessor_id=newest.assessor_id,
        )
    )
    assert panel.model.rowCount() == before  # nothing announced yet
    panel.context.bus.announce([Data.ASSESSMENTS])
    qtbot.waitUntil(lambda: panel.model.rowCount() == before + 1)
    assert panel.next_steps_label.text() == "Book the pricing workshop."


def test_nothing_chosen_and_no_assessments_are_explained(
    qtbot: QtBot, services: Services, make: object
) -> None:
    panel = _panel(qtbot, services)
    assert panel.empty_label.isVisible()
    assert "Choose" in panel.empty_label.text()
    assert not panel.log_button.isEnabled()

    enrolment = make.enrolment()  # type: ignore[attr-defined]
    panel.set_enrolment(enrolment.id)
    assert "No assessments yet" in panel.empty_label.text()
    assert panel.empty_label.isVisible() and not panel.view.isVisible()
    assert panel.log_button.isEnabled()


@pytest.mark.parametrize(("width", "side_by_side"), [(700, False), (1280, True)])
def test_charts_stack_when_narrow(
    qtbot: QtBot,
    services: Services,
    gap_company: EnrolmentSummary,
    width: int,
    side_by_side: bool,
) -> None:
    panel = _panel(qtbot, services, width)
    panel.set_enrolment(gap_company.enrolment_id)
    # Once the layout has settled, both charts are drawn larger than their 300 points.
    qtbot.waitUntil(lambda: panel.trend_view.chart_rect().width() > 320)
    qtbot.waitUntil(lambda: panel.radar_view.chart_rect().width() > 320)
    trend, radar = panel.trend_view.geometry(), panel.radar_view.geometry()
    assert (trend.top() == radar.top()) is side_by_side
    assert (radar.top() >= trend.bottom()) is not side_by_side
