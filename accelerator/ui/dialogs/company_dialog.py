"""New company: the profile form in a dialog, saved through the service on Create."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from accelerator.services.records import CompanyRecord
from accelerator.ui.context import AppContext
from accelerator.ui.widgets.company_form import CompanyForm
from accelerator.ui.widgets.wrapped_text import fit_wrapped_text


class CompanyDialog(QDialog):
    """Asks for a new company's profile. Create saves it; a refusal is shown beside the
    fields and the dialog stays open with nothing saved."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.record: CompanyRecord | None = None
        self.setWindowTitle(self.tr("New company"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(12)
        intro = QLabel(
            self.tr(
                "Only the name is required. Contacts are added on the company's page, and "
                "the company joins a cohort from Programmes and cohorts."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = CompanyForm(self)
        self.form.set_suggestions(context.services.companies.suggestions())
        self.form.load(None)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("Create company"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(max(self.sizeHint().width(), 640), self.sizeHint().height())
        fit_wrapped_text(self)  # the intro and a field's error wrap; nothing is squeezed
        self.form.name_edit.setFocus()

    def accept(self) -> None:
        services = self.context.services
        value = self.form.value()
        record = self.context.write(
            self,
            lambda: services.companies.create_company(value),
            form=self.form.errors,
            title=self.tr("New company"),
        )
        if record is None:
            self.form.focus_first_error()
            return
        self.record = record
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext) -> CompanyRecord | None:
        """The new company, or None when the user cancelled."""
        dialog = cls(context, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.record
            return None
        finally:
            dialog.deleteLater()
