"""Group consultations in the practice overview.

Over sessions held with a date in the period:

- *sessions held*: sessions marked held;
- *attendance rate*: attendees who came (arrived, or left early) out of the
  places taken (invited or confirmed, not declined);
- *left with a goal and an action plan*: of those who came, people whose plan
  from the session is agreed and has a goal with at least one action.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, case, exists, func, select

from .. import models as m
from ..errors import ValidationError
from ..group_records import GroupOverview
from ..group_vocabulary import ATTENDED, Invitation, SessionStatus
from ..i18n import _
from ..models.groups import GroupAttendee, GroupSession
from ..permissions import Permission
from ..vocabulary import ConsultationStatus
from .base import Service


class GroupOverviewService(Service):
    def overview(self, start: dt.date, end: dt.date) -> GroupOverview:
        self._require(Permission.VIEW_OVERVIEW)
        if end < start:
            raise ValidationError("end", _("The period must end on or after its start."))
        held = and_(
            GroupSession.status == SessionStatus.HELD.value,
            GroupSession.session_date >= start,
            GroupSession.session_date <= end,
        )
        came = GroupAttendee.attendance.in_(ATTENDED)
        action_plan = exists().where(
            m.Consultation.id == GroupAttendee.consultation_id,
            m.Consultation.status == ConsultationStatus.AGREED.value,
            m.Goal.consultation_id == m.Consultation.id,
            m.Action.goal_id == m.Goal.id,
        )
        with self._read() as session:
            sessions = session.scalar(select(func.count()).select_from(GroupSession).where(held))
            places, attended, planned = session.execute(
                select(
                    func.count(case((GroupAttendee.invitation != Invitation.DECLINED.value, 1))),
                    func.count(case((came, 1))),
                    func.count(case((and_(came, action_plan), 1))),
                )
                .select_from(GroupAttendee)
                .join(GroupSession, GroupSession.id == GroupAttendee.session_id)
                .where(held)
            ).one()
        return GroupOverview(
            start=start,
            end=end,
            sessions_held=int(sessions or 0),
            places_expected=int(places or 0),
            attended=int(attended or 0),
            left_with_action_plan=int(planned or 0),
        )
