"""The main window as the areas installed into it see it.

The menus' areas (report_actions, access_actions, team_actions, safety_actions in the File
menu, language_actions in the View menu) are written against ``WindowBase``, never against
``main_window``: the main window builds them, so if they imported it the two would import
each other round a circle (tests/unit/test_import_cycles.py). ``MainWindow`` fills in every
part declared here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from accelerator.paths import AppPaths
from accelerator.services import Services
from accelerator.ui.context import AppContext
from accelerator.ui.pages.base import Page

if TYPE_CHECKING:  # the pages' modules are imported when a page is first built
    from accelerator.ui.pages.companies import CompaniesPage
    from accelerator.ui.pages.dashboard import DashboardPage
    from accelerator.ui.pages.programmes import ProgrammesPage
    from accelerator.ui.pages.reports import ReportsPage


class WindowBase(QMainWindow):
    services: Services
    settings: QSettings
    #: This run's folders (where a saved server URL goes).
    paths: AppPaths
    #: The ``--lang`` the window was started with, which comes before the language chosen
    #: in its menu; None when it was not given.
    language_flag: str | None
    context: AppContext
    file_menu: QMenu
    #: The separator above Quit: installed actions go above it.
    file_menu_end: QAction
    view_menu: QMenu
    #: The pages offered, by navigation key, each built when first asked for; the ones
    #: every role has are typed below.
    pages: Mapping[str, Page]

    @property
    def dashboard_page(self) -> DashboardPage:
        raise NotImplementedError

    @property
    def programmes_page(self) -> ProgrammesPage:
        raise NotImplementedError

    @property
    def companies_page(self) -> CompaniesPage:
        raise NotImplementedError

    @property
    def reports_page(self) -> ReportsPage:
        raise NotImplementedError

    def current_key(self) -> str:
        """The key of the page shown ("welcome" on an empty database)."""
        raise NotImplementedError

    def go(self, key: str) -> Page:
        """Show the page ``key``, asking first if the current one has unsaved edits."""
        raise NotImplementedError

    def another(self, services: Services) -> WindowBase:
        """A new window like this one (its settings and folders) on ``services``, not shown."""
        raise NotImplementedError
