"""Logging, correcting and reading readiness assessments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TypeVarTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from accelerator.domain.enums import AssessmentKind, Role
from accelerator.domain.formatting import format_date
from accelerator.domain.readiness import AssessmentLevels
from accelerator.errors import PermissionDeniedError, ValidationError
from accelerator.i18n import in_context
from accelerator.models import (
    Assessment,
    AssessmentText,
    Dimension,
    Enrolment,
    Programme,
    Score,
    User,
)
from accelerator.models.base import utcnow
from accelerator.services.base import Service, get_or_raise
from accelerator.services.frameworks import shown
from accelerator.services.records import (
    AssessmentRecord,
    EnrolmentRecord,
    FrameworkRecord,
    ScoreRecord,
    snapshot,
)
from accelerator.services.use_cases import UseCase, role_allows
from accelerator.services.validation import Problems, clean_text

_tr = in_context("Assessments")


@dataclass(frozen=True)
class AssessmentInput:
    enrolment_id: int
    levels: Mapping[str, int]  # dimension key -> level 1..9
    reasons: Mapping[str, str] = field(default_factory=dict)  # dimension key -> why
    kind: AssessmentKind = AssessmentKind.PROGRESS
    assessed_on: dt.date | None = None  # today when None
    notes: str = ""
    next_steps: str = ""
    confidential: bool = False
    # Only for the command line and the demo, which act as the system: the assessor to record.
    assessor_id: int | None = None


@dataclass(frozen=True)
class AssessmentForm:
    """What a mentor needs to log an assessment of one enrolment."""

    enrolment: EnrolmentRecord
    framework: FrameworkRecord
    previous: AssessmentRecord | None
    suggested_kind: AssessmentKind

    @property
    def previous_levels(self) -> dict[str, int]:
        return self.previous.levels if self.previous else {}


def assessment_record(a: Assessment) -> AssessmentRecord:
    return snapshot(
        AssessmentRecord,
        a,
        assessor_name=a.assessor.display_name,
        scores=tuple(
            ScoreRecord(
                s.dimension_id, s.dimension.key, shown(s.dimension, "name"), s.level, s.reason
            )
            for s in sorted(a.scores, key=lambda s: s.dimension.position)
        ),
        corrected=a.updated_at is not None,
    )


Columns = TypeVarTuple("Columns")

#: An assessment's date, kind, assessor, notes, next steps and whether it is confidential,
#: as a report or an export reads many at once, joined by :func:`with_words`.
ASSESSMENT_WORDS = (
    Assessment.assessed_on,
    Assessment.kind,
    User.display_name,
    func.coalesce(AssessmentText.notes, ""),
    func.coalesce(AssessmentText.next_steps, ""),
    Assessment.confidential,
)


def with_words(query: Select[*Columns]) -> Select[*Columns]:
    """``query`` over assessments, joined to what :data:`ASSESSMENT_WORDS` reads. Words the
    reader may not see have no text row for them (a server hides it), and read as empty."""
    return query.join(User, User.id == Assessment.assessor_id).outerjoin(
        AssessmentText, AssessmentText.assessment_id == Assessment.id
    )


def as_levels(record: AssessmentRecord) -> AssessmentLevels:
    return AssessmentLevels(record.assessed_on, record.kind, record.levels)


class AssessmentService(Service):
    def log_assessment(self, data: AssessmentInput) -> AssessmentRecord:
        """Record a mentor's judgement of an enrolment: a level per dimension, a reason for
        each level that changed since the previous assessment, notes and next steps."""
        self._require_to(UseCase.LOG_ASSESSMENTS)
        with self._write() as s:
            enrolment = get_or_raise(s, Enrolment, data.enrolment_id, "enrolment")
            self._require_assigned(s, enrolment.id)
            assessor_id = self._assessor_id(s, data)
            programme = s.get(Programme, enrolment.cohort.programme_id)
            assert programme is not None
            dims = s.scalars(
                select(Dimension)
                .where(Dimension.framework_id == programme.framework_id)
                .order_by(Dimension.position)
            ).all()
            assessed_on = data.assessed_on or dt.date.today()
            previous = self._previous_levels(s, enrolment.id, assessed_on, exclude=None)
            values = _validate(data, dims, previous, enrolment, assessed_on)
            assessment = Assessment(
                enrolment=enrolment,
                assessor_id=assessor_id,
                framework_id=programme.framework_id,
                assessed_on=assessed_on,
                kind=AssessmentKind(data.kind),
                notes=values.notes,
                next_steps=values.next_steps,
                confidential=bool(data.confidential),
                scores=[
                    Score(dimension=d, level=data.levels[d.key], reason=values.reasons[d.key])
                    for d in dims
                ],
            )
            s.add(assessment)
            s.flush()
            return assessment_record(_load(s, assessment.id))

    def correct_assessment(
        self, assessment_id: int, data: AssessmentInput, *, expected_version: int | None = None
    ) -> AssessmentRecord:
        """Its author (or a coordinator) corrects an assessment. The old values stay in the
        audit trail; the assessment keeps the framework version it was made with."""
        self._require_to(UseCase.LOG_ASSESSMENTS)
        with self._write() as s:
            a = _load(s, assessment_id)
            anyone = role_allows(self.actor.role, UseCase.CORRECT_ANY_ASSESSMENT)
            if not anyone and a.assessor_id != self.actor.user_id:
                raise PermissionDeniedError(
                    _tr("only its author or a coordinator may correct this")
                )
            if data.enrolment_id != a.enrolment_id:
                raise ValidationError(_tr("an assessment cannot move to another enrolment"))
            self._require_version(
                s, a, expected_version, "assessment", lambda: self._visible(assessment_record(a))
            )
            dims = s.scalars(
                select(Dimension)
                .where(Dimension.framework_id == a.framework_id)
                .order_by(Dimension.position)
            ).all()
            assessed_on = data.assessed_on or a.assessed_on
            previous = self._previous_levels(s, a.enrolment_id, assessed_on, exclude=a.id)
            values = _validate(data, dims, previous, a.enrolment, assessed_on)
            a.assessed_on = assessed_on
            a.kind = AssessmentKind(data.kind)
            a.notes, a.next_steps = values.notes, values.next_steps
            a.confidential = bool(data.confidential)
            a.updated_at = utcnow()
            by_dim = {sc.dimension_id: sc for sc in a.scores}
            for d in dims:
                sc = by_dim.get(d.id)
                if sc is None:
                    a.scores.append(Score(dimension=d, level=data.levels[d.key]))
                    sc = a.scores[-1]
                sc.level = data.levels[d.key]
                sc.reason = values.reasons[d.key]
            s.flush()
            return assessment_record(a)

    def assessment_form(self, enrolment_id: int) -> AssessmentForm:
        """The framework to judge against, the previous levels to start from, and the kind
        of assessment this probably is (the first one is the baseline)."""
        from accelerator.services.enrolments import EnrolmentService
        from accelerator.services.frameworks import FrameworkService

        enrolment = EnrolmentService(self._db, self._actor).get_enrolment(enrolment_id)
        with self._read() as s:
            programme = s.get(Programme, enrolment.programme_id)
            assert programme is not None
            framework_id = programme.framework_id
        history = self.list_for_enrolment(enrolment_id)
        framework = FrameworkService(self._db, self._actor).get_framework(framework_id)
        previous = history[-1] if history else None
        kind = AssessmentKind.PROGRESS if history else AssessmentKind.BASELINE
        return AssessmentForm(enrolment, framework, previous, kind)

    def list_for_enrolment(self, enrolment_id: int) -> list[AssessmentRecord]:
        """Oldest first. Confidential notes are shown only to their author and coordinators."""
        with self._read() as s:
            self._visible_enrolment(s, enrolment_id)
            rows = s.scalars(
                select(Assessment)
                .where(Assessment.enrolment_id == enrolment_id)
                .order_by(Assessment.assessed_on, Assessment.id)
                .options(
                    selectinload(Assessment.scores).selectinload(Score.dimension),
                    selectinload(Assessment.assessor),
                )
            ).all()
            return [self._visible(assessment_record(a)) for a in rows]

    def get_assessment(self, assessment_id: int) -> AssessmentRecord:
        with self._read() as s:
            a = _load(s, assessment_id)
            self._require_cohort_visible(s, a.enrolment.cohort_id)
            return self._visible(assessment_record(a))

    def _visible(self, record: AssessmentRecord) -> AssessmentRecord:
        if not record.confidential or role_allows(self.actor.role, UseCase.READ_CONFIDENTIAL):
            return record
        if record.assessor_id == self.actor.user_id:
            return record
        return replace(record, notes="", next_steps="")

    def _assessor_id(self, s: Session, data: AssessmentInput) -> int:
        if self.actor.user_id is not None:
            return self.actor.user_id
        if data.assessor_id is None:
            raise ValidationError(_tr("say which mentor made this assessment"), field="assessor")
        user = get_or_raise(s, User, data.assessor_id, "user")
        if user.role is Role.VIEWER:
            raise ValidationError(
                _tr("{0} is a viewer").format(user.display_name), field="assessor"
            )
        return user.id

    def _require_assigned(self, s: Session, enrolment_id: int) -> None:
        if self.actor.role is not Role.MENTOR:
            return  # the roles that pass _require_to assess any company
        if not self._is_assigned(s, enrolment_id):
            raise PermissionDeniedError(
                _tr("{0} is not assigned to this company and may not assess it").format(
                    self.actor.username
                )
            )

    def _previous_levels(
        self, s: Session, enrolment_id: int, on: dt.date, exclude: int | None
    ) -> dict[str, int]:
        """The levels of the latest assessment on or before ``on``: a reason is needed
        wherever the new level differs."""
        query = (
            select(Assessment)
            .where(Assessment.enrolment_id == enrolment_id, Assessment.assessed_on <= on)
            .order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
            .limit(1)
            .options(selectinload(Assessment.scores).selectinload(Score.dimension))
        )
        if exclude is not None:
            query = query.where(Assessment.id != exclude)
        last = s.scalar(query)
        return {} if last is None else {sc.dimension.key: sc.level for sc in last.scores}


@dataclass(frozen=True)
class _Checked:
    reasons: dict[str, str]
    notes: str
    next_steps: str


def _validate(
    data: AssessmentInput,
    dimensions: Sequence[Dimension],
    previous: dict[str, int],
    enrolment: Enrolment,
    assessed_on: dt.date,
) -> _Checked:
    problems = Problems()
    keys = {d.key for d in dimensions}
    for key in data.levels:
        if key not in keys:
            problems.add(key, _tr("is not a dimension of this programme's framework"))
    reasons: dict[str, str] = {}
    for d in dimensions:
        level = data.levels.get(d.key)
        if level is None:
            problems.add(d.key, _tr("needs a level"), shown(d, "name"))
            continue
        if isinstance(level, bool) or not isinstance(level, int) or not 1 <= level <= 9:
            problems.add(
                d.key,
                _tr("the level must be 1 to 9, not {0}").format(repr(level)),
                shown(d, "name"),
            )
            continue
        reason = clean_text(problems, d.key, data.reasons.get(d.key, ""), max_length=5000)
        problems.labels.setdefault(d.key, shown(d, "name"))
        if d.key in previous and previous[d.key] != level and not reason:
            problems.add(
                d.key,
                _tr("changed from {0} to {1}: give a reason").format(previous[d.key], level),
                shown(d, "name"),
            )
        reasons[d.key] = reason
    if assessed_on > dt.date.today():
        problems.add("assessed_on", _tr("must not be in the future"))
    if assessed_on < enrolment.joined_on:
        problems.add(
            "assessed_on",
            _tr("must not be before the company joined the cohort ({0})").format(
                format_date(enrolment.joined_on)
            ),
        )
    notes = clean_text(problems, "notes", data.notes, max_length=100_000)
    next_steps = clean_text(problems, "next_steps", data.next_steps, max_length=20_000)
    problems.raise_if_any()
    return _Checked(reasons, notes, next_steps)


def _load(s: Session, assessment_id: int) -> Assessment:
    a = s.scalar(
        select(Assessment)
        .where(Assessment.id == assessment_id)
        .options(
            selectinload(Assessment.scores).selectinload(Score.dimension),
            selectinload(Assessment.assessor),
            selectinload(Assessment.enrolment).selectinload(Enrolment.cohort),
        )
    )
    if a is None:
        return get_or_raise(s, Assessment, assessment_id, "assessment")
    return a
