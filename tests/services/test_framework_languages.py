"""A readiness framework in bokmål and English: stored with every language, read in the
current one (a report's own within ``speaking``), exported with all of them; one written in
a single language shows it in every language."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from accelerator.db.engine import Database
from accelerator.domain.framework_file import (
    FrameworkSpec,
    bundled_framework_paths,
    default_framework_path,
    dump_framework,
    load_framework_file,
)
from accelerator.errors import ValidationError
from accelerator.i18n import speaking
from accelerator.models import Dimension, LevelDescriptor, ReadinessFramework
from accelerator.services import Services
from accelerator.services.database import prepare_database
from tests.factories import DIMENSIONS, Factory
from tests.safety.conftest import SCHEMA_0001_DEMO

TECHNOLOGY_ONLY = next(p for p in bundled_framework_paths() if p.name == "technology-only.json")


def _default(services: Services) -> int:
    return services.frameworks.default_framework_id()


def _one_language(spec: FrameworkSpec, key: str = "licensed") -> FrameworkSpec:
    """A licensed framework as a programme brings it: one language, plain texts."""
    return dataclasses.replace(spec.in_one_language(), key=key)


def test_the_default_framework_reads_in_the_current_language(services: Services) -> None:
    with speaking("nb"):
        framework = services.frameworks.get_framework(_default(services))
    customer = framework.dimensions[0]
    assert framework.name == "Selskapsmodenhet"
    assert [d.name for d in framework.dimensions] == [
        "Kunde",
        "Teknologi",
        "Forretningsmodell",
        "IPR",
        "Team",
        "Finansiering",
    ]
    assert customer.level(7) is not None
    assert customer.level(7).title == "Første betalte pilot"  # type: ignore[union-attr]
    assert customer.description.startswith("Hvor godt selskapet vet")
    assert framework.licence.startswith("Skrevet for Accelerator.")

    with speaking("en"):
        english = services.frameworks.get_framework(_default(services))
    assert english.name == "Venture readiness"
    assert english.dimensions[0].level(7).title == "First paying pilot"  # type: ignore[union-attr]


def test_the_list_of_frameworks_reads_in_the_current_language(services: Services) -> None:
    services.frameworks.import_framework(load_framework_file(TECHNOLOGY_ONLY))
    with speaking("nb"):
        names = [f.name for f in services.frameworks.list_frameworks()]
    assert names == ["Selskapsmodenhet", "Teknologimodenhet"]


def test_a_framework_in_one_language_shows_it_in_both(services: Services) -> None:
    spec = _one_language(load_framework_file(TECHNOLOGY_ONLY))
    imported = services.frameworks.import_framework(spec)
    for language in ("en", "nb"):
        with speaking(language):
            framework = services.frameworks.get_framework(imported.id)
        assert framework.name == "Technology readiness", language
        assert framework.dimensions[0].name == "Technology", language
        assert framework.dimensions[0].level(3).title == "Proof of concept", language  # type: ignore[union-attr]


def test_a_licensed_file_in_one_language_imports_and_exports_as_before(
    services: Services, tmp_path: Path
) -> None:
    """Version 1 in, version 1 out: an older Accelerator can read what this one exports."""
    spec = _one_language(load_framework_file(TECHNOLOGY_ONLY))
    path = tmp_path / "licensed.json"
    path.write_text(dump_framework(spec), encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8"))["format_version"] == 1

    imported = services.frameworks.import_framework(load_framework_file(path))
    exported = services.frameworks.export_framework(imported.id)
    assert exported == spec
    written = json.loads(dump_framework(exported))
    assert written["format_version"] == 1
    assert written["dimensions"][0]["levels"][0]["title"] == "Principles observed"


def test_exporting_writes_every_language(services: Services) -> None:
    """What the Frameworks page's export saves: the file the framework came from."""
    with speaking("nb"):
        exported = services.frameworks.export_framework(_default(services))
    assert exported == load_framework_file(default_framework_path())
    written = json.loads(dump_framework(exported))
    assert written["format_version"] == 2
    assert written["name"] == {"en": "Venture readiness", "nb": "Selskapsmodenhet"}
    first = written["dimensions"][0]["levels"][0]
    assert first["title"] == {"en": "Need is assumed", "nb": "Behovet er antatt"}


def test_every_language_is_stored_beside_the_own_text(services: Services, db: Database) -> None:
    services.frameworks.import_framework(_one_language(load_framework_file(TECHNOLOGY_ONLY)))
    with db.read() as s:
        rows = s.execute(
            select(ReadinessFramework.key, LevelDescriptor.title, LevelDescriptor.texts)
            .join(Dimension, Dimension.id == LevelDescriptor.dimension_id)
            .join(ReadinessFramework, ReadinessFramework.id == Dimension.framework_id)
            .where(LevelDescriptor.level == 1, Dimension.position == 0)
            .order_by(ReadinessFramework.id)
        ).all()
    assert [tuple(row) for row in rows] == [
        (
            "default-readiness",
            "Need is assumed",
            {
                "title": {"en": "Need is assumed", "nb": "Behovet er antatt"},
                "description": {
                    "en": "The team believes a group of people has a problem worth solving, "
                    "but has not yet spoken to anyone in that group about it.",
                    "nb": "Teamet mener at en gruppe mennesker har et problem som er verdt å "
                    "løse, men har ennå ikke snakket med noen i denne gruppen om det.",
                },
            },
        ),
        ("licensed", "Principles observed", {}),
    ]


def test_a_revised_own_text_is_the_one_shown_in_its_language(services: Services) -> None:
    spec = services.frameworks.export_framework(_default(services))
    renamed = dataclasses.replace(
        spec,
        dimensions=(
            dataclasses.replace(spec.dimensions[0], name="Customers"),
            *spec.dimensions[1:],
        ),
    )
    revised = services.frameworks.revise_framework(_default(services), renamed)
    with speaking("en"):
        assert services.frameworks.get_framework(revised.id).dimensions[0].name == "Customers"
    with speaking("nb"):
        assert services.frameworks.get_framework(revised.id).dimensions[0].name == "Kunde"


def test_a_company_report_in_bokmal_shows_the_bokmal_level_title(
    services: Services, make: Factory
) -> None:
    enrolment = make.enrolment()
    make.assessment(enrolment.id, levels=dict.fromkeys(DIMENSIONS, 7))
    with speaking("nb"):
        data = services.reporting.company_report_data(enrolment.id)
    customer = data.standings[0]
    assert (customer.name, customer.level, customer.title) == ("Kunde", 7, "Første betalte pilot")
    assert customer.descriptor.startswith("En kunde har betalt for en pilot")
    assert [d.name for d in data.dimensions][:2] == ["Kunde", "Teknologi"]

    with speaking("en"):
        english = services.reporting.company_report_data(enrolment.id)
    assert (english.standings[0].name, english.standings[0].title) == (
        "Customer",
        "First paying pilot",
    )


# --- databases made before the frameworks had their bokmål ---------------------------------


@pytest.fixture
def old_database(tmp_path: Path) -> Path:
    """The first released schema, with the demo in it and the default framework in English."""
    path = tmp_path / "accelerator.db"
    shutil.copyfile(SCHEMA_0001_DEMO, path)
    return path


def test_an_old_database_gets_the_bokmal_of_the_shipped_framework(old_database: Path) -> None:
    db = prepare_database(str(old_database))
    try:
        services = Services(db)
        framework_id = services.frameworks.default_framework_id()
        assert services.assessments  # the demo's assessments are there and use it
        with speaking("nb"):
            framework = services.frameworks.get_framework(framework_id)
        assert framework.assessment_count > 0
        assert framework.dimensions[0].name == "Kunde"
        assert framework.dimensions[0].level(7).title == "Første betalte pilot"  # type: ignore[union-attr]
        # The same framework, now with both languages: what its file holds.
        exported = services.frameworks.export_framework(framework_id)
        assert exported == load_framework_file(default_framework_path())
    finally:
        db.dispose()


def test_the_shipped_bokmal_is_added_once_and_kept(old_database: Path) -> None:
    prepare_database(str(old_database)).dispose()
    db = prepare_database(str(old_database))
    try:
        services = Services(db)
        framework_id = services.frameworks.default_framework_id()
        assert [f.id for f in services.frameworks.list_frameworks()] == [framework_id]
        assert services.frameworks.export_framework(framework_id) == load_framework_file(
            default_framework_path()
        )
    finally:
        db.dispose()


def test_a_shipped_framework_revised_in_place_is_left_in_its_own_words(
    services: Services,
) -> None:
    """Someone's own texts under the shipped key and version: the file does not translate
    them, so they stay as they are, shown in every language."""
    shipped = load_framework_file(TECHNOLOGY_ONLY)
    own = dataclasses.replace(shipped.in_one_language(), name="Our TRL")
    fw = services.frameworks.import_framework(own)
    services.frameworks.ensure_default()
    with speaking("nb"):
        framework = services.frameworks.get_framework(fw.id)
    assert (framework.name, framework.dimensions[0].name) == ("Our TRL", "Technology")
    assert services.frameworks.export_framework(fw.id) == own


def test_a_shipped_framework_in_one_language_gains_the_bokmal(services: Services) -> None:
    """The technology-only framework imported from an older copy's file (English only)."""
    shipped = load_framework_file(TECHNOLOGY_ONLY)
    fw = services.frameworks.import_framework(shipped.in_one_language())
    services.frameworks.ensure_default()
    with speaking("nb"):
        assert services.frameworks.get_framework(fw.id).name == "Teknologimodenhet"
    assert services.frameworks.export_framework(fw.id) == shipped


# --- every other place a dimension's or framework's name is read ---------------------------

NAMES_NB = ["Kunde", "Teknologi", "Forretningsmodell", "IPR", "Team", "Finansiering"]


def test_the_dashboard_names_the_dimensions_in_the_current_language(
    services: Services, make: Factory
) -> None:
    enrolment = make.enrolment()
    make.assessment(enrolment.id, assessed_on=dt.date(2026, 2, 1))
    fell = {**dict.fromkeys(DIMENSIONS, 3), "customer": 2}
    make.assessment(
        enrolment.id,
        levels=fell,
        reasons={"customer": "Lost the pilot."},
        assessed_on=dt.date(2026, 3, 1),
    )
    with speaking("nb"):
        board = services.overview.cohort_dashboard(enrolment.cohort_id)
        summary = services.overview.enrolment_summary(enrolment.id)
    assert [d.name for d in board.dimensions] == NAMES_NB
    assert any(reason.text.startswith("Kunde ") for reason in summary.risk.reasons)
    with speaking("en"):
        board = services.overview.cohort_dashboard(enrolment.cohort_id)
    assert [d.name for d in board.dimensions][:2] == ["Customer", "Technology"]


def test_an_assessment_names_its_dimensions_in_the_current_language(
    services: Services, make: Factory
) -> None:
    enrolment = make.enrolment()
    assessment = make.assessment(enrolment.id)
    with speaking("nb"):
        record = services.assessments.get_assessment(assessment.id)
    assert [score.dimension_name for score in record.scores] == NAMES_NB
    levels = dict.fromkeys(DIMENSIONS[1:], 4)
    with speaking("nb"), pytest.raises(ValidationError) as refused:
        make.assessment(enrolment.id, levels=levels)
    assert refused.value.label("customer") == "Kunde"


def test_a_mentors_list_names_the_dimensions_in_the_current_language(
    services: Services, make: Factory
) -> None:
    mentor = make.user()
    enrolment = make.enrolment()
    services.enrolments.assign_mentor(enrolment.id, mentor.id)
    with speaking("nb"):
        (mine,) = services.mentoring.my_enrolments(mentor.id)
    assert list(mine.dimension_names.values()) == NAMES_NB


def test_the_exported_assessments_name_framework_and_dimensions_in_the_current_language(
    services: Services, make: Factory
) -> None:
    enrolment = make.enrolment()
    make.assessment(enrolment.id)
    with speaking("nb"):
        sheet = services.exporting.assessments()
    headers = " | ".join(sheet.headers)
    assert "Kunde" in headers and "Finansiering" in headers and "Customer" not in headers
    framework = sheet.headers.index(next(h for h in sheet.headers if "Kunde" in h)) - 1
    assert str(sheet.rows[0][framework]).startswith("Selskapsmodenhet")


def test_a_programme_names_its_framework_in_the_current_language(make: Factory) -> None:
    programme = make.programme()
    with speaking("nb"):
        assert make.services.programmes.get_programme(programme.id).framework_name == (
            "Selskapsmodenhet"
        )
