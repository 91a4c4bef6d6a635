"""PDF reports: plain data in, bytes out. No Qt and no database session here
(an import-linter contract keeps it so).

- :func:`build_company_report` and :func:`build_cohort_report` turn the dataclasses of
  :mod:`accelerator.reports.data` into PDF bytes, with progress and cancel;
- :mod:`accelerator.reports.charts` builds the charts both the PDF and the window show.
"""

from accelerator.reports.cohort_report import build_cohort_report
from accelerator.reports.company_report import build_company_report
from accelerator.reports.layout import ReportCancelled

__all__ = ["ReportCancelled", "build_cohort_report", "build_company_report"]
