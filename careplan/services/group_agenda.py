"""The group agenda: topics raised by attendees (named or anonymous), ranked by the group.

A deferred topic is never lost: it comes back at the next session of the same
series, as soon as that session exists (whichever is made first).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..changes import Change, Subject
from ..errors import ValidationError
from ..group_records import GroupTopicRecord
from ..group_vocabulary import SessionStatus
from ..i18n import _
from ..models.groups import GroupAttendee, GroupSession, GroupTopic
from ..text import clean
from ..vocabulary import AgendaStatus
from . import group_convert as gc
from .base import get_or_404
from .group_access import GroupBase
from .group_carry import bring_back_deferred_topics

TOPIC_MAX = 500


def _next_session(session: Session, row: GroupSession) -> GroupSession | None:
    if row.series_id is None:
        return None
    return session.scalar(
        select(GroupSession)
        .where(
            GroupSession.series_id == row.series_id,
            GroupSession.session_date > row.session_date,
            GroupSession.status == SessionStatus.PLANNED.value,
        )
        .order_by(GroupSession.session_date, GroupSession.id)
        .limit(1)
    )


class GroupAgendaService(GroupBase):
    def topics(self, session_id: int) -> tuple[GroupTopicRecord, ...]:
        from .groups import GroupService

        return GroupService(self.context).get(session_id).topics

    def add_topic(
        self, session_id: int, text: str, *, raised_by_attendee_id: int | None = None
    ) -> GroupTopicRecord:
        """A topic for the group. Named only when raised by an attendee who has agreed."""
        words = clean(text, "text", max_length=TOPIC_MAX, required=True, label=_("topic"))
        with self._write() as session:
            row = self._running(session, session_id)
            raiser: GroupAttendee | None = None
            if raised_by_attendee_id is not None:
                raiser = get_or_404(session, GroupAttendee, raised_by_attendee_id, _("attendee"))
                if raiser.session_id != row.id:
                    raise ValidationError("raised_by", _("This person is not in this session."))
                if not gc.agreement_complete(raiser):
                    raise ValidationError(
                        "raised_by",
                        _(
                            "Record this person's confidentiality agreement before their name "
                            "is shown with a topic; or add the topic anonymously."
                        ),
                    )
            rank = (
                session.scalar(
                    select(func.max(GroupTopic.rank)).where(GroupTopic.session_id == row.id)
                )
                or 0
            ) + 1
            topic = GroupTopic(
                session_id=row.id,
                text=words,
                raised_by_patient_id=raiser.patient_id if raiser else None,
                anonymous=raiser is None,
                rank=rank,
                status=AgendaStatus.OPEN.value,
                created_at=self._now(),
            )
            session.add(topic)
            session.flush()
            return self._topic_changed(session, row, topic)

    def rank_topics(
        self, session_id: int, ordered_ids: Sequence[int]
    ) -> tuple[GroupTopicRecord, ...]:
        """The order the group chose: the first is discussed first."""
        with self._write() as session:
            row = self._running(session, session_id)
            topics = {t.id: t for t in row.topics}
            if set(ordered_ids) != set(topics) or len(ordered_ids) != len(topics):
                raise ValidationError(
                    "order", _("The agenda changed meanwhile; please look at it again.")
                )
            for rank, topic_id in enumerate(ordered_ids, start=1):
                topics[topic_id].rank = rank
            session.flush()
            self._report(session, Change(Subject.GROUP_SESSION, row.id))
        return self.topics(session_id)

    def set_topic_status(self, topic_id: int, status: str) -> GroupTopicRecord:
        """Discussed, deferred (comes back at the next session of the series) or open."""
        if status not in set(AgendaStatus):
            raise ValidationError("status", _("Choose open, discussed or deferred."))
        with self._write() as session:
            topic = get_or_404(session, GroupTopic, topic_id, _("topic"))
            row = self._running(session, topic.session_id)
            was_deferred = topic.status == AgendaStatus.DEFERRED.value
            topic.status = status
            session.flush()
            if was_deferred and status != AgendaStatus.DEFERRED.value:
                # Kept for today after all: the copy waiting at a later session goes,
                # unless that session has already started on it.
                copy = session.scalar(
                    select(GroupTopic).where(GroupTopic.carried_from_id == topic.id)
                )
                if copy is not None and copy.status == AgendaStatus.OPEN.value:
                    later = session.get(GroupSession, copy.session_id)
                    if later is not None and later.status == SessionStatus.PLANNED.value:
                        session.delete(copy)
            if status == AgendaStatus.DEFERRED.value:
                following = _next_session(session, row)
                if following is not None:
                    bring_back_deferred_topics(session, following, self._now())
            return self._topic_changed(session, row, topic)

    def defer_topic(self, topic_id: int) -> GroupTopicRecord:
        return self.set_topic_status(topic_id, AgendaStatus.DEFERRED.value)

    def remove_topic(self, topic_id: int) -> None:
        with self._write() as session:
            topic = get_or_404(session, GroupTopic, topic_id, _("topic"))
            row = self._running(session, topic.session_id)
            session.delete(topic)
            self._report(session, Change(Subject.GROUP_SESSION, row.id))

    def _topic_changed(
        self, session: Session, row: GroupSession, topic: GroupTopic
    ) -> GroupTopicRecord:
        self._report(session, Change(Subject.GROUP_SESSION, row.id))
        session.refresh(row, ["attendees"])
        return gc.topic(topic, gc.group_names(list(row.attendees)))
