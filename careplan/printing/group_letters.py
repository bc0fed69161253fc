"""Before a group session: an invitation letter per person, and the front desk's list.

The letter is addressed to one person and names nobody else who is invited.
The front desk's list names everyone invited; it stays at the desk.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from ..atomic import write_atomically
from ..audit import AuditAction
from ..group_calendar import session_event
from ..group_records import GroupAttendeeRecord, GroupSessionRecord, GroupSessionSummary
from ..group_vocabulary import Invitation
from ..i18n import _
from ..identifiers import format_nhs_number
from ..records import PatientRecord
from ..services import Services
from ..settings import PracticeDetails
from . import words
from .common import PrintedDocument, page_info, section, suggested_filename
from .document import PageInfo, build_pdf
from .flowables import Line, lines, text
from .styles import RULE, Look, Styles, make_styles

INVITATION_WORDS = {
    Invitation.INVITED.value: _("invited"),
    Invitation.CONFIRMED.value: _("coming"),
    Invitation.DECLINED.value: _("not coming"),
}


def when_and_where(group: GroupSessionSummary) -> list[Line]:
    rows: list[Line] = [
        (_("Date"), words.day_and_date(group.session_date), True),
        (
            _("Time"),
            _("{start} to {end}").format(
                start=group.starts_at.strftime("%H:%M"), end=group.ends_at.strftime("%H:%M")
            ),
            False,
        ),
    ]
    if group.place:
        rows.append((_("Place"), group.place, False))
    if group.lead_clinician_name:
        rows.append((_("Led by"), group.lead_clinician_name, False))
    if group.facilitator_name:
        rows.append((_("With"), group.facilitator_name, False))
    return rows


def render_invitation(
    group: GroupSessionSummary,
    attendee: GroupAttendeeRecord,
    patient: PatientRecord,
    practice: PracticeDetails,
    *,
    printed_at: dt.datetime,
    tz: dt.tzinfo | None = None,
) -> PrintedDocument:
    """One person's invitation: what, when, where, what happens, the confidentiality promise."""
    if attendee.patient_id != patient.id or attendee.session_id != group.id:
        raise ValueError("the invitation is for another person or session")
    look = Look.choose(patient.large_print)
    styles = make_styles(look)
    info = page_info(patient, practice, _("Invitation to a group session"), printed_at, tz)
    pdf, pages = build_pdf(invitation_story(group, attendee, practice, styles), info, look)
    name = suggested_filename(_("group-invitation"), patient, group.session_date)
    return PrintedDocument(pdf, pages, look.large, name, patient.id, None)


def invitation_story(
    group: GroupSessionSummary,
    attendee: GroupAttendeeRecord,
    practice: PracticeDetails,
    styles: Styles,
) -> list[Flowable]:
    about = group.topic or group.title
    story: list[Flowable] = [
        text(_("You are invited to a group session"), styles.title),
        text(_("Dear {name},").format(name=attendee.first_name), styles.subtitle),
        text(
            _(
                "We would like to invite you to a group session about {topic}. You will meet "
                "other people who live with the same condition, with a clinician from the "
                "practice. You will have time to talk about what matters to you, and you will "
                "leave with your own plan."
            ).format(topic=about),
            styles.body,
        ),
    ]
    story += section(_("When and where"), [lines(when_and_where(group), styles.item)], styles)
    happens = [
        _("Up to {places} people come; the session takes about {minutes} minutes.").format(
            places=group.capacity, minutes=_minutes(group)
        ),
        _("The group chooses the topics to talk about. You can suggest a topic without your name."),
        _("You can see your latest results on a screen, only if you agree to it."),
        _("You make your own plan: what matters to you, your goals and what you will do."),
        _("You go home with your own printed plan."),
        _(
            "If you want to talk about something in private, you can see the clinician on your "
            "own after the group."
        ),
    ]
    story += section(
        _("What happens at a group session"),
        ([text(item, styles.item, bullet="•")] for item in happens),
        styles,
    )
    promise = [
        text(
            _(
                "Everyone who comes agrees to keep what is said in the group private. "
                "We will ask you to agree to this at the start. Nobody else will see your "
                "NHS number, your date of birth or your full name."
            ),
            styles.body,
        )
    ]
    story += section(_("Keeping things private"), [promise], styles)
    carer = (
        _("You are welcome to bring {name} with you; they will be asked to agree too.").format(
            name=attendee.carer_name
        )
        if attendee.carer_name
        else _("You are welcome to bring a carer or a family member with you.")
    )
    reply = (
        _("Please let us know if you can come: call {phone}.").format(phone=practice.phone)
        if practice.phone
        else _("Please let the practice know if you can come.")
    )
    story += section(
        _("Coming with someone, and replying"),
        [[text(carer, styles.body), text(reply, styles.body, bold=True)]],
        styles,
    )
    return story


def _minutes(group: GroupSessionSummary) -> int:
    start = dt.datetime.combine(group.session_date, group.starts_at)
    end = dt.datetime.combine(group.session_date, group.ends_at)
    return int((end - start).total_seconds() // 60)


def render_front_desk_list(
    record: GroupSessionRecord,
    practice: PracticeDetails,
    *,
    printed_at: dt.datetime,
    tz: dt.tzinfo | None = None,
) -> PrintedDocument:
    """Everyone invited, for checking people in: name, date of birth, phone, carer, reply."""
    group = record.summary
    look = Look.standard()
    styles = make_styles(look)
    info = PageInfo(
        person=group.title,
        born=words.day_and_date(group.session_date),
        practice_name=practice.name,
        practice_phone=_("Phone {number}").format(number=practice.phone) if practice.phone else "",
        document=_("Front desk list: keep at the desk, do not give out"),
        printed=words.printed_at(printed_at, tz),
        draft=False,
        draft_word=_("DRAFT"),
        page_of=words.page_of,
        title=_("Group session: front desk list"),
        author=practice.name or "careplan",
    )
    story: list[Flowable] = [
        text(_("Group session: front desk list"), styles.title),
        *lines(when_and_where(group), styles.body),
    ]
    header = [
        _("Arrived"),
        _("Name"),
        _("Date of birth"),
        _("NHS number"),
        _("Phone"),
        _("Carer"),
        _("Reply"),
    ]
    cell = ParagraphStyle(
        "cell", parent=styles.body, fontSize=10, leading=12.5, leftIndent=0, spaceAfter=0
    )
    rows: list[list[Flowable | str]] = [[text(h, cell, bold=True) for h in header]]
    for a in record.attendees:
        rows.append(
            [
                "",
                text(a.full_name, cell, bold=True),
                text(words.long_date(a.date_of_birth), cell),
                text(format_nhs_number(a.nhs_number) if a.nhs_number else "-", cell),
                text(a.phone or "-", cell),
                text(a.carer_name or "-", cell),
                text(INVITATION_WORDS.get(a.invitation, a.invitation), cell),
            ]
        )
    widths = [15 * mm, 36 * mm, 27 * mm, 25 * mm, 25 * mm, 26 * mm, 20 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    story.append(table)
    pdf, pages = build_pdf(story, info, look)
    name = f"group-front-desk-{group.session_date.isoformat()}-{group.id}.pdf"
    return PrintedDocument(pdf, pages, False, name, 0, None)


def write_session_letters(
    services: Services,
    session_id: int,
    practice: PracticeDetails,
    folder: Path,
    *,
    printed_at: dt.datetime,
) -> list[Path]:
    """Everyone's invitation (not those who declined), the front desk list and the .ics.

    Each letter's printing is audited under that person; the desk list under each
    person on it.
    """
    record = services.groups.get(session_id)
    written = []
    for a in record.attendees:
        if a.invitation == Invitation.DECLINED.value:
            continue
        patient = services.patients.get(a.patient_id)
        letter = render_invitation(record.summary, a, patient, practice, printed_at=printed_at)
        written.append(write_atomically(folder / letter.filename, letter.pdf))
        services.audit.record(AuditAction.PRINT, a.patient_id, "group_invitation", a.id)
    desk = render_front_desk_list(record, practice, printed_at=printed_at)
    written.append(write_atomically(folder / desk.filename, desk.pdf))
    for a in record.attendees:
        services.audit.record(AuditAction.PRINT, a.patient_id, "group_front_desk", a.id)
    ics = session_event(
        record.summary,
        practice_name=practice.name,
        practice_phone=practice.phone,
        stamp=printed_at,
    )
    name = f"group-session-{record.summary.session_date.isoformat()}-{session_id}.ics"
    written.append(write_atomically(folder / name, ics))
    return written
