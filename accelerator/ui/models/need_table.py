"""Needs and offers, the pairs matchmaking proposes between them, and the meetings booked.

An organisation's needs and offers show on its page; the proposals and the meetings on the
Matchmaking page.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject

from accelerator.domain.enums import in_words
from accelerator.domain.matchmaking import describe
from accelerator.services.records import MeetingRecord, NeedRecord, ProposalRecord
from accelerator.ui.kit import format_date, format_datetime, format_decimal
from accelerator.ui.models.table import (
    QT_TRANSLATE_NOOP,
    RIGHT,
    ColumnSpec,
    RecordTableModel,
)


def _moment_key(moment: dt.datetime | None) -> float | None:
    return moment.timestamp() if moment is not None else None


def _tags(need: NeedRecord) -> str:
    return ", ".join(need.tags)


class NeedTableModel(RecordTableModel[NeedRecord]):
    """One organisation's needs and offers: needs first, then offers, by category."""

    COL_SIDE, COL_CATEGORY, COL_SUMMARY, COL_TAGS, COL_STATUS = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ColumnSpec(QT_TRANSLATE_NOOP("NeedTableModel", "Need or offer"), _side),
            ColumnSpec(
                QT_TRANSLATE_NOOP("NeedTableModel", "Category"), lambda n: in_words(n.category)
            ),
            ColumnSpec(QT_TRANSLATE_NOOP("NeedTableModel", "Summary"), lambda n: n.summary),
            ColumnSpec(QT_TRANSLATE_NOOP("NeedTableModel", "Tags"), _tags),
            ColumnSpec(QT_TRANSLATE_NOOP("NeedTableModel", "Status"), lambda n: in_words(n.status)),
        )


def _side(need: NeedRecord) -> str:
    return in_words(need.side)


def _reasons(proposal: ProposalRecord) -> str:
    return "; ".join(describe(reason) for reason in proposal.reasons)


def _reasons_tooltip(proposal: ProposalRecord) -> str:
    return "\n".join(describe(reason) for reason in proposal.reasons)


class ProposalTableModel(RecordTableModel[ProposalRecord]):
    """Pairs of a need and an offer of another organisation, best first, with the reasons
    each was proposed."""

    COL_NEED_BY, COL_NEED, COL_OFFER_BY, COL_OFFER, COL_REASONS, COL_SCORE = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ColumnSpec(
                QT_TRANSLATE_NOOP("ProposalTableModel", "Needed by"),
                lambda p: p.need.organisation_name,
            ),
            ColumnSpec(QT_TRANSLATE_NOOP("ProposalTableModel", "Need"), lambda p: p.need.summary),
            ColumnSpec(
                QT_TRANSLATE_NOOP("ProposalTableModel", "Offered by"),
                lambda p: p.offer.organisation_name,
            ),
            ColumnSpec(QT_TRANSLATE_NOOP("ProposalTableModel", "Offer"), lambda p: p.offer.summary),
            ColumnSpec(
                QT_TRANSLATE_NOOP("ProposalTableModel", "Why"),
                _reasons,
                tooltip=_reasons_tooltip,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("ProposalTableModel", "Score"),
                lambda p: format_decimal(p.score),
                lambda p: -p.score,
                RIGHT,
                header_tooltip=QT_TRANSLATE_NOOP(
                    "ProposalTableModel", "How well the two fit: the higher, the better"
                ),
            ),
        )

    def key_of(self, record: ProposalRecord) -> tuple[int, int]:  # noqa: D102
        return (record.need.id, record.offer.id)


def _where(meeting: MeetingRecord) -> str:
    if meeting.event_id is None:
        return meeting.place
    if meeting.table_label:
        return f"{meeting.event_title}, {meeting.table_label}"
    return meeting.event_title


def _outcome(meeting: MeetingRecord) -> str:
    return in_words(meeting.outcome) if meeting.outcome is not None else ""


class MeetingTableModel(RecordTableModel[MeetingRecord]):
    """Meetings booked: when, where (the event and its table, or the place), the two
    organisations, where it stands and what came of it."""

    COL_WHEN, COL_WHERE, COL_FIRST, COL_SECOND, COL_STATUS, COL_OUTCOME = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ColumnSpec(
                QT_TRANSLATE_NOOP("MeetingTableModel", "When"),
                lambda m: format_datetime(m.starts_at),
                lambda m: _moment_key(m.starts_at),
            ),
            ColumnSpec(QT_TRANSLATE_NOOP("MeetingTableModel", "Where"), _where),
            ColumnSpec(
                QT_TRANSLATE_NOOP("MeetingTableModel", "Organisation"),
                lambda m: m.organisation_name,
                tooltip=lambda m: m.need_summary or None,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("MeetingTableModel", "Meets"),
                lambda m: m.counterpart_name,
                tooltip=lambda m: m.offer_summary or None,
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("MeetingTableModel", "Status"), lambda m: in_words(m.status)
            ),
            ColumnSpec(
                QT_TRANSLATE_NOOP("MeetingTableModel", "Outcome"),
                _outcome,
                tooltip=lambda m: m.note or None,
            ),
        )


class OrganisationMeetingModel(RecordTableModel[MeetingRecord]):
    """One organisation's meetings, on its page: when, with whom, where (the event and its
    table, or the place), and where it stands (what came of it, once recorded)."""

    COL_WHEN, COL_WITH, COL_WHERE, COL_STATUS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: The organisation whose page it is: the other side of each meeting is "with".
        self.organisation_id: int | None = None
        self.columns = (
            ColumnSpec(
                # The day: the profile is narrow; the time and the slot are in the tooltip.
                QT_TRANSLATE_NOOP("OrganisationMeetingModel", "When"),
                lambda m: format_date(m.starts_at.date()),
                sort_key=lambda m: _moment_key(m.starts_at),
                tooltip=lambda m: format_datetime(m.starts_at),
            ),
            ColumnSpec(QT_TRANSLATE_NOOP("OrganisationMeetingModel", "With"), self._with),
            ColumnSpec(QT_TRANSLATE_NOOP("OrganisationMeetingModel", "Where"), _where),
            ColumnSpec(
                QT_TRANSLATE_NOOP("OrganisationMeetingModel", "Status"),
                _standing,
                tooltip=lambda m: m.note or None,
                header_tooltip=QT_TRANSLATE_NOOP(
                    "OrganisationMeetingModel",
                    "Where the meeting stands, or what came of it once it was held",
                ),
            ),
        )

    def _with(self, meeting: MeetingRecord) -> str:
        if meeting.organisation_id == self.organisation_id:
            return meeting.counterpart_name
        return meeting.organisation_name


def _standing(meeting: MeetingRecord) -> str:
    """The outcome of a meeting held (which says it was held), else its status."""
    if meeting.outcome is not None:
        return in_words(meeting.outcome)
    return in_words(meeting.status)
