"""The bokmål of the event report, the member register, their command line and their
choices on the Reports page, as handed to the lead for the catalogue (brief H15H): the
tests read the reports in bokmål through these until the catalogue has them, and after.

Each entry is ``(context, source, bokmål)``; a counted text's bokmål and English are
``[singular, plural]``.
"""

from __future__ import annotations

from typing import Any

Entry = tuple[str, str, Any] | tuple[str, str, Any, Any]

WORDS: list[Entry] = [
    # --- the command line
    ("CLI", "write a cohort, company, event or member report (PDF)",
     "skriv en kull-, selskaps-, arrangements- eller medlemsrapport (PDF)"),
    ("CLI", "an event's report: its programme and who came",
     "rapport for et arrangement: programmet og hvem som kom"),
    ("CLI", "Write an event's report: its programme, the registrations by where they ended, "
     "attendance by organisation kind and by cluster, and the organisations that came.",
     "Skriv rapporten for et arrangement: programmet, påmeldingene etter hvordan de endte, "
     "oppmøte etter organisasjonstype og etter klynge, og organisasjonene som kom."),
    ("CLI", "the member register on a day", "medlemsregisteret på en dato"),
    ("CLI", "Write the member register on a day: per cluster, its members by kind and tier, "
     "who joined and who left during the year up to that day, and the list of members.",
     "Skriv medlemsregisteret slik det var på en dato: for hver klynge medlemmene etter type "
     "og medlemsnivå, hvem som meldte seg inn og ut i løpet av året fram til datoen, og "
     "listen over medlemmer."),
    ("CLI", "the day the register is as it stood on (default: today)",
     "datoen registeret gjelder for (standard: i dag)"),
    ("CLI", "only this cluster's members (default: every cluster)",
     "bare medlemmene i denne klyngen (standard: alle klynger)"),
    ("CLI", "Wrote the report of {0} ({1}) to {2}", "Skrev rapporten for {0} ({1}) til {2}"),
    ("CLI", "Wrote the member register of {0} on {1} to {2}",
     "Skrev medlemsregisteret for {0} per {1} til {2}"),
    ("CLI", "Wrote the member register of every cluster on {0} to {1}",
     "Skrev medlemsregisteret for alle klynger per {0} til {1}"),
    # --- the event report
    ("Reports", "Event report", "Arrangementsrapport"),
    ("Reports", "{0}: event report", "{0}: arrangementsrapport"),
    ("Reports", "Not on record", "Ikke registrert"),
    ("Reports", "When", "Når"),
    ("Reports", "{0} (Norwegian time)", "{0} (norsk tid)"),
    ("Reports", "Place", "Sted"),
    ("Reports", "Hosted by", "Arrangør"),
    ("Reports", "No host cluster recorded", "Ingen arrangørklynge registrert"),
    ("Reports", "Cohort", "Kull"),
    ("Reports", "Capacity", "Kapasitet"),
    ("Reports", "%n places", ["%n plass", "%n plasser"], ["%n place", "%n places"]),
    ("Reports", "No limit", "Ingen grense"),
    ("Reports", "Open to", "Åpent for"),
    ("Reports", "Public", "Alle"),
    ("Reports", "Internal: by invitation", "Internt: etter invitasjon"),
    ("Reports", "Programme", "Program"),
    ("Reports", "{0}, and online: {1}", "{0}, og digitalt: {1}"),
    ("Reports", "{0}, and online", "{0}, og digitalt"),
    ("Reports", "Online: {0}", "Digitalt: {0}"),
    ("Reports", "Online", "Digitalt"),
    ("Reports", "Signed up", "Påmeldinger"),
    ("Reports", "before the day", "før dagen"),
    ("Reports", "Attended", "Møtt"),
    ("Reports", "%n walk-ins among them",
     ["%n uten påmelding", "%n uten påmelding"],
     ["%n walk-in among them", "%n walk-ins among them"]),
    ("Reports", "No-shows", "Møtte ikke"),
    ("Reports", "turnout {0}", "oppmøte {0}"),
    ("Reports", "Waitlisted", "På venteliste"),
    ("Reports", "Cancelled", "Avmeldt"),
    ("Reports", "Registered", "Påmeldt"),
    ("Reports", "with a place", "med plass"),
    ("Reports", "Places left", "Ledige plasser"),
    ("Reports", "Only the people of the organisations you mentor are counted: the event had "
     "others too.",
     "Bare folk fra organisasjonene du er mentor for, er talt med: arrangementet hadde også "
     "andre."),
    ("Reports", "Registrations", "Påmeldinger"),
    ("Reports", "waiting for a place", "venter på plass"),
    ("Reports", "checked in at the door, walk-ins included",
     "sjekket inn i døra, medregnet de uten påmelding"),
    ("Reports", "Walk-ins", "Uten påmelding"),
    ("Reports", "came without registering", "kom uten å være påmeldt"),
    ("Reports", "had a place and did not come", "hadde plass og kom ikke"),
    ("Reports", "cancelled before the day", "meldte seg av før dagen"),
    ("Reports", "People", "Personer"),
    ("Reports", "What it means", "Hva det betyr"),
    ("Reports", "had a place and were neither checked in nor marked a no-show",
     "hadde plass, men ble verken sjekket inn eller registrert som ikke møtt"),
    ("Reports", "have a place", "har plass"),
    ("Reports", "Attendance by organisation kind", "Oppmøte etter organisasjonstype"),
    ("Reports", "Attendance by cluster", "Oppmøte etter klynge"),
    ("Reports", "Registered by organisation kind", "Påmeldte etter organisasjonstype"),
    ("Reports", "Registered by cluster", "Påmeldte etter klynge"),
    ("Reports", "Nobody was checked in at this event.",
     "Ingen ble sjekket inn på dette arrangementet."),
    ("Reports", "Nobody has a place at this event yet.",
     "Ingen har plass på dette arrangementet ennå."),
    ("Reports", "Kind", "Type"),
    ("Reports", "%n people named no organisation; they are counted under Not on record.",
     ["%n person oppga ingen organisasjon og er talt med under Ikke registrert.",
      "%n personer oppga ingen organisasjon og er talt med under Ikke registrert."],
     ["%n person named no organisation; they are counted under Not on record.",
      "%n people named no organisation; they are counted under Not on record."]),
    ("Reports", "Clusters the organisations were members of on {0}. An organisation that is a "
     "member of two clusters counts in each; one of none counts under No cluster.",
     "Klyngene organisasjonene var medlem av {0}. En organisasjon som er medlem av to "
     "klynger, telles i begge; en som ikke er medlem av noen, telles under Ingen klynge."),
    ("Reports", "No cluster", "Ingen klynge"),
    ("Reports", "Cluster", "Klynge"),
    ("Reports", "Organisations", "Organisasjoner"),
    ("Reports", "Organisations that attended", "Organisasjoner som møtte"),
    ("Reports", "Organisations registered", "Påmeldte organisasjoner"),
    ("Reports", "Organisation", "Organisasjon"),
    ("Reports", "Clusters", "Klynger"),
    ("Reports", "People counts include walk-ins (%n in all).",
     ["Antallet personer omfatter dem som kom uten påmelding (%n i alt).",
      "Antallet personer omfatter dem som kom uten påmelding (%n i alt)."],
     ["People counts include walk-ins (%n in all).",
      "People counts include walk-ins (%n in all)."]),
    # --- the event's meetings
    ("Reports", "Meetings", "Møter"),
    ("Reports", "Requested", "Forespurt"),
    ("Reports", "cancelled too", "også avlyste"),
    ("Reports", "Booked", "Avtalt"),
    ("Reports", "Called off", "Avlyst"),
    ("Reports", "Held", "Holdt"),
    ("Reports", "Across clusters", "På tvers av klynger"),
    ("Reports", "no cluster in common", "ingen felles klynge"),
    ("Reports", "Outcome", "Utfall"),
    ("Reports", "Not recorded yet", "Ikke ført ennå"),
    ("Reports", "Across clusters: the two organisations were members of clusters on the "
     "meeting's day, and of none in common.",
     "På tvers av klynger: begge organisasjonene var medlem av en klynge den dagen møtet var, "
     "og ikke av noen felles."),
    ("Reports", "Meeting plan", "Møteplan"),
    ("Reports", "Time", "Tid"),
    ("Reports", "Table", "Bord"),
    ("Reports", "Meets", "Møter"),
    ("Reports", "{0}: {1}", "{0}: {1}"),
    # --- the member register
    ("Reports", "Member register", "Medlemsregister"),
    ("Reports", "Members on {0}", "Medlemmer per {0}"),
    ("Reports", "{0}: member register on {1}", "{0}: medlemsregister per {1}"),
    ("Reports", "Members of the clusters", "Klyngenes medlemmer"),
    ("Reports", "Members", "Medlemmer"),
    ("Reports", "one in two clusters counts once", "medlem av to klynger telles én gang"),
    ("Reports", "Joined in {0}", "Meldt inn i {0}"),
    ("Reports", "Left in {0}", "Meldt ut i {0}"),
    ("Reports", "The clusters", "Klyngene"),
    ("Reports", "Ours or partner", "Vår eller partner"),
    ("Reports", "Joined", "Innmeldt"),
    ("Reports", "Left", "Utmeldt"),
    ("Reports", "Our cluster", "Vår klynge"),
    ("Reports", "Partner cluster", "Partnerklynge"),
    ("Reports", "Joined and left count from 1 January {0} to {1}.",
     "Inn- og utmeldte er talt fra 1. januar {0} til {1}."),
    ("Reports", "Only the organisations of the cohorts you mentor in are listed.",
     "Bare organisasjonene i kullene du er mentor i, er med."),
    ("Reports", "on {0}", "per {0}"),
    ("Reports", "{0} had no members on {1}.", "{0} hadde ingen medlemmer per {1}."),
    ("Reports", "Members by kind and tier", "Medlemmer etter type og medlemsnivå"),
    ("Reports", "Nobody joined from 1 January to {0}.",
     "Ingen meldte seg inn fra 1. januar til {0}."),
    ("Reports", "Nobody left from 1 January to {0}.",
     "Ingen meldte seg ut fra 1. januar til {0}."),
    ("Reports", "Total", "Totalt"),
    ("Reports", "Tier", "Medlemsnivå"),
    ("Reports", "Last day", "Siste dag"),
    # --- the Reports page
    ("ReportsPage", "Reports as PDF: a cohort's or one company's progress for steering groups "
     "and funders, an event's attendance, and the member register.",
     "Rapporter som PDF: fremdriften til et kull eller et selskap for styringsgrupper og "
     "finansiører, oppmøtet på et arrangement og medlemsregisteret."),
    ("ReportsPage", "Event atten&dance", "Opp&møte på arrangement"),
    ("ReportsPage", "Mem&ber register", "Me&dlemsregister"),
    ("ReportsPage", "Eve&nt:", "&Arrangement:"),
    ("ReportsPage", "Clus&ter:", "K&lynge:"),
    ("ReportsPage", "The register as it stood on this day.",
     "Registeret slik det var denne dagen."),
    ("ReportsPage", "O&n day:", "Da&to:"),
    ("ReportsPage", "Every cluster", "Alle klynger"),
    ("ReportsPage", "{0} {1} – event report", "{0} {1} – arrangementsrapport"),
    ("ReportsPage", "Member register {0}", "Medlemsregister {0}"),
    ("ReportsPage", "{0} – member register {1}", "{0} – medlemsregister {1}"),
    ("ReportsPage", "{0} · {1} · {2} · {3} attended, {4} registered",
     "{0} · {1} · {2} · {3} møtt, {4} påmeldt"),
    ("ReportsPage", "No events yet: plan one under Events; its programme and who came are "
     "printed here.",
     "Ingen arrangementer ennå: planlegg et under Arrangementer; programmet og hvem som kom, "
     "skrives ut her."),
    ("ReportsPage", "No clusters yet: add them and their members under Members; the member "
     "register is printed here.",
     "Ingen klynger ennå: legg dem og medlemmene inn under Medlemmer; medlemsregisteret "
     "skrives ut her."),
    # --- the meeting plan (brief H15J)
    ("Reports", "{0}: meeting plan",
     "{0}: møteplan"),
    ("Reports", "No meetings are booked at this event.",
     "Ingen møter er avtalt på dette arrangementet."),
    ("Reports", "Only the meetings of the organisations you mentor are shown: the event has "
     "others too.",
     "Bare møtene til organisasjonene du er mentor for, vises: arrangementet har andre også."),
    ("Reports", "Your meetings",
     "Dine møter"),
    ("Reports", "With",
     "Med"),
    ("Reports", "{0} (not confirmed yet)",
     "{0} (ikke bekreftet ennå)"),
    ("CLI", "an event's meeting plan to print and pin up",
     "møteplanen for et arrangement, til å skrive ut og henge opp"),
    ("CLI", "Write the meeting plan of an event as a handout: a page for each time slot with "
     "its tables and who meets whom, in large type, then a page for each organisation with its "
     "own meetings.",
     "Skriv møteplanen for et arrangement som utdelingsark: en side for hvert tidspunkt med "
     "bordene og hvem som møter hvem, i stor skrift, deretter en side for hver organisasjon "
     "med dens egne møter."),
    ("CLI", "Wrote the meeting plan of {0} ({1}) to {2}",
     "Skrev møteplanen for {0} ({1}) til {2}"),
    ("ReportsPage", "Meeting pl&an",
     "Møteplan per &bord"),
    ("ReportsPage", "An event's meetings to print and pin up, and each organisation's own",
     "Møtene på et arrangement til å skrive ut og henge opp, og hver organisasjons egne"),
    ("ReportsPage", "{0} {1} – meeting plan",
     "{0} {1} – møteplan"),
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
