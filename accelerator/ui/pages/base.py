"""The base of the main window's pages: refresh when shown, and when data they show changes."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from accelerator.ui.context import AppContext
from accelerator.ui.operations import Data, touches


class Page(QWidget):
    """A page of the main window.

    Subclasses set ``shows`` (the kinds of data on the page) and implement ``refresh()``.
    A change to those kinds refreshes a visible page at once and a hidden one when it is
    next shown, so a page never shows stale data and never reloads for nothing.
    """

    shows: tuple[Data, ...] = ()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        context.bus.changed.connect(self._on_changed)

    @property
    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def has_unsaved_changes(self) -> bool:
        """A page with an edited form answers True; the window asks before leaving it."""
        return False

    def discard_changes(self) -> None:
        """Forget the unsaved edits (the user chose to leave the page)."""

    def save_changes(self) -> bool:
        """Save the unsaved edits; False when they could not be saved (the page stays)."""
        return True

    def _on_changed(self, kinds: frozenset[Data]) -> None:
        if not touches(kinds, *self.shows):
            return
        if self.isVisible():
            self.refresh()
            self._stale = False
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()
