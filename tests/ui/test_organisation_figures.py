"""An organisation's member figures on its page, as a person reads them: a row per figure
and a column per year, the latest first; kroner grouped by thousands and full-time
equivalents with one decimal, in English and in bokmål; a figure not reported is an en
dash saying so, never 0; each value says who entered it and when, or that it came from a
collection form; the baseline year of a company in a cohort is marked; a change to the
figures shows at once. A coordinator is offered Enter figures…, a viewer is not."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import KpiSource, KpiUnit, Role
from accelerator.services import Services
from accelerator.services.records import CompanyRecord
from accelerator.services.users import UserInput, actor_of
from accelerator.ui import translator
from accelerator.ui.context import AppContext
from accelerator.ui.kit import format_date
from accelerator.ui.operations import ChangeBus
from accelerator.ui.widgets.organisation_figures import MISSING, OrganisationFigures
from tests.factories import Factory
from tests.languages import kept_language
from tests.ui.helpers import NoNavigation

__all__ = ["kept_language"]


@pytest.fixture(autouse=True)
def c_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


@pytest.fixture
def coordinator(services: Services) -> Services:
    kari = services.users.create_user(
        UserInput("kari", "Kari Nordmann", Role.COORDINATOR, password="kari-secret-1")
    )
    return services.acting_as(actor_of(kari))


@pytest.fixture
def organisation(make: Factory) -> CompanyRecord:
    return make.company(name="Havbølge AS")


@pytest.fixture
def open_section(
    qtbot: QtBot, coordinator: Services, organisation: CompanyRecord
) -> Callable[..., OrganisationFigures]:
    def open_section(
        acting: Services | None = None, bus: ChangeBus | None = None
    ) -> OrganisationFigures:
        context = AppContext(acting or coordinator, bus or ChangeBus(), NoNavigation())
        section = OrganisationFigures(context)
        qtbot.addWidget(section)
        section.resize(640, 600)
        section.show()
        qtbot.waitExposed(section)
        section.set_organisation(organisation)
        return section

    return open_section


def headers(section: OrganisationFigures) -> list[str]:
    model = section.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def row_of(section: OrganisationFigures, name: str) -> list[str]:
    model = section.model
    for r in range(model.rowCount()):
        if model.index(r, 0).data() == name:
            return [model.index(r, c).data() for c in range(model.columnCount())]
    raise AssertionError(
        f"no row {name!r} in {[model.index(r, 0).data() for r in range(model.rowCount())]}"
    )


def tooltip(section: OrganisationFigures, name: str, year: int) -> str:
    model = section.model
    column = headers(section).index(str(year))
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    return str(model.index(row, column).data(Qt.ItemDataRole.ToolTipRole))


def test_the_figures_are_shown_by_year_latest_first_with_missing_ones_dashed(
    open_section: Callable[..., OrganisationFigures],
    coordinator: Services,
    organisation: CompanyRecord,
) -> None:
    figures = coordinator.figures
    figures.record(organisation.id, 2024, {"revenue": 9_750_000, "fte": 8})
    figures.record(organisation.id, 2025, {"revenue": 12_400_000, "fte": 11.5, "patents_filed": 0})
    section = open_section()

    assert headers(section) == ["Figure", "2025", "2024"]
    assert row_of(section, "Revenue (kr)") == ["Revenue (kr)", "12,400,000", "9,750,000"]
    assert row_of(section, "Full-time equivalents (FTE)")[1:] == ["11.5", "8.0"]
    # Zero patents reported is 0; export revenue never reported is a dash, not 0.
    assert row_of(section, "Patents filed")[1:] == ["0", MISSING]
    assert row_of(section, "Export revenue (kr)")[1:] == [MISSING, MISSING]
    assert tooltip(section, "Export revenue (kr)", 2025) == "Not reported"
    today = format_date(dt.date.today())
    assert tooltip(section, "Revenue (kr)", 2025) == f"Entered by Kari Nordmann on {today}"
    assert section.view.isVisible() and not section.empty_label.isVisible()


def test_a_value_from_a_form_says_so_and_a_cluster_s_own_figure_has_its_row(
    open_section: Callable[..., OrganisationFigures],
    coordinator: Services,
    organisation: CompanyRecord,
) -> None:
    figures = coordinator.figures
    tonnes = figures.add_field("Tonnes of fish processed", KpiUnit.DECIMAL)
    figures.record(organisation.id, 2025, {tonnes.key: 1234.5})
    figures.record(organisation.id, 2025, {"revenue": 5_000_000}, source=KpiSource.FORM)
    section = open_section()

    assert row_of(section, "Tonnes of fish processed")[1:] == ["1,234.5"]
    today = format_date(dt.date.today())
    assert tooltip(section, "Revenue (kr)", 2025) == f"From a collection form on {today}"


def test_no_figures_says_so_and_how_they_come(
    open_section: Callable[..., OrganisationFigures],
) -> None:
    section = open_section()
    assert not section.view.isVisible()
    assert section.empty_label.isVisible()
    assert "No figures reported yet" in section.empty_label.text()
    assert section.enter_button.isVisible() and section.enter_button.isEnabled()


def test_the_baseline_year_of_an_enrolled_company_is_marked_even_when_missing(
    open_section: Callable[..., OrganisationFigures],
    coordinator: Services,
    make: Factory,
    organisation: CompanyRecord,
) -> None:
    cohort = make.cohort(
        name="Spring 2025", start_date=dt.date(2025, 2, 3), end_date=dt.date(2025, 8, 29)
    )
    make.enrolment(cohort.id, company_id=organisation.id, joined_on=dt.date(2025, 2, 3))
    coordinator.figures.record(organisation.id, 2025, {"revenue": 3_000_000})
    section = open_section()

    assert headers(section) == ["Figure", "2025", "2024"]
    assert row_of(section, "Revenue (kr)")[1:] == ["3,000,000", MISSING]
    column = headers(section).index("2024")
    marked = section.model.headerData(
        column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert "Spring 2025" in marked and "Baseline" in marked
    assert (
        section.model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
    )
    assert section.baseline_label.isVisible()
    assert section.baseline_label.text() == "Baseline 2024: the year before it joined Spring 2025"


def test_at_most_five_years_are_shown(
    open_section: Callable[..., OrganisationFigures],
    coordinator: Services,
    organisation: CompanyRecord,
) -> None:
    for year in range(2018, 2026):
        coordinator.figures.record(organisation.id, year, {"revenue": 1_000_000 + year})
    section = open_section()
    assert headers(section) == ["Figure", "2025", "2024", "2023", "2022", "2021"]


def test_a_change_to_the_figures_shows_at_once(
    open_section: Callable[..., OrganisationFigures],
    coordinator: Services,
    organisation: CompanyRecord,
) -> None:
    bus = ChangeBus()
    section = open_section(bus=bus)
    context = AppContext(coordinator, bus, NoNavigation())
    figures = coordinator.figures
    context.write(section, lambda: figures.record(organisation.id, 2025, {"revenue": 7_000_000}))
    assert row_of(section, "Revenue (kr)")[1:] == ["7,000,000"]
    context.write(section, lambda: figures.record(organisation.id, 2025, {"revenue": None}))
    assert not section.view.isVisible()


@pytest.mark.usefixtures("kept_language")
def test_bokmal_writes_the_numbers_its_own_way(
    open_section: Callable[..., OrganisationFigures],
    coordinator: Services,
    organisation: CompanyRecord,
) -> None:
    coordinator.figures.record(organisation.id, 2025, {"revenue": 12_400_000, "fte": 11.5})
    translator.speak("nb")
    section = open_section()
    model = section.model
    cells = {row.key: model.index(r, 1).data() for r, row in enumerate(model.rows())}
    revenue, fte = cells["revenue"], cells["fte"]
    assert revenue.replace("\u00a0", " ") == "12 400 000"
    assert fte == "11,5"


def test_a_viewer_reads_the_figures_and_is_not_offered_to_enter_them(
    open_section: Callable[..., OrganisationFigures],
    coordinator: Services,
    services: Services,
    organisation: CompanyRecord,
) -> None:
    coordinator.figures.record(organisation.id, 2025, {"revenue": 1_000_000})
    viewer = services.users.create_user(
        UserInput("vera", "Vera Viewer", Role.VIEWER, password="vera-secret-1")
    )
    section = open_section(services.acting_as(actor_of(viewer)))
    assert row_of(section, "Revenue (kr)")[1:] == ["1,000,000"]
    assert not section.enter_button.isVisible()
    assert "coordinator" in section.empty_label.text() or not section.empty_label.isVisible()
