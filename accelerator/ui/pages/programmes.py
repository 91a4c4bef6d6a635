"""Programmes and cohorts: the programmes (archived ones on request) with their cohorts on
the left; on the right the selected programme's details, its milestone template, and for a
selected cohort its enrolments. A CSV file dropped on a cohort in the tree is imported
into that cohort; dropped on a programme, with no cohort."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from accelerator.services.permissions import UseCase
from accelerator.services.records import CohortRecord, ProgrammeRecord
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.cohort_dialog import CohortDialog
from accelerator.ui.dialogs.import_wizard import ImportWizard
from accelerator.ui.dialogs.programme_dialog import ProgrammeDialog
from accelerator.ui.import_drops import CsvDropTarget, may_import
from accelerator.ui.kit import (
    EmptyState,
    MessageBar,
    ask_to_save,
    heading_label,
    muted_label,
    section_label,
    whole_rows,
)
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.programme_models import ProgrammeTreeModel
from accelerator.ui.offers import offer, refusal
from accelerator.ui.operations import Data
from accelerator.ui.pages.base import Page
from accelerator.ui.widgets.cohort_enrolments import CohortEnrolments
from accelerator.ui.widgets.programme_details import ProgrammeDetails
from accelerator.ui.widgets.template_editor import TemplateEditor


class ProgrammesPage(Page):
    """Set up programmes, their milestone templates and cohorts, and enrol companies.

    Public entry points: ``new_programme()``, ``open_cohort(cohort_id)``,
    ``select_programme(programme_id)``; the window's unsaved-changes protocol covers the
    milestone template being edited.
    """

    shows = (
        Data.PROGRAMMES,
        Data.COHORTS,
        Data.ENROLMENTS,
        Data.MILESTONES,
        Data.COMPANIES,
        Data.USERS,
        Data.FRAMEWORKS,
        Data.CLUSTERS,  # a cluster's name shows here
    )
    TAB_PROGRAMME, TAB_TEMPLATE, TAB_ENROLMENTS = range(3)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("ProgrammesPage")
        self._editable = context.services.permissions.allows(UseCase.MANAGE_PROGRAMMES)
        self._current: tuple[int | None, int | None] = (None, None)  # programme, cohort
        self._reselecting = False
        self._collapsed: set[int] = set()  # programmes whose cohorts the user folded away

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("programmesSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_list())
        self.splitter.addWidget(self._build_detail())
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([270, 930])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)
        self._set_editable()

    # --- building -----------------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        panel = QWidget(self)
        panel.setMinimumWidth(220)
        self.new_programme_button = QPushButton(icon("add"), self.tr("New &programme…"), panel)
        self.new_programme_button.setToolTip(self.tr("Set up a new programme (Ctrl+Shift+N)"))
        self.new_programme_button.clicked.connect(self.new_programme)
        self.new_cohort_button = QPushButton(icon("cohort"), self.tr("New coh&ort…"), panel)
        self.new_cohort_button.setToolTip(self.tr("Add a cohort to the selected programme"))
        self.new_cohort_button.clicked.connect(self.new_cohort)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_programme_button)
        buttons.addWidget(self.new_cohort_button)
        buttons.addStretch(1)

        self.tree_model = ProgrammeTreeModel(self)
        self.tree = QTreeView(panel)
        self.tree.setObjectName("programmeTree")
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        whole_rows(self.tree)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setHeaderHidden(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ProgrammeTreeModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            ProgrammeTreeModel.COL_STATUS, QHeaderView.ResizeMode.ResizeToContents
        )
        self.tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        self.tree.collapsed.connect(lambda index: self._folded(index, True))
        self.tree.expanded.connect(lambda index: self._folded(index, False))
        self.tree_state = EmptyState(self.tree, panel)
        self.tree_drops = CsvDropTarget(
            self.tree.viewport(), enabled=self._editable and may_import(self.context)
        )
        self.tree_drops.dropped.connect(self._csv_dropped_on_tree)

        self.show_archived = QCheckBox(self.tr("Show &archived programmes"), panel)
        self.show_archived.toggled.connect(lambda _checked: self.refresh())

        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(section_label(self.tr("Programmes"), panel))
        layout.addLayout(buttons)
        layout.addWidget(self.tree_state, 1)
        layout.addWidget(self.show_archived)
        return panel

    def _build_detail(self) -> QWidget:
        self.detail_stack = QStackedWidget(self)

        # Nothing to show yet: say what a programme is and offer to make one.
        self.empty_page = QWidget(self)
        empty = QVBoxLayout(self.empty_page)
        empty.setContentsMargins(40, 40, 40, 40)
        empty.addStretch(1)
        empty.addWidget(heading_label(self.tr("No programmes yet"), self.empty_page))
        self.empty_text = muted_label(
            self.tr(
                "A programme is one of your cluster's acceleration programmes. Give it a name "
                "and a cluster, choose the readiness framework its mentors assess with, and "
                "list the milestones every company should reach. Then add a cohort (one run "
                "of the programme, with its dates) and enrol companies in it."
            ),
            self.empty_page,
        )
        self.empty_text.setMaximumWidth(640)
        empty.addWidget(self.empty_text)
        self.empty_button = QPushButton(
            icon("add"), self.tr("Create the first programme…"), self.empty_page
        )
        self.empty_button.clicked.connect(self.new_programme)
        row = QHBoxLayout()
        row.addWidget(self.empty_button)
        row.addStretch(1)
        empty.addSpacing(8)
        empty.addLayout(row)
        empty.addStretch(2)

        self.none_page = QWidget(self)
        none = QVBoxLayout(self.none_page)
        none.addStretch(1)
        none_label = muted_label(
            self.tr("Choose a programme or a cohort on the left."), self.none_page
        )
        none_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        none.addWidget(none_label)
        none.addStretch(2)

        self.detail = QWidget(self)
        self.title_label = heading_label("", self.detail)
        self.title_label.setWordWrap(True)
        self.subtitle_label = muted_label("", self.detail)
        self.edit_programme_button = QPushButton(
            icon("edit"), self.tr("E&dit programme…"), self.detail
        )
        self.edit_programme_button.clicked.connect(self.edit_programme)
        self.archive_button = QPushButton(icon("archive"), self.tr("A&rchive"), self.detail)
        self.archive_button.clicked.connect(self.toggle_archived)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header.addLayout(titles, 1)
        header.addWidget(self.edit_programme_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.archive_button, 0, Qt.AlignmentFlag.AlignTop)
        self.message = MessageBar(self.detail)

        self.details = ProgrammeDetails(self.detail)
        self.details.new_cohort_requested.connect(self.new_cohort)
        self.details.edit_cohort_requested.connect(self._edit_cohort_by_id)
        self.details.cohort_opened.connect(self.open_cohort)
        self.template = TemplateEditor(self.context, self.detail)
        self.template.modified_changed.connect(self._template_modified)
        self.enrolments = CohortEnrolments(self.context, self.detail)
        self.enrolments.edit_cohort_requested.connect(self.edit_cohort)
        self.tabs = QTabWidget(self.detail)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.details, icon("programmes"), self.tr("Programme"))
        self.tabs.addTab(self.template, icon("milestones"), self.tr("Milestone template"))
        self.tabs.addTab(self.enrolments, icon("cohort"), self.tr("Enrolments"))

        layout = QVBoxLayout(self.detail)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

        for page in (self.empty_page, self.none_page, self.detail):
            self.detail_stack.addWidget(page)
        return self.detail_stack

    def _set_editable(self) -> None:
        editable = self._editable
        for button in (
            self.new_programme_button,
            self.new_cohort_button,
            self.empty_button,
            self.edit_programme_button,
            self.archive_button,
        ):
            button.setEnabled(editable)
            offer(button, editable, UseCase.MANAGE_PROGRAMMES, hide=False)
        self.details.set_editable(editable)
        permissions = self.context.services.permissions
        self.enrolments.set_editable(permissions.allows(UseCase.MANAGE_ENROLMENTS))
        self.template.set_editable(editable)

    # --- Page -------------------------------------------------------------------------------------

    @property
    def title(self) -> str:
        return self.tr("Programmes and cohorts")

    def refresh(self) -> None:
        services = self.context.services.programmes
        programmes = services.list_programmes(include_archived=self.show_archived.isChecked())
        cohorts = services.list_cohorts()
        programme_id, cohort_id = self._current
        self._reselecting = True
        try:
            self.tree_model.set_programmes(programmes, cohorts)
            for row in range(self.tree_model.rowCount()):
                index = self.tree_model.index(row, 0)
                programme = self.tree_model.programme_at(index)
                # A programme's name uses the whole line; its cohorts show their status.
                self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
                if programme is not None and programme.id not in self._collapsed:
                    self.tree.expand(index)
            target = QModelIndex()
            if cohort_id is not None:
                target = self.tree_model.cohort_index(cohort_id)
            if not target.isValid() and programme_id is not None:
                target = self.tree_model.programme_index(programme_id)
            if not target.isValid() and self.tree_model.rowCount():
                target = self.tree_model.index(0, 0)
            self._set_tree_current(target)
        finally:
            self._reselecting = False
        if programmes:
            self.tree_state.show_content()
        else:
            self.tree_state.show_message(
                self.tr("No programmes yet: create one with New programme.")
                if not self.show_archived.isChecked()
                else self.tr("No programmes, archived or not: create one with New programme.")
            )
        self._show_selection()

    def has_unsaved_changes(self) -> bool:
        return self.template.has_unsaved_changes()

    def save_changes(self) -> bool:
        return self.template.save()

    def discard_changes(self) -> None:
        self.template.revert()

    # --- selection ----------------------------------------------------------------------------

    def _folded(self, index: QModelIndex, folded: bool) -> None:
        programme = self.tree_model.programme_at(index)
        if programme is None or self._reselecting:
            return
        if folded:
            self._collapsed.add(programme.id)
        else:
            self._collapsed.discard(programme.id)

    def _set_tree_current(self, index: QModelIndex) -> None:
        selection = self.tree.selectionModel()
        if index.isValid():
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.tree.scrollTo(index)
        else:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        programme = self.tree_model.programme_at(index)
        cohort = self.tree_model.cohort_at(index)
        self._current = (
            programme.id if programme else None,
            cohort.id if cohort else None,
        )

    def _tree_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._reselecting:
            return
        programme = self.tree_model.programme_at(current)
        cohort = self.tree_model.cohort_at(current)
        target = (programme.id if programme else None, cohort.id if cohort else None)
        before = self._current
        leaving = target[0] is not None and before[0] is not None and target[0] != before[0]
        if leaving and not self._may_leave_template():
            self._select_ids(*before)
            return
        # Saving the template on the way refreshed the tree: select the target again.
        self._select_ids(*target)
        if target[1] is not None and before[1] != target[1]:
            self.tabs.setCurrentIndex(self.TAB_ENROLMENTS)

    def _select_ids(self, programme_id: int | None, cohort_id: int | None) -> None:
        index = QModelIndex()
        if cohort_id is not None:
            index = self.tree_model.cohort_index(cohort_id)
        if not index.isValid() and programme_id is not None:
            index = self.tree_model.programme_index(programme_id)
        self._reselecting = True
        try:
            self._set_tree_current(index)
        finally:
            self._reselecting = False
        self._show_selection()

    def _may_leave_template(self) -> bool:
        """Before showing another programme: the template being edited is saved or dropped."""
        if not self.template.has_unsaved_changes():
            return True
        name = self.template.programme.name if self.template.programme else ""
        return ask_to_save(
            self,
            self.tr("Unsaved template"),
            self.tr(
                "The milestone template of {0} has changes that are not saved. Save them?"
            ).format(name),
            self.template.save,
            self.template.revert,
        )

    def selected_programme(self) -> ProgrammeRecord | None:
        programme_id = self._current[0]
        if programme_id is None:
            return None
        return self.tree_model.programme_at(self.tree_model.programme_index(programme_id))

    def selected_cohort(self) -> CohortRecord | None:
        cohort_id = self._current[1]
        if cohort_id is None:
            return None
        return self.tree_model.cohort_at(self.tree_model.cohort_index(cohort_id))

    def _set_archive_tip(self, tip: str) -> None:
        # A person who may not archive reads why, not what the button would do.
        self.archive_button.setToolTip(
            tip if self._editable else refusal(UseCase.MANAGE_PROGRAMMES)
        )

    def _show_selection(self) -> None:
        if self.tree_model.rowCount() == 0:
            self.detail_stack.setCurrentWidget(
                self.empty_page if not self.show_archived.isChecked() else self.none_page
            )
            self.template.clear()
            self.enrolments.clear()
            self.new_cohort_button.setEnabled(False)
            return
        programme = self.selected_programme()
        if programme is None:
            self.detail_stack.setCurrentWidget(self.none_page)
            self.new_cohort_button.setEnabled(False)
            return
        self.detail_stack.setCurrentWidget(self.detail)
        self.new_cohort_button.setEnabled(self._editable)
        self.title_label.setText(programme.name)
        parts = [programme.cluster] if programme.cluster else []
        if programme.archived:
            parts.append(self.tr("Archived: hidden from the lists until restored"))
        self.subtitle_label.setText("  ·  ".join(parts))
        self.subtitle_label.setVisible(bool(parts))
        if programme.archived:
            self.archive_button.setText(self.tr("Resto&re"))
            self.archive_button.setIcon(icon("mdi6.archive-arrow-up-outline"))
            self._set_archive_tip(self.tr("Bring the programme back into the lists"))
        else:
            self.archive_button.setText(self.tr("A&rchive"))
            self.archive_button.setIcon(icon("archive"))
            self._set_archive_tip(
                self.tr(
                    "Hide the programme from the lists; nothing is deleted, and it can be "
                    "restored under Show archived programmes"
                )
            )
        self.template.load(programme)
        self.details.set_programme(
            programme,
            self.tree_model.cohorts_of(programme.id),
            self.context.services.programmes.template(programme.id),
        )
        cohort = self.selected_cohort()
        self.tabs.setTabVisible(self.TAB_ENROLMENTS, cohort is not None)
        if cohort is not None:
            self.tabs.setTabText(
                self.TAB_ENROLMENTS, self.tr("Enrolments in {0}").format(cohort.name)
            )
            self.enrolments.set_cohort(cohort)
        else:
            self.enrolments.clear()
            if self.tabs.currentIndex() == self.TAB_ENROLMENTS:
                self.tabs.setCurrentIndex(self.TAB_PROGRAMME)

    def _template_modified(self, modified: bool) -> None:
        text = self.tr("Milestone template")
        self.tabs.setTabText(self.TAB_TEMPLATE, f"{text} *" if modified else text)

    def select_programme(self, programme_id: int) -> None:
        """Show the programme ``programme_id`` (showing archived ones if it is archived)."""
        if not self.tree_model.programme_index(programme_id).isValid():
            self.refresh()
        if not self.tree_model.programme_index(programme_id).isValid():
            self.show_archived.setChecked(True)
        index = self.tree_model.programme_index(programme_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def open_cohort(self, cohort_id: int) -> None:
        """Select the cohort ``cohort_id`` and its programme, and show its enrolments."""
        if not self.tree_model.cohort_index(cohort_id).isValid():
            self.refresh()
        if not self.tree_model.cohort_index(cohort_id).isValid():
            self.show_archived.setChecked(True)  # its programme may be archived
        index = self.tree_model.cohort_index(cohort_id)
        if not index.isValid():
            return
        self.tree.expand(index.parent())
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        if self._current[1] == cohort_id:
            self.tabs.setCurrentIndex(self.TAB_ENROLMENTS)

    # --- programme actions --------------------------------------------------------------------

    def new_programme(self) -> ProgrammeRecord | None:
        """Open the New programme dialog; the new programme is shown with its (empty)
        milestone template, the next thing to set up."""
        if not self._may_leave_template():
            return None
        created = ProgrammeDialog.ask(self, self.context)
        if created is None:
            return None
        self.select_programme(created.id)
        self.tabs.setCurrentIndex(self.TAB_TEMPLATE)
        self.message.show_message(
            self.tr(
                "Created {0}. Next, list its milestones here, then add a cohort with New cohort."
            ).format(created.name),
            "done",
        )
        return created

    def edit_programme(self) -> ProgrammeRecord | None:
        programme = self.selected_programme()
        if programme is None:
            return None
        return ProgrammeDialog.ask(self, self.context, programme)

    def toggle_archived(self) -> ProgrammeRecord | None:
        programme = self.selected_programme()
        if programme is None:
            return None
        service = self.context.services.programmes
        archive = not programme.archived
        changed = self.context.write(
            self,
            lambda: service.set_archived(programme.id, archive),
        )
        if changed is None:
            return None
        if archive:
            self.message.show_message(
                self.tr(
                    "Archived {0}. Nothing was deleted; tick Show archived programmes to "
                    "see it again and restore it."
                ).format(programme.name),
                "archive",
            )
        else:
            self.message.show_message(self.tr("Restored {0}.").format(programme.name), "done")
        return changed

    # --- cohort actions -----------------------------------------------------------------------

    def new_cohort(self) -> CohortRecord | None:
        programme = self.selected_programme()
        if programme is None:
            return None
        created = CohortDialog.ask(self, self.context, programme)
        if created is not None:
            self.open_cohort(created.id)
        return created

    def edit_cohort(self) -> CohortRecord | None:
        cohort = self.selected_cohort()
        return self._edit_cohort(cohort) if cohort is not None else None

    def _csv_dropped_on_tree(self, path: Path, at: QPoint) -> None:
        """Import the file into the cohort it was dropped on, shown with its enrolments so
        that the new companies appear; dropped on a programme, into no cohort."""
        cohort = self.tree_model.cohort_at(self.tree.indexAt(at))
        if cohort is not None:
            self.open_cohort(cohort.id)
            if self._current[1] == cohort.id:
                self.enrolments.import_file(path)  # says what it did above the enrolments
                return
        # On a programme, or the person stayed with an unsaved template: the page's bar.
        imported = ImportWizard.run(self, self.context, path, cohort.id if cohort else None)
        if imported is not None:
            self.message.show_message(imported.summary, "import")

    def _edit_cohort_by_id(self, cohort_id: int) -> None:
        cohort = self.tree_model.cohort_at(self.tree_model.cohort_index(cohort_id))
        if cohort is not None:
            self._edit_cohort(cohort)

    def _edit_cohort(self, cohort: CohortRecord) -> CohortRecord | None:
        programme = self.tree_model.programme_at(self.tree_model.cohort_index(cohort.id))
        if programme is None:
            return None
        return CohortDialog.ask(self, self.context, programme, cohort)
