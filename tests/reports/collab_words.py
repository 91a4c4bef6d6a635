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
    ("Reports", "Lead", "Ansvarlig"),  # a narrow column: the role is "Prosjektansvarlig"
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
    # --- exporting joint projects
    ("CLI", "export companies, milestones, assessments, members or joint projects as CSV or "
     "XLSX",
     "eksporter selskaper, milepæler, vurderinger, medlemmer eller samarbeidsprosjekter som "
     "CSV eller XLSX"),
    ("CLI", "attendees: the people of the event --event names, one row each (name, e-mail, "
     "organisation, organisation number, status, registered, checked in, walk-in); those who "
     "cancelled are left out. meetings: the meeting plan of the event --event names (start, "
     "end, table, the two organisations, the need and the offer, status), by time and table. "
     "projects: a workbook of three sheets, the joint projects, their partners and their "
     "funding applications, that 'accelerator import projects' reads back (a CSV file holds "
     "the projects only).",
     "attendees: deltakerne på arrangementet --event angir, én rad hver (navn, e-post, "
     "organisasjon, organisasjonsnummer, status, påmeldt, sjekket inn, uanmeldt); de som "
     "meldte seg av, er utelatt. meetings: møteplanen for arrangementet --event angir "
     "(start, slutt, bord, de to organisasjonene, behovet og tilbudet, status), etter tid og "
     "bord. projects: en arbeidsbok med tre ark, samarbeidsprosjektene, partnerne og "
     "finansieringssøknadene, som 'accelerator import projects' leser inn igjen (en CSV-fil "
     "har bare prosjektene)."),
    ("CLI", "projects: every project you read is exported; --cohort, --cluster, --on and "
     "--event choose other tables",
     "projects: alle prosjektene du kan lese, eksporteres; --cohort, --cluster, --on og "
     "--event velger andre tabeller"),
    ("Export", "wrote %n projects to {0} (their partners and funding applications are in an "
     ".xlsx export's other sheets)",
     ["skrev %n prosjekt til {0} (partnerne og finansieringssøknadene står på de andre arkene "
      "i en .xlsx-eksport)",
      "skrev %n prosjekter til {0} (partnerne og finansieringssøknadene står på de andre "
      "arkene i en .xlsx-eksport)"],
     ["wrote %n project to {0} (its partners and funding applications are in an .xlsx "
      "export's other sheets)",
      "wrote %n projects to {0} (their partners and funding applications are in an .xlsx "
      "export's other sheets)"]),
    ("Export", "wrote %n projects to {0}, with their partners and funding applications",
     ["skrev %n prosjekt til {0}, med partnere og finansieringssøknader",
      "skrev %n prosjekter til {0}, med partnere og finansieringssøknader"],
     ["wrote %n project to {0}, with its partners and funding applications",
      "wrote %n projects to {0}, with their partners and funding applications"]),
    ("Export", "Projects", "Prosjekter"),
    ("Export", "Partners", "Partnere"),
    ("Export", "Funding applications", "Finansieringssøknader"),
    ("Export", "Project no.", "Prosjektnr."),
    ("Export", "Title", "Tittel"),
    ("Export", "Strategic area", "Innsatsområde"),
    ("Export", "Status since", "Status siden"),
    ("Export", "Timeline", "Tidslinje"),
    ("Export", "Total budget (NOK)", "Totalbudsjett (kr)"),
    ("Export", "Lead", "Prosjektansvarlig"),
    ("Export", "Clusters", "Klynger"),
    ("Export", "Clusters added by hand", "Klynger lagt til manuelt"),
    ("Export", "Cross-cluster", "På tvers av klynger"),
    ("Export", "Applied for (NOK)", "Søkt om (kr)"),
    ("Export", "Granted (NOK)", "Innvilget (kr)"),
    ("Export", "Documents", "Dokumenter"),
    ("Export", "Project", "Prosjekt"),
    ("Export", "Role", "Rolle"),
    ("Export", "Own share (NOK)", "Egenandel (kr)"),
    ("Export", "Scheme", "Ordning"),
    ("Export", "Decision", "Vedtak"),
    ("Export", "Decided on", "Vedtatt"),
    ("Export", "Reference", "Referanse"),
    # --- importing joint projects
    ("CLI", "import companies, the people registered for an event, or joint projects (all "
     "rows or none)",
     "importer selskaper, påmeldte til et arrangement eller samarbeidsprosjekter (alle rader "
     "eller ingen)"),
    ("CLI", "joint projects from a workbook 'accelerator export projects' wrote",
     "samarbeidsprosjekter fra en arbeidsbok som 'accelerator export projects' skrev"),
    ("CLI", "Add the joint projects of a workbook as 'accelerator export projects' writes it: "
     "its sheets of projects, partners and funding applications. Organisations are found by "
     "their organisation number, then by their exact name, and added when not on record; "
     "strategic areas, funding schemes and clusters by their names. What the import will add "
     "is listed; if any row of any sheet has a problem, every problem is listed and nothing is "
     "imported.",
     "Legg til samarbeidsprosjektene i en arbeidsbok slik 'accelerator export projects' "
     "skriver den: arkene med prosjekter, partnere og finansieringssøknader. Organisasjoner "
     "finnes etter organisasjonsnummer, deretter etter nøyaktig navn, og legges til når de "
     "ikke er registrert; innsatsområder, finansieringsordninger og klynger etter navn. Det "
     "importen vil legge til, listes opp; har en rad på et ark et problem, listes alle "
     "problemene og ingenting importeres."),
    ("CLI", "Read {0}: %n projects",
     ["Leste {0}: %n prosjekt", "Leste {0}: %n prosjekter"],
     ["Read {0}: %n project", "Read {0}: %n projects"]),
    ("CLI", "{0}, {1} and {2}", "{0}, {1} og {2}"),
    ("CLI", "%n partners", ["%n partner", "%n partnere"], ["%n partner", "%n partners"]),
    ("CLI", "%n funding applications",
     ["%n finansieringssøknad", "%n finansieringssøknader"],
     ["%n funding application", "%n funding applications"]),
    ("CLI", "  new project: {0}", "  nytt prosjekt: {0}"),
    ("Import", "{0}, row {1}, {2}: {3}", "{0}, rad {1}, {2}: {3}"),
    ("Import", "{0}, row {1}: {2}", "{0}, rad {1}: {2}"),
    ("Import", "%n projects", ["%n prosjekt", "%n prosjekter"], ["%n project", "%n projects"]),
    ("Import", "{0}, {1}", "{0}, {1}"),
    ("Import", "%n partners", ["%n partner", "%n partnere"], ["%n partner", "%n partners"]),
    ("Import", "%n funding applications",
     ["%n finansieringssøknad", "%n finansieringssøknader"],
     ["%n funding application", "%n funding applications"]),
    ("Import", "{0} and {1}", "{0} og {1}"),
    ("Import", "%n new organisations",
     ["%n ny organisasjon", "%n nye organisasjoner"],
     ["%n new organisation", "%n new organisations"]),
    ("Import", "this is not an Excel workbook (.xlsx): projects are imported from the workbook "
     "'accelerator export projects' writes, with its three sheets",
     "dette er ikke en Excel-arbeidsbok (.xlsx): prosjekter importeres fra arbeidsboken "
     "'accelerator export projects' skriver, med de tre arkene"),
    ("Import", "the workbook has %n sheets; a projects export has three: the projects, their "
     "partners and their funding applications",
     ["arbeidsboken har %n ark; en prosjekteksport har tre: prosjektene, partnerne og "
      "finansieringssøknadene",
      "arbeidsboken har %n ark; en prosjekteksport har tre: prosjektene, partnerne og "
      "finansieringssøknadene"],
     ["the workbook has %n sheet; a projects export has three: the projects, their partners "
      "and their funding applications",
      "the workbook has %n sheets; a projects export has three: the projects, their "
      "partners and their funding applications"]),
    ("Import", "the sheet {0} has no column {1}; its first row names the columns",
     "arket {0} har ingen kolonne {1}; den første raden navngir kolonnene"),
    ("Import", "{0} is not a whole number of kroner", "{0} er ikke et helt antall kroner"),
    ("Import", "is larger than any budget", "er større enn noe budsjett"),
    ("Import", "is required", "må fylles ut"),
    ("Import", "{0} is not one of {1}", "{0} er ikke en av {1}"),
    ("Import", "cannot read {0}: write each step as a status and its day, as 'applying "
     "2026-03-01', with ';' between them",
     "kan ikke lese {0}: skriv hvert steg som en status og datoen, som 'applying 2026-03-01', "
     "med ';' mellom dem"),
    ("Import", "is {0}, but the timeline ends with {1}",
     "er {0}, men tidslinjen slutter med {1}"),
    ("Import", "its steps must be in the order of their days",
     "stegene må stå i datorekkefølge"),
    ("Import", "{0} follows itself; a step changes the status",
     "{0} følger etter seg selv; et steg endrer statusen"),
    ("Import", "must not reach a status in the future",
     "kan ikke nå en status fram i tid"),
    ("Import", "give the organisation's name or its number",
     "oppgi organisasjonens navn eller nummer"),
    ("Import", "the sheet {0} has a header row but no projects under it",
     "arket {0} har en overskriftsrad, men ingen prosjekter under den"),
    ("Import", "{0} is the number of row {1} too; each project has its own",
     "{0} er også nummeret på rad {1}; hvert prosjekt har sitt eget"),
    ("Import", "a project called {0} is on record already; the import adds new projects only",
     "et prosjekt som heter {0}, er allerede registrert; importen legger bare til nye "
     "prosjekter"),
    ("Import", "there is no strategic area called {0}; add it to the list first",
     "det finnes ikke noe innsatsområde som heter {0}; legg det til i listen først"),
    ("Import", "there is no cluster called {0}", "det finnes ingen klynge som heter {0}"),
    ("Import", "there is no funding scheme called {0}; add it to the list first",
     "det finnes ingen finansieringsordning som heter {0}; legg den til i listen først"),
    ("Import", "%n organisations are called {0}: give its organisation number",
     ["%n organisasjon heter {0}: oppgi organisasjonsnummeret",
      "%n organisasjoner heter {0}: oppgi organisasjonsnummeret"],
     ["%n organisation is called {0}: give its organisation number",
      "%n organisations are called {0}: give its organisation number"]),
    ("Import", "no organisation has the number {0}: give its name too, and it will be added",
     "ingen organisasjon har nummeret {0}: oppgi navnet også, så legges den til"),
    ("Import", "no project has the number {0} on the sheet {1}",
     "ingen prosjekter har nummeret {0} på arket {1}"),
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
