"""The words the reports print about a company's or a cohort's state, in one place.

Labels, and whole sentences with ``{0}``-style placeholders: a translation replaces a
sentence as a whole, never pieces glued together. Each is worded when a report is built,
in the language the report is built in (``i18n.speaking``). The user's own text (names,
notes) is filled in by the renderers, which escape it.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

from accelerator.domain.enums import AssessmentKind, in_words
from accelerator.domain.risk import Standing
from accelerator.i18n import in_context, marked, translate

#: The reports' texts' context in the catalogue.
CONTEXT = "Reports"
_tr = in_context("Reports")

#: The heading of an assessment's notes: "4 Dec 2026 · Baseline assessment · Kari".
ASSESSMENT_KINDS: Mapping[str, str] = MappingProxyType(
    {
        "baseline": marked("Reports", "Baseline assessment"),
        "progress": marked("Reports", "Progress assessment"),
        "final": marked("Reports", "Final assessment"),
    }
)
STANDING: Mapping[Standing, str] = MappingProxyType(
    {
        Standing.ON_TRACK: marked("Reports", "On track"),
        Standing.AT_RISK: marked("Reports", "At risk"),
        Standing.NOT_ASSESSED: marked("Reports", "Not assessed yet"),
    }
)


def status_word(kind: type[StrEnum], value: str) -> str:
    """A status's stored ``value`` (``not_applicable``) as a word of the current language,
    as the domain words it (``Not applicable``); a value the program does not know is
    shown as it is, made readable."""
    try:
        return in_words(kind(value))
    except (ValueError, KeyError):
        return value.replace("_", " ").capitalize()


def assessment_kind(kind: str) -> str:
    """``Baseline assessment``: what kind of assessment made a set of notes."""
    found = ASSESSMENT_KINDS.get(kind)
    if found is None:
        return _tr("{0} assessment").format(status_word(AssessmentKind, kind))
    return translate(CONTEXT, found)


def standing(value: Standing) -> str:
    return translate(CONTEXT, STANDING[value])


# --- the two kinds of cohort report ----------------------------------------------------------


def kickoff_title() -> str:
    return _tr("Kick-off report")


def progress_title() -> str:
    return _tr("Cohort report")


def cover_status(status: str, companies: int) -> str:
    """The cover's status line: "Status: Planned · 10 companies"."""
    return _tr("Status: {0} · %n companies", n=companies).format(status)


def companies(count: int) -> str:
    """``1 company``, ``10 companies``."""
    return _tr("%n companies", n=count)


def milestones(count: int) -> str:
    """``1 milestone``, ``8 milestones``."""
    return _tr("%n milestones", n=count)


def nobody_assessed() -> str:
    return _tr("No company has been assessed yet.")


def nobody_assessed_by(day: str) -> str:
    return _tr("No company had been assessed by {0}.").format(day)


def kickoff_about() -> str:
    return _tr(
        "This kick-off report shows who is in the cohort, who mentors them and the milestone "
        "plan. Readiness levels, charts and the summary of progress follow in the progress "
        "reports, once the mentors have made their first (baseline) assessments."
    )


def no_companies() -> str:
    return _tr("No companies are enrolled in this cohort yet.")


def no_mentor() -> str:
    return _tr("No mentor assigned yet")


def no_mentor_for(names: str) -> str:
    return _tr("No mentor assigned yet: {0}.").format(names)


def same_checklist(milestones: str) -> str:
    return _tr("Every company has the same checklist: {0}, due as below.").format(milestones)


def no_checklist() -> str:
    return _tr("No milestones are on the companies' checklists yet.")


def checklist_of(names: str) -> str:
    return _tr("Checklist of {0}").format(names)


def no_due_date() -> str:
    return _tr("no due date")


# --- companies not assessed yet, in a progress report ------------------------------------------


def not_assessed() -> str:
    return standing(Standing.NOT_ASSESSED)


def not_assessed_section(name: str) -> str:
    return _tr(
        "No assessment of {0} has been made yet, so its readiness levels, their change since a "
        "baseline and its business-orientation gap are not known. They appear here after the "
        "first assessment."
    ).format(name)


def not_assessed_section_by(name: str, day: str) -> str:
    return _tr(
        "No assessment of {0} had been made by {1}, so its readiness levels, their change since "
        "a baseline and its business-orientation gap were not known then."
    ).format(name, day)


def left_out_of_chart(names: str) -> str:
    return _tr("Not assessed yet, so left out of this chart: {0}.").format(names)


def left_out_of_means(names: str) -> str:
    return _tr("The means leave out the companies not assessed yet: {0}.").format(names)


def assessed_of(assessed: int, companies: int) -> str:
    return _tr("{0} of {1} assessed").format(assessed, companies)


def read_not_assessed() -> str:
    """A line of "How to read this report" (paragraph markup)."""
    return _tr(
        "<b>Not assessed yet</b>: no assessment has been made of the company, so it has no "
        "levels; it is left out of the readiness charts and the means."
    )
