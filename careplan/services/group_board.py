"""The results board: what the room's screen may show, and nothing more.

Only attendees who are in the room, whose confidentiality agreement (and their
carer's) is recorded and who consented to the board appear, each by alias or
first name, with their latest results and whether each is in their target
range. Names, NHS numbers and dates of birth never enter the board's data.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, selectinload

from ..audit import AuditAction
from ..clinical_codes import TEST_BY_KEY, TESTS, in_target
from ..group_records import BoardEntry, BoardResult
from ..group_vocabulary import PRESENT
from ..i18n import _
from ..models.groups import GroupAttendee, GroupSession
from ..models.registers import Result, ResultTarget
from . import group_convert as gc
from .base import get_or_404
from .group_access import GroupBase

RESULTS_PER_PERSON = 8


def latest_results(
    session: Session, patient_ids: Sequence[int]
) -> dict[int, tuple[BoardResult, ...]]:
    """Each person's latest result of each test: the board's one source of results.

    Read from the structured results (:mod:`careplan.models.registers`): the
    newest value of each test, in the usual order of tests, with the person's own
    agreed target where there is one, else the usual target of that test.
    """
    if not patient_ids:
        return {}
    ids = list(patient_ids)
    newest = (
        select(Result.patient_id, Result.test, func.max(Result.taken_on).label("day"))
        .where(Result.patient_id.in_(ids))
        .group_by(Result.patient_id, Result.test)
        .subquery()
    )
    rows = session.execute(
        select(
            Result.patient_id, Result.test, Result.value, Result.value_text, Result.taken_on
        ).join(
            newest,
            and_(
                Result.patient_id == newest.c.patient_id,
                Result.test == newest.c.test,
                Result.taken_on == newest.c.day,
            ),
        )
    ).all()
    targets = {
        (t.patient_id, t.test): (t.low, t.high)
        for t in session.scalars(select(ResultTarget).where(ResultTarget.patient_id.in_(ids)))
    }
    order = {t.key: i for i, t in enumerate(TESTS)}
    out: dict[int, list[tuple[int, BoardResult]]] = {}
    for patient_id, test, value, words, day in rows:
        spec = TEST_BY_KEY.get(test)
        if spec is None:
            continue
        low, high = targets.get((patient_id, test), (spec.target_low, spec.target_high))
        shown = words if words else ("" if value is None else f"{value:g} {spec.unit}".strip())
        result = BoardResult(
            name=spec.name,
            value=shown,
            taken_on=day,
            in_range=in_target(value, low, high),
            target=target_words(low, high),
        )
        out.setdefault(patient_id, []).append((order.get(test, len(order)), result))
    return {
        pid: tuple(r for _, r in sorted(results, key=lambda x: x[0])[:RESULTS_PER_PERSON])
        for pid, results in out.items()
    }


def target_words(low: float | None, high: float | None) -> str | None:
    if low is not None and high is not None:
        return _("{low:g} to {high:g}").format(low=low, high=high)
    if high is not None:
        return _("up to {high:g}").format(high=high)
    if low is not None:
        return _("at least {low:g}").format(low=low)
    return None


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
