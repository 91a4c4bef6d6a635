"""One way to write a list: ``RecordTableModel[R]``, a read-only table of frozen records from
a service, with one ``ColumnSpec`` per column.

A column says its title (marked with ``QT_TRANSLATE_NOOP`` in the model's class name, so
that translators see it, and translated when shown), the text of a cell, what the column
sorts by, its alignment, and optionally a cell's tooltip, icon, colour and font. A model
says what is specific to it in ``extra_data`` (a check box, a background for the whole row).

Every model answers the same questions the same way: ``set_rows(records)``, ``rows()``,
``record_at(row) -> R | None`` and ``row_of(key) -> int | None``, where the key of a record
is ``key_of(record)`` (its ``id`` unless the model says otherwise). ``ID_ROLE`` gives a row's
key and ``SORT_ROLE`` what its cell sorts by.

Sorting happens in Python (DESIGN.md: a proxy over 100,000 Python rows took 33 s) and keeps
the selection: the persistent indexes follow their records. A new ``set_rows`` keeps the
order the person chose. Rows with nothing to sort by (no date, no level, an empty cell)
stay at the bottom whichever way round, and text sorts as a Norwegian reader expects.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon

# Norwegian order (Æ Ø Å after Z) is the domain's, shared with its searches.
from accelerator.domain.text import collation_key as collation_key

if TYPE_CHECKING:
    # PySide6's stub says the marker returns ``object``; it returns the text it is given.
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # noqa: N802
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
#: The key of the record behind a row (``key_of``: its id, mostly).
ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The value a cell sorts by.
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter


# --- how typed text is compared -------------------------------------------------------------


def search_key(text: str) -> str:
    """How typed text and the row text are compared: the same Unicode form, any case."""
    return unicodedata.normalize("NFC", text).casefold()


# --- columns -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ColumnSpec(Generic[R]):
    """One column of a ``RecordTableModel[R]``.

    ``title`` and ``header_tooltip`` are source texts marked with
    ``QT_TRANSLATE_NOOP("<the model's class name>", ...)``; the model translates them when
    the header is drawn. A title that is data (a readiness dimension's name) says
    ``title_is_data=True`` and is shown as it is.
    """

    title: str
    text: Callable[[R], str]
    #: What the column sorts by; None from it puts the row last. Default: the text, in
    #: Norwegian order, empty cells last.
    sort_key: Callable[[R], Any] | None = None
    align: Qt.AlignmentFlag = LEFT
    #: A cell's tooltip. Default (or when it gives None): the text itself when it is long
    #: enough to be cut off (``RecordTableModel.tooltip_from``).
    tooltip: Callable[[R], str | None] | None = None
    header_tooltip: str = ""
    decoration: Callable[[R], QIcon | None] | None = None
    foreground: Callable[[R], QColor | None] | None = None
    font: Callable[[R], QFont | None] | None = None
    title_is_data: bool = False


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def italic_font() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


_HOOKS: dict[int, str] = {
    Qt.ItemDataRole.ToolTipRole: "tooltip",
    Qt.ItemDataRole.DecorationRole: "decoration",
    Qt.ItemDataRole.ForegroundRole: "foreground",
    Qt.ItemDataRole.FontRole: "font",
}


# --- the model ---------------------------------------------------------------------------------


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table with one row per record of type ``R`` and the columns ``columns``.

    A subclass sets ``columns`` in its ``__init__`` (they may close over the model's own
    state, such as today's date) and may override ``key_of``, ``extra_data``,
    ``header_text`` and ``header_tooltip``. Models whose row order is the data itself (a
    checklist grouped by category, a template being reordered) set ``sortable = False``.
    """

    #: False: ``sort`` leaves the rows in the order they came.
    sortable: ClassVar[bool] = True
    #: Text this long or longer is repeated in the cell's tooltip, for a narrow column
    #: that cuts it short.
    tooltip_from: ClassVar[int] = 24

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns: Sequence[ColumnSpec[R]] = ()
        self._rows: list[R] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- feeding and asking ------------------------------------------------------------------

    def set_rows(self, rows: Iterable[R]) -> None:
        """Show these records, in the order the person last sorted by (else as given)."""
        self.beginResetModel()
        self._keep_rows(list(rows))
        self.endResetModel()

    def _keep_rows(self, rows: list[R]) -> None:
        """Inside ``set_rows``'s reset: take the new records. A model that derives
        something from them (columns, one per readiness dimension) extends this."""
        if self._sort is not None and self.sortable:
            rows = self._sorted(rows, *self._sort)
        self._rows = rows

    def rows(self) -> list[R]:
        """The records in the order shown."""
        return list(self._rows)

    def record_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def key_of(self, record: R) -> Hashable | None:
        """What ``row_of`` finds a record by; None: it cannot be looked up."""
        key: Hashable | None = getattr(record, "id", None)
        return key

    def row_of(self, key: Hashable) -> int | None:
        """The row showing the record with this key, or None when none does."""
        key_of = self.key_of
        return next((n for n, record in enumerate(self._rows) if key_of(record) == key), None)

    # --- what a subclass may add -------------------------------------------------------------

    def extra_data(self, record: R, column: int, role: int) -> Any:
        """A role the column specs do not answer (or answered with None) for this cell."""
        return None

    def header_text(self, column: int) -> str:
        spec = self.columns[column]
        if spec.title_is_data:
            return spec.title
        return QCoreApplication.translate(type(self).__name__, spec.title)

    def header_tooltip(self, column: int) -> str | None:
        tip = self.columns[column].header_tooltip
        return QCoreApplication.translate(type(self).__name__, tip) if tip else None

    # --- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == DISPLAY:
            return self.header_text(section)
        if role == TOOLTIP:
            return self.header_tooltip(section)
        if role == ALIGNMENT:
            return int(self.columns[section].align)
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= column < len(self.columns)):
            return None
        record = self._rows[row]
        spec = self.columns[column]
        if role == DISPLAY:
            return spec.text(record)
        if role == ALIGNMENT:
            return int(spec.align)
        if role == ID_ROLE:
            return self.key_of(record)
        if role == SORT_ROLE:
            return self._sort_key(spec)(record)
        hook_name = _HOOKS.get(role)
        hook: Callable[[R], Any] | None = getattr(spec, hook_name) if hook_name else None
        value = hook(record) if hook is not None else None
        if value is None:
            value = self.extra_data(record, column, role)
        if value is None and role == TOOLTIP:
            text = spec.text(record)
            return text if len(text) >= self.tooltip_from else None
        return value

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.sortable or not 0 <= column < len(self.columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        # By identity: a key may be missing or shared, the record object is not.
        held = [id(self._rows[i.row()]) for i in before]
        self._rows = self._sorted(self._rows, column, order)
        position = {id(record): n for n, record in enumerate(self._rows)}
        after = [self.index(position[r], old.column()) for r, old in zip(held, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sort_key(self, spec: ColumnSpec[R]) -> Callable[[R], Any]:
        if spec.sort_key is not None:
            return spec.sort_key

        def by_text(record: R) -> str | None:
            text = spec.text(record)
            return collation_key(text) if text else None

        return by_text

    def _sorted(self, rows: list[R], column: int, order: Qt.SortOrder) -> list[R]:
        key = self._sort_key(self.columns[column])
        keyed = [(key(record), record) for record in rows]
        present = [pair for pair in keyed if pair[0] is not None]
        missing = [record for k, record in keyed if k is None]
        # A stable sort, also reversed: rows with equal keys keep their order.
        present.sort(key=lambda pair: pair[0], reverse=order == Qt.SortOrder.DescendingOrder)
        return [record for _, record in present] + missing
