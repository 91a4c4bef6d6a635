"""Member figures through the services, on SQLite and on PostgreSQL: values set, changed
and removed in one transaction with their audit rows; implausible values refused with a
reason naming the figure, and nothing written; a value changed meanwhile a conflict; the
cluster's own figures added, renamed, retired; who may write and read. And the reading of
typed numbers in both languages, shared by the window and the forms."""

from __future__ import annotations

import datetime as dt

import pytest

from accelerator.domain.enums import AuditAction, KpiMetric, KpiSource, KpiUnit, Role, in_words
from accelerator.domain.figures import (
    Context,
    NumberParseError,
    cell_figure,
    implausible,
    parse_figure,
)
from accelerator.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from accelerator.i18n import speaking
from accelerator.services import Services
from accelerator.services.audit_log import AuditFilter
from accelerator.services.base import Actor
from tests.factories import Factory


@pytest.fixture
def org(make: Factory) -> int:
    return make.company(name="Fjordlaks AS").id


def _values(services: Services, organisation_id: int) -> dict[tuple[int, str], float]:
    return {(v.year, v.key): v.value for v in services.figures.of_organisation(organisation_id)}


def _audit(services: Services) -> list[tuple[AuditAction, dict[str, list[object]]]]:
    entries = services.audit.entries(AuditFilter(table_name="kpi_values"))
    return [(e.action, e.changes) for e in reversed(entries)]


# --- the fields -------------------------------------------------------------------------


def test_the_standard_figures_come_first_in_their_order_then_the_clusters_own(
    services: Services,
) -> None:
    salmon = services.figures.add_field("Tonnes of salmon", KpiUnit.DECIMAL)
    visits = services.figures.add_field("Visits abroad", KpiUnit.COUNT)
    keys = [f.key for f in services.figures.fields()]
    assert keys == [m.value for m in KpiMetric] + [f"custom:{salmon.id}", f"custom:{visits.id}"]
    fte = services.figures.field("fte")
    assert (fte.name, fte.unit, fte.metric) == (
        "Full-time equivalents",
        KpiUnit.DECIMAL,
        KpiMetric.FTE,
    )
    with speaking("nb"):  # the words of the language spoken
        assert services.figures.field("revenue").name == in_words(KpiMetric.REVENUE)


def test_a_retired_field_is_offered_no_more_and_keeps_its_values(
    services: Services, org: int
) -> None:
    salmon = services.figures.add_field("Tonnes of salmon", KpiUnit.DECIMAL)
    services.figures.record(org, 2025, {salmon.key: 1200.5})
    retired = services.figures.retire_field(salmon.id, expected_version=salmon.row_version)
    assert not retired.active and retired.uses == 1
    assert salmon.key not in [f.key for f in services.figures.fields()]
    assert salmon.key in [f.key for f in services.figures.fields(include_retired=True)]
    assert _values(services, org) == {(2025, salmon.key): 1200.5}
    with pytest.raises(ValidationError, match="retire it instead"):
        services.figures.remove_field(salmon.id)
    restored = services.figures.restore_field(salmon.id)
    assert restored.active


def test_a_field_is_renamed_and_a_name_taken_is_refused(services: Services) -> None:
    salmon = services.figures.add_field("Tonnes of salmon", KpiUnit.DECIMAL)
    with pytest.raises(ValidationError, match="already"):
        services.figures.add_field("  tonnes of  SALMON ", KpiUnit.DECIMAL)
    with pytest.raises(ValidationError, match="already"):
        services.figures.add_field("Revenue", KpiUnit.AMOUNT)
    with pytest.raises(ValidationError, match="required"):
        services.figures.add_field("  ", KpiUnit.AMOUNT)
    renamed = services.figures.rename_field(
        salmon.id, "Tonnes of fish", expected_version=salmon.row_version
    )
    assert renamed.name == "Tonnes of fish"
    with pytest.raises(ConflictError):
        services.figures.rename_field(salmon.id, "Stale", expected_version=salmon.row_version)
    assert [f.name for f in services.figures.custom_fields()] == ["Tonnes of fish"]


def test_an_unused_field_is_removed(services: Services) -> None:
    salmon = services.figures.add_field("Tonnes of salmon", KpiUnit.DECIMAL)
    services.figures.remove_field(salmon.id)
    assert services.figures.custom_fields() == []
    with pytest.raises(NotFoundError):
        services.figures.remove_field(salmon.id)


# --- recording ---------------------------------------------------------------------------


def test_values_are_set_changed_and_removed_with_audit_rows(services: Services, org: int) -> None:
    services.figures.record(org, 2025, {"revenue": 12_500_000, "fte": 14.5})
    services.figures.record(org, 2025, {"revenue": 13_000_000, "fte": None})
    assert _values(services, org) == {(2025, "revenue"): 13_000_000}
    trail = _audit(services)
    assert [a for a, _ in trail] == [
        AuditAction.CREATE,
        AuditAction.CREATE,
        AuditAction.UPDATE,
        AuditAction.DELETE,
    ]
    assert trail[2][1]["value"] == [12_500_000, 13_000_000]


def test_a_value_unchanged_is_left_as_it_was(services: Services, org: int) -> None:
    first = services.figures.record(org, 2025, {"revenue": 100_000}, source=KpiSource.IMPORTED)
    again = services.figures.record(org, 2025, {"revenue": 100_000})
    assert again == first  # the same version, source and time
    assert len(_audit(services)) == 1


def test_missing_is_no_row_never_zero(services: Services, org: int) -> None:
    services.figures.record(org, 2025, {"patents_filed": 0})
    values = services.figures.of_organisation(org)
    assert [(v.key, v.value) for v in values] == [("patents_filed", 0.0)]


def test_each_value_says_where_it_came_from_when_and_who(
    services: Services, make: Factory, org: int
) -> None:
    coordinator = make.user(username="kari", display_name="Kari Nordmann", role=Role.COORDINATOR)
    as_kari = services.acting_as(Actor(coordinator.id, coordinator.username, coordinator.role))
    before = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=5)
    (value,) = as_kari.figures.record(org, 2025, {"fte": 3}, source=KpiSource.IMPORTED)
    assert value.source is KpiSource.IMPORTED
    assert value.recorded_by == "Kari Nordmann"
    assert value.recorded_at >= before
    (quarter,) = services.figures.record(org, 2025, {"fte": 2.5}, quarter=2)
    assert (quarter.quarter, quarter.recorded_by) == (2, "")
    assert [v.value for v in services.figures.of_year(2025)] == [3]
    assert [v.value for v in services.figures.of_year(2025, quarter=2)] == [2.5]


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"revenue": -1}, "Revenue: cannot be negative"),
        ({"patents_filed": 1.5}, "Patents filed: must be a whole number"),
        ({"products_launched": -2}, "New products or services: cannot be negative"),
        ({"fte": -0.5}, "Full-time equivalents: cannot be negative"),
        ({"equity_raised": 2e12}, "Equity raised: .*implausibly large"),
        ({"fte": 1001}, "Full-time equivalents: 1,001 is more than 100 times last year's 10"),
        ({"revenue": 1_000_000, "export_revenue": 2_000_000}, "more than the revenue"),
        ({"no_such": 1}, "not a member figure"),
        ({"custom:999": 1}, "not a member figure"),
    ],
)
def test_implausible_values_are_refused_naming_the_figure_and_nothing_is_written(
    services: Services, org: int, values: dict[str, float], message: str
) -> None:
    services.figures.record(org, 2024, {"fte": 10})
    before = _values(services, org)
    with pytest.raises(ValidationError, match=message):
        services.figures.record(org, 2025, {"rnd_spend": 50_000, **values})
    assert _values(services, org) == before


def test_every_problem_is_said_at_once(services: Services, org: int) -> None:
    with pytest.raises(ValidationError) as raised:
        services.figures.record(org, 2025, {"revenue": -1, "patents_filed": 0.5})
    assert set(raised.value.problems) == {"revenue", "patents_filed"}


def test_fte_from_none_to_thousands_is_implausible_and_to_a_few_is_not(
    services: Services, org: int
) -> None:
    services.figures.record(org, 2024, {"fte": 0})
    with pytest.raises(ValidationError, match="after none last year"):
        services.figures.record(org, 2025, {"fte": 1500})
    services.figures.record(org, 2025, {"fte": 4})
    assert _values(services, org)[(2025, "fte")] == 4


def test_amounts_are_kept_to_the_whole_krone(services: Services, org: int) -> None:
    (value,) = services.figures.record(org, 2025, {"revenue": 1234.6})
    assert value.value == 1235


def test_a_year_or_quarter_out_of_range_is_refused(services: Services, org: int) -> None:
    with pytest.raises(ValidationError, match="Year"):
        services.figures.record(org, 1800, {"revenue": 1})
    with pytest.raises(ValidationError, match="Quarter"):
        services.figures.record(org, 2025, {"revenue": 1}, quarter=5)
    with pytest.raises(NotFoundError):
        services.figures.record(9999, 2025, {"revenue": 1})


def test_a_value_changed_meanwhile_is_a_conflict_and_nothing_is_written(
    services: Services, org: int
) -> None:
    (read,) = services.figures.record(org, 2025, {"revenue": 100})
    services.figures.record(org, 2025, {"revenue": 200})  # someone else, meanwhile
    with pytest.raises(ConflictError):
        services.figures.record(
            org,
            2025,
            {"revenue": 300, "fte": 2},
            expected_versions={"revenue": read.row_version, "fte": 0},
        )
    assert _values(services, org) == {(2025, "revenue"): 200}
    # Missing when the form was read, set meanwhile: a conflict too.
    services.figures.record(org, 2025, {"fte": 3})
    with pytest.raises(ConflictError, match="Full-time equivalents"):
        services.figures.record(org, 2025, {"fte": 4}, expected_versions={"fte": 0})
    # Removed meanwhile.
    (fte,) = [v for v in services.figures.of_organisation(org) if v.key == "fte"]
    services.figures.record(org, 2025, {"fte": None})
    with pytest.raises(ConflictError):
        services.figures.record(org, 2025, {"fte": 5}, expected_versions={"fte": fte.row_version})
    assert (2025, "fte") not in _values(services, org)


# --- who ----------------------------------------------------------------------------------


def test_only_a_coordinator_records_figures_and_fields(
    services: Services, make: Factory, org: int
) -> None:
    for role in (Role.VIEWER, Role.MENTOR):
        user = make.user(role=role)
        other = services.acting_as(Actor(user.id, user.username, role))
        with pytest.raises(PermissionDeniedError):
            other.figures.record(org, 2025, {"revenue": 1})
        with pytest.raises(PermissionDeniedError):
            other.figures.add_field("Mine", KpiUnit.COUNT)
    assert services.figures.of_organisation(org) == []
    assert services.figures.custom_fields() == []


def test_a_mentor_reads_the_figures_of_their_companies_only(
    services: Services, make: Factory
) -> None:
    mentor = make.user(role=Role.MENTOR)
    enrolment = make.enrolment()
    services.enrolments.assign_mentor(enrolment.id, mentor.id)
    elsewhere = make.company()
    services.figures.record(enrolment.company_id, 2025, {"revenue": 10})
    services.figures.record(elsewhere.id, 2025, {"revenue": 20})
    as_mentor = services.acting_as(Actor(mentor.id, mentor.username, Role.MENTOR))
    assert [v.value for v in as_mentor.figures.of_organisation(enrolment.company_id)] == [10]
    assert [v.value for v in as_mentor.figures.of_year(2025)] == [10]
    with pytest.raises(PermissionDeniedError):
        as_mentor.figures.of_organisation(elsewhere.id)
    viewer = make.user(role=Role.VIEWER)
    as_viewer = services.acting_as(Actor(viewer.id, viewer.username, Role.VIEWER))
    assert sorted(v.value for v in as_viewer.figures.of_year(2025)) == [10, 20]


# --- typed numbers (no database) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        ("nb", "1 234 567", 1234567),
        ("nb", "1\u00a0234\u00a0567", 1234567),
        ("nb", "1234567,5", 1234567.5),
        ("nb", "12,5", 12.5),
        ("nb", "12 500 kr", 12500),
        ("nb", "kr 12 500,-", 12500),
        ("nb", "−3", -3),
        ("en", "1,234,567.5", 1234567.5),
        ("en", "1234567.5", 1234567.5),
        ("en", "12.5", 12.5),
        ("en", "NOK 12,500", 12500),
    ],
)
def test_typed_numbers_are_read_as_the_language_writes_them(
    language: str, text: str, number: float
) -> None:
    assert parse_figure(text, language) == number


@pytest.mark.parametrize(
    ("language", "text"),
    [("nb", "1.5"), ("en", "12,5"), ("nb", "abc"), ("en", "1,23"), ("nb", ""), ("en", "1 2")],
)
def test_an_ambiguous_or_wrong_number_is_refused_with_how_to_type_it(
    language: str, text: str
) -> None:
    with pytest.raises(NumberParseError):
        parse_figure(text, language)


def test_the_language_spoken_reads_a_number_when_none_is_given() -> None:
    with speaking("nb"):
        assert parse_figure("12,5") == 12.5
    with speaking("en"), pytest.raises(NumberParseError, match="1,234.5"):
        parse_figure("12,5")


def test_a_cell_is_read_as_a_number_a_text_or_nothing() -> None:
    assert cell_figure(None) is None
    assert cell_figure("   ") is None
    assert cell_figure(12) == 12.0
    assert cell_figure(2.5) == 2.5
    assert cell_figure("1 234,5", "nb") == 1234.5
    for bad in (True, dt.date(2026, 1, 1), float("nan"), "twelve"):
        with pytest.raises(NumberParseError):
            cell_figure(bad, "en")


def test_the_plausibility_rules_say_why() -> None:
    assert implausible(5, KpiUnit.AMOUNT, KpiMetric.REVENUE) is None
    assert implausible(0, KpiUnit.COUNT, KpiMetric.PATENTS_FILED) is None
    fte = KpiMetric.FTE
    assert implausible(1000, KpiUnit.DECIMAL, fte, Context(last_year=10)) is None
    assert "100 times" in (implausible(1000.5, KpiUnit.DECIMAL, fte, Context(last_year=10)) or "")
    assert implausible(10**12, KpiUnit.AMOUNT, KpiMetric.REVENUE) is None
    assert "implausibly large" in (implausible(10**12 + 1, KpiUnit.AMOUNT) or "")
    # A cluster's own number is never held to last year's.
    assert implausible(5000, KpiUnit.DECIMAL, None, Context(last_year=1)) is None
    # Revenue may grow a hundredfold: a start-up's first sales.
    assert implausible(1e8, KpiUnit.AMOUNT, KpiMetric.REVENUE, Context(last_year=1e5)) is None
