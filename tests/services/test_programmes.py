from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from accelerator.domain.enums import CohortStatus, MilestoneStatus
from accelerator.errors import NotFoundError, ValidationError
from accelerator.services import Services
from accelerator.services.programmes import CohortInput, ProgrammeInput, TemplateItemInput
from tests.factories import Factory


def _count(services: Services, table: str) -> int:
    with services.db.read() as s:
        return int(s.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0)


def test_programme_uses_the_default_framework(services: Services) -> None:
    p = services.programmes.create_programme(ProgrammeInput("Ocean Tech", "Ocean cluster"))
    assert p.framework_name
    assert services.programmes.get_programme(p.id).name == "Ocean Tech"


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        (ProgrammeInput(""), "name", "required"),
        (ProgrammeInput("   "), "name", "required"),
        (ProgrammeInput("x" * 201), "name", "at most 200"),
        (ProgrammeInput("P", assessment_interval_weeks=0), "assessment_interval_weeks", "1 and 52"),
        (ProgrammeInput("P", framework_id=999), "framework", "does not exist"),
    ],
)
def test_bad_programme_input_is_refused(
    services: Services, data: ProgrammeInput, field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.programmes.create_programme(data)
    assert words in caught.value.problems[field]
    assert _count(services, "programmes") == 0


def test_programme_names_are_unique(services: Services, make: Factory) -> None:
    make.programme(name="Ocean Tech")
    with pytest.raises(ValidationError, match="already exists"):
        make.programme(name="Ocean Tech")


def test_archive_hides_a_programme_from_the_list(services: Services, make: Factory) -> None:
    p = make.programme(name="Old programme")
    services.programmes.set_archived(p.id, True)
    assert [x.name for x in services.programmes.list_programmes()] == []
    assert [x.name for x in services.programmes.list_programmes(include_archived=True)] == [
        "Old programme"
    ]


def test_cohort_ending_before_it_starts_is_refused(services: Services, make: Factory) -> None:
    p = make.programme()
    bad = CohortInput(p.id, "Spring", dt.date(2026, 6, 1), dt.date(2026, 1, 1))
    with pytest.raises(ValidationError) as caught:
        services.programmes.create_cohort(bad)
    assert "after the start date" in caught.value.problems["end_date"]
    assert _count(services, "cohorts") == 0


def test_the_database_refuses_a_cohort_ending_before_it_starts(services: Services) -> None:
    """The rule holds even for a write that skips the service."""
    p = services.programmes.create_programme(ProgrammeInput("P"))
    refused = "CHECK constraint failed|violates check constraint"
    with pytest.raises(Exception, match=refused), services.db.write() as s:
        s.execute(
            text(
                "INSERT INTO cohorts (programme_id, name, start_date, end_date, status, "
                "created_at) VALUES (:p, 'X', '2026-06-01', '2026-01-01', 'planned', "
                "'2026-01-01 00:00:00')"
            ),
            {"p": p.id},
        )


def test_cohort_names_are_unique_within_a_programme(services: Services, make: Factory) -> None:
    p = make.programme()
    make.cohort(p.id, name="Spring 2026")
    make.cohort(make.programme().id, name="Spring 2026")  # another programme may reuse it
    with pytest.raises(ValidationError, match="already has a cohort"):
        make.cohort(p.id, name="Spring 2026")


def test_update_cohort_status(services: Services, make: Factory) -> None:
    c = make.cohort()
    updated = services.programmes.update_cohort(
        c.id,
        CohortInput(c.programme_id, c.name, c.start_date, c.end_date, CohortStatus.RUNNING),
    )
    assert updated.status is CohortStatus.RUNNING


def test_unknown_records_are_named(services: Services) -> None:
    with pytest.raises(NotFoundError, match="programme 42 does not exist"):
        services.programmes.get_programme(42)


def test_template_keeps_order_and_retires_removed_items(services: Services, make: Factory) -> None:
    p = make.programme()
    first = services.programmes.set_template(
        p.id,
        [
            TemplateItemInput("Interviews", "customer", due_offset_weeks=2),
            TemplateItemInput("Pitch deck", "funding", due_offset_weeks=8),
            TemplateItemInput("IP search", "IP", due_offset_weeks=4),
        ],
    )
    reordered = [
        TemplateItemInput("IP search", "IP", due_offset_weeks=4, id=first[2].id),
        TemplateItemInput("Interviews (20)", "customer", due_offset_weeks=3, id=first[0].id),
    ]
    result = services.programmes.set_template(p.id, reordered)
    assert [(i.title, i.id) for i in result] == [
        ("IP search", first[2].id),
        ("Interviews (20)", first[0].id),
    ]
    assert [i.title for i in services.programmes.template(p.id)] == [
        "IP search",
        "Interviews (20)",
    ]


def test_template_item_problems_name_the_item(services: Services, make: Factory) -> None:
    p = make.programme()
    with pytest.raises(ValidationError) as caught:
        services.programmes.set_template(
            p.id,
            [
                TemplateItemInput("Fine", "customer"),
                TemplateItemInput("", "customer", due_offset_weeks=-1),
            ],
        )
    assert caught.value.problems == {
        "item 2 title": "is required",
        "item 2 due offset (weeks)": "must be between 0 and 520, not -1",
    }
    assert services.programmes.template(p.id) == []


def test_apply_template_keeps_ticks(services: Services, make: Factory) -> None:
    p = make.programme()
    make.template(p.id, "Interviews", "Pitch deck")
    cohort = make.cohort(p.id, start_date=dt.date(2026, 1, 5), end_date=dt.date(2026, 12, 1))
    e = make.enrolment(cohort.id)
    first = services.enrolments.milestones(e.id)[0]
    services.enrolments.set_milestone_status(
        first.id, MilestoneStatus.DONE, completed_on=dt.date(2026, 1, 20), evidence="20 calls"
    )
    custom = services.enrolments.add_milestone(e.id, "Visit the fish farm", "customer")
    items = services.programmes.template(p.id)
    services.programmes.set_template(
        p.id,
        [
            TemplateItemInput(
                "Interviews with buyers", "customer", due_offset_weeks=6, id=items[0].id
            ),
            TemplateItemInput("Board in place", "team", due_offset_weeks=10),
        ],
    )
    result = services.enrolments.apply_template(p.id)
    assert (result.enrolments, result.added, result.removed) == (1, 1, 1)
    after = services.enrolments.milestones(e.id)
    assert [(m.title, m.status) for m in after] == [
        ("Interviews with buyers", MilestoneStatus.DONE),
        ("Board in place", MilestoneStatus.NOT_STARTED),
        ("Visit the fish farm", MilestoneStatus.NOT_STARTED),
    ]
    assert after[0].evidence == "20 calls"
    assert after[0].completed_on == dt.date(2026, 1, 20)
    assert after[0].due_date == dt.date(2026, 2, 16)
    assert after[2].id == custom.id
