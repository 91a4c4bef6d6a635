"""The item models of the Programmes and cohorts page: checked with qtmodeltester, and what
they show read back through data() as a view would."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import CohortStatus, EnrolmentStatus
from accelerator.domain.milestones import Completion
from accelerator.services import Services
from accelerator.services.records import MentorRecord, TemplateItemRecord
from accelerator.ui.models.programme_models import (
    MIME_TEMPLATE_ROWS,
    CandidateCompaniesModel,
    CohortTableModel,
    EnrolmentRow,
    EnrolmentTableModel,
    ProgrammeTreeModel,
    TemplateItemsModel,
    TemplateRow,
)
from tests.factories import Factory

DISPLAY = Qt.ItemDataRole.DisplayRole


def _texts(model, column: int = 0, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    return [
        model.data(model.index(row, column, parent), DISPLAY)
        for row in range(model.rowCount(parent))
    ]


def test_programme_tree(qtmodeltester: ModelTester, services: Services, make: Factory) -> None:
    ocean = make.programme(name="Ocean Tech")
    subsea = make.programme(name="Subsea Start")
    make.cohort(ocean.id, name="Spring 2025", start_date=dt.date(2025, 1, 6))
    make.cohort(ocean.id, name="Spring 2026", status=CohortStatus.RUNNING)
    services.programmes.set_archived(subsea.id, True)
    model = ProgrammeTreeModel()
    model.set_programmes(
        services.programmes.list_programmes(include_archived=True),
        services.programmes.list_cohorts(),
    )
    qtmodeltester.check(model)

    assert _texts(model) == ["Ocean Tech", "Subsea Start"]
    assert _texts(model, ProgrammeTreeModel.COL_STATUS) == ["2 cohorts", "Archived"]
    ocean_index = model.programme_index(ocean.id)
    # The newest cohort comes first, with its status beside it.
    assert _texts(model, 0, ocean_index) == ["Spring 2026", "Spring 2025"]
    assert _texts(model, ProgrammeTreeModel.COL_STATUS, ocean_index) == ["Running", "Planned"]
    cohort_index = model.index(0, 0, ocean_index)
    assert model.parent(cohort_index) == ocean_index
    assert model.cohort_at(cohort_index).name == "Spring 2026"
    assert model.programme_at(cohort_index).id == ocean.id
    assert model.cohort_index(model.cohort_at(cohort_index).id) == cohort_index
    assert model.data(model.programme_index(subsea.id), Qt.ItemDataRole.FontRole).italic()

    model.set_programmes([], [])
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_the_programme_tree_answers_both_of_qts_parents(qtbot: QtBot) -> None:
    """Qt gives a model two parents under one name: the object that owns it, and an
    index's parent row. Asked for the first, the tree used to answer with an index."""
    page = QWidget()
    qtbot.addWidget(page)
    model = ProgrammeTreeModel(page)
    assert model.parent() is page
    assert model.parent(QModelIndex()) == QModelIndex()


def test_cohort_table(qtmodeltester: ModelTester, services: Services, make: Factory) -> None:
    p = make.programme()
    make.cohort(p.id, name="Spring 2025", start_date=dt.date(2025, 1, 6))
    spring = make.cohort(p.id, name="Spring 2026")
    make.enrolment(spring.id)
    model = CohortTableModel()
    model.set_rows(services.programmes.list_cohorts(p.id))
    qtmodeltester.check(model)
    model.sort(CohortTableModel.COL_START, Qt.SortOrder.DescendingOrder)
    assert _texts(model) == ["Spring 2026", "Spring 2025"]
    assert _texts(model, CohortTableModel.COL_START) == ["5 Jan 2026", "6 Jan 2025"]
    assert _texts(model, CohortTableModel.COL_COMPANIES) == ["1", "0"]


def test_enrolment_table(qtmodeltester: ModelTester, services: Services, make: Factory) -> None:
    cohort = make.cohort()
    a = make.enrolment(cohort.id, company_id=make.company(name="Havbris AS").id)
    b = make.enrolment(cohort.id, company_id=make.company(name="Algea AS").id)
    mentor = make.user(display_name="Bjørn Åsheim")
    services.enrolments.assign_mentor(a.id, mentor.id, dt.date(2026, 1, 5))
    services.enrolments.set_status(
        b.id, EnrolmentStatus.WITHDRAWN, on=dt.date(2026, 3, 2), reason="Moved abroad"
    )
    rows = [
        EnrolmentRow(e, Completion(done=2, applicable=5, overdue=1 if e.id == a.id else 0))
        for e in services.enrolments.list_enrolments(cohort_id=cohort.id)
    ]
    model = EnrolmentTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    model.sort(EnrolmentTableModel.COL_COMPANY)
    assert _texts(model) == ["Algea AS", "Havbris AS"]
    assert _texts(model, EnrolmentTableModel.COL_STATUS) == ["Withdrawn 2 Mar 2026", "Active"]
    assert _texts(model, EnrolmentTableModel.COL_MENTORS) == ["none assigned", "Bjørn Åsheim"]
    assert _texts(model, EnrolmentTableModel.COL_MILESTONES) == [
        "2 of 5",
        "2 of 5, 1 overdue",
    ]
    status = model.index(0, EnrolmentTableModel.COL_STATUS)
    assert "Moved abroad" in model.data(status, Qt.ItemDataRole.ToolTipRole)


def test_sorting_keeps_the_selected_row(qtmodeltester: ModelTester) -> None:
    from accelerator.services.records import EnrolmentRecord

    def enrolment(n: int, name: str) -> EnrolmentRecord:
        return EnrolmentRecord(
            n,
            1,
            "C",
            1,
            "P",
            n,
            name,
            dt.date(2026, 1, n),
            EnrolmentStatus.ACTIVE,
            None,
            "",
            (MentorRecord(1, "M", dt.date(2026, 1, 1)),),
        )

    model = EnrolmentTableModel()
    model.set_rows([EnrolmentRow(enrolment(1, "B AS")), EnrolmentRow(enrolment(2, "A AS"))])
    qtmodeltester.check(model)
    selected = QPersistentModelIndex(model.index(0, 0))  # B AS
    model.sort(EnrolmentTableModel.COL_COMPANY)
    assert selected.row() == 1
    assert model.data(model.index(selected.row(), 0), DISPLAY) == "B AS"


def test_candidate_companies(qtmodeltester: ModelTester, services: Services, make: Factory) -> None:
    havbris = make.company(name="Havbris AS", sector="Aquaculture")
    algea = make.company(name="Algea AS")
    model = CandidateCompaniesModel()
    model.set_companies(services.companies.list_companies(), enrolled=[havbris.id])
    qtmodeltester.check(model)
    assert _texts(model) == ["Algea AS", "Havbris AS (already enrolled)"]
    enrolled = model.index(1, 0)
    assert not model.flags(enrolled) & Qt.ItemFlag.ItemIsEnabled
    assert model.data(enrolled, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert not model.setData(enrolled, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)

    assert model.setData(model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.checked_ids() == [algea.id]
    # A new search that no longer shows Algea keeps its tick.
    model.set_companies(services.companies.find_companies("Havbris"), enrolled=[havbris.id])
    assert model.checked_ids() == [algea.id]
    assert model.checked_names() == ["Algea AS"]


def _template_model() -> TemplateItemsModel:
    model = TemplateItemsModel()
    model.set_items(
        [
            TemplateItemRecord(11, 0, "Interviews", "customer", "Ten of them", 2),
            TemplateItemRecord(12, 1, "Pitch deck", "funding", "", None),
            TemplateItemRecord(13, 2, "Pilot", "technology", "", 12),
        ]
    )
    return model


def test_template_items(qtmodeltester: ModelTester) -> None:
    model = _template_model()
    qtmodeltester.check(model)
    assert _texts(model) == ["Interviews", "Pitch deck", "Pilot"]
    assert _texts(model, TemplateItemsModel.COL_DUE) == ["week 2", "no due date", "week 12"]
    assert not model.is_modified()

    assert model.setData(model.index(1, TemplateItemsModel.COL_DUE), 6)
    assert model.setData(model.index(1, TemplateItemsModel.COL_TITLE), "Pitch deck v2")
    model.insert_item(3, TemplateRow("Board", "team"))
    assert model.move_item(2, 0)
    qtmodeltester.check(model)
    assert model.is_modified()
    assert [(i.title, i.id, i.due_offset_weeks) for i in model.items()] == [
        ("Pilot", 13, 12),
        ("Interviews", 11, 2),
        ("Pitch deck v2", 12, 6),
        ("Board", None, None),
    ]
    model.revert()
    assert _texts(model) == ["Interviews", "Pitch deck", "Pilot"]
    assert not model.is_modified()


def test_template_rows_move_by_drag_and_drop(qtmodeltester: ModelTester) -> None:
    """What the table view does on a drop: the dragged row's data, dropped between rows."""
    model = _template_model()
    qtmodeltester.check(model)
    dragged = model.mimeData([model.index(0, 0), model.index(0, 1)])
    assert dragged.hasFormat(MIME_TEMPLATE_ROWS)
    # Dropped below the last row ("Pilot"): the row goes to the end.
    handled = model.dropMimeData(dragged, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert handled is False  # so the view does not remove the source row a second time
    assert _texts(model) == ["Pitch deck", "Pilot", "Interviews"]
    # Dropped above the first row.
    dragged = model.mimeData([model.index(1, 0)])
    model.dropMimeData(dragged, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert _texts(model) == ["Pilot", "Pitch deck", "Interviews"]
    assert model.rowCount() == 3
    assert model.is_modified()


def test_template_problems_show_on_their_rows() -> None:
    model = _template_model()
    model.set_problems({1: "Title is required"})
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole) == "Title is required"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.DecorationRole) is not None
    model.update_row(1, title="Pitch")
    assert model.data(model.index(1, 0), Qt.ItemDataRole.DecorationRole) is None
