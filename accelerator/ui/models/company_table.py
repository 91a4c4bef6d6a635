"""The company list: every company with its current cohort and where it stands.

Filtering and sorting happen here, in plain Python on the rows, followed by a model
reset: at 100,000 rows a keystroke costs a few milliseconds, where a
``QSortFilterProxyModel`` over the same rows takes more than a second. Each row gets
one lower-cased search string when the rows arrive, and each column's sort keys are
made the first time someone sorts by it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from itertools import compress
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from accelerator.services.overview import CompanyRow
from accelerator.ui.kit import (
    format_date,
    format_decimal,
    gap_colour,
    gap_flag_icon,
    group_org_number,
)

_Index = QModelIndex | QPersistentModelIndex

# Norwegian alphabetical order puts Æ, Ø and Å after Z (and Swedish Ä, Ö with them).
# Mapping them to private-use characters, which sort above every Latin letter, gets that
# order from a plain string comparison: far cheaper than a collator call per row.
_NORDIC_ORDER = str.maketrans(
    {
        "æ": "\ue000",
        "ä": "\ue000",
        "ø": "\ue001",
        "ö": "\ue001",
        "å": "\ue002",
    }
)


_COMBINING_MARKS = re.compile("[\u0300-\u036f]")


def collation_key(text: str) -> str:
    """A key that sorts names as a Norwegian reader expects: case-insensitive, accents
    ignored (é with e), and Æ Ø Å last."""
    folded = unicodedata.normalize("NFC", text).casefold()
    if folded.isascii():
        return folded
    # Æ Ø Å first (å would otherwise decompose into a and a ring), then drop accents.
    decomposed = unicodedata.normalize("NFD", folded.translate(_NORDIC_ORDER))
    return _COMBINING_MARKS.sub("", decomposed)


def search_key(text: str) -> str:
    """How typed text and the row text are compared: the same Unicode form, any case."""
    return unicodedata.normalize("NFC", text).casefold()


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompanyTableModel", text)


class CompanyTableModel(QAbstractTableModel):
    COL_NAME = 0
    COL_REGISTRATION = 1
    COL_SECTOR = 2
    COL_CLUSTER = 3
    COL_COHORT = 4
    COL_READINESS = 5
    COL_GAP = 6
    COL_MILESTONES = 7
    COL_LAST_ASSESSED = 8
    COLUMN_COUNT = 9

    #: The company's id, for the page to open it.
    CompanyIdRole = Qt.ItemDataRole.UserRole + 1

    _NUMERIC = frozenset({COL_READINESS, COL_GAP, COL_MILESTONES, COL_LAST_ASSESSED})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CompanyRow] = []
        self._search: list[str] = []
        self._by_id: dict[int, int] = {}
        self._keys: dict[int, list[Any]] = {}
        # Row numbers per (column, descending), made on first use; rows never change
        # order in place, so a list can be shared.
        self._orders: dict[tuple[int, bool], list[int]] = {}
        self._order: list[int] = []
        self._order_search: list[str] = []  # the search strings in ``_order``'s order
        self._visible: list[int] = []
        self._needle = ""
        self._only: frozenset[int] | None = None
        self._sort_column = self.COL_NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._headers = (
            _tr("Name"),
            _tr("Org. number"),
            _tr("Sector"),
            _tr("Cluster"),
            _tr("Current cohort"),
            _tr("Readiness index"),
            _tr("Gap"),
            _tr("Milestones done"),
            _tr("Last assessment"),
        )
        # Where the table is narrow, the long titles of the number columns take two lines.
        self._compact = False
        self._compact_headers = tuple(
            {
                self.COL_READINESS: _tr("Readiness\nindex"),
                self.COL_MILESTONES: _tr("Milestones\ndone"),
                self.COL_LAST_ASSESSED: _tr("Last\nassessment"),
            }.get(column, title)
            for column, title in enumerate(self._headers)
        )
        self._header_tips = (
            "",
            _tr("The Norwegian organisation number, or the foreign registry number"),
            "",
            _tr("The company's home cluster"),
            _tr("The cohort the company joined most recently"),
            _tr("The mean of the latest readiness levels (1 to 9) in the current cohort"),
            _tr(
                "Business-orientation gap: technology level minus the mean of the customer "
                "and business-model levels. A gap of 3 or more is flagged."
            ),
            _tr("Milestones done of those that apply, in the current cohort"),
            _tr("The date of the latest readiness assessment"),
        )

    # --- feeding ------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[CompanyRow]) -> None:
        """Show these rows (filter, restriction and sort order stay as they were)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._by_id = {row.id: n for n, row in enumerate(self._rows)}
        self._search = [self._search_text(row) for row in self._rows]
        self._keys = {}
        self._orders = {}
        self._set_order(self._sorted(self._sort_column, self._sort_order))
        self._visible = self._filtered()
        self.endResetModel()

    @staticmethod
    def _search_text(row: CompanyRow) -> str:
        parts = [row.name, row.registration, row.sector, row.cluster, row.cohort_name]
        grouped = group_org_number(row.registration)
        if grouped != row.registration:
            parts.append(grouped)  # so "923 609" finds 923609016 as it is shown
        # A separator no one types keeps a match from running across two columns.
        return search_key("\x1f".join(parts))

    def set_filter_text(self, text: str) -> None:
        """Show only rows where any of name, number, sector, cluster or cohort contains
        ``text`` (any case; taken literally, so % and * are just characters)."""
        needle = search_key(text.strip())
        if needle == self._needle:
            return
        # Typing on narrows the match: when few rows matched before, look only at those.
        narrowing = bool(self._needle) and self._needle in needle
        self.beginResetModel()
        self._needle = needle
        if narrowing and len(self._visible) < len(self._order) // 4:
            search = self._search
            self._visible = [n for n in self._visible if needle in search[n]]
        else:
            self._visible = self._filtered()
        self.endResetModel()

    def filter_text(self) -> str:
        return self._needle

    def set_only(self, company_ids: Iterable[int] | None) -> None:
        """Restrict the list to these companies (None: every company)."""
        only = None if company_ids is None else frozenset(company_ids)
        if only == self._only:
            return
        self.beginResetModel()
        self._only = only
        self._visible = self._filtered()
        self.endResetModel()

    def only(self) -> frozenset[int] | None:
        return self._only

    def _set_order(self, order: list[int]) -> None:
        self._order = order
        search = self._search
        self._order_search = [search[n] for n in order]

    def _filtered(self) -> list[int]:
        needle = self._needle
        if self._only is not None:
            wanted = {self._by_id[i] for i in self._only if i in self._by_id}
            search = self._search
            return [n for n in self._order if n in wanted and needle in search[n]]
        if not needle:
            return list(self._order)
        return list(compress(self._order, [needle in s for s in self._order_search]))

    # --- what the page asks -------------------------------------------------------------

    def all_count(self) -> int:
        """How many companies the model holds, whatever the filter and restriction."""
        return len(self._rows)

    def total_count(self) -> int:
        """How many companies the list holds before the typed filter: all of them, or
        those of the restriction."""
        if self._only is None:
            return len(self._rows)
        return sum(1 for i in self._only if i in self._by_id)

    def company_at(self, row: int) -> CompanyRow:
        return self._rows[self._visible[row]]

    def row_of(self, company_id: int) -> int | None:
        """The row showing ``company_id``, or None when it is filtered out or unknown."""
        n = self._by_id.get(company_id)
        if n is None:
            return None
        try:
            return self._visible.index(n)
        except ValueError:
            return None

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    # --- sorting ------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMN_COUNT:
            return
        self.beginResetModel()
        self._sort_column, self._sort_order = column, order
        self._set_order(self._sorted(column, order))
        self._visible = self._filtered()
        self.endResetModel()

    def _sort_keys(self, column: int) -> list[Any]:
        keys = self._keys.get(column)
        if keys is None:
            make = self._key_makers()[column]
            keys = [make(row) for row in self._rows]
            self._keys[column] = keys
        return keys

    def _key_makers(self) -> Sequence[Callable[[CompanyRow], Any]]:
        def text(value: str) -> str | None:
            return collation_key(value) if value else None

        def milestones(row: CompanyRow) -> float | None:
            if not row.milestones_applicable:
                return None
            # By share done; between equal shares, more milestones done first.
            return row.milestones_done / row.milestones_applicable + row.milestones_done * 1e-9

        return (
            lambda row: collation_key(row.name),
            lambda row: row.registration or None,
            lambda row: text(row.sector),
            lambda row: text(row.cluster),
            lambda row: text(row.cohort_name),
            lambda row: row.readiness_index,
            lambda row: row.gap,
            milestones,
            lambda row: row.last_assessed.toordinal() if row.last_assessed else None,
        )

    def _sorted(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Row numbers in the order asked for. Ties keep name order either way, and rows
        with nothing to sort by (no cohort, never assessed) stay at the bottom."""
        descending = order == Qt.SortOrder.DescendingOrder
        cached = self._orders.get((column, descending))
        if cached is not None:
            return cached
        if column == self.COL_NAME:
            names = self._sort_keys(column)
            result = sorted(range(len(self._rows)), key=names.__getitem__, reverse=descending)
        else:
            by_name = self._sorted(self.COL_NAME, Qt.SortOrder.AscendingOrder)
            keys = self._sort_keys(column)
            present = [n for n in by_name if keys[n] is not None]
            missing = [n for n in by_name if keys[n] is None]
            # A stable sort, also reversed: equal keys stay in name order.
            present.sort(key=keys.__getitem__, reverse=descending)
            result = present + missing
        self._orders[(column, descending)] = result
        return result

    # --- headers ------------------------------------------------------------------------

    def header_text(self, column: int, *, compact: bool = False) -> str:
        return (self._compact_headers if compact else self._headers)[column]

    def set_compact_headers(self, compact: bool) -> None:
        """Put the long titles of the number columns on two lines (for a narrow table)."""
        if compact != self._compact:
            self._compact = compact
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)

    # --- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(section, compact=self._compact)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section] or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if section in self._NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        row = self._rows[self._visible[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in self._NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if column == self.COL_GAP and row.gap_flagged:
            if role == Qt.ItemDataRole.DecorationRole:
                return gap_flag_icon()
            if role == Qt.ItemDataRole.ForegroundRole:
                return gap_colour()
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if role == self.CompanyIdRole:
            return row.id
        return None

    def _display(self, row: CompanyRow, column: int) -> str:
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_REGISTRATION:
            return group_org_number(row.registration)
        if column == self.COL_SECTOR:
            return row.sector
        if column == self.COL_CLUSTER:
            return row.cluster
        if column == self.COL_COHORT:
            return row.cohort_name
        if column == self.COL_READINESS:
            return format_decimal(row.readiness_index)
        if column == self.COL_GAP:
            return format_decimal(row.gap)
        if column == self.COL_MILESTONES:
            if not row.milestones_applicable:
                return ""
            return _tr("{0} of {1}").format(row.milestones_done, row.milestones_applicable)
        if column == self.COL_LAST_ASSESSED:
            return format_date(row.last_assessed)
        return ""

    def _tooltip(self, row: CompanyRow, column: int) -> str | None:
        if column == self.COL_GAP:
            if row.enrolment_id is None:
                return _tr("Not enrolled in a cohort")
            return row.gap_explanation or None
        if column == self.COL_READINESS and row.enrolment_id is not None:
            if row.readiness_index is None:
                return _tr("Not assessed in {0} yet").format(row.cohort_name)
            return None
        if column == self.COL_MILESTONES and row.milestones_applicable:
            return _tr("{0} of the {1} milestones that apply are done").format(
                row.milestones_done, row.milestones_applicable
            )
        if column == self.COL_LAST_ASSESSED and row.last_assessed is None:
            return _tr("Never assessed") if row.enrolment_id is not None else None
        text = self._display(row, column)
        return text or None  # the whole text, for a narrow column that cuts it short
