"""The dashboard's outcomes as a coordinator reads them: each figure with how many of the
cohort's companies reported it, "missing" where none did (never 0), the companies
behind a figure a click away, and new figures or sessions shown without a restart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import SessionKind
from accelerator.services import Services
from accelerator.services.sessions import SessionInput
from accelerator.ui.context import AppContext
from accelerator.ui.operations import ChangeBus
from accelerator.ui.pages.dashboard import DashboardPage
from tests.factories import Factory

TODAY = dt.date.today()
JOINED = dt.date(TODAY.year, 1, 5)


class Navigator:
    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def open_company(self, company_id: int, enrolment_id: int | None = None) -> None:
        self.calls.append(("open_company", company_id, enrolment_id))

    def show_companies(self, company_ids: Iterable[int] | None, label: str = "") -> None:
        self.calls.append(("show_companies", sorted(company_ids or ()), label))


@pytest.fixture
def world(services: Services, make: Factory) -> dict[str, int]:
    """A cohort of two: Fjordlaks reported its FTE and revenue for the baseline year and
    this year; Havbris reported nothing."""
    cohort = make.cohort(name="Vår", start_date=JOINED, end_date=JOINED + dt.timedelta(weeks=26)).id
    laks = make.company(name="Fjordlaks AS").id
    bris = make.company(name="Havbris AS").id
    a = services.enrolments.enrol(cohort, laks, joined_on=JOINED).id
    b = services.enrolments.enrol(cohort, bris, joined_on=JOINED).id
    services.figures.record(laks, TODAY.year - 1, {"fte": 10, "revenue": 4_000_000})
    services.figures.record(laks, TODAY.year, {"fte": 13.5, "revenue": 6_500_000})
    return {"cohort": cohort, "laks": laks, "bris": bris, "a": a, "b": b}


@pytest.fixture
def navigator() -> Navigator:
    return Navigator()


@pytest.fixture
def context(services: Services, navigator: Navigator) -> AppContext:
    return AppContext(services, ChangeBus(), navigator)


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, tmp_path: Path, world: dict[str, int]) -> DashboardPage:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    widget = DashboardPage(context, settings=settings, clock=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.select_cohort(world["cohort"])
    read(qtbot, widget)
    return widget


def read(qtbot: QtBot, page: DashboardPage) -> None:
    qtbot.waitUntil(lambda: not page.outcomes_panel.is_loading())
    qtbot.waitUntil(lambda: page.outcomes_panel.outcomes is not None)


def card(page: DashboardPage, key: str) -> tuple[str, str]:
    shown = page.outcomes_panel.cards[key]
    return shown.value_label.text(), shown.detail_label.text()


def test_each_outcome_says_how_many_reported_and_missing_is_missing(
    page: DashboardPage,
) -> None:
    panel = page.outcomes_panel
    assert panel.isVisible() and panel.heading.text() == "Outcomes"
    assert card(page, "jobs") == ("+3.5", "full-time equivalents · 1 of 2 companies reported")
    assert card(page, "revenue") == (
        "+2.5 million kr",
        "since the baseline · 1 of 2 companies reported",
    )
    # Nobody reported capital: missing, not 0 kr.
    value, detail = card(page, "capital")
    assert value == "missing"
    assert detail.endswith("0 of 2 companies reported")
    assert card(page, "readiness")[0] == "missing"
    assert card(page, "graduation") == (
        "none finished yet",
        "0 graduated, 0 withdrew · 0 of 2 companies finished",
    )
    assert card(page, "mentoring") == ("0", "0 mentor sessions")
    assert not panel.cards["capital"].clickable


def test_a_figure_behind_one_company_opens_it(
    qtbot: QtBot, page: DashboardPage, navigator: Navigator, world: dict[str, int]
) -> None:
    jobs = page.outcomes_panel.cards["jobs"]
    assert jobs.clickable
    qtbot.mouseClick(jobs, Qt.MouseButton.LeftButton)
    assert navigator.calls == [("open_company", world["laks"], world["a"])]


def test_new_figures_and_sessions_show_without_a_restart(
    qtbot: QtBot,
    page: DashboardPage,
    context: AppContext,
    services: Services,
    make: Factory,
    world: dict[str, int],
    navigator: Navigator,
) -> None:
    mentor = make.user()
    services.enrolments.assign_mentor(world["b"], mentor.id)
    context.write(
        page,
        lambda: services.figures.record(
            world["bris"], TODAY.year - 1, {"fte": 4, "equity_raised": 500_000}
        ),
    )
    context.write(
        page,
        lambda: services.figures.record(
            world["bris"], TODAY.year, {"fte": 3, "grants_raised": 250_000}
        ),
    )
    context.write(
        page,
        lambda: services.sessions.log_session(
            SessionInput(world["b"], JOINED + dt.timedelta(days=3), 90, SessionKind.CALL, "Pricing")
        ),
    )
    context.write(
        page,
        lambda: services.sessions.log_session(
            SessionInput(
                world["b"], JOINED + dt.timedelta(days=9), 30, SessionKind.MEETING, "Board"
            )
        ),
    )
    read(qtbot, page)
    qtbot.waitUntil(lambda: card(page, "mentoring")[0] == "2")
    assert card(page, "jobs") == ("+2.5", "full-time equivalents · 2 of 2 companies reported")
    # Capital since enrolment: this year's grants only (the equity was the baseline's).
    assert card(page, "capital")[0] == "250,000 kr"
    assert card(page, "mentoring")[1] == "2 mentor sessions"
    qtbot.mouseClick(page.outcomes_panel.cards["jobs"], Qt.MouseButton.LeftButton)
    assert navigator.calls[-1][:2] == ("show_companies", sorted([world["laks"], world["bris"]]))
