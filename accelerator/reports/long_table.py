"""A house table of thousands of rows, laid out in time linear in its rows.

A reportlab ``Table`` split at a page's end measures every row it has left, at every
page: a cluster register of 9,000 members took 22 s, most of it measuring (its
``LongTable`` helps little). :class:`LongHouseTable` hands the page only the next
:data:`WINDOW` rows as a table of their own, with the header row, and keeps the rest for
the pages after.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, Table

from accelerator.reports.company_report import header_style

#: Rows measured at a time: more than a page holds (a row is at least 13 points high:
#: some 55 on an A4 page, fewer on Letter).
WINDOW = 60


class LongHouseTable(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """``rows`` under ``header`` in the house style (``style`` added to it), the header
    repeated on every page; split a window of rows at a time."""

    def __init__(
        self,
        header: Sequence[object],
        rows: Sequence[Sequence[object]],
        widths: Sequence[float],
        style: Sequence[tuple[object, ...]] = (),
    ) -> None:
        super().__init__()
        self.header = list(header)
        self.rows = list(rows)
        self.widths = list(widths)
        self.style = list(style)
        self._table: Table | None = None

    def _make(self, rows: Sequence[Sequence[object]]) -> Table:
        table = Table([self.header, *[list(r) for r in rows]], colWidths=self.widths, repeatRows=1)
        table.setStyle(header_style(self.style))
        return table

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if len(self.rows) <= WINDOW:
            self._table = self._make(self.rows)
            width, height = self._table.wrap(available_width, available_height)
            return float(width), float(height)
        # More than a window: more than any page holds, so the frame asks for a split.
        self._table = None
        return available_width, available_height + 1

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if len(self.rows) <= WINDOW:
            return list(self._make(self.rows).split(available_width, available_height))
        pieces = self._make(self.rows[:WINDOW]).split(available_width, available_height)
        if not pieces:
            return []
        first: Any = pieces[0]
        taken = len(first._cellvalues) - 1  # its rows less the header
        if taken <= 0:
            return []
        return [first, LongHouseTable(self.header, self.rows[taken:], self.widths, self.style)]

    def draw(self) -> None:
        if self._table is not None:
            self._table.drawOn(self.canv, 0, 0)


__all__ = ["WINDOW", "LongHouseTable"]
