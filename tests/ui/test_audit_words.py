"""The audit page in bokmål: after a company is renamed, an assessment logged and a
milestone ticked done, no row names a table, a class or a field as the program stores
them ("assessment_texts #50", "AssessmentText", "notes:"); each reads as a person says it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import AssessmentKind, MilestoneStatus, Role
from accelerator.models import Base
from accelerator.services import Services
from accelerator.services.assessments import AssessmentInput
from accelerator.services.companies import CompanyInput
from accelerator.services.users import actor_of
from accelerator.ui import translator
from accelerator.ui.main_window import MainWindow
from accelerator.ui.pages.audit import AuditModel, AuditPage
from tests.factories import DIMENSIONS, Factory
from tests.languages import kept_language

__all__ = ["kept_language"]

#: What the program stores and a person never says: table, class and column names.
_TABLES = {t.name for t in Base.metadata.sorted_tables}
_CLASSES = {m.class_.__name__ for m in Base.registry.mappers}
_COLUMNS = {c.name for t in Base.metadata.sorted_tables for c in t.columns}
_STORED = re.compile(r"\b(" + "|".join(sorted(_TABLES | _CLASSES, key=len, reverse=True)) + r")\b")


@pytest.fixture
def page(
    qtbot: QtBot, services: Services, make: Factory, tmp_path: Path, kept_language: None
) -> AuditPage:
    """Ingrid's audit page in bokmål, after Kari renamed a company and Per, its mentor,
    logged an assessment and ticked a milestone done."""
    ingrid = make.user(username="ingrid", role=Role.COORDINATOR)
    kari = make.user(username="kari", role=Role.COORDINATOR)
    per = make.user(username="per", display_name="Per Hansen", role=Role.MENTOR)
    programme = make.programme(name="Havbruk")
    make.template(programme.id, "Ti kundeintervjuer")
    cohort = make.cohort(programme.id, name="Vår 2026")
    company = make.company(name="Havbris AS", sector="Havbruk")
    enrolment = make.enrolment(cohort.id, company_id=company.id)
    services.enrolments.assign_mentor(enrolment.id, per.id)

    as_kari = services.acting_as(actor_of(kari))
    as_kari.companies.update_company(
        company.id,
        CompanyInput(name="Havbris Subsea AS", org_number=company.org_number, sector="Subsea"),
    )
    as_per = services.acting_as(actor_of(per))
    as_per.assessments.log_assessment(
        AssessmentInput(
            enrolment.id,
            dict.fromkeys(DIMENSIONS, 4),
            kind=AssessmentKind.PROGRESS,
            assessed_on=dt.date(2026, 2, 1),
            notes="Ti samtaler med oppdrettere",
            next_steps="Pilot på ett anlegg",
        )
    )
    milestone = as_per.enrolments.milestones(enrolment.id)[0]
    as_per.enrolments.set_milestone_status(
        milestone.id, MilestoneStatus.DONE, completed_on=dt.date(2026, 2, 3), evidence="Notater"
    )

    translator.speak("nb")
    window = MainWindow(
        services.acting_as(actor_of(ingrid)),
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    window.show()
    shown = window.go("audit")
    assert isinstance(shown, AuditPage)
    return shown


class Row:
    """One row of the table as the person reads it."""

    def __init__(self, page: AuditPage, row: int) -> None:
        def cell(column: int) -> str:
            return str(page.model.index(row, column).data())

        self.user = cell(AuditModel.COL_USER)
        self.action = cell(AuditModel.COL_ACTION)
        self.record = cell(AuditModel.COL_RECORD)
        self.summary = cell(AuditModel.COL_SUMMARY)
        self.changes = cell(AuditModel.COL_CHANGES).split("; ")

    def __repr__(self) -> str:
        return f"{self.user} | {self.action} | {self.record} | {self.summary} | {self.changes}"


def _rows(page: AuditPage) -> list[Row]:
    return [Row(page, n) for n in range(page.model.rowCount())]


def _by_people(page: AuditPage) -> list[Row]:
    """The rows of Kari's and Per's writes (the system's loading of the framework writes
    its English descriptions, words like "dimensions" among them)."""
    return [row for row in _rows(page) if row.user in ("kari", "per")]


def test_no_row_names_a_table_or_a_class(page: AuditPage) -> None:
    rows = _rows(page)
    assert rows
    for row in rows:
        assert not _STORED.search(row.record), row
    for row in _by_people(page):
        assert not _STORED.search(row.summary), row
        for line in row.changes:
            assert not _STORED.search(line), row
    kinds = [page.table_combo.itemText(i) for i in range(page.table_combo.count())]
    assert not [kind for kind in kinds if _STORED.search(kind)], kinds
    assert {"Selskap", "Vurdering", "Milepæl", "Vurderingsnotater"} <= set(kinds)


def test_no_change_names_a_field_by_its_stored_name(page: AuditPage) -> None:
    rows = _by_people(page)
    assert len(rows) >= 4  # the rename, the assessment, its notes, a level, the milestone
    for row in rows:
        for line in row.changes:
            label = line.split(": ")[0]
            assert label not in _COLUMNS and "_" not in label, row


def test_each_write_reads_in_bokmal(page: AuditPage) -> None:
    rows = _by_people(page)
    renamed = next(r for r in rows if r.user == "kari")
    assert renamed.action == "Endret"
    assert re.fullmatch(r"Selskap \d+", renamed.record)
    assert renamed.summary == "Selskap «Havbris Subsea AS»"
    assert renamed.changes == ["Navn: Havbris AS → Havbris Subsea AS", "Bransje: Havbruk → Subsea"]

    assessed = next(r for r in rows if r.record.startswith("Vurdering "))
    assert assessed.action == "Opprettet"
    assert "Vurderingsdato: 1. feb. 2026" in assessed.changes
    assert any(re.fullmatch(r"Vurdert av: bruker \d+", line) for line in assessed.changes)
    assert any(re.fullmatch(r"Deltakelse: deltakelse \d+", line) for line in assessed.changes)
    assert "Type: Underveisvurdering" in assessed.changes

    notes = next(r for r in rows if r.record.startswith("Vurderingsnotater "))
    assert "Notater: Ti samtaler med oppdrettere" in notes.changes
    assert "Neste steg: Pilot på ett anlegg" in notes.changes

    done = next(r for r in rows if r.record.startswith("Milepæl ") and r.action == "Endret")
    assert done.summary == "Milepæl «Ti kundeintervjuer»"
    assert done.changes == [
        "Status: Ikke startet → Fullført",
        "Dato fullført: — → 3. feb. 2026",
        "Dokumentasjon: — → Notater",
    ]

    page.table.selectRow(next(n for n, r in enumerate(_rows(page)) if r.user == "kari"))
    shown = page.details.toPlainText().splitlines()
    assert shown[0].endswith(f"kari  ·  Endret  ·  {renamed.record}")
    assert shown[1] == "Selskap «Havbris Subsea AS»"
    assert "Navn: Havbris AS → Havbris Subsea AS" in shown
