"""Organisations and their memberships of clusters.

An organisation is a row of ``companies`` (the Company model) of some ``kind``: a company,
a research institute, a university, a public body, an investor. Every kind may be a
member of clusters; only a company is enrolled in a cohort.

A membership is history: joining opens one, leaving closes it (``left_on``, the last day
as a member), and it is never deleted. An organisation has at most one open membership
of a cluster, and a new one starts after the last one ended.

A mentor reads the organisations they see on the Companies page (those of the cohorts
they mentor in) and their memberships, as row-level security lets them on a server.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from accelerator.domain.enums import OrganisationKind
from accelerator.domain.formatting import format_date
from accelerator.errors import PermissionDeniedError, ValidationError
from accelerator.i18n import in_context
from accelerator.models import Cluster, ClusterTier, Company, Enrolment, Membership
from accelerator.services.base import Kind, Service, get_or_raise
from accelerator.services.companies import (
    CompanyInput,
    CompanyService,
    company_record,
    refuse_kind_change_if_enrolled,
)
from accelerator.services.records import CompanyRecord, MemberCounts, MembershipRecord
from accelerator.services.use_cases import UseCase

log = logging.getLogger(__name__)
_tr = in_context("Members")

#: A query of any columns (the member list's, the counts').
AnySelect = Select[*tuple[Any, ...]]

ORGANISATION = Kind(Company, "organisation", company_record, UseCase.MANAGE_MEMBERS)


def active_on(day: dt.date) -> ColumnElement[bool]:
    """Memberships in force on ``day``: joined by then, and not left before it."""
    return and_(
        Membership.joined_on <= day,
        or_(Membership.left_on.is_(None), Membership.left_on >= day),
    )


_COLUMNS = (
    Membership.id,
    Membership.organisation_id,
    Company.name,
    Company.org_number,
    Company.registry_number,
    Company.kind,
    Membership.cluster_id,
    Cluster.name,
    Membership.tier_id,
    ClusterTier.name,
    Membership.joined_on,
    Membership.left_on,
    Membership.row_version,
)


def _memberships() -> AnySelect:
    return (
        select(*_COLUMNS)
        .join(Company, Company.id == Membership.organisation_id)
        .join(Cluster, Cluster.id == Membership.cluster_id)
        .join(ClusterTier, ClusterTier.id == Membership.tier_id)
    )


def _record(row: Any) -> MembershipRecord:
    (mid, org_id, org_name, org_number, registry, kind, cluster_id, cluster_name, tier_id,
     tier_name, joined, left, version) = row  # fmt: skip
    return MembershipRecord(
        id=mid,
        organisation_id=org_id,
        organisation_name=org_name,
        registration=org_number or registry or "",
        kind=kind,  # the column's type gives the member already
        cluster_id=cluster_id,
        cluster_name=cluster_name,
        tier_id=tier_id,
        tier_name=tier_name,
        joined_on=joined,
        left_on=left,
        row_version=version,
    )


class MemberService(Service):
    """Organisations' kinds and their memberships of clusters; member counts."""

    # --- reading ---------------------------------------------------------------------------

    def _visible_organisations(self) -> AnySelect | None:
        """The organisations the actor reads, as a subquery of ids; None: every one. A
        mentor reads those of the cohorts they mentor in (as on the Companies page)."""
        visible = self._visible_cohorts()
        if visible is None:
            return None
        return select(Enrolment.company_id).where(Enrolment.cohort_id.in_(visible))

    def _scoped(self, query: AnySelect) -> AnySelect:
        visible = self._visible_organisations()
        if visible is None:
            return query
        return query.where(Membership.organisation_id.in_(visible))

    def list_memberships(
        self,
        *,
        organisation_id: int | None = None,
        cluster_id: int | None = None,
        on: dt.date | None = None,
    ) -> list[MembershipRecord]:
        """Memberships, of one organisation and/or of one cluster; with ``on``, only those
        in force that day, else every one, past ones too. By organisation, then cluster,
        then when it joined."""
        query = _memberships()
        if organisation_id is not None:
            query = query.where(Membership.organisation_id == organisation_id)
        if cluster_id is not None:
            query = query.where(Membership.cluster_id == cluster_id)
        if on is not None:
            query = query.where(active_on(on))
        query = self._scoped(query).order_by(
            Company.name, Company.id, Cluster.name, Membership.joined_on, Membership.id
        )
        with self._read() as s:
            return [_record(row) for row in s.execute(query)]

    def count_memberships(self) -> int:
        """How many memberships, past ones too, the actor reads: cheap, to decide how to
        read the whole register (100,000 take seconds)."""
        query = self._scoped(select(Membership.id))
        with self._read() as s:
            return int(s.scalar(select(func.count()).select_from(query.subquery())) or 0)

    def get_membership(self, membership_id: int) -> MembershipRecord:
        with self._read() as s:
            get_or_raise(s, Membership, membership_id, "membership")
            row = s.execute(self._scoped(_memberships().where(Membership.id == membership_id)))
            found = row.first()
            if found is None:
                raise PermissionDeniedError(
                    _tr("{0} is not a mentor of this organisation and may not see it").format(
                        self.actor.username
                    )
                )
            return _record(found)

    def member_counts(
        self, on: dt.date | None = None, *, cluster_id: int | None = None
    ) -> list[MemberCounts]:
        """For each cluster (ours first, then by name), how many organisations of each kind
        were members on ``on`` (today by default). Every kind is counted, with 0s."""
        day = on or dt.date.today()
        query = (
            select(Membership.cluster_id, Company.kind, func.count())
            .join(Company, Company.id == Membership.organisation_id)
            .where(active_on(day))
            .group_by(Membership.cluster_id, Company.kind)
        )
        clusters = select(Cluster.id, Cluster.name).order_by(Cluster.ours.desc(), Cluster.name)
        if cluster_id is not None:
            query = query.where(Membership.cluster_id == cluster_id)
            clusters = clusters.where(Cluster.id == cluster_id)
        counted: dict[int, dict[OrganisationKind, int]] = defaultdict(dict)
        with self._read() as s:
            if cluster_id is not None:
                get_or_raise(s, Cluster, cluster_id, "cluster")
            for cid, kind, count in s.execute(self._scoped(query)):
                counted[cid][OrganisationKind(kind)] = int(count)
            return [
                MemberCounts(
                    cluster_id=cid,
                    cluster_name=name,
                    on=day,
                    by_kind={k: counted[cid].get(k, 0) for k in OrganisationKind},
                )
                for cid, name in s.execute(clusters)
            ]

    # --- writing ---------------------------------------------------------------------------

    def set_kind(
        self, organisation_id: int, kind: OrganisationKind, *, expected_version: int | None = None
    ) -> CompanyRecord:
        """What the organisation is: a company, a research institute, a university... A
        company enrolled in a cohort stays a company."""
        try:
            chosen = OrganisationKind(kind)
        except ValueError:
            raise ValidationError(
                _tr("{0} is not a kind of organisation").format(kind), field="kind"
            ) from None

        def fill(s: Session, organisation: Company) -> None:
            refuse_kind_change_if_enrolled(s, organisation, chosen)
            organisation.kind = chosen

        return self._change(ORGANISATION, organisation_id, fill, expected_version)

    def join(
        self,
        organisation_id: int,
        cluster_id: int,
        tier_id: int | None = None,
        joined_on: dt.date | None = None,
    ) -> MembershipRecord:
        """``organisation`` becomes a member of the cluster, in ``tier_id`` (the cluster's
        first tier if None), from ``joined_on`` (today if None)."""
        self._require_to(UseCase.MANAGE_MEMBERS)
        with self._write() as s:
            organisation = get_or_raise(s, Company, organisation_id, "organisation")
            return self._join(s, organisation, cluster_id, tier_id, joined_on)

    def join_new(
        self,
        organisation: CompanyInput,
        cluster_id: int,
        tier_id: int | None = None,
        joined_on: dt.date | None = None,
    ) -> MembershipRecord:
        """Register a new organisation (of ``organisation.kind``, a company if None) and
        make it a member of the cluster, in one transaction: an organisation whose
        membership is refused is not left registered, and a refused one joins nothing."""
        self._require_to(UseCase.MANAGE_MEMBERS)
        with self._write() as s:
            company = Company()
            # The company service's own checks, inside this transaction, so that a new
            # organisation obeys exactly the rules of one registered on the Companies page.
            CompanyService(self._db, self.actor)._apply(s, company, organisation)
            s.add(company)
            s.flush()
            return self._join(s, company, cluster_id, tier_id, joined_on)

    def _join(
        self,
        s: Session,
        organisation: Company,
        cluster_id: int,
        tier_id: int | None,
        joined_on: dt.date | None,
    ) -> MembershipRecord:
        joined = joined_on or dt.date.today()
        cluster = get_or_raise(s, Cluster, cluster_id, "cluster")
        tier = _tier_of(s, cluster, tier_id)
        ended = s.execute(
            select(Membership.joined_on, Membership.left_on)
            .where(
                Membership.organisation_id == organisation.id,
                Membership.cluster_id == cluster.id,
            )
            .order_by(Membership.left_on.is_(None).desc(), Membership.left_on.desc())
            .limit(1)
        ).first()
        if ended is not None and ended.left_on is None:
            raise ValidationError(
                _tr("{0} is already a member of {1} (since {2}).").format(
                    organisation.name, cluster.name, format_date(ended.joined_on)
                ),
                field="cluster",
            )
        if ended is not None and joined <= ended.left_on:
            raise ValidationError(
                _tr(
                    "{0} was a member of {1} until {2}; a new membership starts after that."
                ).format(organisation.name, cluster.name, format_date(ended.left_on)),
                field="joined_on",
            )
        membership = Membership(
            organisation_id=organisation.id,
            cluster_id=cluster.id,
            tier_id=tier.id,
            joined_on=joined,
        )
        s.add(membership)
        s.flush()
        return self._read_back(s, membership.id)

    def change_tier(
        self, membership_id: int, tier_id: int, *, expected_version: int | None = None
    ) -> MembershipRecord:
        """The membership moves to another of its cluster's tiers; one that has ended keeps
        the tier it ended in."""
        self._require_to(UseCase.MANAGE_MEMBERS)
        with self._write() as s:
            membership = self._membership(s, membership_id, expected_version)
            if membership.left_on is not None:
                raise ValidationError(
                    _tr("This membership ended on {0}; it keeps the tier it ended in.").format(
                        format_date(membership.left_on)
                    ),
                    field="tier",
                    labels=_tier_label(),
                )
            tier = _tier_of(s, membership.cluster, tier_id)
            membership.tier_id = tier.id
            s.flush()
            return self._read_back(s, membership.id)

    def leave(
        self,
        membership_id: int,
        left_on: dt.date | None = None,
        *,
        expected_version: int | None = None,
    ) -> MembershipRecord:
        """The membership ends: ``left_on`` (today if None) is the last day as a member.
        The membership stays, as history."""
        self._require_to(UseCase.MANAGE_MEMBERS)
        left = left_on or dt.date.today()
        with self._write() as s:
            membership = self._membership(s, membership_id, expected_version)
            if membership.left_on is not None:
                raise ValidationError(
                    _tr("This membership already ended on {0}.").format(
                        format_date(membership.left_on)
                    ),
                    field="left_on",
                )
            if left < membership.joined_on:
                raise ValidationError(
                    _tr("must not be before the organisation joined ({0})").format(
                        format_date(membership.joined_on)
                    ),
                    field="left_on",
                )
            membership.left_on = left
            s.flush()
            return self._read_back(s, membership.id)

    def _membership(
        self, s: Session, membership_id: int, expected_version: int | None
    ) -> Membership:
        membership = get_or_raise(s, Membership, membership_id, "membership")
        self._require_version(
            s,
            membership,
            expected_version,
            "membership",
            lambda: self._read_back(s, membership.id),
        )
        return membership

    def _read_back(self, s: Session, membership_id: int) -> MembershipRecord:
        return _record(s.execute(_memberships().where(Membership.id == membership_id)).one())


def _tier_label() -> dict[str, str]:
    return {"tier": _tr("Tier")}


def _tier_of(s: Session, cluster: Cluster, tier_id: int | None) -> ClusterTier:
    """The cluster's tier ``tier_id`` (its first if None), or a refusal saying why not."""
    if tier_id is None:
        if not cluster.tiers:
            raise ValidationError(
                _tr("{0} has no tiers yet; add one to the cluster first.").format(cluster.name),
                field="tier",
                labels=_tier_label(),
            )
        return cluster.tiers[0]
    tier = s.get(ClusterTier, tier_id)
    if tier is None or tier.cluster_id != cluster.id:
        raise ValidationError(
            _tr("That tier is not one of the tiers of {0}.").format(cluster.name),
            field="tier",
            labels=_tier_label(),
        )
    return tier
