"""A short list a coordinator keeps by hand: its entries in a table, and Add, Rename,
Retire or Reactivate, and Remove (only while nothing uses the entry). The strategic areas
and funding schemes of joint projects are such lists, and the cluster's own member
figures.

A subclass says where the entries come from and how each change is made; its words come
in ``KeptListWords``, translated in the subclass's or its dialog's own context.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from accelerator.domain.formatting import quoted
from accelerator.services.permissions import UseCase
from accelerator.ui.context import AppContext
from accelerator.ui.kit import RecordTable, confirm, muted_label
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.table import RecordTableModel
from accelerator.ui.offers import offer
from accelerator.ui.operations import Versioned


class Entry(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def active(self) -> bool: ...
    @property
    def uses(self) -> int: ...
    @property
    def row_version(self) -> int: ...


E = TypeVar("E", bound=Entry)


@dataclass(frozen=True)
class KeptListWords:
    """Every word of a kept list, translated where the list is made."""

    add: str  # "&Add…"
    rename: str  # "Re&name…"
    retire: str  # "Re&tire"
    reactivate: str  # "Reac&tivate"
    remove: str  # "Re&move…"
    in_use: str  # why an entry in use cannot be removed
    retire_tip: str  # what retiring does
    reactivate_tip: str  # what reactivating does
    remove_title: str
    remove_question: str  # "{0}" is the entry's name, quoted
    remove_action: str  # the confirming button
    empty: str = ""  # shown while the list is empty ("": the empty table shows)


class KeptList(QWidget, Generic[E]):
    """The table and its four buttons; the subclass gives ``entries``, ``ask_new``,
    ``ask_edit``, ``set_active`` and ``remove``, then calls ``refresh``."""

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        model: RecordTableModel[E],
        words: KeptListWords,
        *,
        name: str,
        use_case: UseCase,
        stretch: tuple[int, ...],
        margins: bool = True,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.words = words
        may_keep = context.services.permissions.allows(use_case)
        layout = QVBoxLayout(self)
        if not margins:  # inside a dialog's own margins rather than a tab's
            layout.setContentsMargins(0, 0, 0, 0)
        self.model = model
        model.setParent(self)
        self.table: RecordTable[E] = RecordTable(
            model, self, name=name, stretch=stretch, row_padding=8
        )
        layout.addWidget(self.table, 1)
        self.empty_label = muted_label(words.empty, self)
        self.empty_label.setVisible(False)
        layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), words.add, self)
        self.rename_button = QPushButton(icon("edit"), words.rename, self)
        self.retire_button = QPushButton(words.retire, self)
        self.remove_button = QPushButton(icon("remove"), words.remove, self)
        for button in (self.add_button, self.rename_button, self.retire_button, self.remove_button):
            button.setAutoDefault(False)
            offer(button, may_keep, use_case, hide=True)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add_entry)
        self.rename_button.clicked.connect(self.rename_entry)
        self.retire_button.clicked.connect(self.retire_or_reactivate)
        self.remove_button.clicked.connect(self.remove_entry)
        if may_keep:
            self.table.opened.connect(self.rename_entry)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())

    # --- what a subclass gives ------------------------------------------------------------

    def entries(self) -> list[E]:
        raise NotImplementedError

    def ask_new(self) -> E | None:
        raise NotImplementedError

    def ask_edit(self, entry: E) -> E | None:
        raise NotImplementedError

    def set_active(self, entry_id: int, active: bool, expected_version: int | None) -> object:
        raise NotImplementedError

    def remove(self, entry_id: int) -> None:
        raise NotImplementedError

    # --- the list -------------------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:
        """Read the entries afresh, ``select`` (else the one selected) chosen again."""
        chosen = self.table.selected()
        entries = self.entries()
        self.model.set_rows(entries)
        if self.words.empty:
            self.table.setVisible(bool(entries))
            self.empty_label.setVisible(not entries)
        key = select if select is not None else (chosen.id if chosen is not None else None)
        if key is None or not self.table.select(key):
            self.table.selectRow(0)
        self._update()

    def _update(self) -> None:
        entry = self.table.selected()
        words = self.words
        self.rename_button.setEnabled(entry is not None)
        self.retire_button.setEnabled(entry is not None)
        self.remove_button.setEnabled(entry is not None and entry.uses == 0)
        self.remove_button.setToolTip(words.in_use if entry is not None and entry.uses else "")
        retired = entry is not None and not entry.active
        self.retire_button.setText(words.reactivate if retired else words.retire)
        self.retire_button.setToolTip(words.reactivate_tip if retired else words.retire_tip)

    def add_entry(self) -> None:
        made = self.ask_new()
        if made is not None:
            self.refresh(made.id)

    def rename_entry(self) -> None:
        entry = self.table.selected()
        if entry is None or not self.rename_button.isVisible():
            return
        saved = self.ask_edit(entry)
        if saved is not None:
            self.refresh(saved.id)

    def retire_or_reactivate(self) -> None:
        entry = self.table.selected()
        if entry is None:
            return
        entry_id, active = entry.id, not entry.active
        versioned = Versioned(
            entry,
            reload=lambda current: self.refresh(current.id),
            fetch=lambda: next(e for e in self.entries() if e.id == entry_id),
        )
        done = self.context.write(
            self,
            lambda: self.set_active(entry_id, active, versioned.version),
            versioned=versioned,
        )
        if done is not None:
            self.refresh(entry_id)

    def remove_entry(self) -> None:
        entry = self.table.selected()
        if entry is None or entry.uses:
            return
        words = self.words
        if not confirm(
            self,
            words.remove_title,
            words.remove_question.format(quoted(entry.name)),
            words.remove_action,
        ):
            return
        entry_id = entry.id

        def removed() -> bool:
            self.remove(entry_id)
            return True

        if self.context.write(self, removed):
            self.refresh()
