"""Small pieces the UI tests share."""

from __future__ import annotations

from collections.abc import Iterable


class NoNavigation:
    """A navigator for a page or dialog tested on its own: links go nowhere."""

    def open_company(self, company_id: int, enrolment_id: int | None = None) -> None: ...
    def open_cohort(self, cohort_id: int) -> None: ...
    def open_dashboard(self, cohort_id: int | None = None) -> None: ...
    def show_companies(self, company_ids: Iterable[int] | None, label: str = "") -> None: ...
