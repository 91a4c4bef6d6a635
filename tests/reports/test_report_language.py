"""A report speaks its own language: a cohort and a company report in bokmål and in English,
whichever language the program speaks, read back from the PDF."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pypdf
import pytest

from accelerator import i18n
from accelerator.cli import main
from accelerator.domain.formatting import format_date
from accelerator.errors import ValidationError
from accelerator.services.reporting import ReportingService
from tests.reports.conftest import COMPANIES, TODAY, World, flat, page_texts, use_catalogue

#: A few of the translators' entries (/tmp/tr/cli_reports.json), as the catalogue has them.
BOKMAL: list[dict[str, Any]] = [
    {"context": "Reports", "source": "Page {0} of {1}", "bokmal": "Side {0} av {1}"},
    {"context": "Reports", "source": "Generated on {0}", "bokmal": "Laget {0}"},
    {"context": "Reports", "source": "Cohort report", "bokmal": "Kullrapport"},
    {"context": "Reports", "source": "Contents", "bokmal": "Innhold"},
    {"context": "Reports", "source": "Summary", "bokmal": "Sammendrag"},
    {
        "context": "Reports",
        "source": "How to read this report",
        "bokmal": "Slik leser du rapporten",
    },
    {"context": "Reports", "source": "Mean readiness", "bokmal": "Snittmodenhet"},
    {"context": "Reports", "source": "Readiness index", "bokmal": "Modenhetsindeks"},
    {
        "context": "Reports",
        "source": "Company progress report",
        "bokmal": "Fremdriftsrapport for selskapet",
    },
    {"context": "Reports", "source": "Readiness by dimension", "bokmal": "Modenhet per dimensjon"},
    {"context": "Reports", "source": "Milestones", "bokmal": "Milepæler"},
    {
        "context": "Reports",
        "source": "%n companies",
        "forms": ["%n selskap", "%n selskaper"],
        "en_forms": ["%n company", "%n companies"],
    },
    {
        "context": "Reports",
        "source": "Status: {0} · %n companies",
        "forms": ["Status: {0} · %n selskap", "Status: {0} · %n selskaper"],
        "en_forms": ["Status: {0} · %n company", "Status: {0} · %n companies"],
    },
    {
        "context": "CLI",
        "source": "Wrote the progress report of {0} in {1} ({2}) to {3}",
        "bokmal": "Skrev fremdriftsrapporten for {0} i {1} ({2}) til {3}",
    },
]

#: A date as bokmål writes it: "4. des. 2026", "17. mai 2026".
NORWEGIAN_DATE = r"\d{1,2}\. [a-zæøå]{3}\.? \d{4}"


@pytest.fixture(autouse=True)
def bokmal(monkeypatch: pytest.MonkeyPatch) -> None:
    use_catalogue(monkeypatch, BOKMAL)


def _reporting(world: World) -> ReportingService:
    return ReportingService(world.services.db)


def _in(language: str) -> str:
    with i18n.speaking(language):
        return format_date(TODAY)


def test_a_cohort_report_in_bokmal_in_an_english_program(shared_world: World) -> None:
    pdf = _reporting(shared_world).cohort_report_pdf(
        shared_world.cohort.id, today=TODAY, language="nb"
    )
    pages = page_texts(pdf)
    text = flat(" ".join(pages))
    for number, page in enumerate(pages, start=1):
        assert f"Side {number} av {len(pages)}" in page
        assert f"Laget {_in('nb')}" in page
    assert re.search(f"Laget {NORWEGIAN_DATE}", text)
    assert "KULLRAPPORT" in pages[0] and " · 3 selskaper" in pages[0]
    assert "SNITTMODENHET" in pages[0] and "Slik leser du rapporten" in pages[0]
    assert "Innhold" in pages[1] and "Sammendrag" in text
    for english in ("Page 1 of", "Generated on", "COHORT REPORT", "How to read this report"):
        assert english not in text
    # The program itself still speaks English.
    assert i18n.current_language() == "en"


def test_a_cohort_report_in_english_in_a_norwegian_program(shared_world: World) -> None:
    with i18n.speaking("nb"):
        pdf = _reporting(shared_world).cohort_report_pdf(
            shared_world.cohort.id, today=TODAY, language="en"
        )
        default = _reporting(shared_world).cohort_report_pdf(shared_world.cohort.id, today=TODAY)
    text = flat(" ".join(page_texts(pdf)))
    assert "Page 1 of" in text and f"Generated on {_in('en')}" in text
    assert "COHORT REPORT" in text and " · 3 companies" in text and "Summary" in text
    assert "Side 1 av" not in text and "Laget" not in text
    # Without a language of its own, a report speaks the program's.
    assert "Side 1 av" in flat(" ".join(page_texts(default)))


@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_company_report_in_each_language(shared_world: World, language: str) -> None:
    enrolment = shared_world.enrolments[COMPANIES[1][0]]
    pdf = _reporting(shared_world).company_report_pdf(enrolment.id, today=TODAY, language=language)
    text = flat(" ".join(page_texts(pdf)))
    words = {
        "nb": ("FREMDRIFTSRAPPORT FOR SELSKAPET", "Modenhet per dimensjon", "Side 1 av"),
        "en": ("COMPANY PROGRESS REPORT", "Readiness by dimension", "Page 1 of"),
    }
    for shown in words[language]:
        assert shown in text
    other = "en" if language == "nb" else "nb"
    for not_shown in words[other]:
        assert not_shown not in text
    index = re.search(r"MODENHETSINDEKS (\S+)|READINESS INDEX (\S+)", text)
    assert index is not None
    # A mean level: a decimal comma in bokmål, a point in English.
    assert re.fullmatch(r"\d,\d" if language == "nb" else r"\d\.\d", index[1] or index[2])


def test_a_language_the_program_does_not_speak_is_refused_before_anything_is_written(
    world: World, tmp_path: Path
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    with pytest.raises(ValidationError, match="a report can be written in en, nb, not 'de'"):
        _reporting(world).write_cohort_report(world.cohort.id, folder / "r.pdf", language="de")
    assert list(folder.iterdir()) == []


def test_the_command_line_writes_a_report_in_its_own_language(
    world: World, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = COMPANIES[1][0]
    target = tmp_path / "company.pdf"
    args = ["--db", str(db_path), "report", "company", name, "-o", str(target)]
    # The command line speaks bokmål; the report is for a foreign investor.
    assert main(["--lang", "nb", *args, "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Skrev fremdriftsrapporten for {name} i Vår 2026")
    text = flat(" ".join(page_texts(target.read_bytes())))
    assert "COMPANY PROGRESS REPORT" in text and "Side 1 av" not in text
    # And the other way round: an English command line, a Norwegian report.
    assert main([*args, "--lang", "nb"]) == 0
    assert capsys.readouterr().out.startswith(f"Wrote the progress report of {name}")
    reader = pypdf.PdfReader(io.BytesIO(target.read_bytes()))
    assert "Side 1 av" in (reader.pages[0].extract_text() or "")
