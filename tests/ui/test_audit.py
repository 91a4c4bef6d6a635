"""The audit page: what changed, by whom, narrowed by filters and exported."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import Role
from accelerator.services import Services
from accelerator.services.companies import CompanyInput
from accelerator.services.users import actor_of
from accelerator.ui.main_window import MainWindow
from accelerator.ui.pages.audit import AuditModel, AuditPage
from tests.factories import Factory


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def page(qtbot: QtBot, services: Services, make: Factory, settings: QSettings) -> AuditPage:
    """The audit page of ingrid (coordinator) after kari renamed a company."""
    ingrid = make.user(username="ingrid", role=Role.COORDINATOR)
    kari = make.user(username="kari", role=Role.COORDINATOR)
    company = make.company(name="Havbris AS")
    as_kari = services.acting_as(actor_of(kari))
    as_kari.companies.update_company(
        company.id,
        CompanyInput(name="Havbris Subsea AS", org_number=company.org_number),
    )
    window = MainWindow(services.acting_as(actor_of(ingrid)), settings)
    qtbot.addWidget(window)
    window.show()
    shown = window.go("audit")
    assert isinstance(shown, AuditPage)
    return shown


def _column(page: AuditPage, column: int) -> list[str]:
    model = page.table.model()
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def test_lists_a_change_with_old_and_new_values(page: AuditPage, qtmodeltester: object) -> None:
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    changes = _column(page, AuditModel.COL_CHANGES)
    users = _column(page, AuditModel.COL_USER)
    row = next(n for n, text in enumerate(changes) if "Havbris Subsea AS" in text)
    assert users[row] == "kari"
    assert changes[row] == "Name: Havbris AS → Havbris Subsea AS"
    assert _column(page, AuditModel.COL_ACTION)[row] == "Changed"
    assert _column(page, AuditModel.COL_RECORD)[row].startswith("Company ")
    assert _column(page, AuditModel.COL_SUMMARY)[row] == "Company 'Havbris Subsea AS'"
    page.table.selectRow(row)
    assert "Name: Havbris AS → Havbris Subsea AS" in page.details.toPlainText().splitlines()


def test_filter_by_user_narrows_the_list(page: AuditPage) -> None:
    everyone = page.model.rowCount()
    assert {"kari", "system"} <= set(_column(page, AuditModel.COL_USER))
    page.user_combo.setCurrentIndex(page.user_combo.findText("kari"))
    assert 0 < page.model.rowCount() < everyone
    assert set(_column(page, AuditModel.COL_USER)) == {"kari"}
    assert page.count_label.text() == f"{page.model.rowCount()} entries"
    page.user_combo.setCurrentIndex(0)
    assert page.model.rowCount() == everyone


def test_filter_by_record_and_dates(qtbot: QtBot, page: AuditPage) -> None:
    page.table_combo.setCurrentIndex(page.table_combo.findText("Company"))
    assert all(r.startswith("Company ") for r in _column(page, AuditModel.COL_RECORD))
    companies = page.model.rowCount()
    assert companies == 2  # created, then renamed
    number = _column(page, AuditModel.COL_RECORD)[0].split(" ")[1]
    qtbot.keyClicks(page.record_edit, number)
    assert page.model.rowCount() == 2
    qtbot.keyClicks(page.record_edit, "9")
    assert page.model.rowCount() == 0
    assert "No entries match" in page.list.message.text()
    page.record_edit.clear()

    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert not page.since_edit.isEnabled()
    page.since_edit.set_date(tomorrow)
    assert page.model.rowCount() == companies, "an unticked date does not filter"
    page.since_check.setChecked(True)
    assert page.since_edit.isEnabled()
    assert page.model.rowCount() == 0
    page.since_edit.set_date(dt.date.today() - dt.timedelta(days=1))
    assert page.model.rowCount() == companies


def test_nothing_offers_to_edit_or_delete(page: AuditPage) -> None:
    index = page.model.index(0, AuditModel.COL_SUMMARY)
    assert not page.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    texts = {b.text() for b in page.findChildren(type(page.export_button))}
    assert texts == {"Export…"}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_writes_what_is_shown(
    page: AuditPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    page.user_combo.setCurrentIndex(page.user_combo.findText("kari"))
    target = tmp_path / f"trail{suffix}"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV file (*.csv)")
    )
    page.export_button.click()
    assert target.exists() and target.stat().st_size > 0
    assert page.count_label.text().startswith(f"Exported {page.model.rowCount()} entries")
    if suffix == ".csv":
        with target.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        assert len(rows) == 1 + page.model.rowCount()
        assert {row[1] for row in rows[1:]} == {"kari"}
        assert any("Havbris Subsea AS" in row[-1] for row in rows[1:])


def test_export_adds_the_chosen_ending(
    page: AuditPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(tmp_path / "trail"), "Excel workbook (*.xlsx)"),
    )
    page.export_button.click()
    assert (tmp_path / "trail.xlsx").exists()
