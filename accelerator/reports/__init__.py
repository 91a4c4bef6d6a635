"""PDF reports: plain data in, bytes out. No Qt and no database session here
(an import-linter contract keeps it so).

- :func:`build_company_report` and :func:`build_cohort_report` turn the dataclasses of
  :mod:`accelerator.reports.data` into PDF bytes, with progress and cancel;
- :mod:`accelerator.reports.charts` builds the charts both the PDF and the window show.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ReportCancelled", "build_cohort_report", "build_company_report"]


def __getattr__(name: str) -> Any:
    # Loaded when first asked for: the window imports the charts at start, and the
    # report builders (reportlab's page layout) would add a fifth of a second to it.
    if name == "build_cohort_report":
        from accelerator.reports.cohort_report import build_cohort_report

        return build_cohort_report
    if name == "build_company_report":
        from accelerator.reports.company_report import build_company_report

        return build_company_report
    if name == "ReportCancelled":
        from accelerator.reports.layout import ReportCancelled

        return ReportCancelled
    raise AttributeError(name)
