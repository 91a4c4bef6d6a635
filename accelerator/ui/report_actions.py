"""File > Print report… (Ctrl+P): the Reports page, set to what the current page shows.

On the dashboard that is its cohort's report; on a company (or a company selected in
the list) that company's report in the chosen (or latest) cohort; under Programmes and
cohorts the selected cohort's report. Elsewhere the page keeps its last choice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

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
    window.go("reports")
    reports = window.reports_page
    if window.current_key() != "reports":
        return reports  # the person chose to stay on a page with unsaved edits
    if enrolment_id is not None:
        reports.open_company_report(enrolment_id)
    elif company_id is not None:
        reports.choose_company(company_id)
    elif cohort_id is not None:
        reports.open_cohort_report(cohort_id)
    return reports


__all__ = ["install", "open_reports_for_current_page"]
