"""Two people, one record: what someone else changed while this form was open, and the
choice between taking their version and saving over it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.formatting import format_date, format_datetime, format_number
from accelerator.errors import FIELD_LABELS, ConflictError
from accelerator.i18n import in_context, marked, translate
from accelerator.ui.kit import enum_text

# Fields that say nothing to the person deciding.
HIDDEN = frozenset({"id", "row_version", "contacts", "scores", "mentors", "assessor_id",
                    "framework_id", "programme_id", "cohort_id", "company_id", "enrolment_id",
                    "template_item_id", "position", "enrolment_count", "cohort_count",
                    # a joint project's: ids, and what other forms than its own change
                    "strategic_area_id", "created_from_meeting_id", "project_id",
                    "organisation_id", "scheme_id", "partners", "funding", "clusters",
                    "timeline"})  # fmt: skip
#: A field's name in the table, where the domain's own word (errors.FIELD_LABELS) reads
#: oddly beside a value; marked here, translated when shown.
LABELS = {
    "org_number": marked("ConflictDialog", "Org. number"),
    "registry_number": marked("ConflictDialog", "Registry number"),
    "is_foreign": marked("ConflictDialog", "Registered abroad"),
    "home_cluster": marked("ConflictDialog", "Home cluster"),
    "founded_year": marked("ConflictDialog", "Founded"),
    "technology_focus": marked("ConflictDialog", "Technology focus"),
    "assessment_interval_weeks": marked("ConflictDialog", "Weeks between assessments"),
    "framework_name": marked("ConflictDialog", "Readiness framework"),
    "status_changed_on": marked("ConflictDialog", "Status changed on"),
    "status_reason": marked("ConflictDialog", "Reason"),
    "completed_on": marked("ConflictDialog", "Done on"),
    "blocked_reason": marked("ConflictDialog", "Blocked because"),
    "next_steps": marked("ConflictDialog", "Next steps"),
    "assessed_on": marked("ConflictDialog", "Assessed on"),
    "assessor_name": marked("ConflictDialog", "Assessor"),
    "start_date": marked("ConflictDialog", "Starts"),
    "end_date": marked("ConflictDialog", "Ends"),
    "due_date": marked("ConflictDialog", "Due"),
    # a joint project, its partners and its funding applications
    "strategic_area": marked("ConflictDialog", "Strategic area"),
    "start_on": marked("ConflictDialog", "Starts"),
    "end_on": marked("ConflictDialog", "Ends"),
    "total_budget": marked("ConflictDialog", "Total budget (kr)"),
    "documents": marked("ConflictDialog", "Documents"),
    "created_at": marked("ConflictDialog", "Created"),
    "organisation_name": marked("ConflictDialog", "Organisation"),
    "own_share": marked("ConflictDialog", "Own share (kr)"),
    "scheme_name": marked("ConflictDialog", "Scheme"),
    "amount_applied": marked("ConflictDialog", "Amount applied for (kr)"),
    "decision": marked("ConflictDialog", "Decision"),
    "decided_on": marked("ConflictDialog", "Decided on"),
    "amount_granted": marked("ConflictDialog", "Amount granted (kr)"),
    "reference": marked("ConflictDialog", "Reference"),
}


_CONTEXT = "ConflictDialog"
_FIELDS = "Fields"  # errors.FIELD_LABELS's
_tr = in_context("ConflictDialog")


class Choice(enum.Enum):
    RELOAD = "reload"
    OVERWRITE = "overwrite"
    CANCEL = "cancel"


#: Amounts in whole kroner, shown with the thousands grouped ("800 000").
AMOUNTS = frozenset({"total_budget", "own_share", "amount_applied", "amount_granted"})


def _shown(value: Any, name: str = "") -> str:
    if value is None or value == "":
        return _tr("(empty)")
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    if isinstance(value, enum.Enum):
        return enum_text(value)
    if isinstance(value, dt.datetime):
        return format_datetime(value.astimezone())
    if isinstance(value, dt.date):
        return format_date(value)
    if name in AMOUNTS and isinstance(value, int):
        return format_number(value)
    if isinstance(value, (tuple, list)):
        # A project's documents: their labels, not the records' insides.
        if not value:
            return _tr("(empty)")
        value = ", ".join(str(getattr(item, "label", item)) for item in value)
    text = str(value)
    return text if len(text) <= 120 else text[:117] + "..."


def _label(name: str) -> str:
    """A field's name in the language spoken: the dialog's own word, else the domain's."""
    if name in LABELS:
        return translate(_CONTEXT, LABELS[name])
    if name in FIELD_LABELS:
        return translate(_FIELDS, FIELD_LABELS[name])
    return name.replace("_", " ").capitalize()


def differences(before: object, now: object) -> list[tuple[str, str, str]]:
    """(field, as the form had it, as it is now) for each field that differs."""
    if not (dataclasses.is_dataclass(before) and dataclasses.is_dataclass(now)):
        return []
    rows = []
    for f in dataclasses.fields(now):
        if f.name in HIDDEN or not hasattr(before, f.name):
            continue
        old, new = getattr(before, f.name), getattr(now, f.name)
        if old != new:
            rows.append((_label(f.name), _shown(old, f.name), _shown(new, f.name)))
    # An assessment's levels, one row per dimension that moved.
    old_scores = {s.dimension_key: s for s in getattr(before, "scores", ()) or ()}
    for s in getattr(now, "scores", ()) or ():
        old = old_scores.get(s.dimension_key)
        if old is None or old.level != s.level:
            rows.append((s.dimension_name, str(old.level) if old else "", str(s.level)))
        elif old.reason != s.reason:
            rows.append((f"{s.dimension_name}: " + _tr("reason"), _shown(old.reason),
                         _shown(s.reason)))  # fmt: skip
    return rows


class ConflictDialog(QDialog):
    """Says who changed the record and what; Reload takes their version into the form,
    Overwrite saves this form's values over it, Cancel goes back to the form."""

    def __init__(self, parent: QWidget | None, error: ConflictError, before: object) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Changed by someone else"))
        self.choice = Choice.CANCEL
        layout = QVBoxLayout(self)
        who = error.changed_by or _tr("Someone else")
        when = ""
        if isinstance(error.changed_at, dt.datetime):
            when = " " + _tr("at {0}").format(format_datetime(error.changed_at.astimezone()))
        heading = QLabel(
            _tr(
                "<b>{0} saved this {1}{2} while you were editing it.</b> Nothing of "
                "yours has been saved yet."
            ).format(html.escape(who), html.escape(error.what), when)  # fmt: skip
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)

        rows = differences(before, error.current) if error.current is not None else []
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([_tr("Field"), _tr("When you opened it"), _tr("Now")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # A table to read, not to work in: no current cell, no selection.
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(True)  # long texts wrap, so where they differ shows
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        # The field names as wide as they need; the two versions share the rest, so both
        # stay in sight however long a value is.
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self._fit_rows())
        self._fit_rows()
        if rows:
            layout.addWidget(QLabel(_tr("What changed meanwhile:")))
            layout.addWidget(self.table)
        else:
            self.table.hide()
            note = QLabel(
                _tr("The change was saved at the same moment as yours; reload to see it.")
            )
            note.setWordWrap(True)
            layout.addWidget(note)

        explain = QLabel(
            _tr(
                "<i>Reload</i> shows their version in the form, for you to change again. "
                "<i>Overwrite</i> saves your values over theirs."
            )  # fmt: skip
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)

        buttons = QDialogButtonBox()
        self.reload_button = QPushButton(_tr("&Reload their version"))
        self.overwrite_button = QPushButton(_tr("&Overwrite with mine"))
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.overwrite_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.reload_button.setDefault(True)
        self.overwrite_button.setEnabled(error.current is not None)
        self.reload_button.clicked.connect(lambda: self._choose(Choice.RELOAD))
        self.overwrite_button.clicked.connect(lambda: self._choose(Choice.OVERWRITE))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(max(620, self.sizeHint().width()), self.sizeHint().height())
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def _fit_rows(self) -> None:
        """Rows as tall as their wrapped text; the table as tall as its rows (up to ten
        lines' worth, then it scrolls)."""
        self.table.resizeRowsToContents()
        for r in range(self.table.rowCount()):
            self.table.setRowHeight(r, self.table.rowHeight(r) + 6)
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        limit = 10 * self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + min(rows, limit)
            + 2 * self.table.frameWidth()
        )

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, error: ConflictError, before: object) -> Choice:
        dialog = cls(parent, error, before)
        try:
            dialog.exec()
            return dialog.choice
        finally:
            dialog.deleteLater()  # not left behind under the form it was asked from
