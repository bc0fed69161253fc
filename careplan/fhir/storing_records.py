"""Storing an imported person's conditions and results, inside the import's one transaction.

Each goes through the same routine the app uses when a person types one
(:func:`careplan.services.registers.put_condition`,
:func:`careplan.services.results.put_result`), so the same rules hold: one condition a code,
one result a test a day, a corrected value replacing the old one. What an earlier import
brought is recognised by its identifier in the file that sent it (``source_id``), so
importing the same file again adds nothing, and a result the sender corrected (a new value
or a new date) replaces the one it corrects instead of standing beside it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import models as m
from ..clinical_codes import CONDITION_BY_CODE, TEST_BY_KEY
from ..models.registers import Condition, Result
from ..services.registers import put_condition
from ..services.results import put_result
from .document import ConditionDoc, MeasurementDoc, PlanDocument

SOURCE = "fhir"


@dataclass(frozen=True)
class Stored:
    """What an import changed: the ids of the conditions and results added or corrected."""

    conditions: tuple[int, ...] = ()
    results: tuple[int, ...] = ()


def store_records(
    session: Session, patient: m.Patient, doc: PlanDocument, now: dt.datetime
) -> Stored:
    conditions = [c for c in (_condition(session, patient, d, now) for d in doc.conditions) if c]
    results = [r for r in (_result(session, patient, d, now) for d in doc.measurements) if r]
    return Stored(tuple(conditions), tuple(results))


def _condition(
    session: Session, patient: m.Patient, doc: ConditionDoc, now: dt.datetime
) -> int | None:
    if doc.source_id is not None:
        known = session.scalar(
            select(Condition).where(
                Condition.patient_id == patient.id,
                Condition.source == SOURCE,
                Condition.source_id == doc.source_id,
            )
        )
        if known is not None and known.code == doc.code:
            if known.diagnosed_on is None and doc.diagnosed_on is not None:
                known.diagnosed_on = doc.diagnosed_on
                return known.id
            return None
    row, changed = put_condition(
        session, patient, CONDITION_BY_CODE[doc.code], doc.diagnosed_on, SOURCE, doc.source_id, now
    )
    return row.id if changed else None


def _result(
    session: Session, patient: m.Patient, doc: MeasurementDoc, now: dt.datetime
) -> int | None:
    spec = TEST_BY_KEY[doc.test]
    if doc.source_id is not None:
        known = session.scalar(
            select(Result).where(
                Result.patient_id == patient.id,
                Result.test == spec.key,
                Result.source == SOURCE,
                Result.source_id == doc.source_id,
            )
        )
        if known is not None and known.taken_on != doc.taken_on:
            # The sender moved its result to another day: the corrected one replaces it,
            # unless that day has a result of this test already (then that one is kept).
            clash = session.scalar(
                select(Result.id).where(
                    Result.patient_id == patient.id,
                    Result.test == spec.key,
                    Result.taken_on == doc.taken_on,
                )
            )
            if clash is None:
                known.taken_on = doc.taken_on
                known.value, known.value_text = doc.value, doc.value_text
                session.flush()
                return known.id
    row, changed = put_result(
        session,
        patient.id,
        spec,
        (doc.value, doc.value_text),
        doc.taken_on,
        (SOURCE, doc.source_id),
        now,
    )
    return row.id if changed else None
