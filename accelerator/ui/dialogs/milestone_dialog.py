"""The dialogs of the milestone checklist: tick done (date and evidence), blocked (the reason),
and a custom milestone of the enrolment's own.

Each dialog saves through ``context.write`` when OK is pressed. A refusal from the service is
shown beside the field it is about and the dialog stays open with what was typed, so nothing
is lost and nothing is half-saved.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.enums import MILESTONE_CATEGORIES, MilestoneStatus
from accelerator.errors import NotFoundError
from accelerator.services.records import MilestoneRecord
from accelerator.ui.context import AppContext
from accelerator.ui.kit import (
    category_label,
    error_label,
    format_date,
    muted_colour,
    muted_label,
    with_error,
)
from accelerator.ui.operations import FormErrors, Versioned
from accelerator.ui.widgets.date_field import DateField, dates_understood
from accelerator.ui.widgets.wrapped_text import fit_wrapped_text


class _MilestoneDialog(QDialog):
    """What the three dialogs share: a heading, a form with error labels, OK and Cancel."""

    def __init__(self, parent: QWidget | None, context: AppContext, title: str) -> None:
        super().__init__(parent)
        self.context = context
        self.errors = FormErrors()
        self.saved: MilestoneRecord | None = None
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(10)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.layout_.addWidget(self.heading)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.layout_.addLayout(self.form)
        self.general_error = error_label(self)
        self.layout_.addWidget(self.general_error)
        self.errors.register("", self.general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        fit_wrapped_text(self)  # a date's message wraps; the boxes keep their height

    @property
    def ok_button(self):  # type: ignore[no-untyped-def]
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _set_heading(self, milestone: MilestoneRecord) -> None:
        detail = category_label(milestone.category)
        if milestone.due_date is not None:
            detail += " · " + self.tr("due {0}").format(format_date(milestone.due_date))
        muted = muted_colour(self.palette()).name()
        self.heading.setText(
            f"<b>{html.escape(milestone.title)}</b><br>"
            f"<span style='color: {muted}'>{html.escape(detail)}</span>"
        )

    def _row(self, label: str, widget: QWidget, field: str, error: QLabel | None = None) -> QLabel:
        """A form row with ``error`` (a new one by default) beneath ``widget`` for what the
        service says about ``field``."""
        error = error or error_label(self)
        self.errors.register(field, error)
        box = with_error(widget, error)
        self.form.addRow(label, box)
        shown = self.form.labelForField(box)
        if isinstance(shown, QLabel):
            shown.setBuddy(widget)  # the mnemonic reaches the field, not its box
        return error

    def _save(
        self,
        call: Callable[[], MilestoneRecord],
        versioned: Versioned[MilestoneRecord] | None = None,
    ) -> None:
        saved = self.context.write(self, call, form=self.errors, versioned=versioned)
        if saved is not None:
            self.saved = saved
            super().accept()

    def _versioned(
        self, milestone: MilestoneRecord, fill: Callable[[MilestoneRecord], None]
    ) -> Versioned[MilestoneRecord]:
        """``milestone`` as the dialog was filled from it; ``fill`` shows another version."""
        return Versioned(
            milestone, reload=fill, fetch=lambda: read_milestone(self.context, milestone)
        )


def _run(dialog: _MilestoneDialog) -> MilestoneRecord | None:
    """Show ``dialog`` until it closes; the milestone it saved, or None.

    Deleted afterwards, as the other dialogs are: one left behind under its page would
    outlive its Python side, and its wrapped-text watcher would then be called without it.
    """
    try:
        dialog.exec()
        return dialog.saved
    finally:
        dialog.deleteLater()


def read_milestone(context: AppContext, milestone: MilestoneRecord) -> MilestoneRecord:
    """``milestone`` as it is stored now."""
    for stored in context.services.enrolments.milestones(milestone.enrolment_id):
        if stored.id == milestone.id:
            return stored
    raise NotFoundError("the milestone no longer exists; it may have been removed")


class MilestoneDoneDialog(_MilestoneDialog):
    """Tick a milestone done: when it was done (today by default) and what shows it."""

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        milestone: MilestoneRecord,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent, context, self.tr("Mark milestone done"))
        self.milestone = milestone
        self.versioned = self._versioned(milestone, self._fill)
        self._today = today = today or dt.date.today()
        self.completed_on_error = error_label(self)
        self.completed_on = DateField(
            self, milestone.completed_on or today, error_label=self.completed_on_error
        )
        self.completed_on.set_maximum(today)  # the day it was reached: not in the future
        self._row(
            self.tr("Completed &on:"), self.completed_on, "completed_on", self.completed_on_error
        )
        self.evidence = QPlainTextEdit(self)
        self.evidence.setPlaceholderText(
            self.tr("What shows it is done: a document, a signed letter, a meeting and its notes…")
        )
        self.evidence.setTabChangesFocus(True)
        self.evidence.setMinimumHeight(110)
        self.evidence_error = self._row(self.tr("&Evidence:"), self.evidence, "evidence")
        self._fill(milestone)
        self.ok_button.setText(self.tr("Mark done"))
        self.completed_on.setFocus()

    def _fill(self, milestone: MilestoneRecord) -> None:
        """Show ``milestone`` (at opening, and when taking someone else's version)."""
        self.milestone = milestone
        self._set_heading(milestone)
        self.completed_on.set_date(milestone.completed_on or self._today)
        self.evidence.setPlainText(milestone.evidence)

    def accept(self) -> None:
        if not dates_understood(self.completed_on):
            return
        services = self.context.services
        milestone_id = self.milestone.id
        completed = self.completed_on.date()
        evidence = self.evidence.toPlainText()
        versioned = self.versioned
        self._save(
            lambda: services.enrolments.set_milestone_status(
                milestone_id,
                MilestoneStatus.DONE,
                completed_on=completed,
                evidence=evidence,
                expected_version=versioned.version,
            ),
            versioned,
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        context: AppContext,
        milestone: MilestoneRecord,
        today: dt.date | None = None,
    ) -> MilestoneRecord | None:
        """Show the dialog; the saved milestone, or None when cancelled."""
        return _run(cls(parent, context, milestone, today))


class MilestoneBlockedDialog(_MilestoneDialog):
    """Mark a milestone blocked, saying what blocks it."""

    def __init__(
        self, parent: QWidget | None, context: AppContext, milestone: MilestoneRecord
    ) -> None:
        super().__init__(parent, context, self.tr("Milestone blocked"))
        self.milestone = milestone
        self.versioned = self._versioned(milestone, self._fill)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(
            self.tr("What stands in the way, and who can clear it (for example: waiting for…)")
        )
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(90)
        self.reason_error = self._row(self.tr("&Reason:"), self.reason, "blocked_reason")
        self._fill(milestone)
        self.ok_button.setText(self.tr("Mark blocked"))
        self.reason.setFocus()

    def _fill(self, milestone: MilestoneRecord) -> None:
        """Show ``milestone`` (at opening, and when taking someone else's version)."""
        self.milestone = milestone
        self._set_heading(milestone)
        self.reason.setPlainText(milestone.blocked_reason)

    def accept(self) -> None:
        services = self.context.services
        milestone_id = self.milestone.id
        reason = self.reason.toPlainText()
        versioned = self.versioned
        self._save(
            lambda: services.enrolments.set_milestone_status(
                milestone_id,
                MilestoneStatus.BLOCKED,
                blocked_reason=reason,
                expected_version=versioned.version,
            ),
            versioned,
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, context: AppContext, milestone: MilestoneRecord
    ) -> MilestoneRecord | None:
        return _run(cls(parent, context, milestone))


class AddMilestoneDialog(_MilestoneDialog):
    """A milestone of this enrolment's own, beside the ones from the programme's template."""

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        enrolment_id: int,
        *,
        categories: Iterable[str] = (),
        category: str = "",
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent, context, self.tr("Add a milestone"))
        self.enrolment_id = enrolment_id
        today = today or dt.date.today()
        self.heading.setText(
            self.tr("A milestone for this company only. The programme's template stays as it is.")
        )
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("What is to be reached, e.g. Food-safety approval"))
        self.title_error = self._row(self.tr("&Title:"), self.title, "title")
        self.category = QComboBox(self)
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        known = list(MILESTONE_CATEGORIES)
        for extra in categories:
            if extra.strip().casefold() not in {k.casefold() for k in known}:
                known.append(extra.strip())
        for name in known:
            self.category.addItem(category_label(name), name)
        self.category.setToolTip(self.tr("Pick a category or type a new one"))
        if category:
            found = self.category.findData(category)
            if found >= 0:
                self.category.setCurrentIndex(found)
            else:
                self.category.setEditText(category)
        self.category_error = self._row(self.tr("&Category:"), self.category, "category")
        self.description = QPlainTextEdit(self)
        self.description.setPlaceholderText(self.tr("What counts as done (optional)"))
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(70)
        self._row(self.tr("&Description:"), self.description, "description")
        due_row = QWidget(self)
        due_layout = QHBoxLayout(due_row)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.setSpacing(8)
        self.due_date_error = error_label(self)
        self.due_date = DateField(
            due_row,
            today + dt.timedelta(weeks=4),
            optional=True,
            error_label=self.due_date_error,
        )
        hint = muted_label(self.tr("Leave it empty for no due date."), due_row, wrap=False)
        due_layout.addWidget(self.due_date)
        due_layout.addWidget(hint, 1)
        self._row(self.tr("D&ue date:"), due_row, "due_date", self.due_date_error)
        due_row.setFocusProxy(self.due_date)  # Alt+U goes to the date
        self.ok_button.setText(self.tr("Add milestone"))
        self.title.setFocus()

    def chosen_category(self) -> str:
        """The category as stored: a listed one in its own spelling, else what was typed."""
        text = self.category.currentText().strip()
        index = self.category.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.category.itemData(index))
        return text

    def accept(self) -> None:
        services = self.context.services
        enrolment_id = self.enrolment_id
        title = self.title.text()
        category = self.chosen_category()
        description = self.description.toPlainText()
        if not dates_understood(self.due_date):
            return
        due = self.due_date.date()
        self._save(
            lambda: services.enrolments.add_milestone(
                enrolment_id, title, category, description=description, due_date=due
            )
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        context: AppContext,
        enrolment_id: int,
        *,
        categories: Iterable[str] = (),
        category: str = "",
        today: dt.date | None = None,
    ) -> MilestoneRecord | None:
        return _run(
            cls(
                parent, context, enrolment_id, categories=categories, category=category, today=today
            )
        )
