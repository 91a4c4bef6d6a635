"""The cohort dashboard as a coordinator reads it: the figures agree with the domain
functions, every figure leads to the companies behind it, and it follows the data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import CohortStatus, EnrolmentStatus, MilestoneStatus
from accelerator.domain.milestones import MilestoneState, milestone_completion
from accelerator.domain.readiness import (
    business_orientation_gap,
    change_since_baseline,
    mean_levels,
    readiness_index,
    readiness_profile,
)
from accelerator.domain.risk import assess_risk
from accelerator.services import Services
from accelerator.services.assessments import AssessmentInput, as_levels
from accelerator.services.records import CohortRecord
from accelerator.ui.context import AppContext
from accelerator.ui.models.dashboard_models import (
    AtRiskModel,
    CohortCompanyModel,
    DimensionModel,
    GapModel,
)
from accelerator.ui.operations import ChangeBus, Data
from accelerator.ui.pages.dashboard import SETTINGS_KEY, DashboardPage
from accelerator.ui.widgets.milestone_checklist import MilestoneChecklist
from tests.factories import DIMENSIONS, Factory

TODAY = dt.date.today()


class Navigator:
    """Records where the page asked to go, as the main window would have gone."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def open_company(self, company_id: int, enrolment_id: int | None = None) -> None:
        self.calls.append(("open_company", company_id, enrolment_id))

    def open_cohort(self, cohort_id: int) -> None:
        self.calls.append(("open_cohort", cohort_id))

    def open_dashboard(self, cohort_id: int | None = None) -> None:
        self.calls.append(("open_dashboard", cohort_id))

    def show_companies(self, company_ids: Iterable[int] | None, label: str = "") -> None:
        self.calls.append(
            ("show_companies", None if company_ids is None else sorted(company_ids), label)
        )

    def go(self, key: str) -> None:
        self.calls.append(("go", key))


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A message box would block the test in its own event loop: record it instead. None
    is expected here."""
    shown: list[str] = []

    def record(_parent: object, title: str, text: str, *_args: object) -> object:
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, record)
    yield shown
    assert shown == []


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def navigator() -> Navigator:
    return Navigator()


@pytest.fixture
def context(services: Services, navigator: Navigator) -> AppContext:
    return AppContext(services, ChangeBus(), navigator)


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, settings: QSettings) -> DashboardPage:
    widget = DashboardPage(context, settings=settings, clock=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1070, 760)
    return widget


@pytest.fixture
def demo_day() -> dt.date:
    """The demo (the root conftest's ``demo``) is dated from the day the page is told it is."""
    return TODAY


def cohort(services: Services, status: CohortStatus) -> CohortRecord:
    return next(c for c in services.programmes.list_cohorts() if c.status is status)


def show(qtbot: QtBot, page: DashboardPage) -> None:
    page.show()
    qtbot.waitExposed(page)


def value(page: DashboardPage, card: str) -> str:
    return page.cards[card].value_label.text()


def column(model: Any, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
    return [model.data(model.index(row, col), role) for row in range(model.rowCount())]


class Expected:
    """What the domain functions say about a cohort, computed here from the services' plain
    records, independently of the overview read model the page uses."""

    def __init__(self, services: Services, cohort_id: int, running: bool) -> None:
        self.enrolments = services.enrolments.list_enrolments(cohort_id=cohort_id)
        self.completion = {}
        self.profile = {}
        self.change = {}
        self.risk = {}
        for e in self.enrolments:
            history = [as_levels(a) for a in services.assessments.list_for_enrolment(e.id)]
            states = [
                MilestoneState(m.status, m.due_date, m.completed_on)
                for m in services.enrolments.milestones(e.id)
            ]
            self.completion[e.company_name] = milestone_completion(states, TODAY)
            self.profile[e.company_name] = readiness_profile(history)
            self.change[e.company_name] = change_since_baseline(history)
            live = running and e.status is EnrolmentStatus.ACTIVE
            self.risk[e.company_name] = (
                assess_risk(
                    enrolled_on=e.joined_on,
                    assessments=history,
                    milestones=states,
                    today=TODAY,
                    dimension_names={
                        "customer": "Customer",
                        "technology": "Technology",
                        "business_model": "Business model",
                        "ip": "IP",
                        "team": "Team",
                        "funding": "Funding",
                    },
                )
                if live
                else None
            )

    def ids(self, names: Iterable[str]) -> list[int]:
        wanted = set(names)
        return sorted(e.company_id for e in self.enrolments if e.company_name in wanted)


def test_figures_equal_the_domain_functions(
    qtbot: QtBot, demo: Services, page: DashboardPage, qtmodeltester: Any
) -> None:
    show(qtbot, page)
    running = cohort(demo, CohortStatus.RUNNING)
    assert page.current_cohort_id() == running.id  # a running cohort comes first
    x = Expected(demo, running.id, running=True)

    assert value(page, "companies") == str(len(x.enrolments))
    done = sum(c.done for c in x.completion.values())
    applicable = sum(c.applicable for c in x.completion.values())
    overdue = sum(c.overdue for c in x.completion.values())
    assert value(page, "milestones") == f"{done} of {applicable}"
    assert page.cards["milestones"].detail_label.text() == f"{done / applicable:.0%} done"
    assert value(page, "overdue") == str(overdue) and overdue > 0
    at_risk = sorted(name for name, risk in x.risk.items() if risk and risk.at_risk)
    assert value(page, "at_risk") == str(len(at_risk)) and at_risk
    flagged = sorted(n for n, p in x.profile.items() if business_orientation_gap(p).flagged)
    assert value(page, "gaps") == str(len(flagged)) and len(flagged) >= 2

    # Mean level and change per dimension.
    means = mean_levels([p for p in x.profile.values() if p])
    model = page.dimension_model
    assert column(model, DimensionModel.COL_DIMENSION)[:2] == ["Customer", "Technology"]
    for row, key in enumerate(DIMENSIONS):
        shown = model.data(model.index(row, DimensionModel.COL_MEAN))
        assert shown == f"{means[key]:.1f}"
        changes = [c[key] for c in x.change.values() if key in c]
        mean_change = sum(changes) / len(changes)
        change_text = model.data(model.index(row, DimensionModel.COL_CHANGE))
        assert change_text.endswith(f"{mean_change:+.1f}".replace("-", "\u2212"))
        assert change_text.startswith("▲" if mean_change > 0 else "▼" if mean_change < 0 else "■")

    # At risk, with the domain's reasons in its words.
    risk_model = page.at_risk_model
    assert sorted(column(risk_model, AtRiskModel.COL_COMPANY)) == at_risk
    for row in range(risk_model.rowCount()):
        name = risk_model.data(risk_model.index(row, AtRiskModel.COL_COMPANY))
        reasons = risk_model.data(risk_model.index(row, AtRiskModel.COL_REASONS))
        assert reasons == " · ".join(r.text for r in x.risk[name].reasons)  # type: ignore[union-attr]

    # Gap flags with their explanation.
    gap_model = page.gap_model
    assert sorted(column(gap_model, GapModel.COL_COMPANY)) == flagged
    for row in range(gap_model.rowCount()):
        name = gap_model.data(gap_model.index(row, GapModel.COL_COMPANY))
        gap = business_orientation_gap(x.profile[name])
        assert gap_model.data(gap_model.index(row, GapModel.COL_EXPLANATION)) == gap.explanation
        assert gap_model.data(gap_model.index(row, GapModel.COL_GAP)) == f"+{gap.value:.1f}"

    # Every company in the cohort table.
    companies = page.company_model
    assert sorted(column(companies, CohortCompanyModel.COL_COMPANY)) == sorted(x.profile)
    for row in range(companies.rowCount()):
        name = companies.data(companies.index(row, CohortCompanyModel.COL_COMPANY))
        c = x.completion[name]
        cell = {
            col: companies.data(companies.index(row, col)) for col in range(companies.columnCount())
        }
        assert cell[CohortCompanyModel.COL_READINESS] == f"{readiness_index(x.profile[name]):.1f}"
        assert cell[CohortCompanyModel.COL_MILESTONES].startswith(f"{c.done} of {c.applicable}")
        assert cell[CohortCompanyModel.COL_OVERDUE] == str(c.overdue)
        assert ("flagged" in cell[CohortCompanyModel.COL_GAP]) == (name in flagged)
        assert bool(cell[CohortCompanyModel.COL_RISK]) == (name in at_risk)

    for m in (page.dimension_model, page.at_risk_model, page.gap_model, page.company_model):
        qtmodeltester.check(m)


def test_the_at_risk_figure_lists_exactly_those_companies(
    qtbot: QtBot, demo: Services, page: DashboardPage, navigator: Navigator
) -> None:
    running = cohort(demo, CohortStatus.RUNNING)
    # A company whose milestones are on time but whose team level fell today: at risk, yet
    # not behind the overdue figure, so the two figures must lead to different companies.
    steady = next(
        e
        for e in demo.enrolments.list_enrolments(cohort_id=running.id)
        if e.company_name == "Isbre Kuldeteknikk AS"
    )
    latest = demo.assessments.list_for_enrolment(steady.id)[-1].levels
    demo.assessments.log_assessment(
        AssessmentInput(
            enrolment_id=steady.id,
            levels={**latest, "team": latest["team"] - 1},
            reasons={"team": "The sales lead left"},
            assessed_on=TODAY,
            assessor_id=demo.enrolments.get_enrolment(steady.id).mentors[0].user_id,
        )
    )
    show(qtbot, page)
    x = Expected(demo, running.id, running=True)
    at_risk = x.ids(name for name, risk in x.risk.items() if risk and risk.at_risk)
    overdue = x.ids(n for n, c in x.completion.items() if c.overdue)
    assert steady.company_id in at_risk and steady.company_id not in overdue

    qtbot.mouseClick(page.cards["at_risk"], Qt.MouseButton.LeftButton)
    assert navigator.calls == [("show_companies", at_risk, f"at risk in {running.name}")]

    navigator.calls.clear()
    flagged = x.ids(n for n, p in x.profile.items() if business_orientation_gap(p).flagged)
    page.cards["gaps"].setFocus()
    qtbot.keyClick(page.cards["gaps"], Qt.Key.Key_Return)
    qtbot.mouseClick(page.cards["overdue"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.cards["companies"], Qt.MouseButton.LeftButton)
    assert [call[1] for call in navigator.calls] == [flagged, overdue, x.ids(x.profile)]


def test_a_figure_behind_one_company_opens_it(
    qtbot: QtBot, services: Services, make: Factory, page: DashboardPage, navigator: Navigator
) -> None:
    programme = make.programme()
    make.template(programme.id, "Interviews")
    start = TODAY - dt.timedelta(weeks=4)  # the first milestone fell due two weeks ago
    running = make.cohort(
        programme.id,
        start_date=start,
        end_date=start + dt.timedelta(weeks=20),
        status=CohortStatus.RUNNING,
    )
    late = make.enrolment(running.id)
    on_time = make.enrolment(running.id)
    (milestone,) = services.enrolments.milestones(on_time.id)
    services.enrolments.set_milestone_status(milestone.id, MilestoneStatus.DONE)
    show(qtbot, page)

    assert value(page, "overdue") == "1"
    assert page.cards["overdue"].detail_label.text() == "at 1 company"
    qtbot.mouseClick(page.cards["overdue"], Qt.MouseButton.LeftButton)
    assert navigator.calls == [("open_company", late.company_id, late.id)]
    # Nothing behind a figure: nothing to click.
    assert value(page, "gaps") == "0" and not page.cards["gaps"].clickable
    qtbot.mouseClick(page.cards["gaps"], Qt.MouseButton.LeftButton)
    assert len(navigator.calls) == 1


def test_double_click_opens_the_company_at_that_enrolment(
    qtbot: QtBot, demo: Services, page: DashboardPage, navigator: Navigator
) -> None:
    show(qtbot, page)
    for view, model in (
        (page.at_risk_view, page.at_risk_model),
        (page.gap_view, page.gap_model),
        (page.company_view, page.company_model),
    ):
        navigator.calls.clear()
        summary = model.record_at(1)
        assert summary is not None
        rect = view.visualRect(model.index(1, 0))
        # A double click as the system delivers it: press and release, then the double.
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert navigator.calls == []  # one click only selects
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert navigator.calls == [("open_company", summary.company_id, summary.enrolment_id)]


def test_ticking_a_milestone_changes_the_dashboard(
    qtbot: QtBot, demo: Services, context: AppContext, page: DashboardPage
) -> None:
    show(qtbot, page)
    running = cohort(demo, CohortStatus.RUNNING)
    x = Expected(demo, running.id, running=True)
    done = sum(c.done for c in x.completion.values())
    applicable = sum(c.applicable for c in x.completion.values())
    overdue = sum(c.overdue for c in x.completion.values())
    assert value(page, "milestones") == f"{done} of {applicable}"

    # The checklist on a company page, sharing the window's bus.
    name = next(n for n, c in x.completion.items() if c.overdue)
    enrolment = next(e for e in x.enrolments if e.company_name == name)
    checklist = MilestoneChecklist(context, clock=lambda: TODAY)
    qtbot.addWidget(checklist)
    checklist.set_enrolment(enrolment.id)
    checklist.show()
    late = next(
        m
        for m in demo.enrolments.milestones(enrolment.id)
        if m.due_date and m.due_date < TODAY and m.status is MilestoneStatus.NOT_STARTED
    )
    assert checklist.select_milestone(late.id)
    checklist.not_applicable_action.trigger()  # what More ▸ Not applicable does

    assert value(page, "milestones") == f"{done} of {applicable - 1}"
    assert value(page, "overdue") == str(overdue - 1)

    context.write(
        None,
        lambda: demo.enrolments.set_milestone_status(late.id, MilestoneStatus.DONE),
    )
    assert value(page, "milestones") == f"{done + 1} of {applicable}"


def test_cohort_chooser_puts_running_first_and_remembers(
    qtbot: QtBot, demo: Services, context: AppContext, settings: QSettings, page: DashboardPage
) -> None:
    show(qtbot, page)
    combo = page.cohort_combo
    running = cohort(demo, CohortStatus.RUNNING)
    finished = cohort(demo, CohortStatus.FINISHED)
    items = [combo.itemText(i) for i in range(combo.count()) if combo.itemData(i) is not None]
    assert items[0] == f"{running.name} · {running.programme_name} (running)"
    assert items[1] == f"{finished.name} · {finished.programme_name} (finished)"

    combo.setCurrentIndex(combo.findData(finished.id))
    assert int(settings.value(SETTINGS_KEY)) == finished.id
    assert value(page, "companies") == str(finished.enrolment_count)
    # A finished cohort follows no risk, and says so rather than showing an empty list.
    assert value(page, "at_risk") == "0"
    assert "finished" in page.at_risk_section.note.text()
    assert not page.at_risk_view.isVisibleTo(page)

    again = DashboardPage(context, settings=settings, clock=lambda: TODAY)
    qtbot.addWidget(again)
    again.show()
    assert again.current_cohort_id() == finished.id

    again.select_cohort(running.id)
    assert again.current_cohort_id() == running.id
    assert again.dashboard is not None and again.dashboard.cohort.id == running.id
    assert int(settings.value(SETTINGS_KEY)) == running.id


def test_without_cohorts_it_explains_where_to_begin(
    qtbot: QtBot, make: Factory, page: DashboardPage, navigator: Navigator
) -> None:
    make.company()
    show(qtbot, page)
    assert page.stack.currentWidget() is page.no_cohorts
    assert "Programmes and cohorts" in page.no_cohorts_label.text()
    assert not page.cohort_combo.isEnabled()
    qtbot.mouseClick(page.programmes_button, Qt.MouseButton.LeftButton)
    assert navigator.calls == [("go", "programmes")]


def test_a_cohort_without_companies_says_so(
    qtbot: QtBot, make: Factory, page: DashboardPage, navigator: Navigator
) -> None:
    empty = make.cohort(name="Spring 2027")
    show(qtbot, page)
    assert page.current_cohort_id() == empty.id
    assert page.no_enrolments.isVisibleTo(page)
    assert not page.details.isVisibleTo(page)
    assert page.no_enrolments_heading.text() == "No companies in Spring 2027 yet"
    # The whole explanation can be read: it used to be squeezed into a narrow column and
    # cut off after two and a half lines.
    text = page.no_enrolments_label
    assert "readiness levels" in text.text()
    qtbot.waitUntil(lambda: text.height() >= text.heightForWidth(text.width()))
    assert text.width() >= text.fontMetrics().horizontalAdvance("x" * 40)
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    assert navigator.calls == [("open_cohort", empty.id)]


def test_new_cohorts_appear_without_a_restart(
    qtbot: QtBot, make: Factory, context: AppContext, page: DashboardPage
) -> None:
    show(qtbot, page)
    assert page.stack.currentWidget() is page.no_cohorts
    created = make.cohort(name="Autumn 2027")
    context.bus.announce([Data.COHORTS])
    assert page.stack.currentWidget() is page.scroll_area
    assert page.current_cohort_id() == created.id


def test_company_table_sorts_by_a_column(qtbot: QtBot, demo: Services, page: DashboardPage) -> None:
    show(qtbot, page)
    names = column(page.company_model, CohortCompanyModel.COL_COMPANY)
    assert names == sorted(names, key=str.casefold)  # by name at first
    header = page.company_view.horizontalHeader()
    left = header.sectionViewportPosition(CohortCompanyModel.COL_READINESS)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(left + 10, 5))
    shown = [float(v) for v in column(page.company_model, CohortCompanyModel.COL_READINESS)]
    assert shown in (sorted(shown), sorted(shown, reverse=True))
    assert shown != sorted(shown) or shown != sorted(shown, reverse=True)
