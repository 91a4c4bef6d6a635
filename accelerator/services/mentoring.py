"""The mentor's view: the enrolments assigned to them and which are due for an assessment."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from accelerator.domain.enums import CohortStatus, EnrolmentStatus, Role
from accelerator.i18n import in_context
from accelerator.models import (
    Assessment,
    Cohort,
    Company,
    Dimension,
    Enrolment,
    MentorAssignment,
    Programme,
    Score,
)
from accelerator.services.base import Service
from accelerator.services.frameworks import shown_column

_tr = in_context("Mentoring")


@dataclass(frozen=True)
class MentoredEnrolment:
    enrolment_id: int
    company_id: int
    company_name: str
    cohort_name: str
    programme_name: str
    levels: dict[str, int]  # dimension key -> latest level
    dimension_names: dict[str, str]
    last_assessed: dt.date | None
    interval_weeks: int
    due: bool

    @property
    def due_text(self) -> str:
        if self.last_assessed is None:
            return _tr("Due: no assessment yet")
        return _tr("Due") if self.due else ""


class MentoringService(Service):
    def my_enrolments(
        self, user_id: int | None = None, *, today: dt.date | None = None
    ) -> list[MentoredEnrolment]:
        """Active enrolments in unfinished cohorts assigned to ``user_id`` (default: the acting
        user), with their latest levels; "due" when the last assessment is older than the
        programme's interval, or there is none."""
        today = today or dt.date.today()
        user_id = user_id if user_id is not None else self.actor.user_id
        if user_id is None:
            return []
        if self.actor.role is Role.MENTOR and user_id != self.actor.user_id:
            self._require(Role.COORDINATOR, Role.VIEWER)  # a mentor sees only their own list
        with self._read() as s:
            rows = s.execute(
                select(
                    Enrolment.id,
                    Company.id,
                    Company.name,
                    Cohort.name,
                    Programme.name,
                    Programme.assessment_interval_weeks,
                    Programme.framework_id,
                )
                .join(MentorAssignment, MentorAssignment.enrolment_id == Enrolment.id)
                .join(Company, Company.id == Enrolment.company_id)
                .join(Cohort, Cohort.id == Enrolment.cohort_id)
                .join(Programme, Programme.id == Cohort.programme_id)
                .where(
                    MentorAssignment.user_id == user_id,
                    Enrolment.status == EnrolmentStatus.ACTIVE,
                    Cohort.status != CohortStatus.FINISHED,
                )
                .order_by(Company.name)
            ).all()
            ids = [r[0] for r in rows]
            last = dict(
                s.execute(
                    select(Assessment.enrolment_id, func.max(Assessment.assessed_on))
                    .where(Assessment.enrolment_id.in_(ids))
                    .group_by(Assessment.enrolment_id)
                ).all()
            )
            levels: dict[int, dict[str, int]] = defaultdict(dict)
            for eid, key, level, on in s.execute(
                select(Assessment.enrolment_id, Dimension.key, Score.level, Assessment.assessed_on)
                .join(Score, Score.assessment_id == Assessment.id)
                .join(Dimension, Dimension.id == Score.dimension_id)
                .where(Assessment.enrolment_id.in_(ids))
                .order_by(Assessment.assessed_on, Assessment.id)
            ):
                if on == last.get(eid):
                    levels[eid][key] = level
            names: dict[int, dict[str, str]] = defaultdict(dict)
            framework_ids = {r[6] for r in rows}
            for fid, key, name in s.execute(
                select(Dimension.framework_id, Dimension.key, shown_column(Dimension.name))
                .where(Dimension.framework_id.in_(framework_ids))
                .order_by(Dimension.position)
            ):
                names[fid][key] = name
        result = []
        for eid, cid, cname, cohort, programme, interval, fid in rows:
            last_on = last.get(eid)
            due = last_on is None or (today - last_on).days > interval * 7
            result.append(
                MentoredEnrolment(
                    enrolment_id=eid,
                    company_id=cid,
                    company_name=cname,
                    cohort_name=cohort,
                    programme_name=programme,
                    levels=dict(levels.get(eid, {})),
                    dimension_names=dict(names.get(fid, {})),
                    last_assessed=last_on,
                    interval_weeks=interval,
                    due=due,
                )
            )
        return result
