"""An event planned or changed, and a person registered for one.

Times are typed and shown as the clock in Norway shows them, whatever the computer's own
zone: the service takes a naive time as Norwegian time, and refuses one the clocks skip.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, QTime, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from accelerator.domain.enums import EventKind, in_words
from accelerator.services.events import EventInput, PersonInput
from accelerator.services.records import (
    CompanyRecord,
    ContactRecord,
    EventRecord,
    EventSaved,
    RegistrationResult,
)
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.form import FormDialog
from accelerator.ui.kit import muted_label
from accelerator.ui.widgets.date_field import DateField

#: How many organisations the organisation field offers as it is typed into.
OFFERED = 30
#: A new event's hours, on the clock in Norway.
DEFAULT_START = dt.time(9, 0)
DEFAULT_END = dt.time(16, 0)


class PlacesSpin(QSpinBox):
    """The number of places, its text chosen whenever the field is reached, as by Tab: Alt
    and the label's letter, then the number typed over "No limit"."""

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.ShortcutFocusReason:
            self.selectAll()


def _time_edit(parent: QWidget, clock: dt.time) -> QTimeEdit:
    edit = QTimeEdit(parent)
    edit.setDisplayFormat("HH:mm")  # the 24-hour clock, in either language
    edit.setTime(QTime(clock.hour, clock.minute))
    return edit


def _clock(edit: QTimeEdit) -> dt.time:
    shown = edit.time()
    return dt.time(shown.hour(), shown.minute())


class EventDialog(FormDialog[EventRecord]):
    """``EventDialog.ask(parent, context)`` plans an event; ``event=`` changes one. Returns
    the event saved, or None; ``EventDialog.plan`` also what the save did to the waitlist
    (a larger capacity gives places to the first in line), in a sentence."""

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        event: EventRecord | None = None,
        *,
        day: dt.date | None = None,
    ) -> None:
        super().__init__(
            parent,
            context,
            title=self.tr("Plan an event") if event is None else self.tr("Change the event"),
            accept=self.tr("Plan event") if event is None else self.tr("Save event"),
            width=560,
        )
        self._said: list[str] = []
        self.clusters = context.services.clusters.list_clusters()
        self.cohorts = context.services.programmes.list_cohorts()
        first_day = day or dt.date.today() + dt.timedelta(weeks=4)

        # Made in the order of the rows, which Tab follows.
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("eventTitle")
        self.kind_combo = QComboBox(self)
        for kind in EventKind:
            self.kind_combo.addItem(in_words(kind), kind.value)
        self.start_date = self.date_field(first_day)
        self.start_time = _time_edit(self, DEFAULT_START)
        self.end_date = self.date_field(first_day)
        self.end_time = _time_edit(self, DEFAULT_END)
        self.place_edit = QLineEdit(self)
        self.place_edit.setPlaceholderText(self.tr("Where it is held; empty when only online"))
        self.online_check = QCheckBox(self.tr("Held &online (too)"), self)
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText(self.tr("https://… (a link makes it online)"))
        self.hosts_list = QListWidget(self)
        self.hosts_list.setObjectName("eventHosts")
        for cluster in self.clusters:
            item = QListWidgetItem(cluster.name, self.hosts_list)
            item.setData(Qt.ItemDataRole.UserRole, cluster.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        rows = min(max(len(self.clusters), 2), 5)
        self.hosts_list.setFixedHeight(self.hosts_list.sizeHintForRow(0) * rows + 6)
        self.capacity_spin = PlacesSpin(self)
        self.capacity_spin.setRange(0, 100_000)
        self.capacity_spin.setSpecialValueText(self.tr("No limit"))
        self.capacity_spin.setToolTip(
            self.tr("How many may come; once every place is taken, newcomers join the waitlist")
        )
        self.cohort_combo = QComboBox(self)
        self.cohort_combo.addItem(self.tr("None"), None)
        for cohort in self.cohorts:
            self.cohort_combo.addItem(f"{cohort.programme_name} / {cohort.name}", cohort.id)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.description_edit.fontMetrics().height() * 4 + 14)
        self.public_check = QCheckBox(
            self.tr("&Public: open to anyone, not only the cluster's members"), self
        )
        self.public_check.setChecked(True)

        self.add_field("title", self.tr("&Title:"), self.title_edit)
        self.add_field("kind", self.tr("&Kind:"), self.kind_combo)
        self.start_error = self.add_field(
            "start",
            self.tr("&Starts:"),
            self._day_and_time(self.start_date, self.start_time),
            focus=self.start_date,
            error=self.start_date.error_label,
        )
        self.end_error = self.add_field(
            "end",
            self.tr("&Ends:"),
            self._day_and_time(self.end_date, self.end_time),
            focus=self.end_date,
            error=self.end_date.error_label,
        )
        self.add_field("place", self.tr("Pla&ce:"), self.place_edit)
        self.form_layout.addRow("", self.online_check)
        self.add_field("online_url", self.tr("Online &link:"), self.url_edit)
        self.add_field("hosts", self.tr("&Hosted by:"), self.hosts_list)
        self.capacity_error = self.add_field("capacity", self.tr("Pl&aces:"), self.capacity_spin)
        self.add_field("cohort", self.tr("Coho&rt:"), self.cohort_combo)
        self.add_field("description", self.tr("&Description:"), self.description_edit)
        self.form_layout.addRow("", self.public_check)
        self.add_below(
            muted_label(
                self.tr("Times are on the clock in Norway, whatever this computer's."), self
            )
        )
        self.start_date.dateChanged.connect(self._start_moved)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())

        if event is not None:
            self.edit(event, lambda: context.services.events.get_event(event.id))
        else:
            ours = [c for c in self.clusters if c.ours]
            if len(ours) == 1:
                self._check_hosts((ours[0].id,))
        self._kind_changed()

    @staticmethod
    def _day_and_time(day: DateField, clock: QTimeEdit) -> QWidget:
        box = QWidget(day.parentWidget())
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(day)
        row.addWidget(clock)
        row.addStretch(1)
        return box

    def _start_moved(self, day: dt.date | None) -> None:
        """A one-day event's end moves with its start."""
        if day is not None and self.end_date.date() is not None:
            self.end_date.set_date(max(day, self.end_date.date() or day))

    def _kind_changed(self) -> None:
        session = self.kind_combo.currentData() == EventKind.PROGRAMME_SESSION.value
        self.cohort_combo.setToolTip(
            self.tr("A programme session is one of a cohort's: choose which.") if session else ""
        )

    def _check_hosts(self, host_ids: tuple[int, ...]) -> None:
        for row in range(self.hosts_list.count()):
            item = self.hosts_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in host_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def host_ids(self) -> tuple[int, ...]:
        found = []
        for row in range(self.hosts_list.count()):
            item = self.hosts_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(found)

    def fill(self, record: EventRecord) -> None:
        event = record
        self.title_edit.setText(event.title)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(event.kind.value), 0))
        self.start_date.set_date(event.starts_at.date())
        self.start_time.setTime(QTime(event.starts_at.hour, event.starts_at.minute))
        self.end_date.set_date(event.ends_at.date())
        self.end_time.setTime(QTime(event.ends_at.hour, event.ends_at.minute))
        self.place_edit.setText(event.place)
        self.online_check.setChecked(event.online)
        self.url_edit.setText(event.online_url)
        self._check_hosts(event.host_ids)
        self.capacity_spin.setValue(event.capacity or 0)
        self.cohort_combo.setCurrentIndex(max(self.cohort_combo.findData(event.cohort_id), 0))
        self.description_edit.setPlainText(event.description)
        self.public_check.setChecked(event.public)

    def data(self) -> EventInput:
        start_day = self.start_date.date() or dt.date.today()
        end_day = self.end_date.date() or start_day
        capacity = self.capacity_spin.value()
        return EventInput(
            title=self.title_edit.text(),
            kind=EventKind(self.kind_combo.currentData()),
            start=dt.datetime.combine(start_day, _clock(self.start_time)),
            end=dt.datetime.combine(end_day, _clock(self.end_time)),
            place=self.place_edit.text(),
            online=self.online_check.isChecked(),
            online_url=self.url_edit.text(),
            capacity=capacity or None,
            cohort_id=self.cohort_combo.currentData(),
            description=self.description_edit.toPlainText(),
            public=self.public_check.isChecked(),
            host_ids=self.host_ids(),
        )

    def save_call(self) -> Callable[[], EventRecord]:
        data, events = self.data(), self.context.services.events
        said = self._said = []

        def update(event_id: int, version: int) -> EventRecord:
            saved: EventSaved = events.update_event(event_id, data, expected_version=version)
            said.append(saved.summary)  # a plain list, not a widget: it may run in a worker
            return saved.event

        return self.create_or_update(lambda: events.create_event(data), update)

    def summary(self) -> str:
        """What the last save did to the waitlist, in a sentence; "" when nothing."""
        return self._said[-1] if self._said else ""

    @classmethod
    def plan(
        cls, parent: QWidget | None, context: AppContext, event: EventRecord | None = None
    ) -> tuple[EventRecord, str] | None:
        """Like ``ask``, with what the save did to the waitlist."""
        dialog = cls(parent, context, event)
        try:
            dialog.exec()
            return None if dialog.saved is None else (dialog.saved, dialog.summary())
        finally:
            dialog.deleteLater()


class RegisterDialog(FormDialog[RegistrationResult]):
    """``RegisterDialog.ask(parent, context, event)`` registers a person for ``event``: a
    contact of an organisation on record, chosen by name once the organisation is found,
    or a guest with a name, an e-mail address and an organisation (on record or typed).
    Returns the result (where they stand, said in a sentence), or None."""

    def __init__(self, parent: QWidget | None, context: AppContext, event: EventRecord) -> None:
        super().__init__(
            parent,
            context,
            title=self.tr("Register for {0}").format(event.title),
            accept=self.tr("Register"),
        )
        self.chosen_event = event
        self.found: CompanyRecord | None = None
        self._companies = context.services.companies

        # Made in the order of the rows, which Tab follows.
        self.organisation_edit = QLineEdit(self)
        self.organisation_edit.setObjectName("registerOrganisation")
        self.organisation_edit.setPlaceholderText(self.tr("A name or org. number; empty for none"))
        self.organisation_note = muted_label("", self)
        self.person_combo = QComboBox(self)
        self.person_combo.setObjectName("registerPerson")
        self.person_combo.setEditable(True)
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.person_combo.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("A contact's name, or a guest's"))
        self.person_note = muted_label("", self)
        self.email_edit = QLineEdit(self)
        self.email_edit.setObjectName("registerEmail")

        self.add_field("organisation", self.tr("&Organisation:"), self.organisation_edit)
        self.form_layout.addRow("", self.organisation_note)
        self.add_field("name", self.tr("&Person:"), self.person_combo)
        self.form_layout.addRow("", self.person_note)
        self.email_error = self.add_field("email", self.tr("&E-mail:"), self.email_edit)
        if event.capacity is not None:
            left = event.counts.places_left or 0
            self.add_above(
                muted_label(
                    self.tr(
                        "%n places left; once every place is taken, newcomers join the waitlist.",
                        "",
                        left,
                    ),
                    self,
                )
            )

        self.completer = QCompleter(self)
        self.completer.setModel(QStringListModel(self))
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation_edit.setCompleter(self.completer)
        # The search waits for a pause in the typing, as the membership form's does.
        self._search = QTimer(self)
        self._search.setSingleShot(True)
        self._search.setInterval(150)
        self._search.timeout.connect(self.look_up)
        self.organisation_edit.textChanged.connect(lambda _text: self._search.start())
        self.person_combo.editTextChanged.connect(lambda _text: self._show_person())
        self._show_person()

    # --- the organisation ----------------------------------------------------------------

    def look_up(self) -> None:
        """Which organisation on record the name is (if any), and its contacts."""
        self._search.stop()
        text = self.organisation_edit.text().strip()
        found = self._companies.find_companies(text, limit=OFFERED) if text else []
        folded = text.casefold()
        match = next((c for c in found if c.name.casefold() == folded), None)
        if match is None and text.replace(" ", "").isdigit():
            match = self._companies.by_org_number(text.replace(" ", ""))
        model = self.completer.model()
        assert isinstance(model, QStringListModel)
        names = list(dict.fromkeys(c.name for c in found))
        model.setStringList(names)
        if match is None and names and self.organisation_edit.hasFocus():
            self.completer.setCompletionPrefix(text)
            self.completer.complete()
        if (match and match.id) != (self.found and self.found.id):
            self._set_found(match)
        if match is None:
            self.organisation_note.setText(
                self.tr("Not on record: registered as typed, with a guest.") if text else ""
            )

    def _set_found(self, organisation: CompanyRecord | None) -> None:
        if organisation is not None and not organisation.contacts:
            # The search's records may come without their people.
            organisation = self._companies.get_company(organisation.id)
        self.found = organisation
        typed = self.person_combo.currentText()
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        for contact in organisation.contacts if organisation is not None else ():
            self.person_combo.addItem(contact.name, contact.id)
        self.person_combo.setCurrentIndex(-1)
        self.person_combo.setEditText(typed)
        self.person_combo.blockSignals(False)
        if organisation is not None:
            self.organisation_note.setText(
                self.tr("On record: %n contacts to choose from.", "", len(organisation.contacts))
            )
        self._show_person()

    # --- the person ----------------------------------------------------------------------

    def contact(self) -> ContactRecord | None:
        """The contact on record the person's name is, if any."""
        if self.found is None:
            return None
        name = " ".join(self.person_combo.currentText().split()).casefold()
        return next((c for c in self.found.contacts if c.name.casefold() == name), None)

    def _show_person(self) -> None:
        contact = self.contact()
        typed = bool(self.person_combo.currentText().strip())
        if contact is not None:
            self.person_note.setText(
                self.tr("A contact on record: {0}").format(contact.email or contact.name)
            )
        elif typed:
            self.person_note.setText(self.tr("A guest: give their e-mail address below."))
        else:
            self.person_note.setText("")
        self.person_note.setVisible(typed)
        self.show_field(self.email_error, contact is None)

    # --- saving --------------------------------------------------------------------------

    def save_call(self) -> Callable[[], RegistrationResult]:
        self.look_up()  # what was typed just now, whatever the timer
        contact = self.contact()
        if contact is not None:
            person = PersonInput(contact_id=contact.id)
        else:
            person = PersonInput(
                name=self.person_combo.currentText(),
                email=self.email_edit.text(),
                organisation=self.organisation_edit.text() if self.found is None else "",
                organisation_id=self.found.id if self.found is not None else None,
            )
        events, event_id = self.context.services.events, self.chosen_event.id
        return lambda: events.register(event_id, person)
