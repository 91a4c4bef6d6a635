"""Add or edit one of a company's contacts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from accelerator.errors import NotFoundError
from accelerator.services.companies import ContactInput
from accelerator.services.records import ContactRecord
from accelerator.ui.context import AppContext
from accelerator.ui.kit import error_label
from accelerator.ui.operations import FormErrors, Versioned


class ContactDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        company_id: int,
        contact: ContactRecord | None = None,
        parent: QWidget | None = None,
        company_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.company_id = company_id
        self.contact = contact
        self.record: ContactRecord | None = None
        # The contact the fields were filled from; its version is what Save changes.
        self.versioned: Versioned[ContactRecord] | None = None
        self.errors = FormErrors()
        self.error_labels: dict[str, QLabel] = {}
        if contact is None:
            title = self.tr("New contact")
            if company_name:
                title = self.tr("New contact at {0}").format(company_name)
        else:
            title = self.tr("Edit contact")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.name_edit = QLineEdit(self)
        self.role_edit = QLineEdit(self)
        self.role_edit.setPlaceholderText(self.tr("e.g. CEO, Chief engineer"))
        self.email_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        for field, label, edit in (
            ("name", self.tr("&Name"), self.name_edit),
            ("role", self.tr("&Role"), self.role_edit),
            ("email", self.tr("&E-mail"), self.email_edit),
            ("phone", self.tr("&Phone"), self.phone_edit),
        ):
            holder = QWidget(self)
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(edit)
            error = error_label(holder, label)
            column.addWidget(error)
            edit.textChanged.connect(lambda _text, e=error: e.setVisible(False))
            form.addRow(label, holder)
            buddy = form.labelForField(holder)
            if isinstance(buddy, QLabel):
                buddy.setBuddy(edit)
                top = max(0, (edit.sizeHint().height() - buddy.sizeHint().height()) // 2)
                buddy.setContentsMargins(0, top, 0, 0)
                buddy.setMinimumWidth(buddy.sizeHint().width() + 6)
            self.errors.register(field, error)
            self.error_labels[field] = error
        layout.addLayout(form)
        layout.addStretch(1)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Add contact") if contact is None else self.tr("Save"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.save_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if contact is not None:
            self.versioned = Versioned(contact, reload=self._fill, fetch=self._fetch)
            self._fill(contact)
        self.resize(max(self.sizeHint().width(), 460), self.sizeHint().height())

    def _fill(self, contact: ContactRecord) -> None:
        self.contact = contact
        self.name_edit.setText(contact.name)
        self.role_edit.setText(contact.role)
        self.email_edit.setText(contact.email)
        self.phone_edit.setText(contact.phone)

    def _fetch(self) -> ContactRecord:
        """The contact as it is stored now."""
        assert self.contact is not None
        contact_id = self.contact.id
        company = self.context.services.companies.get_company(self.company_id)
        for contact in company.contacts:
            if contact.id == contact_id:
                return contact
        raise NotFoundError("the contact no longer exists; it may have been removed")

    def value(self) -> ContactInput:
        return ContactInput(
            name=self.name_edit.text(),
            role=self.role_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
        )

    def accept(self) -> None:
        companies = self.context.services.companies
        value = self.value()
        if self.contact is None:
            company_id = self.company_id

            def call() -> ContactRecord:
                return companies.add_contact(company_id, value)
        else:
            contact_id = self.contact.id
            versioned = self.versioned
            assert versioned is not None

            def call() -> ContactRecord:
                return companies.update_contact(
                    contact_id, value, expected_version=versioned.version
                )

        record = self.context.write(
            self,
            call,
            form=self.errors,
            title=self.windowTitle(),
            versioned=self.versioned,
        )
        if record is None:
            return
        self.record = record
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        context: AppContext,
        company_id: int,
        contact: ContactRecord | None = None,
        company_name: str = "",
    ) -> ContactRecord | None:
        """The added or edited contact, or None when the user cancelled."""
        dialog = cls(context, company_id, contact, parent, company_name)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.record
            return None
        finally:
            dialog.deleteLater()
