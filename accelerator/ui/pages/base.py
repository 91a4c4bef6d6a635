"""The base of the main window's pages: refresh when shown, and when data they show changes."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from accelerator.ui.context import AppContext
from accelerator.ui.refreshing import Refreshing


class Page(Refreshing):
    """A page of the main window.

    Subclasses set ``shows`` (the kinds of data on the page) and implement ``refresh()``
    (``Refreshing``): a page reads its data when first shown, and again after a change to
    what it shows.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent, stale=True)

    @property
    def title(self) -> str:
        raise NotImplementedError

    def has_unsaved_changes(self) -> bool:
        """A page with an edited form answers True; the window asks before leaving it."""
        return False

    def discard_changes(self) -> None:
        """Forget the unsaved edits (the user chose to leave the page)."""

    def save_changes(self) -> bool:
        """Save the unsaved edits; False when they could not be saved (the page stays)."""
        return True
