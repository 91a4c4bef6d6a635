"""The coordinator's main window: navigation on the left, one page at a time on the right,
menus and shortcuts for the common actions, and a status bar that says where the data is
and who is working on it."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)

from accelerator import __version__
from accelerator.domain.enums import Role
from accelerator.errors import AcceleratorError
from accelerator.i18n import marked, translate
from accelerator.paths import AppPaths, resolve_paths
from accelerator.services import Services
from accelerator.services.permissions import UseCase
from accelerator.ui import (
    access_actions,
    change_watch,
    import_drops,
    language_actions,
    report_actions,
    safety_actions,
    team_actions,
)
from accelerator.ui.context import AppContext
from accelerator.ui.kit import ask_to_save, role_name
from accelerator.ui.kit.icons import icon
from accelerator.ui.offers import offer, refusal
from accelerator.ui.operations import ChangeBus, Data
from accelerator.ui.pages.base import Page
from accelerator.ui.pages.welcome import WelcomePage
from accelerator.ui.window_base import WindowBase

if TYPE_CHECKING:
    from accelerator.ui.pages.audit import AuditPage
    from accelerator.ui.pages.collaboration import CollaborationPage
    from accelerator.ui.pages.companies import CompaniesPage
    from accelerator.ui.pages.dashboard import DashboardPage
    from accelerator.ui.pages.events import EventsPage
    from accelerator.ui.pages.frameworks import FrameworksPage
    from accelerator.ui.pages.matchmaking import MatchmakingPage
    from accelerator.ui.pages.members import MembersPage
    from accelerator.ui.pages.my_companies import MyCompaniesPage
    from accelerator.ui.pages.programmes import ProgrammesPage
    from accelerator.ui.pages.projects import ProjectsPage
    from accelerator.ui.pages.reports import ReportsPage
    from accelerator.ui.pages.users import UsersPage

log = logging.getLogger(__name__)

P = TypeVar("P", bound=Page)
P_co = TypeVar("P_co", bound=Page, covariant=True)


@dataclass(frozen=True)
class PageEntry(Generic[P_co]):
    key: str
    label: str
    icon: str
    make: Callable[[AppContext], P_co]
    #: Ctrl+<digit> shows the page: one number per page, whoever signs in, so that a
    #: shortcut learnt in one role still works in another (gaps where a role lacks a page).
    #: None: no shortcut (the ten digits are taken).
    digit: int | None
    #: What the person must be allowed (the services' rules) to see the page; None: anyone.
    needs: UseCase | None = None
    #: The roles the page is for, whatever they are allowed; None: everyone.
    roles: tuple[Role, ...] | None = None

    def offered_to(self, services: Services) -> bool:
        if self.roles is not None and services.actor.role not in self.roles:
            return False
        return self.needs is None or services.permissions.allows(self.needs)


_CONTEXT = "MainWindow"


# Each page's module is imported when the page is first built: the eight and what they
# import (reportlab for the Reports page) took a fifth of a second of every start.


def _my_companies(context: AppContext) -> MyCompaniesPage:
    from accelerator.ui.pages.my_companies import MyCompaniesPage

    return MyCompaniesPage(context)


def _dashboard(context: AppContext) -> DashboardPage:
    from accelerator.ui.pages.dashboard import DashboardPage

    return DashboardPage(context)


def _programmes(context: AppContext) -> ProgrammesPage:
    from accelerator.ui.pages.programmes import ProgrammesPage

    return ProgrammesPage(context)


def _companies(context: AppContext) -> CompaniesPage:
    from accelerator.ui.pages.companies import CompaniesPage

    return CompaniesPage(context)


def _members(context: AppContext) -> MembersPage:
    from accelerator.ui.pages.members import MembersPage

    return MembersPage(context)


def _events(context: AppContext) -> EventsPage:
    from accelerator.ui.pages.events import EventsPage

    return EventsPage(context)


def _matchmaking(context: AppContext) -> MatchmakingPage:
    from accelerator.ui.pages.matchmaking import MatchmakingPage

    return MatchmakingPage(context)


def _projects(context: AppContext) -> ProjectsPage:
    from accelerator.ui.pages.projects import ProjectsPage

    return ProjectsPage(context)


def _collaboration(context: AppContext) -> CollaborationPage:
    from accelerator.ui.pages.collaboration import CollaborationPage

    return CollaborationPage(context)


def _reports(context: AppContext) -> ReportsPage:
    from accelerator.ui.pages.reports import ReportsPage

    return ReportsPage(context)


def _frameworks(context: AppContext) -> FrameworksPage:
    from accelerator.ui.pages.frameworks import FrameworksPage

    return FrameworksPage(context)


def _users(context: AppContext) -> UsersPage:
    from accelerator.ui.pages.users import UsersPage

    return UsersPage(context)


def _audit(context: AppContext) -> AuditPage:
    from accelerator.ui.pages.audit import AuditPage

    return AuditPage(context)


# The pages, each with its navigation key, label, icon and Ctrl+digit; MainWindow adds
# them in navigation order (ENTRIES). A new page: one entry here and in ENTRIES, and a
# typed property in MainWindow.
# A mentor's own list; a coordinator assigned to a company finds it under Companies.
MY_COMPANIES = PageEntry(
    "my_companies",
    marked("MainWindow", "My companies"),
    "my_companies",
    _my_companies,
    8,
    roles=(Role.MENTOR,),
)
DASHBOARD = PageEntry("dashboard", marked("MainWindow", "Dashboard"), "dashboard", _dashboard, 1)
PROGRAMMES = PageEntry(
    "programmes", marked("MainWindow", "Programmes and cohorts"), "programmes", _programmes, 2
)
COMPANIES = PageEntry("companies", marked("MainWindow", "Companies"), "companies", _companies, 3)
MEMBERS = PageEntry("members", marked("MainWindow", "Members"), "members", _members, 9)
EVENTS = PageEntry("events", marked("MainWindow", "Events"), "events", _events, 0)
MATCHMAKING = PageEntry(
    "matchmaking", marked("MainWindow", "Matchmaking"), "matchmaking", _matchmaking, None
)
# Joint projects across clusters: the clusters' icon, as Matchmaking took the group's; the
# ten Ctrl digits are taken.
PROJECTS = PageEntry("projects", marked("MainWindow", "Projects"), "projects", _projects, None)
COLLABORATION = PageEntry(
    "collaboration",
    marked("MainWindow", "Collaboration map"),
    "collaboration",
    _collaboration,
    None,
)
REPORTS = PageEntry("reports", marked("MainWindow", "Reports"), "reports", _reports, 4)
FRAMEWORKS = PageEntry(
    "frameworks", marked("MainWindow", "Readiness frameworks"), "assessment", _frameworks, 5
)
USERS = PageEntry(
    "users", marked("MainWindow", "Users"), "users", _users, 6, needs=UseCase.MANAGE_USERS
)
AUDIT = PageEntry(
    "audit",
    marked("MainWindow", "Audit trail"),
    "audit",
    _audit,
    7,
    needs=UseCase.READ_AUDIT_TRAIL,
)


class Pages(Mapping[str, Page]):
    """The window's pages by navigation key, in navigation order: every page offered to
    the person is a key, and a page is built the first time it is asked for (shown, linked
    to, or its typed attribute read). Building all eight before the window showed took a
    quarter of the start (docs/benchmarks.md); most sessions visit two or three.

    Iterating the keys or asking ``key in pages`` builds nothing; ``pages[key]``, ``get``,
    ``values`` and ``items`` build what they return. ``built()`` is what exists so far."""

    def __init__(self, build: Callable[[PageEntry[Page]], Page]) -> None:
        self._build = build
        self._entries: dict[str, PageEntry[Page]] = {}
        self._built: dict[str, Page] = {}

    def offer(self, entry: PageEntry[Page]) -> None:
        self._entries[entry.key] = entry

    def of(self, entry: PageEntry[P]) -> P:
        """The page of ``entry`` (which must be offered), built if it is not yet."""
        page = self[entry.key]
        # Built by entry.make, which returns a P.
        return cast(P, page)

    def built(self) -> dict[str, Page]:
        return dict(self._built)

    def __getitem__(self, key: str) -> Page:
        page = self._built.get(key)
        if page is None:
            page = self._built[key] = self._build(self._entries[key])
        return page

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._entries))

    def __len__(self) -> int:
        return len(self._entries)


#: Every page, in navigation order.
ENTRIES: tuple[PageEntry[Page], ...] = (
    MY_COMPANIES,
    DASHBOARD,
    PROGRAMMES,
    COMPANIES,
    MEMBERS,
    EVENTS,
    MATCHMAKING,
    PROJECTS,
    COLLABORATION,
    REPORTS,
    FRAMEWORKS,
    USERS,
    AUDIT,
)


class MainWindow(WindowBase):
    pages: Pages

    def __init__(
        self,
        services: Services,
        settings: QSettings | None = None,
        paths: AppPaths | None = None,
        language_flag: str | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.services = services
        self.settings = settings or QSettings()
        self.paths = paths or resolve_paths()
        self.language_flag = language_flag
        self.context = AppContext(services, ChangeBus(self), self)
        self.setWindowTitle(self.tr("Accelerator"))
        self.setMinimumSize(QSize(960, 600))

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(2)
        self.nav.setMinimumWidth(180)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.stack = QStackedWidget(self)
        self.pages = Pages(self._build_page)
        self._keys: list[str] = []  # the page key of each navigation row
        self._shortcuts: dict[str, QKeySequence] = {}  # the page key's Ctrl+<digit>
        # In navigation order; each page is built when first needed (its typed attribute
        # below). The ones every role has are always there; the others are None for
        # whoever they are not for.
        for entry in ENTRIES:
            self._add_page(entry)
        self.welcome = WelcomePage(self.context)
        self.welcome.filled.connect(self._database_filled)
        self.welcome.create_programme_requested.connect(self._first_programme)
        self.welcome.import_requested.connect(self._import_companies)
        self.stack.addWidget(self.welcome)
        self.nav.currentRowChanged.connect(self._nav_changed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([210, 1000])
        self.setCentralWidget(self.splitter)

        self._build_menus()
        self.user_label = QLabel(self)
        self.database_label = QLabel(self)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.database_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.database_label.setText(self.tr("Database: {0}").format(services.db.display_name))
        actor = services.actor
        name = actor.username
        if actor.user_id is not None:
            name = services.users.get_user(actor.user_id).display_name
        self.user_label.setText(
            self.tr("Signed in as {0} ({1})").format(name, role_name(actor.role))
        )
        # The areas that add their own menu actions, status-bar parts or start-up work,
        # each in its own module against WindowBase; the window keeps what it uses.
        self.print_report_action = report_actions.install(self)
        access = access_actions.install(self)
        self.switch_user_action = access.switch_user
        self.change_password_action = access.change_password
        self.team_actions = team_actions.install(self)
        self.safety_actions = safety_actions.install(self)
        self.language_actions = language_actions.install(self)
        # A drop goes to the File menu's own import.
        self.import_drop = import_drops.install(
            self, self.context, self.safety_actions.import_companies
        )
        self.change_watcher = change_watch.install(self)
        self._restore_state()

    def another(self, services: Services) -> MainWindow:
        return MainWindow(services, self.settings, self.paths, self.language_flag)

    # --- navigation ---------------------------------------------------------------------

    def _add_page(self, entry: PageEntry[P]) -> None:
        """The navigation row of ``entry``, if it is for this person; the page waits."""
        if not entry.offered_to(self.services):
            return
        self.pages.offer(entry)
        if entry.digit is not None:
            self._shortcuts[entry.key] = QKeySequence(f"Ctrl+{entry.digit}")
        self._add_nav_item(entry.key, translate(_CONTEXT, entry.label), entry.icon)

    def _build_page(self, entry: PageEntry[Page]) -> Page:
        page = entry.make(self.context)
        self.stack.addWidget(page)
        log.debug("built the %s page", entry.key)
        return page

    def _offered(self, entry: PageEntry[P]) -> P | None:
        """The page of ``entry`` if it is for this person (built now if it was not)."""
        return self.pages.of(entry) if entry.key in self.pages else None

    def _everyones(self, entry: PageEntry[P]) -> P:
        """A page that every role has (no ``needs``, no ``roles``)."""
        assert entry.key in self.pages, f"the {entry.key} page is for everyone"
        return self.pages.of(entry)

    # The pages, typed; each is built the first time it is read.

    @property
    def my_companies_page(self) -> MyCompaniesPage | None:
        return self._offered(MY_COMPANIES)

    @property
    def dashboard_page(self) -> DashboardPage:
        return self._everyones(DASHBOARD)

    @property
    def programmes_page(self) -> ProgrammesPage:
        return self._everyones(PROGRAMMES)

    @property
    def companies_page(self) -> CompaniesPage:
        return self._everyones(COMPANIES)

    @property
    def members_page(self) -> MembersPage:
        return self._everyones(MEMBERS)

    @property
    def events_page(self) -> EventsPage:
        return self._everyones(EVENTS)

    @property
    def matchmaking_page(self) -> MatchmakingPage:
        return self._everyones(MATCHMAKING)

    @property
    def projects_page(self) -> ProjectsPage:
        return self._everyones(PROJECTS)

    @property
    def collaboration_page(self) -> CollaborationPage:
        return self._everyones(COLLABORATION)

    @property
    def reports_page(self) -> ReportsPage:
        return self._everyones(REPORTS)

    @property
    def frameworks_page(self) -> FrameworksPage:
        return self._everyones(FRAMEWORKS)

    @property
    def users_page(self) -> UsersPage | None:
        return self._offered(USERS)

    @property
    def audit_page(self) -> AuditPage | None:
        return self._offered(AUDIT)

    def _add_nav_item(self, key: str, label: str, icon_name: str, row: int | None = None) -> None:
        item = QListWidgetItem(icon(icon_name), label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        if key in self._shortcuts:
            keys = self._shortcuts[key].toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(self.tr("{0} ({1})").format(label, keys))
        item.setSizeHint(QSize(0, 34))
        if row is None:
            self.nav.addItem(item)
            self._keys.append(key)
        else:
            self.nav.insertItem(row, item)
            self._keys.insert(row, key)

    def _page(self, key: str) -> Page:
        return self.welcome if key == "welcome" else self.pages[key]

    def current_key(self) -> str:
        widget = self.stack.currentWidget()
        if widget is self.welcome:
            return "welcome"
        return next((k for k, p in self.pages.built().items() if p is widget), "dashboard")

    def go(self, key: str) -> Page:
        """Show the page ``key`` (asking first if the current page has unsaved edits)."""
        if key == "welcome" and "welcome" not in self._keys:
            # An empty database: "Get started" heads the navigation until there is data.
            self._add_nav_item("welcome", self.tr("Get started"), "welcome", row=0)
        row = self._keys.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        else:
            self.stack.setCurrentWidget(self._page(key))
        return self._page(key)

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self._keys[row]
        target = self._page(key)
        current = self.stack.currentWidget()
        if isinstance(current, Page) and current is not target and not self._may_leave(current):
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self._keys.index(self.current_key()))
            self.nav.blockSignals(False)
            return
        self.stack.setCurrentWidget(target)
        if key != "welcome":
            self.settings.setValue("window/page", key)

    def _database_filled(self) -> None:
        """The welcome page's work is done: drop its entry and show the dashboard."""
        if "welcome" in self._keys:
            on_welcome = self.current_key() == "welcome"
            row = self._keys.index("welcome")
            self.nav.blockSignals(True)
            self.nav.takeItem(row)
            self._keys.pop(row)
            self.nav.blockSignals(False)
            if on_welcome:
                self.go("dashboard")

    def _may_leave(self, page: Page) -> bool:
        if not page.has_unsaved_changes():
            return True
        return ask_to_save(
            self,
            self.tr("Unsaved changes"),
            self.tr("{0} has changes that are not saved. Save them?").format(page.title),
            page.save_changes,
            page.discard_changes,
        )

    # Navigator, for pages that link to each other.

    def open_company(self, company_id: int, enrolment_id: int | None = None) -> None:
        self.go("companies")
        self.companies_page.open_company(company_id, enrolment_id)

    def open_cohort(self, cohort_id: int) -> None:
        self.go("programmes")
        self.programmes_page.open_cohort(cohort_id)

    def open_dashboard(self, cohort_id: int | None = None) -> None:
        self.go("dashboard")
        if cohort_id is not None:
            self.dashboard_page.select_cohort(cohort_id)

    def show_companies(self, company_ids: Iterable[int] | None, label: str = "") -> None:
        self.go("companies")
        self.companies_page.show_only(None if company_ids is None else set(company_ids), label)

    def _import_companies(self) -> None:
        self.safety_actions.import_companies()

    def _log_assessment(self) -> None:
        """Log an assessment of the company in view: the one selected in My companies, or
        the enrolment shown on the company page."""
        key = self.current_key()
        if key == "my_companies" and self.my_companies_page is not None:
            self.my_companies_page.log_assessment()
            return
        enrolment_id = None
        if key == "companies":
            enrolment_id = self.companies_page.current_enrolment_id()
        allowed = self.services.permissions.allows(
            UseCase.LOG_ASSESSMENTS, enrolment_id=enrolment_id
        )
        if enrolment_id is not None and not allowed and "my_companies" in self.pages:
            # Another mentor's company: the mentor's own are a key away.
            self.go("my_companies")
            self.statusBar().showMessage(refusal(UseCase.LOG_ASSESSMENTS), 8000)
            return
        if enrolment_id is not None:
            from accelerator.ui.dialogs.assessment_dialog import AssessmentDialog

            try:
                AssessmentDialog.ask(self, self.context, enrolment_id)
            except AcceleratorError as error:
                QMessageBox.warning(self, self.tr("Log assessment"), str(error))
            return
        if "my_companies" in self.pages:
            self.go("my_companies")
            return
        QMessageBox.information(
            self,
            self.tr("Log assessment"),
            self.tr("Open a company first, and choose the cohort in its programme history."),
        )

    def _first_programme(self) -> None:
        self.go("programmes")
        self.programmes_page.new_programme()

    # --- menus --------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon_name: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _offer(self, action: QAction, use_case: UseCase) -> None:
        """Whoever may never ``use_case`` is not shown it, nor can its shortcut reach it."""
        offer(action, self.services.permissions.allows(use_case), use_case, hide=True)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = file_menu = bar.addMenu(self.tr("&File"))
        self.new_company_action = self._action(
            self.tr("New &company…"), self._new_company, QKeySequence.StandardKey.New, "add"
        )
        file_menu.addAction(self.new_company_action)
        self._offer(self.new_company_action, UseCase.MANAGE_COMPANIES)
        self.new_programme_action = self._action(
            self.tr("New &programme…"), self._new_programme, "Ctrl+Shift+N", "programmes"
        )
        file_menu.addAction(self.new_programme_action)
        self._offer(self.new_programme_action, UseCase.MANAGE_PROGRAMMES)
        self.log_assessment_action = self._action(
            self.tr("&Log assessment…"), self._log_assessment, "Ctrl+L", "assessment"
        )
        self._offer(self.log_assessment_action, UseCase.LOG_ASSESSMENTS)
        file_menu.addAction(self.log_assessment_action)
        file_menu.addSeparator()
        # Installed areas add their actions above this separator (see __init__).
        self.file_menu_end = file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        )
        self.edit_menu = edit_menu = bar.addMenu(self.tr("&Edit"))
        self.find_action = self._action(
            self.tr("&Find company…"), self._find, QKeySequence.StandardKey.Find, "find"
        )
        edit_menu.addAction(self.find_action)
        self.view_menu = view_menu = bar.addMenu(self.tr("&View"))
        for key in self.pages:
            item = self.nav.item(self._keys.index(key))
            view_menu.addAction(
                self._action(item.text(), self._shows(key), self._shortcuts.get(key), None)
            )
        self.refresh_action = self._action(
            self.tr("&Refresh"), self._refresh, QKeySequence.StandardKey.Refresh
        )
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        self.help_menu = help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Accelerator"), self._about))

    def _shows(self, key: str) -> Callable[[], object]:
        # A closure without parameters: a lambda with a default argument (lambda k=key: ...)
        # would receive triggered's "checked" flag in place of the key.
        return lambda: self.go(key)

    def _new_company(self) -> None:
        self.go("companies")
        self.companies_page.new_company()

    def _new_programme(self) -> None:
        self.go("programmes")
        self.programmes_page.new_programme()

    def _find(self) -> None:
        self.go("companies")
        self.companies_page.focus_filter()

    def _refresh(self) -> None:
        self.context.bus.announce([Data.EVERYTHING])

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Accelerator"),
            self.tr(
                "<h3>Accelerator {0}</h3><p>Keeps a business acceleration programme on "
                "record: cohorts, milestones, readiness assessments and progress reports.</p>"
                "<p>Database: {1}</p>"
            ).format(__version__, self.services.db.display_name),
        )

    # --- state --------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        if self.services.database.is_empty():
            self.go("welcome")
            return
        if self.services.actor.role is Role.MENTOR and "my_companies" in self.pages:
            # A mentor starts on their own companies, whoever used this computer last.
            self.go("my_companies")
            return
        last = self.settings.value("window/page", "dashboard")
        self.go(last if isinstance(last, str) and last in self.pages else "dashboard")

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        key = self.current_key()
        if key != "welcome":
            self.settings.setValue("window/page", key)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        current = self.stack.currentWidget()
        if isinstance(current, Page) and not self._may_leave(current):
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)
