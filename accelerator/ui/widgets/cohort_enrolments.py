"""The Enrolments tab: one cohort, its companies, their status, mentors and checklist progress.

A CSV file dropped on the tab opens the import wizard for the cohort."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.enums import EnrolmentStatus
from accelerator.services.permissions import UseCase
from accelerator.services.records import CohortRecord, EnrolmentRecord, MentorRecord
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.enrol_dialog import EnrolDialog
from accelerator.ui.dialogs.enrolment_status_dialog import EnrolmentStatusDialog
from accelerator.ui.dialogs.import_wizard import ImportOutcome, ImportWizard
from accelerator.ui.dialogs.mentor_dialog import MentorDialog
from accelerator.ui.import_drops import CsvDropTarget, may_import
from accelerator.ui.kit import (
    EmptyState,
    MessageBar,
    RecordTable,
    cohort_status_text,
    confirm,
    enrolment_status_text,
    format_date,
    format_period,
    heading_label,
    muted_label,
)
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.programme_models import EnrolmentRow, EnrolmentTableModel
from accelerator.ui.offers import refusal


class CohortEnrolments(QWidget):
    """Shows the cohort given to ``set_cohort`` and does the enrolment work on it.

    ``edit_cohort_requested`` asks the page to open the cohort dialog."""

    edit_cohort_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.cohort: CohortRecord | None = None
        self._editable = True

        self.title = heading_label("", self, scale=1.2)
        self.meta = muted_label("", self)
        self.edit_button = QPushButton(icon("edit"), self.tr("Ed&it cohort…"), self)
        self.edit_button.clicked.connect(self.edit_cohort_requested)
        self.dashboard_button = QPushButton(icon("dashboard"), self.tr("Dash&board"), self)
        self.dashboard_button.setToolTip(self.tr("Open this cohort's dashboard"))
        self.dashboard_button.clicked.connect(self._open_dashboard)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.meta)
        header.addLayout(titles, 1)
        header.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.dashboard_button, 0, Qt.AlignmentFlag.AlignTop)

        self.enrol_button = QPushButton(icon("enrol"), self.tr("Enrol &companies…"), self)
        self.enrol_button.setToolTip(
            self.tr("Enrol companies already in the database, or register a new one")
        )
        self.enrol_button.clicked.connect(self.enrol)
        self.status_button = QPushButton(icon("edit"), self.tr("Set s&tatus…"), self)
        self.status_button.setToolTip(self.tr("Active, graduated or withdrawn"))
        self.status_button.clicked.connect(self.set_status)
        self.assign_button = QPushButton(icon("mentor"), self.tr("Assign &mentor…"), self)
        self.assign_button.clicked.connect(self.assign_mentor)
        self.unassign_button = QPushButton(icon("remove"), self.tr("Remove mentor"), self)
        self.unassign_menu = QMenu(self.unassign_button)
        self.unassign_button.setMenu(self.unassign_menu)
        self.open_button = QPushButton(icon("company"), self.tr("Open compan&y"), self)
        self.open_button.setToolTip(self.tr("The company's profile and milestone checklist"))
        self.open_button.clicked.connect(self.open_company)
        toolbar = QHBoxLayout()
        for widget in (
            self.enrol_button,
            self.status_button,
            self.assign_button,
            self.unassign_button,
        ):
            toolbar.addWidget(widget)
        toolbar.addStretch(1)
        toolbar.addWidget(self.open_button)

        self.model = EnrolmentTableModel(self)
        self.view = RecordTable(
            self.model,
            self,
            stretch=(EnrolmentTableModel.COL_COMPANY,),
            sort_by=(EnrolmentTableModel.COL_COMPANY, Qt.SortOrder.AscendingOrder),
            menu=self.context_menu,
        )
        # Long lists of mentors are cut off at a width ``set_cohort`` gives them.
        self.view.horizontalHeader().setSectionResizeMode(
            EnrolmentTableModel.COL_MENTORS, QHeaderView.ResizeMode.Interactive
        )
        self.view.opened.connect(self.open_company)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.list_state = EmptyState(self.view, self)

        self.detail = muted_label("", self)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.no_mentors = muted_label("", self)
        from accelerator.ui.widgets.mentor_sessions import CohortMentorHours

        # Each mentor's hours in the cohort; a coordinator sets their capacity from there.
        self.mentor_hours = CohortMentorHours(context, self)
        self.message = MessageBar(self)
        self.drops = CsvDropTarget(self, enabled=False)
        self.drops.dropped.connect(lambda path, _at: self.import_file(path))

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addSpacing(4)
        layout.addLayout(toolbar)
        layout.addWidget(self.list_state, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.mentor_hours)
        layout.addWidget(self.no_mentors)
        layout.addWidget(self.message)
        self._update_buttons()

    # --- showing ---------------------------------------------------------------------------------

    def set_cohort(self, cohort: CohortRecord) -> None:
        """Show ``cohort`` with fresh data from the services (the selection is kept)."""
        if self.cohort is None or self.cohort.id != cohort.id:
            self.message.setVisible(False)
        selected = self.selected()
        self.cohort = cohort
        services = self.context.services
        enrolments = services.enrolments.list_enrolments(cohort_id=cohort.id)
        progress = {
            summary.enrolment_id: summary.completion
            for summary in services.overview.cohort_dashboard(cohort.id).companies
        }
        self.model.set_rows(EnrolmentRow(e, progress.get(e.id)) for e in enrolments)
        # The company's name gets the room; long lists of mentors are cut off (with a tooltip).
        self.view.resizeColumnToContents(EnrolmentTableModel.COL_MENTORS)
        header = self.view.horizontalHeader()
        header.resizeSection(
            EnrolmentTableModel.COL_MENTORS,
            min(header.sectionSize(EnrolmentTableModel.COL_MENTORS), 220),
        )
        self.title.setText(cohort.name)
        companies = (
            self.tr("1 company") if len(enrolments) == 1 else self.tr("{0} companies")
        ).format(len(enrolments))
        self.meta.setText(
            self.tr("{0}  ·  {1}  ·  {2}").format(
                format_period(cohort.start_date, cohort.end_date),
                cohort_status_text(cohort.status),
                companies,
            )
        )
        if enrolments:
            self.list_state.show_content()
        else:
            self.list_state.show_message(
                self.tr(
                    "No companies in {0} yet: enrol them with Enrol companies. You can pick "
                    "companies already in the database, register a new one, or bring in a "
                    "spreadsheet's list with Import from a file there (or drop the CSV file "
                    "here)."
                ).format(cohort.name)
            )
        if (selected is None or not self.view.select(selected.id)) and enrolments:
            self.view.selectRow(0)
        self.mentor_hours.set_cohort(cohort.id)
        mentors = services.users.list_mentors()
        self.no_mentors.setVisible(not mentors)
        self.no_mentors.setText(
            self.tr(
                "There are no mentors in this database yet, so none can be assigned. Mentors "
                "are users in the mentor role; they are added under Users."
            )
        )
        self._update_buttons()

    def clear(self) -> None:
        self.cohort = None
        self.model.set_rows([])
        self.mentor_hours.set_cohort(None)

    def set_editable(self, editable: bool) -> None:
        """Whether the person may enrol and change enrolments here; if not, the buttons say
        why (whoever may not also may not change the cohort)."""
        self._editable = editable
        if not editable:
            self.edit_button.setToolTip(refusal(UseCase.MANAGE_PROGRAMMES))
            for button in (self.enrol_button, self.status_button, self.assign_button):
                button.setToolTip(refusal(UseCase.MANAGE_ENROLMENTS))
        self._update_buttons()

    def selected(self) -> EnrolmentRecord | None:
        row = self.view.selected()
        return row.enrolment if row is not None else None

    def select_enrolment(self, enrolment_id: int) -> None:
        self.view.select(enrolment_id)

    def _update_buttons(self, *_: object) -> None:
        enrolment = self.selected()
        chosen = enrolment is not None
        editable = self._editable and self.cohort is not None
        self.edit_button.setEnabled(editable)
        self.dashboard_button.setEnabled(self.cohort is not None)
        self.enrol_button.setEnabled(editable)
        self.drops.set_enabled(editable and may_import(self.context))
        self.status_button.setEnabled(editable and chosen)
        self.assign_button.setEnabled(editable and chosen)
        self.open_button.setEnabled(chosen)
        self._fill_unassign_menu(enrolment if editable else None)
        self.detail.setText(self._detail_text(enrolment))
        self.detail.setVisible(bool(self.detail.text()))

    def _detail_text(self, e: EnrolmentRecord | None) -> str:
        if e is None or e.status is EnrolmentStatus.ACTIVE:
            return ""
        when = format_date(e.status_changed_on) if e.status_changed_on else ""
        text = self.tr("{0}: {1} {2}").format(
            e.company_name, enrolment_status_text(e.status).lower(), when
        )
        if e.status_reason:
            text = self.tr("{0}. {1}").format(text.rstrip(), e.status_reason)
        return text

    def _fill_unassign_menu(self, enrolment: EnrolmentRecord | None) -> None:
        self.unassign_menu.clear()
        mentors = enrolment.mentors if enrolment is not None else ()
        for mentor in mentors:
            action = self.unassign_menu.addAction(icon("mentor"), mentor.display_name)
            action.triggered.connect(lambda _=False, m=mentor: self.unassign_mentor(m))
        self.unassign_button.setEnabled(bool(mentors))
        if not self._editable:
            self.unassign_button.setToolTip(refusal(UseCase.MANAGE_ENROLMENTS))
        elif mentors and enrolment is not None:
            self.unassign_button.setToolTip(
                self.tr("Remove one of {0}'s mentors").format(enrolment.company_name)
            )
        else:
            self.unassign_button.setToolTip(self.tr("The selected company has no mentor to remove"))

    def context_menu(self) -> QMenu:
        """The menu a right click on the list opens: what the buttons do, on the company
        under the pointer."""
        menu = QMenu(self)
        for button in (self.open_button, self.status_button, self.assign_button):
            action = QAction(button.icon(), button.text().replace("&", ""), menu)
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
            menu.addAction(action)
        if self.unassign_menu.actions():
            sub = menu.addMenu(icon("remove"), self.tr("Remove mentor"))
            for action in self.unassign_menu.actions():
                sub.addAction(action)
        menu.addSeparator()
        enrol = QAction(self.enrol_button.icon(), self.enrol_button.text().replace("&", ""), menu)
        enrol.setEnabled(self.enrol_button.isEnabled())
        enrol.triggered.connect(self.enrol_button.click)
        menu.addAction(enrol)
        return menu

    # --- acting ----------------------------------------------------------------------------------

    def enrol(self) -> list[EnrolmentRecord] | None:
        if self.cohort is None:
            return None
        outcome = EnrolDialog.ask(self, self.context, self.cohort)
        if outcome is None:
            return None
        enrolled = outcome.enrolments
        if enrolled:
            self.select_enrolment(enrolled[-1].id)
        if outcome.imported is not None:
            self.message.show_message(outcome.imported.summary, "import")
        elif enrolled:
            names = ", ".join(e.company_name for e in enrolled)
            self.message.show_message(
                self.tr(
                    "Enrolled {0} in {1}, each with the programme's milestone checklist."
                ).format(names, self.cohort.name),
                "enrol",
            )
        return enrolled

    def import_file(self, path: str | Path | None = None) -> ImportOutcome | None:
        """The import wizard with ``path`` read and this cohort chosen; what it did is said
        above the list, which the change announced refreshes."""
        if self.cohort is None:
            return None
        imported = ImportWizard.run(self, self.context, path, self.cohort.id)
        if imported is not None:
            self.message.show_message(imported.summary, "import")
        return imported

    def set_status(self) -> EnrolmentRecord | None:
        enrolment = self.selected()
        if enrolment is None:
            return None
        return EnrolmentStatusDialog.ask(self, self.context, enrolment)

    def assign_mentor(self) -> EnrolmentRecord | None:
        enrolment = self.selected()
        if enrolment is None:
            return None
        return MentorDialog.ask(self, self.context, enrolment)

    def unassign_mentor(self, mentor: MentorRecord) -> EnrolmentRecord | None:
        enrolment = self.selected()
        if enrolment is None:
            return None
        if not confirm(
            self,
            self.tr("Remove mentor"),
            self.tr(
                "Remove {0} as mentor of {1}? Their assessments and notes stay on record; "
                "they can no longer tick this company's milestones."
            ).format(mentor.display_name, enrolment.company_name),
            self.tr("Remove {0}").format(mentor.display_name),
        ):
            return None
        service = self.context.services.enrolments
        return self.context.write(
            self,
            lambda: service.unassign_mentor(enrolment.id, mentor.user_id),
        )

    def open_company(self) -> None:
        enrolment = self.selected()
        if enrolment is not None:
            self.context.navigator.open_company(enrolment.company_id, enrolment.id)

    def _open_dashboard(self) -> None:
        if self.cohort is not None:
            self.context.navigator.open_dashboard(self.cohort.id)
