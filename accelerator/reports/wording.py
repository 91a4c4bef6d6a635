"""The words the reports print about a company's or a cohort's state, in one place.

Labels, and whole sentences with ``{0}``-style placeholders: a translation (bokmål comes
later) replaces a sentence as a whole, never pieces glued together. The user's own text
(names, notes) is filled in by the renderers, which escape it.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from accelerator.domain.risk import Standing

COHORT_STATUS: Mapping[str, str] = MappingProxyType(
    {"planned": "Planned", "running": "Running", "finished": "Finished"}
)
ENROLMENT_STATUS: Mapping[str, str] = MappingProxyType(
    {"active": "Active", "graduated": "Graduated", "withdrawn": "Withdrawn"}
)
ASSESSMENT_KINDS: Mapping[str, str] = MappingProxyType(
    {"baseline": "Baseline", "progress": "Progress", "final": "Final"}
)
MILESTONE_STATUS: Mapping[str, str] = MappingProxyType(
    {
        "not_started": "Not started",
        "in_progress": "In progress",
        "done": "Done",
        "blocked": "Blocked",
        "not_applicable": "Not applicable",
    }
)
STANDING: Mapping[Standing, str] = MappingProxyType(
    {
        Standing.ON_TRACK: "On track",
        Standing.AT_RISK: "At risk",
        Standing.NOT_ASSESSED: "Not assessed yet",
    }
)

# --- the two kinds of cohort report ----------------------------------------------------------

KICKOFF_TITLE = "Kick-off report"
PROGRESS_TITLE = "Cohort report"

#: The cover's status line: "Status: Planned · 10 companies".
COVER_STATUS = "Status: {0} · {1}"


def companies(count: int) -> str:
    """``1 company``, ``10 companies``."""
    return "1 company" if count == 1 else f"{count} companies"


NOBODY_ASSESSED = "No company has been assessed yet."
NOBODY_ASSESSED_BY = "No company had been assessed by {0}."
KICKOFF_ABOUT = (
    "This kick-off report shows who is in the cohort, who mentors them and the milestone "
    "plan. Readiness levels, charts and the summary of progress follow in the progress "
    "reports, once the mentors have made their first (baseline) assessments."
)
NO_COMPANIES = "No companies are enrolled in this cohort yet."
NO_MENTOR = "No mentor assigned yet"
NO_MENTOR_FOR = "No mentor assigned yet: {0}."
SAME_CHECKLIST = "Every company has the same checklist: {0}, due as below."
NO_CHECKLIST = "No milestones are on the companies' checklists yet."
CHECKLIST_OF = "Checklist of {0}"
NO_DUE_DATE = "no due date"


def milestones(count: int) -> str:
    return "1 milestone" if count == 1 else f"{count} milestones"


# --- companies not assessed yet, in a progress report ------------------------------------------

NOT_ASSESSED = STANDING[Standing.NOT_ASSESSED]
NOT_ASSESSED_SECTION = (
    "No assessment of {0} has been made yet, so its readiness levels, their change since a "
    "baseline and its business-orientation gap are not known. They appear here after the "
    "first assessment."
)
NOT_ASSESSED_SECTION_BY = (
    "No assessment of {0} had been made by {1}, so its readiness levels, their change since "
    "a baseline and its business-orientation gap were not known then."
)
LEFT_OUT_OF_CHART = "Not assessed yet, so left out of this chart: {0}."
LEFT_OUT_OF_MEANS = "The means leave out the companies not assessed yet: {0}."
ASSESSED_OF = "{0} of {1} assessed"
READ_NOT_ASSESSED = (
    "<b>Not assessed yet</b>: no assessment has been made of the company, so it has no levels; "
    "it is left out of the readiness charts and the means."
)
