"""Events: the cluster's year of conferences, seminars, matchmaking days, programme
sessions... with their places and how many registered, wait and came; below, the people
registered for the event chosen.

Everyone who reads events sees the page; a coordinator (MANAGE_EVENTS) plans and changes
events, registers contacts and guests, cancels and registers again (a freed place goes to
the first in line, and the page says who to tell), marks the no-shows once the event is
held, and imports an event-registration tool's file. Whoever may export exports the
attendees.
"""

from __future__ import annotations

import datetime as dt
import html
import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.enums import EventKind, RegistrationStatus, in_words
from accelerator.domain.events import norwegian_time
from accelerator.services.permissions import UseCase
from accelerator.services.records import EventRecord, RegistrationRecord
from accelerator.ui.background import Background
from accelerator.ui.context import AppContext
from accelerator.ui.kit import (
    MessageBar,
    RecordTable,
    bold,
    caption,
    confirm,
    filter_field,
    format_count,
    heading_row,
    muted_label,
    page_layout,
)
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.event_table import (
    PAST,
    UPCOMING,
    EventFilter,
    EventTableModel,
    RegistrationTableModel,
)
from accelerator.ui.offers import offer
from accelerator.ui.operations import Data
from accelerator.ui.pages.base import Page

log = logging.getLogger(__name__)

#: How long typing may pause before the list is filtered.
FILTER_DELAY_MS = 120
#: How long a summary stays in the status bar.
NOTE_MS = 12_000

CANCELLED = RegistrationStatus.CANCELLED
NO_SHOW = RegistrationStatus.NO_SHOW
REGISTERED = RegistrationStatus.REGISTERED


class EventsPage(Page):
    shows = (Data.EVENTS, Data.REGISTRATIONS, Data.CLUSTERS, Data.COMPANIES, Data.COHORTS)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        permissions = context.services.permissions
        self._may_manage = permissions.allows(UseCase.MANAGE_EVENTS)
        self._may_export = permissions.allows(UseCase.EXPORT)
        self._may_check_in = permissions.allows(UseCase.CHECK_IN)
        self._exporting = Background(self)
        self._event_id: int | None = None  # the event whose people are shown
        self._first = True

        outer = page_layout(self)
        self.new_button = QPushButton(icon("add"), self.tr("&New event…"), self)
        self.new_button.setToolTip(self.tr("Plan an event: its kind, time, place and hosts"))
        self.edit_button = QPushButton(icon("edit"), self.tr("Edi&t…"), self)
        self.edit_button.setToolTip(self.tr("Change the chosen event"))
        self.delete_button = QPushButton(icon("remove"), self.tr("&Delete…"), self)
        self.delete_button.setToolTip(
            self.tr("Remove an event made by mistake; one with registrations stays")
        )
        for button in (self.new_button, self.edit_button, self.delete_button):
            offer(button, self._may_manage, UseCase.MANAGE_EVENTS, hide=True)
        # Everyone prints: the Reports page, set to the chosen event's meeting plan.
        self.plan_button = QPushButton(icon("print"), self.tr("Print meetin&g plan…"), self)
        self.plan_button.setObjectName("eventMeetingPlan")
        self.plan_button.setToolTip(
            self.tr("The chosen event's meetings as a handout to print and pin up")
        )
        outer.addLayout(
            heading_row(
                self.tr("Events"),
                self,
                self.plan_button,
                self.new_button,
                self.edit_button,
                self.delete_button,
            )
        )

        # --- which events: when, what kind, whose; and what is typed ---
        # Made in the order they are shown, which Tab follows.
        narrow = QHBoxLayout()
        narrow.setSpacing(6)
        self.when_combo = QComboBox(self)
        self.when_combo.setObjectName("eventWhen")
        self.when_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("eventKind")
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_combo.addItem(self.tr("Every kind"), None)
        for kind in EventKind:
            self.kind_combo.addItem(in_words(kind), kind.value)
        self.host_combo = QComboBox(self)
        self.host_combo.setObjectName("eventHost")
        # The clusters' names are long ("Vestkyst Ocean Technology Cluster, Bergen"): the
        # list shows them whole, the box as much as the row leaves it.
        self.host_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.host_combo.setMinimumContentsLength(16)
        self.filter_edit = filter_field(
            self.tr("Filter (title, kind, place, host)"), self, "eventFilter"
        )
        self.filter_edit.installEventFilter(self)
        self.count_label = muted_label("", self, wrap=False)
        narrow.addWidget(caption(self.tr("&When:"), self.when_combo, self))
        narrow.addWidget(self.when_combo)
        narrow.addSpacing(10)
        narrow.addWidget(caption(self.tr("&Kind:"), self.kind_combo, self))
        narrow.addWidget(self.kind_combo)
        narrow.addSpacing(10)
        narrow.addWidget(caption(self.tr("Cl&uster:"), self.host_combo, self))
        narrow.addWidget(self.host_combo)
        narrow.addSpacing(16)
        narrow.addWidget(self.filter_edit, 1)
        narrow.addSpacing(8)
        narrow.addWidget(self.count_label)
        outer.addLayout(narrow)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)

        # --- the events ---
        self.model = EventTableModel(self)
        self.table = RecordTable(
            self.model,
            self,
            name="eventTable",
            # The title says which event; the place and the hosts can be read in half.
            stretch={
                EventTableModel.COL_TITLE: 2,
                EventTableModel.COL_WHERE: 1,
                EventTableModel.COL_HOSTS: 1,
            },
            sort_by=(EventTableModel.COL_WHEN, Qt.SortOrder.AscendingOrder),
            row_padding=10,
            menu=self._event_menu,
        )
        self.table.setTabKeyNavigation(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._event_chosen())
        self.table.opened.connect(self.edit_event)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("eventEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setMargin(30)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.empty_label.linkActivated.connect(self._empty_link)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)
        self.splitter.addWidget(self.list_stack)

        # --- the people registered for the event chosen ---
        people = QWidget(self)
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 8, 0, 0)
        people_layout.setSpacing(6)
        self.register_button = QPushButton(icon("enrol"), self.tr("&Register…"), people)
        self.register_button.setToolTip(
            self.tr("Register a contact of an organisation on record, or a guest")
        )
        self.cancel_button = QPushButton(icon("leave"), self.tr("&Cancel registration"), people)
        self.cancel_button.setToolTip(
            self.tr("The person is not coming; their place goes to the first in line")
        )
        self.again_button = QPushButton(self.tr("Register &again"), people)
        self.again_button.setToolTip(
            self.tr("Someone who cancelled or did not come is registered again")
        )
        self.no_show_button = QPushButton(icon("blocked"), self.tr("Mark no-&shows…"), people)
        self.no_show_button.setToolTip(
            self.tr("Once the event is held: everyone still registered did not come")
        )
        self.import_button = QPushButton(icon("import"), self.tr("&Import…"), people)
        self.import_button.setToolTip(
            self.tr("Register the people a registration tool's CSV file or workbook lists")
        )
        self.export_button = QPushButton(icon("export"), self.tr("E&xport attendees…"), people)
        self.export_button.setToolTip(
            self.tr("Save the event's list of people for a spreadsheet, not those who cancelled")
        )
        self.door_button = QPushButton(icon("done"), self.tr("Check in at the d&oor…"), people)
        self.door_button.setToolTip(
            self.tr("A window for a laptop at the entrance: type a name, Enter checks them in")
        )
        managing = (
            self.register_button,
            self.cancel_button,
            self.again_button,
            self.no_show_button,
            self.import_button,
        )
        for button in managing:
            offer(button, self._may_manage, UseCase.MANAGE_EVENTS, hide=True)
        offer(self.export_button, self._may_export, UseCase.EXPORT, hide=True)
        offer(self.door_button, self._may_check_in, UseCase.CHECK_IN, hide=True)
        self.people_title = bold(QLabel(people), 1.1)
        self.people_title.setObjectName("registrationsTitle")
        self.people_title.setTextFormat(Qt.TextFormat.PlainText)
        people_layout.addWidget(self.people_title)
        self.people_counts = muted_label("", people)
        self.people_counts.setObjectName("registrationCounts")
        self.people_counts.setTextFormat(Qt.TextFormat.PlainText)
        people_layout.addWidget(self.people_counts)
        actions = QHBoxLayout()
        actions.setSpacing(6)
        for button in (self.door_button, *managing, self.export_button):
            actions.addWidget(button)
        actions.addStretch(1)
        people_layout.addLayout(actions)
        self.message = MessageBar(people)
        self.message.setObjectName("eventNews")
        people_layout.addWidget(self.message)
        self.people_model = RegistrationTableModel(self)
        self.people_table = RecordTable(
            self.people_model,
            people,
            name="registrationTable",
            stretch=(RegistrationTableModel.COL_NAME, RegistrationTableModel.COL_ORGANISATION),
            sort_by=(RegistrationTableModel.COL_NAME, Qt.SortOrder.AscendingOrder),
            row_padding=8,
            menu=self._people_menu,
        )
        self.people_table.setTabKeyNavigation(False)
        self.people_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
        self.people_empty = muted_label("", people)
        self.people_empty.setObjectName("registrationEmpty")
        self.people_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.people_stack = QStackedWidget(people)
        self.people_stack.addWidget(self.people_table)
        self.people_stack.addWidget(self.people_empty)
        people_layout.addWidget(self.people_stack, 1)
        self.splitter.addWidget(people)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 2)
        outer.addWidget(self.splitter, 1)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_text)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        for combo in (self.when_combo, self.kind_combo, self.host_combo):
            combo.currentIndexChanged.connect(lambda _index: self._apply_choices())
        self.new_button.clicked.connect(self.new_event)
        self.edit_button.clicked.connect(self.edit_event)
        self.delete_button.clicked.connect(self.delete_event)
        self.register_button.clicked.connect(self.register)
        self.cancel_button.clicked.connect(self.cancel_registration)
        self.again_button.clicked.connect(self.register_again)
        self.no_show_button.clicked.connect(self.mark_no_shows)
        self.import_button.clicked.connect(self.import_registrations)
        self.export_button.clicked.connect(self.export_attendees)
        self.door_button.clicked.connect(self.check_in_at_the_door)
        self.plan_button.clicked.connect(self.print_meeting_plan)
        self._update_buttons()

    @property
    def title(self) -> str:
        return self.tr("Events")

    # --- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        events = self.context.services.events.list_events()
        self.model.set_events(events)
        self._fill_when()
        self._fill_hosts()
        self._apply_choices()
        if self._event_id is not None and not self.table.select(self._event_id):
            self._event_id = None
        self._show_people()

    def _fill_when(self) -> None:
        """Upcoming, past, and each year there are events in; the upcoming ones at first."""
        chosen = self.when_combo.currentData()
        self.when_combo.blockSignals(True)
        self.when_combo.clear()
        self.when_combo.addItem(self.tr("Upcoming"), UPCOMING)
        self.when_combo.addItem(self.tr("Past"), PAST)
        this_year = dt.date.today().year
        for year in sorted({*self.model.years(), this_year}, reverse=True):
            self.when_combo.addItem(str(year), year)
        self.when_combo.addItem(self.tr("Every event"), None)
        if self._first:
            self._first = False
            chosen = this_year
        index = self.when_combo.findData(chosen)
        self.when_combo.setCurrentIndex(index if index >= 0 else 0)
        self.when_combo.blockSignals(False)

    def _fill_hosts(self) -> None:
        chosen = self.host_combo.currentData()
        self.host_combo.blockSignals(True)
        self.host_combo.clear()
        self.host_combo.addItem(self.tr("Every cluster"), None)
        for cluster in self.context.services.clusters.list_clusters():
            self.host_combo.addItem(cluster.name, cluster.id)
        self.host_combo.setCurrentIndex(max(self.host_combo.findData(chosen), 0))
        self.host_combo.blockSignals(False)

    # --- the choices --------------------------------------------------------------------

    def chosen(self) -> EventFilter:
        kind = self.kind_combo.currentData()
        return EventFilter(
            when=self.when_combo.currentData(),
            kind=EventKind(kind) if kind else None,
            host_id=self.host_combo.currentData(),
        )

    def choose(self, *, when: int | str | None = None) -> None:
        """Show the events of ``when`` (a year, UPCOMING, PAST; None: every one), of
        every kind and host."""
        self.when_combo.setCurrentIndex(max(self.when_combo.findData(when), 0))
        self.kind_combo.setCurrentIndex(0)
        self.host_combo.setCurrentIndex(0)

    def _apply_choices(self) -> None:
        self.model.set_filter(self.chosen())
        self._after_filter()

    def _apply_text(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter_text(self.filter_edit.text())
        self._after_filter()

    def _after_filter(self) -> None:
        if self._event_id is not None and not self.table.select(self._event_id):
            self.table.clearSelection()
        self._update_list()
        self._update_buttons()

    # --- the event chosen ---------------------------------------------------------------

    def selected(self) -> EventRecord | None:
        return self.table.selected()

    def chosen_event_id(self) -> int | None:
        """The event whose people are shown (what File > Print report… prints)."""
        event = self._current_event()
        return event.id if event is not None else None

    def print_meeting_plan(self) -> None:
        """The Reports page, set to the meeting plan of the chosen event."""
        from accelerator.ui.report_actions import open_meeting_plan

        event_id = self.chosen_event_id()
        if event_id is not None:
            open_meeting_plan(self, event_id)

    def select_event(self, event_id: int) -> bool:
        """Choose the event (the choices widened when they hide it)."""
        if self.model.row_of(event_id) is None:
            self.filter_edit.clear()
            self._apply_text()
        if self.model.row_of(event_id) is None:
            self.choose(when=None)
        return self.table.select(event_id)

    def _event_chosen(self) -> None:
        event = self.selected()
        new_id = event.id if event is not None else None
        if new_id != self._event_id:
            self._event_id = new_id
            self.message.setVisible(False)
            self._show_people()
        self._update_buttons()

    def _show_people(self) -> None:
        event = self._current_event()
        people: list[RegistrationRecord] = []
        if event is not None:
            people = self.context.services.events.registrations(event.id)
        chosen = self.people_table.selected()
        self.people_model.set_rows(people)
        if chosen is not None:
            self.people_table.select(chosen.id)
        if event is None:
            self.people_title.setText(self.tr("Registrations"))
            self.people_counts.setText("")
            self.people_empty.setText(self.tr("Choose an event to see who registered."))
        else:
            self.people_title.setText(self.tr("Registrations for {0}").format(event.title))
            self.people_counts.setText(self._counts_text(event))
            if self._may_manage:
                empty = self.tr(
                    "Nobody has registered yet: Register… adds a person, Import… a file."
                )
            else:
                empty = self.tr("Nobody has registered yet.")
            self.people_empty.setText(empty)
        self.people_stack.setCurrentWidget(self.people_table if people else self.people_empty)
        self._update_buttons()

    def _current_event(self) -> EventRecord | None:
        if self._event_id is None:
            return None
        row = self.model.row_of(self._event_id)
        return self.model.record_at(row) if row is not None else None

    def _counts_text(self, event: EventRecord) -> str:
        counts = event.counts
        parts = [
            self.tr("%n registered", "", counts.expected),
            self.tr("%n on the waitlist", "", counts.waitlisted),
            self.tr("%n attended", "", counts.arrived),
        ]
        if counts.no_shows:
            parts.append(self.tr("%n no-shows", "", counts.no_shows))
        if counts.cancelled:
            parts.append(self.tr("%n cancelled", "", counts.cancelled))
        if event.capacity is None:
            places = self.tr("no limit to the places")
        else:
            places = self.tr("%n places left", "", counts.places_left or 0)
        where = " · ".join([event.period, *([event.place] if event.place else [])])
        return f"{where}\n{'  ·  '.join(parts)}  ·  {places}"

    # --- the events' actions ------------------------------------------------------------

    def new_event(self) -> None:
        from accelerator.ui.dialogs.event_dialogs import EventDialog

        if not self._may_manage:
            return
        saved = EventDialog.plan(self, self.context)
        if saved is not None:
            self._after_save(saved[0].id, saved[1])

    def edit_event(self) -> None:
        from accelerator.ui.dialogs.event_dialogs import EventDialog

        event = self.selected()
        if not self._may_manage or event is None:
            return
        saved = EventDialog.plan(self, self.context, event)
        if saved is not None:
            self._after_save(saved[0].id, saved[1])

    def _after_save(self, event_id: int, summary: str) -> None:
        self._event_id = event_id
        self.refresh()
        self.select_event(event_id)
        self.table.setFocus()
        if summary:
            self._tell(summary)

    def delete_event(self) -> None:
        event = self.selected()
        if not self._may_manage or event is None:
            return
        if not confirm(
            self,
            self.tr("Delete the event"),
            self.tr("Delete {0} ({1})? This cannot be undone.").format(event.title, event.period),
            self.tr("Delete event"),
        ):
            return
        events, event_id, version = self.context.services.events, event.id, event.row_version

        def delete() -> bool:
            events.delete_event(event_id, expected_version=version)
            return True

        if not self.context.write(self, delete):
            return
        self._event_id = None
        self.refresh()

    # --- the people's actions -----------------------------------------------------------

    def selected_registration(self) -> RegistrationRecord | None:
        return self.people_table.selected()

    def register(self) -> None:
        from accelerator.ui.dialogs.event_dialogs import RegisterDialog

        event = self._current_event()
        if not self._may_manage or event is None:
            return
        result = RegisterDialog.ask(self, self.context, event)
        if result is not None:
            self._after_people_change(result.summary, result.registration.id)

    def cancel_registration(self) -> None:
        self._move(self.selected_registration(), CANCELLED)

    def register_again(self) -> None:
        self._move(self.selected_registration(), REGISTERED)

    def _move(self, person: RegistrationRecord | None, to: RegistrationStatus) -> None:
        if not self._may_manage or person is None:
            return
        events, person_id, version = self.context.services.events, person.id, person.row_version
        result = self.context.write(
            self, lambda: events.change_status(person_id, to, expected_version=version)
        )
        if result is not None:
            self._after_people_change(result.summary, person_id)

    def mark_no_shows(self) -> None:
        event = self._current_event()
        if not self._may_manage or event is None:
            return
        count = event.counts.expected
        if not confirm(
            self,
            self.tr("Mark the no-shows"),
            self.tr(
                "%n people are still registered for {0} and not checked in: mark them as no-shows?",
                "",
                count,
            ).format(event.title),
            self.tr("Mark no-shows"),
        ):
            return
        events, event_id = self.context.services.events, event.id
        result = self.context.write(self, lambda: events.mark_no_shows(event_id))
        if result is not None:
            self._after_people_change(result.summary, None)

    def import_registrations(self) -> None:
        from accelerator.ui.dialogs.registration_import import RegistrationImportDialog

        event = self._current_event()
        if not self._may_manage or event is None:
            return
        result = RegistrationImportDialog.ask(self, self.context, event)
        if result is not None:
            self._after_people_change(result.summary, None)

    def export_attendees(self) -> None:
        """The File menu's export, of the chosen event's people."""
        from accelerator.services.exporting import ExportFormat, ExportKind
        from accelerator.ui.dialogs.export_dialog import ExportDialog, ExportRequest
        from accelerator.ui.safety_actions import export_to_file

        event = self._current_event()
        if event is None:
            return
        request = ExportDialog.ask(
            self,
            self.context,
            ExportRequest(ExportKind.ATTENDEES, ExportFormat.XLSX, event_id=event.id),
        )
        if request is None:
            return
        export_to_file(self, self.context, self._exporting, request, self._status_bar())

    def check_in_at_the_door(self) -> None:
        """The door of the chosen event, in a window of its own."""
        from accelerator.ui.checkin import open_check_in

        event = self._current_event()
        if not self._may_check_in or event is None:
            return
        open_check_in(self.window(), self.context, event.id)

    def _after_people_change(self, summary: str, registration_id: int | None) -> None:
        self.refresh()
        if registration_id is not None:
            self.people_table.select(registration_id)
        self.people_table.setFocus()
        self._tell(summary)

    def _tell(self, summary: str) -> None:
        """What just happened, beside the list and in the status bar."""
        if not summary:
            return
        self.message.show_message(summary, "done")
        status = self._status_bar()
        if status is not None:
            status.showMessage(summary, NOTE_MS)

    def _status_bar(self) -> QStatusBar | None:
        window = self.window()
        return window.statusBar() if isinstance(window, QMainWindow) else None

    # --- menus --------------------------------------------------------------------------

    def _event_menu(self) -> QMenu:
        menu = QMenu(self)
        if self._may_manage:
            for text, slot, name in (
                (self.tr("Change the event…"), self.edit_event, "edit"),
                (self.tr("Register a person…"), self.register, "enrol"),
                (self.tr("Import registrations…"), self.import_registrations, "import"),
                (self.tr("Delete the event…"), self.delete_event, "remove"),
            ):
                action = QAction(icon(name), text, menu)
                action.triggered.connect(slot)
                menu.addAction(action)
        if self._may_check_in:
            action = QAction(icon("done"), self.tr("Check in at the door…"), menu)
            action.triggered.connect(self.check_in_at_the_door)
            menu.addAction(action)
        if self._may_export:
            action = QAction(icon("export"), self.tr("Export attendees…"), menu)
            action.triggered.connect(self.export_attendees)
            menu.addAction(action)
        return menu

    def _people_menu(self) -> QMenu:
        menu = QMenu(self)
        person = self.selected_registration()
        if self._may_manage:
            cancel = QAction(icon("leave"), self.tr("Cancel the registration"), menu)
            cancel.triggered.connect(self.cancel_registration)
            cancel.setEnabled(self._may_cancel(person))
            again = QAction(self.tr("Register again"), menu)
            again.triggered.connect(self.register_again)
            again.setEnabled(self._may_register_again(person))
            menu.addAction(cancel)
            menu.addAction(again)
        return menu

    # --- what the page says -------------------------------------------------------------

    @staticmethod
    def _may_cancel(person: RegistrationRecord | None) -> bool:
        return person is not None and person.status in (REGISTERED, RegistrationStatus.WAITLISTED)

    @staticmethod
    def _may_register_again(person: RegistrationRecord | None) -> bool:
        return person is not None and person.status in (CANCELLED, NO_SHOW)

    def _update_buttons(self) -> None:
        event = self._current_event()
        person = self.selected_registration()
        chosen = event is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.register_button.setEnabled(chosen)
        self.import_button.setEnabled(chosen)
        self.export_button.setEnabled(chosen)
        self.door_button.setEnabled(chosen)
        self.plan_button.setEnabled(chosen)
        self.cancel_button.setEnabled(self._may_cancel(person))
        self.again_button.setEnabled(self._may_register_again(person))
        started = event is not None and norwegian_time(dt.datetime.now(dt.UTC)) >= event.starts_at
        self.no_show_button.setEnabled(started and event is not None and event.counts.expected > 0)
        self.no_show_button.setStatusTip(
            "" if started or event is None else self.tr("The no-shows are marked once it starts.")
        )

    def _update_list(self) -> None:
        shown = self.model.rowCount()
        chosen = self.model.chosen_count()
        if self.model.filter_text():
            self.count_label.setText(
                self.tr("{0} of %n events match", "", chosen).format(format_count(shown))
            )
        else:
            self.count_label.setText(self.tr("%n events", "", chosen))
        self.empty_label.setText(self._empty_text(shown, chosen))
        self.list_stack.setCurrentWidget(self.table if shown else self.empty_label)

    def _empty_text(self, shown: int, chosen: int) -> str:
        if shown:
            return ""
        typed = self.filter_edit.text().strip()
        if typed and chosen:
            text = self.tr("No event matches {0}.").format(html.escape(f"“{typed}”"))
            link = self.tr("Clear the filter")
            return f"{text}<br><br><a href='clear'>{html.escape(link)}</a>"
        if self.model.all_events():
            text = self.tr("No event is as chosen: another time, kind or cluster?")
            link = self.tr("Show every event")
            return f"{html.escape(text)}<br><br><a href='all'>{html.escape(link)}</a>"
        if not self._may_manage:
            return html.escape(self.tr("No events yet. A coordinator plans them."))
        return self.tr("No events yet. Plan the first with <a href='new'>New event</a>.")

    def _empty_link(self, link: str) -> None:
        if link == "clear":
            self.filter_edit.clear()
            self._apply_text()
            self.filter_edit.setFocus()
        elif link == "all":
            self.filter_edit.clear()
            self._apply_text()
            self.choose(when=None)
        elif link == "new":
            self.new_event()

    # --- keys ---------------------------------------------------------------------------

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the filter box: Down moves into the list, Escape clears the filter."""
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._apply_text()
                if self.model.rowCount():
                    if self.selected() is None:
                        self.table.selectRow(0)
                    self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if key == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                self._apply_text()
                return True
        return super().eventFilter(watched, event)
