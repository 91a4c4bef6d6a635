"""What every page and dialog is given: the services, the change bus, and a way to move
to another page. Pages hold no session and build no query; they call services."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from PySide6.QtWidgets import QWidget

from accelerator.services import Services
from accelerator.ui.operations import ChangeBus, FormErrors, Versioned, write

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
        ``operations.write``."""
        return write(parent, self.bus, call, form=form, title=title, versioned=versioned)
