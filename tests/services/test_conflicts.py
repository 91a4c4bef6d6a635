"""Two people, one record: the second save of a record changed meanwhile is refused with
the record as it is now, and only an explicit overwrite replaces the other's change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

import pytest
from sqlalchemy import text

from accelerator.db.engine import Database
from accelerator.db.open import open_database
from accelerator.domain.enums import EnrolmentStatus, MilestoneStatus
from accelerator.errors import ConflictError
from accelerator.services import Services
from accelerator.services.assessments import AssessmentInput
from accelerator.services.companies import CompanyInput, ContactInput
from accelerator.services.programmes import CohortInput, ProgrammeInput
from tests.factories import DIMENSIONS, Factory


@pytest.fixture
def second_desktop(db: Database) -> Iterator[Services]:
    """Another copy of the program on the same database: its own engine and connections."""
    other = open_database(db.target)
    yield Services(other)
    other.dispose()


@dataclass(frozen=True)
class Edit:
    """Read a record, and save a change to it given the version it was read at."""

    read: Callable[[Services, dict[str, int]], Any]
    save: Callable[[Services, dict[str, int], str, int | None], Any]
    shown: Callable[[Any], str]  # the edited field, as the record shows it


def _world(make: Factory) -> dict[str, int]:
    p = make.programme()
    make.template(p.id, "Interviews")
    c = make.cohort(p.id)
    e = make.enrolment(c.id)
    company = make.services.companies.get_company(e.company_id)
    contact = make.services.companies.add_contact(company.id, ContactInput("Ada Berg"))
    mentor = make.user()
    make.services.enrolments.assign_mentor(e.id, mentor.id)
    a = make.assessment(e.id, assessor_id=mentor.id)
    milestone = make.services.enrolments.milestones(e.id)[0]
    return {"programme": p.id, "cohort": c.id, "enrolment": e.id, "company": company.id,
            "contact": contact.id, "assessment": a.id, "milestone": milestone.id}  # fmt: skip


def _company_input(s: Services, ids: dict[str, int], value: str) -> CompanyInput:
    c = s.companies.get_company(ids["company"])
    return CompanyInput(name=c.name, org_number=c.org_number, sector=value)


EDITS = {
    "company": Edit(
        lambda s, ids: s.companies.get_company(ids["company"]),
        lambda s, ids, v, version: s.companies.update_company(
            ids["company"], _company_input(s, ids, v), expected_version=version
        ),
        lambda r: r.sector,
    ),
    "contact": Edit(
        lambda s, ids: s.companies.get_company(ids["company"]).contacts[0],
        lambda s, ids, v, version: s.companies.update_contact(
            ids["contact"], ContactInput("Ada Berg", role=v), expected_version=version
        ),
        lambda r: r.role,
    ),
    "programme": Edit(
        lambda s, ids: s.programmes.get_programme(ids["programme"]),
        lambda s, ids, v, version: s.programmes.update_programme(
            ids["programme"],
            replace(_programme_input(s, ids), description=v),
            expected_version=version,
        ),
        lambda r: r.description,
    ),
    "cohort": Edit(
        lambda s, ids: s.programmes.get_cohort(ids["cohort"]),
        lambda s, ids, v, version: s.programmes.update_cohort(
            ids["cohort"],
            CohortInput(ids["programme"], v, dt.date(2026, 1, 5), dt.date(2026, 6, 26)),
            expected_version=version,
        ),
        lambda r: r.name,
    ),
    "enrolment": Edit(
        lambda s, ids: s.enrolments.get_enrolment(ids["enrolment"]),
        lambda s, ids, v, version: s.enrolments.set_status(
            ids["enrolment"],
            EnrolmentStatus.WITHDRAWN,
            on=dt.date(2026, 3, 1),
            reason=v,
            expected_version=version,
        ),  # fmt: skip
        lambda r: r.status_reason,
    ),
    "milestone": Edit(
        lambda s, ids: s.enrolments.milestones(ids["enrolment"])[0],
        lambda s, ids, v, version: s.enrolments.set_milestone_status(
            ids["milestone"],
            MilestoneStatus.DONE,
            completed_on=dt.date(2026, 2, 1),
            evidence=v,
            expected_version=version,
        ),  # fmt: skip
        lambda r: r.evidence,
    ),
    "assessment": Edit(
        lambda s, ids: s.assessments.get_assessment(ids["assessment"]),
        lambda s, ids, v, version: s.assessments.correct_assessment(
            ids["assessment"],
            AssessmentInput(
                ids["enrolment"],
                dict.fromkeys(DIMENSIONS, 3),
                notes=v,
                assessed_on=dt.date(2026, 2, 1),
            ),  # fmt: skip
            expected_version=version,
        ),
        lambda r: r.notes,
    ),
}


def _programme_input(s: Services, ids: dict[str, int]) -> ProgrammeInput:
    p = s.programmes.get_programme(ids["programme"])
    return ProgrammeInput(p.name, p.cluster, p.description, p.framework_id)


@pytest.mark.parametrize("kind", list(EDITS))
def test_the_second_save_is_refused_with_what_changed(
    kind: str, services: Services, second_desktop: Services, make: Factory
) -> None:
    ids = _world(make)
    edit = EDITS[kind]
    mine = edit.read(services, ids)
    theirs = edit.read(second_desktop, ids)
    assert mine.row_version == theirs.row_version

    saved = edit.save(second_desktop, ids, "Their change", theirs.row_version)
    assert saved.row_version == theirs.row_version + 1

    with pytest.raises(ConflictError) as conflict:
        edit.save(services, ids, "My change", mine.row_version)
    now = conflict.value.current
    assert edit.shown(now) == "Their change"
    assert now.row_version == saved.row_version
    assert edit.shown(edit.read(services, ids)) == "Their change"  # nothing overwritten

    # Overwrite, knowingly: with the version the conflict showed.
    mine_saved = edit.save(services, ids, "My change", now.row_version)
    assert edit.shown(edit.read(second_desktop, ids)) == "My change"
    assert mine_saved.row_version == now.row_version + 1


def test_the_conflict_names_who_saved_when_the_reader_may_know(
    services: Services, second_desktop: Services, make: Factory
) -> None:
    ids = _world(make)
    kari = make.user(username="kari", display_name="Kari", role="coordinator")
    as_kari = second_desktop.acting_as(
        second_desktop.actor.__class__(kari.id, kari.username, kari.role)
    )
    mine = services.companies.get_company(ids["company"])
    as_kari.companies.update_company(
        ids["company"], _company_input(as_kari, ids, "Aquaculture"), expected_version=None
    )
    with pytest.raises(ConflictError, match="Kari changed this company") as conflict:
        services.companies.update_company(
            ids["company"], _company_input(services, ids, "Subsea"),
            expected_version=mine.row_version,
        )  # fmt: skip
    assert conflict.value.changed_by == "Kari"
    assert isinstance(conflict.value.changed_at, dt.datetime)


def test_a_change_committed_between_reading_and_writing_is_caught_by_the_update(
    services: Services, make: Factory, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The version is also checked in the UPDATE itself (SQLAlchemy's version_id_col):
    a save that slips in after the service read the row still cannot be overwritten.
    (On SQLite the write lock taken at BEGIN keeps the other writer out instead.)"""
    if backend != "postgresql":
        pytest.skip("SQLite's BEGIN IMMEDIATE already serialises the two writers")
    ids = _world(make)
    other = open_database(services.db.target)
    from accelerator.services.companies import CompanyService

    real_apply = CompanyService._apply

    def apply_after_someone_else(self: CompanyService, s: Any, company: Any, data: Any) -> None:
        with other.engine.begin() as conn:
            conn.execute(
                text(
                    "UPDATE companies SET sector = 'Theirs', row_version = row_version + 1 "
                    "WHERE id = :id"
                ),  # fmt: skip
                {"id": ids["company"]},
            )
        real_apply(self, s, company, data)

    monkeypatch.setattr(CompanyService, "_apply", apply_after_someone_else)
    try:
        with pytest.raises(ConflictError, match="same moment"):
            services.companies.update_company(
                ids["company"], _company_input(services, ids, "Mine"), expected_version=None
            )
    finally:
        other.dispose()
    assert services.companies.get_company(ids["company"]).sector == "Theirs"


def test_a_correction_of_levels_alone_names_who_made_it(
    services: Services, second_desktop: Services, make: Factory
) -> None:
    """Levels and words are kept beside the assessment; their change still names its author."""
    ids = _world(make)
    kari = make.user(username="kari", display_name="Kari", role="coordinator")
    as_kari = second_desktop.acting_as(
        second_desktop.actor.__class__(kari.id, kari.username, kari.role)
    )
    mine = services.assessments.get_assessment(ids["assessment"])
    levels = {**dict.fromkeys(DIMENSIONS, 3), "ip": 4}
    as_kari.assessments.correct_assessment(
        ids["assessment"],
        AssessmentInput(
            ids["enrolment"], levels, {"ip": "Patent filed"}, assessed_on=dt.date(2026, 2, 1)
        ),  # fmt: skip
    )
    with pytest.raises(ConflictError) as conflict:
        EDITS["assessment"].save(services, ids, "Mine", mine.row_version)
    assert conflict.value.changed_by == "Kari"
    assert conflict.value.current.levels["ip"] == 4  # type: ignore[attr-defined]
