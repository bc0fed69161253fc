"""Group session papers: everyone's plans, invitations, the front desk list, the calendar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from careplan.group_calendar import session_event
from careplan.printing.group_letters import render_front_desk_list, render_invitation
from careplan.printing.group_plans import combined, print_session_plans
from careplan.services import Services
from tests.support.groups import hold_session, make_group

from .conftest import PRACTICE, PRINTED, contains, flat, pdf_text


def test_each_plan_names_its_own_person_and_nobody_else(services: Services, tmp_path: Path) -> None:
    group = make_group(services)
    values = hold_session(services, group)
    services.groups.schedule_next(group.session.id, "2026-04-07")
    run = print_session_plans(services, group.session.id, PRACTICE, printed_at=PRINTED)
    attendees = services.groups.get(group.session.id).attendees
    assert len(run.documents) == 8 and len(run.agreed) == 8 and run.skipped == ()
    by_patient = {a.patient_id: a for a in attendees}
    for document in run.documents:
        text = flat(pdf_text(document.pdf, tmp_path))
        mine = by_patient[document.patient_id]
        assert mine.full_name in text
        assert f"Goal of {mine.first_name}" in text
        assert "Tuesday 7 April 2026" in text and "Your next group session" in text
        for other in attendees:
            if other.patient_id == mine.patient_id:
                continue
            assert other.full_name not in text
            assert other.first_name not in text
            assert values[other.patient_id] not in text
    # Every print is in the audit trail under that person only.
    printed = [e for e in services.audit.entries() if e.action == "print"]
    ids = [e.patient_id for e in printed if e.patient_id is not None]
    assert len(ids) == len(printed) and sorted(ids) == sorted(by_patient)
    # One print job: each person's plan starts on a page of its own.
    joined = combined(run.documents)
    pages = sum(d.pages for d in run.documents)
    first_pages = []
    page = 1
    for document in run.documents:
        first_pages.append(page)
        page += document.pages
    for document, start in zip(run.documents, first_pages, strict=True):
        text = flat(pdf_text(joined, tmp_path, page=start))
        assert by_patient[document.patient_id].full_name in text
    assert flat(pdf_text(joined, tmp_path, page=pages)) != ""


def test_the_invitation_is_plain_and_private(services: Services, tmp_path: Path) -> None:
    group = make_group(services, 3)
    services.groups.set_carer(group.session.attendees[0].id, "Maureen Rahman")
    record = services.groups.get(group.session.id)
    first = record.attendees[0]
    patient = services.patients.get(first.patient_id)
    letter = render_invitation(record.summary, first, patient, PRACTICE, printed_at=PRINTED)
    text = pdf_text(letter.pdf, tmp_path)
    for words in (
        "You are invited to a group session",
        "Dear Aisha,",
        "Monday 2 March 2026",
        "14:00 to 16:00",
        "Community room, Riverside Surgery",
        "Dr Amara Okafor",
        "Keeping things private",
        "Everyone who comes agrees to keep what is said in the group private.",
        "Maureen Rahman",
        "01632 960 000",
    ):
        assert contains(text, words), words
    for other in record.attendees[1:]:
        assert other.full_name not in flat(text) and other.first_name not in flat(text)


def test_the_front_desk_list_has_everyone_invited(services: Services, tmp_path: Path) -> None:
    group = make_group(services)
    services.groups.answer_invitation(group.session.attendees[1].id, "confirmed")
    record = services.groups.get(group.session.id)
    desk = render_front_desk_list(record, PRACTICE, printed_at=PRINTED)
    text = flat(pdf_text(desk.pdf, tmp_path))
    assert "Front desk list" in text
    for attendee in record.attendees:
        assert attendee.full_name in text
    assert "coming" in text and "invited" in text


def test_the_calendar_file_names_the_session_and_no_person(services: Services) -> None:
    group = make_group(services, 2)
    ics = session_event(
        group.session.summary,
        practice_name=PRACTICE.name,
        practice_phone=PRACTICE.phone,
        stamp=dt.datetime(2026, 2, 1, tzinfo=dt.UTC),
    ).decode()
    unfolded = ics.replace("\r\n ", "")
    assert "DTSTART:20260302T140000" in unfolded and "DTEND:20260302T160000" in unfolded
    assert "LOCATION:Community room\\, Riverside Surgery" in unfolded
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))
    for attendee in group.session.attendees:
        assert attendee.first_name not in unfolded
