"""The company list: every company with its current cohort and where it stands.

Filtering and sorting happen here, in plain Python on the rows, followed by a model
reset: at 100,000 rows a keystroke costs a few milliseconds, where a
``QSortFilterProxyModel`` over the same rows takes more than a second. Each row gets
one lower-cased search string when the rows arrive, and each column's sort keys are
made the first time someone sorts by it.
"""

from __future__ import annotations

import operator
from array import array
from bisect import bisect_left
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from itertools import compress
from typing import Any

from PySide6.QtCore import QObject, Qt

from accelerator.i18n import in_context, translate
from accelerator.services.overview import CompanyRow
from accelerator.ui.kit import (
    format_date,
    format_decimal,
    gap_colour,
    gap_flag_icon,
    group_org_number,
)
from accelerator.ui.models.table import (
    QT_TRANSLATE_NOOP,
    RIGHT,
    ColumnSpec,
    RecordTableModel,
    bold_font,
    collation_key,
    search_key,
)

_CONTEXT = "CompanyTableModel"

_tr = in_context("CompanyTableModel")


def _text_key(value: str) -> str | None:
    return collation_key(value) if value else None


def _milestones_key(row: CompanyRow) -> float | None:
    if not row.milestones_applicable:
        return None
    # By share done; between equal shares, more milestones done first.
    return row.milestones_done / row.milestones_applicable + row.milestones_done * 1e-9


def _milestones_text(row: CompanyRow) -> str:
    if not row.milestones_applicable:
        return ""
    return _tr("{0} of {1}").format(row.milestones_done, row.milestones_applicable)


def _milestones_tooltip(row: CompanyRow) -> str | None:
    if not row.milestones_applicable:
        return None
    return _tr("{0} of the {1} milestones that apply are done").format(
        row.milestones_done, row.milestones_applicable
    )


# A tooltip of "" says there is nothing to add, not even the cell's own text.


def _readiness_tooltip(row: CompanyRow) -> str | None:
    if row.enrolment_id is None:
        return None
    if row.readiness_index is None:
        return _tr("Not assessed in {0} yet").format(row.cohort_name)
    return ""


def _gap_tooltip(row: CompanyRow) -> str:
    if row.enrolment_id is None:
        return _tr("Not enrolled in a cohort")
    return row.gap_explanation


def _last_assessed_tooltip(row: CompanyRow) -> str | None:
    if row.last_assessed is None and row.enrolment_id is not None:
        return _tr("Never assessed")
    return None


@dataclass(frozen=True)
class PreparedCompanies:
    """Companies with what the list works out from them once: each row's search string
    and the order of their names (in Norwegian order). Made by ``CompanyTableModel.prepare``
    in the worker that read the rows, so that showing 100,000 of them does not hold the
    window up."""

    rows: list[CompanyRow]
    search: list[str]
    by_name: list[int]

    @classmethod
    def of(
        cls, rows: Iterable[CompanyRow], shown: PreparedCompanies | None = None
    ) -> PreparedCompanies:
        """``shown``: what the list shows now; a row read again as it was keeps its
        object and its search string, so the list is not held twice while it is read
        again, and what changed is all that is made anew."""
        kept: list[CompanyRow] = []
        old_search: list[str | None] = []
        old_rows: dict[int, int] = {}
        if shown is not None:
            old_rows = {row.id: n for n, row in enumerate(shown.rows)}
        for row in rows:
            n = old_rows.get(row.id)
            if n is not None and shown is not None and shown.rows[n] == row:
                kept.append(shown.rows[n])
                old_search.append(shown.search[n])
            else:
                kept.append(row)
                old_search.append(None)
        names = [collation_key(row.name) for row in kept]
        by_name = sorted(range(len(kept)), key=names.__getitem__)
        del names
        # The new search strings are made in name order, the order a keystroke reads them
        # in: made in the order the rows were read (by id), they lay scattered in memory,
        # and filtering 100,000 took 28 ms a keystroke instead of 19.
        search: list[str] = old_search  # type: ignore[assignment]  # every None replaced
        for n in by_name:
            if old_search[n] is None:
                search[n] = _search_text(kept[n])
        return cls(kept, search, by_name)

    def numbers(self) -> list[int]:
        """0, 1, 2... for each row, as the int objects ``by_name`` holds: the model's other
        lists of row numbers share them rather than hold 100,000 more."""
        numbers: list[int] = [0] * len(self.by_name)
        for n in self.by_name:
            numbers[n] = n
        return numbers


def _search_text(row: CompanyRow) -> str:
    parts = [row.name, row.registration, row.sector, row.cluster, row.cohort_name]
    grouped = group_org_number(row.registration)
    if grouped != row.registration:
        parts.append(grouped)  # so "923 609" finds 923609016 as it is shown
    # A separator no one types keeps a match from running across two columns.
    return search_key("\x1f".join(parts))


class _RowNumbers:
    """Company id -> row number. Rows read in order of id (as the worker reads a large
    list) are found by bisection in an array of their ids, 8 bytes a company, where a
    dict took 50; in any other order, by a dict."""

    def __init__(self, ids: list[int], numbers: list[int]) -> None:
        self._ids = array("q", ids) if all(map(operator.lt, ids, ids[1:])) else None
        self._by_id = None if self._ids is not None else dict(zip(ids, numbers, strict=True))

    def get(self, company_id: int) -> int | None:
        if self._by_id is not None:
            return self._by_id.get(company_id)
        assert self._ids is not None
        n = bisect_left(self._ids, company_id)
        return n if n < len(self._ids) and self._ids[n] == company_id else None

    def __contains__(self, company_id: int) -> bool:
        return self.get(company_id) is not None


class CompanyTableModel(RecordTableModel[CompanyRow]):
    (
        COL_NAME,
        COL_REGISTRATION,
        COL_SECTOR,
        COL_CLUSTER,
        COL_COHORT,
        COL_READINESS,
        COL_GAP,
        COL_MILESTONES,
        COL_LAST_ASSESSED,
    ) = range(9)

    #: The table shares its width out and may cut any column short, so every cell's
    #: tooltip shows its whole text.
    tooltip_from = 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[CompanyRow] = []
        self._search: list[str] = []
        self._by_id = _RowNumbers([], [])
        self._keys: dict[int, list[Any]] = {}
        # Row numbers per (column, descending), made on first use; rows never change
        # order in place, so a list can be shared.
        self._orders: dict[tuple[int, bool], list[int]] = {}
        self._order: list[int] = []
        self._order_search: list[str] = []  # the search strings in ``_order``'s order
        self._visible: list[int] = []  # what ``_rows`` shows, as numbers into ``_all``
        self._needle = ""
        self._only: frozenset[int] | None = None
        self._sort_by = (self.COL_NAME, Qt.SortOrder.AscendingOrder)

        self.columns = (
            ColumnSpec(
                QT_TRANSLATE_NOOP("CompanyTableModel", "Name"),
                lambda r: r.name,
                lambda r: collation_key(r.name),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CompanyTableModel", "Org. number"),
                lambda r: group_org_number(r.registration),
                lambda r: r.registration or None,
                header_tooltip=QT_TRANSLATE_NOOP(
                    "CompanyTableModel",
                    "The Norwegian organisation number, or the foreign registry number",
                ),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CompanyTableModel", "Sector"),
                lambda r: r.sector,
                lambda r: _text_key(r.sector),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CompanyTableModel", "Cluster"),
                lambda r: r.cluster,
                lambda r: _text_key(r.cluster),
                header_tooltip=QT_TRANSLATE_NOOP("CompanyTableModel", "The company's home cluster"),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CompanyTableModel", "Current cohort"),
                lambda r: r.cohort_name,
                lambda r: _text_key(r.cohort_name),
                header_tooltip=QT_TRANSLATE_NOOP(
                    "CompanyTableModel", "The cohort the company joined most recently"
                ),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CompanyTableModel", "Readiness index"),
                lambda r: format_decimal(r.readiness_index),
                lambda r: r.readiness_index,
                RIGHT,
                _readiness_tooltip,
                QT_TRANSLATE_NOOP(
                    "CompanyTableModel",
                    "The mean of the latest readiness levels (1 to 9) in the current cohort",
                ),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CompanyTableModel", "Gap"),
                lambda r: format_decimal(r.gap),
                lambda r: r.gap,
                RIGHT,
                _gap_tooltip,
                QT_TRANSLATE_NOOP(
                    "CompanyTableModel",
                    "Business-orientation gap: technology level minus the mean of the customer "
                    "and business-model levels. A gap of 3 or more is flagged.",
                ),
                decoration=lambda r: gap_flag_icon() if r.gap_flagged else None,
                foreground=lambda r: gap_colour() if r.gap_flagged else None,
                font=lambda r: bold_font() if r.gap_flagged else None,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CompanyTableModel", "Milestones done"),
                _milestones_text,
                _milestones_key,
                RIGHT,
                _milestones_tooltip,
                QT_TRANSLATE_NOOP(
                    "CompanyTableModel",
                    "Milestones done of those that apply, in the current cohort",
                ),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("CompanyTableModel", "Last assessment"),
                lambda r: format_date(r.last_assessed),
                lambda r: r.last_assessed.toordinal() if r.last_assessed else None,
                RIGHT,
                _last_assessed_tooltip,
                QT_TRANSLATE_NOOP(
                    "CompanyTableModel", "The date of the latest readiness assessment"
                ),
            ),
        )
        # Where the table is narrow, the long titles of the number columns take two lines.
        self._compact = False
        self._compact_titles = {
            self.COL_READINESS: QT_TRANSLATE_NOOP("CompanyTableModel", "Readiness\nindex"),
            self.COL_MILESTONES: QT_TRANSLATE_NOOP("CompanyTableModel", "Milestones\ndone"),
            self.COL_LAST_ASSESSED: QT_TRANSLATE_NOOP("CompanyTableModel", "Last\nassessment"),
        }

    # --- feeding ------------------------------------------------------------------------

    @staticmethod
    def prepare(
        rows: Iterable[CompanyRow], shown: PreparedCompanies | None = None
    ) -> PreparedCompanies:
        """What ``set_rows`` works out from the rows before it shows them (a search string
        each, the order of the names): plain Python, so a page that reads 100,000
        companies in a worker prepares them there too. ``shown``: ``prepared()`` of the
        list as it is, whose unchanged rows are kept rather than made again."""
        return PreparedCompanies.of(rows, shown)

    def prepared(self) -> PreparedCompanies:
        """The rows shown now, as ``prepare`` makes them (for reading them again)."""
        return PreparedCompanies(self._all, self._search, [])

    def set_rows(self, rows: Iterable[CompanyRow] | PreparedCompanies) -> None:
        """Show these rows (filter, restriction and sort order stay as they were)."""
        prepared = rows if isinstance(rows, PreparedCompanies) else PreparedCompanies.of(rows)
        self.beginResetModel()
        self._all = prepared.rows
        self._by_id = _RowNumbers([row.id for row in self._all], prepared.numbers())
        self._search = prepared.search
        self._keys = {}
        # The name order is all a list sorted by name needs: the names' own sort keys
        # are made only when another order asks for them (a descending sort, ties).
        self._orders = {(self.COL_NAME, False): prepared.by_name}
        self._set_order(self._sorted_numbers(*self._sort_by))
        self._show(self._filtered())
        self.endResetModel()

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
            self._show([n for n in self._visible if needle in search[n]])
        else:
            self._show(self._filtered())
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
        self._show(self._filtered())
        self.endResetModel()

    def only(self) -> frozenset[int] | None:
        return self._only

    def _set_order(self, order: list[int]) -> None:
        self._order = order
        search = self._search
        self._order_search = [search[n] for n in order]

    def _show(self, visible: list[int]) -> None:
        self._visible = visible
        self._rows = list(map(self._all.__getitem__, visible))

    def _filtered(self) -> list[int]:
        needle = self._needle
        if self._only is not None:
            found = map(self._by_id.get, self._only)
            wanted = {n for n in found if n is not None}
            search = self._search
            return [n for n in self._order if n in wanted and needle in search[n]]
        if not needle:
            return list(self._order)
        return list(compress(self._order, [needle in s for s in self._order_search]))

    # --- what the page asks -------------------------------------------------------------

    def all_count(self) -> int:
        """How many companies the model holds, whatever the filter and restriction."""
        return len(self._all)

    def total_count(self) -> int:
        """How many companies the list holds before the typed filter: all of them, or
        those of the restriction."""
        if self._only is None:
            return len(self._all)
        return sum(1 for i in self._only if i in self._by_id)

    def row_of(self, key: Hashable) -> int | None:
        """The row showing company ``key``, or None when it is filtered out or unknown."""
        n = self._by_id.get(key) if isinstance(key, int) else None
        if n is None:
            return None
        try:
            return self._visible.index(n)  # a search among small ints, in C
        except ValueError:
            return None

    # --- sorting ------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # A reset rather than the base's moved rows: 100,000 persistent indexes are not
        # worth keeping when the page selects its company again after a reset anyway.
        if not 0 <= column < len(self.columns):
            return
        self.beginResetModel()
        self._sort_by = (column, order)
        self._set_order(self._sorted_numbers(column, order))
        self._show(self._filtered())
        self.endResetModel()

    def _sort_keys(self, column: int) -> list[Any]:
        keys = self._keys.get(column)
        if keys is None:
            make = self._sort_key(self.columns[column])
            keys = [make(row) for row in self._all]
            self._keys[column] = keys
        return keys

    def _sorted_numbers(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Row numbers in the order asked for. Ties keep name order either way, and rows
        with nothing to sort by (no cohort, never assessed) stay at the bottom."""
        descending = order == Qt.SortOrder.DescendingOrder
        cached = self._orders.get((column, descending))
        if cached is not None:
            return cached
        if column == self.COL_NAME:
            names = self._sort_keys(column)
            result = sorted(range(len(self._all)), key=names.__getitem__, reverse=descending)
        else:
            by_name = self._sorted_numbers(self.COL_NAME, Qt.SortOrder.AscendingOrder)
            keys = self._sort_keys(column)
            present = [n for n in by_name if keys[n] is not None]
            missing = [n for n in by_name if keys[n] is None]
            # A stable sort, also reversed: equal keys stay in name order.
            present.sort(key=keys.__getitem__, reverse=descending)
            result = present + missing
        self._orders[(column, descending)] = result
        return result

    # --- headers ------------------------------------------------------------------------

    def header_text(self, column: int, *, compact: bool | None = None) -> str:
        """A column's title; ``compact`` (by default: as the table is now) puts the long
        titles of the number columns on two lines."""
        if compact is None:
            compact = self._compact
        title = self._compact_titles.get(column) if compact else None
        if title is None:
            return super().header_text(column)
        return translate(_CONTEXT, title)

    def set_compact_headers(self, compact: bool) -> None:
        """Put the long titles of the number columns on two lines (for a narrow table)."""
        if compact != self._compact:
            self._compact = compact
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
