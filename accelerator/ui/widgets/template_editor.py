"""The milestone template of one programme, edited in place: ordered items with a title, a
category, a due week and a description. Drag to reorder, or use Move up / Move down
(Alt+Up / Alt+Down). Nothing is written until Save; then the changed template can be
applied to the checklists of the companies in running cohorts."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.enums import MILESTONE_CATEGORIES, category_key
from accelerator.errors import ValidationError
from accelerator.i18n import in_context, marked, translate
from accelerator.services.enrolments import TemplateApplied
from accelerator.services.records import ProgrammeRecord
from accelerator.ui.context import AppContext
from accelerator.ui.kit import EmptyState, MessageBar, category_label, error_label, muted_label
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.programme_models import NO_DUE_DATE, TemplateItemsModel, TemplateRow
from accelerator.ui.operations import FormErrors

Index = QModelIndex | QPersistentModelIndex


_tr = in_context("TemplateEditor")
_CONTEXT = "TemplateEditor"

#: A template item's fields as the service names them in a problem ("item 3 title"), in
#: words that read before a problem ("title is required").
_ITEM_FIELDS = {
    "title": marked("TemplateEditor", "title"),
    "category": marked("TemplateEditor", "category"),
    "description": marked("TemplateEditor", "description"),
    "due offset (weeks)": marked("TemplateEditor", "due offset (weeks)"),
}


def category_combo(parent: QWidget | None) -> QComboBox:
    """The usual categories to choose from; a programme may type its own."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems([category_label(key) for key in MILESTONE_CATEGORIES])
    combo.setMinimumContentsLength(16)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


def due_spin(parent: QWidget | None) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(NO_DUE_DATE, 520)
    spin.setSpecialValueText(_tr("no due date"))
    spin.setPrefix(_tr("week "))
    spin.setToolTip(_tr("Weeks after the cohort starts"))
    return spin


class TemplateDelegate(QStyledItemDelegate):
    """Editors in the table: the category combo and the due-week spin box."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() == TemplateItemsModel.COL_CATEGORY:
            return category_combo(parent)
        if index.column() == TemplateItemsModel.COL_DUE:
            return due_spin(parent)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentText(category_label(str(value or "")))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, category_key(editor.currentText()), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class TemplateTableView(QTableView):
    """The template's rows, reordered by dragging a row to its new place, or from the
    keyboard: Alt+Up / Alt+Down (or Ctrl+Up / Ctrl+Down) move the selected row, Insert adds
    one after it and Delete removes it."""

    move_requested = Signal(int)  # -1 up, +1 down
    add_requested = Signal()
    remove_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        mover = modifiers in (Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier)
        if mover and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif (
            self.state() != QAbstractItemView.State.EditingState
            and not modifiers
            and key
            in (
                Qt.Key.Key_Insert,
                Qt.Key.Key_Delete,
            )
        ):
            (self.add_requested if key == Qt.Key.Key_Insert else self.remove_requested).emit()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The title is what people scan: it gets the larger share of the width.
        width = self.viewport().width()
        self.horizontalHeader().resizeSection(
            TemplateItemsModel.COL_TITLE, max(240, int(width * 0.42))
        )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)


class TemplateErrors(FormErrors):
    """Shows ``set_template``'s problems ("item 3 title: is required") on their rows and in
    one sentence under the table, instead of in a message box."""

    _ITEM = re.compile(r"^item (\d+) (.+)$")

    def __init__(self, model: TemplateItemsModel, label: QLabel) -> None:
        super().__init__()
        self._model = model
        self._summary = label
        self.register("", label)

    def clear(self) -> None:
        super().clear()
        self._model.set_problems({})

    def show(self, error: ValidationError) -> list[str]:
        self.clear()
        rows: dict[int, str] = {}
        lines: list[str] = []
        for field, text in error.problems.items():
            match = self._ITEM.match(field)
            if match:
                row = int(match.group(1)) - 1
                what = match.group(2)
                word = translate(_CONTEXT, _ITEM_FIELDS.get(what, what))
                rows[row] = f"{rows[row]}; " if row in rows else ""
                rows[row] += f"{word[:1].upper()}{word[1:]} {text}"
                lines.append(_tr("Milestone {0}: {1} {2}").format(match.group(1), word, text))
            else:
                lines.append(f"{error.label(field)}: {text}" if field else text)
        self._model.set_problems(rows)
        self._summary.setText(
            _tr("Not saved. {0}").format("; ".join(lines)) if lines else _tr("Not saved.")
        )
        self._summary.setVisible(True)
        return []


class TemplateEditor(QWidget):
    """Edits the template of the programme given to ``load``.

    ``modified_changed(bool)`` tells the page when there are unsaved edits.
    """

    modified_changed = Signal(bool)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.programme: ProgrammeRecord | None = None
        self._loading_form = False
        self._editable = True

        self.model = TemplateItemsModel(self)
        self.model.modified_changed.connect(self._modified_changed)
        self.view = TemplateTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(TemplateDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(
            TemplateItemsModel.COL_TITLE, QHeaderView.ResizeMode.Interactive
        )
        header.setSectionResizeMode(
            TemplateItemsModel.COL_CATEGORY, QHeaderView.ResizeMode.Interactive
        )
        header.setSectionResizeMode(TemplateItemsModel.COL_DUE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(
            TemplateItemsModel.COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch
        )
        header.resizeSection(TemplateItemsModel.COL_CATEGORY, 130)
        header.resizeSection(TemplateItemsModel.COL_DUE, 100)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.dataChanged.connect(self._data_changed)
        self.model.rowsMoved.connect(self._update_buttons)
        self.model.modelReset.connect(self._rows_changed)
        self.model.rowsInserted.connect(self._rows_changed)
        self.model.rowsRemoved.connect(self._rows_changed)
        self.list_state = EmptyState(self.view, self)

        self.intro = muted_label(
            self.tr(
                "The steps every company in this programme works through. A company gets them "
                "as its milestone checklist when it is enrolled, due the given number of weeks "
                "after its cohort starts. Drag a row to reorder."
            ),
            self,
        )

        def button(text: str, icon_name: str, tip: str) -> QPushButton:
            b = QPushButton(icon(icon_name), text, self)
            b.setToolTip(tip)
            return b

        self.add_button = button(
            self.tr("A&dd milestone"), "add", self.tr("Add a milestone after the selected one")
        )
        self.remove_button = button(
            self.tr("Re&move"),
            "remove",
            self.tr(
                "Take the milestone out of the template. Checklists that already have it keep "
                "it while anything is recorded on it."
            ),
        )
        self.up_button = button(self.tr("Move &up"), "mdi6.arrow-up", self.tr("Alt+Up"))
        self.down_button = button(self.tr("Move do&wn"), "mdi6.arrow-down", self.tr("Alt+Down"))
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.add_button)
        toolbar.addWidget(self.remove_button)
        toolbar.addSpacing(12)
        toolbar.addWidget(self.up_button)
        toolbar.addWidget(self.down_button)
        toolbar.addStretch(1)
        # Ctrl+S saves from anywhere in the editor; the table moves, adds and removes rows
        # from the keyboard (see TemplateTableView.keyPressEvent).
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        self.view.move_requested.connect(self.move_current)
        self.view.add_requested.connect(self.add_item)
        self.view.remove_requested.connect(self.remove_item)

        self.item_box = self._item_form()

        self.problems_label = error_label(self)
        self.errors = TemplateErrors(self.model, self.problems_label)
        self.message = MessageBar(self)
        self.message.action.clicked.connect(self.apply_to_running)
        self.modified_label = muted_label("", self)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setToolTip(self.tr("Forget the changes since the last save"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(icon("save"), self.tr("&Save template"), self)
        self.save_button.setToolTip(self.tr("Save the template (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.apply_button = QPushButton(
            icon("milestones"), self.tr("Apply to running enrolments"), self
        )
        self.apply_button.clicked.connect(self.apply_to_running)
        bottom = QHBoxLayout()
        bottom.addWidget(self.apply_button)
        bottom.addStretch(1)
        bottom.addWidget(self.modified_label)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(toolbar)
        layout.addWidget(self.list_state, 3)
        layout.addWidget(self.item_box)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self._running = 0
        self._rows_changed()
        self._show_modified(False)

    def _item_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Selected milestone"), self)
        self.title_edit = QLineEdit(box)
        self.title_edit.setPlaceholderText(
            self.tr("What the company achieves, e.g. Ten customer interviews")
        )
        self.category_combo = category_combo(box)
        self.due_spin = due_spin(box)
        self.description_edit = QPlainTextEdit(box)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(
            self.tr("What counts as done: the evidence a mentor looks for.")
        )
        self.description_edit.setFixedHeight(64)
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(8)
        for row, (text, widget) in enumerate(
            (
                (self.tr("&Title:"), self.title_edit),
                (self.tr("Cate&gory:"), self.category_combo),
                (self.tr("Descr&iption:"), self.description_edit),
            )
        ):
            label = QLabel(text, box)
            label.setBuddy(widget)
            align = Qt.AlignmentFlag.AlignTop if row == 2 else Qt.AlignmentFlag.AlignVCenter
            grid.addWidget(label, row, 0, align)
        grid.addWidget(self.title_edit, 0, 1)
        due_label = QLabel(self.tr("Due:"), box)
        due_label.setBuddy(self.due_spin)
        after = muted_label(self.tr("after the cohort starts"), box)
        after.setWordWrap(False)
        line = QHBoxLayout()
        line.addWidget(self.category_combo)
        line.addSpacing(16)
        line.addWidget(due_label)
        line.addWidget(self.due_spin)
        line.addWidget(after)
        line.addStretch(1)
        grid.addLayout(line, 1, 1)
        grid.addWidget(self.description_edit, 2, 1)
        self.title_edit.textEdited.connect(lambda text: self._form_edited(title=text))
        self.category_combo.currentTextChanged.connect(
            lambda text: self._form_edited(category=category_key(text))
        )
        self.due_spin.valueChanged.connect(
            lambda value: self._form_edited(
                due_offset_weeks=None if value == NO_DUE_DATE else value
            )
        )
        self.description_edit.textChanged.connect(
            lambda: self._form_edited(description=self.description_edit.toPlainText())
        )
        return box

    # --- loading --------------------------------------------------------------------------------

    def load(self, programme: ProgrammeRecord) -> None:
        """Show ``programme``'s saved template; unsaved edits of the same programme stay."""
        same = self.programme is not None and self.programme.id == programme.id
        self.programme = programme
        if same and self.model.is_modified():
            return
        current = self.current_row()
        self.model.set_items(self.context.services.programmes.template(programme.id))
        if not same:
            self.message.setVisible(False)
            self.errors.clear()
            current = 0
        self._select(min(current, self.model.rowCount() - 1))
        self._update_apply()

    def clear(self) -> None:
        self.programme = None
        self.model.set_items([])
        self.message.setVisible(False)

    # --- editing --------------------------------------------------------------------------------

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, TemplateItemsModel.COL_TITLE))
            self.view.scrollTo(self.view.currentIndex())
        else:
            self.view.setCurrentIndex(QModelIndex())
        self._fill_form()

    def add_item(self) -> None:
        if self.programme is None or not self._editable:
            return
        current = self.current_row()
        previous = self.model.record_at(current if current >= 0 else self.model.rowCount() - 1)
        # A new item goes after the selected one, in the same category, a little later.
        row = self.model.insert_item(
            current + 1 if current >= 0 else self.model.rowCount(),
            TemplateRow(
                category=previous.category if previous else MILESTONE_CATEGORIES[0],
                due_offset_weeks=(
                    previous.due_offset_weeks + 1
                    if previous and previous.due_offset_weeks is not None
                    else None
                ),
            ),
        )
        self._select(row)
        self.title_edit.setFocus()

    def remove_item(self) -> None:
        row = self.current_row()
        if row < 0 or not self._editable:
            return
        self.model.remove_item(row)
        self._select(min(row, self.model.rowCount() - 1))

    def move_current(self, step: int) -> None:
        row = self.current_row()
        if row < 0 or not self._editable:
            return
        if self.model.move_item(row, row + step):
            self._select(row + step)

    def _form_edited(self, **changes: Any) -> None:
        if self._loading_form:
            return
        row = self.current_row()
        if row >= 0:
            self.model.update_row(row, **changes)

    def _fill_form(self) -> None:
        item = self.model.record_at(self.current_row())
        self._loading_form = True
        try:
            self.item_box.setEnabled(item is not None)
            item = item or TemplateRow()
            if self.title_edit.text() != item.title:
                self.title_edit.setText(item.title)
            if category_key(self.category_combo.currentText()) != item.category:
                self.category_combo.setCurrentText(category_label(item.category))
            weeks = NO_DUE_DATE if item.due_offset_weeks is None else item.due_offset_weeks
            if self.due_spin.value() != weeks:
                self.due_spin.setValue(weeks)
            if self.description_edit.toPlainText() != item.description:
                self.description_edit.setPlainText(item.description)
        finally:
            self._loading_form = False
        self._update_buttons()

    def _current_changed(self, *_: object) -> None:
        self._fill_form()

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_: object) -> None:
        if top_left.row() <= self.current_row() <= bottom_right.row():
            self._fill_form()

    def _rows_changed(self, *_: object) -> None:
        if self.model.rowCount() == 0:
            self.list_state.show_message(
                self.tr(
                    "No milestones in the template yet.\n\nAdd the steps every company in "
                    "this programme should take (customer interviews, a business model, a "
                    "first pilot, funding) with Add milestone. Companies enrolled afterwards "
                    "get them as their checklist."
                )
                if self.programme is not None
                else self.tr("Choose a programme to see its milestone template.")
            )
        else:
            self.list_state.show_content()
        self.item_box.setVisible(self.model.rowCount() > 0)
        self._fill_form()

    def set_editable(self, editable: bool) -> None:
        """A viewer reads the template (and its descriptions) but changes nothing."""
        self._editable = editable
        for button in (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.save_button,
            self.revert_button,
            self.apply_button,
        ):
            button.setVisible(editable)
        self.modified_label.setVisible(editable)
        self.view.setDragEnabled(editable)
        self.view.setEditTriggers(
            self.view.editTriggers() if editable else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.title_edit.setReadOnly(not editable)
        self.category_combo.setEnabled(editable)
        self.due_spin.setReadOnly(not editable)
        self.description_edit.setReadOnly(not editable)
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        row = self.current_row()
        count = self.model.rowCount()
        editable = self._editable and self.programme is not None
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and row >= 0)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < count - 1)

    def _modified_changed(self, modified: bool) -> None:
        self._show_modified(modified)
        self._update_apply()
        self.modified_changed.emit(modified)

    def _show_modified(self, modified: bool) -> None:
        self.save_button.setEnabled(modified)
        self.revert_button.setEnabled(modified)
        self.modified_label.setText(self.tr("Unsaved changes") if modified else "")

    # --- saving ---------------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.model.is_modified()

    def revert(self) -> None:
        row = self.current_row()
        self.errors.clear()
        self.model.revert()
        self._select(min(max(row, 0), self.model.rowCount() - 1))

    def save(self) -> bool:
        """Save the template; True when saved (or nothing needed saving)."""
        programme = self.programme
        if programme is None or not self.model.is_modified():
            return True
        items = self.model.items()
        row = self.current_row()
        service = self.context.services.programmes
        saved = self.context.write(
            self,
            lambda: service.set_template(programme.id, items),
            form=self.errors,
            title=self.tr("Cannot save the template"),
        )
        if saved is None:
            return False
        self.model.set_items(saved)
        self._select(min(row, self.model.rowCount() - 1))
        self._update_apply()
        if self._running:
            self.message.show_message(
                self.tr(
                    "Template saved. {0} companies in planned and running cohorts still have "
                    "the checklist from before."
                ).format(self._running)
                if self._running != 1
                else self.tr(
                    "Template saved. 1 company in a planned or running cohort still has the "
                    "checklist from before."
                ),
                "save",
                self.tr("Apply to running enrolments"),
            )
        else:
            self.message.show_message(
                self.tr(
                    "Template saved. Companies enrolled from now on get this checklist; no "
                    "cohort of this programme is running, so there is nothing else to update."
                ),
                "save",
            )
        return True

    def _update_apply(self) -> None:
        programme = self.programme
        self._running = (
            self.context.services.enrolments.checklists_to_update(programme.id)
            if programme is not None
            else 0
        )
        enabled = self._running > 0 and not self.model.is_modified()
        self.apply_button.setEnabled(enabled)
        if self.model.is_modified():
            tip = self.tr("Save the template first.")
        elif self._running:
            tip = self.tr(
                "Bring the checklists of the {0} active companies in planned and running "
                "cohorts up to date with this template. Ticks, dates and evidence are kept."
            ).format(self._running)
        else:
            tip = self.tr("No active company in a planned or running cohort of this programme.")
        self.apply_button.setToolTip(tip)

    def apply_to_running(self) -> TemplateApplied | None:
        programme = self.programme
        if programme is None or self.model.is_modified():
            return None
        service = self.context.services.enrolments
        applied = self.context.write(
            self,
            lambda: service.apply_template(programme.id),
            title=self.tr("Cannot apply the template"),
        )
        if applied is None:
            return None
        self.message.show_message(applied_text(applied), "done")
        return applied


def applied_text(applied: TemplateApplied) -> str:
    """ "Updated 12 checklists: 3 milestones added, 5 updated, 1 removed (ticks kept)"."""
    if applied.enrolments == 0:
        return _tr("No running enrolment to update: no checklist was changed.")
    if not (applied.added or applied.updated or applied.removed):
        count = _tr("{0} checklists") if applied.enrolments != 1 else _tr("{0} checklist")
        return _tr("Checked {0}: all were up to date already.").format(
            count.format(applied.enrolments)
        )
    checklists = (
        _tr("Updated 1 checklist")
        if applied.enrolments == 1
        else _tr("Updated {0} checklists").format(applied.enrolments)
    )
    added = (
        _tr("1 milestone added")
        if applied.added == 1
        else _tr("{0} milestones added").format(applied.added)
    )
    return _tr("{0}: {1}, {2} updated, {3} removed (ticks kept)").format(
        checklists, added, applied.updated, applied.removed
    )
