"""New company: the profile form in a dialog, saved through the service on Create."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from accelerator.services.records import CompanyRecord
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.form import FormDialog
from accelerator.ui.widgets.company_form import CompanyForm


class CompanyDialog(FormDialog[CompanyRecord]):
    """``CompanyDialog.ask(parent, context)`` asks for a new company's profile and creates
    it; the new company, or None."""

    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(
            parent,
            context,
            title=self.tr("New company"),
            accept=self.tr("Create company"),
            width=640,
        )
        intro = QLabel(
            self.tr(
                "Only the name is required. Contacts are added on the company's page, and "
                "the company joins a cohort from Programmes and cohorts."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.add_above(intro)
        # The profile form of the company page: its rows, its error lines, its order.
        self.form = CompanyForm(self)
        self.form.set_suggestions(
            context.services.companies.suggestions(), context.services.clusters.list_clusters()
        )
        self.form.load(None)
        self.add_above(self.form, 1)
        self.errors = self.form.errors
        self.errors.register("", self.general_error)
        self.form.name_edit.setFocus()

    def save_call(self) -> Callable[[], CompanyRecord]:
        companies = self.context.services.companies
        value = self.form.value()
        return lambda: companies.create_company(value)

    def focus_first_error(self) -> bool:
        return self.form.focus_first_error()
