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
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.enums import KpiUnit, in_words
from accelerator.domain.formatting import quoted
from accelerator.services.figures import CustomField
from accelerator.services.permissions import UseCase
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.form import FormDialog
from accelerator.ui.kit import RecordTable, confirm, format_count, muted_label
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.table import QT_TRANSLATE_NOOP, RIGHT, ColumnSpec, RecordTableModel
from accelerator.ui.offers import offer
from accelerator.ui.operations import Versioned


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


class FigureFieldsDialog(QDialog):
    """``FigureFieldsDialog.ask(parent, context)``: the cluster's own figures, to look at
    and (for a coordinator) to change."""

    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("The cluster's own figures"))
        self.resize(640, 420)
        may_keep = context.services.permissions.allows(UseCase.MANAGE_FIGURES)
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
        self.model = FigureFieldModel(self)
        self.table: RecordTable[CustomField] = RecordTable(
            self.model,
            self,
            name="figureFieldTable",
            stretch=(FigureFieldModel.COL_NAME,),
            row_padding=8,
        )
        layout.addWidget(self.table, 1)
        self.empty_label = muted_label(
            self.tr("No figures of the cluster's own yet: the standard ones are collected."),
            self,
        )
        layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), self.tr("&Add…"), self)
        self.rename_button = QPushButton(icon("edit"), self.tr("Re&name…"), self)
        self.retire_button = QPushButton(self.tr("Re&tire"), self)
        self.remove_button = QPushButton(icon("remove"), self.tr("Re&move…"), self)
        for button in (self.add_button, self.rename_button, self.retire_button, self.remove_button):
            button.setAutoDefault(False)
            offer(button, may_keep, UseCase.MANAGE_FIGURES, hide=True)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add_field)
        self.rename_button.clicked.connect(self.rename_field)
        self.retire_button.clicked.connect(self.retire_or_reactivate)
        self.remove_button.clicked.connect(self.remove_field)
        if may_keep:
            self.table.opened.connect(self.rename_field)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        chosen = self.table.selected()
        fields = self.context.services.figures.custom_fields(include_retired=True)
        self.model.set_rows(fields)
        self.table.setVisible(bool(fields))
        self.empty_label.setVisible(not fields)
        key = select if select is not None else (chosen.id if chosen is not None else None)
        if key is None or not self.table.select(key):
            self.table.selectRow(0)
        self._update()

    def _update(self) -> None:
        chosen = self.table.selected()
        self.rename_button.setEnabled(chosen is not None)
        self.retire_button.setEnabled(chosen is not None)
        self.remove_button.setEnabled(chosen is not None and chosen.uses == 0)
        self.remove_button.setToolTip(
            self.tr("Values are recorded against it: retire it instead")
            if chosen is not None and chosen.uses
            else ""
        )
        retired = chosen is not None and not chosen.active
        self.retire_button.setText(self.tr("Reac&tivate") if retired else self.tr("Re&tire"))
        self.retire_button.setToolTip(
            self.tr("Collected again: in the window and on the collection forms")
            if retired
            else self.tr("Collected no more; the values recorded against it stay")
        )

    def add_field(self) -> None:
        made = FigureFieldDialog.ask(self, self.context)
        if made is not None:
            self.refresh(made.id)

    def rename_field(self) -> None:
        chosen = self.table.selected()
        if chosen is None or not self.rename_button.isVisible():
            return
        saved = FigureFieldDialog.ask(self, self.context, chosen)
        if saved is not None:
            self.refresh(saved.id)

    def retire_or_reactivate(self) -> None:
        chosen = self.table.selected()
        if chosen is None:
            return
        figures, field_id = self.context.services.figures, chosen.id
        change = figures.restore_field if not chosen.active else figures.retire_field
        versioned = Versioned(
            chosen,
            reload=lambda current: self.refresh(current.id),
            fetch=lambda: next(f for f in figures.custom_fields() if f.id == field_id),
        )
        done = self.context.write(
            self,
            lambda: change(field_id, expected_version=versioned.version),
            versioned=versioned,
        )
        if done is not None:
            self.refresh(field_id)

    def remove_field(self) -> None:
        chosen = self.table.selected()
        if chosen is None or chosen.uses:
            return
        if not confirm(
            self,
            self.tr("Remove the figure"),
            self.tr("Remove {0}? No value is recorded against it.").format(quoted(chosen.name)),
            self.tr("Remove"),
        ):
            return
        figures, field_id = self.context.services.figures, chosen.id

        def removed() -> bool:
            figures.remove_field(field_id)
            return True

        if self.context.write(self, removed):
            self.refresh()

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext) -> None:
        dialog = cls(parent, context)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
