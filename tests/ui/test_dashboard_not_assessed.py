"""The dashboard of a cohort whose companies nobody has assessed yet: it says so, instead
of implying that all is well."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import AssessmentKind
from accelerator.services import Services
from accelerator.services.assessments import AssessmentInput
from accelerator.ui.context import AppContext
from accelerator.ui.models.dashboard_models import CohortCompanyModel
from accelerator.ui.operations import ChangeBus
from accelerator.ui.pages.dashboard import DashboardPage
from tests.factories import DIMENSIONS, Factory

TODAY = dt.date.today()


class Navigator:
    def open_company(self, company_id: int, enrolment_id: int | None = None) -> None: ...

    def open_cohort(self, cohort_id: int) -> None: ...

    def open_dashboard(self, cohort_id: int | None = None) -> None: ...

    def show_companies(self, company_ids: object, label: str = "") -> None: ...


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    shown: list[str] = []

    def record(_parent: object, title: str, text: str, *_args: object) -> object:
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, record)
    yield
    assert shown == []


def risk_column(page: DashboardPage) -> dict[str, str]:
    model = page.company_model
    return {
        model.data(model.index(row, CohortCompanyModel.COL_COMPANY)): model.data(
            model.index(row, CohortCompanyModel.COL_RISK)
        )
        for row in range(model.rowCount())
    }


def test_companies_nobody_assessed_read_not_assessed_yet(
    qtbot: QtBot, services: Services, make: Factory, tmp_path: Path
) -> None:
    programme = make.programme()
    make.template(programme.id, "Ten customer interviews")
    start = TODAY + dt.timedelta(days=20)
    cohort = make.cohort(programme.id, start_date=start, end_date=start + dt.timedelta(weeks=26))
    mentor = make.user()
    names = ["Assessed AS", "Fersk AS", "Ny AS"]
    for name in names:
        enrolment = services.enrolments.enrol(cohort.id, make.company(name=name).id, TODAY)
        services.enrolments.assign_mentor(enrolment.id, mentor.id)
        if name == "Assessed AS":
            services.assessments.log_assessment(
                AssessmentInput(
                    enrolment.id,
                    dict.fromkeys(DIMENSIONS, 3),
                    kind=AssessmentKind.BASELINE,
                    assessed_on=TODAY,
                    assessor_id=mentor.id,
                )
            )

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    page = DashboardPage(
        AppContext(services, ChangeBus(), Navigator()), settings=settings, clock=lambda: TODAY
    )
    qtbot.addWidget(page)
    page.resize(1070, 760)
    page.show()
    page.select_cohort(cohort.id)

    assert risk_column(page) == {
        "Assessed AS": "",
        "Fersk AS": "Not assessed yet",
        "Ny AS": "Not assessed yet",
    }
    model = page.company_model
    row = next(
        r
        for r in range(model.rowCount())
        if model.data(model.index(r, CohortCompanyModel.COL_COMPANY)) == "Fersk AS"
    )
    tooltip = model.data(model.index(row, CohortCompanyModel.COL_RISK), Qt.ItemDataRole.ToolTipRole)
    assert "first assessment" in tooltip

    note = page.at_risk_section.note.text()
    assert "every one has a recent assessment" not in note
    assert "2 of 3 companies are not assessed yet" in note and "no levels fell" in note
    assert page.cards["at_risk"].detail_label.text() == "nobody at risk; 2 not assessed yet"
