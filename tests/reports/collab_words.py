"""The bokmål of the collaboration report, the company report's joint projects, their
command line, their choice on the Reports page, and the export and import of projects, as
handed to the lead for the catalogue (brief P3, issue #16): the tests read them in bokmål
through these until the catalogue has them, and after.

Each entry is ``(context, source, bokmål)``; a counted text's bokmål and English are
``[singular, plural]``. ``python -m tests.reports.collab_words FILE.json`` writes them as
the lead takes them.
"""

from __future__ import annotations

import json
import sys
from typing import Any

Entry = tuple[str, str, Any] | tuple[str, str, Any, Any]

WORDS: list[Entry] = [
    # --- the company report's joint projects
    ("Reports", "Joint projects", "Samarbeidsprosjekter"),
    ("Reports", "None: the company started or joined no joint project in this time.",
     "Ingen: selskapet startet ikke og ble ikke med i noe samarbeidsprosjekt i denne perioden."),
    ("Reports", "Project", "Prosjekt"),
    ("Reports", "Role", "Rolle"),
    ("Reports", "Yes: {0}", "Ja: {0}"),
    ("Reports", "No", "Nei"),
    # --- the collaboration report
    ("Reports", "{0}: joint projects {1}", "{0}: samarbeidsprosjekter {1}"),
    ("Reports", "Joint projects {0}", "Samarbeidsprosjekter {0}"),
    ("Reports", "Collaboration report", "Samarbeidsrapport"),
    ("Reports", "Every cluster", "Alle klynger"),
    ("Reports", "{0}: collaboration report", "{0}: samarbeidsrapport"),
    ("Reports", "The joint projects active in {0}: running at some time in the year, or "
     "reaching a status in it.",
     "Samarbeidsprosjektene som var aktive i {0}: i gang en tid i løpet av året, eller som "
     "nådde en ny status i det."),
    ("Reports", "Projects", "Prosjekter"),
    ("Reports", "active in the year", "aktive i året"),
    ("Reports", "Across clusters", "På tvers av klynger"),
    ("Reports", "two clusters or more", "to klynger eller flere"),
    ("Reports", "Applied for", "Søkt om"),
    ("Reports", "Granted", "Innvilget"),
    ("Reports", "kroner", "kroner"),
    ("Reports", "Only the projects of the companies you mentor are counted, and only their "
     "names are given: the clusters had others too.",
     "Bare prosjektene til selskapene du er mentor for, er talt med, og bare deres navn er "
     "oppgitt: klyngene hadde andre også."),
    ("Reports", "Projects by status", "Prosjekter etter status"),
    ("Reports", "No joint project was active in {0}.",
     "Ingen samarbeidsprosjekter var aktive i {0}."),
    ("Reports", "Status", "Status"),
    ("Reports", "Projects by strategic area", "Prosjekter etter innsatsområde"),
    ("Reports", "Strategic area", "Innsatsområde"),
    ("Reports", "%n projects have no strategic area.",
     ["%n prosjekt har ikke noe innsatsområde.", "%n prosjekter har ikke noe innsatsområde."],
     ["%n project has no strategic area.", "%n projects have no strategic area."]),
    ("Reports", "Cross-cluster projects by pair of clusters",
     "Prosjekter på tvers av klynger, etter klyngepar"),
    ("Reports", "No project crossed clusters in {0}.",
     "Ingen prosjekter gikk på tvers av klynger i {0}."),
    ("Reports", "Cluster", "Klynge"),
    ("Reports", "With cluster", "Med klynge"),
    ("Reports", "A project of three clusters counts once for each of its pairs. A project's "
     "clusters are its partners' on its start date, and those added by hand.",
     "Et prosjekt med tre klynger telles én gang for hvert av parene sine. Et prosjekts "
     "klynger er partnernes klynger på startdatoen, og de som er lagt til manuelt."),
    ("Reports", "Funding by scheme", "Finansiering etter ordning"),
    ("Reports", "No funding was applied for by these projects.",
     "Disse prosjektene har ikke søkt om finansiering."),
    ("Reports", "Scheme", "Ordning"),
    ("Reports", "Applications", "Søknader"),
    ("Reports", "Applied for (NOK)", "Søkt om (kr)"),
    ("Reports", "Granted (NOK)", "Innvilget (kr)"),
    ("Reports", "Total", "Totalt"),
    ("Reports", "Every application of the year's projects, decided or pending; Granted "
     "counts the applications granted and the amounts granted.",
     "Alle søknadene fra årets prosjekter, avgjort eller ikke; Innvilget teller de innvilgede "
     "søknadene og beløpene som ble innvilget."),
    ("Reports", "The projects of {0}", "Prosjektene i {0}"),
    ("Reports", "Project and partners", "Prosjekt og partnere"),
    ("Reports", "Lead", "Prosjektansvarlig"),
    ("Reports", "Clusters", "Klynger"),
    ("Reports", "%n other partners", ["%n annen partner", "%n andre partnere"],
     ["%n other partner", "%n other partners"]),
    ("Reports", "{0} and {1}", "{0} og {1}"),
    ("Reports", "No other partner", "Ingen andre partnere"),
    ("Reports", "With {0}", "Med {0}"),
    ("Reports", "Collaboration map", "Samarbeidskart"),
    ("Reports", "The organisations of the year's projects and the clusters involved. A line "
     "joins two partners of a project, wider the more projects they share; a dashed line, a "
     "meeting that led to one. A ring holds a cluster's members.",
     "Organisasjonene i årets prosjekter og klyngene de hører til. En linje forbinder to "
     "partnere i et prosjekt, bredere jo flere prosjekter de har sammen; en stiplet linje er "
     "et møte som førte til et prosjekt. En ring omslutter medlemmene i en klynge."),
    ("Reporting", "the year must be a year from {0} to {1}, not {2}",
     "året må være et år fra {0} til {1}, ikke {2}"),
    # --- the command line
    ("CLI", "write a cohort, company, event, member or collaboration report (PDF)",
     "skriv en kull-, selskaps-, arrangements-, medlems- eller samarbeidsrapport (PDF)"),
    ("CLI", "a year's joint projects, their funding and the collaboration map",
     "årets samarbeidsprosjekter, finansieringen av dem og samarbeidskartet"),
    ("CLI", "Write the collaboration report of a year: the joint projects active in it by "
     "status and by strategic area, cross-cluster projects by pair of clusters, funding "
     "applied for and granted by scheme, the list of the projects, and the collaboration map.",
     "Skriv samarbeidsrapporten for et år: samarbeidsprosjektene som var aktive i året etter "
     "status og innsatsområde, prosjekter på tvers av klynger etter klyngepar, finansiering "
     "søkt om og innvilget etter ordning, listen over prosjektene og samarbeidskartet."),
    ("CLI", "the year of the projects (default: this year)",
     "året prosjektene gjelder (standard: i år)"),
    ("CLI", "only the projects this cluster is involved in (default: every cluster's)",
     "bare prosjektene denne klyngen er med i (standard: alle klyngenes)"),
    ("CLI", "{0} is not a year; write it with four digits, as 2026",
     "{0} er ikke et år; skriv det med fire sifre, som 2026"),
    ("CLI", "Wrote the collaboration report of {0} for {1} (%n projects) to {2}",
     ["Skrev samarbeidsrapporten for {0} for {1} (%n prosjekt) til {2}",
      "Skrev samarbeidsrapporten for {0} for {1} (%n prosjekter) til {2}"],
     ["Wrote the collaboration report of {0} for {1} (%n project) to {2}",
      "Wrote the collaboration report of {0} for {1} (%n projects) to {2}"]),
    ("CLI", "Wrote the collaboration report for {0} (%n projects) to {1}",
     ["Skrev samarbeidsrapporten for {0} (%n prosjekt) til {1}",
      "Skrev samarbeidsrapporten for {0} (%n prosjekter) til {1}"],
     ["Wrote the collaboration report for {0} (%n project) to {1}",
      "Wrote the collaboration report for {0} (%n projects) to {1}"]),
    # --- the Reports page
    ("ReportsPage", "Reports as PDF: a cohort's or one company's progress for steering groups "
     "and funders, an event's attendance, the member register, and a year's joint projects "
     "with the collaboration map.",
     "Rapporter som PDF: framdriften for et kull eller ett selskap til styringsgrupper og "
     "finansiører, oppmøtet på et arrangement, medlemsregisteret, og årets "
     "samarbeidsprosjekter med samarbeidskartet."),
    ("ReportsPage", "&Joint projects", "Samarbeidspro&jekter"),
    ("ReportsPage", "A year's joint projects by status, strategic area and pair of clusters, "
     "their funding by scheme, the list of them and the collaboration map",
     "Årets samarbeidsprosjekter etter status, innsatsområde og klyngepar, finansieringen "
     "etter ordning, listen over dem og samarbeidskartet"),
    ("ReportsPage", "The projects active in this year: running in it, or reaching a status in "
     "it.",
     "Prosjektene som var aktive dette året: i gang i løpet av året, eller som nådde en ny "
     "status i det."),
    ("ReportsPage", "&In year:", "&I året:"),
    ("ReportsPage", "Joint projects {0}", "Samarbeidsprosjekter {0}"),
    ("ReportsPage", "{0} – joint projects {1}", "{0} – samarbeidsprosjekter {1}"),
]  # fmt: skip


def as_json() -> list[dict[str, Any]]:
    """The entries as the lead takes them: ``context``, ``source``, ``nb`` (and ``en``)."""
    result: list[dict[str, Any]] = []
    for entry in WORDS:
        item: dict[str, Any] = {"context": entry[0], "source": entry[1], "nb": entry[2]}
        if len(entry) == 4:
            item["en"] = entry[3]  # type: ignore[misc]
        result.append(item)
    return result


if __name__ == "__main__":
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        json.dump(as_json(), out, ensure_ascii=False, indent=1)
