"""Everyone's take-home plan at the end of a group session, in one step.

Each person's plan is their own document: their name on every page, their
plan, and the date of the next group session. Nothing of another attendee is
in it. One PDF per person; :func:`combined` joins them for one print job,
each person starting on a new page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.platypus import Flowable

from ..group_records import GroupSessionSummary
from ..i18n import _
from ..records import ConsultationRecord, PatientRecord
from ..services import Services
from ..settings import PracticeDetails
from . import words
from .common import PrintedDocument, section, suggested_filename
from .document import build_pdf
from .documents import record_printed
from .flowables import text
from .plan import plan_page_info, plan_story, practice_story
from .styles import Look, Styles, make_styles


@dataclass(frozen=True)
class GroupPrintRun:
    """Everyone's plans agreed and printed at the end of a session."""

    documents: tuple[PrintedDocument, ...]
    agreed: tuple[int, ...]  # attendee ids whose plan was agreed in this run
    skipped: tuple[tuple[int, str], ...]  # attendee id and why no plan was printed


def next_session_story(
    next_date: dt.date | None, group: GroupSessionSummary, styles: Styles
) -> list[Flowable]:
    if next_date is None:
        return []
    when = _("The next group session is on {date}, {start} to {end}.").format(
        date=words.day_and_date(next_date),
        start=group.starts_at.strftime("%H:%M"),
        end=group.ends_at.strftime("%H:%M"),
    )
    block = [text(when, styles.body, bold=True)]
    if group.place:
        block.append(text(_("Place: {place}").format(place=group.place), styles.body))
    block.append(text(_("Bring this plan with you, and tell us how you got on."), styles.body))
    return section(_("Your next group session"), [block], styles)


def render_group_plan(
    plan: ConsultationRecord,
    patient: PatientRecord,
    practice: PracticeDetails,
    group: GroupSessionSummary,
    next_date: dt.date | None,
    *,
    printed_at: dt.datetime,
    tz: dt.tzinfo | None = None,
) -> PrintedDocument:
    """One person's take-home plan from a group session, with the next session's date."""
    if plan.patient_id != patient.id:
        raise ValueError("the plan belongs to another patient")
    look = Look.choose(patient.large_print)
    styles = make_styles(look)
    info = plan_page_info(
        plan,
        patient,
        practice,
        printed_at,
        tz,
        agreed=_("Plan version {version}, agreed {date} at a group session"),
    )
    story = plan_story(plan, patient, styles) + next_session_story(next_date, group, styles)
    story += practice_story(practice, styles)
    pdf, pages = build_pdf(story, info, look)
    name = suggested_filename(_("care-plan"), patient, plan.consultation_date)
    return PrintedDocument(pdf, pages, look.large, name, patient.id, plan.id)


def print_session_plans(
    services: Services,
    session_id: int,
    practice: PracticeDetails,
    *,
    printed_at: dt.datetime,
    agree: bool = True,
    tz: dt.tzinfo | None = None,
) -> GroupPrintRun:
    """Agree (unless ``agree`` is false) and print every attendee's plan; each print audited."""
    agreed: list[int] = []
    skipped: list[tuple[int, str]] = []
    if agree:
        agreed, skipped = services.group_plans.agree_all(session_id)
    record = services.groups.get(session_id)
    documents = []
    for attendee in services.group_plans.plans_to_print(session_id):
        assert attendee.consultation_id is not None
        plan = services.consultations.get(attendee.consultation_id)
        patient = services.patients.get(attendee.patient_id)
        document = render_group_plan(
            plan,
            patient,
            practice,
            record.summary,
            record.next_session_date,
            printed_at=printed_at,
            tz=tz,
        )
        record_printed(services, document)
        documents.append(document)
    return GroupPrintRun(tuple(documents), tuple(agreed), tuple(skipped))


def combined(documents: tuple[PrintedDocument, ...]) -> bytes:
    """One print job: each person's plan after the other, each from a new page."""
    from .results_letter import merge_pdfs

    return merge_pdfs([document.pdf for document in documents])[0]
