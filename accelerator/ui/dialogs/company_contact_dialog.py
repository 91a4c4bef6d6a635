"""Add or edit one of a company's contacts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from accelerator.errors import NotFoundError
from accelerator.services.companies import ContactInput
from accelerator.services.records import ContactRecord
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.form import FormDialog


class ContactDialog(FormDialog[ContactRecord]):
    """``ContactDialog.ask(parent, context, company_id)`` adds a contact to the company;
    with ``contact`` it edits that one."""

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        company_id: int,
        contact: ContactRecord | None = None,
        company_name: str = "",
    ) -> None:
        if contact is not None:
            title = self.tr("Edit contact")
        elif company_name:
            title = self.tr("New contact at {0}").format(company_name)
        else:
            title = self.tr("New contact")
        super().__init__(
            parent,
            context,
            title=title,
            accept=self.tr("Add contact") if contact is None else self.tr("Save"),
            width=460,
        )
        self.company_id = company_id
        self.contact = contact
        self.name_edit = QLineEdit(self)
        self.role_edit = QLineEdit(self)
        self.role_edit.setPlaceholderText(self.tr("e.g. CEO, Chief engineer"))
        self.email_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        # The service's words follow the field's name: "Name is required".
        self.error_labels: dict[str, QLabel] = {}
        for field, label, name, edit in (
            ("name", self.tr("&Name:"), self.tr("Name"), self.name_edit),
            ("role", self.tr("&Role:"), self.tr("Role"), self.role_edit),
            ("email", self.tr("&E-mail:"), self.tr("E-mail"), self.email_edit),
            ("phone", self.tr("&Phone:"), self.tr("Phone"), self.phone_edit),
        ):
            error = self.error_labels[field] = self.add_field(field, label, edit, subject=name)
            edit.textChanged.connect(lambda _text, e=error: e.setVisible(False))
        if contact is not None:
            self.edit(contact, self._fetch)

    def fill(self, record: ContactRecord) -> None:
        self.contact = record
        self.name_edit.setText(record.name)
        self.role_edit.setText(record.role)
        self.email_edit.setText(record.email)
        self.phone_edit.setText(record.phone)

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

    def save_call(self) -> Callable[[], ContactRecord]:
        companies = self.context.services.companies
        value, company_id = self.value(), self.company_id
        return self.create_or_update(
            lambda: companies.add_contact(company_id, value),
            lambda contact_id, version: companies.update_contact(
                contact_id, value, expected_version=version
            ),
        )
