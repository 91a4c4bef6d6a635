"""The company report's events and meetings: the events the company's people attended
during the enrolment (the event, its day, who came; not those who only registered, nor
events before it joined or after the cohort ended) and the meetings it held then, with
whom, where and what came of them; and "none" said plainly when there is nothing."""

from __future__ import annotations

import datetime as dt

from accelerator.domain.enums import EventKind, MeetingOutcome
from accelerator.domain.events import on_the_clock
from accelerator.services import Services
from accelerator.services.companies import ContactInput
from accelerator.services.events import EventInput, PersonInput
from accelerator.services.meetings import MeetingInput
from accelerator.services.reporting import Period
from tests.factories import Factory
from tests.reports.conftest import flat, page_texts

JOINED = dt.date(2026, 1, 12)  # the cohort runs 5 Jan – 26 Jun 2026


def _event(services: Services, title: str, day: dt.date) -> int:
    start = dt.datetime.combine(day, dt.time(9))
    return services.events.create_event(
        EventInput(title, EventKind.WORKSHOP, start, start.replace(hour=15))
    ).id


def _report(services: Services, enrolment_id: int, **options: object) -> str:
    pdf = services.reporting.company_report_pdf(enrolment_id, language="en", **options)  # type: ignore[arg-type]
    return flat(" ".join(page_texts(pdf)))


def test_the_events_attended_and_the_meetings_held_during_the_enrolment(
    services: Services, make: Factory
) -> None:
    company = make.company(name="Fjordsensor AS")
    lab = make.company(name="Havlaben Vest")
    enrolment = make.enrolment(company_id=company.id, joined_on=JOINED)
    contacts = services.companies
    kari = contacts.add_contact(company.id, ContactInput("Kari Nord")).id
    per = contacts.add_contact(company.id, ContactInput("Per Vik")).id
    events = services.events
    workshop = _event(services, "Pricing workshop", dt.date(2026, 3, 10))
    before = _event(services, "Autumn seminar", dt.date(2025, 10, 1))  # before it joined
    after = _event(services, "Summer party", dt.date(2026, 8, 20))  # after the cohort
    days = {workshop: dt.date(2026, 3, 10), before: dt.date(2025, 10, 1)}
    days[after] = dt.date(2026, 8, 20)
    for event, day in days.items():
        at = on_the_clock(day, dt.time(10))
        for contact in (kari, per):
            registered = events.register(event, PersonInput(contact_id=contact), at=at)
            if contact == kari or event != workshop:  # Per only registered for the workshop
                events.check_in(registered.registration.id, at=at)
    meetings = services.meetings
    held = meetings.book(
        MeetingInput(
            dt.datetime.combine(dt.date(2026, 4, 2), dt.time(13)),
            organisation_id=lab.id,
            counterpart_id=company.id,
            place="Bergen",
        )
    )
    meetings.record_outcome(held.id, MeetingOutcome.PROJECT_STARTED)
    meetings.book(  # booked, not held: not listed
        MeetingInput(
            dt.datetime.combine(dt.date(2026, 5, 2), dt.time(13)),
            organisation_id=company.id,
            counterpart_id=lab.id,
            place="Trondheim",
        )
    )

    text = _report(services, enrolment.id)
    assert "Events and meetings During the enrolment, 12 Jan 2026 to 26 Jun 2026." in text
    # Per Vik (a contact in the profile) registered for it and was never checked in.
    assert (
        "Events attended Event Date Who attended Pricing workshop 10 Mar 2026 Kari Nord "
        "Meetings held" in text
    )
    assert "Autumn seminar" not in text and "Summer party" not in text
    assert "Meetings held Date With Where Outcome 2 Apr 2026 Havlaben Vest Bergen" in text
    assert "Project started" in text and "Trondheim" not in text

    # A period before the workshop: the same report, none of it.
    text = _report(services, enrolment.id, period=Period(None, dt.date(2026, 3, 1)))
    assert "During the enrolment, 12 Jan 2026 to 1 Mar 2026." in text
    assert "None: nobody from the company attended an event in this time." in text
    assert "None: the company held no meetings with other organisations in this time." in text


def test_none_is_said_plainly(services: Services, make: Factory) -> None:
    enrolment = make.enrolment(joined_on=JOINED)
    text = _report(services, enrolment.id)
    assert "Events attended None: nobody from the company attended an event in this time." in (text)
    assert (
        "Meetings held None: the company held no meetings with other organisations in this "
        "time." in text
    )


def test_the_cohort_reports_sections_have_no_such_part(services: Services, make: Factory) -> None:
    enrolment = make.enrolment(joined_on=JOINED)
    pdf = services.reporting.cohort_report_pdf(enrolment.cohort_id, language="en")
    assert "Events attended" not in flat(" ".join(page_texts(pdf)))
