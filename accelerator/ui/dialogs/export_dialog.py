"""Export: which table (companies, milestones, assessments, members, an event's
attendees), for which cohort (or which cluster, on which day; or which event), as CSV or
XLSX. The file name is asked next, and the
file is written in the background."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

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
    cluster_id: int | None = None  # members: of one cluster (None: of every one)
    on: dt.date | None = None  # members: those who were members that day (None: all ever)
    event_id: int | None = None  # attendees: of this event

    @property
    def suggested_name(self) -> str:
        return f"{self.kind.value}.{self.format.value}"


class ExportDialog(FormDialog[ExportRequest]):
    """``ExportDialog.ask(parent, context)`` returns what to export, or None. It saves
    nothing itself: the file name is asked next."""

    def __init__(
        self, parent: QWidget | None, context: AppContext, preset: ExportRequest | None = None
    ) -> None:
        super().__init__(
            parent, context, title=self.tr("Export"), accept=self.tr("Choose &file…"), width=0
        )
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("Companies"), ExportKind.COMPANIES)
        self.kind_combo.addItem(self.tr("Milestones"), ExportKind.MILESTONES)
        self.kind_combo.addItem(self.tr("Assessments"), ExportKind.ASSESSMENTS)
        self.kind_combo.addItem(self.tr("Members"), ExportKind.MEMBERS)
        self.kind_combo.addItem(self.tr("An event's attendees"), ExportKind.ATTENDEES)
        # A mentor's holds the projects they may read.
        self.kind_combo.addItem(self.tr("Joint projects"), ExportKind.PROJECTS)
        # Made in the order of the rows, which Tab follows.
        self.cohort_combo = QComboBox(self)
        self.cohort_combo.addItem(self.tr("All"), None)
        for cohort in context.services.programmes.list_cohorts():
            self.cohort_combo.addItem(f"{cohort.programme_name} / {cohort.name}", cohort.id)
        self.cluster_combo = QComboBox(self)
        self.cluster_combo.addItem(self.tr("Every cluster"), None)
        for cluster in context.services.clusters.list_clusters():
            self.cluster_combo.addItem(cluster.name, cluster.id)
        self.event_combo = QComboBox(self)
        for event in reversed(context.services.events.list_events()):
            self.event_combo.addItem(f"{event.title} ({event.period})", event.id)
        self.on_edit = self.date_field(dt.date.today(), optional=True)
        self.on_edit.line_edit.setPlaceholderText(self.tr("Any day"))
        day = QWidget(self)
        day_row = QHBoxLayout(day)
        day_row.setContentsMargins(0, 0, 0, 0)
        day_row.addWidget(self.on_edit)
        day_row.addWidget(
            muted_label(self.tr("Empty: every membership, those that ended too"), day), 1
        )
        self.format_combo = QComboBox(self)
        self.format_combo.addItem(self.tr("Excel workbook (.xlsx)"), ExportFormat.XLSX)
        self.format_combo.addItem(self.tr("CSV, comma separated (.csv)"), ExportFormat.CSV)
        self.confidential_check = QCheckBox(
            self.tr("Include the notes of confidential assessments"), self
        )
        self._may_include = context.services.permissions.allows(UseCase.READ_CONFIDENTIAL)
        self.confidential_check.setVisible(self._may_include)
        if preset is not None:
            self._take(preset)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)

        self.add_row(self.tr("&Export:"), self.kind_combo)
        self.add_row(self.tr("&Cohort:"), self.cohort_combo)
        self.add_row(self.tr("C&luster:"), self.cluster_combo)
        self.day_error = self.add_date_field("", self.tr("Members &on:"), self.on_edit, box=day)
        self.add_row(self.tr("E&vent:"), self.event_combo)
        self.add_row(self.tr("&As:"), self.format_combo)
        self.form_layout.addRow("", self.confidential_check)
        self.add_below(
            muted_label(
                self.tr("Cells that a spreadsheet would run as formulas are written as text."),
                self,
            )
        )

        self._kind_changed()

    def _take(self, preset: ExportRequest) -> None:
        """Start from ``preset``: what the page it is opened from shows."""
        for combo, value in (
            (self.kind_combo, preset.kind),
            (self.format_combo, preset.format),
            (self.cohort_combo, preset.cohort_id),
            (self.cluster_combo, preset.cluster_id),
            (self.event_combo, preset.event_id),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.on_edit.set_date(preset.on)

    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        self.confidential_check.setEnabled(kind == ExportKind.ASSESSMENTS)
        # Members are chosen by cluster and day, the programme's tables by cohort.
        # An event's attendees are chosen by event.
        # Joint projects are all of them (in XLSX a sheet each of projects, partners and
        # funding applications).
        members = kind == ExportKind.MEMBERS
        attendees = kind == ExportKind.ATTENDEES
        projects = kind == ExportKind.PROJECTS
        programme = not members and not attendees and not projects
        self.form_layout.setRowVisible(self.cohort_combo, programme)
        self.form_layout.setRowVisible(self.cluster_combo, members)
        self.form_layout.setRowVisible(self.event_combo, attendees)
        self.show_field(self.day_error, members)
        self.confidential_check.setVisible(self._may_include and programme)

    def request(self) -> ExportRequest:
        # A combo hands its data back as plain text, not as the enum it was given.
        kind = ExportKind(self.kind_combo.currentData())
        members = kind is ExportKind.MEMBERS
        attendees = kind is ExportKind.ATTENDEES
        wider = members or attendees or kind is ExportKind.PROJECTS  # than a cohort
        return ExportRequest(
            kind=kind,
            format=ExportFormat(self.format_combo.currentData()),
            cohort_id=None if wider else self.cohort_combo.currentData(),
            include_confidential=(
                kind is ExportKind.ASSESSMENTS
                and self._may_include
                and self.confidential_check.isChecked()
            ),
            cluster_id=self.cluster_combo.currentData() if members else None,
            on=self.on_edit.date() if members else None,
            event_id=self.event_combo.currentData() if attendees else None,
        )

    def submit(self) -> ExportRequest:
        return self.request()
