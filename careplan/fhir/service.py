"""Exchanging a person's plan with other systems: FHIR R4 export and import, review calendar.

Export reads the person's latest agreed plan (with its reviews) into a
:class:`~careplan.fhir.document.PlanDocument` and writes it as a FHIR Bundle. Import reads a
Bundle, checks and cleans all of it first, then stores it in one write transaction: the
person (matched by NHS number, or registered), a new consultation with its goals, actions,
support, if-things-get-worse steps, named contact and review date, and its reviews. Any
problem refuses the whole file and leaves the database exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from .. import models as m
from ..atomic import write_atomically
from ..audit import AuditAction
from ..changes import Change, Subject
from ..errors import NotFoundError, ValidationError
from ..i18n import _
from ..permissions import Permission
from ..records import PatientInput
from ..services.base import Service, get_or_404
from ..services.convert import action_copy
from ..services.patients import PatientService
from ..text import name_key
from ..vocabulary import ConsultationStatus
from . import calendar
from .document import (
    ActionDoc,
    ActionOutcomeDoc,
    BarrierDoc,
    EscalationDoc,
    GoalDoc,
    GoalProgressDoc,
    PersonDoc,
    PlanDoc,
    PlanDocument,
    ReviewDoc,
    SupportDoc,
)
from .export import to_bundle
from .parse import parse_bundle
from .reading import BundleError, parse_json, read_file

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    patient_id: int
    consultation_id: int
    resources: int
    size: int


@dataclass(frozen=True)
class ImportResult:
    patient_id: int
    consultation_id: int
    patient_created: bool
    status: str
    goals: int
    actions: int
    reviews: int
    left_out: tuple[str, ...]


@dataclass(frozen=True)
class CalendarResult:
    path: Path
    patient_id: int
    consultation_id: int
    review_date: dt.date


class _Stages:
    """Maps the stages of a job onto one 0..1000 progress scale."""

    def __init__(self, progress: Progress | None, *weights: int) -> None:
        self.progress = progress
        self.weights = weights
        self.stage = 0

    def next(self) -> Progress:
        stage = self.stage
        self.stage += 1
        start = sum(self.weights[:stage])
        width = self.weights[stage]

        def report(done: int, total: int) -> None:
            if self.progress is not None and total > 0:
                self.progress(start + width * min(done, total) // total, 1000)

        return report

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(1000, 1000)


class FhirExchange(Service):
    """FHIR export and import, and the review calendar, over the core's session factory."""

    # ----- export -------------------------------------------------------------------------

    def plan_document(self, patient_id: int, consultation_id: int | None = None) -> PlanDocument:
        """The person's plan as a document: ``consultation_id``, else the latest agreed plan."""
        self._require(Permission.VIEW_PLANS, patient_id)
        with self._read() as session:
            patient = get_or_404(session, m.Patient, patient_id, _("patient"))
            plan = self._plan_row(session, patient_id, consultation_id)
            return _document(session, patient, plan)

    def _plan_row(
        self, session: Session, patient_id: int, consultation_id: int | None
    ) -> m.Consultation:
        query = select(m.Consultation).options(
            selectinload(m.Consultation.clinician),
            selectinload(m.Consultation.what_matters),
            selectinload(m.Consultation.goals).selectinload(m.Goal.actions),
            selectinload(m.Consultation.goals).selectinload(m.Goal.barriers),
            selectinload(m.Consultation.supports),
            selectinload(m.Consultation.escalation_steps),
            selectinload(m.Consultation.reviews).selectinload(m.Review.goal_reviews),
            selectinload(m.Consultation.reviews).selectinload(m.Review.action_reviews),
            selectinload(m.Consultation.reviews).selectinload(m.Review.reviewer),
        )
        if consultation_id is not None:
            row = session.scalar(query.where(m.Consultation.id == consultation_id))
            if row is None or row.patient_id != patient_id:
                raise NotFoundError(_("This plan no longer exists; it may have been removed."))
            return row
        row = session.scalar(
            query.where(
                m.Consultation.patient_id == patient_id,
                m.Consultation.status == ConsultationStatus.AGREED.value,
            )
            .order_by(m.Consultation.agreed_at.desc(), m.Consultation.id.desc())
            .limit(1)
        )
        if row is None:
            raise ValidationError(
                "plan", _("This person has no agreed plan yet, so there is nothing to export.")
            )
        return row

    def export_bundle(
        self,
        patient_id: int,
        consultation_id: int | None = None,
        progress: Progress | None = None,
    ) -> dict[str, Any]:
        """The FHIR R4 Bundle (as JSON-ready data) for the person's plan."""
        self._require(Permission.PRINT_EXPORT, patient_id)
        document = self.plan_document(patient_id, consultation_id)
        return to_bundle(document, self._now(), progress)

    def export_file(
        self,
        patient_id: int,
        path: Path | str,
        consultation_id: int | None = None,
        progress: Progress | None = None,
    ) -> ExportResult:
        """Write the person's plan as a FHIR R4 JSON file, atomically."""
        self._require(Permission.PRINT_EXPORT, patient_id)
        stages = _Stages(progress, 200, 600, 200)
        read = stages.next()
        read(0, 1)
        with self._read() as session:
            patient = get_or_404(session, m.Patient, patient_id, _("patient"))
            plan = self._plan_row(session, patient_id, consultation_id)
            document = _document(session, patient, plan)
            plan_id = plan.id
        read(1, 1)
        bundle = to_bundle(document, self._now(), stages.next())
        data = dumps(bundle)
        stages.next()(0, 1)
        written = write_atomically(path, data)
        self._audit_now(
            AuditAction.EXPORT, patient_id=patient_id, record_type="fhir", record_id=plan_id
        )
        stages.finish()
        return ExportResult(written, patient_id, plan_id, len(bundle["entry"]), len(data))

    # ----- calendar -------------------------------------------------------------------------

    def review_calendar_file(
        self, patient_id: int, path: Path | str, practice_name: str = "", practice_phone: str = ""
    ) -> CalendarResult:
        """Write an .ics file for the person's next review, atomically."""
        self._require(Permission.PRINT_EXPORT, patient_id)
        with self._read() as session:
            get_or_404(session, m.Patient, patient_id, _("patient"))
            row = session.scalar(
                select(m.Consultation)
                .where(
                    m.Consultation.patient_id == patient_id,
                    m.Consultation.review_due.is_not(None),
                )
                .order_by(m.Consultation.agreed_at.desc(), m.Consultation.id.desc())
                .limit(1)
            )
            if row is None or row.review_due is None:
                raise ValidationError(
                    "review_date",
                    _(
                        "This person has no review date set, so there is nothing to add to a "
                        "calendar."
                    ),
                )
            due, plan_id = row.review_due, row.id
        data = calendar.review_event(
            uid=calendar.review_uid(plan_id, due),
            review_date=due,
            practice_name=practice_name,
            practice_phone=practice_phone,
            stamp=self._now(),
        )
        written = write_atomically(path, data)
        self._audit_now(
            AuditAction.EXPORT, patient_id=patient_id, record_type="calendar", record_id=plan_id
        )
        return CalendarResult(written, patient_id, plan_id, due)

    # ----- import -----------------------------------------------------------------------------

    def import_file(
        self,
        path: Path | str,
        *,
        expected_patient_id: int | None = None,
        progress: Progress | None = None,
    ) -> ImportResult:
        """Import a FHIR R4 Bundle file, all or nothing (see :meth:`import_data`)."""
        self._require(Permission.IMPORT, expected_patient_id)
        stages = _Stages(progress, 300, 100, 300, 300)
        data = read_file(path, stages.next())
        return self._import(data, expected_patient_id, stages)

    def import_data(
        self,
        data: bytes | str,
        *,
        expected_patient_id: int | None = None,
        progress: Progress | None = None,
    ) -> ImportResult:
        """Import a FHIR R4 Bundle, all or nothing.

        Refuses with a :class:`ValidationError` (nothing stored changes) when the data is not
        a valid bundle holding one person's plan, or when it does not fit what is stored
        (``expected_patient_id`` set and the file is for someone else; a second draft).
        """
        self._require(Permission.IMPORT, expected_patient_id)
        stages = _Stages(progress, 300, 100, 300, 300)
        stages.next()
        raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
        return self._import(raw, expected_patient_id, stages)

    def _import(
        self, data: bytes, expected_patient_id: int | None, stages: _Stages
    ) -> ImportResult:
        parse_report = stages.next()
        parse_report(0, 1)
        value = parse_json(data)
        parse_report(1, 1)
        document = parse_bundle(value, stages.next())
        result = self._store(document, expected_patient_id, stages.next())
        stages.finish()
        return result

    def _store(
        self, doc: PlanDocument, expected_patient_id: int | None, progress: Progress
    ) -> ImportResult:
        today, now = self._today(), self._now()
        person_values = _person_values(self.context, doc.person)
        plan = doc.plan
        consultation_date = plan.consultation_date or today
        _check_dates(plan, consultation_date, today, now)
        agreed = plan.status == "agreed"
        total = 3 + len(plan.goals) + len(plan.reviews)
        done = 0

        def step() -> None:
            nonlocal done
            done += 1
            progress(done, total)

        with self._write() as session:
            patient, created = self._patient(session, doc.person, person_values, now)
            if expected_patient_id is not None and patient.id != expected_patient_id:
                raise ValidationError(
                    "patient",
                    _(
                        "This file is for a different person than the one open; nothing was "
                        "imported. Open that person's record, or import it from the command "
                        "line."
                    ),
                )
            if not agreed and _draft_id(session, patient.id) is not None:
                raise ValidationError(
                    "status",
                    _(
                        "This person already has a draft plan; finish or remove it before "
                        "importing another draft."
                    ),
                )
            step()
            staff = _StaffFinder(session, now)
            started = plan.created or now
            row = m.Consultation(
                patient_id=patient.id,
                clinician_id=staff.find(plan.clinician_name, "clinician"),
                status=ConsultationStatus.AGREED.value
                if agreed
                else ConsultationStatus.DRAFT.value,
                consultation_date=consultation_date,
                revision=1,
                named_contact_name=plan.named_contact_name,
                named_contact_role=plan.named_contact_role,
                named_contact_phone=plan.named_contact_phone,
                review_date=plan.review_date,
                started_at=started,
                updated_at=now,
                agreed_at=started if agreed else None,
            )
            session.add(row)
            session.flush()
            matters = []
            for position, text in enumerate(plan.what_matters):
                wm = m.WhatMatters(consultation_id=row.id, text=text, position=position)
                session.add(wm)
                matters.append(wm)
            session.flush()
            goal_rows: list[m.Goal] = []
            action_rows: list[list[m.Action]] = []
            for g, goal in enumerate(plan.goals):
                goal_row, actions = _goal_rows(row.id, g, goal, matters, now)
                session.add(goal_row)
                goal_rows.append(goal_row)
                action_rows.append(actions)
                step()
            session.flush()
            for goal_row, goal, actions in zip(goal_rows, plan.goals, action_rows, strict=True):
                session.add_all(_barrier_rows(goal_row, goal, actions))
            for position, support in enumerate(plan.supports):
                session.add(
                    m.Support(
                        consultation_id=row.id,
                        kind=support.kind,
                        name=support.name,
                        contact=support.contact,
                        how_they_help=support.how_they_help,
                        position=position,
                    )
                )
            for position, step_doc in enumerate(plan.escalation_steps):
                session.add(
                    m.EscalationStep(
                        consultation_id=row.id,
                        level=step_doc.level,
                        signs=step_doc.signs,
                        what_to_do=step_doc.what_to_do,
                        contact=step_doc.contact,
                        phone=step_doc.phone,
                        position=position,
                    )
                )
            for review in plan.reviews:
                session.add(_review_row(row.id, review, goal_rows, action_rows, staff, now))
                step()
            session.flush()
            if agreed:
                _make_current_if_newest(session, row, plan.reviews)
            step()
            self._report(session, Change(Subject.CONSULTATION, row.id, patient.id))
            if created:
                self._report(session, Change(Subject.PATIENT, patient.id, patient.id))
            session.flush()
            result = ImportResult(
                patient_id=patient.id,
                consultation_id=row.id,
                patient_created=created,
                status=row.status,
                goals=len(plan.goals),
                actions=sum(len(g.actions) for g in plan.goals),
                reviews=len(plan.reviews),
                left_out=doc.left_out,
            )
        self._audit_now(
            AuditAction.IMPORT,
            patient_id=result.patient_id,
            record_type="fhir",
            record_id=result.consultation_id,
        )
        return result

    def _patient(
        self, session: Session, person: PersonDoc, values: dict[str, object], now: dt.datetime
    ) -> tuple[m.Patient, bool]:
        nhs = values["nhs_number"]
        same_name = session.scalar(
            select(m.Patient).where(
                m.Patient.name_key == values["name_key"],
                m.Patient.date_of_birth == values["date_of_birth"],
            )
        )
        if nhs:
            found = session.scalar(select(m.Patient).where(m.Patient.nhs_number == nhs))
            if found is not None:
                if found.date_of_birth != values["date_of_birth"]:
                    raise ValidationError(
                        "nhs_number",
                        _(
                            "The NHS number in the file belongs to a registered patient with a "
                            "different date of birth; nothing was imported. Check the file."
                        ),
                    )
                return found, False
            if same_name is not None:
                raise ValidationError(
                    "nhs_number",
                    _(
                        "A patient with this name and date of birth is registered without this "
                        "NHS number. If it is the same person, add the NHS number to their "
                        "record first, then import again."
                    ),
                )
        elif same_name is not None:
            raise ValidationError(
                "nhs_number",
                _(
                    "A patient with this name and date of birth is already registered, and "
                    "the file has no NHS number to show it is the same person. Nothing was "
                    "imported; add the NHS number to the file or compare the records."
                ),
            )
        row = m.Patient(**values, created_at=now, updated_at=now)
        session.add(row)
        session.flush()
        return row, True


def dumps(bundle: dict[str, Any]) -> bytes:
    return (json.dumps(bundle, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# ----- reading the database ---------------------------------------------------------------


def _document(session: Session, patient: m.Patient, plan: m.Consultation) -> PlanDocument:
    person = PersonDoc(
        given_name=patient.given_name,
        family_name=patient.family_name,
        date_of_birth=patient.date_of_birth,
        nhs_number=patient.nhs_number,
        preferred_name=patient.preferred_name,
        phone=patient.phone,
        email=patient.email,
        address=patient.address,
        large_print=patient.large_print,
        easy_read=patient.easy_read,
        interpreter_language=patient.interpreter_language,
        communication_notes=patient.communication_notes,
    )
    matters_at = {w.id: i for i, w in enumerate(plan.what_matters)}
    goal_at = {g.id: i for i, g in enumerate(plan.goals)}
    action_at = {
        a.id: (g, i) for g, goal in enumerate(plan.goals) for i, a in enumerate(goal.actions)
    }
    goals = []
    for goal in plan.goals:
        local = {a.id: i for i, a in enumerate(goal.actions)}
        goals.append(
            GoalDoc(
                text=goal.text,
                expressed_by=goal.expressed_by,
                importance=goal.importance,
                target=goal.target,
                target_date=goal.target_date,
                status=goal.status,
                what_matters=matters_at.get(goal.what_matters_id)
                if goal.what_matters_id is not None
                else None,
                actions=tuple(
                    ActionDoc(
                        what=a.what,
                        how_much=a.how_much,
                        when=a.when,
                        how_often=a.how_often,
                        who=a.who,
                        who_name=a.who_name,
                        confidence_first=a.confidence_first,
                        confidence_final=a.confidence_final,
                    )
                    for a in goal.actions
                ),
                barriers=tuple(
                    BarrierDoc(b.barrier, b.plan_b, local.get(b.action_id) if b.action_id else None)
                    for b in goal.barriers
                ),
            )
        )
    reviews = []
    for review in sorted(plan.reviews, key=lambda r: (r.reviewed_on, r.id)):
        reviews.append(
            ReviewDoc(
                reviewed_on=review.reviewed_on,
                mode=review.mode,
                reviewer_name=review.reviewer.full_name if review.reviewer else None,
                next_review_date=review.next_review_date,
                notes=review.notes,
                progress=tuple(
                    GoalProgressDoc(goal_at[gr.goal_id], gr.attainment, gr.comment, gr.status_after)
                    for gr in sorted(review.goal_reviews, key=lambda x: goal_at[x.goal_id])
                    if gr.goal_id in goal_at
                ),
                outcomes=tuple(
                    ActionOutcomeDoc(
                        *action_at[ar.action_id], ar.outcome, ar.confidence, ar.comment
                    )
                    for ar in sorted(review.action_reviews, key=lambda x: action_at[x.action_id])
                    if ar.action_id in action_at
                ),
            )
        )
    created = plan.agreed_at if plan.status == ConsultationStatus.AGREED.value else plan.started_at
    return PlanDocument(
        person,
        PlanDoc(
            status=plan.status,
            consultation_date=plan.consultation_date,
            created=created.replace(microsecond=0) if created else None,
            clinician_name=plan.clinician.full_name if plan.clinician else None,
            named_contact_name=plan.named_contact_name,
            named_contact_role=plan.named_contact_role,
            named_contact_phone=plan.named_contact_phone,
            review_date=plan.review_date,
            what_matters=tuple(w.text for w in plan.what_matters),
            goals=tuple(goals),
            supports=tuple(
                SupportDoc(s.kind, s.name, s.contact, s.how_they_help) for s in plan.supports
            ),
            escalation_steps=tuple(
                EscalationDoc(e.level, e.signs, e.what_to_do, e.contact, e.phone)
                for e in plan.escalation_steps
            ),
            reviews=tuple(reviews),
        ),
    )


# ----- storing -------------------------------------------------------------------------------


def _person_values(context: Any, person: PersonDoc) -> dict[str, object]:
    """The person checked and cleaned exactly as the patient form checks them."""
    return PatientService(context)._validated(
        PatientInput(
            given_name=person.given_name,
            family_name=person.family_name,
            date_of_birth=person.date_of_birth,
            nhs_number=person.nhs_number,
            preferred_name=person.preferred_name,
            phone=person.phone,
            email=person.email,
            address=person.address,
            large_print=person.large_print,
            easy_read=person.easy_read,
            interpreter_language=person.interpreter_language,
            communication_notes=person.communication_notes,
        )
    )


def _check_dates(
    plan: PlanDoc, consultation_date: dt.date, today: dt.date, now: dt.datetime
) -> None:
    if consultation_date > today:
        raise ValidationError(
            "consultation_date", _("The plan in the file is dated in the future.")
        )
    if plan.created is not None and plan.created > now + dt.timedelta(days=1):
        raise ValidationError("created", _("The plan in the file was agreed in the future."))
    if plan.review_date is not None and plan.review_date < consultation_date:
        raise ValidationError(
            "review_date", _("The review date in the file is before the plan was made.")
        )
    for goal in plan.goals:
        if goal.importance is not None and not 0 <= goal.importance <= 10:
            raise ValidationError("importance", _("Importance is 0 to 10."))
    if plan.reviews and plan.status != "agreed":
        raise ValidationError("status", _("Only an agreed plan can have reviews."))
    previous: dt.date | None = None
    for review in plan.reviews:
        if review.reviewed_on > today:
            raise ValidationError("reviewed_on", _("A review in the file is dated in the future."))
        if review.reviewed_on < consultation_date:
            raise ValidationError(
                "reviewed_on", _("A review in the file is dated before the plan was made.")
            )
        if review.next_review_date is not None and review.next_review_date <= review.reviewed_on:
            raise ValidationError(
                "next_review_date",
                _("A review in the file sets its next review on or before its own date."),
            )
        if previous is not None and review.reviewed_on < previous:
            raise ValidationError("reviewed_on", _("The reviews in the file are out of order."))
        previous = review.reviewed_on


class _StaffFinder:
    """Staff named in the file: matched by name, else recorded as inactive staff members.

    An imported name is kept so the plan says who agreed or reviewed it; it never becomes a
    sign-in (inactive, no account) until an administrator makes it one.
    """

    def __init__(self, session: Session, now: dt.datetime) -> None:
        self.session = session
        self.now = now
        self.by_key = {name_key(s.full_name): s.id for s in session.scalars(select(m.StaffMember))}

    def find(self, name: str | None, role: str) -> int | None:
        if not name:
            return None
        key = name_key(name)
        if key not in self.by_key:
            row = m.StaffMember(full_name=name, role=role, active=False, created_at=self.now)
            self.session.add(row)
            self.session.flush()
            self.by_key[key] = row.id
        return self.by_key[key]


def _goal_rows(
    consultation_id: int,
    position: int,
    goal: GoalDoc,
    matters: list[m.WhatMatters],
    now: dt.datetime,
) -> tuple[m.Goal, list[m.Action]]:
    row = m.Goal(
        consultation_id=consultation_id,
        what_matters_id=matters[goal.what_matters].id if goal.what_matters is not None else None,
        text=goal.text,
        expressed_by=goal.expressed_by,
        importance=goal.importance,
        target=goal.target,
        target_date=goal.target_date,
        status=goal.status,
        position=position,
        created_at=now,
        updated_at=now,
    )
    actions = [action_copy(a, position=i, now=now) for i, a in enumerate(goal.actions)]
    row.actions.extend(actions)
    return row, actions


def _barrier_rows(goal_row: m.Goal, goal: GoalDoc, actions: list[m.Action]) -> list[m.Barrier]:
    return [
        m.Barrier(
            goal_id=goal_row.id,
            action_id=actions[b.action].id if b.action is not None else None,
            barrier=b.barrier,
            plan_b=b.plan_b,
            position=i,
        )
        for i, b in enumerate(goal.barriers)
    ]


def _review_row(
    consultation_id: int,
    review: ReviewDoc,
    goals: list[m.Goal],
    actions: list[list[m.Action]],
    staff: _StaffFinder,
    now: dt.datetime,
) -> m.Review:
    row = m.Review(
        consultation_id=consultation_id,
        reviewer_id=staff.find(review.reviewer_name, "nurse"),
        reviewed_on=review.reviewed_on,
        mode=review.mode,
        next_review_date=review.next_review_date,
        notes=review.notes,
        created_at=now,
        updated_at=now,
    )
    for p in review.progress:
        row.goal_reviews.append(
            m.GoalReview(
                goal_id=goals[p.goal].id,
                attainment=p.attainment,
                comment=p.comment,
                status_after=p.status_after,
            )
        )
    for o in review.outcomes:
        row.action_reviews.append(
            m.ActionReview(
                action_id=actions[o.goal][o.action].id,
                outcome=o.outcome,
                confidence=o.confidence,
                comment=o.comment,
            )
        )
    return row


def _draft_id(session: Session, patient_id: int) -> int | None:
    return session.scalar(
        select(m.Consultation.id)
        .where(
            m.Consultation.patient_id == patient_id,
            m.Consultation.status == ConsultationStatus.DRAFT.value,
        )
        .limit(1)
    )


def _make_current_if_newest(
    session: Session, row: m.Consultation, reviews: tuple[ReviewDoc, ...]
) -> None:
    """The imported plan is due for review if it is the person's newest agreed plan."""
    newer = session.scalar(
        select(m.Consultation.id).where(
            m.Consultation.patient_id == row.patient_id,
            m.Consultation.id != row.id,
            m.Consultation.status == ConsultationStatus.AGREED.value,
            m.Consultation.agreed_at > row.agreed_at,
        )
    )
    if newer is not None:
        row.review_due = None
        return
    for earlier in session.scalars(
        select(m.Consultation).where(
            m.Consultation.patient_id == row.patient_id,
            m.Consultation.id != row.id,
            m.Consultation.review_due.is_not(None),
        )
    ):
        earlier.review_due = None
    row.review_due = reviews[-1].next_review_date if reviews else row.review_date


__all__ = [
    "BundleError",
    "CalendarResult",
    "ExportResult",
    "FhirExchange",
    "ImportResult",
]
