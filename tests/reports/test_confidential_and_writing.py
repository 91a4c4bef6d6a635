"""Who sees confidential notes, and how a report file is written: whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from accelerator.errors import PermissionDeniedError, ValidationError
from accelerator.reports import ReportCancelled
from accelerator.services.atomic import WriteFailedError
from accelerator.services.reporting import ReportingService
from tests.reports.conftest import SECRET, SECRET_STEPS, TODAY, World, flat, page_texts


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the reports (tmp_path holds the test's database)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _text(pdf: bytes) -> str:
    return flat(" ".join(page_texts(pdf)))


def test_confidential_notes_only_when_a_coordinator_asks(world: World) -> None:
    enrolment = world.enrolments["Ærfugl Øyvind & Åsen AS"]
    coordinator = ReportingService(world.services.db, world.actor(world.coordinator))

    plain = _text(coordinator.company_report_pdf(enrolment.id, today=TODAY))
    assert SECRET not in plain and SECRET_STEPS not in plain
    assert "INTERNAL" not in plain
    assert "Next steps Price the pilot per pen." in plain  # from the last open assessment

    internal = _text(
        coordinator.company_report_pdf(enrolment.id, include_confidential=True, today=TODAY)
    )
    assert SECRET in internal and SECRET_STEPS in internal
    assert "CONFIDENTIAL" in internal
    assert "INTERNAL" in internal and "Internal: includes confidential notes" in internal


def test_a_mentor_may_print_but_not_the_confidential_notes(world: World, out: Path) -> None:
    enrolment = world.enrolments["Ærfugl Øyvind & Åsen AS"]
    # The mentor wrote the confidential note; a report is for sharing, so it stays out.
    mentor = ReportingService(world.services.db, world.actor(world.mentor))
    assert SECRET not in _text(mentor.cohort_report_pdf(world.cohort.id, today=TODAY))
    target = out / "report.pdf"
    with pytest.raises(PermissionDeniedError, match="only a coordinator"):
        mentor.write_cohort_report(world.cohort.id, target, include_confidential=True)
    with pytest.raises(PermissionDeniedError):
        mentor.company_report_data(enrolment.id, include_confidential=True)
    assert not target.exists()


def test_confidential_reasons_stay_out_too(world: World) -> None:
    data = ReportingService(world.services.db).company_report_data(
        world.enrolments["Ærfugl Øyvind & Åsen AS"].id, today=TODAY
    )
    assert [a.notes for a in data.assessments if a.confidential] == []
    assert data.next_steps == "Price the pilot per pen."


def test_cancel_leaves_no_file_and_no_temporary_file(world: World, out: Path) -> None:
    reporting = ReportingService(world.services.db)
    seen: list[tuple[int, int]] = []
    target = out / "cohort.pdf"
    with pytest.raises(ReportCancelled):
        reporting.write_cohort_report(
            world.cohort.id,
            target,
            progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: len(seen) >= 3,
        )
    assert list(out.iterdir()) == []
    assert len(seen) == 3


def test_cancel_leaves_the_old_file_as_it_was(world: World, out: Path) -> None:
    reporting = ReportingService(world.services.db)
    target = out / "cohort.pdf"
    reporting.write_cohort_report(world.cohort.id, target, today=TODAY)
    before = target.read_bytes()
    with pytest.raises(ReportCancelled):
        reporting.write_cohort_report(world.cohort.id, target, cancelled=lambda: True)
    assert target.read_bytes() == before
    assert list(out.iterdir()) == [target]


def test_progress_climbs_to_the_end(world: World, out: Path) -> None:
    seen: list[tuple[int, int]] = []
    ReportingService(world.services.db).write_cohort_report(
        world.cohort.id, out / "r.pdf", progress=lambda d, t: seen.append((d, t))
    )
    done = [d for d, _ in seen]
    assert done == sorted(done)
    assert len({t for _, t in seen}) == 1
    assert seen[-1][0] == seen[-1][1]
    assert len(seen) > len(world.enrolments)


def test_unwritable_places_are_refused_with_one_clear_line(world: World, out: Path) -> None:
    reporting = ReportingService(world.services.db)
    with pytest.raises(WriteFailedError, match="cannot write .*No such file or directory"):
        reporting.write_cohort_report(world.cohort.id, out / "missing" / "r.pdf")
    with pytest.raises(WriteFailedError, match="it is a folder"):
        reporting.write_cohort_report(world.cohort.id, out)
    with pytest.raises(ValidationError, match="A4 or Letter"):
        reporting.write_cohort_report(
            world.cohort.id,
            out / "r.pdf",
            page_size="A3",  # type: ignore[arg-type]
        )
    assert list(out.iterdir()) == []
