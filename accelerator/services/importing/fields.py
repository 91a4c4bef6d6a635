"""What a column of an imported file can hold, and a problem of one row.

Every stage of importing speaks of these: reading finds problems of rows, mapping gives
columns to fields, planning finds more problems and names the field and the column.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ImportField(StrEnum):
    """What a column of the file can hold."""

    NAME = "name"
    ORG_NUMBER = "org_number"
    REGISTRY_NUMBER = "registry_number"
    COUNTRY = "country"
    SECTOR = "sector"
    HOME_CLUSTER = "home_cluster"
    WEBSITE = "website"
    FOUNDED_YEAR = "founded_year"
    EMPLOYEES = "employees"
    TECHNOLOGY_FOCUS = "technology_focus"
    DESCRIPTION = "description"
    CONTACT_NAME = "contact_name"
    CONTACT_ROLE = "contact_role"
    CONTACT_EMAIL = "contact_email"
    CONTACT_PHONE = "contact_phone"

    @property
    def label(self) -> str:
        return FIELD_LABELS[self]


FIELD_LABELS: dict[ImportField, str] = {
    ImportField.NAME: "Name",
    ImportField.ORG_NUMBER: "Organisation number",
    ImportField.REGISTRY_NUMBER: "Foreign registry number",
    ImportField.COUNTRY: "Country",
    ImportField.SECTOR: "Sector",
    ImportField.HOME_CLUSTER: "Home cluster",
    ImportField.WEBSITE: "Website",
    ImportField.FOUNDED_YEAR: "Founded (year)",
    ImportField.EMPLOYEES: "Employees",
    ImportField.TECHNOLOGY_FOCUS: "Technology focus",
    ImportField.DESCRIPTION: "Description",
    ImportField.CONTACT_NAME: "Contact name",
    ImportField.CONTACT_ROLE: "Contact role",
    ImportField.CONTACT_EMAIL: "Contact e-mail",
    ImportField.CONTACT_PHONE: "Contact phone",
}

CONTACT_FIELDS = (
    ImportField.CONTACT_NAME,
    ImportField.CONTACT_ROLE,
    ImportField.CONTACT_EMAIL,
    ImportField.CONTACT_PHONE,
)


@dataclass(frozen=True, slots=True)
class RowError:
    """One problem of one row, as a person fixes it in the spreadsheet."""

    row: int  # as a spreadsheet shows it: the header is row 1
    message: str
    field: ImportField | None = None
    column: str = ""  # the column's header, as written in the file

    def __str__(self) -> str:
        where = self.column or (self.field.label if self.field else "")
        return (
            f"row {self.row}, {where}: {self.message}"
            if where
            else f"row {self.row}: {self.message}"
        )
