"""The milestone checklist as a coordinator or mentor uses it: pick a milestone, tick it done
with evidence, block it with a reason, add one of the company's own, and see overdue ones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import MilestoneStatus, Role
from accelerator.services import Services
from accelerator.services.base import Actor
from accelerator.services.programmes import TemplateItemInput
from accelerator.services.records import EnrolmentRecord, MilestoneRecord
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.milestone_dialog import (
    AddMilestoneDialog,
    MilestoneBlockedDialog,
    MilestoneDoneDialog,
)
from accelerator.ui.models.milestone_model import MilestoneTableModel
from accelerator.ui.operations import ChangeBus, Data
from accelerator.ui.widgets.milestone_checklist import MilestoneChecklist
from tests.factories import Factory

TODAY = dt.date.today()
M = MilestoneTableModel


class Navigator:
    """Records where the widgets asked to go."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def open_company(self, company_id: int, enrolment_id: int | None = None) -> None:
        self.calls.append(("open_company", company_id, enrolment_id))

    def open_cohort(self, cohort_id: int) -> None:
        self.calls.append(("open_cohort", cohort_id))

    def open_dashboard(self, cohort_id: int | None = None) -> None:
        self.calls.append(("open_dashboard", cohort_id))

    def show_companies(self, company_ids: Iterable[int] | None, label: str = "") -> None:
        self.calls.append(("show_companies", None if company_ids is None else set(company_ids)))


def answer_dialog(qtbot: QtBot, kind: type[QDialog], fill: Callable[[Any], None]) -> list[Any]:
    """Run ``fill`` on the next ``kind`` dialog to open. The checklist opens its dialogs with
    ``exec()``, which blocks until they close, so the person's part is played from a timer.
    A dialog that ``fill`` left open is cancelled, so a failing test cannot hang."""
    seen: list[Any] = []
    tries = [0]

    def attempt() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()),
            None,
        )
        if dialog is None:
            tries[0] += 1
            if tries[0] < 200:
                QTimer.singleShot(10, attempt)
            return
        seen.append(dialog)
        try:
            fill(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, attempt)
    return seen


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A message box would block the test in its own event loop: record it instead. The
    tests below expect refusals beside the fields, so a box shown is a failure."""
    shown: list[str] = []

    def record(_parent: object, title: str, text: str, *_args: object) -> object:
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, record)
    yield shown
    assert shown == []


@pytest.fixture
def enrolment(services: Services, make: Factory) -> EnrolmentRecord:
    """A company six weeks into a cohort: two milestones overdue, three still to come."""
    programme = make.programme()
    services.programmes.set_template(
        programme.id,
        [
            TemplateItemInput("Technology roadmap", "technology", due_offset_weeks=2),
            TemplateItemInput("Ten customer interviews", "customer", due_offset_weeks=4),
            TemplateItemInput("Funding plan", "funding", due_offset_weeks=8),
            TemplateItemInput("Letter of intent", "customer", due_offset_weeks=10),
            TemplateItemInput("Investor pitch", "funding", due_offset_weeks=20),
        ],
    )
    start = TODAY - dt.timedelta(weeks=6)
    cohort = make.cohort(programme.id, start_date=start, end_date=start + dt.timedelta(weeks=26))
    return make.enrolment(cohort.id)


@pytest.fixture
def context(services: Services) -> AppContext:
    return AppContext(services, ChangeBus(), Navigator())


@pytest.fixture
def checklist(qtbot: QtBot, context: AppContext, enrolment: EnrolmentRecord) -> MilestoneChecklist:
    widget = MilestoneChecklist(context, clock=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(700, 520)
    widget.set_enrolment(enrolment.id)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(checklist: MilestoneChecklist, column: int) -> dict[str, str]:
    """Milestone title -> what the table shows in ``column``."""
    model = checklist.model
    result = {}
    for row in range(model.rowCount()):
        if model.milestone_at(row) is None:
            continue
        title = model.data(model.index(row, M.COL_TITLE))
        result[title] = model.data(model.index(row, column))
    return result


def headings(checklist: MilestoneChecklist) -> list[str]:
    model = checklist.model
    return [model.data(model.index(row, M.COL_TITLE)) for row in model.heading_rows()]


def click_row(qtbot: QtBot, checklist: MilestoneChecklist, title: str) -> MilestoneRecord:
    model = checklist.model
    row = next(
        r
        for r in range(model.rowCount())
        if model.milestone_at(r) is not None and model.data(model.index(r, M.COL_TITLE)) == title
    )
    index = model.index(row, M.COL_STATUS)
    checklist.view.scrollTo(index)
    qtbot.mouseClick(
        checklist.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=checklist.view.visualRect(index).center(),
    )
    selected = checklist.selected_milestone()
    assert selected is not None and selected.title == title
    return selected


def stored(services: Services, enrolment: EnrolmentRecord, title: str) -> MilestoneRecord:
    return next(m for m in services.enrolments.milestones(enrolment.id) if m.title == title)


def test_grouped_by_category_with_overdue_ones_marked(
    checklist: MilestoneChecklist, qtmodeltester: Any
) -> None:
    qtmodeltester.check(checklist.model)
    # The standard categories in their fixed order, not in the template's order.
    assert [h.split("·")[0].strip() for h in headings(checklist)] == [
        "Customer",
        "Technology",
        "Funding",
    ]
    statuses = shown(checklist, M.COL_STATUS)
    assert statuses["Technology roadmap"] == "Overdue · not started"
    assert statuses["Ten customer interviews"] == "Overdue · not started"
    assert statuses["Funding plan"] == "Not started"
    assert statuses["Investor pitch"] == "Not started"
    assert checklist.summary_text() == "0 of 5 done · 2 overdue"
    assert "2 overdue" in checklist.summary_label.text()
    customer = next(h for h in headings(checklist) if h.startswith("Customer"))
    assert customer.endswith("0 of 2 done · 1 overdue")


def test_tick_done_with_evidence(
    qtbot: QtBot, checklist: MilestoneChecklist, services: Services, enrolment: EnrolmentRecord
) -> None:
    milestone = click_row(qtbot, checklist, "Ten customer interviews")
    assert milestone.status is MilestoneStatus.NOT_STARTED
    done_on = TODAY - dt.timedelta(days=3)

    def fill(dialog: MilestoneDoneDialog) -> None:
        assert dialog.completed_on.date() == TODAY
        dialog.completed_on.set_date(done_on)
        qtbot.keyClicks(dialog.evidence, "Interview log with ten buyers")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()

    seen = answer_dialog(qtbot, MilestoneDoneDialog, fill)
    qtbot.mouseClick(checklist.done_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1

    saved = stored(services, enrolment, "Ten customer interviews")
    assert saved.status is MilestoneStatus.DONE
    assert saved.completed_on == done_on
    assert saved.evidence == "Interview log with ten buyers"
    assert shown(checklist, M.COL_STATUS)["Ten customer interviews"] == "Done"
    assert shown(checklist, M.COL_NOTE)["Ten customer interviews"] == (
        "Interview log with ten buyers"
    )
    assert shown(checklist, M.COL_COMPLETED)["Ten customer interviews"] != ""
    assert checklist.summary_text() == "1 of 5 done · 1 overdue"
    # The ticked milestone stays selected, and the button now edits the tick.
    assert checklist.selected_milestone().title == "Ten customer interviews"  # type: ignore[union-attr]
    assert "Edit" in checklist.done_action.text()


def test_cancelling_the_done_dialog_saves_nothing(
    qtbot: QtBot, checklist: MilestoneChecklist, services: Services, enrolment: EnrolmentRecord
) -> None:
    click_row(qtbot, checklist, "Funding plan")

    def fill(dialog: MilestoneDoneDialog) -> None:
        qtbot.keyClicks(dialog.evidence, "Not really")
        dialog.reject()

    seen = answer_dialog(qtbot, MilestoneDoneDialog, fill)
    qtbot.mouseClick(checklist.done_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    assert stored(services, enrolment, "Funding plan").status is MilestoneStatus.NOT_STARTED
    assert checklist.summary_text() == "0 of 5 done · 2 overdue"


def test_blocked_needs_a_reason(
    qtbot: QtBot, checklist: MilestoneChecklist, services: Services, enrolment: EnrolmentRecord
) -> None:
    click_row(qtbot, checklist, "Funding plan")
    states: list[tuple[bool, bool, str, MilestoneStatus]] = []

    def fill(dialog: MilestoneBlockedDialog) -> None:
        # OK with no reason: the service refuses, the dialog says why beside the field.
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        states.append(
            (
                dialog.isVisible(),
                dialog.reason_error.isVisible(),
                dialog.reason_error.text(),
                stored(services, enrolment, "Funding plan").status,
            )
        )
        qtbot.keyClicks(dialog.reason, "Waiting for the bank's answer")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_dialog(qtbot, MilestoneBlockedDialog, fill)
    qtbot.mouseClick(checklist.blocked_button, Qt.MouseButton.LeftButton)

    assert states == [(True, True, "say what blocks this milestone", MilestoneStatus.NOT_STARTED)]
    saved = stored(services, enrolment, "Funding plan")
    assert saved.status is MilestoneStatus.BLOCKED
    assert saved.blocked_reason == "Waiting for the bank's answer"
    assert shown(checklist, M.COL_STATUS)["Funding plan"] == "Blocked"
    assert shown(checklist, M.COL_NOTE)["Funding plan"] == "Blocked: Waiting for the bank's answer"


def test_add_a_custom_milestone(
    qtbot: QtBot, checklist: MilestoneChecklist, services: Services, enrolment: EnrolmentRecord
) -> None:
    due = TODAY + dt.timedelta(weeks=3)
    refused: list[bool] = []

    def fill(dialog: AddMilestoneDialog) -> None:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no title yet
        refused.append(dialog.isVisible() and dialog.title_error.text() == "is required")
        qtbot.keyClicks(dialog.title, "Food-safety approval")
        dialog.category.setCurrentText("")
        qtbot.keyClicks(dialog.category.lineEdit(), "Regulatory")
        qtbot.keyClicks(dialog.description, "Approval of the depuration unit")
        dialog.due_date.set_date(due)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_dialog(qtbot, AddMilestoneDialog, fill)
    qtbot.mouseClick(checklist.add_button, Qt.MouseButton.LeftButton)

    assert refused == [True]
    saved = stored(services, enrolment, "Food-safety approval")
    assert (saved.category, saved.description, saved.due_date, saved.template_item_id) == (
        "Regulatory",
        "Approval of the depuration unit",
        due,
        None,
    )
    # A custom category comes after the standard ones.
    assert headings(checklist)[-1].startswith("Regulatory")
    assert checklist.selected_milestone().title == "Food-safety approval"  # type: ignore[union-attr]
    assert checklist.summary_text() == "0 of 6 done · 2 overdue"


def test_context_menu_sets_in_progress_and_not_applicable(
    qtbot: QtBot, checklist: MilestoneChecklist, services: Services, enrolment: EnrolmentRecord
) -> None:
    click_row(qtbot, checklist, "Technology roadmap")
    menu = checklist.context_menu()
    actions = {a.text().replace("&", ""): a for a in menu.actions() if a.text()}
    assert set(actions) >= {
        "Mark done…",
        "In progress",
        "Blocked…",
        "Not applicable",
        "Back to not started",
        "Add milestone…",
    }
    assert not actions["Back to not started"].isEnabled()  # it is not started
    actions["In progress"].trigger()
    assert stored(services, enrolment, "Technology roadmap").status is MilestoneStatus.IN_PROGRESS
    assert shown(checklist, M.COL_STATUS)["Technology roadmap"] == "Overdue · in progress"

    menu = checklist.context_menu()
    next(a for a in menu.actions() if a.text() == "Not &applicable").trigger()
    assert stored(services, enrolment, "Technology roadmap").status is (
        MilestoneStatus.NOT_APPLICABLE
    )
    # Not applicable no longer counts, and is never overdue.
    assert shown(checklist, M.COL_STATUS)["Technology roadmap"] == "Not applicable"
    assert checklist.summary_text() == "0 of 4 done · 1 overdue · 1 not applicable"


def test_unticking_asks_first(
    qtbot: QtBot,
    checklist: MilestoneChecklist,
    services: Services,
    enrolment: EnrolmentRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = stored(services, enrolment, "Technology roadmap")
    services.enrolments.set_milestone_status(
        first.id, MilestoneStatus.DONE, completed_on=TODAY, evidence="Roadmap v1"
    )
    checklist.refresh()
    click_row(qtbot, checklist, "Technology roadmap")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(checklist.in_progress_button, Qt.MouseButton.LeftButton)
    assert stored(services, enrolment, "Technology roadmap").status is MilestoneStatus.DONE
    qtbot.mouseClick(checklist.in_progress_button, Qt.MouseButton.LeftButton)
    saved = stored(services, enrolment, "Technology roadmap")
    assert (saved.status, saved.completed_on, saved.evidence) == (
        MilestoneStatus.IN_PROGRESS,
        None,
        "Roadmap v1",
    )
    assert len(asked) == 2 and "completion date is cleared" in asked[0]


def test_refreshes_when_milestones_change_elsewhere(
    qtbot: QtBot,
    checklist: MilestoneChecklist,
    context: AppContext,
    services: Services,
    enrolment: EnrolmentRecord,
) -> None:
    pitch = stored(services, enrolment, "Investor pitch")
    with qtbot.waitSignal(checklist.reloaded):
        context.write(
            None,
            lambda: services.enrolments.set_milestone_status(pitch.id, MilestoneStatus.DONE),
        )
    assert shown(checklist, M.COL_STATUS)["Investor pitch"] == "Done"
    assert checklist.summary_text() == "1 of 5 done · 2 overdue"


def test_a_viewer_cannot_change_milestones(
    qtbot: QtBot, services: Services, enrolment: EnrolmentRecord
) -> None:
    viewer = services.acting_as(Actor(user_id=None, username="guest", role=Role.VIEWER))
    widget = MilestoneChecklist(AppContext(viewer, ChangeBus(), Navigator()))
    qtbot.addWidget(widget)
    widget.set_enrolment(enrolment.id)
    widget.show()
    click_row(qtbot, widget, "Funding plan")
    buttons = (widget.done_button, widget.in_progress_button, widget.blocked_button)
    assert not any(b.isEnabled() for b in buttons)
    assert not widget.add_button.isEnabled()
    assert "viewer" in widget.done_action.toolTip()


def test_explains_what_is_missing(
    qtbot: QtBot, context: AppContext, services: Services, make: Factory
) -> None:
    widget = MilestoneChecklist(context)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.list.message.isVisible() and not widget.view.isVisible()
    assert "Choose a company" in widget.list.message.text()
    assert not widget.add_button.isEnabled()

    bare = make.enrolment(make.cohort().id)  # its programme has no template
    widget.set_enrolment(bare.id)
    assert widget.list.message.isVisible() and not widget.view.isVisible()
    assert "Add milestone" in widget.list.message.text()
    assert widget.add_button.isEnabled()


def test_model_is_sound_with_every_status(
    qtmodeltester: Any, services: Services, enrolment: EnrolmentRecord
) -> None:
    records = services.enrolments.milestones(enrolment.id)
    for record, status in zip(records, MilestoneStatus, strict=True):
        services.enrolments.set_milestone_status(
            record.id, status, blocked_reason="Waiting", evidence="Seen"
        )
    model = MilestoneTableModel()
    model.set_milestones(services.enrolments.milestones(enrolment.id), TODAY)
    qtmodeltester.check(model)
    assert model.rowCount() == 5 + 3


def test_a_hidden_checklist_reads_a_change_once_it_is_shown(
    qtbot: QtBot, context: AppContext, services: Services, checklist: MilestoneChecklist
) -> None:
    """Behind another tab it reads nothing; shown again, it shows what changed meanwhile."""
    first = checklist.model.milestones()[0]
    reads: list[None] = []
    checklist.reloaded.connect(lambda: reads.append(None))
    checklist.hide()
    services.enrolments.set_milestone_status(first.id, MilestoneStatus.IN_PROGRESS)
    context.bus.changed.emit(frozenset({Data.MILESTONES}))
    context.bus.changed.emit(frozenset({Data.USERS}))  # not shown here
    assert reads == []
    assert checklist.model.milestones()[0].status is MilestoneStatus.NOT_STARTED
    checklist.show()
    assert reads == [None]
    assert checklist.model.milestones()[0].status is MilestoneStatus.IN_PROGRESS
    context.bus.changed.emit(frozenset({Data.ENROLMENTS}))  # visible: at once
    assert reads == [None, None]

    checklist.set_enrolment(None)
    reads.clear()
    context.bus.changed.emit(frozenset({Data.MILESTONES}))  # nothing chosen: nothing to read
    assert reads == []
