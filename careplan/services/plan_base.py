"""What every service over a plan shares: reading it, starting and revising it, and
taking the plan's lock for an edit (optimistic locking of every part, see plan_lock)."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Collection, Iterator
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased, object_session, selectinload

from .. import models as m
from ..changes import Change, Subject
from ..dates import parse_date
from ..errors import ValidationError
from ..i18n import _
from ..permissions import Permission
from ..records import ConsultationRecord
from ..vocabulary import AgendaStatus, ConsultationStatus
from .base import Service, ServiceContext, get_or_404
from .deferred_topics import brought_back
from .plan_lock import PlanVersions, lock_plan, next_position
from .plan_read import ALL_PARTS, read_plan
from .revision import Carry, new_revision

FULL_PLAN = (
    selectinload(m.Consultation.clinician),
    selectinload(m.Consultation.preparation).selectinload(m.Preparation.results),
    selectinload(m.Consultation.participants),
    selectinload(m.Consultation.agenda_items),
    selectinload(m.Consultation.what_matters),
    selectinload(m.Consultation.goals).selectinload(m.Goal.actions),
    selectinload(m.Consultation.goals).selectinload(m.Goal.barriers),
    selectinload(m.Consultation.goals).selectinload(m.Goal.targets),
    selectinload(m.Consultation.supports),
    selectinload(m.Consultation.escalation_steps),
)


def _latest(what: Any, patient_id: int, status: ConsultationStatus) -> Select[Any]:
    """``what`` of the person's latest plan in ``status``: the last agreed, the last started."""
    when = (
        m.Consultation.agreed_at
        if status is ConsultationStatus.AGREED
        else m.Consultation.started_at
    )
    return (
        select(what)
        .where(m.Consultation.patient_id == patient_id, m.Consultation.status == status.value)
        .order_by(when.desc(), m.Consultation.id.desc())
        .limit(1)
    )


class PlanService(Service):
    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        # The plans as this workstation last read or wrote them (optimistic locking).
        self.versions = PlanVersions()

    @contextlib.contextmanager
    def _write(self, *, conflict_message: str | None = None) -> Iterator[Session]:
        """A write whose plans' new versions are remembered once it has committed."""
        seen: dict[int, int] = {}
        with super()._write(conflict_message=conflict_message) as session:
            yield session
            seen = self.versions.committed(session)
        for consultation_id, version in seen.items():
            self.versions.saw(consultation_id, version)

    # ----- reading -----------------------------------------------------------------

    def get(self, consultation_id: int) -> ConsultationRecord:
        self._require(Permission.VIEW_PLANS)
        with self._read() as session:
            return self._load(session, consultation_id)

    def _load(
        self, session: Session, consultation_id: int, parts: Collection[str] = ALL_PARTS
    ) -> ConsultationRecord:
        found = read_plan(session, consultation_id, parts)
        if found is None:
            get_or_404(session, m.Consultation, consultation_id, _("consultation"))
        assert found is not None
        record, version = found
        self.versions.saw(record.id, version)
        return record

    def current_draft(self, patient_id: int) -> ConsultationRecord | None:
        self._require(Permission.VIEW_PLANS, patient_id)
        with self._read() as session:
            draft_id = self._draft_id(session, patient_id)
            return None if draft_id is None else self._load(session, draft_id)

    def latest_agreed(
        self, patient_id: int, *, parts: Collection[str] = ALL_PARTS
    ) -> ConsultationRecord | None:
        """The person's latest agreed plan, with the parts named (by default all; see
        :mod:`careplan.services.plan_read`)."""
        self._require(Permission.VIEW_PLANS, patient_id)
        with self._read() as session:
            latest = session.scalar(
                _latest(m.Consultation.id, patient_id, ConsultationStatus.AGREED)
            )
            return None if latest is None else self._load(session, latest, parts)

    @staticmethod
    def _draft_id(session: Session, patient_id: int) -> int | None:
        draft: int | None = session.scalar(
            _latest(m.Consultation.id, patient_id, ConsultationStatus.DRAFT)
        )
        return draft

    # ----- starting ----------------------------------------------------------------

    def start_or_resume(
        self,
        patient_id: int,
        clinician_id: int | None,
        consultation_date: str | dt.date | None = None,
        *,
        carry_forward: bool = True,
    ) -> ConsultationRecord:
        """Resume the patient's draft, or start a new consultation.

        For someone with an agreed plan, the new consultation starts from that plan:
        every part carried forward (one revision routine), for the pair to keep,
        reword, mark achieved or stop (``carry_forward=False`` starts empty). It also
        brings back every agenda item deferred in earlier ones that has not come
        back already: deferred topics never vanish. Two workstations starting at
        once get the same draft (the database allows one draft per person).
        """
        self._require(Permission.EDIT_PLANS, patient_id)
        when = parse_date(consultation_date, "consultation_date")
        try:
            consultation_id = self._start(patient_id, clinician_id, when, carry_forward)
        except ValidationError:
            # Another workstation started this person's draft a moment ago: resume it.
            with self._read() as session:
                draft = self._draft_id(session, patient_id)
            if draft is None:
                raise
            consultation_id = draft
        return self.get(consultation_id)

    def _start(
        self,
        patient_id: int,
        clinician_id: int | None,
        when: dt.date | None,
        carry_forward: bool,
    ) -> int:
        with self._write() as session:
            get_or_404(session, m.Patient, patient_id, _("patient"))
            existing = self._draft_id(session, patient_id)
            if existing is not None:
                return existing
            if clinician_id is not None:
                get_or_404(session, m.StaffMember, clinician_id, _("staff member"))
            now = self._now()
            when = when or now.date()
            current = self._current_plan(session, patient_id) if carry_forward else None
            if current is not None:
                review_date = current.review_date
                row, _copied = new_revision(
                    session,
                    current,
                    now=now,
                    clinician_id=clinician_id,
                    consultation_date=when,
                    carry=Carry(
                        plan={
                            "review_date": review_date
                            if review_date and review_date > when
                            else None
                        }
                    ),
                )
            else:
                row = m.Consultation(
                    patient_id=patient_id,
                    clinician_id=clinician_id,
                    status=ConsultationStatus.DRAFT.value,
                    consultation_date=when,
                    revision=1,
                    started_at=now,
                    updated_at=now,
                )
                session.add(row)
                session.flush()
            self._bring_back_deferred(session, row)
            consultation_id = row.id
            self._report(session, Change(Subject.CONSULTATION, consultation_id, patient_id))
        return consultation_id

    @staticmethod
    @staticmethod
    def _current_plan(session: Session, patient_id: int) -> m.Consultation | None:
        """The person's current plan: the latest agreed one."""
        latest = _latest(m.Consultation, patient_id, ConsultationStatus.AGREED)
        current: m.Consultation | None = session.scalar(latest.options(*FULL_PLAN))
        return current

    def _bring_back_deferred(self, session: Session, row: m.Consultation) -> None:
        carried = aliased(m.AgendaItem)
        deferred = session.scalars(
            select(m.AgendaItem)
            .join(m.Consultation, m.AgendaItem.consultation_id == m.Consultation.id)
            .outerjoin(carried, carried.carried_from_id == m.AgendaItem.id)
            .where(
                m.Consultation.patient_id == row.patient_id,
                m.Consultation.id != row.id,
                m.AgendaItem.status == AgendaStatus.DEFERRED.value,
                carried.id.is_(None),
            )
            .order_by(m.Consultation.started_at, m.AgendaItem.rank)
        ).all()
        now = self._now()
        for rank, item in enumerate(deferred):
            session.add(
                brought_back(m.AgendaItem, item, rank, now, "raised_by", consultation_id=row.id)
            )

    def revise(self, consultation_id: int, clinician_id: int | None) -> ConsultationRecord:
        """Reopen an agreed plan as a new draft revision; the agreed one stays in history."""
        self._require(Permission.EDIT_PLANS)
        with self._write() as session:
            old = session.scalar(
                select(m.Consultation)
                .where(m.Consultation.id == consultation_id)
                .options(*FULL_PLAN)
            )
            if old is None:
                get_or_404(session, m.Consultation, consultation_id, _("consultation"))
            assert old is not None
            if old.status != ConsultationStatus.AGREED.value:
                raise ValidationError(
                    "status", _("Only an agreed plan can be revised; this one is still a draft.")
                )
            if self._draft_id(session, old.patient_id) is not None:
                raise ValidationError(
                    "status",
                    _("This person already has a draft plan; finish or resume that one first."),
                )
            new, _copied = new_revision(session, old, now=self._now(), clinician_id=clinician_id)
            self._bring_back_deferred(session, new)
            new_id, patient_id = new.id, new.patient_id
            self._report(session, Change(Subject.CONSULTATION, new_id, patient_id))
        return self.get(new_id)

    # ----- helpers -----------------------------------------------------------------

    def _draft(
        self,
        session: Session,
        consultation_id: int,
        *,
        part: Any = None,
        values: dict[str, Any] | None = None,
        expected: int | None = None,
        adding: bool = False,
    ) -> m.Consultation:
        """The draft, locked, checked to be as this workstation last saw it, and bumped.

        ``part`` and ``values`` (the row being edited and the new values) let a
        refusal say what is stored now in place of what was about to be saved.
        ``adding`` (a new part, or one put back) overwrites nothing, so it is not
        refused for a change made elsewhere meanwhile; it still counts as a change.
        """
        row = lock_plan(session, consultation_id)
        if row is None:
            get_or_404(session, m.Consultation, consultation_id, _("consultation"))
        assert row is not None
        self._not_agreed(row)
        self.versions.check_and_bump(
            session, row, self._now(), expected=expected, row=part, values=values, check=not adding
        )
        return row

    @staticmethod
    def _not_agreed(row: m.Consultation) -> None:
        if row.status != ConsultationStatus.DRAFT.value:
            raise ValidationError(
                "status",
                _(
                    "This plan has been agreed and cannot be changed; "
                    "reopen it as a new revision to change it."
                ),
            )

    def _goal_in_draft(
        self,
        session: Session,
        goal_id: int,
        values: dict[str, Any] | None = None,
        *,
        adding: bool = False,
    ) -> m.Goal:
        goal = get_or_404(session, m.Goal, goal_id, _("goal"))
        self._draft(session, goal.consultation_id, part=goal, values=values, adding=adding)
        return goal

    def _changed(self, consultation: m.Consultation, initiator: object = None) -> None:
        session = object_session(consultation)
        assert session is not None
        change = Change(
            Subject.CONSULTATION, consultation.id, consultation.patient_id, initiator=initiator
        )
        self._report(session, change)

    @staticmethod
    def _next_position(session: Session, column: Any, parent: Any, parent_id: int) -> int:
        # Safe under concurrency: the plan's row is locked by ``_draft`` first.
        return next_position(session, column, parent, parent_id)
