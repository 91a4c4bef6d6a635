"""Programmes, their milestone templates, and their cohorts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from accelerator.domain.enums import CohortStatus
from accelerator.domain.formatting import quoted
from accelerator.errors import PermissionDeniedError, ValidationError
from accelerator.i18n import in_context
from accelerator.models import (
    Cohort,
    Enrolment,
    MilestoneTemplateItem,
    Programme,
    ReadinessFramework,
)
from accelerator.services.base import Kind, Service, get_or_raise
from accelerator.services.clusters import find_or_create_cluster
from accelerator.services.frameworks import DEFAULT_FRAMEWORK_KEY, shown
from accelerator.services.records import (
    CohortRecord,
    ProgrammeRecord,
    TemplateItemRecord,
    snapshot,
)
from accelerator.services.use_cases import UseCase
from accelerator.services.validation import Problems, check_date_order, clean_int, clean_text


@dataclass(frozen=True)
class ProgrammeInput:
    name: str
    cluster: str = ""  # a cluster's name; one not on record is made, as one of ours
    description: str = ""
    framework_id: int | None = None  # None: the default framework
    assessment_interval_weeks: int = 6


@dataclass(frozen=True)
class TemplateItemInput:
    title: str
    category: str
    description: str = ""
    due_offset_weeks: int | None = None
    id: int | None = None  # an existing item being kept or edited


@dataclass(frozen=True)
class CohortInput:
    programme_id: int
    name: str
    start_date: dt.date
    end_date: dt.date
    status: CohortStatus = CohortStatus.PLANNED


def programme_record(p: Programme, cohort_count: int = 0) -> ProgrammeRecord:
    return snapshot(
        ProgrammeRecord,
        p,
        cluster=p.cluster.name if p.cluster is not None else "",
        framework_name=shown(p.framework, "name") if p.framework else "",
        cohort_count=cohort_count,
    )


def cohort_record(c: Cohort, enrolment_count: int = 0) -> CohortRecord:
    return snapshot(
        CohortRecord, c, programme_name=c.programme.name, enrolment_count=enrolment_count
    )


def template_item_record(item: MilestoneTemplateItem) -> TemplateItemRecord:
    return snapshot(TemplateItemRecord, item)


_tr = in_context("Programmes")

PROGRAMME = Kind(Programme, "programme", programme_record, UseCase.MANAGE_PROGRAMMES)
COHORT = Kind(Cohort, "cohort", cohort_record, UseCase.MANAGE_PROGRAMMES)


def active_template_items(s: Session, programme_id: int) -> Sequence[MilestoneTemplateItem]:
    """The programme's milestone template as it stands, in order: what a new enrolment
    copies and the template editor shows; retired items stay only so that milestones
    copied from them keep their link."""
    return s.scalars(
        select(MilestoneTemplateItem)
        .where(
            MilestoneTemplateItem.programme_id == programme_id,
            MilestoneTemplateItem.retired.is_(False),
        )
        .order_by(MilestoneTemplateItem.position)
    ).all()


class ProgrammeService(Service):
    # --- programmes -------------------------------------------------------------------------

    def list_programmes(self, *, include_archived: bool = False) -> list[ProgrammeRecord]:
        with self._read() as s:
            counts = dict(
                s.execute(
                    select(Cohort.programme_id, func.count()).group_by(Cohort.programme_id)
                ).all()
            )
            query = select(Programme).order_by(Programme.name)
            if not include_archived:
                query = query.where(Programme.archived.is_(False))
            visible = self._visible_cohorts()
            if visible is not None:
                query = query.where(
                    Programme.id.in_(select(Cohort.programme_id).where(Cohort.id.in_(visible)))
                )
            return [programme_record(p, counts.get(p.id, 0)) for p in s.scalars(query)]

    def get_programme(self, programme_id: int) -> ProgrammeRecord:
        with self._read() as s:
            p = get_or_raise(s, Programme, programme_id, "programme")
            self._require_programme_visible(s, p.id)
            count = s.scalar(select(func.count()).where(Cohort.programme_id == p.id)) or 0
            return programme_record(p, count)

    def find_programme(self, name: str) -> ProgrammeRecord | None:
        with self._read() as s:
            p = s.scalar(select(Programme).where(Programme.name == name.strip()))
            if p is not None:
                self._require_programme_visible(s, p.id)
            return programme_record(p) if p else None

    def _require_programme_visible(self, s: Session, programme_id: int) -> None:
        visible = self._visible_cohorts()
        if visible is None:
            return
        seen = s.scalar(
            select(Cohort.id)
            .where(Cohort.programme_id == programme_id, Cohort.id.in_(visible))
            .limit(1)
        )
        if seen is None:
            raise PermissionDeniedError(
                _tr("{0} is not a mentor in this programme and may not see it").format(
                    self.actor.username
                )
            )

    def create_programme(self, data: ProgrammeInput) -> ProgrammeRecord:
        return self._add(PROGRAMME, lambda s, p: self._apply(s, p, data))

    def update_programme(
        self, programme_id: int, data: ProgrammeInput, *, expected_version: int | None = None
    ) -> ProgrammeRecord:
        return self._change(
            PROGRAMME, programme_id, lambda s, p: self._apply(s, p, data), expected_version
        )

    def set_archived(self, programme_id: int, archived: bool) -> ProgrammeRecord:
        def fill(_s: Session, p: Programme) -> None:
            p.archived = archived

        return self._change(PROGRAMME, programme_id, fill)

    def _apply(self, s: Session, p: Programme, data: ProgrammeInput) -> None:
        problems = Problems()
        name = clean_text(problems, "name", data.name, max_length=200, required=True)
        cluster = clean_text(problems, "cluster", data.cluster, max_length=200)
        description = clean_text(problems, "description", data.description, max_length=20_000)
        interval = clean_int(
            problems,
            "assessment_interval_weeks",
            data.assessment_interval_weeks,
            minimum=1,
            maximum=52,
        )
        framework_id = data.framework_id
        if framework_id is None:
            framework_id = s.scalar(
                select(ReadinessFramework.id)
                .where(ReadinessFramework.key == DEFAULT_FRAMEWORK_KEY)
                .order_by(ReadinessFramework.version.desc())
                .limit(1)
            ) or s.scalar(select(ReadinessFramework.id).limit(1))
            if framework_id is None:
                problems.add("framework", _tr("no readiness framework is loaded in this database"))
        elif s.get(ReadinessFramework, framework_id) is None:
            problems.add("framework", _tr("framework {0} does not exist").format(framework_id))
        if name:
            clash = s.scalar(
                select(Programme.id).where(Programme.name == name, Programme.id != p.id)
            )
            if clash is not None:
                problems.add(
                    "name", _tr("a programme called {0} already exists").format(quoted(name))
                )
        problems.raise_if_any()
        p.name, p.description = name, description
        # A programme runs in its own cluster: one named here for the first time is ours.
        p.cluster = find_or_create_cluster(s, cluster, ours=True)
        assert framework_id is not None and interval is not None
        p.framework_id = framework_id
        p.assessment_interval_weeks = interval

    # --- milestone template -----------------------------------------------------------------

    def template(self, programme_id: int) -> list[TemplateItemRecord]:
        with self._read() as s:
            get_or_raise(s, Programme, programme_id, "programme")
            self._require_programme_visible(s, programme_id)
            return [template_item_record(i) for i in active_template_items(s, programme_id)]

    def set_template(
        self, programme_id: int, items: Sequence[TemplateItemInput]
    ) -> list[TemplateItemRecord]:
        """Replace the template with ``items`` in this order. Items given with an id keep it
        (so milestones copied from them stay linked); items left out are retired, not deleted."""
        self._require_to(UseCase.MANAGE_PROGRAMMES)
        problems = Problems()
        cleaned: list[TemplateItemInput] = []
        for n, item in enumerate(items, start=1):
            title = clean_text(
                problems,
                f"item {n} title",
                item.title,
                max_length=200,
                required=True,
                label=_tr("Item {0} title").format(n),
            )
            category = clean_text(
                problems,
                f"item {n} category",
                item.category,
                max_length=64,
                required=True,
                label=_tr("Item {0} category").format(n),
            )
            description = clean_text(
                problems,
                f"item {n} description",
                item.description,
                max_length=5000,
                label=_tr("Item {0} description").format(n),
            )
            offset = clean_int(
                problems,
                f"item {n} due offset (weeks)",
                item.due_offset_weeks,
                minimum=0,
                maximum=520,
                label=_tr("Item {0} due offset (weeks)").format(n),
            )
            cleaned.append(TemplateItemInput(title, category, description, offset, item.id))
        problems.raise_if_any()
        with self._write() as s:
            programme = get_or_raise(s, Programme, programme_id, "programme")
            existing = {i.id: i for i in programme.template_items}
            kept: set[int] = set()
            for position, item in enumerate(cleaned):
                if item.id is not None:
                    row = existing.get(item.id)
                    if row is None:
                        raise ValidationError(
                            _tr("template item {0} is not part of this programme").format(item.id)
                        )
                    kept.add(item.id)
                else:
                    row = MilestoneTemplateItem(programme=programme)
                    s.add(row)
                row.position = position
                row.title, row.category = item.title, item.category
                row.description, row.due_offset_weeks = item.description, item.due_offset_weeks
                row.retired = False
            for item_id, row in existing.items():
                if item_id not in kept and not row.retired:
                    row.retired = True
                    row.position = len(cleaned) + row.position
            s.flush()
            return [
                template_item_record(i)
                for i in sorted(programme.template_items, key=lambda i: i.position)
                if not i.retired
            ]

    # --- cohorts ----------------------------------------------------------------------------

    def list_cohorts(self, programme_id: int | None = None) -> list[CohortRecord]:
        with self._read() as s:
            counts = dict(
                s.execute(
                    select(Enrolment.cohort_id, func.count()).group_by(Enrolment.cohort_id)
                ).all()
            )
            query = select(Cohort).join(Programme).order_by(Programme.name, Cohort.start_date)
            if programme_id is not None:
                query = query.where(Cohort.programme_id == programme_id)
            visible = self._visible_cohorts()
            if visible is not None:
                query = query.where(Cohort.id.in_(visible))
            return [cohort_record(c, counts.get(c.id, 0)) for c in s.scalars(query)]

    def get_cohort(self, cohort_id: int) -> CohortRecord:
        with self._read() as s:
            c = self._visible_cohort(s, cohort_id)
            count = s.scalar(select(func.count()).where(Enrolment.cohort_id == c.id)) or 0
            return cohort_record(c, count)

    def find_cohorts(self, name: str) -> list[CohortRecord]:
        """Cohorts whose name is ``name`` (in any programme), compared without case."""
        with self._read() as s:
            query = select(Cohort).where(func.lower(Cohort.name) == name.strip().lower())
            visible = self._visible_cohorts()
            if visible is not None:
                query = query.where(Cohort.id.in_(visible))
            return [cohort_record(c) for c in s.scalars(query)]

    def create_cohort(self, data: CohortInput) -> CohortRecord:
        return self._add(COHORT, lambda s, c: self._apply_cohort(s, c, data))

    def update_cohort(
        self, cohort_id: int, data: CohortInput, *, expected_version: int | None = None
    ) -> CohortRecord:
        return self._change(
            COHORT, cohort_id, lambda s, c: self._apply_cohort(s, c, data), expected_version
        )

    def _apply_cohort(self, s: Session, c: Cohort, data: CohortInput) -> None:
        problems = Problems()
        name = clean_text(problems, "name", data.name, max_length=200, required=True)
        if not isinstance(data.start_date, dt.date) or not isinstance(data.end_date, dt.date):
            problems.add("end_date", _tr("both a start and an end date are required"))
        else:
            check_date_order(problems, data.start_date, data.end_date, "end_date")
        programme = s.get(Programme, data.programme_id)
        if programme is None:
            problems.add("programme", _tr("programme {0} does not exist").format(data.programme_id))
        elif name:
            clash = s.scalar(
                select(Cohort.id).where(
                    Cohort.programme_id == programme.id, Cohort.name == name, Cohort.id != c.id
                )
            )
            if clash is not None:
                problems.add(
                    "name",
                    _tr("{0} already has a cohort called {1}").format(programme.name, quoted(name)),
                )
        problems.raise_if_any()
        assert programme is not None
        c.programme = programme
        c.name, c.start_date, c.end_date = name, data.start_date, data.end_date
        c.status = CohortStatus(data.status)
