"""User text is data, not markup: whatever a person typed prints as typed, and nothing in
it becomes a link, an embedded file or a change of type."""

from __future__ import annotations

import dataclasses
import io
import time

import pypdf
import pytest

from accelerator.reports import build_cohort_report, build_company_report
from accelerator.reports.data import CompanyProfile
from accelerator.services import Services
from accelerator.services.assessments import AssessmentInput
from accelerator.services.companies import CompanyInput
from accelerator.services.reporting import ReportingService
from tests.reports.conftest import DIMENSIONS, TODAY, World, annotations, flat, page_texts
from tests.reports.conftest import xobject_subtypes as subtypes

CORPUS = (
    "AT&T",
    "<b>",
    "<font size=72>",
    '<a href="file:///etc/passwd">',
    '<img src="/etc/hosts">',
    "</para>",
    "&amp; &nbsp; &#x41;",
    "Fish 🐟 and 😀",
    "שלום עולם",
)


def _assert_safe(pdf: bytes) -> None:
    assert annotations(pdf) == 0, "user text became a link"
    assert "/Image" not in subtypes(pdf), "user text embedded an image"
    for marker in (b"/URI", b"/Launch", b"/EmbeddedFile", b"/JavaScript"):
        assert marker not in pdf


def test_the_corpus_prints_literally_everywhere(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    services: Services = world.services
    enrolment = world.enrolments["Havbølge Sensorikk AS"]
    hostile = " ".join(CORPUS)
    company = services.companies.create_company(CompanyInput(name="AT&T <b> Fisk AS"))
    other = services.enrolments.enrol(world.cohort.id, company.id)
    services.assessments.log_assessment(
        AssessmentInput(
            other.id,
            dict.fromkeys(DIMENSIONS, 3),
            assessed_on=TODAY,
            notes=hostile,
            next_steps='<img src="/etc/hosts"> then <b>bold',
            assessor_id=world.mentor.id,
        )
    )
    services.assessments.log_assessment(
        AssessmentInput(
            enrolment.id,
            {**dict.fromkeys(DIMENSIONS, 4)},
            reasons=dict.fromkeys(DIMENSIONS, "<font size=72>&"),
            assessed_on=TODAY,
            notes="Line one\nLine <two>\n\nA new paragraph & more.",
            assessor_id=world.mentor.id,
        )
    )
    pdf = ReportingService(services.db).cohort_report_pdf(world.cohort.id, today=TODAY)
    _assert_safe(pdf)
    text = flat(" ".join(page_texts(pdf)))
    assert not caplog.records, "the PDF's text maps must read cleanly"
    for item in CORPUS[:7]:
        assert item in text, item
    assert "AT&T <b> Fisk AS" in text
    assert '<img src="/etc/hosts"> then <b>bold' in text
    assert "Line <two>" in text
    assert "Fish" in text and "and" in text
    # Right-to-left letters are kept (reportlab sets them left to right).
    assert all(letter in text for letter in "שלוםעולם")


def test_a_megabyte_note_builds_quickly(world: World) -> None:
    data = ReportingService(world.services.db).company_report_data(
        world.enrolments["Havbølge Sensorikk AS"].id, today=TODAY
    )
    sentence = "Det gikk bra med piloten på Frøya, men <b>prisen</b> & avtalen må på plass. "
    note = (sentence * (1_000_000 // len(sentence) + 1))[:1_000_000]
    one_word = "x" * 200_000  # no space to break at
    notes = (dataclasses.replace(data.assessments[0], notes=note + one_word),)
    data = dataclasses.replace(data, assessments=notes)
    began = time.perf_counter()
    pdf = build_company_report(data)
    seconds = time.perf_counter() - began
    assert seconds < 10, f"a 1 MB note took {seconds:.1f} s"  # the limit, generously
    _assert_safe(pdf)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) > 100
    middle = reader.pages[len(reader.pages) // 2].extract_text()
    assert "<b>prisen</b> & avtalen" in flat(middle)


@pytest.mark.parametrize(
    "name",
    [
        "<b>Unclosed",
        "a" * 400,
        "Null\x00byte\x07bell\x1b[31m",
        "\u202eevil\u202c override",
        "Tab\tand\nnewline",
    ],
)
def test_odd_company_names_do_not_break_the_build(world: World, name: str) -> None:
    data = ReportingService(world.services.db).cohort_report_data(world.cohort.id, today=TODAY)
    first = data.companies[0]
    renamed = dataclasses.replace(first, company=dataclasses.replace(first.company, name=name))
    data = dataclasses.replace(data, companies=(renamed, *data.companies[1:]))
    pdf = build_cohort_report(data)
    _assert_safe(pdf)
    text = flat(" ".join(page_texts(pdf)))
    if name.startswith("Null"):
        assert "Nullbytebell[31m" in text
    elif name.startswith("\u202e"):
        assert "evil override" in text and "\u202e" not in text
    elif name.startswith("<b>"):
        assert "<b>Unclosed" in text
    elif name.startswith("Tab"):
        assert "Tab and newline" in text


def test_profile_fields_are_escaped_too(world: World) -> None:
    data = ReportingService(world.services.db).company_report_data(
        world.enrolments["Havbølge Sensorikk AS"].id, today=TODAY
    )
    profile = CompanyProfile(
        name="Profil & Co",
        website='<a href="file:///etc/passwd">site</a>',
        technology_focus="<img src='/etc/hosts'/> sensors",
        description="<font size=72>BIG</font>",
    )
    pdf = build_company_report(dataclasses.replace(data, company=profile))
    _assert_safe(pdf)
    text = flat(" ".join(page_texts(pdf)))
    assert '<a href="file:///etc/passwd">site</a>' in text
    assert "<img src='/etc/hosts'/> sensors" in text
    assert "<font size=72>BIG</font>" in text
