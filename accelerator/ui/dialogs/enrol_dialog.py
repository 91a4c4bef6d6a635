"""Enrol companies in a cohort: tick existing ones, register a new company in place, or
import a spreadsheet's list of companies into the cohort (the import wizard, for it).

Either way it is one service call and one transaction: several ticked companies are all
enrolled or none is, and a new company is never left registered but not enrolled.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.cohorts import cohort_has_ended
from accelerator.domain.enums import OrganisationKind
from accelerator.services.companies import CompanyInput
from accelerator.services.records import CohortRecord, EnrolmentRecord
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.form import button_row, labelled_row
from accelerator.ui.dialogs.import_wizard import ImportOutcome, ImportWizard
from accelerator.ui.kit import (
    EmptyState,
    KeyHandler,
    error_label,
    format_period,
    muted_label,
    with_error,
)
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.programme_models import CandidateCompaniesModel
from accelerator.ui.operations import FormErrors
from accelerator.ui.widgets.company_form import company_input
from accelerator.ui.widgets.date_field import DateField, dates_understood

#: How many companies one search shows; typing more of a name narrows it.
SEARCH_LIMIT = 200


@dataclass(frozen=True)
class Enrolled:
    """What the dialog did: the enrolments made and, when they came from a file, the
    import's outcome (what it wrote, in the wizard's words)."""

    enrolments: list[EnrolmentRecord]
    imported: ImportOutcome | None = None


class EnrolDialog(QDialog):
    """``EnrolDialog.ask(parent, context, cohort)`` returns what was enrolled, or None."""

    EXISTING, NEW = range(2)

    def __init__(self, parent: QWidget | None, context: AppContext, cohort: CohortRecord) -> None:
        super().__init__(parent)
        self.context = context
        self.cohort = cohort
        self.saved: list[EnrolmentRecord] | None = None
        self.outcome: Enrolled | None = None
        self.setWindowTitle(self.tr("Enrol companies in {0}").format(cohort.name))
        self.resize(860, 620)
        self.errors = FormErrors()
        self._boxes: dict[QWidget, QWidget] = {}  # a field of the new company: its row
        self._enrolled = {
            e.company_id for e in context.services.enrolments.list_enrolments(cohort_id=cohort.id)
        }

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._existing_tab(), icon("companies"), self.tr("&Existing companies"))
        self.tabs.addTab(self._new_tab(), icon("add"), self.tr("&New company"))
        self.tabs.currentChanged.connect(self._update_button)

        self.joined_error = error_label(self)
        self.joined_edit = DateField(self, cohort.start_date, error_label=self.joined_error)
        self.errors.register("joined_on", self.joined_error)
        joined_row = QHBoxLayout()
        joined_label = QLabel(self.tr("&Joined on:"), self)
        joined_label.setBuddy(self.joined_edit)
        joined_row.addWidget(joined_label)
        joined_row.addWidget(self.joined_edit)
        joined_row.addWidget(
            muted_label(
                self.tr("The cohort runs {0}. Due dates count from the cohort's start.").format(
                    format_period(cohort.start_date, cohort.end_date)
                ),
                self,
            ),
            1,
        )

        self.company_error = error_label(self)
        self.errors.register("company", self.company_error)
        self.buttons, self.enrol_button = button_row(self, self.tr("Enrol"))
        self.enrol_button.setIcon(icon("enrol"))
        self.import_button = self.buttons.addButton(
            self.tr("&Import from a file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.setIcon(icon("import"))
        self.import_button.setAutoDefault(False)
        self.import_button.clicked.connect(self.import_from_file)
        if cohort_has_ended(cohort.status, cohort.end_date, dt.date.today()):
            self.import_button.setEnabled(False)
            self.import_button.setToolTip(
                self.tr(
                    "{0} has ended: companies are imported into a cohort that is running or "
                    "planned. Tick them under Existing companies to enrol them here."
                ).format(cohort.name)
            )
        else:
            self.import_button.setToolTip(
                self.tr(
                    "Register the companies listed in a spreadsheet saved as CSV and enrol "
                    "them all in {0}"
                ).format(cohort.name)
            )

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(joined_row)
        layout.addWidget(self.joined_error)
        layout.addWidget(self.company_error)
        layout.addWidget(self.buttons)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search()
        self._update_button()
        self.search_edit.setFocus()

    # --- existing companies -------------------------------------------------------------------

    def _existing_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.search_edit = QLineEdit(page)
        self.search_edit.setPlaceholderText(self.tr("Find a company by name or org. number"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("find"), QLineEdit.ActionPosition.LeadingPosition)
        self.model = CandidateCompaniesModel(page)
        self.model.checked_changed.connect(self._update_button)
        self.view = QTableView(page)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(
            CandidateCompaniesModel.COL_NAME, QHeaderView.ResizeMode.Stretch
        )
        header.setSectionResizeMode(
            CandidateCompaniesModel.COL_REGISTRATION, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setStretchLastSection(False)
        header.resizeSection(CandidateCompaniesModel.COL_SECTOR, 170)
        header.resizeSection(CandidateCompaniesModel.COL_CLUSTER, 190)
        # A click anywhere on a row ticks it, as people expect from a pick list; so does Space.
        self.view.clicked.connect(self._row_clicked)
        KeyHandler(
            self.view, (Qt.Key.Key_Space,), lambda: self._row_clicked(self.view.currentIndex())
        )
        self.list_state = EmptyState(self.view, page)
        self.chosen_label = muted_label("", page)
        self.more_label = muted_label(
            self.tr(
                "Showing the first {0} companies: type part of a name or number to find the "
                "one you want."
            ).format(SEARCH_LIMIT),
            page,
        )
        self.more_label.setVisible(False)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list_state, 1)
        layout.addWidget(self.more_label)
        layout.addWidget(self.chosen_label)
        return page

    def search(self) -> None:
        text = self.search_edit.text()
        # Only companies are enrolled; other organisations are members of clusters.
        found = self.context.services.companies.find_companies(
            text, limit=SEARCH_LIMIT, kinds=(OrganisationKind.COMPANY,)
        )
        self.model.set_companies(found, self._enrolled)
        self.more_label.setVisible(len(found) >= SEARCH_LIMIT)
        if found:
            self.list_state.show_content()
        elif text.strip():
            self.list_state.show_message(
                self.tr(
                    "No company matches “{0}”. Check the spelling, or register it under "
                    "New company."
                ).format(text.strip())
            )
        else:
            self.list_state.show_message(
                self.tr(
                    "There are no companies in the database yet. Register the first one "
                    "under New company, or bring in a spreadsheet's list with Import from "
                    "a file."
                )
            )
        self._update_button()

    def _row_clicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        company = self.model.record_at(index.row())
        if company is not None:
            self.model.set_checked(company.id, company.id not in self.model.checked_ids())

    # --- a new company --------------------------------------------------------------------------

    def _new_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        self.name_edit = QLineEdit(page)
        self.name_edit.setPlaceholderText(self.tr("The registered name, e.g. Havbris AS"))
        self.name_hint = muted_label("", page)
        self.name_hint.setVisible(False)
        self.foreign_check = QCheckBox(self.tr("Registered outside Norway"), page)
        self.org_edit = QLineEdit(page)
        self.org_edit.setPlaceholderText(self.tr("9 digits, e.g. 912 345 678"))
        self.country_edit = QLineEdit(page)
        self.country_edit.setPlaceholderText(self.tr("e.g. Iceland"))
        self.registry_edit = QLineEdit(page)
        self.sector_edit = QLineEdit(page)
        self.sector_edit.setPlaceholderText(self.tr("e.g. Aquaculture"))
        self.cluster_edit = QLineEdit(page)
        self.website_edit = QLineEdit(page)
        self.website_edit.setPlaceholderText("https://")
        self.founded_edit = QLineEdit(page)
        self.founded_edit.setValidator(QIntValidator(0, 9999, self.founded_edit))
        self.founded_edit.setPlaceholderText(self.tr("year"))
        self.founded_edit.setMaximumWidth(100)
        self.employees_edit = QLineEdit(page)
        self.employees_edit.setValidator(QIntValidator(0, 1_000_000, self.employees_edit))
        self.employees_edit.setMaximumWidth(100)
        self.focus_edit = QLineEdit(page)
        self.focus_edit.setPlaceholderText(self.tr("e.g. hyperspectral imaging of fish welfare"))

        numbers = QWidget(page)
        row = QHBoxLayout(numbers)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.founded_edit)
        row.addSpacing(16)
        employees_label = QLabel(self.tr("E&mployees:"), page)
        employees_label.setBuddy(self.employees_edit)
        row.addWidget(employees_label)
        row.addWidget(self.employees_edit)
        row.addStretch(1)

        def add(field: str, label: str, widget: QWidget) -> None:
            error = error_label(page)
            self.errors.register(field, error)
            box = with_error(widget, error)
            labelled_row(form, label, box, widget)
            self._boxes[widget] = box

        add("name", self.tr("N&ame:"), self.name_edit)
        form.addRow("", self.name_hint)
        form.addRow("", self.foreign_check)
        add("org_number", self.tr("&Org. number:"), self.org_edit)
        add("country", self.tr("Co&untry:"), self.country_edit)
        add("registry_number", self.tr("Re&gistry number:"), self.registry_edit)
        add("sector", self.tr("&Sector:"), self.sector_edit)
        add("home_cluster", self.tr("Home &cluster:"), self.cluster_edit)
        add("website", self.tr("&Website:"), self.website_edit)
        add("founded_year", self.tr("&Founded:"), numbers)
        self.errors.register("employees", self._employees_error(form))
        add("technology_focus", self.tr("&Technology:"), self.focus_edit)
        form.addRow(
            "",
            muted_label(
                self.tr(
                    "Contacts and the rest of the profile can be filled in on the company's "
                    "page afterwards."
                ),
                page,
            ),
        )
        self._form = form
        # Every label as wide as the widest, so that the fields do not jump sideways when
        # the foreign-company rows come and go.
        items = [form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(form.rowCount())]
        labels = [item.widget() for item in items if item is not None]
        widgets = [label for label in labels if label is not None]
        widest = max(w.sizeHint().width() for w in widgets)
        for widget in widgets:
            widget.setMinimumWidth(widest)
        self.foreign_check.toggled.connect(self._foreign_toggled)
        self.name_edit.textChanged.connect(self._update_button)
        self.name_edit.editingFinished.connect(self._check_name)
        self._foreign_toggled(False)
        return page

    def _employees_error(self, form: QFormLayout) -> QLabel:
        error = error_label(form.parentWidget())
        form.addRow("", error)
        return error

    def _foreign_toggled(self, foreign: bool) -> None:
        for widget, shown in (
            (self.org_edit, not foreign),
            (self.country_edit, foreign),
            (self.registry_edit, foreign),
        ):
            self._form.setRowVisible(self._boxes[widget], shown)

    def _check_name(self) -> None:
        """Say so when a company of that name exists: it is probably the one to pick."""
        name = self.name_edit.text().strip()
        same = [
            c
            for c in self.context.services.companies.find_companies(name, limit=20)
            if name and c.name.casefold() == name.casefold()
        ]
        if same:
            self.name_hint.setText(
                self.tr(
                    "{0} is already registered (org. number {1}). To enrol it, pick it under "
                    "Existing companies."
                ).format(same[0].name, same[0].registration or self.tr("none"))
            )
        self.name_hint.setVisible(bool(same))

    def company_input(self) -> CompanyInput:
        """The new company as the service takes it, by the profile form's one rule."""
        edits = {
            "name": self.name_edit,
            "org_number": self.org_edit,
            "country": self.country_edit,
            "registry_number": self.registry_edit,
            "sector": self.sector_edit,
            "home_cluster": self.cluster_edit,
            "website": self.website_edit,
            "founded_year": self.founded_edit,
            "employees": self.employees_edit,
            "technology_focus": self.focus_edit,
        }
        return company_input(edits, foreign=self.foreign_check.isChecked())

    # --- saving -----------------------------------------------------------------------------------

    def _update_button(self) -> None:
        if self.tabs.currentIndex() == self.NEW:
            self.enrol_button.setText(self.tr("Register and enrol"))
            self.enrol_button.setEnabled(bool(self.name_edit.text().strip()))
            return
        names = self.model.checked_names()
        count = len(names)
        self.enrol_button.setEnabled(count > 0)
        if count == 0:
            self.enrol_button.setText(self.tr("Enrol"))
            self.chosen_label.setText(self.tr("Tick the companies to enrol."))
        else:
            text = self.tr("Enrol 1 company") if count == 1 else self.tr("Enrol {0} companies")
            self.enrol_button.setText(text.format(count))
            self.chosen_label.setText(self.tr("Chosen: {0}").format(", ".join(names)))

    def joined_on(self) -> dt.date | None:
        return self.joined_edit.date()

    def accept(self) -> None:
        """Enrol what the tab shown says; close once enrolled, stay open when refused."""
        if not dates_understood(self.joined_edit):
            return
        service = self.context.services.enrolments
        joined = self.joined_on()
        cohort_id = self.cohort.id
        if self.tabs.currentIndex() == self.NEW:
            data = self.company_input()
            saved = self.context.write(
                self,
                lambda: [service.enrol_new_company(cohort_id, data, joined)],
                form=self.errors,
            )
        else:
            ids = self.model.checked_ids()
            saved = self.context.write(
                self,
                lambda: service.enrol_companies(cohort_id, ids, joined),
                form=self.errors,
            )
        if saved is not None:
            self.saved = saved
            self.outcome = Enrolled(saved)
            super().accept()

    def import_from_file(self) -> ImportOutcome | None:
        """The import wizard, for this cohort. When it enrolled the companies here the
        dialog's work is done; imported without a cohort (or into another), they are now
        among the companies to tick."""
        imported = ImportWizard.run(self, self.context, cohort_id=self.cohort.id)
        if imported is None:
            return None
        enrolments = self.context.services.enrolments.list_enrolments(cohort_id=self.cohort.id)
        into = imported.enrolled_in
        if into is not None and into.id == self.cohort.id:
            named = set(imported.result.company_ids)
            self.saved = [e for e in enrolments if e.company_id in named]
            self.outcome = Enrolled(self.saved, imported)
            self.done(QDialog.DialogCode.Accepted)  # enrolled by the import: nothing to save
        else:
            self._enrolled = {e.company_id for e in enrolments}
            self.search()
        return imported

    @classmethod
    def ask(
        cls, parent: QWidget | None, context: AppContext, cohort: CohortRecord
    ) -> Enrolled | None:
        dialog = cls(parent, context, cohort)
        try:
            dialog.exec()
            return dialog.outcome
        finally:
            dialog.deleteLater()
