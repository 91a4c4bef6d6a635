"""The milestone checklist of one enrolment: grouped by category, overdue ones marked, and
the actions a coordinator or mentor takes on a milestone (done with evidence, in progress,
blocked with a reason, not applicable, back to not started, a custom milestone).

Embedded by the company page; it reads through the services and writes through
``context.write``, so every page that shows milestones refreshes after a tick.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.enums import MilestoneStatus
from accelerator.domain.milestones import milestone_completion
from accelerator.errors import AcceleratorError
from accelerator.services.permissions import UseCase
from accelerator.services.records import MilestoneRecord
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.milestone_dialog import (
    AddMilestoneDialog,
    MilestoneBlockedDialog,
    MilestoneDoneDialog,
    read_milestone,
)
from accelerator.ui.kit import (
    Attention,
    EmptyState,
    RecordTable,
    attention_colour,
    category_label,
    format_date,
    milestone_status_text,
)
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.milestone_model import (
    MilestoneRow,
    MilestoneTableModel,
    milestone_state,
)
from accelerator.ui.offers import refusal
from accelerator.ui.operations import Data, Versioned
from accelerator.ui.refreshing import EnrolmentPanel

log = logging.getLogger(__name__)

#: Below this width the evidence column gives way to the titles (it stays in the detail).
NARROW = 860


class MilestoneChecklist(EnrolmentPanel):
    """The checklist of one enrolment. ``set_enrolment(None)`` shows an explanation instead."""

    shows = (Data.MILESTONES, Data.ENROLMENTS)
    #: The milestones were reloaded (after ``set_enrolment`` or a change on the bus).
    reloaded = Signal()

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(context, parent, clock=clock)
        self._milestones: list[MilestoneRecord] = []
        self._summary = ""

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        # The line that says how far along the enrolment is.
        summary_row = QHBoxLayout()
        summary_row.setSpacing(12)
        self.summary_label = QLabel(self)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setFixedWidth(160)
        summary_row.addWidget(self.summary_label, 1)
        summary_row.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(summary_row)

        self._build_actions()
        layout.addLayout(self._build_buttons())
        self._remember_tips()

        self.model = MilestoneTableModel(self)
        # The category headings are shaded themselves: alternate rows would blur them.
        self.view = RecordTable(
            self.model,
            self,
            name="milestoneTable",
            stretch=(MilestoneTableModel.COL_TITLE, MilestoneTableModel.COL_NOTE),
            row_padding=12,
            alternate=False,
            menu=self.context_menu,
        )
        self.view.opened.connect(self._opened)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.list = EmptyState(self.view, self)
        layout.addWidget(self.list, 1)

        # The selected milestone in full: the table elides long evidence.
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("milestoneDetail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail_label.setMargin(8)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.detail_label.setMinimumHeight(self.fontMetrics().height() * 3 + 16)
        layout.addWidget(self.detail_label)

        self._show_empty(self.tr("Choose a company's enrolment to see its milestone checklist."))
        self._update_actions()

    # --- public ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the checklist again from the services, keeping the selected milestone."""
        selected = self.selected_milestone()
        if self._enrolment_id is None:
            self._milestones = []
            self.model.set_rows([])
            self._show_empty(
                self.tr("Choose a company's enrolment to see its milestone checklist.")
            )
        else:
            try:
                self._milestones = self.context.services.enrolments.milestones(self._enrolment_id)
            except AcceleratorError as error:
                log.info("checklist of enrolment %s: %s", self._enrolment_id, error)
                self._milestones = []
                self.model.set_rows([])
                self._show_empty(self.tr("This enrolment no longer exists."))
                self._enrolment_id = None
            else:
                self.model.set_milestones(self._milestones, self._clock())
                self._apply_spans()
                if self._milestones:
                    self.list.show_content()
                else:
                    self._show_empty(
                        self.tr(
                            "No milestones yet. The programme's template had none when this "
                            "company was enrolled; add one with Add milestone."
                        )
                    )
                if selected is not None:
                    self.select_milestone(selected.id)
        self._update_summary()
        self._update_actions()
        self._update_detail()
        self.reloaded.emit()

    def selected_milestone(self) -> MilestoneRecord | None:
        row = self.view.selected()
        return row.milestone if isinstance(row, MilestoneRow) else None

    def select_milestone(self, milestone_id: int) -> bool:
        return self.view.select(milestone_id)

    # --- building -------------------------------------------------------------------------

    def _action(
        self, text: str, icon_name: str, slot: Callable[[], object], tip: str = ""
    ) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.triggered.connect(slot)
        action.setToolTip(tip)
        return action

    def _status_action(self, text: str, status: MilestoneStatus, tip: str = "") -> QAction:
        """An action that puts the selected milestone in ``status`` (icon named after it)."""
        return self._action(text, status.value, lambda: self.set_status(status), tip)

    def _build_actions(self) -> None:
        self.done_action = self._action(
            self.tr("Mark &done…"),
            "done",
            self.mark_done,
            self.tr("Tick the milestone done, with the date and evidence"),
        )
        self.in_progress_action = self._status_action(
            self.tr("&In progress"), MilestoneStatus.IN_PROGRESS
        )
        self.blocked_action = self._action(
            self.tr("&Blocked…"),
            "blocked",
            self.mark_blocked,
            self.tr("Mark the milestone blocked and say why"),
        )
        self.not_applicable_action = self._status_action(
            self.tr("Not &applicable"),
            MilestoneStatus.NOT_APPLICABLE,
            self.tr("The milestone does not fit this company; it no longer counts"),
        )
        self.not_started_action = self._status_action(
            self.tr("Back to &not started"), MilestoneStatus.NOT_STARTED
        )
        self.add_action = self._action(
            self.tr("Add &milestone…"),
            "add",
            self.add_milestone,
            self.tr("A milestone for this company only"),
        )
        self.status_actions = (
            self.done_action,
            self.in_progress_action,
            self.blocked_action,
            self.not_applicable_action,
            self.not_started_action,
        )

    def _remember_tips(self) -> None:
        """What each action says when it may be used (refused, it says why instead)."""
        self._own_tips: dict[QAction | QToolButton, str] = {
            a: a.toolTip() for a in (*self.status_actions, self.add_action, self.more_button)
        }

    def _tool_button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(False)
        return button

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        self.done_button = self._tool_button(self.done_action)
        self.in_progress_button = self._tool_button(self.in_progress_action)
        self.blocked_button = self._tool_button(self.blocked_action)
        self.more_button = QToolButton(self)
        self.more_button.setText(self.tr("More") + " ▾")
        # The arrow is in the text; the style's own indicator would sit on top of it.
        self.more_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.more_button.setToolTip(self.tr("Not applicable, or back to not started"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        more = QMenu(self.more_button)
        more.addAction(self.not_applicable_action)
        more.addAction(self.not_started_action)
        self.more_button.setMenu(more)
        self.add_button = self._tool_button(self.add_action)
        for button in (self.done_button, self.in_progress_button, self.blocked_button):
            row.addWidget(button)
        row.addWidget(self.more_button)
        row.addStretch(1)
        row.addWidget(self.add_button)
        return row

    def context_menu(self) -> QMenu:
        """The menu shown on a right click: every status action, then Add milestone."""
        menu = QMenu(self)
        for action in self.status_actions:
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.add_action)
        return menu

    def _apply_spans(self) -> None:
        self.view.clearSpans()
        for row in self.model.heading_rows():
            self.view.setSpan(row, 0, 1, self.model.columnCount())

    def _show_empty(self, text: str) -> None:
        self.list.show_message(text)

    # --- what is shown ----------------------------------------------------------------------

    def _update_summary(self) -> None:
        title = f"<b>{html.escape(self.tr('Milestones'))}</b>"
        if self._enrolment_id is None or not self._milestones:
            self._summary = ""
            self.summary_label.setText(title)
            self.progress.setVisible(False)
            return
        completion = milestone_completion(
            (milestone_state(m) for m in self._milestones), self._clock()
        )
        plain = [self.tr("{0} of {1} done").format(completion.done, completion.applicable)]
        rich = [html.escape(plain[0])]
        if completion.overdue:
            overdue = self.tr("{0} overdue").format(completion.overdue)
            danger = attention_colour(Attention.DANGER, self.palette()).name()
            plain.append(overdue)
            rich.append(f"<span style='color: {danger}; font-weight: 600'>{overdue}</span>")
        else:
            plain.append(self.tr("none overdue"))
            rich.append(html.escape(plain[-1]))
        not_applicable = sum(
            1 for m in self._milestones if m.status is MilestoneStatus.NOT_APPLICABLE
        )
        if not_applicable:
            plain.append(self.tr("{0} not applicable").format(not_applicable))
            rich.append(html.escape(plain[-1]))
        self._summary = " · ".join(plain)
        self.summary_label.setText(f"{title}&nbsp;&nbsp;&nbsp;" + " · ".join(rich))
        self.summary_label.setAccessibleName(self._summary)
        self.progress.setVisible(True)
        self.progress.setRange(0, max(completion.applicable, 1))
        self.progress.setValue(completion.done)
        self.progress.setToolTip(
            self.tr("{0} of {1} applicable milestones done").format(
                completion.done, completion.applicable
            )
        )

    def summary_text(self) -> str:
        """The summary line as plain text: ``5 of 9 done · 2 overdue`` (empty with nothing
        to count)."""
        return self._summary

    def _update_detail(self) -> None:
        m = self.selected_milestone()
        if m is None:
            self.detail_label.setText(
                html.escape(
                    self.tr(
                        "Select a milestone to see it in full, then tick it with the buttons "
                        "above or its right-click menu."
                    )
                )
                if self._milestones
                else ""
            )
            self.detail_label.setVisible(bool(self._milestones))
            return
        self.detail_label.setVisible(True)
        lines = [f"<b>{html.escape(m.title)}</b> · {html.escape(category_label(m.category))}"]
        if m.description:
            lines.append(html.escape(m.description))
        row = self.model.row_of(m.id)
        item = self.model.record_at(row) if row is not None else None
        overdue = isinstance(item, MilestoneRow) and item.overdue
        facts = [milestone_status_text(m.status)]
        if m.due_date:
            facts.append(self.tr("due {0}").format(format_date(m.due_date)))
        if m.completed_on:
            facts.append(self.tr("completed {0}").format(format_date(m.completed_on)))
        fact_line = html.escape(" · ".join(facts))
        if overdue:
            danger = attention_colour(Attention.DANGER, self.palette()).name()
            fact_line = (
                f"<span style='color: {danger}; font-weight: 600'>"
                f"{html.escape(self.tr('Overdue'))}</span> · " + fact_line
            )
        lines.append(fact_line)
        if m.status is MilestoneStatus.BLOCKED and m.blocked_reason:
            lines.append(
                f"<i>{html.escape(self.tr('Blocked:'))}</i> {html.escape(m.blocked_reason)}"
            )
        if m.evidence:
            lines.append(f"<i>{html.escape(self.tr('Evidence:'))}</i> {html.escape(m.evidence)}")
        self.detail_label.setText("<br>".join(lines))

    def _may_write(self) -> bool:
        """A coordinator changes any checklist, a mentor those of their own companies."""
        return self.context.services.permissions.allows(
            UseCase.UPDATE_MILESTONES, enrolment_id=self._enrolment_id
        )

    def _update_actions(self) -> None:
        m = self.selected_milestone()
        writable = self._may_write()
        has = m is not None and writable
        status = m.status if m is not None else None
        self.done_action.setEnabled(has)
        if status is MilestoneStatus.DONE:
            self.done_action.setText(self.tr("Edit &done…"))
            self.done_action.setToolTip(self.tr("Change the completion date or the evidence"))
        else:
            self.done_action.setText(self.tr("Mark &done…"))
            self.done_action.setToolTip(
                self.tr("Tick the milestone done, with the date and evidence")
            )
        self.in_progress_action.setEnabled(has and status is not MilestoneStatus.IN_PROGRESS)
        self.blocked_action.setEnabled(has)
        self.not_applicable_action.setEnabled(has and status is not MilestoneStatus.NOT_APPLICABLE)
        self.not_started_action.setEnabled(has and status is not MilestoneStatus.NOT_STARTED)
        self.more_button.setEnabled(
            self.not_applicable_action.isEnabled() or self.not_started_action.isEnabled()
        )
        self.add_action.setEnabled(writable and self._enrolment_id is not None)
        for action in (*self.status_actions, self.add_action, self.more_button):
            if not writable:
                action.setToolTip(refusal(UseCase.UPDATE_MILESTONES))
            elif action.toolTip() == refusal(UseCase.UPDATE_MILESTONES):
                action.setToolTip(self._own_tips.get(action, ""))

    def _selection_changed(self, *_args: object) -> None:
        self._update_actions()
        self._update_detail()

    # --- actions --------------------------------------------------------------------------

    def mark_done(self) -> None:
        m = self.selected_milestone()
        if m is None:
            return
        saved = MilestoneDoneDialog.ask(self, self.context, m, self._clock())
        if saved is not None:
            self.select_milestone(saved.id)

    def mark_blocked(self) -> None:
        m = self.selected_milestone()
        if m is None or not self._confirm_untick(m, MilestoneStatus.BLOCKED):
            return
        saved = MilestoneBlockedDialog.ask(self, self.context, m)
        if saved is not None:
            self.select_milestone(saved.id)

    def set_status(self, status: MilestoneStatus) -> None:
        """Set the selected milestone to a status that needs nothing more (in progress, not
        applicable, not started)."""
        m = self.selected_milestone()
        if m is None or m.status is status or not self._confirm_untick(m, status):
            return
        enrolments = self.context.services.enrolments
        milestone_id = m.id
        # The row as shown is the version changed; someone else's change since then is a
        # conflict, and taking their version just reads the checklist again.
        context = self.context
        versioned = Versioned(
            m, reload=lambda _current: self.refresh(), fetch=lambda: read_milestone(context, m)
        )
        self.context.write(
            self,
            lambda: enrolments.set_milestone_status(
                milestone_id, status, expected_version=versioned.version
            ),
            versioned=versioned,
        )
        self.select_milestone(milestone_id)

    def add_milestone(self) -> None:
        if self._enrolment_id is None:
            return
        selected = self.selected_milestone()
        saved = AddMilestoneDialog.ask(
            self,
            self.context,
            self._enrolment_id,
            categories=[m.category for m in self._milestones],
            category=selected.category if selected else "",
            today=self._clock(),
        )
        if saved is not None:
            self.select_milestone(saved.id)

    def _confirm_untick(self, m: MilestoneRecord, status: MilestoneStatus) -> bool:
        """Leaving done clears the completion date: say so before doing it."""
        if m.status is not MilestoneStatus.DONE:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Un-tick milestone"),
            self.tr(
                "“{0}” was done on {1}. Mark it {2} instead? The completion date is cleared; "
                "the evidence note is kept."
            ).format(m.title, format_date(m.completed_on), milestone_status_text(status).lower()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _opened(self) -> None:
        if self.done_action.isEnabled():
            self.mark_done()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Narrow (the company page beside its list): the evidence moves to the detail below
        # the table, so the titles keep their room.
        self.view.setColumnHidden(MilestoneTableModel.COL_NOTE, self.width() < NARROW)
