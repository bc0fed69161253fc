"""An iCalendar (RFC 5545) file for the person's next review, to add to their own calendar.

It says only what the person needs: that their care plan review is due that day, at which
practice, and the practice's phone number. No names, no clinical text. The review is an
all-day event (``DTSTART;VALUE=DATE``) because the date, not yet the time, is agreed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from ..i18n import _
from ..text import for_output

PRODID = "-//careplan//Care plan review//EN"
LINE_OCTETS = 75
_UID_NAMESPACE = uuid.UUID("0c7e6a52-7d0b-5a4c-9f2e-3b8d61e0a4c7")


def review_uid(consultation_id: int, review_date: dt.date) -> str:
    """Stable: exporting the same review again updates the event rather than adding one."""
    key = f"{consultation_id}|{review_date.isoformat()}"
    return f"{uuid.uuid5(_UID_NAMESPACE, key)}@careplan.invalid"


def escape_text(value: str) -> str:
    """RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped; control
    characters (which RFC 5545 forbids in text) and bidi controls never reach the file."""
    value = for_output(value, keep_newlines=True)
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> bytes:
    """RFC 5545 §3.1: lines of at most 75 octets, never splitting a UTF-8 character."""
    out = bytearray()
    current = 0
    for char in line:
        encoded = char.encode("utf-8")
        if current + len(encoded) > LINE_OCTETS:
            out += b"\r\n "
            current = 1
        out += encoded
        current += len(encoded)
    out += b"\r\n"
    return bytes(out)


def one_line(*texts: str) -> tuple[str, ...]:
    """Each text with its runs of white space (line breaks too) made one space."""
    return tuple(" ".join(value.split()) for value in texts)


def review_event(
    *,
    uid: str,
    review_date: dt.date,
    practice_name: str = "",
    practice_phone: str = "",
    stamp: dt.datetime,
) -> bytes:
    """The calendar file's bytes: one all-day event on ``review_date``."""
    practice_name, practice_phone = one_line(practice_name, practice_phone)
    if practice_name:
        summary = _("Care plan review at {practice}").format(practice=practice_name)
        contact = _("Please contact {practice} to arrange a time").format(practice=practice_name)
    else:
        summary = _("Care plan review")
        contact = _("Please contact your practice to arrange a time")
    if practice_phone:
        contact += _(" (phone {phone})").format(phone=practice_phone)
    description = (
        _("Your care plan is due to be looked at again on this day.")
        + "\n"
        + contact
        + _(", if you have not done so already.")
    )
    return one_event(
        prodid=PRODID,
        uid=uid,
        stamp=stamp,
        when=(
            f"DTSTART;VALUE=DATE:{review_date.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(review_date + dt.timedelta(days=1)).strftime('%Y%m%d')}",
        ),
        summary=summary,
        description=description,
        more=("TRANSP:TRANSPARENT",),
    )


def one_event(
    *,
    prodid: str,
    uid: str,
    stamp: dt.datetime,
    when: Sequence[str],
    summary: str,
    description: str,
    more: Sequence[str] = (),
) -> bytes:
    """A calendar file of one private event (``when``: its DTSTART and DTEND lines;
    ``more``: further lines of the event), with a reminder the day before."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{prodid}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp.astimezone(dt.UTC).strftime('%Y%m%dT%H%M%SZ')}",
        *when,
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(description)}",
        "CLASS:PRIVATE",
        *more,
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER:-P1D",
        f"DESCRIPTION:{escape_text(summary)}",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return b"".join(fold(line) for line in lines)
