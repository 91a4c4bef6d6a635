"""The audit trail, for coordinators: who changed which record when, and each field's old
and new value. Read-only: the page offers no way to change or delete an entry (and the
service and the database refuse it too)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QWidget,
)

from accelerator.domain.enums import AuditAction
from accelerator.domain.formatting import format_datetime
from accelerator.services.audit_log import (
    MAX_ROWS,
    AuditFilter,
    AuditRecord,
    AuditService,
    table_heading,
)
from accelerator.ui.context import AppContext
from accelerator.ui.file_dialogs import FileKind, save_file
from accelerator.ui.kit import (
    EmptyState,
    RecordTable,
    error_label,
    heading_row,
    label_of,
    muted_label,
    page_layout,
)
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.table import QT_TRANSLATE_NOOP, ColumnSpec, RecordTableModel
from accelerator.ui.operations import Data
from accelerator.ui.pages.base import Page
from accelerator.ui.widgets.date_field import DateField, months_before


def _local(at: dt.datetime) -> dt.datetime:
    """Stored in UTC; shown in the computer's time zone."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return at.astimezone()


class AuditModel(RecordTableModel[AuditRecord]):
    COL_WHEN, COL_USER, COL_ACTION, COL_RECORD, COL_SUMMARY, COL_CHANGES = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Worded once per row when the rows come, not at every paint.
        self._records: dict[int, str] = {}
        self._summaries: dict[int, str] = {}
        self._changes: dict[int, str] = {}
        self.columns = (
            ColumnSpec(
                QT_TRANSLATE_NOOP("AuditModel", "When"),
                lambda e: format_datetime(_local(e.at), seconds=True),
                lambda e: e.at,
            ),
            ColumnSpec(QT_TRANSLATE_NOOP("AuditModel", "User"), lambda e: e.username),
            ColumnSpec(
                QT_TRANSLATE_NOOP("AuditModel", "Action"), lambda e: self.action_name(e.action)
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("AuditModel", "Record"),
                self.record_of,
                lambda e: (table_heading(e.table_name).casefold(), e.record_id),
            ),
            ColumnSpec(QT_TRANSLATE_NOOP("AuditModel", "Summary"), self.summary_of),
            ColumnSpec(
                QT_TRANSLATE_NOOP("AuditModel", "Changes"),
                # One row per entry in the table; the pane below shows one line per field.
                lambda e: "; ".join(self.changes_of(e).splitlines()),
                tooltip=lambda e: self.changes_of(e) or None,
            ),
        )

    def _keep_rows(self, rows: list[AuditRecord]) -> None:
        self._records = {e.id: e.record_words() for e in rows}
        self._summaries = {e.id: e.summary_words() for e in rows}
        self._changes = {e.id: e.describe_changes() for e in rows}
        super()._keep_rows(rows)

    def record_of(self, entry: AuditRecord) -> str:
        """The record the entry is about, as a person names it: ``Company 12``."""
        return self._records.get(entry.id) or entry.record_words()

    def summary_of(self, entry: AuditRecord) -> str:
        """The record by its name: ``Company 'Havbris AS'``."""
        return self._summaries.get(entry.id) or entry.summary_words()

    def changes_of(self, entry: AuditRecord) -> str:
        """Each changed field on a line of its own: ``Sector: Aquaculture → Subsea``."""
        return self._changes.get(entry.id, "")

    def action_name(self, action: AuditAction) -> str:
        return label_of(action)


class AuditPage(Page):
    """Every write in this database, newest first, narrowed by user, record type, record
    number and date range; Export… writes what is shown to CSV or Excel."""

    # Every write leaves an entry, so any change may add a row here.
    shows = tuple(Data)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._filling = False
        self.export_button = QPushButton(icon("export"), self.tr("Export…"), self)
        self.export_button.setToolTip(self.tr("Save the entries shown as CSV or Excel"))
        self.export_button.clicked.connect(self.export)
        layout = page_layout(self)
        layout.addLayout(heading_row(self.tr("Audit trail"), self, self.export_button))
        layout.addWidget(
            muted_label(
                self.tr(
                    "Every change in this database: who made it, when, and each field's old "
                    "and new value. Entries cannot be changed or deleted."
                ),
                self,
            )
        )

        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.user_combo = QComboBox(self)
        self.user_combo.setObjectName("auditUser")
        self.user_combo.setMinimumContentsLength(12)
        self.table_combo = QComboBox(self)
        self.table_combo.setObjectName("auditTable")
        self.table_combo.setMinimumContentsLength(14)
        self.record_edit = QLineEdit(self)
        self.record_edit.setObjectName("auditRecord")
        self.record_edit.setPlaceholderText(self.tr("any"))
        self.record_edit.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.record_edit.setClearButtonEnabled(True)
        self.record_edit.setFixedWidth(90)
        today = dt.date.today()
        self.since_check = QCheckBox(self.tr("Fro&m"), self)
        # A date's message goes under the whole row, where it has room to be read.
        self.since_error = error_label(self)
        self.since_edit = DateField(self, months_before(today, 1), error_label=self.since_error)
        self.until_check = QCheckBox(self.tr("&To"), self)
        self.until_error = error_label(self)
        self.until_edit = DateField(self, today, error_label=self.until_error)
        for text, widget in (
            (self.tr("&User:"), self.user_combo),
            (self.tr("Re&cord type:"), self.table_combo),
            (self.tr("&No.:"), self.record_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
            filters.addSpacing(6)
        for date_part in (self.since_check, self.since_edit, self.until_check, self.until_edit):
            filters.addWidget(date_part)
        filters.addStretch(1)
        layout.addLayout(filters)
        layout.addWidget(self.since_error)
        layout.addWidget(self.until_error)

        self.model = AuditModel(self)
        self.table = RecordTable(
            self.model,
            self,
            name="auditTable",
            stretch=(AuditModel.COL_CHANGES,),
            resize=QHeaderView.ResizeMode.Interactive,
        )
        self.list = EmptyState(self.table, self)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("auditDetails")
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Select an entry to see each changed field."))
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_details())
        self.count_label = muted_label("", self)
        layout.addWidget(self.count_label)

        self.user_combo.currentIndexChanged.connect(self._filter_changed)
        self.table_combo.currentIndexChanged.connect(self._filter_changed)
        self.record_edit.textChanged.connect(self._filter_changed)
        for check, edit in (
            (self.since_check, self.since_edit),
            (self.until_check, self.until_edit),
        ):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._filter_changed)
            edit.dateChanged.connect(self._filter_changed)
            edit.setEnabled(False)
        self._sized = False

    @property
    def title(self) -> str:
        return self.tr("Audit trail")

    def _audit(self) -> AuditService:
        return self.context.services.audit

    # --- showing ---

    def refresh(self) -> None:
        audit = self._audit()
        self._filling = True
        try:
            self._fill_combo(
                self.user_combo, self.tr("Everyone"), [(u, u) for u in audit.usernames()]
            )
            kinds = sorted(
                ((table_heading(t), t) for t in audit.tables()),
                key=lambda kind: kind[0].casefold(),
            )
            self._fill_combo(self.table_combo, self.tr("All records"), kinds)
        finally:
            self._filling = False
        self._load(audit)

    def _fill_combo(
        self, combo: QComboBox, everything: str, choices: list[tuple[str, str]]
    ) -> None:
        """``everything`` first, then each (shown, value): a record type by its noun, its
        table's name the value the filter asks for."""
        chosen = combo.currentData()
        combo.clear()
        combo.addItem(everything, None)
        for shown, value in choices:
            combo.addItem(shown, value)
        at = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(at, 0))

    def current_filter(self) -> AuditFilter:
        record = self.record_edit.text().strip()
        return AuditFilter(
            user=self.user_combo.currentData(),
            table_name=self.table_combo.currentData(),
            record_id=int(record) if record.isdigit() else None,
            since=self.since_edit.date() if self.since_check.isChecked() else None,
            until=self.until_edit.date() if self.until_check.isChecked() else None,
        )

    def _dates_wrong(self) -> bool:
        """A ticked date that is not a date says why under the filters; the list is left as
        it was rather than quietly showing every date."""
        ticked = [edit for edit in (self.since_edit, self.until_edit) if edit.isEnabled()]
        return not all([edit.check() for edit in ticked])

    def _filter_changed(self) -> None:
        if not self._filling:
            self._load(self._audit())

    def _load(self, audit: AuditService) -> None:
        if self._dates_wrong():
            return
        where = self.current_filter()
        rows = audit.entries(where)
        self.model.set_rows(rows)
        self.details.clear()
        if rows:
            self.list.show_content()
            if not self._sized:
                self._size_columns()
        elif where == AuditFilter():
            self.list.show_message(self.tr("Nothing has been recorded yet."))
        else:
            self.list.show_message(
                self.tr(
                    "No entries match these filters. Choose Everyone and All records, or "
                    "widen the dates."
                )
            )
        if len(rows) >= MAX_ROWS:
            self.count_label.setText(
                self.tr("The newest {0} entries; narrow the filters to see older ones.").format(
                    len(rows)
                )
            )
        else:
            self.count_label.setText(self.tr("{0} entries").format(len(rows)))
        self.export_button.setEnabled(bool(rows))

    def _show_details(self) -> None:
        entry = self.table.selected()
        if entry is None:
            self.details.clear()
            return
        model = self.model
        head = "  ·  ".join(
            (
                format_datetime(_local(entry.at), seconds=True),
                entry.username,
                model.action_name(entry.action),
                model.record_of(entry),
            )
        )
        self.details.setPlainText(f"{head}\n{model.summary_of(entry)}\n\n{model.changes_of(entry)}")

    def _size_columns(self) -> None:
        self._sized = True
        metrics = self.table.fontMetrics()
        # The widest record shown, in the language spoken ("Vurderingsnotater 1234").
        records = {self.model.record_of(entry) for entry in self.model.rows()}
        widths = {
            AuditModel.COL_WHEN: metrics.horizontalAdvance(
                format_datetime(dt.datetime(2026, 12, 31, 23, 59, 59), seconds=True)
            )
            + 24,
            AuditModel.COL_USER: metrics.horizontalAdvance("x" * 12) + 24,
            AuditModel.COL_ACTION: metrics.horizontalAdvance(self.tr("Changed")) + 32,
            AuditModel.COL_RECORD: max(map(metrics.horizontalAdvance, records)) + 24,
            AuditModel.COL_SUMMARY: metrics.horizontalAdvance("x" * 36),
        }
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)

    # --- export ---

    def export(self) -> None:
        if self._dates_wrong():
            return
        csv_filter = self.tr("CSV file (*.csv)")
        xlsx_filter = self.tr("Excel workbook (*.xlsx)")
        path, chosen = save_file(
            self,
            FileKind.AUDIT_EXPORT,
            self.tr("Export the audit trail"),
            f"{csv_filter};;{xlsx_filter}",
            f"audit-trail-{dt.date.today():%Y-%m-%d}.csv",
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".csv", ".xlsx"):
            target = target.with_suffix(".xlsx" if chosen == xlsx_filter else ".csv")
        audit = self._audit()
        where = self.current_filter()
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            count = self.context.write(
                self,
                lambda: audit.export(target, where),
                title=self.tr("Export the audit trail"),
            )
        finally:
            self.unsetCursor()
        if count is not None:
            self.count_label.setText(
                self.tr("Exported {0} entries to {1}").format(count, str(target))
            )
