"""A date field that reads what people type, shows what it understood, and says when it
cannot: the forms' replacement for ``QDateEdit``.

A ``QDateEdit`` typed into section by section turns ``31.11.2026`` into another date and
takes no ``1.11.2026`` in a "d MMM yyyy" display; this field takes the forms of
:func:`accelerator.domain.formatting.parse_date` and either shows the date it read in the
display form ("1 Nov 2026") or leaves the text as typed with the problem beneath it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from accelerator.domain.formatting import (
    EXAMPLE,
    DateParseError,
    DateProblem,
    format_date,
    month_name,
    parse_date,
)
from accelerator.ui.kit import error_label as new_error_label
from accelerator.ui.kit.icons import icon

#: Dates outside these are typing slips (a year 0026 or 20266), not programme dates.
EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2199, 12, 31)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateField(QWidget):
    """A line edit for a date, with a calendar button (Alt+Down opens it from the keyboard).

    It takes ``1.11.2026``, ``01.11.2026``, ``1.11.26``, ``2026-11-01``, ``1 Nov 2026``,
    ``1 nov. 2026``, ``1. november 2026``; when editing finishes it shows the date it
    understood as ``1 Nov 2026``, or keeps the text as typed and shows the problem in its
    error label. It never puts another date in place of the one typed.

    API for forms:

    - ``DateField(parent, day, optional=False, error_label=None)``: ``day`` is the date shown
      at first (``None``: empty). An ``optional`` field may be left empty (``date()`` is then
      ``None``); a required one says so. ``error_label`` is where problems are shown, for a
      form that already has a label beside the field for the service's messages; without
      one the field puts its own label beneath itself.
    - ``date() -> dt.date | None``: the date the text means now, or ``None`` when it is empty
      or not an acceptable date (``error_text()`` then says why).
    - ``set_date(day)``: show ``day`` (``None`` empties the field).
    - ``set_minimum(day)`` / ``set_maximum(day)``: the range taken (default 1900 to 2199);
      the calendar offers only these days.
    - ``error_text() -> str``: what is wrong with the text, in words for the person; ``""``
      when nothing is.
    - ``check() -> bool``: show ``error_text()`` beside the field (or hide the label) and
      say whether the field holds an acceptable value. A form's save calls
      :func:`dates_understood` with its fields, which checks them all and refuses when any
      is wrong.
    - ``dateChanged(object)``: ``date()`` changed, to a ``dt.date`` or ``None``: sent when
      editing finishes, a day is picked in the calendar, or ``set_date`` shows another date.
    - ``line_edit`` and ``calendar_button``: the parts a person types into and clicks.
    """

    dateChanged = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        day: dt.date | None = None,
        *,
        optional: bool = False,
        error_label: QLabel | None = None,
    ) -> None:
        super().__init__(parent)
        self._optional = optional
        self._minimum = EARLIEST
        self._maximum = LATEST
        self._shown: dt.date | None = None  # the date last announced by dateChanged

        self.line_edit = QLineEdit(self)
        self.line_edit.setPlaceholderText(
            self.tr("No date") if optional else self.tr("e.g. {0}").format(EXAMPLE)
        )
        self.line_edit.setToolTip(
            self.tr(
                "Type a date like {0}, 2026-11-01 or 1 Nov 2026; Alt+Down opens a calendar"
            ).format(EXAMPLE)
        )
        # As wide as the widest date, so the fields of a form line up whatever they hold.
        metrics = self.line_edit.fontMetrics()
        width = max(metrics.horizontalAdvance(f"{day}  ") for day in _dates_to_fit()) + 16
        self.line_edit.setFixedWidth(width)
        self.line_edit.editingFinished.connect(self._editing_finished)
        self.line_edit.installEventFilter(self)
        self.setFocusProxy(self.line_edit)
        # A label's Alt+letter focuses its buddy only if the buddy takes focus at all; the
        # focus goes on to the line edit, and a widget with a focus proxy is no Tab stop.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)  # as in Norway
        self.calendar_menu = QMenu(self)
        holder = QWidgetAction(self.calendar_menu)
        holder.setDefaultWidget(self.calendar)
        self.calendar_menu.addAction(holder)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)

        self.calendar_button = QToolButton(self)
        self.calendar_button.setIcon(icon("mdi6.calendar-month-outline"))
        self.calendar_button.setToolTip(self.tr("Pick the date from a calendar (Alt+Down)"))
        self.calendar_button.setAccessibleName(self.tr("Calendar"))
        # popup(), not setMenu(): a tool button's menu runs its own event loop until closed.
        self.calendar_button.clicked.connect(self.open_calendar)
        # Tab goes from date to the next field; the calendar is one click or Alt+Down away.
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line_edit)
        row.addWidget(self.calendar_button)
        row.addStretch(1)
        self.error_label: QLabel
        if error_label is None:
            self.error_label = new_error_label(self)
            column = QVBoxLayout(self)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addLayout(row)
            column.addWidget(self.error_label)
        else:
            self.error_label = error_label
            self.setLayout(row)
        self.set_date(day)

    # --- what the form asks --------------------------------------------------------------

    def date(self) -> dt.date | None:
        day, problem = self._read()
        return None if problem else day

    def set_date(self, day: dt.date | None) -> None:
        self.line_edit.setText(format_date(day))
        self._hide_error()
        self._announce(day)

    def set_minimum(self, day: dt.date) -> None:
        self._minimum = day

    def set_maximum(self, day: dt.date) -> None:
        self._maximum = day

    def minimum(self) -> dt.date:
        return self._minimum

    def maximum(self) -> dt.date:
        return self._maximum

    def is_optional(self) -> bool:
        return self._optional

    def error_text(self) -> str:
        return self._read()[1]

    def check(self) -> bool:
        """Show what the text means (the date in its display form) or what is wrong with it."""
        day, problem = self._read()
        if day is not None:
            self.line_edit.setText(format_date(day))
        if problem:
            self.error_label.setText(problem)
            self.error_label.setVisible(True)
        else:
            self._hide_error()
        return not problem

    # --- reading ------------------------------------------------------------------------

    def _read(self) -> tuple[dt.date | None, str]:
        """The date the text means, if any, and what is wrong (``""`` when nothing)."""
        text = self.line_edit.text()
        if not text.strip():
            if self._optional:
                return None, ""
            return None, self.tr("Type a date, like {0}.").format(EXAMPLE)
        try:
            day = parse_date(text)
        except DateParseError as error:
            return None, self._problem_text(error)
        if day < self._minimum:
            return day, self.tr("{0} is before {1}, the earliest date allowed here.").format(
                format_date(day), format_date(self._minimum)
            )
        if day > self._maximum:
            return day, self.tr("{0} is after {1}, the latest date allowed here.").format(
                format_date(day), format_date(self._maximum)
            )
        return day, ""

    def _problem_text(self, error: DateParseError) -> str:
        text = error.text
        problem = error.problem
        if problem is DateProblem.MISSING_YEAR:
            return self.tr("“{0}” has no year. Type the date like {1}.").format(text, EXAMPLE)
        if problem is DateProblem.UNKNOWN_MONTH:
            return self.tr("“{0}” is not a month. Type the date like {1} or 1 Nov 2026.").format(
                error.word, EXAMPLE
            )
        if problem is DateProblem.NO_SUCH_MONTH:
            if error.suggestions:
                return self.tr(
                    "There is no month {0}: dates are day.month.year here. Did you mean {1}?"
                ).format(error.number, error.suggestions[0])
            return self.tr("There is no month {0}: dates are day.month.year, like {1}.").format(
                error.number, EXAMPLE
            )
        if problem is DateProblem.NO_SUCH_DAY:
            if error.number == 0:
                return self.tr("“{0}” has day 0; days start at 1.").format(text)
            # The month's name comes from the formatting module with the dates' other
            # words, so it changes language with them.
            month = f"{month_name(error.month)} {error.year}"
            return self.tr("“{0}” is not a date: {1} has {2} days.").format(
                text, month, error.days_in_month
            )
        if problem is DateProblem.ORDER_UNCLEAR:
            readings = error.readings
            if len(readings) > 1:
                return self.tr(
                    "“{0}” could be {1} or {2}: slashes are read both ways. Type {3} or {4}, "
                    "day first with dots."
                ).format(
                    text,
                    format_date(readings[0]),
                    format_date(readings[1]),
                    error.suggestions[0],
                    error.suggestions[1],
                )
            if readings:
                return self.tr("Type dates day first with dots: {0}.").format(error.suggestions[0])
            return self.tr("Type dates day first with dots, like {0}.").format(EXAMPLE)
        return self.tr("“{0}” is not a date. Type it like {1} or 1 Nov 2026.").format(text, EXAMPLE)

    # --- events -------------------------------------------------------------------------

    def _editing_finished(self) -> None:
        self.check()
        self._announce(self.date())

    def _announce(self, day: dt.date | None) -> None:
        if day != self._shown:
            self._shown = day
            self.dateChanged.emit(day)

    def _hide_error(self) -> None:
        self.error_label.setVisible(False)

    def open_calendar(self) -> None:
        """Show the calendar under the field, on the date typed (or today)."""
        self.calendar.setDateRange(_qdate(self._minimum), _qdate(self._maximum))
        shown = self.date() or min(max(dt.date.today(), self._minimum), self._maximum)
        self.calendar.setSelectedDate(_qdate(shown))
        self.calendar_menu.popup(self.line_edit.mapToGlobal(self.line_edit.rect().bottomLeft()))
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, day: QDate) -> None:
        self.calendar_menu.close()
        self.set_date(dt.date(day.year(), day.month(), day.day()))
        self.line_edit.setFocus(Qt.FocusReason.PopupFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Installed on the line edit only. The event is asked about before any attribute:
        # a form nobody deleted is taken apart by Python's garbage collector, which may
        # empty this field's attributes while Qt still sends the line edit's last events.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self.open_calendar()
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        # A switched-off field (an unticked filter) is not used, so its problem is moot.
        if event.type() == QEvent.Type.EnabledChange and not self.isEnabled():
            self._hide_error()
        super().changeEvent(event)


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` earlier, or that month's last day when it is shorter
    (31 May less three months is 28 or 29 February): a default for a "from" field."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    first_of_next = dt.date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    return dt.date(year, month + 1, min(day.day, (first_of_next - dt.timedelta(days=1)).day))


def dates_understood(*fields: DateField) -> bool:
    """Check every enabled field, showing each one's problem; the first wrong one gets the
    focus. A form's save calls this first and saves nothing when it is False."""
    wrong = [field for field in fields if field.isEnabled() and not field.check()]
    if wrong:
        wrong[0].line_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        wrong[0].line_edit.selectAll()
    return not wrong


def _dates_to_fit() -> list[str]:
    """A date of every month as the field shows it in the language spoken (the 28th of a
    year of wide digits): the field is as wide as the widest ("28. mar. 2028")."""
    return [format_date(dt.date(2028, month, 28)) for month in range(1, 13)]
