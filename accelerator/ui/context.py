"""What every page and dialog is given: the services, the change bus, and a way to move
to another page. Pages hold no session and build no query; they call services."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtWidgets import QWidget

from accelerator.ui.operations import ChangeBus, FormErrors, Versioned, write

if TYPE_CHECKING:
    from accelerator.services import Services

T = TypeVar("T")


class Navigator(Protocol):
    """Moves the main window to a page showing one thing. Implemented by MainWindow."""

    def open_company(self, company_id: int, enrolment_id: int | None = None) -> None: ...

    def open_cohort(self, cohort_id: int) -> None: ...

    def open_dashboard(self, cohort_id: int | None = None) -> None: ...

    def show_companies(self, company_ids: Iterable[int] | None, label: str = "") -> None:
        """The company list, limited to ``company_ids`` (None: all), saying why in ``label``."""
        ...


@dataclass
class AppContext:
    services: Services
    bus: ChangeBus
    navigator: Navigator
    #: Whether writes run off the GUI thread; None: on a server only. A server may be a
    #: slow network away, and the window must not freeze meanwhile. A SQLite file answers
    #: a save in about 3 ms (median of 40 company saves here; the worker costs 0.1 ms
    #: more), too short to freeze anything, and a synchronous save lets nothing else (the
    #: change watch's answer, a timer, a queued signal) run in the middle of it.
    background_writes: bool | None = None

    def write(
        self,
        parent: QWidget | None,
        call: Callable[[], T],
        *,
        form: FormErrors | None = None,
        title: str = "",
        versioned: Versioned[Any] | None = None,
    ) -> T | None:
        """Run a service call that writes and announce what it changed; see
        ``operations.write``. ``call`` must read no widget: it may run in a worker."""
        background = self.background_writes
        if background is None:
            background = not self.services.db.is_sqlite
        return write(
            parent,
            self.bus,
            call,
            form=form,
            title=title,
            versioned=versioned,
            background=background,
        )
