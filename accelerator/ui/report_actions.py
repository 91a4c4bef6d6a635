"""File > Print report… (Ctrl+P): the Reports page, set to what the current page shows.

On the dashboard that is its cohort's report; on a company (or a company selected in
the list) that company's report in the chosen (or latest) cohort; under Programmes and
cohorts the selected cohort's report; under Events the chosen event's report; under
Matchmaking the meeting plan of the event of the chosen meeting. Elsewhere the page keeps
its last choice.

Print meeting plan… on the Events and Matchmaking pages opens the Reports page set to the
meeting plan of their event (:func:`open_meeting_plan`), to preview, save or print.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from accelerator.i18n import in_context
from accelerator.ui.kit.icons import icon
from accelerator.ui.window_base import WindowBase

if TYPE_CHECKING:  # imported with the page, when it is first shown
    from accelerator.ui.pages.reports import ReportsPage

_tr = in_context("ReportActions")


def install(window: WindowBase) -> QAction:
    action = QAction(icon("print"), _tr("P&rint report…"), window)
    action.setObjectName("printReportAction")
    action.setShortcut(QKeySequence("Ctrl+P"))
    action.setStatusTip(_tr("Generate, preview and print a cohort or company report"))
    action.triggered.connect(lambda: open_reports_for_current_page(window))
    window.file_menu.insertAction(window.file_menu_end, action)
    return action


def open_reports_for_current_page(window: WindowBase) -> ReportsPage:
    """Show the Reports page, preset to the cohort or company the current page shows."""
    key = window.current_key()
    cohort_id: int | None = None
    company_id: int | None = None
    enrolment_id: int | None = None
    event_id: int | None = None
    meeting_plan = False
    if key == "dashboard":
        cohort_id = window.dashboard_page.current_cohort_id()
    elif key == "programmes":
        cohort = window.programmes_page.selected_cohort()
        cohort_id = cohort.id if cohort is not None else None
    elif key == "companies":
        companies = window.companies_page
        if companies.showing_company():
            company_id = companies.profile.company_id
            enrolment_id = companies.profile.enrolments.current_enrolment_id()
        else:
            company_id = companies.selected_company_id()
    elif key in ("events", "matchmaking"):
        page = window.go(key)
        chosen = getattr(page, "chosen_event_id", None)
        event_id = chosen() if callable(chosen) else None
        meeting_plan = key == "matchmaking"
    window.go("reports")
    reports = window.reports_page
    if window.current_key() != "reports":
        return reports  # the person chose to stay on a page with unsaved edits
    if meeting_plan:
        reports.open_meeting_plan(event_id)
    elif event_id is not None:
        reports.open_event_report(event_id)
    elif enrolment_id is not None:
        reports.open_company_report(enrolment_id)
    elif company_id is not None:
        reports.choose_company(company_id)
    elif cohort_id is not None:
        reports.open_cohort_report(cohort_id)
    return reports


def open_meeting_plan(widget: QWidget, event_id: int | None) -> None:
    """The Reports page of ``widget``'s window, set to the meeting plan of ``event_id``."""
    # Asked of the window by name: the pages that ask import neither the window nor the
    # Reports page, which would close a circle of imports.
    window = widget.window()
    go = getattr(window, "go", None)
    pages = getattr(window, "pages", None)
    if not callable(go) or pages is None or "reports" not in pages:
        return
    go("reports")
    current = getattr(window, "current_key", None)
    if callable(current) and current() != "reports":
        return  # the person chose to stay on a page with unsaved edits
    reports = getattr(window, "reports_page", None)
    if reports is not None:
        reports.open_meeting_plan(event_id)


__all__ = ["install", "open_meeting_plan", "open_reports_for_current_page"]
