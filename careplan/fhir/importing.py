"""Importing FHIR R4: check everything first, show what will happen, then store it all or nothing.

:meth:`ImportService.preview_file` reads and checks a file and says what importing it would
do — whose plan it is (a registered person, only when NHS number, birth date and name agree;
or someone new), what it holds, what is left out, whether it is already here — without
storing anything. :meth:`ImportService.import_preview` stores it in one write transaction
after checking the person again. :meth:`ImportService.import_file` does both.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import models as m
from ..audit import AuditAction
from ..changes import Change, Subject
from ..errors import ValidationError
from ..i18n import _
from ..permissions import Permission
from ..progress import Progress
from ..services.base import Service
from . import people, storing
from .document import PlanDoc, PlanDocument
from .from_db import content_hash, plan_doc, plan_query
from .people import PersonSummary
from .reader import parse_document
from .reading import parse_json, read_file
from .storing_records import store_records


@dataclass(frozen=True)
class ImportResult:
    patient_id: int
    consultation_id: int | None  # None: the file held a person and no plan
    patient_created: bool
    status: str  # agreed, draft, or "" when no plan was stored
    goals: int
    actions: int
    reviews: int
    left_out: tuple[str, ...]
    already_imported: bool = False  # the same plan was here already: nothing was added
    revision_of: int | None = None  # the plan this import is the next revision of
    # The person's conditions and results the import added or corrected (those already
    # here are recognised and not counted).
    conditions: int = 0
    results: int = 0


@dataclass(frozen=True)
class ImportPreview:
    """What importing a file would do; nothing is stored until it is confirmed."""

    document: PlanDocument
    person: PersonSummary
    patient_id: int | None  # the registered person it is for; None: someone new
    already_imported: int | None  # the consultation that holds the same plan already
    revision_of: int | None  # the plan from the same source that this one changes
    left_out: tuple[str, ...]
    expected_patient_id: int | None = None

    @property
    def plan(self) -> PlanDoc | None:
        return self.document.plan

    @property
    def goals(self) -> int:
        return len(self.plan.goals) if self.plan else 0

    @property
    def actions(self) -> int:
        return sum(len(g.actions) for g in self.plan.goals) if self.plan else 0

    @property
    def reviews(self) -> int:
        return len(self.plan.reviews) if self.plan else 0

    def summary(self, *, with_person: bool = True) -> list[str]:
        """What will happen, in plain words: one line a fact, the left-out list last."""
        lines = []
        if with_person:
            lines.append(_("Person: {person}").format(person=self.person.lines()))
        if self.patient_id is None:
            lines.append(_("Not registered here: they will be added."))
        else:
            lines.append(_("Registered here: name, date of birth and NHS number agree."))
        plan = self.plan
        records = self.document.conditions or self.document.measurements
        if plan is None and records:
            lines.append(_("The file holds no plan."))
        elif plan is None:
            lines.append(_("The file holds no plan, only the person's details."))
        elif self.already_imported is not None:
            lines.append(
                _("This plan is here already: it is not added again.")
                if records
                else _("This plan is here already: importing it again adds nothing.")
            )
        else:
            kind = _("an agreed plan") if plan.status == "agreed" else _("a draft plan")
            lines.append(
                _("{kind}: {goals} goal(s), {actions} action(s), {reviews} review(s).").format(
                    kind=kind, goals=self.goals, actions=self.actions, reviews=self.reviews
                )
            )
            if plan.status == "agreed" and not (
                plan.goals or plan.named_contact_name or plan.review_date
            ):
                # The person importing confirms this, as the clinician confirms agreeing
                # such a plan: it becomes the plan that prints as theirs.
                lines.append(
                    _(
                        "It has no goal, named contact or review date, yet importing it makes "
                        "it their current plan."
                    )
                )
            if self.revision_of is not None:
                lines.append(
                    _("A changed version of a plan imported before: it becomes its next revision.")
                )
        if records:
            lines.append(
                _(
                    "Their conditions and results: {conditions} condition(s), {results} "
                    "result(s); those already here are recognised, not added twice."
                ).format(
                    conditions=len(self.document.conditions),
                    results=len(self.document.measurements),
                )
            )
        if self.left_out:
            lines.append(_("Left out, as this app has no place for it:"))
            lines.extend(f"• {item}" for item in self.left_out)
        return lines


class ImportService(Service):
    """FHIR import over the core's session factory (see the module's description)."""

    def preview_file(
        self,
        path: Path | str,
        *,
        expected_patient_id: int | None = None,
        progress: Progress | None = None,
    ) -> ImportPreview:
        self._require(Permission.IMPORT, expected_patient_id)
        return self._preview(read_file(path, progress), expected_patient_id)

    def preview_data(
        self, data: bytes | str, *, expected_patient_id: int | None = None
    ) -> ImportPreview:
        self._require(Permission.IMPORT, expected_patient_id)
        raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
        return self._preview(raw, expected_patient_id)

    def import_file(
        self,
        path: Path | str,
        *,
        expected_patient_id: int | None = None,
        progress: Progress | None = None,
    ) -> ImportResult:
        """Import a FHIR R4 file (a Bundle of any type, or one resource), all or nothing."""
        preview = self.preview_file(path, expected_patient_id=expected_patient_id)
        return self.import_preview(preview, progress)

    def import_data(
        self,
        data: bytes | str,
        *,
        expected_patient_id: int | None = None,
        progress: Progress | None = None,
    ) -> ImportResult:
        """Import FHIR R4 data, all or nothing.

        Refuses with a :class:`ValidationError` (nothing stored changes) when the data is not
        FHIR R4 JSON, breaks the limits, or does not fit what is stored (the person disagrees
        with a registered one: :class:`~careplan.fhir.people.PersonMismatch`; a second draft).
        """
        preview = self.preview_data(data, expected_patient_id=expected_patient_id)
        return self.import_preview(preview, progress)

    def _preview(self, data: bytes, expected_patient_id: int | None) -> ImportPreview:
        document = parse_document(parse_json(data), today=self._today())
        values, left = storing.person_values(self.context, document.person)
        with self._read() as session:
            found = people.match(session, values, document.source, expected_patient_id)
            already = revision_of = None
            if found is not None and document.plan is not None:
                already, revision_of = _known(session, found.id, document)
        return ImportPreview(
            document=document,
            person=people.summary(values),
            patient_id=found.id if found is not None else None,
            already_imported=already,
            revision_of=revision_of,
            left_out=(*document.left_out, *left),
            expected_patient_id=expected_patient_id,
        )

    def import_preview(
        self, preview: ImportPreview, progress: Progress | None = None
    ) -> ImportResult:
        """Store what :meth:`preview_file` read, checking the person again first."""
        self._require(Permission.IMPORT, preview.expected_patient_id)
        doc = preview.document
        today, now = self._today(), self._now()
        values, _left = storing.person_values(self.context, doc.person)
        plan = doc.plan
        total = 2 + (len(plan.goals) + len(plan.reviews) if plan else 0)
        done = 0

        def step() -> None:
            nonlocal done
            done += 1
            if progress is not None:
                progress(min(done, total), total)

        with self._write() as session:
            found = people.match(session, values, doc.source, preview.expected_patient_id)
            created = found is None
            if found is None:
                patient = m.Patient(**values, created_at=now, updated_at=now)
                session.add(patient)
                session.flush()
            else:
                patient = found
            step()
            row = None
            already = revision_of = None
            if plan is not None:
                already, revision_of = _known(session, patient.id, doc)
            if plan is not None and already is None:
                if plan.status != "agreed" and storing.draft_id(session, patient.id) is not None:
                    raise ValidationError(
                        "status",
                        _(
                            "This person already has a draft plan; finish or remove it before "
                            "importing another draft."
                        ),
                    )
                earlier = session.get(m.Consultation, revision_of) if revision_of else None
                row = storing.store_plan(session, patient.id, plan, now, today, step, earlier)
                session.add(
                    m.ImportSource(
                        patient_id=patient.id,
                        consultation_id=row.id,
                        source_key=doc.source,
                        content_hash=content_hash(plan),
                        imported_at=now,
                    )
                )
                self._report(session, Change(Subject.CONSULTATION, row.id, patient.id))
            records = store_records(session, patient, doc, now)
            for condition_id in records.conditions:
                self._report(session, Change(Subject.CONDITION, condition_id, patient.id))
            for result_id in records.results:
                self._report(session, Change(Subject.RESULT, result_id, patient.id))
            if created:
                self._report(session, Change(Subject.PATIENT, patient.id, patient.id))
            session.flush()
            stored = row is not None
            result = ImportResult(
                patient_id=patient.id,
                consultation_id=row.id if row is not None else already,
                patient_created=created,
                status=row.status if row is not None else "",
                goals=len(plan.goals) if plan and stored else 0,
                actions=sum(len(g.actions) for g in plan.goals) if plan and stored else 0,
                reviews=len(plan.reviews) if plan and stored else 0,
                left_out=preview.left_out,
                already_imported=already is not None,
                revision_of=revision_of if stored else None,
                conditions=len(records.conditions),
                results=len(records.results),
            )
        step()
        self._audit_now(
            AuditAction.IMPORT,
            patient_id=result.patient_id,
            record_type="fhir",
            record_id=result.consultation_id,
        )
        return result


def _known(session: Session, patient_id: int, doc: PlanDocument) -> tuple[int | None, int | None]:
    """(the consultation holding this same plan, the one an earlier import of it made)."""
    assert doc.plan is not None
    wanted = content_hash(doc.plan)
    sources = list(
        session.scalars(
            select(m.ImportSource)
            .where(m.ImportSource.patient_id == patient_id)
            .order_by(m.ImportSource.id.desc())
        )
    )
    for source in sources:
        if source.content_hash == wanted and source.consultation_id is not None:
            return source.consultation_id, None
    for plan in session.scalars(plan_query().where(m.Consultation.patient_id == patient_id)):
        if content_hash(plan_doc(plan)) == wanted:
            return plan.id, None
    if doc.source is not None:
        for source in sources:
            if source.source_key == doc.source and source.consultation_id is not None:
                return None, source.consultation_id
    return None, None


__all__ = ["ImportPreview", "ImportResult", "ImportService", "dt"]
