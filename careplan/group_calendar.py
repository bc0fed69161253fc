"""An iCalendar (RFC 5545) file for a group session, the same for everyone invited.

It names the session, the practice and the place, never a person: one file can
go to every attendee. Times are the practice's local clock times ("floating"
times, RFC 5545 §3.3.5), as on the invitation letter.
"""

from __future__ import annotations

import datetime as dt
import uuid

from .fhir.calendar import escape_text, one_event, one_line
from .group_records import GroupSessionSummary
from .i18n import _

PRODID = "-//careplan//Group session//EN"
_UID_NAMESPACE = uuid.UUID("4f1d2a7e-93b8-5c61-a0d4-7e2b9c5f1a38")


def session_uid(session_id: int) -> str:
    """Stable: a changed time or place updates the event rather than adding one."""
    return f"{uuid.uuid5(_UID_NAMESPACE, f'group-session|{session_id}')}@careplan.invalid"


def session_event(
    group: GroupSessionSummary,
    *,
    practice_name: str = "",
    practice_phone: str = "",
    stamp: dt.datetime,
) -> bytes:
    practice_name, practice_phone = one_line(practice_name, practice_phone)
    summary = (
        _("Group session: {title} at {practice}").format(title=group.title, practice=practice_name)
        if practice_name
        else _("Group session: {title}").format(title=group.title)
    )
    description = _("A group session about {topic}. Bring your care plan with you.").format(
        topic=group.topic or group.title
    )
    if practice_phone:
        description += "\n" + _("If you cannot come, please call {phone}.").format(
            phone=practice_phone
        )
    start = dt.datetime.combine(group.session_date, group.starts_at)
    end = dt.datetime.combine(group.session_date, group.ends_at)
    more = [f"LOCATION:{escape_text(group.place)}"] if group.place else []
    if group.status == "cancelled":
        more.append("STATUS:CANCELLED")
    return one_event(
        prodid=PRODID,
        uid=session_uid(group.id),
        stamp=stamp,
        when=(
            f"DTSTART:{start.strftime('%Y%m%dT%H%M%S')}",
            f"DTEND:{end.strftime('%Y%m%dT%H%M%S')}",
        ),
        summary=summary,
        description=description,
        more=more,
    )
