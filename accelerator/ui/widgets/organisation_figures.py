"""An organisation's member figures on its page: a row per figure (revenue, full-time
equivalents, the cluster's own...) and a column per year, the latest first. Each value is
written as the language writes it, kroner grouped by thousands and full-time equivalents
with one decimal; its tooltip says where it came from and when. A figure not reported is
an en dash, never 0. The baseline year of a company in a cohort (the year before it
enrolled) is marked. A coordinator enters a year's figures from here (``FiguresDialog``).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout, QWidget

from accelerator.domain.enums import in_words
from accelerator.domain.outcomes import baseline_year
from accelerator.errors import AcceleratorError, PermissionDeniedError
from accelerator.i18n import in_context
from accelerator.services.figures import FigureField, FigureValue
from accelerator.services.permissions import UseCase
from accelerator.services.records import CompanyRecord, EnrolmentRecord
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.form import as_sentence
from accelerator.ui.kit import (
    RecordTable,
    format_date,
    heading_over_buttons,
    muted_label,
)
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.table import QT_TRANSLATE_NOOP, RIGHT, ColumnSpec, RecordTableModel
from accelerator.ui.offers import offer
from accelerator.ui.operations import Data
from accelerator.ui.refreshing import Refreshing
from accelerator.ui.widgets.figure_words import (
    figure_name,
    format_figure,
    recorded_words,
)

log = logging.getLogger(__name__)
_tr = in_context("OrganisationFigures")

#: How many years the table shows, the latest first.
YEARS_SHOWN = 5
#: What a figure not reported shows: an en dash, never 0.
MISSING = "\u2013"


@dataclass(frozen=True)
class Baseline:
    """A company's baseline year in a cohort: the year before it enrolled."""

    year: int
    cohort_name: str
    joined_on: dt.date


@dataclass(frozen=True)
class FigureRow:
    """One figure of the organisation: its whole-year values by year."""

    figure: FigureField
    values: dict[int, FigureValue] = field(default_factory=dict)
    #: Quarterly values by year, shown in the tooltip of a year with no whole-year value.
    quarters: dict[int, list[FigureValue]] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return self.figure.key


def figure_rows(
    fields: Sequence[FigureField], values: Sequence[FigureValue]
) -> tuple[list[FigureRow], list[int]]:
    """The rows of the table (every active figure, and a retired one with values on record)
    and the years that have a value, the latest first."""
    by_key: dict[str, FigureRow] = {f.key: FigureRow(f) for f in fields}
    years: set[int] = set()
    for value in values:
        row = by_key.get(value.key)
        if row is None:
            continue
        if value.quarter == 0:
            row.values[value.year] = value
        else:
            row.quarters.setdefault(value.year, []).append(value)
        years.add(value.year)
    rows = [r for r in by_key.values() if r.figure.active or r.values or r.quarters]
    return rows, sorted(years, reverse=True)


def years_to_show(years: Sequence[int], baselines: Sequence[Baseline]) -> list[int]:
    """At most ``YEARS_SHOWN`` years, the latest first: the baselines' always (a missing
    baseline is worth seeing), then the latest years with values."""
    chosen: list[int] = []
    for baseline in sorted(baselines, key=lambda b: b.year, reverse=True):
        if baseline.year not in chosen and len(chosen) < YEARS_SHOWN:
            chosen.append(baseline.year)
    for year in years:
        if len(chosen) >= YEARS_SHOWN:
            break
        if year not in chosen:
            chosen.append(year)
    return sorted(chosen, reverse=True)


class FigureTableModel(RecordTableModel[FigureRow]):
    """A row per figure, a column per year; the baseline year's header marked."""

    COL_FIGURE = 0
    sortable = False  # the figures' own order

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.years: list[int] = []
        self.baselines: dict[int, list[Baseline]] = {}
        self.columns = self._columns()

    def set_figures(
        self, rows: Sequence[FigureRow], years: Sequence[int], baselines: Sequence[Baseline]
    ) -> None:
        self.beginResetModel()
        self.years = list(years)
        self.baselines = {}
        for baseline in baselines:
            self.baselines.setdefault(baseline.year, []).append(baseline)
        self.columns = self._columns()
        self._keep_rows(list(rows))
        self.endResetModel()

    def key_of(self, record: FigureRow) -> str:
        return record.key

    def _columns(self) -> tuple[ColumnSpec[FigureRow], ...]:
        name = ColumnSpec(
            QT_TRANSLATE_NOOP("FigureTableModel", "Figure"),
            lambda r: figure_name(r.figure),
            tooltip=_figure_tooltip,
        )
        return (name, *(self._year_column(y) for y in self.years))

    def _year_column(self, year: int) -> ColumnSpec[FigureRow]:
        return ColumnSpec(
            str(year),
            lambda r: _cell_text(r, year),
            align=RIGHT,
            tooltip=lambda r: _cell_tooltip(r, year),
            title_is_data=True,
        )

    def year_of_column(self, column: int) -> int | None:
        index = column - 1
        return self.years[index] if 0 <= index < len(self.years) else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        year = self.year_of_column(section) if orientation == Qt.Orientation.Horizontal else None
        if year is not None and year in self.baselines:
            if role == Qt.ItemDataRole.DecorationRole:
                return icon("gap")
            if role == Qt.ItemDataRole.ToolTipRole:
                return baseline_words(self.baselines[year])
        return super().headerData(section, orientation, role)


def baseline_words(baselines: Sequence[Baseline]) -> str:
    """``Baseline: the year before it enrolled in Spring 2025 (joined 3 Feb 2025)``."""
    return "\n".join(
        _tr("Baseline: the year before it joined {0} on {1}").format(
            b.cohort_name, format_date(b.joined_on)
        )
        for b in baselines
    )


def _figure_tooltip(row: FigureRow) -> str:
    unit = in_words(row.figure.unit)
    if not row.figure.active:
        return _tr("{0}, {1}; no longer collected").format(row.figure.name, unit.lower())
    return _tr("{0}, {1}").format(row.figure.name, unit.lower())


def _cell_text(row: FigureRow, year: int) -> str:
    value = row.values.get(year)
    return format_figure(value.value, row.figure) if value is not None else MISSING


def _cell_tooltip(row: FigureRow, year: int) -> str:
    value = row.values.get(year)
    if value is not None:
        return recorded_words(value)
    quarters = row.quarters.get(year)
    if quarters:
        parts = [
            _tr("Q{0}: {1}").format(q.quarter, format_figure(q.value, row.figure))
            for q in sorted(quarters, key=lambda q: q.quarter)
        ]
        return _tr("Not reported for the whole year; by quarter: {0}").format(", ".join(parts))
    return _tr("Not reported")


class OrganisationFigures(Refreshing):
    """The member figures of the organisation shown (``set_organisation``)."""

    shows = (Data.FIGURES, Data.ENROLMENTS, Data.COHORTS, Data.COMPANIES)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._organisation: CompanyRecord | None = None
        self._may_keep = context.services.permissions.allows(UseCase.MANAGE_FIGURES)
        self.rows: list[FigureRow] = []
        self.values: list[FigureValue] = []
        self.baselines: list[Baseline] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.enter_button = QPushButton(icon("edit"), self.tr("Enter fi&gures…"), self)
        self.enter_button.setObjectName("enterFigures")
        self.enter_button.setToolTip(
            self.tr("Type or correct the organisation's figures of a year")
        )
        offer(self.enter_button, self._may_keep, UseCase.MANAGE_FIGURES, hide=True)
        self.enter_button.clicked.connect(self.enter_figures)
        layout.addLayout(
            heading_over_buttons(self.tr("Member figures"), self, self.enter_button, scale=1.1)
        )
        self.model = FigureTableModel(self)
        self.view: RecordTable[FigureRow] = RecordTable(
            self.model,
            self,
            name="organisationFigures",
            stretch=(FigureTableModel.COL_FIGURE,),
            wrap=True,
            row_padding=8,
        )
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if self._may_keep:
            self.view.opened.connect(self.enter_figures)
        layout.addWidget(self.view)
        self.baseline_label = muted_label("", self)
        self.baseline_label.setObjectName("figuresBaseline")
        layout.addWidget(self.baseline_label)
        self.empty_label = muted_label("", self)
        self.empty_label.setObjectName("figuresEmpty")
        layout.addWidget(self.empty_label)

    # --- what the page calls ------------------------------------------------------------

    def set_organisation(self, organisation: CompanyRecord | None) -> None:
        """Show the figures of ``organisation`` (None: nothing), read afresh."""
        self._organisation = organisation
        self._stale = False
        self.refresh()

    def showing_anything(self) -> bool:
        return self._organisation is not None

    def refresh(self) -> None:
        organisation = self._organisation
        self.values, self.baselines = [], []
        fields: list[FigureField] = []
        refused = ""
        if organisation is not None:
            services = self.context.services
            try:
                fields = services.figures.fields(include_retired=True)
                self.values = services.figures.of_organisation(organisation.id)
                self.baselines = self._baselines(organisation.id)
            except PermissionDeniedError as error:
                refused = str(error)
            except AcceleratorError as error:
                log.info("figures of %s: %s", organisation.id, error)
        rows, years = figure_rows(fields, self.values)
        shown = years_to_show(years, self.baselines)
        self.rows = rows if shown else []
        self.model.set_figures(self.rows, shown, self.baselines)
        self.view.setVisible(bool(shown))
        self.view.fit_to_rows()
        self._say(organisation, refused, bool(self.values))
        self.enter_button.setEnabled(organisation is not None and not refused)

    def _baselines(self, organisation_id: int) -> list[Baseline]:
        enrolments: list[EnrolmentRecord] = self.context.services.enrolments.list_enrolments(
            company_id=organisation_id
        )
        return [
            Baseline(baseline_year(e.joined_on), e.cohort_name, e.joined_on) for e in enrolments
        ]

    def _say(self, organisation: CompanyRecord | None, refused: str, any_values: bool) -> None:
        if self.baselines:
            lines = [
                self.tr("Baseline {0}: the year before it joined {1}").format(b.year, b.cohort_name)
                for b in sorted(self.baselines, key=lambda b: b.joined_on)
            ]
            self.baseline_label.setText("\n".join(lines))
        self.baseline_label.setVisible(bool(self.baselines) and self.view.isVisible())
        if refused:
            text = as_sentence(refused)
        elif organisation is None or any_values:
            text = ""
        elif self._may_keep:
            text = self.tr(
                "No figures reported yet. Enter them with Enter figures…, or send the "
                "organisation a collection form from the Members page."
            )
        else:
            text = self.tr("No figures reported yet. A coordinator records them.")
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))

    def value_of(self, key: str, year: int) -> FigureValue | None:
        """The whole-year value of figure ``key`` in ``year`` as shown; None: missing."""
        row = next((r for r in self.rows if r.key == key), None)
        return row.values.get(year) if row is not None else None

    # --- entering -----------------------------------------------------------------------

    def enter_figures(self) -> None:
        """The figures of a year, typed (the latest year shown, or this year)."""
        from accelerator.ui.dialogs.figures_dialog import FiguresDialog

        organisation = self._organisation
        if organisation is None or not self._may_keep:
            return
        year = None
        column = self.view.currentIndex().column()
        if column > 0:
            year = self.model.year_of_column(column)
        saved = FiguresDialog.ask(self, self.context, organisation, year=year)
        if saved is not None:
            self.refresh()
