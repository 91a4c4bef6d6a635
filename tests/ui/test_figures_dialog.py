"""Entering an organisation's figures of a year, as a person does: the year's values on
record fill the fields; numbers typed as the language writes them (grouped thousands,
``kr`` after an amount, a decimal comma in bokmål) are saved as typed in; an emptied field
removes the figure (missing, not 0); what is not a number, and what the service refuses
(a negative revenue, full-time equivalents a hundred times last year's), is said beside
its field, and nothing is saved."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import KpiSource, KpiUnit, Role
from accelerator.services import Services
from accelerator.services.records import CompanyRecord
from accelerator.services.users import UserInput, actor_of
from accelerator.ui import translator
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.figure_fields_dialog import FigureFieldDialog, FigureFieldsDialog
from accelerator.ui.dialogs.figures_dialog import FiguresDialog
from accelerator.ui.operations import ChangeBus
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


def open_dialog(
    qtbot: QtBot, services: Services, organisation: CompanyRecord, year: int = 2025
) -> FiguresDialog:
    dialog = FiguresDialog(
        None, AppContext(services, ChangeBus(), NoNavigation()), organisation, year=year
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def stored(services: Services, organisation: CompanyRecord, year: int) -> dict[str, float]:
    return {
        v.key: v.value
        for v in services.figures.of_organisation(organisation.id)
        if v.year == year and v.quarter == 0
    }


def test_the_years_figures_fill_the_fields_and_a_change_is_saved(
    qtbot: QtBot, coordinator: Services, organisation: CompanyRecord
) -> None:
    coordinator.figures.record(organisation.id, 2025, {"revenue": 12_400_000, "fte": 11.5})
    coordinator.figures.record(organisation.id, 2024, {"revenue": 9_000_000})
    dialog = open_dialog(qtbot, coordinator, organisation)
    assert dialog.year_spin.value() == 2025
    assert dialog.edits["revenue"].text() == "12,400,000"
    assert dialog.edits["fte"].text() == "11.5"
    assert dialog.edits["export_revenue"].text() == ""
    assert dialog.edits["revenue"].toolTip().startswith("Entered by Kari Nordmann on ")

    dialog.edits["export_revenue"].setText("3 000 000 kr")
    dialog.edits["fte"].setText("")  # not known after all: missing, not 0
    dialog.edits["patents_filed"].setText("2")
    dialog.accept()

    assert dialog.saved is not None and not dialog.isVisible()
    assert stored(coordinator, organisation, 2025) == {
        "revenue": 12_400_000,
        "export_revenue": 3_000_000,
        "patents_filed": 2,
    }
    assert stored(coordinator, organisation, 2024) == {"revenue": 9_000_000}
    [export] = [v for v in dialog.saved if v.key == "export_revenue"]
    assert export.source is KpiSource.ENTERED and export.recorded_by == "Kari Nordmann"


def test_another_year_shows_that_years_figures(
    qtbot: QtBot, coordinator: Services, organisation: CompanyRecord
) -> None:
    coordinator.figures.record(organisation.id, 2024, {"revenue": 9_000_000})
    dialog = open_dialog(qtbot, coordinator, organisation)
    assert dialog.edits["revenue"].text() == ""
    dialog.year_spin.setValue(2024)
    assert dialog.edits["revenue"].text() == "9,000,000"
    dialog.edits["revenue"].setText("9,500,000")
    dialog.accept()
    assert stored(coordinator, organisation, 2024) == {"revenue": 9_500_000}
    assert stored(coordinator, organisation, 2025) == {}


def test_what_is_not_a_number_is_said_beside_its_field_and_nothing_is_saved(
    qtbot: QtBot, coordinator: Services, organisation: CompanyRecord
) -> None:
    dialog = open_dialog(qtbot, coordinator, organisation)
    dialog.edits["revenue"].setText("5000000")
    dialog.edits["fte"].setText("twelve")
    dialog.accept()
    assert dialog.isVisible() and dialog.saved is None
    line = dialog.lines["fte"]
    assert line.isVisible() and line.text()
    assert not dialog.lines["revenue"].isVisible()
    assert dialog.focusWidget() is dialog.edits["fte"]
    assert stored(coordinator, organisation, 2025) == {}


def test_what_the_service_refuses_is_said_beside_its_field_and_nothing_is_saved(
    qtbot: QtBot, coordinator: Services, organisation: CompanyRecord
) -> None:
    coordinator.figures.record(organisation.id, 2024, {"fte": 4})
    dialog = open_dialog(qtbot, coordinator, organisation)
    dialog.edits["revenue"].setText("-5")
    dialog.edits["fte"].setText("500")  # more than a hundred times last year's 4
    dialog.edits["patents_filed"].setText("1")
    dialog.accept()
    assert dialog.isVisible() and dialog.saved is None
    assert "negative" in dialog.lines["revenue"].text()
    assert dialog.lines["revenue"].isVisible()
    assert "100 times" in dialog.lines["fte"].text()
    assert not dialog.lines["patents_filed"].isVisible()
    assert stored(coordinator, organisation, 2025) == {}
    # Corrected, it saves; what was typed was kept meanwhile.
    dialog.edits["revenue"].setText("5,000,000")
    dialog.edits["fte"].setText("4.5")
    dialog.accept()
    assert dialog.saved is not None
    assert stored(coordinator, organisation, 2025) == {
        "revenue": 5_000_000,
        "fte": 4.5,
        "patents_filed": 1,
    }


@pytest.mark.usefixtures("kept_language")
def test_bokmal_numbers_are_read_as_bokmal_writes_them(
    qtbot: QtBot, coordinator: Services, organisation: CompanyRecord
) -> None:
    translator.speak("nb")
    coordinator.figures.record(organisation.id, 2025, {"fte": 3.5})
    dialog = open_dialog(qtbot, coordinator, organisation)
    assert dialog.edits["fte"].text() == "3,5"
    dialog.edits["revenue"].setText("1 250 000")
    dialog.edits["fte"].setText("12,5")
    dialog.accept()
    assert stored(coordinator, organisation, 2025) == {"revenue": 1_250_000, "fte": 12.5}


# --- the cluster's own figures ------------------------------------------------------------


def test_the_clusters_own_figure_is_added_renamed_retired_and_entered(
    qtbot: QtBot, coordinator: Services, organisation: CompanyRecord
) -> None:
    context = AppContext(coordinator, ChangeBus(), NoNavigation())
    fields = FigureFieldsDialog(None, context)
    qtbot.addWidget(fields)
    fields.show()
    assert fields.empty_label.isVisible() and not fields.table.isVisible()

    added = FigureFieldDialog(fields, context)
    qtbot.addWidget(added)
    added.name_edit.setText("Revenue")  # a standard figure's name
    added.accept()
    assert added.saved is None and "already" in added.name_line.text()
    added.name_edit.setText("Tonnes of fish processed")
    added.unit_combo.setCurrentIndex(added.unit_combo.findData(KpiUnit.DECIMAL.value))
    added.accept()
    assert added.saved is not None
    fields.refresh(added.saved.id)
    model = fields.model
    assert [model.index(0, c).data() for c in range(model.columnCount())] == [
        "Tonnes of fish processed",
        "Number with decimals",
        "0",
        "yes",
    ]
    assert fields.remove_button.isEnabled()

    # Entered for an organisation, it is in the figures dialog; then it cannot be removed.
    dialog = open_dialog(qtbot, coordinator, organisation)
    dialog.edits[added.saved.key].setText("1,234.5")
    dialog.accept()
    assert stored(coordinator, organisation, 2025) == {added.saved.key: 1234.5}
    fields.refresh()
    assert model.index(0, 2).data() == "1"
    assert not fields.remove_button.isEnabled()

    fields.retire_button.click()
    assert model.index(0, 3).data() == "retired"
    assert fields.retire_button.text() == "Reac&tivate"
    # Retired: no longer offered for typing, its value kept.
    dialog = open_dialog(qtbot, coordinator, organisation)
    assert added.saved.key not in dialog.edits
    assert stored(coordinator, organisation, 2025) == {added.saved.key: 1234.5}
