"""A member figure in words, shared by the organisation's table of figures and the dialog
that enters them: its name with its unit, a value as the language writes it, and where a
value came from and when."""

from __future__ import annotations

import datetime as dt

from accelerator.domain.enums import KpiMetric, KpiSource, KpiUnit
from accelerator.domain.formatting import format_number
from accelerator.i18n import in_context
from accelerator.services.figures import FigureField, FigureValue
from accelerator.ui.kit import format_count, format_date, format_decimal

# The words were first the organisation's table's, and keep its context.
_tr = in_context("OrganisationFigures")


def figure_name(figure: FigureField) -> str:
    """A figure's name with its unit where the unit is not plain: ``Revenue (kr)``,
    ``Full-time equivalents (FTE)``."""
    if figure.unit is KpiUnit.AMOUNT:
        return _tr("{0} (kr)").format(figure.name)
    if figure.metric is KpiMetric.FTE:
        return _tr("{0} (FTE)").format(figure.name)
    return figure.name


def unit_short(figure: FigureField) -> str:
    """The unit after a value typed in a form: ``kr``, ``FTE``, or nothing for a count."""
    if figure.unit is KpiUnit.AMOUNT:
        return _tr("kr")
    if figure.metric is KpiMetric.FTE:
        return _tr("FTE")
    return ""


def format_figure(value: float, figure: FigureField) -> str:
    """A value as the language writes it: kroner and counts whole with the thousands
    grouped, full-time equivalents with one decimal, a cluster's own decimals as many as
    it has."""
    if figure.unit is KpiUnit.DECIMAL:
        if figure.metric is KpiMetric.FTE:
            return format_decimal(value, 1)
        return format_number(value)
    return format_count(round(value))


def recorded_words(value: FigureValue) -> str:
    """Where a value came from and when: ``Entered by Kari Nordmann on 3 Mar 2026``."""
    day = format_date(local_day(value.recorded_at))
    if value.source is KpiSource.FORM:
        return _tr("From a collection form on {0}").format(day)
    if value.source is KpiSource.IMPORTED:
        return _tr("Imported on {0}").format(day)
    if value.recorded_by:
        return _tr("Entered by {0} on {1}").format(value.recorded_by, day)
    return _tr("Entered on {0}").format(day)


def local_day(moment: dt.datetime) -> dt.date:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().date()
