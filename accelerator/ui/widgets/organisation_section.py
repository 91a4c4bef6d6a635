"""The shape the sections of an organisation's page share: a heading, a table of the
organisation's records read afresh when it is shown or its data changes, and a line that
says what shows there while there is nothing yet. Enter or a double-click opens the row
chosen (``open_selected``), usually on another page of the window."""

from __future__ import annotations

import logging
from collections.abc import Hashable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from accelerator.errors import AcceleratorError
from accelerator.services.records import CompanyRecord
from accelerator.ui.context import AppContext
from accelerator.ui.kit import RecordTable, heading_label, muted_label
from accelerator.ui.models.table import RecordTableModel
from accelerator.ui.refreshing import Refreshing

log = logging.getLogger(__name__)

R = TypeVar("R")


def open_on_page(widget: QWidget, page: str, method: str, key: int) -> bool:
    """Show record ``key`` on the window's ``page`` by its ``method`` (``select_event``);
    False where the window has no such page. Asked of the window by name: importing the
    page (or the window) from a section would close a circle of imports through the
    company page."""
    window = widget.window()
    go = getattr(window, "go", None)
    pages = getattr(window, "pages", None)
    if not callable(go) or pages is None or page not in pages:
        return False
    show = getattr(go(page), method, None)
    if not callable(show):
        return False
    shown = show(key)
    return True if shown is None else bool(shown)


class OrganisationSection(Refreshing, Generic[R]):
    """A section of the organisation shown (``set_organisation``). A subclass reads its
    rows (``read``), names the key a row is selected by again after a refresh
    (``key_of``), says its words (``set_words``, with its own ``self.tr``) and opens a
    row (``open_selected``)."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None,
        model: RecordTableModel[R],
        *,
        name: str,
        stretch: Sequence[int],
    ) -> None:
        super().__init__(context, parent)
        self._organisation: CompanyRecord | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.heading = heading_label("", self, 1.1)
        layout.addWidget(self.heading)
        self.model = model
        self.view: RecordTable[R] = RecordTable(
            self.model, self, name=name, stretch=tuple(stretch), wrap=True, row_padding=10
        )
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.opened.connect(self.open_selected)
        layout.addWidget(self.view)
        self.empty_label = muted_label("", self)
        layout.addWidget(self.empty_label)

    def set_words(self, heading: str, empty: str, opens: str = "") -> None:
        """The heading, the line shown while there is nothing, and the table's tooltip
        (how a row opens)."""
        self.heading.setText(heading)
        self.empty_label.setText(empty)
        self.view.setToolTip(opens)

    def set_organisation(self, organisation: CompanyRecord | None) -> None:
        """Show the records of ``organisation`` (None: nothing), read afresh."""
        self._organisation = organisation
        self._stale = False
        self.refresh()

    def showing_anything(self) -> bool:
        return self._organisation is not None

    def read(self, organisation_id: int) -> list[R]:
        raise NotImplementedError

    def key_of(self, row: R) -> Hashable | None:
        """The key ``RecordTable.select`` finds ``row`` by again after a refresh; None:
        the selection is not kept."""
        return None

    def refresh(self) -> None:
        organisation = self._organisation
        rows: list[R] = []
        if organisation is not None:
            try:
                rows = self.read(organisation.id)
            except AcceleratorError as error:
                log.info("%s of %s: %s", type(self).__name__, organisation.id, error)
        chosen = self.selected()
        self.model.set_rows(rows)
        self.view.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        self.view.fit_to_rows(8)
        key = self.key_of(chosen) if chosen is not None else None
        if key is not None:
            self.view.select(key)

    def selected(self) -> R | None:
        return self.view.selected()

    def open_selected(self) -> None:
        """The row chosen, where the window shows such records."""
