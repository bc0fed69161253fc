"""The results board: what the room's screen may show, and nothing more.

Only attendees who are in the room, whose confidentiality agreement (and their
carer's) is recorded and who consented to the board appear, each by alias or
first name, with their latest results and whether each is in their target
range. Names, NHS numbers and dates of birth never enter the board's data.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from .. import models as m
from ..audit import AuditAction
from ..group_records import BoardEntry, BoardResult
from ..group_vocabulary import PRESENT
from ..i18n import _
from ..models.groups import GroupAttendee, GroupSession
from . import group_convert as gc
from .base import get_or_404
from .group_access import GroupBase

RESULTS_PER_PERSON = 4


def latest_results(
    session: Session, patient_ids: Sequence[int]
) -> dict[int, tuple[BoardResult, ...]]:
    """Each person's latest result of each test: the board's one source of results.

    Read from the results gathered to prepare each person's consultations (the
    newest of each test by the date it was taken). Those carry no target range,
    so ``in_range`` is ``None`` and the board says no target is recorded.
    """
    if not patient_ids:
        return {}
    rows = session.execute(
        select(m.Consultation.patient_id, m.PreparationResult)
        .join(m.Preparation, m.Preparation.consultation_id == m.Consultation.id)
        .join(m.PreparationResult, m.PreparationResult.preparation_id == m.Preparation.id)
        .where(m.Consultation.patient_id.in_(list(patient_ids)))
        .order_by(
            m.Consultation.patient_id,
            m.PreparationResult.taken_on.desc().nulls_last(),
            m.Consultation.started_at.desc(),
            m.PreparationResult.position,
        )
    ).tuples()
    out: dict[int, list[BoardResult]] = {}
    seen: set[tuple[int, str]] = set()
    for patient_id, result in rows:
        key = (patient_id, result.test_name.casefold())
        if key in seen or result.value is None:
            continue
        seen.add(key)
        mine = out.setdefault(patient_id, [])
        if len(mine) < RESULTS_PER_PERSON:
            mine.append(
                BoardResult(
                    name=result.test_name,
                    value=result.value,
                    taken_on=result.taken_on,
                    in_range=None,
                    target=None,
                )
            )
    return {patient_id: tuple(results) for patient_id, results in out.items()}


def on_board(attendee: GroupAttendee) -> bool:
    """In the room, agreed (with their carer) and consented to the board."""
    return (
        attendee.attendance in PRESENT
        and gc.agreement_complete(attendee)
        and attendee.board_consent
    )


def board_labels(attendees: Sequence[GroupAttendee]) -> dict[int, str]:
    """Alias or first name; two people with the same first name get a family initial."""
    shown = [a for a in attendees if on_board(a)]
    base = {a.id: a.alias or gc.first_name(a.patient) for a in shown}
    counts: dict[str, int] = {}
    for label in base.values():
        counts[label.casefold()] = counts.get(label.casefold(), 0) + 1
    labels = {}
    for a in shown:
        label = base[a.id]
        if a.alias is None and counts[label.casefold()] > 1:
            label = f"{label} {a.patient.family_name[:1]}."
        labels[a.id] = label
    return labels


class GroupBoardService(GroupBase):
    def board(self, session_id: int) -> tuple[BoardEntry, ...]:
        """The board's data for the room. Reading it is audited, one entry per person shown."""
        with self._read() as session:
            self._running(session, session_id)
            row = session.scalar(
                select(GroupSession)
                .where(GroupSession.id == session_id)
                .options(selectinload(GroupSession.attendees).selectinload(GroupAttendee.patient))
            )
            if row is None:
                get_or_404(session, GroupSession, session_id, _("group session"))
            assert row is not None
            attendees = [a for a in row.attendees if on_board(a)]
            labels = board_labels(attendees)
            results = latest_results(session, [a.patient_id for a in attendees])
            entries = tuple(
                BoardEntry(labels[a.id], results.get(a.patient_id, ())) for a in attendees
            )
            shown = [(a.patient_id, a.id) for a in attendees]
        for patient_id, attendee_id in shown:
            self._audit_now(
                AuditAction.OPEN,
                patient_id=patient_id,
                record_type="group_board",
                record_id=attendee_id,
            )
        return entries
