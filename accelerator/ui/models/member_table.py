"""The member register: every membership of every cluster, past ones too, with the list's
choices (cluster, kind, tier, the day they were members on) and the text typed to filter.

As in the company list, filtering and sorting happen here in plain Python followed by a
model reset: a keystroke over 100,000 memberships costs milliseconds, where a
``QSortFilterProxyModel`` takes more than a second. Each row gets one lower-cased search
string when the rows arrive, and each column's sort keys are made the first time
someone sorts by it. The choices narrow the rows first (when one changes, not at each
keystroke); what is typed narrows what they leave.

Also here: an organisation's memberships (its page) and the clusters (their dialog).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from itertools import compress
from typing import Any

from PySide6.QtCore import QObject, Qt

from accelerator.domain.enums import OrganisationKind, in_words
from accelerator.i18n import in_context
from accelerator.services.records import ClusterRecord, MembershipRecord
from accelerator.ui.kit import format_date, group_org_number
from accelerator.ui.models.table import (
    QT_TRANSLATE_NOOP,
    RIGHT,
    ColumnSpec,
    RecordTableModel,
    collation_key,
    search_key,
)

_tr = in_context("MemberTableModel")
_cluster_tr = in_context("ClusterTableModel")


def _text_key(value: str) -> str | None:
    return collation_key(value) if value else None


def _day_key(day: dt.date | None) -> int | None:
    return day.toordinal() if day is not None else None


def tier_key(name: str) -> str:
    """Tiers of two clusters named alike are one choice in the list ("Partner" in both)."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class MemberFilter:
    """The list's choices: None (or an empty tier) is any."""

    cluster_id: int | None = None
    kind: OrganisationKind | None = None
    tier: str = ""  # a tier's name, as ``tier_key`` makes it
    on: dt.date | None = None  # members on this day; None: every membership, past ones too

    def admits(self, m: MembershipRecord) -> bool:
        return (
            (self.cluster_id is None or m.cluster_id == self.cluster_id)
            and (self.kind is None or m.kind is self.kind)
            and (not self.tier or tier_key(m.tier_name) == self.tier)
            and (self.on is None or m.active_on(self.on))
        )


def count_members(
    rows: Iterable[MembershipRecord], cluster_id: int | None, on: dt.date | None
) -> Mapping[OrganisationKind, int]:
    """How many organisations of each kind were members (of the cluster, or of any) on
    ``on`` (or ever, for None): an organisation in two clusters counts once."""
    seen: dict[OrganisationKind, set[int]] = defaultdict(set)
    for m in rows:
        if (cluster_id is None or m.cluster_id == cluster_id) and (on is None or m.active_on(on)):
            seen[m.kind].add(m.organisation_id)
    return {kind: len(seen[kind]) for kind in OrganisationKind}


def _left_tooltip(m: MembershipRecord) -> str | None:
    if m.left_on is None:
        return _tr("Still a member")
    return _tr("{0} was a member until {1}, the last day").format(
        m.organisation_name, format_date(m.left_on)
    )


@dataclass(frozen=True)
class PreparedMembers:
    """Memberships with what the list works out from them once: each row's search string
    (organisation, number as stored and as shown, kind, cluster and tier, in any case)
    and the register's order (organisation, then cluster, then when it joined, the
    names in Norwegian order)."""

    rows: list[MembershipRecord]
    search: list[str]
    order: list[int]

    @classmethod
    def of(cls, rows: Iterable[MembershipRecord]) -> PreparedMembers:
        kept = list(rows)
        kinds = {kind: in_words(kind) for kind in OrganisationKind}
        # Tens of clusters and tiers among 100,000 rows: each folded once.
        folded: dict[str, str] = {}

        def fold(text: str) -> str:
            found = folded.get(text)
            if found is None:
                found = folded[text] = collation_key(text)
            return found

        search = []
        for m in kept:
            parts = [m.organisation_name, m.registration, kinds[m.kind], m.cluster_name]
            parts.append(m.tier_name)
            grouped = group_org_number(m.registration)
            if grouped != m.registration:
                parts.append(grouped)  # so "923 609" finds 923609016 as it is shown
            # A separator no one types keeps a match from running across two columns.
            search.append(search_key("\x1f".join(parts)))
        keys = [
            (collation_key(m.organisation_name), fold(m.cluster_name), m.joined_on, n)
            for n, m in enumerate(kept)
        ]
        order = sorted(range(len(kept)), key=keys.__getitem__)
        return cls(kept, search, order)


class MemberTableModel(RecordTableModel[MembershipRecord]):
    """The memberships chosen and typed for, one row each, sorted on any column."""

    (
        COL_ORGANISATION,
        COL_REGISTRATION,
        COL_KIND,
        COL_CLUSTER,
        COL_TIER,
        COL_JOINED,
        COL_LEFT,
    ) = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[MembershipRecord] = []
        self._search: list[str] = []
        self._by_id: dict[int, int] = {}
        self._keys: dict[int, list[Any]] = {}
        # Row numbers per (column, descending), made on first use.
        self._orders: dict[tuple[int, bool], list[int]] = {}
        self._register: list[int] = []  # by organisation, cluster and joined
        self._order: list[int] = []
        self._chosen: list[int] = []  # ``_order`` narrowed by the choices
        self._chosen_search: list[str] = []  # their search strings, in that order
        self._visible: list[int] = []  # what ``_rows`` shows, as numbers into ``_all``
        self._position: dict[int, int] = {}  # a number into ``_all``: its row, if shown
        self._needle = ""
        self._filter = MemberFilter()
        self._sort_by = (self.COL_ORGANISATION, Qt.SortOrder.AscendingOrder)
        # Six kinds among 100,000 rows: their words, and how they sort, worked out once.
        self._kinds = {kind: in_words(kind) for kind in OrganisationKind}
        self._kind_keys = {kind: collation_key(words) for kind, words in self._kinds.items()}

        self.columns = (
            ColumnSpec(
                QT_TRANSLATE_NOOP("MemberTableModel", "Organisation"),
                lambda m: m.organisation_name,
                lambda m: collation_key(m.organisation_name),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("MemberTableModel", "Org. number"),
                lambda m: group_org_number(m.registration),
                lambda m: m.registration or None,
                header_tooltip=QT_TRANSLATE_NOOP(
                    "MemberTableModel",
                    "The Norwegian organisation number, or the foreign registry number",
                ),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("MemberTableModel", "Kind"),
                lambda m: self._kinds[m.kind],
                lambda m: self._kind_keys[m.kind],
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("MemberTableModel", "Cluster"),
                lambda m: m.cluster_name,
                lambda m: collation_key(m.cluster_name),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("MemberTableModel", "Tier"),
                lambda m: m.tier_name,
                lambda m: _text_key(m.tier_name),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("MemberTableModel", "Joined"),
                lambda m: format_date(m.joined_on),
                lambda m: _day_key(m.joined_on),
                RIGHT,
                header_tooltip=QT_TRANSLATE_NOOP("MemberTableModel", "The first day as a member"),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("MemberTableModel", "Left"),
                lambda m: format_date(m.left_on),
                lambda m: _day_key(m.left_on),
                RIGHT,
                _left_tooltip,
                QT_TRANSLATE_NOOP(
                    "MemberTableModel", "The last day as a member; empty while it is one"
                ),
            ),
        )

    # --- feeding ------------------------------------------------------------------------

    @staticmethod
    def prepare(rows: Iterable[MembershipRecord]) -> PreparedMembers:
        """What ``set_rows`` works out from the rows before it shows them (a search
        string each, the register's order): plain Python, so a page that reads 100,000
        memberships in a worker prepares them there too, and the window does not wait."""
        return PreparedMembers.of(rows)

    def set_rows(self, rows: Iterable[MembershipRecord] | PreparedMembers) -> None:
        """Show these memberships (the choices, the filter and the order stay)."""
        prepared = rows if isinstance(rows, PreparedMembers) else PreparedMembers.of(rows)
        self.beginResetModel()
        self._all = prepared.rows
        self._by_id = {m.id: n for n, m in enumerate(self._all)}
        self._search = prepared.search
        self._keys = {}
        self._orders = {}
        self._register = prepared.order
        self._order = self._sorted_numbers(*self._sort_by)
        self._choose()
        self._show(self._typed())
        self.endResetModel()

    def set_filter(self, chosen: MemberFilter) -> None:
        """Show only the memberships ``chosen`` admits (and the text typed matches)."""
        if chosen == self._filter:
            return
        self.beginResetModel()
        self._filter = chosen
        self._choose()
        self._show(self._typed())
        self.endResetModel()

    def member_filter(self) -> MemberFilter:
        return self._filter

    def set_filter_text(self, text: str) -> None:
        """Show only the rows where the organisation, its number, its kind, the cluster
        or the tier contains ``text`` (any case; taken literally)."""
        needle = search_key(text.strip())
        if needle == self._needle:
            return
        # Typing on narrows the match: when few rows matched before, look only at those.
        narrowing = bool(self._needle) and self._needle in needle
        self.beginResetModel()
        self._needle = needle
        if narrowing and len(self._visible) < len(self._chosen) // 4:
            search = self._search
            self._show([n for n in self._visible if needle in search[n]])
        else:
            self._show(self._typed())
        self.endResetModel()

    def filter_text(self) -> str:
        return self._needle

    def _choose(self) -> None:
        chosen = self._filter
        if chosen == MemberFilter():
            self._chosen = self._order
        else:
            admits, everyone = chosen.admits, self._all
            self._chosen = [n for n in self._order if admits(everyone[n])]
        search = self._search
        self._chosen_search = [search[n] for n in self._chosen]

    def _typed(self) -> list[int]:
        needle = self._needle
        if not needle:
            return list(self._chosen)
        return list(compress(self._chosen, [needle in s for s in self._chosen_search]))

    def _show(self, visible: list[int]) -> None:
        self._visible = visible
        self._position = {}
        self._rows = list(map(self._all.__getitem__, visible))

    # --- what the page asks -------------------------------------------------------------

    def all_rows(self) -> list[MembershipRecord]:
        """Every membership the model holds, whatever is chosen or typed."""
        return self._all

    def all_count(self) -> int:
        return len(self._all)

    def chosen_count(self) -> int:
        """How many memberships the choices leave, before the text typed."""
        return len(self._chosen)

    def row_of(self, key: Hashable) -> int | None:
        """The row showing membership ``key``; None when it is not shown or unknown."""
        n = self._by_id.get(key) if isinstance(key, int) else None
        if n is None:
            return None
        if not self._position and self._visible:
            self._position = {number: row for row, number in enumerate(self._visible)}
        return self._position.get(n)

    # --- sorting ------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # A reset, as in the company list: the page selects its row again afterwards.
        if not 0 <= column < len(self.columns):
            return
        self.beginResetModel()
        self._sort_by = (column, order)
        self._order = self._sorted_numbers(column, order)
        self._choose()
        self._show(self._typed())
        self.endResetModel()

    def _sort_keys(self, column: int) -> list[Any]:
        keys = self._keys.get(column)
        if keys is None:
            make = self._sort_key(self.columns[column])
            keys = [make(m) for m in self._all]
            self._keys[column] = keys
        return keys

    def _sorted_numbers(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Row numbers in the order asked for. Ties keep the register's order (by
        organisation, then cluster, then when it joined) either way round, and rows with
        nothing to sort by (still members, for Left) stay at the bottom."""
        descending = order == Qt.SortOrder.DescendingOrder
        cached = self._orders.get((column, descending))
        if cached is not None:
            return cached
        if column == self.COL_ORGANISATION:
            # The register's order, made with the rows (``PreparedMembers``).
            result = self._register[::-1] if descending else self._register
        else:
            base = self._sorted_numbers(self.COL_ORGANISATION, Qt.SortOrder.AscendingOrder)
            keys = self._sort_keys(column)
            present = [n for n in base if keys[n] is not None]
            missing = [n for n in base if keys[n] is None]
            # A stable sort, also reversed: equal keys stay in the register's order.
            present.sort(key=keys.__getitem__, reverse=descending)
            result = present + missing
        self._orders[(column, descending)] = result
        return result


class OrganisationMembershipModel(RecordTableModel[MembershipRecord]):
    """One organisation's memberships, on its page: the clusters, tiers and dates."""

    COL_CLUSTER, COL_TIER, COL_JOINED, COL_LEFT = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ColumnSpec(
                QT_TRANSLATE_NOOP("OrganisationMembershipModel", "Cluster"),
                lambda m: m.cluster_name,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("OrganisationMembershipModel", "Tier"), lambda m: m.tier_name
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("OrganisationMembershipModel", "Joined"),
                lambda m: format_date(m.joined_on),
                lambda m: _day_key(m.joined_on),
                RIGHT,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("OrganisationMembershipModel", "Left"),
                lambda m: format_date(m.left_on),
                lambda m: _day_key(m.left_on),
                RIGHT,
                _left_tooltip,
            ),
        )


class ClusterTableModel(RecordTableModel[ClusterRecord]):
    """The clusters: ours first, each with its level, region and tiers."""

    COL_NAME, COL_SHORT, COL_LEVEL, COL_REGION, COL_OURS, COL_TIERS = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ColumnSpec(QT_TRANSLATE_NOOP("ClusterTableModel", "Name"), lambda c: c.name),
            ColumnSpec(
                QT_TRANSLATE_NOOP("ClusterTableModel", "Short name"), lambda c: c.short_name
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("ClusterTableModel", "Level"),
                lambda c: in_words(c.level),
                header_tooltip=QT_TRANSLATE_NOOP(
                    "ClusterTableModel", "The cluster's level in the national cluster programme"
                ),
            ),
            ColumnSpec(QT_TRANSLATE_NOOP("ClusterTableModel", "Region"), lambda c: c.region),
            ColumnSpec(
                QT_TRANSLATE_NOOP("ClusterTableModel", "Ours or partner"),
                lambda c: _cluster_tr("Ours") if c.ours else _cluster_tr("Partner"),
                lambda c: (not c.ours, collation_key(c.name)),
                header_tooltip=QT_TRANSLATE_NOOP(
                    "ClusterTableModel", "One of our own clusters, or a partner cluster"
                ),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("ClusterTableModel", "Tiers"),
                lambda c: ", ".join(t.name for t in c.tiers),
                lambda c: len(c.tiers),
                header_tooltip=QT_TRANSLATE_NOOP(
                    "ClusterTableModel", "The tiers of its members, in the cluster's order"
                ),
            ),
        )
