"""What a write changed comes from the write: after an edit of each kind of record, every
page of the window that shows that kind reads it again (#19, point 1)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from accelerator.db.engine import Database
from accelerator.db.open import open_database
from accelerator.domain.enums import CohortStatus, EventKind, MilestoneStatus, Role
from accelerator.services import Services
from accelerator.services.assessments import AssessmentInput
from accelerator.services.clusters import ClusterInput
from accelerator.services.companies import CompanyInput, ContactInput
from accelerator.services.events import EventInput, PersonInput
from accelerator.services.programmes import CohortInput, ProgrammeInput
from accelerator.services.records import (
    CohortRecord,
    CompanyRecord,
    EnrolmentRecord,
    EventRecord,
    MilestoneRecord,
    ProgrammeRecord,
    UserRecord,
)
from accelerator.services.users import UserInput, actor_of
from accelerator.ui import change_watch
from accelerator.ui.dialogs.programme_dialog import ProgrammeDialog
from accelerator.ui.main_window import MainWindow
from accelerator.ui.pages.companies import CompaniesPage
from accelerator.ui.pages.dashboard import DashboardPage
from accelerator.ui.pages.my_companies import MyCompaniesPage
from accelerator.ui.pages.programmes import ProgrammesPage
from tests.factories import DIMENSIONS, Factory
from tests.ui.test_programmes_page import answer

LEFT = Qt.MouseButton.LeftButton
TODAY = dt.date.today()
START, END = TODAY - dt.timedelta(days=30), TODAY + dt.timedelta(days=120)


@dataclass
class World:
    """A running cohort with one company, its mentor, a milestone and an assessment."""

    programme: ProgrammeRecord
    cohort: CohortRecord
    company: CompanyRecord
    enrolment: EnrolmentRecord
    milestone: MilestoneRecord
    mentor: UserRecord
    other_mentor: UserRecord


@pytest.fixture
def world(services: Services, make: Factory) -> World:
    programme = make.programme(name="Blue Ocean Accelerator")
    make.template(programme.id, "Ten customer interviews")
    cohort = make.cohort(
        programme.id, name="Autumn", start_date=START, end_date=END, status=CohortStatus.RUNNING
    )
    company = make.company(name="Havbris AS")
    enrolment = services.enrolments.enrol(cohort.id, company.id, START)
    mentor = make.user(username="kari", display_name="Kari Nordmann")
    services.enrolments.assign_mentor(enrolment.id, mentor.id, START)
    make.assessment(enrolment.id, assessor_id=mentor.id, assessed_on=START)
    return World(
        programme=programme,
        cohort=cohort,
        company=company,
        enrolment=enrolment,
        milestone=services.enrolments.milestones(enrolment.id)[0],
        mentor=mentor,
        other_mentor=make.user(username="ola", display_name="Ola Hansen"),
    )


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box here is a failure, not a modal loop that hangs the run."""

    def fail(_parent: object, title: str, text: str, *_args: object) -> None:
        raise AssertionError(f"unexpected message box {title!r}: {text}")

    monkeypatch.setattr(QMessageBox, "warning", fail)
    monkeypatch.setattr(QMessageBox, "information", fail)


def _window(qtbot: QtBot, services: Services, tmp_path: Path, name: str) -> MainWindow:
    settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, services: Services, world: World, tmp_path: Path) -> MainWindow:
    return _window(qtbot, services, tmp_path, "coordinator")


# --- one edit of each kind, through the window's write path ------------------------------------

Edit = Callable[[Services, World], object]


def _join(services: Services, world: World) -> object:
    clusters = services.clusters.list_clusters() or [
        services.clusters.create_cluster(ClusterInput("Vestkyst Ocean", ours=True))
    ]
    return services.members.join(world.company.id, clusters[0].id)


def _new_framework_version(services: Services, _world: World) -> object:
    (default,) = services.frameworks.list_frameworks()
    spec = services.frameworks.export_framework(default.id)
    return services.frameworks.import_framework(dataclasses.replace(spec, version=spec.version + 1))


def _plan_event(services: Services, _world: World) -> object:
    day = dt.datetime.combine(START, dt.time(9))
    return services.events.create_event(
        EventInput("Havdagen", EventKind.CONFERENCE, day, day.replace(hour=16))
    )


def _register(services: Services, world: World) -> object:
    events = services.events.list_events()
    event = events[0] if events else _plan_event(services, world)
    assert isinstance(event, EventRecord)
    return services.events.register(event.id, PersonInput("Siri Berg", "siri@fjordlab.no"))


def _need(services: Services, world: World) -> object:
    from accelerator.domain.enums import NeedCategory, NeedSide
    from accelerator.services.needs import NeedInput

    return services.needs.create_need(
        NeedInput(
            world.company.id,
            NeedSide.NEED,
            NeedCategory.TEST_SITE,
            "A net pen for trials",
            sector_tags="aquaculture",
        )
    )


def _meeting(services: Services, world: World) -> object:
    from accelerator.domain.enums import NeedCategory, NeedSide
    from accelerator.services.meetings import MeetingInput
    from accelerator.services.needs import NeedInput

    lab = services.companies.create_company(CompanyInput("Havlaben Vest"))
    services.needs.create_need(
        NeedInput(
            lab.id,
            NeedSide.OFFER,
            NeedCategory.TEST_SITE,
            "Our research farm",
            sector_tags="aquaculture",
        )
    )
    proposal = services.needs.proposals()[0]
    start = dt.datetime.combine(START, dt.time(13))
    return services.meetings.book(
        MeetingInput(start, need_id=proposal.need.id, offer_id=proposal.offer.id, place="Lab")
    )


def _project(s: Services, w: World) -> object:
    from accelerator.services.projects import PartnerInput, ProjectInput

    made = s.projects.create_project(ProjectInput("Tang til fôr"))
    return s.projects.add_partner(made.id, PartnerInput(w.company.id))


EDITS: dict[str, Edit] = {
    "programme": lambda s, w: s.programmes.update_programme(
        w.programme.id, ProgrammeInput("Blue Ocean Scale-up", cluster=w.programme.cluster)
    ),
    "cohort": lambda s, w: s.programmes.update_cohort(
        w.cohort.id, CohortInput(w.programme.id, "Winter", START, END, CohortStatus.RUNNING)
    ),
    "company": lambda s, w: s.companies.update_company(
        w.company.id, CompanyInput("Havbris Ocean AS", org_number=w.company.org_number)
    ),
    "contact": lambda s, w: s.companies.add_contact(w.company.id, ContactInput("Eva Berg")),
    "enrolment": lambda s, w: s.enrolments.assign_mentor(w.enrolment.id, w.other_mentor.id),
    "milestone": lambda s, w: s.enrolments.set_milestone_status(
        w.milestone.id, MilestoneStatus.IN_PROGRESS
    ),
    "assessment": lambda s, w: s.assessments.log_assessment(
        AssessmentInput(w.enrolment.id, dict.fromkeys(DIMENSIONS, 3), assessor_id=w.mentor.id)
    ),
    "framework": _new_framework_version,
    "user": lambda s, w: s.users.create_user(UserInput("per", "Per Lie", Role.VIEWER)),
    "membership": _join,
    "event": _plan_event,
    "registration": _register,
    "need": _need,
    "meeting": _meeting,
    "project": _project,
}

#: What each page of a coordinator's window shows, read off the pages themselves (not off
#: their ``shows``, which is what is checked).
SHOWN = {
    # the subtitle and cohort list name the programme; figures per company, milestones,
    # levels
    "dashboard": {"programme", "cohort", "company", "enrolment", "milestone", "assessment"},
    # the tree, the details (framework), the enrolments tab (mentors, milestones done)
    "programmes": {
        "programme",
        "cohort",
        "company",
        "enrolment",
        "milestone",
        "framework",
        "user",
    },
    # the list (cohort, milestones, readiness, last assessed) and the profile (contacts)
    "companies": {
        "programme",
        "cohort",
        "company",
        "contact",
        "enrolment",
        "milestone",
        "assessment",
    },
    "reports": {"programme", "cohort", "company", "enrolment", "assessment"},
    # each framework's dimensions and which programmes and assessments use it
    "frameworks": {"framework", "programme", "assessment"},
    "users": {"user"},
    # the register: organisations' names, their memberships
    "members": {"company", "membership"},
    # the events and their counts; the people registered, a contact's name and company
    "events": {"company", "contact", "event", "registration"},
    # the proposals (organisations' names, their needs and offers, their clusters that
    # day) and the meetings (at which event)
    "matchmaking": {"company", "membership", "event", "need", "meeting"},
    # the projects, their partners' names and clusters (by membership)
    "projects": {"company", "membership", "project"},
    # the map: organisations' names, their clusters (by membership), the projects and
    # the meetings that led to them
    "collaboration": {"company", "membership", "meeting", "project"},
    "audit": set(EDITS),  # every change writes an entry
}


def _count_refreshes(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """The keys of the pages that read their data again, from now on."""
    refreshed: set[str] = set()

    def counting(key: str, refresh: Callable[..., None]) -> Callable[..., None]:
        def counted(*args: object, **kwargs: object) -> None:
            refreshed.add(key)
            refresh(*args, **kwargs)

        return counted

    for key, page in window.pages.items():
        monkeypatch.setattr(page, "refresh", counting(key, page.refresh))
    return refreshed


def _visit_every_page(window: MainWindow) -> None:
    """As a person would look at each page in turn (a hidden page reads on showing)."""
    for key in list(window.pages):
        window.go(key)


def test_each_kind_of_edit_refreshes_every_page_that_shows_it(
    window: MainWindow,
    services: Services,
    world: World,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert set(window.pages) == set(SHOWN)
    refreshed = _count_refreshes(window, monkeypatch)
    missed: dict[str, set[str]] = {}
    for kind, edit in EDITS.items():
        _visit_every_page(window)
        refreshed.clear()
        saved = window.context.write(window, lambda edit=edit: edit(services, world))
        assert saved is not None, kind
        _visit_every_page(window)
        stale = {key for key, kinds in SHOWN.items() if kind in kinds} - refreshed
        if stale:
            missed[kind] = stale
    assert missed == {}


def test_a_programme_renamed_in_its_dialog_shows_on_the_dashboard(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    dashboard = window.go("dashboard")
    assert isinstance(dashboard, DashboardPage)
    assert "Blue Ocean Accelerator" in dashboard.subtitle_label.text()

    programmes = window.go("programmes")
    assert isinstance(programmes, ProgrammesPage)
    programmes.select_programme(world.programme.id)

    def rename(dialog: ProgrammeDialog) -> None:
        dialog.name_edit.selectAll()
        qtbot.keyClicks(dialog.name_edit, "Blue Ocean Scale-up")
        qtbot.mouseClick(dialog.save_button, LEFT)

    renaming = answer(ProgrammeDialog, rename)
    qtbot.mouseClick(programmes.edit_programme_button, LEFT)
    renaming.check()

    window.go("dashboard")
    assert "Blue Ocean Scale-up" in dashboard.subtitle_label.text()
    assert "Blue Ocean Scale-up" in dashboard.cohort_combo.currentText()


@pytest.fixture
def elsewhere(db: Database) -> Iterator[Services]:
    """The coordinator on another desktop, with its own connection to the same file."""
    other = open_database(db.target)
    yield Services(other)
    other.dispose()


def _cohort_column(page: MyCompaniesPage) -> list[str]:
    model = page.model
    column = model.COL_COHORT
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_a_programme_renamed_elsewhere_shows_in_the_mentors_list(
    qtbot: QtBot,
    services: Services,
    elsewhere: Services,
    world: World,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(change_watch, "FILE_INTERVAL_MS", 100)
    window = _window(qtbot, services.acting_as(actor_of(world.mentor)), tmp_path, "mentor")
    page = window.go("my_companies")
    assert isinstance(page, MyCompaniesPage)
    assert _cohort_column(page) == ["Autumn · Blue Ocean Accelerator"]
    qtbot.waitUntil(lambda: window.change_watcher.seen is not None, timeout=5000)  # type: ignore[attr-defined]

    EDITS["programme"](elsewhere, world)
    qtbot.waitUntil(lambda: _cohort_column(page) == ["Autumn · Blue Ocean Scale-up"], timeout=5000)


def test_a_renamed_cohort_shows_in_the_companys_readiness_history(
    qtbot: QtBot, window: MainWindow, services: Services, world: World
) -> None:
    window.open_company(world.company.id, world.enrolment.id)
    page = window.pages["companies"]
    assert isinstance(page, CompaniesPage)
    tabs = page.profile.enrolments.tabs
    history = page.profile.enrolments.history
    tabs.setCurrentWidget(history)
    qtbot.waitUntil(lambda: "Autumn · Blue Ocean Accelerator" in history.summary_label.text())

    window.context.write(window, lambda: EDITS["cohort"](services, world))
    assert "Winter · Blue Ocean Accelerator" in history.summary_label.text()
    window.context.write(window, lambda: EDITS["programme"](services, world))
    assert "Winter · Blue Ocean Scale-up" in history.summary_label.text()
