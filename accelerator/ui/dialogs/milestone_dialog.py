"""The dialogs of the milestone checklist: tick done (date and evidence), blocked (the reason),
and a custom milestone of the enrolment's own.

Each is a ``FormDialog``: a refusal from the service is shown beside the field it is about
and the dialog stays open with what was typed, so nothing is lost and nothing is half-saved.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from accelerator.domain.enums import MILESTONE_CATEGORIES, MilestoneStatus
from accelerator.errors import NotFoundError
from accelerator.services.records import MilestoneRecord
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.form import FormDialog
from accelerator.ui.kit import (
    category_label,
    format_date,
    muted_colour,
    muted_label,
)


class _MilestoneDialog(FormDialog[MilestoneRecord]):
    """What the three dialogs share: a heading that names the milestone above the form."""

    def __init__(
        self, parent: QWidget | None, context: AppContext, title: str, accept: str
    ) -> None:
        super().__init__(parent, context, title=title, accept=accept)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.add_above(self.heading)

    def _set_heading(self, milestone: MilestoneRecord) -> None:
        detail = category_label(milestone.category)
        if milestone.due_date is not None:
            detail += " · " + self.tr("due {0}").format(format_date(milestone.due_date))
        muted = muted_colour(self.palette()).name()
        self.heading.setText(
            f"<b>{html.escape(milestone.title)}</b><br>"
            f"<span style='color: {muted}'>{html.escape(detail)}</span>"
        )

    def _edit(self, milestone: MilestoneRecord) -> None:
        """Fill the form from ``milestone``; a save changes this version of it."""
        context = self.context
        self.edit(milestone, lambda: read_milestone(context, milestone))


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
        super().__init__(
            parent, context, self.tr("Mark milestone done"), accept=self.tr("Mark done")
        )
        self.milestone = milestone
        self._today = today = today or dt.date.today()
        self.completed_on = self.date_field(milestone.completed_on or today)
        self.completed_on.set_maximum(today)  # the day it was reached: not in the future
        self.completed_on_error = self.add_date_field(
            "completed_on", self.tr("Completed &on:"), self.completed_on
        )
        self.evidence = QPlainTextEdit(self)
        self.evidence.setPlaceholderText(
            self.tr("What shows it is done: a document, a signed letter, a meeting and its notes…")
        )
        self.evidence.setTabChangesFocus(True)
        self.evidence.setMinimumHeight(110)
        self.evidence_error = self.add_field("evidence", self.tr("&Evidence:"), self.evidence)
        self._edit(milestone)
        self.completed_on.setFocus()

    def fill(self, record: MilestoneRecord) -> None:
        self.milestone = milestone = record
        self._set_heading(milestone)
        self.completed_on.set_date(milestone.completed_on or self._today)
        self.evidence.setPlainText(milestone.evidence)

    def save_call(self) -> Callable[[], MilestoneRecord]:
        service = self.context.services.enrolments
        milestone_id = self.milestone.id
        completed = self.completed_on.date()
        evidence = self.evidence.toPlainText()
        versioned = self.editing()
        return lambda: service.set_milestone_status(
            milestone_id,
            MilestoneStatus.DONE,
            completed_on=completed,
            evidence=evidence,
            expected_version=versioned.version,
        )


class MilestoneBlockedDialog(_MilestoneDialog):
    """Mark a milestone blocked, saying what blocks it."""

    def __init__(
        self, parent: QWidget | None, context: AppContext, milestone: MilestoneRecord
    ) -> None:
        super().__init__(
            parent, context, self.tr("Milestone blocked"), accept=self.tr("Mark blocked")
        )
        self.milestone = milestone
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(
            self.tr("What stands in the way, and who can clear it (for example: waiting for…)")
        )
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(90)
        self.reason_error = self.add_field("blocked_reason", self.tr("&Reason:"), self.reason)
        self._edit(milestone)
        self.reason.setFocus()

    def fill(self, record: MilestoneRecord) -> None:
        self.milestone = record
        self._set_heading(record)
        self.reason.setPlainText(record.blocked_reason)

    def save_call(self) -> Callable[[], MilestoneRecord]:
        service = self.context.services.enrolments
        milestone_id = self.milestone.id
        reason = self.reason.toPlainText()
        versioned = self.editing()
        return lambda: service.set_milestone_status(
            milestone_id,
            MilestoneStatus.BLOCKED,
            blocked_reason=reason,
            expected_version=versioned.version,
        )


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
        super().__init__(
            parent, context, self.tr("Add a milestone"), accept=self.tr("Add milestone")
        )
        self.enrolment_id = enrolment_id
        today = today or dt.date.today()
        self.heading.setText(
            self.tr("A milestone for this company only. The programme's template stays as it is.")
        )
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("What is to be reached, e.g. Food-safety approval"))
        self.title_error = self.add_field("title", self.tr("&Title:"), self.title)
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
        self.category_error = self.add_field("category", self.tr("&Category:"), self.category)
        self.description = QPlainTextEdit(self)
        self.description.setPlaceholderText(self.tr("What counts as done (optional)"))
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(70)
        self.add_field("description", self.tr("&Description:"), self.description)
        due_row = QWidget(self)
        due_layout = QHBoxLayout(due_row)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.setSpacing(8)
        self.due_date = self.date_field(today + dt.timedelta(weeks=4), optional=True)
        hint = muted_label(self.tr("Leave it empty for no due date."), due_row, wrap=False)
        due_layout.addWidget(self.due_date)
        due_layout.addWidget(hint, 1)
        self.due_date_error = self.add_date_field(
            "due_date", self.tr("D&ue date:"), self.due_date, box=due_row
        )
        self.title.setFocus()

    def chosen_category(self) -> str:
        """The category as stored: a listed one in its own spelling, else what was typed."""
        text = self.category.currentText().strip()
        index = self.category.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.category.itemData(index))
        return text

    def save_call(self) -> Callable[[], MilestoneRecord]:
        service = self.context.services.enrolments
        enrolment_id = self.enrolment_id
        title = self.title.text()
        category = self.chosen_category()
        description = self.description.toPlainText()
        due = self.due_date.date()
        return lambda: service.add_milestone(
            enrolment_id, title, category, description=description, due_date=due
        )
