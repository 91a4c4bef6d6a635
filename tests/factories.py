"""Factories that make one valid record each through the services, with overridable fields."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from accelerator.domain.enums import AssessmentKind, Role
from accelerator.services import Services
from accelerator.services.assessments import AssessmentInput
from accelerator.services.companies import CompanyInput
from accelerator.services.programmes import CohortInput, ProgrammeInput, TemplateItemInput
from accelerator.services.records import (
    AssessmentRecord,
    CohortRecord,
    CompanyRecord,
    EnrolmentRecord,
    ProgrammeRecord,
    UserRecord,
)
from accelerator.services.users import UserInput

ORG_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)
DIMENSIONS = ("customer", "technology", "business_model", "ip", "team", "funding")


def org_number(n: int) -> str:
    """The n-th valid Norwegian organisation number from 910000000 on (mod-11 check)."""
    for base in itertools.count(91_000_000 + n * 11):
        digits = [int(c) for c in str(base)]
        remainder = sum(d * w for d, w in zip(digits, ORG_WEIGHTS, strict=True)) % 11
        check = (11 - remainder) % 11
        if check != 10:
            return f"{base}{check}"
    raise AssertionError("unreachable")


class Factory:
    def __init__(self, services: Services) -> None:
        self.services = services
        self._seq = itertools.count(1)

    def _n(self) -> int:
        return next(self._seq)

    def programme(self, **overrides: Any) -> ProgrammeRecord:
        values: dict[str, Any] = {"name": f"Programme {self._n()}", "cluster": "Ocean cluster"}
        values.update(overrides)
        return self.services.programmes.create_programme(ProgrammeInput(**values))

    def template(self, programme_id: int, *titles: str) -> None:
        items = [
            TemplateItemInput(title, "customer", due_offset_weeks=2 * (i + 1))
            for i, title in enumerate(titles or ("Ten customer interviews", "Pitch deck"))
        ]
        self.services.programmes.set_template(programme_id, items)

    def cohort(self, programme_id: int | None = None, **overrides: Any) -> CohortRecord:
        if programme_id is None:
            programme_id = self.programme().id
        values: dict[str, Any] = {
            "programme_id": programme_id,
            "name": f"Cohort {self._n()}",
            "start_date": dt.date(2026, 1, 5),
            "end_date": dt.date(2026, 6, 26),
        }
        values.update(overrides)
        return self.services.programmes.create_cohort(CohortInput(**values))

    def company(self, **overrides: Any) -> CompanyRecord:
        n = self._n()
        values: dict[str, Any] = {"name": f"Company {n} AS", "org_number": org_number(n)}
        values.update(overrides)
        return self.services.companies.create_company(CompanyInput(**values))

    def user(self, **overrides: Any) -> UserRecord:
        n = self._n()
        values: dict[str, Any] = {
            "username": f"mentor{n}",
            "display_name": f"Mentor {n}",
            "role": Role.MENTOR,
        }
        values.update(overrides)
        return self.services.users.create_user(UserInput(**values))

    def enrolment(self, cohort_id: int | None = None, **overrides: Any) -> EnrolmentRecord:
        if cohort_id is None:
            cohort_id = self.cohort().id
        company_id = overrides.pop("company_id", None) or self.company().id
        return self.services.enrolments.enrol(cohort_id, company_id, **overrides)

    def assessment(self, enrolment_id: int, **overrides: Any) -> AssessmentRecord:
        levels = overrides.pop("levels", None) or dict.fromkeys(DIMENSIONS, 3)
        assessor_id = overrides.pop("assessor_id", None) or self.user().id
        values: dict[str, Any] = {
            "enrolment_id": enrolment_id,
            "levels": levels,
            "kind": AssessmentKind.PROGRESS,
            "assessed_on": dt.date(2026, 2, 1),
            "assessor_id": assessor_id,
        }
        values.update(overrides)
        return self.services.assessments.log_assessment(AssessmentInput(**values))
