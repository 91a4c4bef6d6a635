"""Enrolling companies in cohorts, their status, their mentors and their milestone checklists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, selectinload

from accelerator.domain.enums import (
    CohortStatus,
    EnrolmentStatus,
    MilestoneStatus,
    OrganisationKind,
    Role,
    in_words,
    role_noun,
)
from accelerator.domain.formatting import format_date, quoted
from accelerator.domain.milestones import due_date_for
from accelerator.errors import PermissionDeniedError, ValidationError
from accelerator.i18n import in_context
from accelerator.models import (
    Cohort,
    Company,
    Enrolment,
    MentorAssignment,
    Milestone,
    MilestoneTemplateItem,
    User,
)
from accelerator.services.base import Service, get_or_raise
from accelerator.services.companies import CompanyInput, CompanyService
from accelerator.services.programmes import active_template_items
from accelerator.services.records import (
    EnrolmentRecord,
    MentorRecord,
    MilestoneRecord,
    snapshot,
)
from accelerator.services.use_cases import UseCase
from accelerator.services.validation import Problems, clean_text

_tr = in_context("Enrolments")


def enrolment_record(e: Enrolment) -> EnrolmentRecord:
    return snapshot(
        EnrolmentRecord,
        e,
        cohort_name=e.cohort.name,
        programme_id=e.cohort.programme_id,
        programme_name=e.cohort.programme.name,
        company_name=e.company.name,
        mentors=tuple(
            MentorRecord(a.user_id, a.mentor.display_name, a.assigned_on)
            for a in sorted(e.mentor_assignments, key=lambda a: a.mentor.display_name)
        ),
    )


def milestone_record(m: Milestone) -> MilestoneRecord:
    return snapshot(MilestoneRecord, m)


def _due(cohort: Cohort, item: MilestoneTemplateItem) -> dt.date | None:
    if item.due_offset_weeks is None:
        return None
    return due_date_for(cohort.start_date, item.due_offset_weeks)


def _following_template(programme_id: int) -> tuple[ColumnElement[bool], ...]:
    """The enrolments whose checklists follow the programme's template when it changes:
    the active ones, in the programme's cohorts that have not finished."""
    return (
        Cohort.programme_id == programme_id,
        Cohort.status != CohortStatus.FINISHED,
        Enrolment.status == EnrolmentStatus.ACTIVE,
    )


def _milestone_of(item: MilestoneTemplateItem, position: int, cohort: Cohort) -> Milestone:
    """A milestone copied from a template item, due as many weeks after the cohort's start
    as the item says."""
    return Milestone(
        template_item=item,
        position=position,
        title=item.title,
        category=item.category,
        description=item.description,
        due_date=_due(cohort, item),
    )


@dataclass(frozen=True)
class TemplateApplied:
    """What applying a changed template to running enrolments did."""

    enrolments: int
    added: int
    updated: int
    removed: int


class EnrolmentService(Service):
    def enrol(
        self, cohort_id: int, company_id: int, joined_on: dt.date | None = None
    ) -> EnrolmentRecord:
        """Enrol a company; its milestone checklist is copied from the programme's template,
        with due dates counted from the cohort's start."""
        self._require_to(UseCase.MANAGE_ENROLMENTS)
        with self._write() as s:
            cohort = get_or_raise(s, Cohort, cohort_id, "cohort")
            company = get_or_raise(s, Company, company_id, "company")
            return enrolment_record(_enrol(s, cohort, company, joined_on))

    def enrol_companies(
        self, cohort_id: int, company_ids: Sequence[int], joined_on: dt.date | None = None
    ) -> list[EnrolmentRecord]:
        """Enrol several companies at once, all on the same day: every one of them or, when
        one cannot be enrolled, none."""
        self._require_to(UseCase.MANAGE_ENROLMENTS)
        if not company_ids:
            raise ValidationError(_tr("choose at least one company to enrol"), field="company")
        with self._write() as s:
            cohort = get_or_raise(s, Cohort, cohort_id, "cohort")
            enrolments = [
                _enrol(s, cohort, get_or_raise(s, Company, company_id, "company"), joined_on)
                for company_id in dict.fromkeys(company_ids)
            ]
            return [enrolment_record(e) for e in enrolments]

    def enrol_new_company(
        self, cohort_id: int, data: CompanyInput, joined_on: dt.date | None = None
    ) -> EnrolmentRecord:
        """Register a new company and enrol it, in one transaction: a company whose enrolment
        fails is not left behind, and a refused company is not enrolled."""
        self._require_to(UseCase.MANAGE_ENROLMENTS)
        with self._write() as s:
            cohort = get_or_raise(s, Cohort, cohort_id, "cohort")
            company = Company()
            # The company service's own checks, inside this transaction, so that a new
            # company obeys exactly the rules of one registered on the Companies page.
            CompanyService(self._db, self.actor)._apply(s, company, data)
            s.add(company)
            s.flush()
            return enrolment_record(_enrol(s, cohort, company, joined_on))

    def checklists_to_update(self, programme_id: int) -> int:
        """How many checklists :meth:`apply_template` would bring up to date: those of the
        active enrolments in the programme's cohorts that have not finished."""
        query = (
            select(func.count())
            .select_from(Enrolment)
            .join(Enrolment.cohort)
            .where(*_following_template(programme_id))
        )
        visible = self._visible_cohorts()
        if visible is not None:  # a mentor counts only in the cohorts they mentor in
            query = query.where(Enrolment.cohort_id.in_(visible))
        with self._read() as s:
            return int(s.scalar(query) or 0)

    def get_enrolment(self, enrolment_id: int) -> EnrolmentRecord:
        with self._read() as s:
            e = _load(s, enrolment_id)
            self._require_cohort_visible(s, e.cohort_id)
            return enrolment_record(e)

    def list_enrolments(
        self, *, cohort_id: int | None = None, company_id: int | None = None
    ) -> list[EnrolmentRecord]:
        with self._read() as s:
            query = (
                select(Enrolment)
                .join(Enrolment.company)
                .join(Enrolment.cohort)
                .options(
                    selectinload(Enrolment.mentor_assignments).selectinload(
                        MentorAssignment.mentor
                    ),
                    selectinload(Enrolment.cohort).selectinload(Cohort.programme),
                )
                .order_by(Cohort.start_date, Company.name)
            )
            if cohort_id is not None:
                query = query.where(Enrolment.cohort_id == cohort_id)
            if company_id is not None:
                query = query.where(Enrolment.company_id == company_id)
            visible = self._visible_cohorts()
            if visible is not None:
                query = query.where(Enrolment.cohort_id.in_(visible))
            return [enrolment_record(e) for e in s.scalars(query)]

    def set_status(
        self,
        enrolment_id: int,
        status: EnrolmentStatus,
        *,
        on: dt.date | None = None,
        reason: str = "",
        expected_version: int | None = None,
    ) -> EnrolmentRecord:
        self._require_to(UseCase.MANAGE_ENROLMENTS)
        problems = Problems()
        reason = clean_text(problems, "reason", reason, max_length=5000)
        status = EnrolmentStatus(status)
        if status is EnrolmentStatus.WITHDRAWN and not reason:
            problems.add("reason", _tr("say why the company withdrew"))
        problems.raise_if_any()
        with self._write() as s:
            e = _load(s, enrolment_id)
            self._require_version(s, e, expected_version, "enrolment", lambda: enrolment_record(e))
            when = on or dt.date.today()
            if when < e.joined_on:
                raise ValidationError(
                    _tr("must not be before the company joined ({0})").format(
                        format_date(e.joined_on)
                    ),
                    field="date",
                )
            e.status = status
            e.status_changed_on = None if status is EnrolmentStatus.ACTIVE else when
            e.status_reason = reason
            s.flush()
            return enrolment_record(e)

    # --- mentors ----------------------------------------------------------------------------

    def assign_mentor(
        self, enrolment_id: int, user_id: int, on: dt.date | None = None
    ) -> EnrolmentRecord:
        self._require_to(UseCase.MANAGE_ENROLMENTS)
        with self._write() as s:
            e = _load(s, enrolment_id)
            user = get_or_raise(s, User, user_id, "user")
            if user.role is not Role.MENTOR and user.role is not Role.COORDINATOR:
                raise ValidationError(
                    _tr("{0} is a {1}; only mentors and coordinators can be assigned").format(
                        user.display_name, role_noun(user.role)
                    ),
                    field="mentor",
                )
            if not user.active:
                raise ValidationError(
                    _tr("{0} is deactivated").format(user.display_name), field="mentor"
                )
            if any(a.user_id == user.id for a in e.mentor_assignments):
                return enrolment_record(e)
            e.mentor_assignments.append(
                MentorAssignment(mentor=user, assigned_on=on or dt.date.today())
            )
            s.flush()
            return enrolment_record(e)

    def unassign_mentor(self, enrolment_id: int, user_id: int) -> EnrolmentRecord:
        self._require_to(UseCase.MANAGE_ENROLMENTS)
        with self._write() as s:
            e = _load(s, enrolment_id)
            for a in list(e.mentor_assignments):
                if a.user_id == user_id:
                    s.delete(a)
            s.flush()
            s.expire(e, ["mentor_assignments"])
            return enrolment_record(e)

    # --- milestones -------------------------------------------------------------------------

    def milestones(self, enrolment_id: int) -> list[MilestoneRecord]:
        with self._read() as s:
            self._visible_enrolment(s, enrolment_id)
            rows = s.scalars(
                select(Milestone)
                .where(Milestone.enrolment_id == enrolment_id)
                .order_by(Milestone.position, Milestone.id)
            )
            return [milestone_record(m) for m in rows]

    def set_milestone_status(
        self,
        milestone_id: int,
        status: MilestoneStatus,
        *,
        completed_on: dt.date | None = None,
        evidence: str | None = None,
        blocked_reason: str | None = None,
        expected_version: int | None = None,
    ) -> MilestoneRecord:
        """Tick a milestone done (with its date and evidence), in progress, blocked (with the
        reason), not applicable, or back to not started."""
        status = MilestoneStatus(status)
        problems = Problems()
        evidence_text = (
            clean_text(problems, "evidence", evidence, max_length=20_000)
            if evidence is not None
            else None
        )
        reason = clean_text(problems, "blocked_reason", blocked_reason, max_length=5000)
        today = dt.date.today()
        if status is MilestoneStatus.DONE:
            completed_on = completed_on or today
            if completed_on > today:
                problems.add("completed_on", _tr("must not be in the future"))
        if status is MilestoneStatus.BLOCKED and not reason:
            problems.add("blocked_reason", _tr("say what blocks this milestone"))
        problems.raise_if_any()
        with self._write() as s:
            m = get_or_raise(s, Milestone, milestone_id, "milestone")
            self._require_enrolment_writer(s, m.enrolment_id)
            self._require_version(s, m, expected_version, "milestone", lambda: milestone_record(m))
            m.status = status
            m.completed_on = completed_on if status is MilestoneStatus.DONE else None
            if evidence_text is not None:
                m.evidence = evidence_text
            m.blocked_reason = reason if status is MilestoneStatus.BLOCKED else ""
            s.flush()
            return milestone_record(m)

    def add_milestone(
        self,
        enrolment_id: int,
        title: str,
        category: str,
        *,
        description: str = "",
        due_date: dt.date | None = None,
    ) -> MilestoneRecord:
        """A custom milestone, for this enrolment only."""
        problems = Problems()
        title = clean_text(problems, "title", title, max_length=200, required=True)
        category = clean_text(problems, "category", category, max_length=64, required=True)
        description = clean_text(problems, "description", description, max_length=5000)
        problems.raise_if_any()
        with self._write() as s:
            e = get_or_raise(s, Enrolment, enrolment_id, "enrolment")
            self._require_enrolment_writer(s, e.id)
            last = s.scalar(
                select(func.max(Milestone.position)).where(Milestone.enrolment_id == e.id)
            )
            m = Milestone(
                enrolment=e,
                position=(last if last is not None else -1) + 1,
                title=title,
                category=category,
                description=description,
                due_date=due_date,
            )
            s.add(m)
            s.flush()
            return milestone_record(m)

    def apply_template(self, programme_id: int) -> TemplateApplied:
        """Bring the checklists of active enrolments in unfinished cohorts up to date with the
        programme's template. Ticks, dates and evidence are kept; a retired item's milestone is
        removed only when nothing was ever recorded on it."""
        self._require_to(UseCase.MANAGE_ENROLMENTS)
        added = updated = removed = 0
        with self._write() as s:
            items = s.scalars(
                select(MilestoneTemplateItem).where(
                    MilestoneTemplateItem.programme_id == programme_id
                )
            ).all()
            live = [i for i in items if not i.retired]
            retired_ids = {i.id for i in items if i.retired}
            enrolments = s.scalars(
                select(Enrolment)
                .join(Enrolment.cohort)
                .where(*_following_template(programme_id))
                .options(selectinload(Enrolment.milestones))
            ).all()
            for e in enrolments:
                by_item = {m.template_item_id: m for m in e.milestones if m.template_item_id}
                custom_offset = len(live)
                for position, item in enumerate(sorted(live, key=lambda i: i.position)):
                    m = by_item.get(item.id)
                    due = _due(e.cohort, item)
                    if m is None:
                        e.milestones.append(_milestone_of(item, position, e.cohort))
                        added += 1
                        continue
                    # A milestone that only moved in the order is not "updated" to a reader.
                    before = (m.title, m.category, m.description, m.due_date)
                    m.position, m.title, m.category = position, item.title, item.category
                    m.description, m.due_date = item.description, due
                    if before != (m.title, m.category, m.description, m.due_date):
                        updated += 1
                kept_after = []
                for m in sorted(e.milestones, key=lambda m: m.position):
                    if m.template_item_id in retired_ids:
                        untouched = m.status is MilestoneStatus.NOT_STARTED and not m.evidence
                        if untouched:
                            s.delete(m)
                            removed += 1
                            continue
                    custom = m.template_item_id is None and m.template_item is None
                    if custom or m.template_item_id in retired_ids:
                        kept_after.append(m)
                # Custom and retired-but-recorded milestones follow the template's, in order.
                for offset, m in enumerate(kept_after):
                    m.position = custom_offset + offset
            s.flush()
        return TemplateApplied(len(enrolments), added, updated, removed)

    def _require_enrolment_writer(self, s: Session, enrolment_id: int) -> None:
        """Coordinators write any checklist; a mentor only those of enrolments assigned to them."""
        self._require_to(UseCase.UPDATE_MILESTONES)
        if self.actor.role is not Role.MENTOR or self._is_assigned(s, enrolment_id):
            return
        raise PermissionDeniedError(
            _tr("{0} is not assigned to this company and may not change it").format(
                self.actor.username
            )
        )


def _load(s: Session, enrolment_id: int) -> Enrolment:
    e = s.scalar(
        select(Enrolment)
        .where(Enrolment.id == enrolment_id)
        .options(
            selectinload(Enrolment.mentor_assignments).selectinload(MentorAssignment.mentor),
            selectinload(Enrolment.cohort).selectinload(Cohort.programme),
            selectinload(Enrolment.company),
        )
    )
    if e is None:
        return get_or_raise(s, Enrolment, enrolment_id, "enrolment")
    return e


def refuse_enrolling(company: Company) -> None:
    """Only a company is enrolled in a cohort; every kind of organisation may be a member of
    a cluster (the import asks too)."""
    if company.kind is not OrganisationKind.COMPANY:
        raise ValidationError(
            _tr(
                "{0} is registered as {1}, not as a company; only companies can be enrolled in "
                "a cohort."
            ).format(company.name, quoted(in_words(company.kind))),
            field="company",
        )


def _enrol(s: Session, cohort: Cohort, company: Company, joined_on: dt.date | None) -> Enrolment:
    """Add ``company`` to ``cohort`` with a checklist copied from the programme's template."""
    refuse_enrolling(company)
    # Companies usually join when the cohort starts; a late joiner gives the date.
    joined = joined_on or cohort.start_date
    already = s.scalar(
        select(Enrolment.id).where(
            Enrolment.cohort_id == cohort.id, Enrolment.company_id == company.id
        )
    )
    if already is not None:
        raise ValidationError(
            _tr("{0} is already enrolled in {1}").format(company.name, cohort.name),
            field="company",
        )
    enrolment = Enrolment(cohort=cohort, company=company, joined_on=joined)
    s.add(enrolment)
    for position, item in enumerate(active_template_items(s, cohort.programme_id)):
        enrolment.milestones.append(_milestone_of(item, position, cohort))
    s.flush()
    return enrolment
