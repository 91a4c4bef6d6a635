"""A company's contacts: name, role, e-mail, phone."""

from __future__ import annotations

from PySide6.QtCore import QObject

from accelerator.services.records import ContactRecord
from accelerator.ui.models.table import QT_TRANSLATE_NOOP, ColumnSpec, RecordTableModel


class CompanyContactTableModel(RecordTableModel[ContactRecord]):
    COL_NAME, COL_ROLE, COL_EMAIL, COL_PHONE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ColumnSpec(QT_TRANSLATE_NOOP("CompanyContactTableModel", "Name"), lambda c: c.name),
            ColumnSpec(QT_TRANSLATE_NOOP("CompanyContactTableModel", "Role"), lambda c: c.role),
            ColumnSpec(QT_TRANSLATE_NOOP("CompanyContactTableModel", "E-mail"), lambda c: c.email),
            ColumnSpec(QT_TRANSLATE_NOOP("CompanyContactTableModel", "Phone"), lambda c: c.phone),
        )
