"""Joint projects to a workbook and back: the export's three sheets (projects, partners,
funding applications) joined by the project's number, formula-safe as every export; the
import into an empty database gives the same projects, partners and funding; a file with
problems is refused whole, each problem named with its sheet, row and column; a dry run
and a second import write nothing; the command line does both."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook  # type: ignore[import-untyped]

from accelerator.cli import main
from accelerator.db.open import open_database
from accelerator.domain.enums import PartnerRole, ProjectStatus
from accelerator.services import Services
from accelerator.services.clusters import ClusterInput
from accelerator.services.exporting import ExportService
from accelerator.services.importing import ImportRefusedError
from accelerator.services.importing.projects import (
    ProjectImportService,
    read_project_workbook,
)
from accelerator.services.projects import (
    DocumentLink,
    FundingInput,
    PartnerInput,
    ProjectInput,
    ProjectRecord,
)
from tests.factories import Factory


@pytest.fixture
def empty(template_database: Path, tmp_path: Path) -> Iterator[Services]:
    """A second database, as new as the first was."""
    path = tmp_path / "empty.db"
    shutil.copyfile(template_database, path)
    db = open_database(str(path))
    yield Services(db)
    db.dispose()


def _export(services: Services, path: Path) -> Path:
    ExportService(services.db, services.actor).export("projects", path)
    return path


def _importer(services: Services) -> ProjectImportService:
    return ProjectImportService(services.db, services.actor)


def _shown(record: ProjectRecord) -> tuple[object, ...]:
    """A project as a person compares two copies: everything but ids and versions, and
    the clusters its partners bring (their memberships are not in the file)."""
    return (
        record.title,
        record.description,
        record.strategic_area,
        record.status,
        record.timeline,
        record.start_on,
        record.end_on,
        record.total_budget,
        record.notes,
        record.documents,
        sorted(c.name for c in record.clusters if c.by_hand),
        sorted((p.organisation_name, p.kind, p.role, p.own_share) for p in record.partners),
        sorted(
            (
                f.scheme_name,
                f.amount_applied,
                f.decision,
                f.decided_on,
                f.amount_granted,
                f.reference,
            )
            for f in record.funding
        ),  # fmt: skip
    )


def _all(services: Services) -> dict[str, tuple[object, ...]]:
    return {
        r.title: _shown(services.projects.get_project(r.id))
        for r in services.projects.list_projects()
    }


def test_the_demos_projects_round_trip_into_an_empty_database(
    demo: Services, empty: Services, tmp_path: Path
) -> None:
    path = _export(demo, tmp_path / "projects.xlsx")
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == ["Projects", "Partners", "Funding applications"]
    book.close()
    # The clusters added by hand are named, not made: the empty database has them too.
    for record in map(demo.projects.get_project, (r.id for r in demo.projects.list_projects())):
        for c in record.clusters:
            if c.by_hand and empty.clusters.find_cluster(c.name) is None:
                empty.clusters.create_cluster(ClusterInput(c.name))

    workbook = read_project_workbook(path)
    preview = _importer(empty).preview_projects(workbook)
    assert preview.ok, [str(e) for e in preview.errors]
    assert not empty.projects.list_projects(), "a preview writes nothing"
    result = _importer(empty).import_projects(workbook)

    source = _all(demo)
    assert len(result.project_ids) == len(source) == len(preview.projects)
    assert _all(empty) == source
    assert result.partners == sum(len(s[11]) for s in source.values())  # type: ignore[arg-type]
    assert result.funding == sum(len(s[12]) for s in source.values())  # type: ignore[arg-type]

    # The same file again adds nothing: each project is on record already.
    with pytest.raises(ImportRefusedError) as refused:
        _importer(empty).import_projects(workbook)
    assert "is on record already" in str(refused.value)
    assert len(empty.projects.list_projects()) == len(source)


def test_a_title_a_spreadsheet_would_run_stays_text_and_comes_back(
    services: Services, make: Factory, empty: Services, tmp_path: Path
) -> None:
    projects = services.projects
    scheme = projects.funding_schemes()[0]
    made = projects.create_project(
        ProjectInput(
            '=HYPERLINK("http://evil")',
            description="Two lines,\nwith a comma",
            total_budget=2_500_000,
            documents=(DocumentLink("Draft", "https://example.no/a?x=1;y=2"),),
            status=ProjectStatus.APPLYING,
        )
    )
    lead = make.company(name="Havbris AS")
    lab = make.company(name="-Minus Lab")
    projects.add_partner(made.id, PartnerInput(lead.id, PartnerRole.LEAD, 1_000_000))
    projects.add_partner(made.id, PartnerInput(lab.id, PartnerRole.RD_PARTNER))
    projects.add_funding(made.id, FundingInput(scheme.id, 900_000, reference="+47 ref"))
    projects.create_project(ProjectInput("Nobody yet"))

    path = _export(services, tmp_path / "projects.xlsx")
    cells = load_workbook(path, read_only=True)
    titles = [row[1] for row in cells["Projects"].iter_rows(min_row=2, values_only=True)]
    partners = [row[2] for row in cells["Partners"].iter_rows(min_row=2, values_only=True)]
    references = [
        row[7] for row in cells["Funding applications"].iter_rows(min_row=2, values_only=True)
    ]
    cells.close()
    assert '\'=HYPERLINK("http://evil")' in titles
    assert "'-Minus Lab" in partners and references == ["'+47 ref"]

    _importer(empty).import_projects(read_project_workbook(path))
    assert _all(empty) == _all(services)


def _edit(path: Path, changes: dict[str, dict[tuple[int, int], object]]) -> Path:
    """The workbook with some cells changed: sheet -> (row, column) -> value."""
    book = load_workbook(path)
    for sheet, cells in changes.items():
        for (row, column), value in cells.items():
            book[sheet].cell(row=row, column=column).value = value  # None empties it
    edited = path.with_name("edited.xlsx")
    book.save(edited)
    return edited


def test_problems_on_every_sheet_refuse_the_whole_file(
    demo: Services, empty: Services, tmp_path: Path
) -> None:
    path = _export(demo, tmp_path / "projects.xlsx")
    edited = _edit(
        path,
        {
            "Projects": {(2, 5): "finished", (3, 8): "soon", (4, 14): ""},
            "Partners": {(3, 6): "boss", (4, 1): 99},
            "Funding applications": {(2, 3): "Lottery", (3, 5): "granted", (3, 7): None},
        },
    )
    for record in map(demo.projects.get_project, (r.id for r in demo.projects.list_projects())):
        for c in record.clusters:
            if c.by_hand and empty.clusters.find_cluster(c.name) is None:
                empty.clusters.create_cluster(ClusterInput(c.name))
    workbook = read_project_workbook(edited)
    preview = _importer(empty).preview_projects(workbook)
    said = [str(e) for e in preview.errors]
    assert not preview.ok
    assert any(s.startswith("Projects, row 2, Status: 'finished' is not one of") for s in said)
    assert any(s.startswith("Projects, row 3, Start:") for s in said)
    assert "Partners, row 3, Role: 'boss' is not one of 'lead', 'partner'" in " ".join(said)
    assert any(
        s.startswith("Partners, row 4, Project no.: no project has the number '99'") for s in said
    )
    assert any(
        s.startswith("Funding applications, row 2, Scheme: there is no funding scheme called "
                     "'Lottery'") for s in said
    )  # fmt: skip
    assert any(s.startswith("Funding applications, row 3:") and "a grant needs its amount" in s
               for s in said)  # fmt: skip
    with pytest.raises(ImportRefusedError):
        _importer(empty).import_projects(workbook)
    assert not empty.projects.list_projects()
    assert not empty.companies.list_companies(), "no organisation was added either"


def test_a_second_lead_is_refused_as_in_the_window(
    demo: Services, empty: Services, tmp_path: Path
) -> None:
    path = _export(demo, tmp_path / "projects.xlsx")
    book = load_workbook(path)
    partners = book["Partners"]
    rows = list(partners.iter_rows(min_row=2, values_only=True))
    # The second partner of the first project with two becomes a lead too.
    first = next(i for i, row in enumerate(rows) if sum(1 for r in rows if r[0] == row[0]) >= 2)
    row = next(i for i in range(first + 1, len(rows)) if rows[i][0] == rows[first][0])
    partners.cell(row=first + 2, column=6, value="lead")
    partners.cell(row=row + 2, column=6, value="lead")
    book["Projects"].cell(row=1, column=14, value="Not read")  # no clusters by hand
    edited = tmp_path / "two-leads.xlsx"
    book.save(edited)
    preview = _importer(empty).preview_projects(read_project_workbook(edited))
    said = " ".join(str(e) for e in preview.errors)
    assert f"Partners, row {row + 2}:" in said and "leads this project already" in said


def test_the_command_line_exports_and_imports(
    demo: Services, db_path: Path, template_database: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    demo.db.dispose()
    out = tmp_path / "projects.xlsx"
    assert main(["--db", str(db_path), "--lang", "en", "export", "projects", "-o", str(out)]) == 0
    assert "with their partners and funding applications" in capsys.readouterr().out
    book = load_workbook(out)
    book["Projects"].cell(row=1, column=14, value="Not read")  # no clusters by hand
    book.save(out)
    target = tmp_path / "target.db"
    shutil.copyfile(template_database, target)
    args = ["--db", str(target), "--lang", "en", "import", "projects", str(out)]
    assert main([*args, "--dry-run"]) == 0
    said = capsys.readouterr().out
    assert "new project: Drone pilot on two fish farms" in said
    assert "new organisation: Dypvann Robotikk AS" in said and "Dry run, nothing written" in said
    assert main(args) == 0
    assert "Imported: 12 projects" in capsys.readouterr().out
    assert main(args) == 1
    assert "nothing was imported" in capsys.readouterr().err


def test_a_csv_export_holds_the_projects(demo: Services, tmp_path: Path) -> None:
    path = tmp_path / "projects.csv"
    result = ExportService(demo.db, demo.actor).export("projects", path)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Project no.,Title,Description,Strategic area,Status")
    assert result.rows == len(demo.projects.list_projects())
    assert "in an .xlsx export's other sheets" in result.summary


def test_an_empty_workbook_sheet_is_said_plainly(empty: Services, tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["Project no.", "Title"])
    book.create_sheet("Partners").append(["Project no.", "Organisation"])
    book.create_sheet("Funding").append(["Project no.", "Scheme", "Applied for (NOK)"])
    path = tmp_path / "nothing.xlsx"
    book.save(path)
    with pytest.raises(Exception, match="has a header row but no projects under it"):
        _importer(empty).preview_projects(read_project_workbook(path))
    two = Workbook()
    two.active.append(["Project no.", "Title"])
    path = tmp_path / "one-sheet.xlsx"
    two.save(path)
    with pytest.raises(Exception, match="a projects export has three"):
        read_project_workbook(path)
