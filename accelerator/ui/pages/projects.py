"""Projects: the joint projects of the clusters' members, with their status and since when,
strategic area, lead and partners, clusters (a cross-cluster one marked, and which), the
funding applied for and granted, and when they run; narrowed by status, cluster, funding
scheme, year and cross-cluster, and filtered as you type. Enter or a double-click opens
the project's page in place of the list (the list needs its columns side by side, the
project's page the whole width for its partners and funding).

Everyone who reads projects sees the page (a mentor those of their cohorts' companies); a
coordinator (MANAGE_PROJECTS) records, changes and deletes them, and keeps the lists of
strategic areas and funding schemes.
"""

from __future__ import annotations

import datetime as dt
import html
import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from accelerator.domain.enums import ProjectStatus, in_words
from accelerator.services.permissions import UseCase
from accelerator.services.projects import ProjectRow
from accelerator.ui.context import AppContext
from accelerator.ui.kit import (
    RecordTable,
    caption,
    confirm,
    filter_field,
    format_count,
    heading_row,
    muted_label,
    page_layout,
)
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.project_table import ProjectTableModel
from accelerator.ui.offers import offer
from accelerator.ui.operations import Data
from accelerator.ui.pages.base import Page
from accelerator.ui.widgets.project_view import ProjectView

log = logging.getLogger(__name__)

#: How long typing may pause before the list is filtered.
FILTER_DELAY_MS = 120


class ProjectsPage(Page):
    shows = (Data.PROJECTS, Data.COMPANIES, Data.MEMBERSHIPS, Data.CLUSTERS)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._may_keep = context.services.permissions.allows(UseCase.MANAGE_PROJECTS)
        self._total = 0
        self._selected_id: int | None = None

        outer = page_layout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)
        self.list_view = QWidget(self.stack)
        layout = page_layout(self.list_view)

        self.new_button = QPushButton(icon("add"), self.tr("&New project…"), self.list_view)
        self.new_button.setToolTip(
            self.tr("Record a joint project: its title, area, status, dates and budget")
        )
        self.edit_button = QPushButton(icon("edit"), self.tr("Edi&t…"), self.list_view)
        self.edit_button.setToolTip(self.tr("Change the chosen project's details"))
        self.delete_button = QPushButton(icon("remove"), self.tr("&Delete…"), self.list_view)
        self.delete_button.setToolTip(
            self.tr("Remove a project recorded by mistake; one granted funding stays")
        )
        for button in (self.new_button, self.edit_button, self.delete_button):
            offer(button, self._may_keep, UseCase.MANAGE_PROJECTS, hide=True)
        self.lists_button = QPushButton(self.tr("&Areas and schemes…"), self.list_view)
        self.lists_button.setToolTip(
            self.tr("The strategic areas and funding schemes a project is recorded with")
        )
        layout.addLayout(
            heading_row(
                self.tr("Joint projects"),
                self.list_view,
                self.lists_button,
                self.new_button,
                self.edit_button,
                self.delete_button,
            )
        )

        # --- which projects: a status, a cluster, a scheme, a year; cross-cluster; text ---
        # Made in the order they are shown, which Tab follows.
        narrow = QHBoxLayout()
        narrow.setSpacing(6)
        self.status_combo = QComboBox(self.list_view)
        self.status_combo.setObjectName("projectStatusFilter")
        self.status_combo.addItem(self.tr("Every status"), None)
        for status in ProjectStatus:
            self.status_combo.addItem(in_words(status), status.value)
        self.cluster_combo = QComboBox(self.list_view)
        self.cluster_combo.setObjectName("projectClusterFilter")
        self.cluster_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.cluster_combo.setMinimumContentsLength(12)
        self.scheme_combo = QComboBox(self.list_view)
        self.scheme_combo.setObjectName("projectSchemeFilter")
        self.scheme_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scheme_combo.setMinimumContentsLength(12)
        self.year_combo = QComboBox(self.list_view)
        self.year_combo.setObjectName("projectYearFilter")
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.cross_check = QCheckBox(self.tr("Cross-cluster &only"), self.list_view)
        self.cross_check.setObjectName("projectCrossOnly")
        self.cross_check.setToolTip(
            self.tr("Only projects whose partners come from two clusters or more")
        )
        self.filter_edit = filter_field(
            self.tr("Filter (title, description, partner)"), self.list_view, "projectFilter"
        )
        self.filter_edit.installEventFilter(self)
        self.count_label = muted_label("", self.list_view, wrap=False)
        self.count_label.setObjectName("projectCount")
        narrow.addWidget(caption(self.tr("Stat&us:"), self.status_combo, self.list_view))
        narrow.addWidget(self.status_combo)
        narrow.addSpacing(8)
        narrow.addWidget(caption(self.tr("&Cluster:"), self.cluster_combo, self.list_view))
        narrow.addWidget(self.cluster_combo)
        narrow.addSpacing(8)
        narrow.addWidget(caption(self.tr("Sche&me:"), self.scheme_combo, self.list_view))
        narrow.addWidget(self.scheme_combo)
        narrow.addSpacing(8)
        narrow.addWidget(caption(self.tr("&Year:"), self.year_combo, self.list_view))
        narrow.addWidget(self.year_combo)
        narrow.addSpacing(8)
        narrow.addWidget(self.cross_check)
        narrow.addStretch(1)
        layout.addLayout(narrow)
        typed = QHBoxLayout()
        typed.setSpacing(6)
        typed.addWidget(self.filter_edit, 1)
        typed.addSpacing(8)
        typed.addWidget(self.count_label)
        layout.addLayout(typed)

        self.model = ProjectTableModel(self)
        self.table = RecordTable(
            self.model,
            self.list_view,
            name="projectTable",
            stretch={
                ProjectTableModel.COL_TITLE: 3,
                ProjectTableModel.COL_LEAD: 2,
            },
            row_padding=10,
            menu=self._menu,
        )
        self.table.setTabKeyNavigation(False)
        self.table.opened.connect(self.open_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._current_changed())
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._after_reset)
        self.empty_label = QLabel(self.list_view)
        self.empty_label.setObjectName("projectEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setMargin(30)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.empty_label.linkActivated.connect(self._empty_link)
        self.list_stack = QStackedWidget(self.list_view)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)
        layout.addWidget(self.list_stack, 1)
        self.stack.addWidget(self.list_view)

        # --- one project, in place of the list ---
        self.project_page = QWidget(self.stack)
        project_layout = page_layout(self.project_page)
        self.view = ProjectView(context, self.project_page)
        project_layout.addWidget(self.view)
        self.view.back_requested.connect(self.show_list)
        self.view.gone.connect(self._project_gone)
        self.stack.addWidget(self.project_page)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_choices)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        for combo in (self.status_combo, self.cluster_combo, self.scheme_combo, self.year_combo):
            combo.currentIndexChanged.connect(lambda _index: self._apply_choices())
        self.cross_check.toggled.connect(lambda _on: self._apply_choices())
        self.new_button.clicked.connect(self.new_project)
        self.edit_button.clicked.connect(self.edit_project)
        self.delete_button.clicked.connect(self.delete_project)
        self.lists_button.clicked.connect(self.keep_lists)
        self._update_buttons()

    @property
    def title(self) -> str:
        return self.tr("Projects")

    # --- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        projects = self.context.services.projects
        everything = projects.list_projects()
        self._total = len(everything)
        clusters = self.context.services.clusters.list_clusters()
        self.model.set_short_names({c.name: c.short_name for c in clusters})
        self._fill(self.cluster_combo, self.tr("Every cluster"), [(c.name, c.id) for c in clusters])
        schemes = projects.funding_schemes(include_retired=True)
        self._fill(self.scheme_combo, self.tr("Every scheme"), [(s.name, s.id) for s in schemes])
        self._fill(
            self.year_combo,
            self.tr("Every year"),
            [(str(year), year) for year in self._years(everything)],
        )
        self._apply_choices()
        if self.showing_project():
            self.view.refresh()

    @staticmethod
    def _years(rows: list[ProjectRow]) -> list[int]:
        """This year and every year a project ran in, the latest first."""
        this_year = dt.date.today().year
        years = {this_year}
        for row in rows:
            first = row.start_on.year if row.start_on else None
            last = row.end_on.year if row.end_on else None
            if first is not None:
                years.update(range(first, min(last or this_year, this_year + 5) + 1))
        return sorted(years, reverse=True)

    @staticmethod
    def _fill(combo: QComboBox, every: str, items: list[tuple[str, object]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(every, None)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
        combo.blockSignals(False)

    def _apply_choices(self) -> None:
        self._filter_timer.stop()
        status = self.status_combo.currentData()
        rows = self.context.services.projects.list_projects(
            status=ProjectStatus(status) if status else None,
            cluster_id=self.cluster_combo.currentData(),
            scheme_id=self.scheme_combo.currentData(),
            year=self.year_combo.currentData(),
            cross_cluster_only=self.cross_check.isChecked(),
            text=self.filter_edit.text(),
        )
        self.model.set_rows(rows)
        self._update_list()
        self._update_buttons()

    def choose(
        self,
        *,
        status: ProjectStatus | None = None,
        cluster_id: int | None = None,
        scheme_id: int | None = None,
        year: int | None = None,
        cross_cluster_only: bool = False,
    ) -> None:
        """Show the projects so chosen (None: any), whatever was typed cleared."""
        for combo, value in (
            (self.status_combo, status.value if status else None),
            (self.cluster_combo, cluster_id),
            (self.scheme_combo, scheme_id),
            (self.year_combo, year),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.cross_check.blockSignals(True)
        self.cross_check.setChecked(cross_cluster_only)
        self.cross_check.blockSignals(False)
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        self._apply_choices()

    # --- the selection ------------------------------------------------------------------

    def selected(self) -> ProjectRow | None:
        return self.table.selected()

    def select_project(self, project_id: int) -> bool:
        """Choose the project in the list (the choices widened when they hide it)."""
        if self.model.row_of(project_id) is None:
            self.choose()
        if not self.table.select(project_id):
            return False
        self._selected_id = project_id
        return True

    def _remember_selection(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._selected_id = chosen.id

    def _after_reset(self) -> None:
        if self._selected_id is not None:
            self.table.select(self._selected_id)

    def _current_changed(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._selected_id = chosen.id
        self._update_buttons()

    # --- one project --------------------------------------------------------------------

    def showing_project(self) -> bool:
        return self.stack.currentWidget() is self.project_page

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.open_project(chosen.id)

    def open_project(self, project_id: int) -> bool:
        """The project's page, in place of the list; False when it cannot be read."""
        if self._stale:
            self._stale = False
            self.refresh()
        if not self.view.set_project(project_id):
            return False
        self._selected_id = project_id
        self.stack.setCurrentWidget(self.project_page)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def show_list(self) -> None:
        shown = self.view.project_id
        self.stack.setCurrentWidget(self.list_view)
        if shown is not None:
            self.select_project(shown)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _project_gone(self) -> None:
        self._selected_id = None
        self._apply_choices()
        self.stack.setCurrentWidget(self.list_view)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the actions --------------------------------------------------------------------

    def new_project(self) -> None:
        from accelerator.ui.dialogs.project_dialogs import ProjectDialog

        if not self._may_keep:
            return
        saved = ProjectDialog.ask(self, self.context)
        if saved is not None:
            self.refresh()
            self.open_project(saved.id)

    def edit_project(self) -> None:
        from accelerator.ui.dialogs.project_dialogs import ProjectDialog

        chosen = self.selected()
        if not self._may_keep or chosen is None:
            return
        record = self.context.services.projects.get_project(chosen.id)
        saved = ProjectDialog.ask(self, self.context, record)
        if saved is not None:
            self._apply_choices()
            self.select_project(saved.id)

    def delete_project(self) -> None:
        chosen = self.selected()
        if not self._may_keep or chosen is None:
            return
        if not confirm(
            self,
            self.tr("Delete the project"),
            self.tr(
                "Delete {0} with its partners, funding applications, timeline and links? "
                "This cannot be undone."
            ).format(chosen.title),
            self.tr("Delete project"),
        ):
            return
        projects, project_id, version = (
            self.context.services.projects,
            chosen.id,
            chosen.row_version,
        )

        def delete() -> bool:
            projects.delete_project(project_id, expected_version=version)
            return True

        if self.context.write(self, delete, title=self.tr("Cannot delete the project")):
            self._selected_id = None
            self._apply_choices()

    def keep_lists(self) -> None:
        from accelerator.ui.dialogs.project_dialogs import CataloguesDialog

        CataloguesDialog.ask(self, self.context)
        self.refresh()

    def _menu(self) -> QMenu:
        menu = QMenu(self)
        chosen = self.selected()
        opened = QAction(self.tr("Open the project"), menu)
        opened.triggered.connect(self.open_selected)
        opened.setEnabled(chosen is not None)
        menu.addAction(opened)
        if self._may_keep:
            for text, slot, name in (
                (self.tr("Change the project…"), self.edit_project, "edit"),
                (self.tr("Delete the project…"), self.delete_project, "remove"),
            ):
                action = QAction(icon(name), text, menu)
                action.triggered.connect(slot)
                action.setEnabled(chosen is not None)
                menu.addAction(action)
        return menu

    # --- what the page says -------------------------------------------------------------

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _update_list(self) -> None:
        shown = self.model.rowCount()
        if shown == self._total:
            self.count_label.setText(self.tr("%n projects", "", shown))
        else:
            self.count_label.setText(
                self.tr("{0} of %n projects", "", self._total).format(format_count(shown))
            )
        self.empty_label.setText(self._empty_text(shown))
        self.list_stack.setCurrentWidget(self.table if shown else self.empty_label)

    def _empty_text(self, shown: int) -> str:
        if shown:
            return ""
        if self._total:
            text = self.tr("No project is as chosen: another status, cluster, scheme or year?")
            link = self.tr("Show every project")
            return f"{html.escape(text)}<br><br><a href='all'>{html.escape(link)}</a>"
        if not self._may_keep:
            return html.escape(self.tr("No joint projects yet. A coordinator records them."))
        return self.tr(
            "No joint projects yet. Record the first with <a href='new'>New project</a>."
        )

    def _empty_link(self, link: str) -> None:
        if link == "all":
            self.choose()
        elif link == "new":
            self.new_project()

    # --- keys ---------------------------------------------------------------------------

    def focus_filter(self) -> None:
        if self.showing_project():
            self.show_list()
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the filter box: Down moves into the list, Enter opens the chosen (or the
        first) project, Escape clears the filter."""
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                self._apply_choices()
                if self.model.rowCount():
                    if self.selected() is None:
                        self.table.selectRow(0)
                    self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._apply_choices()
                if self.selected() is None and self.model.rowCount():
                    self.table.selectRow(0)
                self.open_selected()
                return True
            if key == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                self._apply_choices()
                return True
        return super().eventFilter(watched, event)
