"""Deferred group topics come back: at the next session of the same series, as soon as
that session exists (whichever is made first). Used where sessions are made and where
topics are deferred."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ..models.groups import GroupSession, GroupTopic
from ..vocabulary import AgendaStatus
from .deferred_topics import brought_back


def bring_back_deferred_topics(session: Session, row: GroupSession, now: dt.datetime) -> None:
    """Topics deferred at earlier sessions of ``row``'s series, not yet brought back."""
    if row.series_id is None:
        return
    carried = aliased(GroupTopic)
    earlier = aliased(GroupSession)
    deferred = session.scalars(
        select(GroupTopic)
        .join(earlier, GroupTopic.session_id == earlier.id)
        .outerjoin(carried, carried.carried_from_id == GroupTopic.id)
        .where(
            earlier.series_id == row.series_id,
            earlier.session_date < row.session_date,
            GroupTopic.status == AgendaStatus.DEFERRED.value,
            carried.id.is_(None),
        )
        .order_by(earlier.session_date, GroupTopic.rank, GroupTopic.id)
    ).all()
    rank = (
        session.scalar(select(func.max(GroupTopic.rank)).where(GroupTopic.session_id == row.id))
        or 0
    )
    for item in deferred:
        rank += 1
        kept = ("raised_by_patient_id", "anonymous")
        session.add(brought_back(GroupTopic, item, rank, now, *kept, session_id=row.id))
