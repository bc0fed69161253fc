"""What every group service shares: who may run a session, and reporting attendee changes."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..changes import Change, Subject
from ..group_records import GroupAttendeeRecord
from ..i18n import _
from ..models.groups import GroupAttendee, GroupSession
from ..permissions import Permission
from . import group_convert as gc
from .base import PermissionDeniedError, Service, get_or_404


class GroupBase(Service):
    def _attendee_changed(self, session: Session, attendee: GroupAttendee) -> GroupAttendeeRecord:
        session.flush()
        self._report(session, Change(Subject.GROUP_ATTENDEE, attendee.id, attendee.patient_id))
        return gc.attendee(session, attendee)

    def _attendee_running(self, session: Session, attendee_id: int) -> GroupAttendee:
        attendee = get_or_404(session, GroupAttendee, attendee_id, _("attendee"))
        self._running(session, attendee.session_id, attendee.patient_id)
        return attendee

    def _running(
        self, session: Session, session_id: int, patient_id: int | None = None
    ) -> GroupSession:
        """The session, if the actor may run it: its facilitator or lead, or a care role."""
        row = get_or_404(session, GroupSession, session_id, _("group session"))
        actor = self.context.actor
        if actor is None:
            return row
        if actor.staff_id is not None and actor.staff_id in (
            row.facilitator_id,
            row.lead_clinician_id,
        ):
            return row
        try:
            self._require(Permission.EDIT_PLANS, patient_id)
        except PermissionDeniedError:
            raise PermissionDeniedError(
                _(
                    "Only the session's facilitator or lead clinician, or a clinician or "
                    "nurse, may record this."
                ),
                Permission.EDIT_PLANS,
            ) from None
        return row
