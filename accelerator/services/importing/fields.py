"""What a column of an imported file can hold, and a problem of one row.

Every stage of importing speaks of these: reading finds problems of rows, mapping gives
columns to fields, planning finds more problems and names the field and the column.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from accelerator.i18n import in_context, marked, translate

_tr = in_context("Import")
_IMPORT = "Import"


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
        """What a person calls the field, in the language spoken."""
        return translate(_IMPORT, FIELD_LABELS[self])


#: The fields' words, marked here and translated by ``ImportField.label``.
FIELD_LABELS: dict[ImportField, str] = {
    ImportField.NAME: marked("Import", "Name"),
    ImportField.ORG_NUMBER: marked("Import", "Organisation number"),
    ImportField.REGISTRY_NUMBER: marked("Import", "Foreign registry number"),
    ImportField.COUNTRY: marked("Import", "Country"),
    ImportField.SECTOR: marked("Import", "Sector"),
    ImportField.HOME_CLUSTER: marked("Import", "Home cluster"),
    ImportField.WEBSITE: marked("Import", "Website"),
    ImportField.FOUNDED_YEAR: marked("Import", "Founded (year)"),
    ImportField.EMPLOYEES: marked("Import", "Employees"),
    ImportField.TECHNOLOGY_FOCUS: marked("Import", "Technology focus"),
    ImportField.DESCRIPTION: marked("Import", "Description"),
    ImportField.CONTACT_NAME: marked("Import", "Contact name"),
    ImportField.CONTACT_ROLE: marked("Import", "Contact role"),
    ImportField.CONTACT_EMAIL: marked("Import", "Contact e-mail"),
    ImportField.CONTACT_PHONE: marked("Import", "Contact phone"),
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
        if where:
            return _tr("row {0}, {1}: {2}").format(self.row, where, self.message)
        return _tr("row {0}: {1}").format(self.row, self.message)
