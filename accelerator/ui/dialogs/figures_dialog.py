"""An organisation's member figures of one year, typed: a year, and a field for each figure
the cluster collects, filled with what is on record for that year. Numbers are read as the
language writes them (``1 250 000`` or ``1,250,000``, ``12,5`` or ``12.5``, with ``kr`` after
an amount if typed); a field emptied removes the figure (it is missing then, not 0). The
service checks every value and names each problem beside its field; nothing is saved
until all are right.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from accelerator.domain.figures import parse_figure
from accelerator.domain.formatting import NumberParseError
from accelerator.errors import AcceleratorError
from accelerator.services.figures import FIRST_YEAR, FigureField, FigureValue
from accelerator.services.records import CompanyRecord
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.form import FormDialog
from accelerator.ui.kit import confirm, muted_label
from accelerator.ui.widgets.figure_words import (
    format_figure,
    recorded_words,
    unit_short,
)


class FiguresDialog(FormDialog[list[FigureValue]]):
    """``FiguresDialog.ask(parent, context, organisation, year=None)``: the figures of a
    year (default: this year), saved with ``figures.record``; what is on record for that
    year afterwards, or None when cancelled."""

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        organisation: CompanyRecord,
        *,
        year: int | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(
            parent,
            context,
            title=self.tr("Figures of {0}").format(organisation.name),
            accept=self.tr("Save"),
            width=520,
        )
        self.organisation = organisation
        figures = context.services.figures
        self.fields: list[FigureField] = figures.fields()
        self.values: list[FigureValue] = figures.of_organisation(organisation.id)
        self.edits: dict[str, QLineEdit] = {}
        #: The line beneath each figure's field where what is wrong with it shows.
        self.lines: dict[str, QLabel] = {}
        #: What each field said when filled, and the version of the value behind it (0: none).
        self._shown: dict[str, str] = {}
        self._versions: dict[str, int] = {}
        this_year = (today or dt.date.today()).year

        self.add_above(
            muted_label(
                self.tr(
                    "The figures of the whole year. Leave a figure empty when it is not "
                    "known: it is shown as not reported, never as 0."
                ),
                self,
            )
        )
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("figuresYear")
        self.year_spin.setRange(FIRST_YEAR, this_year + 1)
        self.year_spin.setValue(year if year is not None else this_year)
        self.year_spin.setMaximumWidth(self.year_spin.fontMetrics().horizontalAdvance("0000") + 60)
        self._year = self.year_spin.value()
        self.add_field("year", self.tr("&Year:"), self.year_spin)
        for figure in self.fields:
            edit = QLineEdit(self)
            edit.setObjectName(f"figure_{figure.key}")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0" * 16) + 20)
            self.edits[figure.key] = edit
            self.lines[figure.key] = self.add_field(
                figure.key,
                self.tr("{0}:").format(figure.name.replace("&", "&&")),
                _with_unit(edit, self, unit_short(figure)),
                focus=edit,
            )
        self._fill(self._year)
        self.year_spin.valueChanged.connect(self._year_changed)

    # --- the year's values ------------------------------------------------------------------

    def year(self) -> int:
        return self.year_spin.value()

    def _fill(self, year: int) -> None:
        """The fields as on record for ``year``."""
        on_record = {v.key: v for v in self.values if v.year == year and v.quarter == 0}
        self._shown, self._versions = {}, {}
        for figure in self.fields:
            value = on_record.get(figure.key)
            text = format_figure(value.value, figure) if value is not None else ""
            edit = self.edits[figure.key]
            edit.setText(text)
            edit.setToolTip(recorded_words(value) if value is not None else self.tr("Not reported"))
            self._shown[figure.key] = text
            self._versions[figure.key] = value.row_version if value is not None else 0
        self.errors.clear()

    def typed(self) -> dict[str, str]:
        """The fields whose text differs from what they were filled with."""
        return {
            key: edit.text()
            for key, edit in self.edits.items()
            if edit.text().strip() != self._shown.get(key, "")
        }

    def _year_changed(self, year: int) -> None:
        if year == self._year:
            return
        if self.typed() and not confirm(
            self,
            self.tr("Another year"),
            self.tr("Forget the figures typed for {0} and show those of {1}?").format(
                self._year, year
            ),
            self.tr("Show {0}").format(year),
        ):
            self.year_spin.blockSignals(True)
            self.year_spin.setValue(self._year)
            self.year_spin.blockSignals(False)
            return
        self._year = year
        self._fill(year)

    # --- saving -----------------------------------------------------------------------------

    def save_call(self) -> Callable[[], list[FigureValue]] | None:
        self.errors.clear()
        changed: dict[str, float | None] = {}
        unread = False
        for key, text in self.typed().items():
            if not text.strip():
                changed[key] = None
                continue
            try:
                changed[key] = parse_figure(text)
            except NumberParseError as error:
                self.lines[key].setText(str(error))
                self.lines[key].setVisible(True)
                unread = True
        if unread:
            self.focus_first_error()
            return None
        figures, organisation_id, year = (
            self.context.services.figures,
            self.organisation.id,
            self.year(),
        )
        versions = {key: self._versions.get(key, 0) for key in changed}
        return lambda: figures.record(organisation_id, year, changed, expected_versions=versions)

    def submit(self) -> list[FigureValue] | None:
        saved = super().submit()
        if saved is None:
            self._reread()
        return saved

    def _reread(self) -> None:
        """After a refusal: what is on record now. A field not typed into shows it; one
        typed into keeps what was typed, and a save again changes the value now held."""
        try:
            self.values = self.context.services.figures.of_organisation(self.organisation.id)
        except AcceleratorError:
            return
        year = self.year()
        on_record = {v.key: v for v in self.values if v.year == year and v.quarter == 0}
        typed = self.typed()
        for figure in self.fields:
            value = on_record.get(figure.key)
            text = format_figure(value.value, figure) if value is not None else ""
            if figure.key not in typed:
                self.edits[figure.key].setText(text)
                self._shown[figure.key] = text
            self._versions[figure.key] = value.row_version if value is not None else 0


def _with_unit(edit: QLineEdit, parent: QWidget, unit: str) -> QWidget:
    """The figure's field with its unit after it (``kr``, ``FTE``)."""
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit)
    if unit:
        row.addWidget(QLabel(unit, box))
    row.addStretch(1)
    box.setFocusProxy(edit)
    return box


__all__ = ["FiguresDialog"]
