"""Export: which table (companies, milestones, assessments), for which cohort, as CSV or
XLSX. The file name is asked next, and the file is written in the background."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from accelerator.services.exporting import ExportFormat, ExportKind
from accelerator.services.permissions import UseCase
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.form import FormDialog
from accelerator.ui.kit import muted_label


@dataclass(frozen=True)
class ExportRequest:
    kind: ExportKind
    format: ExportFormat
    cohort_id: int | None = None
    include_confidential: bool = False

    @property
    def suggested_name(self) -> str:
        return f"{self.kind.value}.{self.format.value}"


class ExportDialog(FormDialog[ExportRequest]):
    """``ExportDialog.ask(parent, context)`` returns what to export, or None. It saves
    nothing itself: the file name is asked next."""

    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(
            parent, context, title=self.tr("Export"), accept=self.tr("Choose &file…"), width=0
        )
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("Companies"), ExportKind.COMPANIES)
        self.kind_combo.addItem(self.tr("Milestones"), ExportKind.MILESTONES)
        self.kind_combo.addItem(self.tr("Assessments"), ExportKind.ASSESSMENTS)
        # Made in the order of the rows, which Tab follows.
        self.cohort_combo = QComboBox(self)
        self.cohort_combo.addItem(self.tr("All"), None)
        for cohort in context.services.programmes.list_cohorts():
            self.cohort_combo.addItem(f"{cohort.programme_name} / {cohort.name}", cohort.id)
        self.format_combo = QComboBox(self)
        self.format_combo.addItem(self.tr("Excel workbook (.xlsx)"), ExportFormat.XLSX)
        self.format_combo.addItem(self.tr("CSV, comma separated (.csv)"), ExportFormat.CSV)
        self.confidential_check = QCheckBox(
            self.tr("Include the notes of confidential assessments"), self
        )
        self._may_include = context.services.permissions.allows(UseCase.READ_CONFIDENTIAL)
        self.confidential_check.setVisible(self._may_include)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

        self.add_row(self.tr("&Export:"), self.kind_combo)
        self.add_row(self.tr("&Cohort:"), self.cohort_combo)
        self.add_row(self.tr("&As:"), self.format_combo)
        self.form_layout.addRow("", self.confidential_check)
        self.add_below(
            muted_label(
                self.tr("Cells that a spreadsheet would run as formulas are written as text."),
                self,
            )
        )

    def _kind_changed(self) -> None:
        self.confidential_check.setEnabled(self.kind_combo.currentData() == ExportKind.ASSESSMENTS)

    def request(self) -> ExportRequest:
        # A combo hands its data back as plain text, not as the enum it was given.
        kind = ExportKind(self.kind_combo.currentData())
        return ExportRequest(
            kind=kind,
            format=ExportFormat(self.format_combo.currentData()),
            cohort_id=self.cohort_combo.currentData(),
            include_confidential=(
                kind is ExportKind.ASSESSMENTS
                and self._may_include
                and self.confidential_check.isChecked()
            ),
        )

    def submit(self) -> ExportRequest:
        return self.request()
