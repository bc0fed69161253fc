"""Each attendee's own plan, recorded during the group session.

The plan is that person's ordinary consultation, built with the same
:class:`~careplan.services.consultations.ConsultationService` operations and
rules as an individual one (so only clinicians and nurses may record it); the
attendee's link to it marks it as held in a group session. Nothing of another
attendee is ever written into it.
"""

from __future__ import annotations

from sqlalchemy import select

from ..changes import Change, Subject
from ..errors import ValidationError
from ..group_records import GroupAttendeeRecord
from ..group_vocabulary import ATTENDED, PRESENT, SessionStatus
from ..i18n import _
from ..models import StaffMember
from ..models.groups import GroupAttendee, GroupSession
from ..permissions import Permission
from ..records import ConsultationRecord
from ..vocabulary import ConsultationStatus
from .agreeing import IncompletePlanError
from .base import get_or_404
from .consultations import ConsultationService, proposed_review_date
from .group_access import GroupBase


class GroupPlanService(GroupBase):
    @property
    def _consultations(self) -> ConsultationService:
        return ConsultationService(self.context)

    def start_plan(self, attendee_id: int) -> ConsultationRecord:
        """The attendee's consultation for this session: started, or resumed if it exists."""
        self._require(Permission.EDIT_PLANS)
        with self._read() as session:
            attendee = get_or_404(session, GroupAttendee, attendee_id, _("attendee"))
            self._running(session, attendee.session_id, attendee.patient_id)
            if attendee.attendance not in PRESENT:
                raise ValidationError(
                    "attendance", _("Mark this person as arrived before recording their plan.")
                )
            linked = attendee.consultation_id
            group = attendee.session
            patient_id, day = attendee.patient_id, group.session_date
            clinician_id = group.lead_clinician_id
        if linked is not None:
            return self._consultations.get(linked)
        if clinician_id is None and self.context.actor is not None:
            clinician_id = self.context.actor.staff_id
        plan = self._consultations.start_or_resume(patient_id, clinician_id, day)
        with self._write() as session:
            other = session.scalar(
                select(GroupAttendee.id).where(GroupAttendee.consultation_id == plan.id)
            )
            if other is not None and other != attendee_id:
                raise ValidationError(
                    "consultation",
                    _(
                        "This person's draft plan belongs to another group session; "
                        "agree or finish it there first."
                    ),
                )
            row = get_or_404(session, GroupAttendee, attendee_id, _("attendee"))
            row.consultation_id = plan.id
            self._report(session, Change(Subject.GROUP_ATTENDEE, row.id, row.patient_id))
        return plan

    def held_in_group(self, consultation_id: int) -> int | None:
        """The group session a consultation was held in, if it was."""
        self._require(Permission.VIEW_PLANS)
        with self._read() as session:
            return session.scalar(
                select(GroupAttendee.session_id).where(
                    GroupAttendee.consultation_id == consultation_id
                )
            )

    def next_attendee(self, session_id: int, after_attendee_id: int | None) -> int | None:
        """The next attendee in the room after this one (round again from the first)."""
        self._require(Permission.VIEW_PATIENTS)
        with self._read() as session:
            ids = list(
                session.scalars(
                    select(GroupAttendee.id)
                    .where(
                        GroupAttendee.session_id == session_id,
                        GroupAttendee.attendance.in_(PRESENT),
                    )
                    .order_by(GroupAttendee.position, GroupAttendee.id)
                )
            )
        if not ids:
            return None
        if after_attendee_id not in ids:
            return ids[0]
        return ids[(ids.index(after_attendee_id) + 1) % len(ids)]

    def agree_all(
        self, session_id: int, incomplete_reason: str | None = None
    ) -> tuple[list[int], list[tuple[int, str]]]:
        """Agree every attendee's draft plan; the session is then held.

        A plan that is not complete (see ``plan_gaps``) is left out with what it
        lacks, unless ``incomplete_reason`` confirms agreeing such plans as they are.

        A plan without a review date gets the usual proposed one, so it joins
        the review worklist like any other; a plan without a named contact gets the
        session's lead clinician, the person the group knows. Returns the attendee
        ids agreed now, and those left out with the reason.
        """
        self._require(Permission.EDIT_PLANS)
        with self._read() as session:
            self._running(session, session_id)
            lead = session.execute(
                select(StaffMember.full_name, StaffMember.job_title)
                .join(GroupSession, GroupSession.lead_clinician_id == StaffMember.id)
                .where(GroupSession.id == session_id)
            ).first()
            rows = session.execute(
                select(GroupAttendee.id, GroupAttendee.consultation_id, GroupAttendee.attendance)
                .where(GroupAttendee.session_id == session_id)
                .order_by(GroupAttendee.position, GroupAttendee.id)
            ).all()
        agreed: list[int] = []
        skipped: list[tuple[int, str]] = []
        for attendee_id, consultation_id, attendance in rows:
            if attendance not in ATTENDED:
                continue
            if consultation_id is None:
                skipped.append((attendee_id, _("no plan was recorded")))
                continue
            plan = self._consultations.get(consultation_id)
            if not plan.is_draft:
                continue
            if not plan.goals and not plan.what_matters and not plan.agenda:
                skipped.append((attendee_id, _("nothing was recorded in the plan")))
                continue
            if plan.review_date is None:
                plan = self._consultations.set_review_date(plan.id, proposed_review_date(plan))
            if plan.named_contact_name is None and lead is not None:
                plan = self._consultations.set_named_contact(plan.id, lead[0], lead[1])
            try:
                self._consultations.agree(
                    plan.id, plan.version, incomplete_reason=incomplete_reason
                )
            except IncompletePlanError as gaps:
                # Never silently current: left for the pair to complete or confirm.
                skipped.append((attendee_id, gaps.message))
                continue
            agreed.append(attendee_id)
        with self._write() as session:
            row = get_or_404(session, GroupSession, session_id, _("group session"))
            if row.status == SessionStatus.PLANNED.value:
                row.status = SessionStatus.HELD.value
                row.updated_at = self._now()
                self._report(session, Change(Subject.GROUP_SESSION, row.id))
        return agreed, skipped

    def plans_to_print(self, session_id: int) -> list[GroupAttendeeRecord]:
        """Attendees whose plan from this session is agreed, in the session's order."""
        from .groups import GroupService

        record = GroupService(self.context).get(session_id)
        return [
            a
            for a in record.attendees
            if a.consultation_id is not None and a.plan_status == ConsultationStatus.AGREED.value
        ]
