"""Widgets that show data and keep it fresh: a page of the window, and a panel that shows
one enrolment (its milestone checklist, its assessment history).

A ``Refreshing`` widget names the kinds of data it shows (``shows``) and reads them again
in ``refresh()``. A change to those kinds refreshes it at once while it is visible, and
when it is next shown otherwise, so it never shows stale data and never reads for nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from accelerator.ui.context import AppContext
from accelerator.ui.operations import Data, touches


class Refreshing(QWidget):
    """Refreshes when data it ``shows`` changes (or, hidden then, when next shown).

    ``stale`` says whether it is to refresh the first time it is shown."""

    shows: tuple[Data, ...] = ()

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, stale: bool = False
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = stale
        context.bus.changed.connect(self._on_changed)

    def refresh(self) -> None:
        raise NotImplementedError

    def showing_anything(self) -> bool:
        """False while there is nothing to refresh (a panel with no enrolment chosen)."""
        return True

    def _on_changed(self, kinds: frozenset[Data]) -> None:
        if not self.showing_anything() or not touches(kinds, *self.shows):
            return
        if self.isVisible():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()


class EnrolmentPanel(Refreshing):
    """Shows one enrolment, chosen with ``set_enrolment`` (None: nothing chosen, and an
    explanation instead). ``clock`` says what day it is, for what is overdue."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(context, parent)
        self._clock = clock
        self._enrolment_id: int | None = None

    @property
    def enrolment_id(self) -> int | None:
        return self._enrolment_id

    def set_enrolment(self, enrolment_id: int | None) -> None:
        """Show ``enrolment_id`` (None: nothing chosen), read afresh."""
        self._enrolment_id = enrolment_id
        self._stale = False
        self.refresh()

    def showing_anything(self) -> bool:
        return self._enrolment_id is not None
