"""The cluster's own member figures, beside the standard ones (revenue, full-time
equivalents...): a list of them with their unit and how many values name them, and for a
coordinator Add, Rename, Retire or Reactivate, and Remove (only while no value names it).
A retired figure is offered no more, in the window or on the collection forms; the values
recorded against it stay and are shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.enums import KpiUnit, in_words
from accelerator.services.figures import CustomField
from accelerator.services.permissions import UseCase
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.form import FormDialog
from accelerator.ui.kit import format_count, muted_label
from accelerator.ui.models.table import QT_TRANSLATE_NOOP, RIGHT, ColumnSpec, RecordTableModel
from accelerator.ui.widgets.kept_list import KeptList, KeptListWords


class FigureFieldModel(RecordTableModel[CustomField]):
    """The cluster's own figures: name, unit, how many values name it, whether offered."""

    COL_NAME, COL_UNIT, COL_USES, COL_STATE = range(4)
    sortable = False  # the list's own order

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ColumnSpec(QT_TRANSLATE_NOOP("FigureFieldModel", "Name"), lambda f: f.name),
            ColumnSpec(QT_TRANSLATE_NOOP("FigureFieldModel", "Unit"), lambda f: in_words(f.unit)),
            ColumnSpec(
                QT_TRANSLATE_NOOP("FigureFieldModel", "Values"),
                lambda f: format_count(f.uses),
                sort_key=lambda f: f.uses,
                align=RIGHT,
                header_tooltip=QT_TRANSLATE_NOOP(
                    "FigureFieldModel", "How many values are recorded against it"
                ),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("FigureFieldModel", "Collected"),
                lambda f: self.tr("yes") if f.active else self.tr("retired"),
            ),
        )


class FigureFieldDialog(FormDialog[CustomField]):
    """A figure of the cluster's own: its name and unit when new, its name when renamed
    (the values recorded keep their unit)."""

    def __init__(
        self, parent: QWidget | None, context: AppContext, field: CustomField | None = None
    ) -> None:
        super().__init__(
            parent,
            context,
            title=self.tr("New figure") if field is None else self.tr("Rename the figure"),
            accept=self.tr("Add") if field is None else self.tr("Rename"),
        )
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("figureFieldName")
        self.name_edit.setPlaceholderText(self.tr("Tonnes of fish processed"))
        self.name_line = self.add_field("name", self.tr("&Name:"), self.name_edit)
        self.unit_combo = QComboBox(self)
        self.unit_combo.setObjectName("figureFieldUnit")
        for unit in KpiUnit:
            self.unit_combo.addItem(in_words(unit), unit.value)
        self.unit_line = self.add_field("unit", self.tr("&Unit:"), self.unit_combo)
        if field is not None:
            figures, field_id = context.services.figures, field.id

            def now() -> CustomField:
                return next(f for f in figures.custom_fields() if f.id == field_id)

            self.edit(field, now)
            self.unit_combo.setEnabled(False)
            self.unit_combo.setToolTip(self.tr("The values recorded keep their unit"))

    def fill(self, record: CustomField) -> None:
        self.name_edit.setText(record.name)
        self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(record.unit.value), 0))

    def save_call(self) -> Callable[[], CustomField]:
        name, figures = self.name_edit.text(), self.context.services.figures
        unit = KpiUnit(self.unit_combo.currentData())
        return self.create_or_update(
            lambda: figures.add_field(name, unit),
            lambda field_id, version: figures.rename_field(
                field_id, name, expected_version=version
            ),
        )


class _FigureFieldList(KeptList[CustomField]):
    """The cluster's own figures, kept by a coordinator."""

    def entries(self) -> list[CustomField]:
        return self.context.services.figures.custom_fields(include_retired=True)

    def ask_new(self) -> CustomField | None:
        return FigureFieldDialog.ask(self, self.context)

    def ask_edit(self, entry: CustomField) -> CustomField | None:
        return FigureFieldDialog.ask(self, self.context, entry)

    def set_active(self, entry_id: int, active: bool, expected_version: int | None) -> object:
        figures = self.context.services.figures
        change = figures.restore_field if active else figures.retire_field
        return change(entry_id, expected_version=expected_version)

    def remove(self, entry_id: int) -> None:
        self.context.services.figures.remove_field(entry_id)


class FigureFieldsDialog(QDialog):
    """``FigureFieldsDialog.ask(parent, context)``: the cluster's own figures, to look at
    and (for a coordinator) to change."""

    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("The cluster's own figures"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted_label(
                self.tr(
                    "Every organisation reports revenue, export revenue, full-time "
                    "equivalents, R&D spend, capital raised, new products and patents. Add "
                    "the figures your cluster collects beyond them. One that is retired is "
                    "collected no more and keeps its values; one no value names can be "
                    "removed."
                ),
                self,
            )
        )
        self.fields = _FigureFieldList(
            self,
            context,
            FigureFieldModel(),
            KeptListWords(
                add=self.tr("&Add…"),
                rename=self.tr("Re&name…"),
                retire=self.tr("Re&tire"),
                reactivate=self.tr("Reac&tivate"),
                remove=self.tr("Re&move…"),
                in_use=self.tr("Values are recorded against it: retire it instead"),
                retire_tip=self.tr("Collected no more; the values recorded against it stay"),
                reactivate_tip=self.tr(
                    "Collected again: in the window and on the collection forms"
                ),
                remove_title=self.tr("Remove the figure"),
                remove_question=self.tr("Remove {0}? No value is recorded against it."),
                remove_action=self.tr("Remove"),
                empty=self.tr(
                    "No figures of the cluster's own yet: the standard ones are collected."
                ),
            ),
            name="figureFieldTable",
            use_case=UseCase.MANAGE_FIGURES,
            stretch=(FigureFieldModel.COL_NAME,),
            margins=False,
        )
        layout.addWidget(self.fields, 1)
        # What the dialog is looked at and driven by, as before the list was shared.
        self.model = self.fields.model
        self.table = self.fields.table
        self.empty_label = self.fields.empty_label
        self.add_button = self.fields.add_button
        self.rename_button = self.fields.rename_button
        self.retire_button = self.fields.retire_button
        self.remove_button = self.fields.remove_button
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        self.fields.refresh(select)

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext) -> None:
        dialog = cls(parent, context)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
