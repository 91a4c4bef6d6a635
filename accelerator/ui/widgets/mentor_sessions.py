"""The mentor sessions of one company in one cohort, with their hours: where a mentor or a
coordinator looks at the enrolment. Logged, corrected and removed from here by whoever
may (a mentor: their own, with their companies). And a cohort's mentors with the hours
each logged in it, under the cohort's companies."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from accelerator.domain.enums import Role, in_words
from accelerator.errors import AcceleratorError
from accelerator.services.permissions import UseCase
from accelerator.services.sessions import SessionRecord, hours_text
from accelerator.ui.context import AppContext
from accelerator.ui.kit import EmptyState, RecordTable, confirm, format_date, muted_label
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.table import QT_TRANSLATE_NOOP, RIGHT, ColumnSpec, RecordTableModel
from accelerator.ui.offers import refusal
from accelerator.ui.operations import Data
from accelerator.ui.refreshing import EnrolmentPanel, Refreshing

log = logging.getLogger(__name__)


class SessionsModel(RecordTableModel[SessionRecord]):
    COL_DATE, COL_MENTOR, COL_KIND, COL_HOURS, COL_TOPIC, COL_FOLLOW_UPS = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ColumnSpec(
                QT_TRANSLATE_NOOP("SessionsModel", "Date"),
                lambda r: format_date(r.held_on),
                lambda r: r.held_on,
            ),
            ColumnSpec(QT_TRANSLATE_NOOP("SessionsModel", "Mentor"), lambda r: r.mentor_name),
            ColumnSpec(QT_TRANSLATE_NOOP("SessionsModel", "Kind"), lambda r: in_words(r.kind)),
            ColumnSpec(
                QT_TRANSLATE_NOOP("SessionsModel", "Hours"),
                lambda r: hours_text(r.minutes),
                lambda r: r.minutes,
                RIGHT,
            ),
            ColumnSpec(QT_TRANSLATE_NOOP("SessionsModel", "Topic"), lambda r: r.topic),
            ColumnSpec(
                QT_TRANSLATE_NOOP("SessionsModel", "Follow-ups"),
                lambda r: " · ".join(line for line in r.follow_ups.splitlines() if line.strip()),
                tooltip=lambda r: r.follow_ups or None,
            ),
        )


class MentorSessions(EnrolmentPanel):
    """The sessions of the enrolment given to ``set_enrolment``, the latest first, with
    their number and hours in all."""

    shows = (Data.SESSIONS, Data.ENROLMENTS, Data.USERS)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("mentorSessions")
        self.total = muted_label("", self, wrap=False)
        self.total.setObjectName("sessionsTotal")
        self.log_button = QPushButton(icon("add"), self.tr("Log session…"), self)
        self.log_button.clicked.connect(self.log_session)
        self.correct_button = QPushButton(icon("edit"), self.tr("Correct…"), self)
        self.correct_button.clicked.connect(self.correct_selected)
        self.remove_button = QPushButton(icon("remove"), self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.total, 1)
        for button in (self.log_button, self.correct_button, self.remove_button):
            row.addWidget(button)

        self.model = SessionsModel(self)
        self.view = RecordTable(
            self.model,
            self,
            name="sessionTable",
            stretch={SessionsModel.COL_TOPIC: 2, SessionsModel.COL_FOLLOW_UPS: 3},
            menu=self.context_menu,
        )
        self.view.opened.connect(self.correct_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.list = EmptyState(self.view, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        self._allowed = False
        self._update_buttons()

    def refresh(self) -> None:
        rows: list[SessionRecord] = []
        enrolment_id = self.enrolment_id
        services = self.context.services
        self._allowed = False
        if enrolment_id is not None:
            try:
                rows = services.sessions.sessions_of(enrolment_id)
                self._allowed = services.permissions.allows(
                    UseCase.LOG_MENTOR_SESSIONS, enrolment_id=enrolment_id
                )
            except AcceleratorError as error:
                log.info("sessions of enrolment %s: %s", enrolment_id, error)
        chosen = self.view.selected()
        self.model.set_rows(rows)
        minutes = sum(r.minutes for r in rows)
        self.total.setText(
            self.tr("%n sessions, {0} in all", "", len(rows)).format(hours_text(minutes))
            if rows
            else ""
        )
        if rows:
            self.list.show_content()
            if chosen is None or not self.view.select(chosen.id):
                self.view.select(rows[0].id)
        else:
            self.list.show_message(
                self.tr(
                    "No mentor sessions logged yet. A mentor logs one from My companies "
                    "(Ctrl+Shift+L) or here."
                )
            )
        self._update_buttons()

    def _may_change(self, record: SessionRecord | None) -> bool:
        if record is None or not self._allowed:
            return False
        actor = self.context.services.actor
        return actor.role is not Role.MENTOR or record.mentor_id == actor.user_id

    def _update_buttons(self) -> None:
        chosen = self.view.selected()
        self.log_button.setEnabled(self._allowed)
        self.log_button.setToolTip("" if self._allowed else refusal(UseCase.LOG_MENTOR_SESSIONS))
        may = self._may_change(chosen)
        for button in (self.correct_button, self.remove_button):
            button.setEnabled(may)
            button.setToolTip(
                ""
                if may or chosen is None
                else self.tr("Only the mentor who logged it or a coordinator may change it.")
            )

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        for button in (self.correct_button, self.remove_button, self.log_button):
            action = QAction(button.icon(), button.text(), menu)
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
            menu.addAction(action)
        return menu

    # --- acting -----------------------------------------------------------------------------

    def log_session(self) -> None:
        from accelerator.ui.dialogs.session_dialog import SessionDialog

        if self.enrolment_id is not None and self._allowed:
            SessionDialog.ask(self, self.context, self.enrolment_id)

    def correct_selected(self) -> None:
        from accelerator.ui.dialogs.session_dialog import SessionDialog

        chosen = self.view.selected()
        if chosen is None or not self._may_change(chosen):
            return
        SessionDialog.ask(self, self.context, chosen.enrolment_id, session=chosen)

    def remove_selected(self) -> None:
        chosen = self.view.selected()
        if chosen is None or not self._may_change(chosen):
            return
        if not confirm(
            self,
            self.tr("Remove session"),
            self.tr(
                "Remove the session of {0} with {1} ({2}, {3})? Its hours no longer count; "
                "the audit trail keeps what it said."
            ).format(
                format_date(chosen.held_on),
                chosen.company_name,
                chosen.topic,
                hours_text(chosen.minutes),
            ),
            self.tr("Remove session"),
        ):
            return
        service = self.context.services.sessions
        session_id, version = chosen.id, chosen.row_version
        self.context.write(
            self, lambda: service.remove_session(session_id, expected_version=version)
        )


class CohortMentorHours(Refreshing):
    """One line under a cohort's companies: each of its mentors with the hours they logged
    in the cohort. A coordinator opens a mentor's capacity from their name."""

    shows = (Data.SESSIONS, Data.ENROLMENTS, Data.USERS)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._cohort_id: int | None = None
        self._mentors: dict[int, str] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("cohortMentorHours")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.label.linkActivated.connect(self._link)
        layout.addWidget(self.label, 1)

    def set_cohort(self, cohort_id: int | None) -> None:
        self._cohort_id = cohort_id
        self._stale = False
        self.refresh()

    def showing_anything(self) -> bool:
        return self._cohort_id is not None

    def refresh(self) -> None:
        self._mentors = {}
        if self._cohort_id is None:
            self.setVisible(False)
            return
        services = self.context.services
        try:
            hours = services.sessions.hours_by_mentor(self._cohort_id)
            enrolments = services.enrolments.list_enrolments(cohort_id=self._cohort_id)
        except AcceleratorError as error:
            log.info("mentor hours of cohort %s: %s", self._cohort_id, error)
            self.setVisible(False)
            return
        minutes = {h.mentor_id: h.minutes for h in hours}
        names = {h.mentor_id: h.mentor_name for h in hours}
        for e in enrolments:
            for m in e.mentors:
                names.setdefault(m.user_id, m.display_name)
        self._mentors = names
        if not names:
            self.setVisible(False)
            return
        links = services.permissions.allows(UseCase.MANAGE_USERS)
        parts = []
        for user_id, name in sorted(names.items(), key=lambda item: item[1]):
            shown = html.escape(name)
            if links:
                shown = f"<a href='capacity:{user_id}'>{shown}</a>"
            parts.append(f"{shown} {html.escape(hours_text(minutes.get(user_id, 0)))}")
        total = hours_text(sum(minutes.values()))
        self.label.setText(
            "<b>"
            + html.escape(self.tr("Mentor hours: {0} in all").format(total))
            + "</b> · "
            + " · ".join(parts)
        )
        self.label.setToolTip(
            self.tr("Click a mentor's name to set what they can give (their capacity).")
            if links
            else ""
        )
        self.setVisible(True)

    def _link(self, link: str) -> None:
        from accelerator.ui.dialogs.user_dialog import CapacityDialog

        kind, _, number = link.partition(":")
        if kind != "capacity" or not number.isdigit():
            return
        try:
            mentor = self.context.services.users.get_user(int(number))
        except AcceleratorError as error:
            log.info("capacity of %s: %s", number, error)
            return
        CapacityDialog.ask(self, self.context, mentor)
