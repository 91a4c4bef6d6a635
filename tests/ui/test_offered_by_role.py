"""What a role may not do is not offered (issue #13, finding 10).

For each kind of person the whole window is walked: every page, every company and cohort
they can open. In each place every enabled action (menus, shortcuts, context actions) and
every visible, enabled button is triggered, with every dialog made to record that it
opened and give up. Whatever opened must be something the services let that person do
(``PermissionService.allows``, the table the services refuse by), and nothing may be
refused on the way. A button or menu item that a coordinator is offered and another role
sees disabled says why in its tooltip; one hidden from them needs no words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings, Qt, QThreadPool
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import CohortStatus, Role
from accelerator.errors import PermissionDeniedError
from accelerator.services import Services
from accelerator.services.companies import ContactInput
from accelerator.services.permissions import UseCase
from accelerator.services.users import actor_of
from accelerator.ui.main_window import MainWindow
from tests.factories import DIMENSIONS, Factory

# --- what each dialog lets a person do ----------------------------------------------------


def _enrolment_of(dialog: QDialog) -> int | None:
    """The enrolment a dialog about one company's progress is for."""
    if (form := getattr(dialog, "form", None)) is not None and hasattr(form, "enrolment"):
        return int(form.enrolment.id)
    if (milestone := getattr(dialog, "milestone", None)) is not None:
        return int(milestone.enrolment_id)
    enrolment_id = getattr(dialog, "enrolment_id", None)
    return int(enrolment_id) if enrolment_id is not None else None


#: Each dialog's class name and what opening it offers; None: anyone (it changes nothing
#: of the programme's, or signs someone in).
DIALOGS: dict[str, UseCase | None] = {
    "ProgrammeDialog": UseCase.MANAGE_PROGRAMMES,
    "CohortDialog": UseCase.MANAGE_PROGRAMMES,
    "CompanyDialog": UseCase.MANAGE_COMPANIES,
    "ContactDialog": UseCase.MANAGE_COMPANIES,
    "EnrolDialog": UseCase.MANAGE_ENROLMENTS,
    "EnrolmentStatusDialog": UseCase.MANAGE_ENROLMENTS,
    "MentorDialog": UseCase.MANAGE_ENROLMENTS,
    "MilestoneDoneDialog": UseCase.UPDATE_MILESTONES,
    "MilestoneBlockedDialog": UseCase.UPDATE_MILESTONES,
    "AddMilestoneDialog": UseCase.UPDATE_MILESTONES,
    "AssessmentDialog": UseCase.LOG_ASSESSMENTS,
    "SessionDialog": UseCase.LOG_MENTOR_SESSIONS,
    "UserDialog": UseCase.MANAGE_USERS,
    "ResetPasswordDialog": UseCase.MANAGE_USERS,
    "ImportWizard": UseCase.IMPORT_COMPANIES,
    "RestoreDialog": UseCase.RESTORE_BACKUP,
    "ExportDialog": UseCase.EXPORT,
    "AddMembershipDialog": UseCase.MANAGE_MEMBERS,
    "ChangeTierDialog": UseCase.MANAGE_MEMBERS,
    "LeaveDialog": UseCase.MANAGE_MEMBERS,
    "ClusterDialog": UseCase.MANAGE_MEMBERS,
    "EventDialog": UseCase.MANAGE_EVENTS,
    "RegisterDialog": UseCase.MANAGE_EVENTS,
    "RegistrationImportDialog": UseCase.MANAGE_EVENTS,
    "NeedDialog": UseCase.MANAGE_MATCHMAKING,
    "BookMeetingDialog": UseCase.MANAGE_MATCHMAKING,
    "OutcomeDialog": UseCase.MANAGE_MATCHMAKING,
    "ClustersDialog": None,  # to look at; only a coordinator is offered New and Edit there
    "ProjectDialog": UseCase.MANAGE_PROJECTS,
    "StatusDialog": UseCase.MANAGE_PROJECTS,
    "PartnerDialog": UseCase.MANAGE_PROJECTS,
    "FundingDialog": UseCase.MANAGE_PROJECTS,
    "LinkDialog": UseCase.MANAGE_PROJECTS,
    "EntryDialog": UseCase.MANAGE_PROJECTS,
    "CataloguesDialog": None,  # to look at; only a coordinator is offered the changes there
    "FiguresDialog": UseCase.MANAGE_FIGURES,
    "FigureFieldsDialog": UseCase.MANAGE_FIGURES,
    "FigureFieldDialog": UseCase.MANAGE_FIGURES,
    "WriteFormsDialog": UseCase.MANAGE_FIGURES,
    "CollectFormsWizard": UseCase.MANAGE_FIGURES,
    "ChangePasswordDialog": UseCase.CHANGE_OWN_PASSWORD,
    "SignInDialog": None,
    "ServerSignInDialog": None,
    "ConnectServerDialog": None,
    "QPrintDialog": UseCase.PRINT_REPORTS,
}


@dataclass
class Opened:
    """What happened while one control was triggered."""

    dialogs: list[QDialog] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> Opened:
    """Dialogs record that they opened and are cancelled; message boxes are answered
    Cancel; file dialogs are cancelled; every refusal the services make is recorded."""
    seen = Opened()

    def exec_dialog(self: QDialog) -> int:
        seen.dialogs.append(self)
        return int(QDialog.DialogCode.Rejected)

    def message(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        seen.messages.append(" | ".join(str(a) for a in args[1:3]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QDialog, "exec", exec_dialog)
    monkeypatch.setattr(QMessageBox, "exec", exec_dialog)
    monkeypatch.setattr(QMenu, "exec", lambda *a, **k: None)
    for name in ("question", "warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, message)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")

    original = PermissionDeniedError.__init__

    def refused(self: PermissionDeniedError, *args: object) -> None:
        seen.refusals.append(str(args[0]) if args else "")
        original(self, *args)

    monkeypatch.setattr(PermissionDeniedError, "__init__", refused)
    return seen


# --- the world ----------------------------------------------------------------------------


@dataclass
class World:
    users: dict[Role, int]
    mine: int  # the mentor's enrolment
    theirs: int  # another mentor's enrolment in the same cohort


@pytest.fixture
def world(services: Services, make: Factory) -> World:
    """A running cohort where the mentor mentors one company and another mentor a second;
    a second cohort nobody of ours mentors in; assessments, milestones and a contact."""
    today = dt.date.today()
    start = today - dt.timedelta(weeks=10)
    programme = make.programme(name="Havrom Accelerator")
    make.template(programme.id, "Ten customer interviews", "Pitch deck")
    cohorts = [
        make.cohort(
            programme.id,
            name=name,
            start_date=start,
            end_date=today + dt.timedelta(weeks=20),
            status=CohortStatus.RUNNING,
        )
        for name in ("Vår 2026", "Høst 2026")
    ]
    users = {role: make.user(username=role.value, role=role).id for role in Role}
    other_mentor = make.user(username="other-mentor").id
    enrolled = []
    for cohort, name, mentor in (
        (cohorts[0], "Algeløft AS", users[Role.MENTOR]),
        (cohorts[0], "Blåskjell Teknologi AS", other_mentor),
        (cohorts[1], "Corall Subsea AS", other_mentor),
    ):
        company = make.company(name=name)
        e = services.enrolments.enrol(cohort.id, company.id, joined_on=start)
        services.enrolments.assign_mentor(e.id, mentor)
        make.assessment(
            e.id,
            levels=dict.fromkeys(DIMENSIONS, 3),
            assessed_on=today - dt.timedelta(weeks=2),
            assessor_id=mentor,
        )
        services.companies.add_contact(company.id, ContactInput("Åse Havik", role="CEO"))
        enrolled.append(e.id)
    make.company(name="Dypvann AS")  # enrolled nowhere
    return World(users=users, mine=enrolled[0], theirs=enrolled[1])


def _window(qtbot: QtBot, services: Services, user_id: int, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / f"settings-{user_id}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services.acting_as(actor_of(services.users.get_user(user_id))), settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


# --- places in the window -----------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    name: str
    go: Callable[[], None]
    enrolment_id: int | None = None  # the company in view, for what a mentor does there


def _select_first_rows(root: QWidget, skip: tuple[str, ...]) -> None:
    """Click the first row of every list in view, as a person picks something to act on."""
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if view.objectName() in skip or model is None or not view.isVisible():
            continue
        if model.rowCount() and not view.selectionModel().hasSelection():
            view.setCurrentIndex(model.index(0, 0))


def _places(window: MainWindow) -> Iterator[Place]:
    def page(key: str) -> Callable[[], None]:
        def go() -> None:
            window.go(key)
            _select_first_rows(window.pages[key], skip=("programmeTree", "companyTable"))

        return go

    for key in window.pages:
        yield Place(f"page {key}", page(key))
    overview = window.services.overview
    for row in overview.company_rows():

        def company(company_id: int = row.id) -> None:
            window.open_company(company_id)
            _select_first_rows(window.pages["companies"], skip=())

        enrolment = window.services.enrolments.list_enrolments()
        enrolment_id = next((e.id for e in enrolment if e.company_id == row.id), None)
        yield Place(f"company {row.name}", company, enrolment_id)
    programmes = window.pages["programmes"]
    for cohort in window.services.programmes.list_cohorts():
        for tab in range(3):

            def cohort_tab(cohort_id: int = cohort.id, tab: int = tab) -> None:
                window.open_cohort(cohort_id)
                tabs = programmes.findChild(QTabWidget)
                assert tabs is not None
                tabs.setCurrentIndex(tab)
                _select_first_rows(programmes, skip=("programmeTree",))

            yield Place(f"cohort {cohort.name}, tab {tab}", cohort_tab)


# --- what is offered ----------------------------------------------------------------------


def _offered_buttons(window: MainWindow) -> list[QAbstractButton]:
    """Push and tool buttons a person can press now. A button that drops a menu is left
    to its menu's actions (pressing it would wait for a choice)."""
    return [b for b in window.findChildren(QAbstractButton) if _offered_button(b)]


def _in_menu_bar(action: QAction, window: MainWindow) -> bool:
    menus = (window.file_menu, window.edit_menu, window.view_menu, window.help_menu)
    return any(action in m.actions() for m in menus)


def _reachable(action: QAction, window: MainWindow) -> bool:
    """In a menu of the menu bar, on a visible button or widget (its context menu), or
    owned by a visible widget: where a person can get at it."""
    menus = {window.file_menu, window.edit_menu, window.view_menu, window.help_menu}
    for owner in (*action.associatedObjects(), action.parent()):
        if isinstance(owner, QMenu) and owner in menus:
            return True
        if isinstance(owner, QWidget) and not isinstance(owner, QMenu) and owner.isVisible():
            return True
    return False


def _offered_action(a: QAction, window: MainWindow) -> bool:
    return (
        a.isEnabled()
        and a.isVisible()
        and not a.isSeparator()
        and a.menu() is None
        and a.objectName() != "_q_qlineeditclearaction"
        and a.text().replace("&", "") != "Quit"
        and _reachable(a, window)
    )


def _offered_actions(window: MainWindow) -> list[QAction]:
    return [a for a in window.findChildren(QAction) if _offered_action(a, window)]


def _offered_button(b: QAbstractButton) -> bool:
    return (
        isinstance(b, QPushButton | QToolButton)
        and b.isVisible()
        and b.isEnabled()
        and b.menu() is None
        and not b.objectName().startswith("qt_")
    )


def _offered(control: QObject, window: MainWindow) -> bool:
    if isinstance(control, QAbstractButton):
        return _offered_button(control)
    if isinstance(control, QAction):
        return _offered_action(control, window)
    return _offered_shortcut(control)  # type: ignore[arg-type]


def _offered_shortcut(s: QShortcut) -> bool:
    parent = s.parent()
    return s.isEnabled() and isinstance(parent, QWidget) and parent.isVisible()


def _offered_shortcuts(window: MainWindow) -> list[QShortcut]:
    return [s for s in window.findChildren(QShortcut) if _offered_shortcut(s)]


def _name(control: QObject) -> str:
    text = control.text() if isinstance(control, QAbstractButton | QAction) else ""
    if isinstance(control, QShortcut):
        text = control.key().toString()
    return f"{type(control).__name__} {text.replace('&', '')!r} {control.objectName()}".strip()


def _settle(qtbot: QtBot) -> None:
    """Background work a control started (a backup, a report) ends before the next one."""
    pool = QThreadPool.globalInstance()
    qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=30_000)


def _trigger(qtbot: QtBot, control: QObject) -> None:
    if isinstance(control, QAbstractButton):
        qtbot.mouseClick(control, Qt.MouseButton.LeftButton)
    elif isinstance(control, QAction):
        control.trigger()
    elif isinstance(control, QShortcut):
        control.activated.emit()
    _settle(qtbot)


# --- the walk -----------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_everything_offered_is_allowed(
    qtbot: QtBot,
    services: Services,
    world: World,
    role: Role,
    opened: Opened,
    tmp_path: Path,
) -> None:
    window = _window(qtbot, services, world.users[role], tmp_path)
    permissions = window.services.permissions
    wrong: list[str] = []
    walked = 0
    # The menu bar's actions do the same wherever they are chosen, but for these two,
    # which act on the company or cohort in view.
    in_view = {window.log_assessment_action, window.print_report_action}  # type: ignore[attr-defined]
    menu_bar = {a for a in window.findChildren(QAction) if _in_menu_bar(a, window)} - in_view
    tried: set[QObject] = set()
    for place in _places(window):
        place.go()
        controls: list[QObject] = [
            *_offered_buttons(window),
            *_offered_actions(window),
            *_offered_shortcuts(window),
        ]
        for control in controls:
            if control in menu_bar and control in tried:
                continue
            tried.add(control)
            place.go()  # the last control may have moved elsewhere
            if not _offered(control, window):
                continue
            opened.dialogs.clear()
            opened.refusals.clear()
            opened.messages.clear()
            _trigger(qtbot, control)
            walked += 1
            where = f"{role.value} at {place.name}: {_name(control)}"
            for refusal in opened.refusals:
                wrong.append(f"{where} was refused: {refusal}")
            for message in opened.messages:
                if re.search(r"(?i)only a coordinator|may not|not allowed", message):
                    wrong.append(f"{where} said no: {message}")
            for dialog in opened.dialogs:
                kind = type(dialog).__name__
                if kind not in DIALOGS:
                    wrong.append(f"{where} opened {kind}: say in DIALOGS what it offers")
                    continue
                use_case = DIALOGS[kind]
                if use_case is None:
                    continue
                enrolment_id = _enrolment_of(dialog) or place.enrolment_id
                if not permissions.allows(use_case, enrolment_id=enrolment_id):
                    wrong.append(f"{where} opened {kind}, but may not {use_case}")
            if not window.isVisible():
                window.show()  # a control that closes the window is Quit, left out above
    assert walked > 20
    assert not wrong, "\n".join(wrong)


# --- what is disabled says why -----------------------------------------------------------


def _path(control: QObject, root: QObject) -> str:
    """The attributes that lead from the window to ``control``, e.g.
    ``pages.programmes/enrolments/enrol_button``: the same control in every role's window."""
    names = []
    node: QObject | None = control
    while node is not None and node is not root:
        parent = node.parent()
        owner = parent
        name = None
        while owner is not None and name is None:
            name = next((k for k, v in vars(owner).items() if v is node), None)
            if name is None:
                owner = owner.parent()
        names.append(name or f"{type(node).__name__}:{node.objectName()}")
        node = owner if name is not None and owner is not None else parent
    return "/".join(reversed(names))


def _shown_controls(window: MainWindow) -> dict[str, tuple[bool, str]]:
    """Each visible button and menu item: enabled, and its tooltip."""
    shown: dict[str, tuple[bool, str]] = {}
    for button in window.findChildren(QAbstractButton):
        if isinstance(button, QPushButton | QToolButton) and button.isVisible():
            shown[_path(button, window)] = (button.isEnabled(), button.toolTip())
    for menu in (window.file_menu, window.edit_menu, window.view_menu):
        for action in menu.actions():
            if action.isVisible() and not action.isSeparator():
                key = f"menu {action.text()}"
                tip = action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
                shown[key] = (action.isEnabled(), tip)
    return shown


def test_what_another_role_sees_disabled_says_why(
    qtbot: QtBot, services: Services, world: World, opened: Opened, tmp_path: Path
) -> None:
    seen: dict[Role, dict[str, dict[str, tuple[bool, str]]]] = {}
    for role in Role:
        window = _window(qtbot, services, world.users[role], tmp_path)
        seen[role] = {}
        for place in _places(window):
            place.go()
            seen[role][place.name] = _shown_controls(window)
        window.close()
    coordinator = seen[Role.COORDINATOR]
    unexplained = []
    for role in (Role.MENTOR, Role.VIEWER):
        for place, controls in seen[role].items():
            for key, (enabled, tip) in controls.items():
                offered = coordinator.get(place, {}).get(key)
                if enabled or offered is None or not offered[0]:
                    continue
                if not tip or tip == offered[1]:
                    unexplained.append(f"{role.value} at {place}: {key} ({tip!r})")
    assert not unexplained, "disabled with no reason given:\n" + "\n".join(unexplained)


@pytest.mark.parametrize("role", [Role.MENTOR, Role.VIEWER])
def test_the_shortcuts_of_what_a_role_may_not_do_do_nothing(
    qtbot: QtBot, services: Services, world: World, role: Role, opened: Opened, tmp_path: Path
) -> None:
    window = _window(qtbot, services, world.users[role], tmp_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    for key, modifiers in ((Qt.Key.Key_N, ctrl | shift), (Qt.Key.Key_N, ctrl)):
        qtbot.keyClick(window, key, modifiers)
    assert [type(d).__name__ for d in opened.dialogs] == []
    assert opened.messages == []
    file_menu = [a.text() for a in window.file_menu.actions() if a.isVisible()]
    assert "New &programme…" not in file_menu and "New &company…" not in file_menu


def test_an_empty_database_offers_a_viewer_no_way_to_fill_it(
    qtbot: QtBot, services: Services, make: Factory, tmp_path: Path
) -> None:
    viewer = make.user(username="vera", role=Role.VIEWER).id
    window = _window(qtbot, services, viewer, tmp_path)
    assert window.current_key() == "welcome"
    assert [b.text() for b in _offered_buttons(window) if window.welcome.isAncestorOf(b)] == []
    assert "A coordinator sets up the programme" in window.welcome.empty_label.text()
    coordinator = make.user(username="cora", role=Role.COORDINATOR).id
    window = _window(qtbot, services, coordinator, tmp_path)
    offered = [b.text() for b in _offered_buttons(window) if window.welcome.isAncestorOf(b)]
    assert offered == [
        "Load the demo programme",
        "Create your first programme",
        "Import companies from a spreadsheet",
    ]
