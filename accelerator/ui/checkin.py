"""The door: a window for a laptop at the entrance of an event, where people are checked in
as they arrive.

``open_check_in(parent, context, event_id)`` opens it (the Events page does, for the event
chosen); a second call for the same event brings the open window forward.

What a person at the door sees and does:

- the event's title and day, and three counts in large figures (expected, arrived,
  walk-ins), updated at once after each check-in;
- a search field that always has the keyboard: a few letters of a name, an organisation or
  an address list the people they find below, the best match chosen; Up and Down choose
  another, Enter checks the chosen one in, the field clears and a line says who was let in
  ("Kari Nordmann, Havbølge AS: welcome") until the next. Someone checked in already is
  said to be so, and nothing changes;
- when nothing matches, Enter (or Ctrl+N at any time) opens the walk-in form with what was
  typed as the name ("Ola Vik, Fjord AS, ola@fjord.no" fills all three), and Enter there
  adds them, checked in;
- Ctrl+Z (or the button) undoes the last check-in made at this window; F5 reads the list
  again (as does a change of registrations from another desktop, announced on the bus);
- a refusal (before the event's day, someone else's change meanwhile) is said on the same
  line, in the error colour, and nothing changes.

Each keystroke searches the event's ``CheckinIndex`` in Python and resets the list's model
with what it found: with 2,000 registrations well under the issue's 20 ms from the key
to the list painted (``benchmarks/checkin_window.py``). The writes are the service's
(``EventService.check_in``, ``walk_in``, ``undo_check_in``); their results update the list
and the counts here without reading the whole list again.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.checkin import CheckinIndex
from accelerator.domain.enums import RegistrationStatus
from accelerator.domain.events import DoorCounts, norwegian_time
from accelerator.errors import AcceleratorError, ValidationError
from accelerator.services.events import PersonInput
from accelerator.services.records import (
    CheckinList,
    RegistrationRecord,
    RegistrationResult,
    StatusResult,
)
from accelerator.services.use_cases import UseCase
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.form import FormDialog
from accelerator.ui.kit import (
    RecordTable,
    bold,
    error_colour,
    format_count,
    format_date,
    heading_label,
    muted_label,
)
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.checkin_table import CheckinTableModel, arrived_text
from accelerator.ui.offers import refusal
from accelerator.ui.operations import Data, FormErrors
from accelerator.ui.refreshing import Refreshing

T = TypeVar("T")

#: How much larger than the window's usual text the door's text is: read at arm's length.
DOOR_SCALE = 1.3
#: The figures of the counts, and the search field's text, against the door's text.
FIGURE_SCALE = 2.2
FIELD_SCALE = 1.3


def who(record: RegistrationRecord) -> str:
    """``Kari Nordmann, Havbølge AS``, or the name alone for someone with no organisation."""
    return f"{record.name}, {record.organisation}" if record.organisation else record.name


def typed_person(text: str) -> tuple[str, str, str]:
    """What the walk-in form is filled with from the search field: a name, or a name, an
    organisation and an address separated by commas (an address is known by its @)."""
    parts = [p.strip() for p in text.split(",")]
    email = next((p for p in parts if "@" in p), "")
    rest = [p for p in parts if p and p is not email]
    name = rest[0] if rest else ""
    organisation = ", ".join(rest[1:])
    return name, organisation, email


class Tone(enum.Enum):
    """What the line under the search field says: someone let in, or nothing changed."""

    WELCOME = "welcome"
    NOTE = "note"
    REFUSED = "refused"


class _DoorErrors(FormErrors):
    """A refusal of a check-in is said on the door's line, whatever it names: the person at
    the door reads it there, and the search field keeps the keyboard (no message box)."""

    def __init__(self, say: Callable[[str], None]) -> None:
        super().__init__()
        self._say = say

    def show(self, error: ValidationError) -> list[str]:
        self._say(str(error))
        return []


class WalkInDialog(FormDialog[RegistrationResult]):
    """Someone not on the list: a name, an organisation and, if they like, an address;
    saved, they are checked in as a walk-in (``EventService.walk_in``: a person on the list
    after all is checked in from it). ``typed`` is what the search field held."""

    def __init__(
        self, parent: QWidget | None, context: AppContext, event_id: int, typed: str = ""
    ) -> None:
        super().__init__(
            parent, context, title=self.tr("Walk-in"), accept=self.tr("Check in"), width=440
        )
        self.event_id = event_id
        name, organisation, email = typed_person(typed)
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("walkInName")
        self.organisation_edit = QLineEdit(organisation, self)
        self.organisation_edit.setObjectName("walkInOrganisation")
        self.email_edit = QLineEdit(email, self)
        self.email_edit.setObjectName("walkInEmail")
        self.email_edit.setPlaceholderText(self.tr("optional"))
        self.add_field("name", self.tr("&Name:"), self.name_edit)
        self.add_field("organisation", self.tr("&Organisation:"), self.organisation_edit)
        self.add_field("email", self.tr("&E-mail:"), self.email_edit)
        # The cursor where the typing goes on: the first field the search did not fill.
        first_empty = next(
            (e for e in (self.name_edit, self.organisation_edit) if not e.text()), self.name_edit
        )
        first_empty.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_call(self) -> Callable[[], RegistrationResult]:
        person = PersonInput(
            self.name_edit.text(), self.email_edit.text(), self.organisation_edit.text()
        )
        service, event_id = self.context.services.events, self.event_id
        return lambda: service.walk_in(event_id, person)


class CheckInWindow(Refreshing):
    """The door of one event (see the module). A window of its own: a ``parent`` keeps it
    alive with the main window, not inside it."""

    shows = (Data.REGISTRATIONS, Data.EVENTS)

    def __init__(
        self,
        context: AppContext,
        event_id: int,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        super().__init__(context, parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("checkInWindow")
        self.event_id = event_id
        self._clock = clock
        self._list: CheckinList | None = None
        self._records: dict[int, RegistrationRecord] = {}
        self._index = CheckinIndex()
        self._counts = DoorCounts()
        #: The check-ins made here, last last: what Ctrl+Z undoes.
        self._done: list[int] = []
        self._writing = False
        self.allowed = context.services.permissions.allows(UseCase.CHECK_IN)

        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * DOOR_SCALE)
        self.setFont(font)
        self._build()
        self.resize(1100, 760)
        self.refresh()

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.setSpacing(12)

        top = QHBoxLayout()
        heading = QVBoxLayout()
        self.title_label = heading_label("", self, 1.6)
        self.title_label.setWordWrap(True)
        self.day_label = muted_label("", self)
        heading.addWidget(self.title_label)
        heading.addWidget(self.day_label)
        top.addLayout(heading, 1)
        counts = QGridLayout()
        counts.setHorizontalSpacing(28)
        counts.setVerticalSpacing(0)
        self.expected_figure = self._figure("expectedCount")
        self.arrived_figure = self._figure("arrivedCount")
        self.walk_ins_figure = self._figure("walkInsCount")
        words = (self.tr("expected"), self.tr("arrived"), self.tr("walk-ins"))
        figures = (self.expected_figure, self.arrived_figure, self.walk_ins_figure)
        for column, (figure, word) in enumerate(zip(figures, words, strict=True)):
            counts.addWidget(figure, 0, column, Qt.AlignmentFlag.AlignHCenter)
            caption = muted_label(word, self, wrap=False)
            counts.addWidget(caption, 1, column, Qt.AlignmentFlag.AlignHCenter)
        top.addLayout(counts)
        layout.addLayout(top)
        self.more_label = muted_label("", self)
        self.more_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.more_label)

        # Said when the door is not open yet, or this person may not check anyone in.
        self.closed_label = QLabel(self)
        self.closed_label.setObjectName("doorClosed")
        self.closed_label.setWordWrap(True)
        self._tint(self.closed_label, error=True)
        self.closed_label.setVisible(False)
        layout.addWidget(self.closed_label)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("doorSearch")
        self.search_edit.setPlaceholderText(
            self.tr("Type a few letters of a name or an organisation, then Enter")
        )
        self.search_edit.addAction(icon("find"), QLineEdit.ActionPosition.LeadingPosition)
        field_font = QFont(self.search_edit.font())
        field_font.setPointSizeF(field_font.pointSizeF() * FIELD_SCALE)
        self.search_edit.setFont(field_font)
        self.search_edit.textChanged.connect(self._search)
        self.search_edit.installEventFilter(self)
        layout.addWidget(self.search_edit)

        said = QFrame(self)
        said.setObjectName("doorSaid")
        said_row = QHBoxLayout(said)
        said_row.setContentsMargins(0, 2, 0, 2)
        self.said_icon = QLabel(said)
        self.said_label = bold(QLabel(said), 1.2)
        self.said_label.setObjectName("doorSaidText")
        self.said_label.setWordWrap(True)
        self.said_label.setTextFormat(Qt.TextFormat.PlainText)
        said_row.addWidget(self.said_icon)
        said_row.addWidget(self.said_label, 1)
        layout.addWidget(said)
        self.tone: Tone | None = None

        self.model = CheckinTableModel(self)
        self.table = RecordTable(
            self.model,
            self,
            name="doorMatches",
            stretch=(CheckinTableModel.COL_NAME, CheckinTableModel.COL_ORGANISATION),
            resize=QHeaderView.ResizeMode.Fixed,
            row_padding=14,
        )
        self.table.horizontalHeader().resizeSection(
            CheckinTableModel.COL_STATUS, self.fontMetrics().horizontalAdvance("M" * 14)
        )
        # The search field keeps the keyboard: a click chooses a row, Enter still goes there.
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.opened.connect(self.check_in_chosen)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.found_label = muted_label("", self, wrap=False)
        buttons.addWidget(self.found_label, 1)
        self.walk_in_button = self._button(
            self.tr("&Walk-in…"), self.tr("Someone not on the list (Ctrl+N)"), "enrol"
        )
        self.walk_in_button.clicked.connect(self.add_walk_in)
        self.undo_button = self._button(
            self.tr("&Undo last check-in"), self.tr("Undo the last check-in made here (Ctrl+Z)")
        )
        self.undo_button.clicked.connect(self.undo_last)
        self.refresh_button = self._button(
            self.tr("&Refresh"), self.tr("Read the list again, with others' check-ins (F5)")
        )
        self.refresh_button.clicked.connect(self._refresh_asked)
        for button in (self.walk_in_button, self.undo_button, self.refresh_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

        # Also when a click left the keyboard elsewhere (a button, the list).
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_F5), self._refresh_asked),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N), self.add_walk_in),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Z), self.undo_last),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(slot)
        self.setFocusProxy(self.search_edit)

    def _figure(self, name: str) -> QLabel:
        label = bold(QLabel("0", self), FIGURE_SCALE)
        label.setObjectName(name)
        return label

    def _button(self, text: str, tip: str, icon_name: str = "") -> QPushButton:
        button = QPushButton(text, self)
        if icon_name:
            button.setIcon(icon(icon_name))
        button.setToolTip(tip)
        # Clicked, it does its work and the search field keeps the keyboard.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    @staticmethod
    def _tint(label: QLabel, *, error: bool) -> None:
        palette = label.palette()
        colour = (
            error_colour(palette)
            if error
            else QApplication.palette().color(QPalette.ColorRole.WindowText)
        )
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        label.setPalette(palette)

    # --- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the event and its registrations again (others' check-ins too), keeping what
        is typed and the person chosen."""
        if self._writing:
            return  # this window's own write: its result is shown already
        if not self.allowed:
            self._closed(refusal(UseCase.CHECK_IN))
            return
        try:
            door = self.context.services.events.checkin_list(self.event_id)
            counts = self.context.services.events.door_counts(self.event_id)
        except AcceleratorError as error:
            self._closed(str(error))
            return
        chosen = self.chosen()
        self._list = door
        self._records = {r.id: r for r in door.registrations}
        self._index = door.index()
        self._show_event()
        self._show_counts(counts)
        self._search(self.search_edit.text(), keep=chosen.id if chosen is not None else None)

    def _closed(self, why: str) -> None:
        """Nobody can be checked in here: say why, and take the search away."""
        self.closed_label.setText(why)
        self.closed_label.setVisible(True)
        self.search_edit.setEnabled(False)
        for button in (self.walk_in_button, self.undo_button, self.refresh_button):
            button.setEnabled(False)
        self.model.set_rows([])

    def _show_event(self) -> None:
        assert self._list is not None
        event = self._list.event
        self.setWindowTitle(self.tr("Check-in: {0}").format(event.title))
        self.title_label.setText(event.title)
        where = event.place or (self.tr("Online") if event.online else "")
        self.day_label.setText(f"{event.period} · {where}" if where else event.period)
        day = norwegian_time(event.starts_at).date()
        today = norwegian_time(self._clock()).date()
        if today < day:
            self.closed_label.setText(
                self.tr(
                    "The door opens on {0}: nobody can be checked in before the day of the "
                    "event. The list is here to read."
                ).format(format_date(day))
            )
        self.closed_label.setVisible(today < day)

    def _show_counts(self, counts: DoorCounts) -> None:
        self._counts = counts
        self.expected_figure.setText(format_count(counts.expected))
        self.arrived_figure.setText(format_count(counts.arrived))
        self.walk_ins_figure.setText(format_count(counts.walk_ins))
        more = []
        if counts.waitlisted:
            more.append(self.tr("%n on the waitlist", "", counts.waitlisted))
        if counts.capacity is not None:
            more.append(self.tr("%n places", "", counts.capacity))
        self.more_label.setText(" · ".join(more))
        self.more_label.setVisible(bool(more))

    # --- searching ---------------------------------------------------------------------------

    def _search(self, text: str, keep: int | None = None) -> None:
        """The people ``text`` finds, best first, the best (or ``keep``) chosen; everyone
        by name when nothing is typed, nobody chosen."""
        records = self._records
        found = [records[e.key] for e in self._index.search(text)]
        self.model.set_rows(found)
        typed = bool(text.strip())
        if typed and found and (keep is None or not self.table.select(keep)):
            self.table.select(found[0].id)
        if not typed:
            self.found_label.setText(self.tr("%n registered", "", len(found)))
        elif found:
            self.found_label.setText(self.tr("%n found", "", len(found)))
        else:
            self.found_label.setText(self.tr("Nobody on the list: Enter adds them as a walk-in"))

    def chosen(self) -> RegistrationRecord | None:
        """The person Enter would check in: the chosen row, once something is typed."""
        if not self.search_edit.text().strip():
            return None
        return self.table.selected()

    def _move(self, rows: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        current = self.table.selected()
        at = self.model.row_of(current.id) if current is not None else None
        target = 0 if at is None else max(0, min(count - 1, at + rows))
        record = self.model.record_at(target)
        if record is not None:
            self.table.select(record.id)

    # --- the keys ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self._key(event):
                return True
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        """Handle a key pressed in the search field; whether it was the door's."""
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        control = modifiers == Qt.KeyboardModifier.ControlModifier
        page = max(1, self.table.viewport().height() // max(1, self.table.rowHeight(0)) - 1)
        moves = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -page,
            Qt.Key.Key_PageDown: page,
        }
        if plain and key in moves:
            self._move(moves[Qt.Key(key)])
        elif plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter()
        elif plain and key == Qt.Key.Key_Escape:
            self.search_edit.clear()
        elif control and key == Qt.Key.Key_Z:
            self.undo_last()  # before the field's own undo of the typing
        elif control and key == Qt.Key.Key_N:
            self.add_walk_in()
        elif plain and key == Qt.Key.Key_F5:
            self._refresh_asked()
        else:
            return False
        return True

    def enter(self) -> None:
        """Enter in the search field: the chosen person checked in; nobody found for what
        was typed, the walk-in form."""
        if not self.search_edit.text().strip():
            self.say(self.tr("Type a few letters of a name or an organisation first."), Tone.NOTE)
            return
        if self.chosen() is None:
            self.add_walk_in()
            return
        self.check_in_chosen()

    # --- the writes --------------------------------------------------------------------------

    def _write(self, call: Callable[[], T]) -> T | None:
        """One write through the window's way of writing; a refusal is said on the line."""
        self._writing = True
        try:
            return self.context.write(self, call, form=_DoorErrors(self._refused))
        finally:
            self._writing = False

    def _refused(self, text: str) -> None:
        self.say(text, Tone.REFUSED)

    def check_in_chosen(self) -> None:
        record = self.table.selected()
        if record is None:
            return
        if record.status is RegistrationStatus.ATTENDED:
            self.say(
                self.tr("{0} is checked in already ({1}). Nothing changed.").format(
                    who(record), arrived_text(record).lower()
                ),
                Tone.NOTE,
            )
            self._back_to_field()
            return
        service, registration_id = self.context.services.events, record.id
        result = self._write(lambda: service.check_in(registration_id))
        if result is None:
            self.refresh()  # refused: perhaps someone else's change; show the list as it is
            self._back_to_field()
            return
        self._took(result)
        self._done.append(registration_id)
        self.say(self._welcome(record), Tone.WELCOME)
        self.search_edit.clear()
        self._back_to_field()

    def _welcome(self, before: RegistrationRecord) -> str:
        if before.status is RegistrationStatus.WAITLISTED:
            return self.tr("{0}: welcome (they were on the waitlist)").format(who(before))
        if before.status is RegistrationStatus.CANCELLED:
            return self.tr("{0}: welcome (they had cancelled)").format(who(before))
        if before.status is RegistrationStatus.NO_SHOW:
            return self.tr("{0}: welcome (they were marked as a no-show)").format(who(before))
        return self.tr("{0}: welcome").format(who(before))

    def add_walk_in(self) -> None:
        """The walk-in form, filled from what was typed; saved, they are checked in."""
        if not self.allowed or not self.search_edit.isEnabled():
            return
        typed = self.search_edit.text()
        # Not a write of the door's own: what others change while the form is open, and
        # the walk-in saved, are read again as they are announced.
        result = WalkInDialog.ask(self, self.context, self.event_id, typed)
        if result is not None:
            record = result.registration
            self._records[record.id] = record
            if record.id not in self._index:
                self._index.add(record.entry())
            self._show_counts(result.counts)
            self._done.append(record.id)
            if record.walk_in:
                text = self.tr("{0}: welcome, added as a walk-in").format(who(record))
            else:
                text = self.tr("{0}: welcome (they were on the list after all)").format(who(record))
            self.say(text, Tone.WELCOME)
            self.search_edit.clear()
            self._search("")
        self._back_to_field()

    def undo_last(self) -> None:
        """The last check-in made here undone: expected again (a walk-in taken off)."""
        if not self.allowed or not self.search_edit.isEnabled():
            return
        if not self._done:
            self.say(self.tr("There is no check-in made here to undo."), Tone.NOTE)
            self._back_to_field()
            return
        registration_id = self._done[-1]
        service = self.context.services.events
        result = self._write(lambda: service.undo_check_in(registration_id))
        if result is None:
            self._done.pop()  # refused: someone else's change; nothing of ours to undo
            self.refresh()
        else:
            self._done.pop()
            self._took(result)
            self.say(result.summary, Tone.NOTE)
            self._search(self.search_edit.text())
        self._back_to_field()

    def _took(self, result: StatusResult) -> None:
        """A write's registrations as they are now, and the counts after it."""
        for record in result.changed:
            self._records[record.id] = record
        self._show_counts(result.counts)

    def _refresh_asked(self) -> None:
        self.refresh()
        self._back_to_field()

    def _back_to_field(self) -> None:
        # After the walk-in form, the door is the window in front again.
        if not self.isActiveWindow():
            self.activateWindow()
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the line ----------------------------------------------------------------------------

    def say(self, text: str, tone: Tone) -> None:
        """What happened, on the line under the field until the next thing happens."""
        self.tone = tone
        names = {Tone.WELCOME: "done", Tone.NOTE: "overdue", Tone.REFUSED: "warning"}
        size = self.said_label.fontMetrics().height()
        refused = tone is Tone.REFUSED
        colour = error_colour(self.said_label.palette()) if refused else None
        self.said_icon.setPixmap(icon(names[tone], colour).pixmap(size, size))
        self._tint(self.said_label, error=refused)
        self.said_label.setText(text)

    def said(self) -> str:
        return self.said_label.text()

    # --- counts, for the tests and the Events page -------------------------------------------

    @property
    def counts(self) -> DoorCounts:
        return self._counts


def open_check_in(parent: QWidget | None, context: AppContext, event_id: int) -> CheckInWindow:
    """The door of ``event_id`` in a window of its own, in front; the one already open for
    it when there is one."""
    if parent is not None:
        for window in parent.findChildren(CheckInWindow):
            if window.event_id == event_id and window.isVisible():
                window.raise_()
                window.activateWindow()
                return window
    window = CheckInWindow(context, event_id, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    window.raise_()
    window.activateWindow()
    window.search_edit.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    return window
