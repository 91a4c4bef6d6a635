"""The events of the cluster's year, the people registered for one, and the events an
organisation's people registered for (its page).

The events are few (a dozen or two a year), so the list's choices (when, kind, host) and
the text typed narrow them here in Python, with a model reset, as every list does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject

from accelerator.domain.enums import EventKind, RegistrationStatus, in_words
from accelerator.domain.events import waitlist
from accelerator.i18n import in_context
from accelerator.services.records import EventRecord, OrganisationEvent, RegistrationRecord
from accelerator.ui.kit import format_count, format_date, format_datetime
from accelerator.ui.models.table import (
    QT_TRANSLATE_NOOP,
    RIGHT,
    ColumnSpec,
    RecordTableModel,
    collation_key,
    search_key,
)

_tr = in_context("EventTableModel")
_people_tr = in_context("RegistrationTableModel")

#: The "when" choices that are not a year.
UPCOMING = "upcoming"
PAST = "past"


def _moment_key(moment: dt.datetime | None) -> float | None:
    return moment.timestamp() if moment is not None else None


@dataclass(frozen=True)
class EventFilter:
    """The list's choices: a year (an int), ``UPCOMING``, ``PAST`` or None (every event);
    None for kind and host is any."""

    when: int | str | None = None
    kind: EventKind | None = None
    host_id: int | None = None

    def admits(self, event: EventRecord, now: dt.datetime) -> bool:
        if self.kind is not None and event.kind is not self.kind:
            return False
        if self.host_id is not None and self.host_id not in event.host_ids:
            return False
        if self.when == UPCOMING:
            return event.ends_at >= now
        if self.when == PAST:
            return event.ends_at < now
        if isinstance(self.when, int):
            return event.starts_at.year <= self.when <= event.ends_at.year
        return True


def where_text(event: EventRecord) -> str:
    """The place, online, or both: ``Media City, Bergen + online``."""
    if event.place and event.online:
        return _tr("{0} + online").format(event.place)
    if event.online:
        return _tr("Online")
    return event.place


def hosts_text(event: EventRecord) -> str:
    return ", ".join(h.cluster_name for h in event.hosts)


def capacity_text(event: EventRecord) -> str:
    return format_count(event.capacity) if event.capacity is not None else _tr("no limit")


class EventTableModel(RecordTableModel[EventRecord]):
    """Every event read; ``set_filter`` and ``set_filter_text`` choose those shown."""

    (
        COL_TITLE,
        COL_KIND,
        COL_WHEN,
        COL_WHERE,
        COL_HOSTS,
        COL_CAPACITY,
        COL_REGISTERED,
        COL_WAITLISTED,
        COL_ATTENDED,
    ) = range(9)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[EventRecord] = []
        self._search: dict[int, str] = {}
        self._filter = EventFilter()
        self._text = ""
        self.columns = (
            ColumnSpec(QT_TRANSLATE_NOOP("EventTableModel", "Event"), lambda e: e.title),
            ColumnSpec(QT_TRANSLATE_NOOP("EventTableModel", "Kind"), lambda e: in_words(e.kind)),
            ColumnSpec(
                QT_TRANSLATE_NOOP("EventTableModel", "When"),
                lambda e: e.period,
                sort_key=lambda e: _moment_key(e.starts_at),
                header_tooltip=QT_TRANSLATE_NOOP("EventTableModel", "On the clock in Norway"),
            ),
            ColumnSpec(QT_TRANSLATE_NOOP("EventTableModel", "Where"), where_text),
            ColumnSpec(QT_TRANSLATE_NOOP("EventTableModel", "Hosts"), hosts_text),
            ColumnSpec(
                QT_TRANSLATE_NOOP("EventTableModel", "Places"),
                capacity_text,
                sort_key=lambda e: e.capacity,
                align=RIGHT,
            ),
            ColumnSpec(
                # The three counts are short numbers under short words: the title,
                # the place and the hosts need the width (a 1280-pixel screen).
                QT_TRANSLATE_NOOP("EventTableModel", "Reg."),
                lambda e: format_count(e.counts.expected),
                sort_key=lambda e: e.counts.expected,
                align=RIGHT,
                header_tooltip=QT_TRANSLATE_NOOP(
                    "EventTableModel", "Registered: with a place, not checked in (yet)"
                ),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("EventTableModel", "Wait."),
                lambda e: format_count(e.counts.waitlisted),
                sort_key=lambda e: e.counts.waitlisted,
                align=RIGHT,
                header_tooltip=QT_TRANSLATE_NOOP(
                    "EventTableModel", "On the waitlist, for a place that comes free"
                ),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("EventTableModel", "Came"),
                lambda e: format_count(e.counts.arrived),
                sort_key=lambda e: e.counts.arrived,
                align=RIGHT,
                header_tooltip=QT_TRANSLATE_NOOP(
                    "EventTableModel", "Attended: checked in at the door, walk-ins included"
                ),
            ),
        )

    # --- feeding and choosing ---------------------------------------------------------------

    def set_events(self, events: Iterable[EventRecord], now: dt.datetime | None = None) -> None:
        """Every event read; those the choices and the text admit are shown."""
        self._all = list(events)
        self._search = {e.id: self._search_text(e) for e in self._all}
        self._show(now)

    def set_filter(self, chosen: EventFilter, now: dt.datetime | None = None) -> None:
        self._filter = chosen
        self._show(now)

    def set_filter_text(self, text: str, now: dt.datetime | None = None) -> None:
        self._text = search_key(text.strip())
        self._show(now)

    def all_events(self) -> list[EventRecord]:
        return list(self._all)

    def filter_text(self) -> str:
        return self._text

    def chosen_count(self) -> int:
        """How many events the choices admit, whatever is typed."""
        now = _now()
        return sum(self._filter.admits(e, now) for e in self._all)

    def years(self) -> list[int]:
        """The years the events are held in, the latest first."""
        found = {e.starts_at.year for e in self._all} | {e.ends_at.year for e in self._all}
        return sorted(found, reverse=True)

    def _show(self, now: dt.datetime | None) -> None:
        moment = now or _now()
        words = self._text.split()
        self.set_rows(
            e
            for e in self._all
            if self._filter.admits(e, moment) and all(w in self._search[e.id] for w in words)
        )

    @staticmethod
    def _search_text(e: EventRecord) -> str:
        return search_key(
            " ".join(
                (e.title, in_words(e.kind), e.place, hosts_text(e), e.cohort_name, e.description)
            )
        )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def waitlist_positions(rows: Sequence[RegistrationRecord]) -> dict[int, int]:
    """Each waiting registration's place in line (1: first), by the rules of places."""
    return {w.id: n for n, w in enumerate(waitlist([r.state() for r in rows]), start=1)}


class RegistrationTableModel(RecordTableModel[RegistrationRecord]):
    """The people registered for one event, with their place in the waitlist."""

    (
        COL_NAME,
        COL_ORGANISATION,
        COL_EMAIL,
        COL_STATUS,
        COL_REGISTERED_AT,
        COL_POSITION,
    ) = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._positions: Mapping[int, int] = {}
        self.columns = (
            ColumnSpec(
                QT_TRANSLATE_NOOP("RegistrationTableModel", "Name"),
                lambda r: r.name,
                tooltip=self._guest_tip,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("RegistrationTableModel", "Organisation"),
                lambda r: r.organisation,
            ),
            ColumnSpec(QT_TRANSLATE_NOOP("RegistrationTableModel", "E-mail"), lambda r: r.email),
            ColumnSpec(
                QT_TRANSLATE_NOOP("RegistrationTableModel", "Status"),
                self._status_text,
                sort_key=lambda r: list(RegistrationStatus).index(r.status),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("RegistrationTableModel", "Registered"),
                lambda r: format_datetime(r.registered_at),
                sort_key=lambda r: _moment_key(r.registered_at),
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("RegistrationTableModel", "In line"),
                lambda r: format_count(p) if (p := self._positions.get(r.id)) else "",
                sort_key=lambda r: self._positions.get(r.id),
                align=RIGHT,
                header_tooltip=QT_TRANSLATE_NOOP(
                    "RegistrationTableModel", "Their place in the waitlist: 1 is offered first"
                ),
            ),
        )

    def set_rows(self, rows: Iterable[RegistrationRecord]) -> None:
        records = list(rows)
        self._positions = waitlist_positions(records)
        super().set_rows(records)

    def position_of(self, registration_id: int) -> int | None:
        return self._positions.get(registration_id)

    @staticmethod
    def _status_text(r: RegistrationRecord) -> str:
        if r.walk_in and r.status is RegistrationStatus.ATTENDED:
            return _people_tr("Attended (walk-in)")
        return in_words(r.status)

    @staticmethod
    def _guest_tip(r: RegistrationRecord) -> str | None:
        if r.is_guest:
            return _people_tr("A guest: not a contact on record")
        return None


class OrganisationEventModel(RecordTableModel[OrganisationEvent]):
    """The events an organisation's people registered for, the latest first, and who."""

    COL_EVENT, COL_WHEN, COL_WHO = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ColumnSpec(QT_TRANSLATE_NOOP("OrganisationEventModel", "Event"), lambda e: e.title),
            ColumnSpec(
                # The day it began: the profile is narrow, and the event's page has the times.
                QT_TRANSLATE_NOOP("OrganisationEventModel", "When"),
                lambda e: format_date(e.starts_at.date()),
                sort_key=lambda e: _moment_key(e.starts_at),
                tooltip=lambda e: e.period,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("OrganisationEventModel", "Who"),
                self._people,
                sort_key=lambda e: collation_key(self._people(e)),
            ),
        )

    def key_of(self, record: OrganisationEvent) -> int:
        return record.event_id

    @staticmethod
    def _people(e: OrganisationEvent) -> str:
        return "; ".join(f"{name} ({in_words(status).lower()})" for name, status in e.people)
