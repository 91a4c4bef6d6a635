"""Clusters: ours and our partners', with the names of their members' tiers.

A cluster is also made where a person names one that is not on record: on a company (its
home cluster), on a programme (the cluster it runs in) and in an imported file
(:func:`find_or_create_cluster`). Names are compared with case and spaces aside, so
"Vestkyst  ocean" finds "Vestkyst Ocean" rather than making a second one.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from accelerator.domain.enums import ClusterLevel
from accelerator.domain.formatting import quoted
from accelerator.errors import ValidationError
from accelerator.i18n import in_context, marked, translate
from accelerator.models import Cluster, ClusterTier, Membership
from accelerator.services.base import Kind, Service, get_or_raise
from accelerator.services.records import ClusterRecord, TierRecord, snapshot
from accelerator.services.use_cases import UseCase
from accelerator.services.validation import Problems, clean_text

log = logging.getLogger(__name__)
_tr = in_context("Clusters")
_TIERS = "ClusterTier"

#: The tiers a new cluster starts with, in the language spoken when it is made; each
#: cluster renames, adds and orders its own (``set_tiers``).
DEFAULT_TIERS = (
    marked("ClusterTier", "Member"),
    marked("ClusterTier", "Partner"),
    marked("ClusterTier", "Associate"),
    marked("ClusterTier", "Owner"),
)


@dataclass(frozen=True)
class ClusterInput:
    name: str
    short_name: str = ""
    level: ClusterLevel = ClusterLevel.OTHER
    region: str = ""
    website: str = ""
    ours: bool = False  # our home cluster; else a partner cluster

    @classmethod
    def from_record(cls, record: ClusterRecord) -> ClusterInput:
        """The input that would save ``record`` unchanged (a form compares against it)."""
        return snapshot(cls, record)


@dataclass(frozen=True)
class TierInput:
    name: str
    id: int | None = None  # an existing tier being kept, renamed or moved


def tier_record(t: ClusterTier) -> TierRecord:
    return snapshot(TierRecord, t)


def cluster_record(c: Cluster) -> ClusterRecord:
    return snapshot(ClusterRecord, c, tiers=tuple(tier_record(t) for t in c.tiers))


CLUSTER = Kind(Cluster, "cluster", cluster_record, UseCase.MANAGE_MEMBERS)


def cluster_key(name: str) -> str:
    """Names that differ only in case or spaces name one cluster (migration 0006 too)."""
    return " ".join(name.split()).casefold()


def clusters_by_key(s: Session) -> dict[str, Cluster]:
    """Every cluster by :func:`cluster_key` of its name. There are tens, not thousands;
    SQL's lower() would not fold 'Ø' on SQLite, Python's casefold() does."""
    return {cluster_key(c.name): c for c in s.scalars(select(Cluster))}


def default_tier_names() -> list[str]:
    """The usual tiers, in the language spoken: what a new cluster starts with."""
    return [translate(_TIERS, words) for words in DEFAULT_TIERS]


def default_tiers() -> list[ClusterTier]:
    return [
        ClusterTier(name=name, position=position)
        for position, name in enumerate(default_tier_names())
    ]


def find_or_create_cluster(
    s: Session,
    name: str,
    *,
    ours: bool = False,
    known: dict[str, Cluster] | None = None,
) -> Cluster | None:
    """The cluster a person named (case and spaces aside), made now, with the usual tiers,
    if none is called so; None for an empty name. ``ours``: it is one of ours (a
    programme runs in it), whether made now or a partner until now. ``known``:
    :func:`clusters_by_key`, for a caller naming many (an import); one made joins it."""
    text = name.strip()
    if not text:
        return None
    clusters = clusters_by_key(s) if known is None else known
    key = cluster_key(text)
    found = clusters.get(key)
    if found is None:
        found = Cluster(name=text, ours=ours, tiers=default_tiers())
        s.add(found)
        s.flush()
        clusters[key] = found
        log.info("cluster %r made where it was first named", text)
    elif ours and not found.ours:
        found.ours = True
    return found


class ClusterService(Service):
    """Clusters and their tiers. Everyone reads them; a coordinator keeps them."""

    def list_clusters(self) -> list[ClusterRecord]:
        """Every cluster, ours first, then by name."""
        with self._read() as s:
            query = (
                select(Cluster)
                .options(selectinload(Cluster.tiers))
                .order_by(Cluster.ours.desc(), Cluster.name)
            )
            return [cluster_record(c) for c in s.scalars(query)]

    def get_cluster(self, cluster_id: int) -> ClusterRecord:
        with self._read() as s:
            return cluster_record(get_or_raise(s, Cluster, cluster_id, "cluster"))

    def find_cluster(self, name: str) -> ClusterRecord | None:
        """The cluster called ``name``, case and spaces aside; None if there is none."""
        with self._read() as s:
            found = clusters_by_key(s).get(cluster_key(name))
            return cluster_record(found) if found is not None else None

    def create_cluster(
        self, data: ClusterInput, *, tiers: Sequence[TierInput] | None = None
    ) -> ClusterRecord:
        """A cluster with ``tiers`` (new ones, without ids), by default the usual ones
        (member, partner, associate, owner) in the language spoken; ``set_tiers`` renames
        them. One transaction: a cluster whose tiers are refused is not made."""
        if tiers is None:
            return self._add(CLUSTER, lambda s, c: self._apply_new(s, c, data))
        self._require_to(UseCase.MANAGE_MEMBERS)
        with self._write() as s:
            cluster = Cluster()
            self._apply(s, cluster, data)
            s.add(cluster)
            s.flush()
            _apply_tiers(s, cluster, tiers, new=True)
            s.refresh(cluster, ["tiers"])
            return cluster_record(cluster)

    def _apply_new(self, s: Session, cluster: Cluster, data: ClusterInput) -> None:
        self._apply(s, cluster, data)
        cluster.tiers = default_tiers()

    def update_cluster(
        self,
        cluster_id: int,
        data: ClusterInput,
        *,
        expected_version: int | None = None,
        tiers: Sequence[TierInput] | None = None,
    ) -> ClusterRecord:
        """The cluster's fields become ``data``'s and, when given, its tiers ``tiers`` (as
        ``set_tiers`` takes them), in one transaction: a form that edits both saves both
        or, refused, neither."""
        if tiers is None:
            return self._change(
                CLUSTER, cluster_id, lambda s, c: self._apply(s, c, data), expected_version
            )
        self._require_to(UseCase.MANAGE_MEMBERS)
        with self._write() as s:
            cluster = get_or_raise(s, Cluster, cluster_id, "cluster")
            self._require_version(
                s, cluster, expected_version, "cluster", lambda: cluster_record(cluster)
            )
            self._apply(s, cluster, data)
            s.flush()
            _apply_tiers(s, cluster, tiers)
            s.refresh(cluster, ["tiers"])
            return cluster_record(cluster)

    def _apply(self, s: Session, cluster: Cluster, data: ClusterInput) -> None:
        problems = Problems()
        name = clean_text(problems, "name", data.name, max_length=200, required=True)
        values = {
            "name": name,
            "short_name": clean_text(problems, "short_name", data.short_name, max_length=50),
            "region": clean_text(problems, "region", data.region, max_length=200),
            "website": clean_text(problems, "website", data.website, max_length=500),
            "ours": bool(data.ours),
        }
        try:
            values["level"] = ClusterLevel(data.level)
        except ValueError:
            problems.add("level", _tr("{0} is not a level of the cluster programme").format(
                quoted(str(data.level))))  # fmt: skip
        if name:
            clash = clusters_by_key(s).get(cluster_key(name))
            if clash is not None and clash is not cluster:
                problems.add(
                    "name", _tr("a cluster called {0} already exists").format(quoted(clash.name))
                )
        problems.raise_if_any()
        for key, value in values.items():
            setattr(cluster, key, value)

    def set_tiers(
        self,
        cluster_id: int,
        tiers: Sequence[TierInput],
        *,
        expected_version: int | None = None,
    ) -> ClusterRecord:
        """The cluster's tiers become ``tiers``, in that order: a tier with an ``id`` is
        kept (renamed or moved), one without is added, one left out is removed. A tier
        any membership, past or present, is in cannot be removed."""
        self._require_to(UseCase.MANAGE_MEMBERS)
        with self._write() as s:
            cluster = get_or_raise(s, Cluster, cluster_id, "cluster")
            self._require_version(
                s, cluster, expected_version, "cluster", lambda: cluster_record(cluster)
            )
            _apply_tiers(s, cluster, tiers)
            s.refresh(cluster, ["tiers"])
            return cluster_record(cluster)


def _apply_tiers(
    s: Session, cluster: Cluster, tiers: Sequence[TierInput], *, new: bool = False
) -> None:
    """The cluster's tiers become ``tiers`` (see ``ClusterService.set_tiers``); a change
    counts the cluster's version up, as a change of its own fields does (``new``: a
    cluster being made, at its first version)."""
    current = {t.id: t for t in cluster.tiers}
    names = _checked_tier_names(tiers, current, cluster.name)
    kept = {t.id for t in tiers if t.id is not None}
    removed = [t for tid, t in current.items() if tid not in kept]
    _refuse_removing_tiers_in_use(s, removed)
    changed = bool(removed)
    for tier in removed:
        cluster.tiers.remove(tier)
        s.delete(tier)
    if removed:
        s.flush()
    wanted = list(zip(tiers, names, strict=True))
    # Two tiers trading names would meet in the unique (cluster, name) on the way:
    # such a rename goes through a name nobody types first.
    taken = {t.name for t in current.values() if t.id in kept}
    swapping = [
        current[t.id]
        for t, name in wanted
        if t.id is not None and name != current[t.id].name and name in taken
    ]
    for tier in swapping:
        tier.name = f"\u2060{tier.id}"
    if swapping:
        s.flush()
    for position, (t, name) in enumerate(wanted):
        if t.id is None:
            cluster.tiers.append(ClusterTier(name=name, position=position))
            changed = True
            continue
        tier = current[t.id]
        if (tier.name, tier.position) != (name, position):
            tier.name, tier.position = name, position
            changed = True
    s.flush()
    if changed and not new:
        # The tiers are edited with the cluster: a form opened before this sees
        # a new version, and saving over it is refused as for any other change.
        s.execute(
            update(Cluster)
            .where(Cluster.id == cluster.id)
            .values(row_version=Cluster.row_version + 1)
        )
        s.expire(cluster, ["row_version"])


def _checked_tier_names(
    tiers: Sequence[TierInput], current: dict[int, ClusterTier], cluster: str
) -> list[str]:
    problems = Problems()
    if not tiers:
        problems.add(
            "tiers", _tr("a cluster needs at least one tier for its members"), _tr("Tiers")
        )
    names: list[str] = []
    seen: dict[str, int] = {}
    for number, tier in enumerate(tiers, start=1):
        field = f"tiers.{number}"
        label = _tr("Tier {0}").format(number)
        if tier.id is not None and tier.id not in current:
            problems.add(field, _tr("is not one of the tiers of {0}").format(cluster), label)
        name = clean_text(problems, field, tier.name, max_length=100, required=True, label=label)
        names.append(name)
        if not name:
            continue
        key = cluster_key(name)
        if key in seen:
            problems.add(
                field,
                _tr("{0} is also tier {1}; each tier needs a name of its own").format(
                    quoted(name), seen[key]
                ),
                label,
            )
        seen.setdefault(key, number)
    problems.raise_if_any()
    return names


def _refuse_removing_tiers_in_use(s: Session, removed: list[ClusterTier]) -> None:
    if not removed:
        return
    used = dict(
        s.execute(
            select(Membership.tier_id, func.count())
            .where(Membership.tier_id.in_([t.id for t in removed]))
            .group_by(Membership.tier_id)
        ).all()
    )
    refusals = [
        _tr(
            "{0} cannot be removed: %n memberships, past or present, are in that tier. "
            "Rename it instead.",
            n=int(used[tier.id]),
        ).format(quoted(tier.name))
        for tier in removed
        if used.get(tier.id)
    ]
    if refusals:
        raise ValidationError(" ".join(refusals), field="tiers", labels={"tiers": _tr("Tiers")})
