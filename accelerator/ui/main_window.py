"""The coordinator's main window: navigation on the left, one page at a time on the right,
menus and shortcuts for the common actions, and a status bar that says where the data is
and who is working on it."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from accelerator import __version__
from accelerator.services import Services
from accelerator.ui.context import AppContext
from accelerator.ui.icons import icon
from accelerator.ui.operations import ChangeBus
from accelerator.ui.pages.base import Page
from accelerator.ui.pages.welcome import WelcomePage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageEntry:
    key: str
    label: str
    icon: str
    make: Callable[[AppContext], Page]


def _page_entries() -> list[PageEntry]:
    """The pages in navigation order. Imported here so that each page module loads once."""
    from accelerator.ui.pages.companies import CompaniesPage
    from accelerator.ui.pages.dashboard import DashboardPage
    from accelerator.ui.pages.programmes import ProgrammesPage

    return [
        PageEntry("dashboard", "Dashboard", "dashboard", DashboardPage),
        PageEntry("programmes", "Programmes and cohorts", "programmes", ProgrammesPage),
        PageEntry("companies", "Companies", "companies", CompaniesPage),
    ]


class MainWindow(QMainWindow):
    def __init__(self, services: Services, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.services = services
        self.settings = settings or QSettings()
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
        self.pages: dict[str, Page] = {}
        for entry in _page_entries():
            page = entry.make(self.context)
            self.pages[entry.key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(icon(entry.icon), self.tr(entry.label))
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setSizeHint(QSize(0, 34))
            self.nav.addItem(item)
        self.welcome = WelcomePage(self.context)
        self.welcome.filled.connect(lambda: self.go("dashboard"))
        self.welcome.create_programme_requested.connect(self._first_programme)
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
        self.user_label.setText(
            self.tr("Acting as: {0} ({1})").format(
                services.actor.username, services.actor.role.value
            )
        )
        self._restore_state()

    # --- navigation ---------------------------------------------------------------------

    def current_key(self) -> str:
        widget = self.stack.currentWidget()
        if widget is self.welcome:
            return "welcome"
        return next((k for k, p in self.pages.items() if p is widget), "dashboard")

    def go(self, key: str) -> Page:
        """Show the page ``key`` (asking first if the current page has unsaved edits)."""
        if key == "welcome":
            self.nav.blockSignals(True)
            self.nav.clearSelection()
            self.nav.setCurrentRow(-1)
            self.nav.blockSignals(False)
            self.stack.setCurrentWidget(self.welcome)
            return self.welcome
        keys = list(self.pages)
        row = keys.index(key)
        if self.nav.currentRow() != row or self.stack.currentWidget() is not self.pages[key]:
            self.nav.setCurrentRow(row)
        return self.pages[key]

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        key = list(self.pages)[row]
        current = self.stack.currentWidget()
        if isinstance(current, Page) and current is not self.pages[key]:
            if not self._may_leave(current):
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(list(self.pages).index(self.current_key()))
                self.nav.blockSignals(False)
                return
        self.stack.setCurrentWidget(self.pages[key])
        self.settings.setValue("window/page", key)

    def _may_leave(self, page: Page) -> bool:
        if not page.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("{0} has changes that are not saved. Save them?").format(page.title),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return page.save_changes()
        if answer == QMessageBox.StandardButton.Discard:
            page.discard_changes()
            return True
        return False

    # Navigator, for pages that link to each other.

    def open_company(self, company_id: int, enrolment_id: int | None = None) -> None:
        page = self.go("companies")
        page.open_company(company_id, enrolment_id)  # type: ignore[attr-defined]

    def open_cohort(self, cohort_id: int) -> None:
        page = self.go("programmes")
        page.open_cohort(cohort_id)  # type: ignore[attr-defined]

    def open_dashboard(self, cohort_id: int | None = None) -> None:
        page = self.go("dashboard")
        if cohort_id is not None:
            page.select_cohort(cohort_id)  # type: ignore[attr-defined]

    def show_companies(self, company_ids: Iterable[int] | None, label: str = "") -> None:
        page = self.go("companies")
        page.show_only(None if company_ids is None else set(company_ids), label)  # type: ignore[attr-defined]

    def _first_programme(self) -> None:
        page = self.go("programmes")
        page.new_programme()  # type: ignore[attr-defined]

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

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_company_action = self._action(
            self.tr("New &company…"), self._new_company, QKeySequence.StandardKey.New, "add"
        )
        file_menu.addAction(self.new_company_action)
        self.new_programme_action = self._action(
            self.tr("New &programme…"), self._new_programme, "Ctrl+Shift+N", "programmes"
        )
        file_menu.addAction(self.new_programme_action)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        )
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.find_action = self._action(
            self.tr("&Find company…"), self._find, QKeySequence.StandardKey.Find, "find"
        )
        edit_menu.addAction(self.find_action)
        view_menu = bar.addMenu(self.tr("&View"))
        for n, key in enumerate(self.pages, start=1):
            item = self.nav.item(n - 1)
            view_menu.addAction(
                self._action(item.text(), lambda k=key: self.go(k), f"Ctrl+{n}", None)
            )
        self.refresh_action = self._action(
            self.tr("&Refresh"), self._refresh, QKeySequence.StandardKey.Refresh
        )
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Accelerator"), self._about))

    def _new_company(self) -> None:
        page = self.go("companies")
        page.new_company()  # type: ignore[attr-defined]

    def _new_programme(self) -> None:
        page = self.go("programmes")
        page.new_programme()  # type: ignore[attr-defined]

    def _find(self) -> None:
        page = self.go("companies")
        page.focus_filter()  # type: ignore[attr-defined]

    def _refresh(self) -> None:
        from accelerator.ui.operations import Data

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


