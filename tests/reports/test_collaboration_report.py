"""The collaboration report over the demo's joint projects: its figures are those the
projects service gives (recomputed here from each project's own record), the list holds
the year's projects, the map is a vector drawing on a page of its own; one cluster's
report holds that cluster's projects; a mentor's copy says it is partial; in bokmål the
words and the kroner are Norwegian; the command line writes it."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from accelerator import i18n
from accelerator.cli import main
from accelerator.domain.enums import FundingDecision, ProjectStatus, in_words
from accelerator.domain.formatting import format_number
from accelerator.i18n.catalogue import Catalogue, Message
from accelerator.services import Services
from accelerator.services.collab_reports import CollaborationReportService
from accelerator.services.projects import PartnerInput, ProjectInput, ProjectRecord
from accelerator.services.users import actor_of
from tests.factories import Factory
from tests.reports import cluster_words, collab_words
from tests.reports.conftest import flat, page_texts, xobject_subtypes


def bokmal(monkeypatch: pytest.MonkeyPatch) -> None:
    """The catalogues as they are, with the reports' new texts added as the lead will add
    them (the event report's and this brief's)."""
    for language in ("nb", "en"):
        catalogue = Catalogue(language)
        catalogue.messages = dict(i18n.catalogue(language).messages)
        for context, source, nb, *en in [*cluster_words.WORDS, *collab_words.WORDS]:
            if isinstance(nb, list):
                forms = nb if language == "nb" else en[0]
                message = Message(context, source, numerus=True, forms=tuple(forms))
            elif language == "nb":
                message = Message(context, source, forms=(nb,))
            else:
                continue
            catalogue.messages[message.key] = replace(message, finished=True)
        monkeypatch.setitem(i18n._catalogues, language, catalogue)


def _service(services: Services) -> CollaborationReportService:
    return CollaborationReportService(services.db, services.actor)


def _text(pdf: bytes) -> str:
    return flat(" ".join(page_texts(pdf)))


def _records(services: Services, year: int, cluster_id: int | None = None) -> list[ProjectRecord]:
    rows = services.projects.list_projects(year=year, cluster_id=cluster_id)
    return [services.projects.get_project(r.id) for r in rows]


def test_the_figures_are_the_projects_own(demo: Services) -> None:
    year = dt.date.today().year
    records = _records(demo, year)
    assert len(records) >= 5, "the demo has projects this year"
    pdf = _service(demo).collaboration_report_pdf(year, language="en")
    text = _text(pdf)
    assert f"COLLABORATION REPORT Joint projects {year}" in text

    # The strip: projects, cross-cluster ones, kroner applied for and granted.
    applied = sum(f.amount_applied for r in records for f in r.funding)
    granted = sum(f.amount_granted or 0 for r in records for f in r.funding)
    cross = sum(1 for r in records if r.cross_cluster)
    assert (
        f"PROJECTS {len(records)} active in the year ACROSS CLUSTERS {cross} two clusters or "
        f"more APPLIED FOR {format_number(applied)} kroner GRANTED {format_number(granted)}"
    ) in text

    # By status, in the statuses' order.
    statuses = Counter(r.status for r in records)
    lines = " ".join(f"{in_words(s)} {statuses[s]}" for s in ProjectStatus if statuses[s])
    assert f"Projects by status Status Projects {lines}" in text

    # By strategic area, the most first.
    areas = Counter(r.strategic_area for r in records if r.strategic_area)
    first_area, most = areas.most_common(1)[0]
    assert f"Strategic area Projects {first_area} {most}" in text

    # Each pair of clusters of the cross-cluster projects.
    pairs: Counter[tuple[str, str]] = Counter()
    for r in records:
        names = sorted(c.name for c in r.clusters)
        pairs.update((a, b) for i, a in enumerate(names) for b in names[i + 1 :])
    assert pairs, "the demo has cross-cluster projects"
    for (a, b), n in pairs.items():
        assert f"{a} {b} {n}" in text or f"{b} {a} {n}" in text

    # Funding by scheme: applications, kroner applied for, granted ones and kroner granted.
    schemes: dict[str, list[int]] = {}
    for r in records:
        for f in r.funding:
            figures = schemes.setdefault(f.scheme_name, [0, 0, 0, 0])
            figures[0] += 1
            figures[1] += f.amount_applied
            if f.decision is FundingDecision.GRANTED:
                figures[2] += 1
                figures[3] += f.amount_granted or 0
    for scheme, (n, applied_n, granted_n, granted_kr) in schemes.items():
        row = f"{n} {format_number(applied_n)} {granted_n} {format_number(granted_kr)}"
        assert f"{flat(scheme)} {row}" in text, scheme
    total_n = sum(v[0] for v in schemes.values())
    total_granted = sum(v[2] for v in schemes.values())
    assert (
        f"Total {total_n} {format_number(applied)} {total_granted} {format_number(granted)}"
    ) in text

    # The list: every project with its lead and its status.
    listed = text[text.index(f"The projects of {year}") :]
    for r in records:
        assert flat(r.title) in listed, r.title
        if r.lead is not None:
            assert r.lead.organisation_name in listed


def test_the_map_is_a_vector_drawing_on_its_own_last_page(demo: Services) -> None:
    year = dt.date.today().year
    pdf = _service(demo).collaboration_report_pdf(year, language="en")
    pages = page_texts(pdf)
    last = flat(pages[-1])
    assert last.startswith("Collaboration map The organisations of the year's projects")
    assert "The projects of" not in last
    assert "Company" in last and "Cluster" in last  # the legend
    # Drawn with lines and discs: no picture of it anywhere.
    assert "/Image" not in xobject_subtypes(pdf)


def test_one_clusters_report_holds_its_projects(demo: Services) -> None:
    year = dt.date.today().year
    counts = {c.id: len(_records(demo, year, c.id)) for c in demo.clusters.list_clusters()}
    cluster_id = max(counts, key=lambda c: (0 < counts[c] < len(_records(demo, year)), counts[c]))
    cluster = demo.clusters.get_cluster(cluster_id)
    records = _records(demo, year, cluster_id)
    text = _text(_service(demo).collaboration_report_pdf(year, cluster_id, language="en"))
    assert f"{cluster.name}: joint projects {year}" in text
    assert f"PROJECTS {len(records)} active in the year" in text
    others = {r.title for r in _records(demo, year)} - {r.title for r in records}
    listed = text[text.index(f"The projects of {year}") :]
    assert not any(flat(title) in listed for title in others)


def test_a_mentors_copy_says_it_is_partial(demo: Services) -> None:
    year = dt.date.today().year
    # A project of two organisations in no cohort: no mentor reads it.
    make = Factory(demo)
    elsewhere = demo.projects.create_project(
        ProjectInput("Hull cleaning robots", start_on=dt.date(year, 1, 10))
    )
    for name in ("Skrogvask AS", "Renkyst AS"):
        demo.projects.add_partner(elsewhere.id, PartnerInput(make.company(name=name).id))
    mentor = next(u for u in demo.users.list_users() if u.role == "mentor")
    theirs = demo.acting_as(actor_of(mentor))
    data = _service(theirs).collaboration_report_data(year, language="en")
    assert data.partial
    assert data.projects == len(theirs.projects.list_projects(year=year))
    assert data.projects < len(demo.projects.list_projects(year=year))
    text = _text(_service(theirs).collaboration_report_pdf(year, language="en"))
    assert "Only the projects of the companies you mentor are counted" in text
    assert "Hull cleaning robots" not in text and "Skrogvask" not in text


def test_a_year_without_projects_says_so(demo: Services) -> None:
    text = _text(_service(demo).collaboration_report_pdf(1995, language="en"))
    assert "PROJECTS 0" in text and "No joint project was active in 1995." in text
    assert "No joint projects to show." in text  # the map's page


def test_in_bokmal(demo: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    bokmal(monkeypatch)
    year = dt.date.today().year
    records = _records(demo, year)
    applied = sum(f.amount_applied for r in records for f in r.funding)
    text = _text(_service(demo).collaboration_report_pdf(year, language="nb"))
    assert f"SAMARBEIDSRAPPORT Samarbeidsprosjekter {year}" in text
    with i18n.speaking("nb"):
        shown = format_number(applied)
    assert " " in shown.replace("\u00a0", " ") and f"SØKT OM {flat(shown)} kroner" in flat(text)
    assert "Prosjekter etter status" in text and "Finansiering etter ordning" in text
    assert "Samarbeidskart" in text and "Side 1 av" in text
    assert "Collaboration report" not in text and "Projects by status" not in text


def test_the_command_line_writes_it(demo: Services, db_path: Path, tmp_path: Path) -> None:
    demo.db.dispose()
    year = dt.date.today().year
    out = tmp_path / "joint.pdf"
    args = ["--db", str(db_path), "--lang", "en", "report", "collaboration"]
    assert main([*args, "--year", str(year), "-o", str(out)]) == 0
    assert f"Joint projects {year}" in _text(out.read_bytes())
    with pytest.raises(SystemExit):
        main([*args, "--year", "26", "-o", str(out)])
