"""Needs and offers of organisations, and the pairs matchmaking proposes between them.

An organisation of any kind records what it needs and what it offers: a category, a short
summary, tags of three facets (sector, technology, market; free words, kept normalised so
case and spacing do not make two) and a status: open, matched (someone was found) or
closed (no longer wanted; reopened when it is again).

Proposals pair the open needs with the open offers of other organisations, scored and
explained by ``domain.matchmaking``, the clusters each organisation was a member of that
day taken into account.

A coordinator keeps them (MANAGE_MATCHMAKING). Everyone else reads: a viewer every one,
a mentor those of the organisations they read (the companies of the cohorts they mentor
in), as row-level security lets them on a server.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from accelerator.domain.enums import NeedCategory, NeedSide, NeedStatus
from accelerator.domain.formatting import quoted
from accelerator.domain.matchmaking import TAGS_WIDTH, Party, Wish, join_tags, propose, tags_of
from accelerator.errors import PermissionDeniedError, ValidationError
from accelerator.i18n import in_context
from accelerator.models import Cluster, Company, Enrolment, Membership, NeedOffer
from accelerator.services.base import Service, get_or_raise
from accelerator.services.members import active_on
from accelerator.services.records import NeedRecord, ProposalRecord
from accelerator.services.use_cases import UseCase
from accelerator.services.validation import Problems, clean_text

log = logging.getLogger(__name__)
_tr = in_context("Needs")

AnySelect = Select[*tuple[Any, ...]]

#: The facets' columns, in the order a need shows its tags.
TAG_FIELDS = ("sector_tags", "technology_tags", "market_tags")


@dataclass(frozen=True)
class NeedInput:
    """A need or an offer as a form or a command sends it. Tags are a text separated by
    commas (``"Aquaculture, subsea"``) or a list; stored normalised."""

    organisation_id: int
    side: NeedSide
    category: NeedCategory
    summary: str
    sector_tags: str | Sequence[str] = ()
    technology_tags: str | Sequence[str] = ()
    market_tags: str | Sequence[str] = ()


_COLUMNS = (NeedOffer, Company.name)


def _split(stored: str) -> tuple[str, ...]:
    return tuple(stored.split(", ")) if stored else ()


def _record(need: NeedOffer, organisation_name: str) -> NeedRecord:
    return NeedRecord(
        id=need.id,
        organisation_id=need.organisation_id,
        organisation_name=organisation_name,
        side=NeedSide(need.side),
        category=NeedCategory(need.category),
        summary=need.summary,
        sector_tags=_split(need.sector_tags),
        technology_tags=_split(need.technology_tags),
        market_tags=_split(need.market_tags),
        status=NeedStatus(need.status),
        created_at=need.created_at,
        row_version=need.row_version,
    )


def _wish(record: NeedRecord) -> Wish:
    return Wish(
        record.id,
        record.organisation_id,
        record.category,
        record.summary,
        record.sector_tags,
        record.technology_tags,
        record.market_tags,
    )


class NeedService(Service):
    """Needs and offers: listing, recording, closing and reopening; proposals."""

    # --- scope -----------------------------------------------------------------------------

    def _visible_organisations(self) -> AnySelect | None:
        """The organisations whose needs and offers the actor reads, as a subquery of ids;
        None: every one. A mentor reads those of the companies of their cohorts."""
        visible = self._visible_cohorts()
        if visible is None:
            return None
        return select(Enrolment.company_id).where(Enrolment.cohort_id.in_(visible))

    def _scoped(self, query: AnySelect) -> AnySelect:
        visible = self._visible_organisations()
        if visible is None:
            return query
        return query.where(NeedOffer.organisation_id.in_(visible))

    # --- reading ---------------------------------------------------------------------------

    def list_needs(
        self,
        *,
        organisation_id: int | None = None,
        side: NeedSide | None = None,
        status: NeedStatus | None = None,
        category: NeedCategory | None = None,
    ) -> list[NeedRecord]:
        """Needs and offers, of one organisation, one side, in one status, of one
        category; by organisation, needs before offers, then by category and when they
        were recorded."""
        query = select(*_COLUMNS).join(Company, Company.id == NeedOffer.organisation_id)
        if organisation_id is not None:
            query = query.where(NeedOffer.organisation_id == organisation_id)
        if side is not None:
            query = query.where(NeedOffer.side == NeedSide(side))
        if status is not None:
            query = query.where(NeedOffer.status == NeedStatus(status))
        if category is not None:
            query = query.where(NeedOffer.category == NeedCategory(category))
        query = self._scoped(query).order_by(
            Company.name, Company.id, NeedOffer.side, NeedOffer.category, NeedOffer.id
        )
        with self._read() as s:
            return [_record(need, name) for need, name in s.execute(query)]

    def get_need(self, need_id: int) -> NeedRecord:
        with self._read() as s:
            get_or_raise(s, NeedOffer, need_id, "need or offer")
            found = s.execute(
                self._scoped(
                    select(*_COLUMNS)
                    .join(Company, Company.id == NeedOffer.organisation_id)
                    .where(NeedOffer.id == need_id)
                )
            ).first()
            if found is None:
                raise PermissionDeniedError(
                    _tr("{0} is not a mentor of this organisation and may not see it").format(
                        self.actor.username
                    )
                )
            return _record(found[0], found[1])

    def proposals(
        self,
        *,
        organisation_id: int | None = None,
        category: NeedCategory | None = None,
        per_need: int | None = 5,
        on: dt.date | None = None,
    ) -> list[ProposalRecord]:
        """Pairs of an open need and an open offer of another organisation that may meet,
        best first (``domain.matchmaking.propose``): each need's ``per_need`` best (None:
        every pair); with ``organisation_id``, those where it has the need or the offer;
        the clusters of each as on ``on`` (today by default)."""
        day = on or dt.date.today()
        records = self.list_needs(status=NeedStatus.OPEN, category=category)
        needs = [r for r in records if r.side is NeedSide.NEED]
        offers = [r for r in records if r.side is NeedSide.OFFER]
        organisations = {r.organisation_id for r in records}
        with self._read() as s:
            parties = _parties(s, organisations, day)
        by_id = {r.id: r for r in records}
        found = propose(
            [_wish(r) for r in needs], [_wish(r) for r in offers], parties, per_need=per_need
        )
        return [
            ProposalRecord(by_id[p.need.id], by_id[p.offer.id], p.score, p)
            for p in found
            if organisation_id is None
            or organisation_id in (p.need.organisation_id, p.offer.organisation_id)
        ]

    # --- writing ---------------------------------------------------------------------------

    def create_need(self, data: NeedInput) -> NeedRecord:
        """A need or an offer of ``data.organisation_id``, open."""
        self._require_to(UseCase.MANAGE_MATCHMAKING)
        with self._write() as s:
            need = NeedOffer(status=NeedStatus.OPEN)
            self._apply(s, need, data)
            s.add(need)
            s.flush()
            return self._read_back(s, need)

    def update_need(
        self, need_id: int, data: NeedInput, *, expected_version: int | None = None
    ) -> NeedRecord:
        """The need or offer as ``data`` says (its status stays)."""
        self._require_to(UseCase.MANAGE_MATCHMAKING)
        with self._write() as s:
            need = self._need(s, need_id, expected_version)
            self._apply(s, need, data)
            s.flush()
            return self._read_back(s, need)

    def close_need(self, need_id: int, *, expected_version: int | None = None) -> NeedRecord:
        """No longer wanted (or given): it is kept, closed, and proposed no more."""
        return self._move(need_id, NeedStatus.CLOSED, expected_version)

    def reopen_need(self, need_id: int, *, expected_version: int | None = None) -> NeedRecord:
        """Wanted again: open, and proposed again."""
        return self._move(need_id, NeedStatus.OPEN, expected_version)

    def mark_matched(self, need_id: int, *, expected_version: int | None = None) -> NeedRecord:
        """Someone was found: kept as matched, and proposed no more."""
        return self._move(need_id, NeedStatus.MATCHED, expected_version)

    def _move(self, need_id: int, to: NeedStatus, expected_version: int | None) -> NeedRecord:
        self._require_to(UseCase.MANAGE_MATCHMAKING)
        with self._write() as s:
            need = self._need(s, need_id, expected_version)
            if need.status is to:
                already = {
                    NeedStatus.OPEN: _tr("{0} is open already."),
                    NeedStatus.MATCHED: _tr("{0} is matched already."),
                    NeedStatus.CLOSED: _tr("{0} is closed already."),
                }[to]
                raise ValidationError(already.format(quoted(need.summary)), field="status")
            need.status = to
            s.flush()
            return self._read_back(s, need)

    def _need(self, s: Session, need_id: int, expected_version: int | None) -> NeedOffer:
        need = get_or_raise(s, NeedOffer, need_id, "need or offer")
        self._require_version(
            s, need, expected_version, "need or offer", lambda: self._read_back(s, need)
        )
        return need

    def _apply(self, s: Session, need: NeedOffer, data: NeedInput) -> None:
        problems = Problems()
        summary = clean_text(problems, "summary", data.summary, max_length=500, required=True)
        try:
            side = NeedSide(data.side)
        except ValueError:
            side = None
            problems.add(
                "side", _tr("{0} is neither a need nor an offer").format(quoted(str(data.side)))
            )
        try:
            category = NeedCategory(data.category)
        except ValueError:
            category = None
            problems.add(
                "category",
                _tr("{0} is not a category of needs and offers").format(quoted(str(data.category))),
            )
        tags: dict[str, str] = {}
        for field_name in TAG_FIELDS:
            joined = join_tags(tags_of(getattr(data, field_name)))
            if len(joined) > TAGS_WIDTH:
                problems.add(
                    field_name,
                    _tr("too many tags: at most {0} characters together").format(TAGS_WIDTH),
                )
            tags[field_name] = joined
        if s.get(Company, data.organisation_id) is None:
            problems.add(
                "organisation",
                _tr("organisation {0} does not exist (it may have been removed)").format(
                    data.organisation_id
                ),
            )
        problems.raise_if_any()
        assert side is not None and category is not None
        need.organisation_id = data.organisation_id
        need.side = side
        need.category = category
        need.summary = summary
        for field_name, joined in tags.items():
            setattr(need, field_name, joined)

    def _read_back(self, s: Session, need: NeedOffer) -> NeedRecord:
        name = s.scalar(select(Company.name).where(Company.id == need.organisation_id))
        return _record(need, name or "")


def _parties(s: Session, organisations: set[int], day: dt.date) -> dict[int, Party]:
    """Each organisation as matchmaking sees it: its kind, its sector, and the clusters
    it was a member of on ``day``."""
    if not organisations:
        return {}
    clusters: dict[int, set[str]] = defaultdict(set)
    for org, name in s.execute(
        select(Membership.organisation_id, Cluster.name)
        .join(Cluster, Cluster.id == Membership.cluster_id)
        .where(Membership.organisation_id.in_(organisations), active_on(day))
    ):
        clusters[org].add(name)
    return {
        org: Party(org, name, kind, sector or "", frozenset(clusters.get(org, ())))
        for org, name, kind, sector in s.execute(
            select(Company.id, Company.name, Company.kind, Company.sector).where(
                Company.id.in_(organisations)
            )
        )
    }
