"""Log or correct a mentor session with a company in a cohort.

Opened from My companies it is filled in already (today, 60 minutes, a meeting, the
company chosen) and the cursor is in the topic: a mentor types the topic, Tab, the
follow-ups, and Ctrl+Enter saves (Enter saves too from any line but the follow-ups,
where it starts a new line). A coordinator also says which of the company's mentors held
it when it has several.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from accelerator.domain.enums import Role, SessionKind, in_words
from accelerator.services.sessions import MAX_MINUTES, MAX_TOPIC, SessionInput, SessionRecord
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.form import FormDialog
from accelerator.ui.kit import muted_colour, muted_label

#: What a new session starts as: an hour's meeting today.
DEFAULT_MINUTES = 60


class SessionDialog(FormDialog[SessionRecord]):
    """``SessionDialog.ask(parent, context, enrolment_id)`` logs a session with the company
    in that cohort; with ``session=`` it corrects that one. Gives what was saved, or None."""

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        enrolment_id: int,
        *,
        session: SessionRecord | None = None,
        today: dt.date | None = None,
    ) -> None:
        correcting = session is not None
        super().__init__(
            parent,
            context,
            title=self.tr("Correct mentor session")
            if correcting
            else self.tr("Log mentor session"),
            accept=self.tr("Save (Ctrl+Enter)"),
            width=520,
        )
        self.setObjectName("sessionDialog")
        self.enrolment_id = enrolment_id
        self.enrolment = enrolment = context.services.enrolments.get_enrolment(enrolment_id)
        self._today = today or dt.date.today()

        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        muted = muted_colour(self.palette()).name()
        self.heading.setText(
            f"<b>{html.escape(enrolment.company_name)}</b><br>"
            f"<span style='color: {muted}'>"
            f"{html.escape(enrolment.cohort_name)} · {html.escape(enrolment.programme_name)}"
            "</span>"
        )
        self.add_above(self.heading)

        # The topic first: it is what the person comes to type; the rest is filled in.
        self.topic = QLineEdit(self)
        self.topic.setObjectName("topic")
        self.topic.setMaxLength(MAX_TOPIC)
        self.topic.setPlaceholderText(self.tr("What was it about, e.g. pricing of the pilot"))
        self.follow_ups = QPlainTextEdit(self)
        self.follow_ups.setObjectName("followUps")
        self.follow_ups.setTabChangesFocus(True)
        self.follow_ups.setPlaceholderText(self.tr("What is to be done, by whom (optional)"))
        self.follow_ups.setMinimumHeight(70)
        self.follow_ups.setMaximumHeight(110)
        self.held_on = self.date_field(self._today)
        self.held_on.set_maximum(self._today)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("minutes")
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(DEFAULT_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccelerated(True)
        self.minutes.setMinimumWidth(110)
        self.minutes.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind in SessionKind:
            self.kind.addItem(in_words(kind), kind.value)
        self.kind.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        self.mentor: QComboBox | None = None
        mentors = enrolment.mentors
        if context.services.actor.role is not Role.MENTOR and len(mentors) > 1:
            self.mentor = QComboBox(self)
            self.mentor.setObjectName("mentor")
            for m in mentors:
                self.mentor.addItem(m.display_name, m.user_id)
            me = self.mentor.findData(context.services.actor.user_id)
            self.mentor.setCurrentIndex(max(me, 0))

        self.topic_error = self.add_field("topic", self.tr("&Topic:"), self.topic)
        self.follow_ups_error = self.add_field(
            "follow_ups", self.tr("&Follow-ups:"), self.follow_ups
        )
        self.held_on_error = self.add_date_field("held_on", self.tr("&Date:"), self.held_on)
        self.minutes_error = self.add_field("minutes", self.tr("D&uration:"), self.minutes)
        self.kind_error = self.add_field("kind", self.tr("&Kind:"), self.kind)
        if self.mentor is not None:
            self.add_field("mentor", self.tr("&Mentor:"), self.mentor)
        else:
            self.errors.register("mentor", self.general_error)
            if context.services.actor.role is not Role.MENTOR and mentors:
                # Whom a coordinator logs it for, when the company has one mentor.
                self.add_row(self.tr("Mentor:"), QLabel(mentors[0].display_name, self))
        if not mentors:
            self.general_error.setText(
                self.tr(
                    "{0} has no mentor in {1} yet. Assign one under Programmes and cohorts, "
                    "then log their sessions."
                ).format(enrolment.company_name, enrolment.cohort_name)
            )
            self.general_error.setVisible(True)
            self.save_button.setEnabled(False)
        self.add_below(
            muted_label(
                self.tr("Enter saves from the topic · Ctrl+Enter saves from anywhere"), self
            )
        )
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)
        if session is not None:
            self.edit(session, lambda: context.services.sessions.get_session(session.id))
        self.topic.setFocus()

    def fill(self, record: SessionRecord) -> None:
        self.topic.setText(record.topic)
        self.follow_ups.setPlainText(record.follow_ups)
        self.held_on.set_date(record.held_on)
        self.held_on.set_maximum(max(self._today, record.held_on))
        self.minutes.setValue(record.minutes)
        self.kind.setCurrentIndex(max(self.kind.findData(record.kind.value), 0))
        if self.mentor is not None:
            self.mentor.setCurrentIndex(max(self.mentor.findData(record.mentor_id), 0))

    def save_call(self) -> Callable[[], SessionRecord] | None:
        held_on = self.held_on.date()
        if held_on is None:
            return None
        data = SessionInput(
            enrolment_id=self.enrolment.id,
            held_on=held_on,
            minutes=self.minutes.value(),
            kind=SessionKind(self.kind.currentData()),
            topic=self.topic.text(),
            follow_ups=self.follow_ups.toPlainText(),
            mentor_id=self.mentor.currentData() if self.mentor is not None else None,
        )
        service = self.context.services.sessions
        today = self._today
        return self.create_or_update(
            lambda: service.log_session(data, today=today),
            lambda session_id, version: service.correct_session(
                session_id, data, expected_version=version, today=today
            ),
        )
