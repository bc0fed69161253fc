"""A person's long-term conditions (SNOMED CT coded), and who is on each register."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import models as m
from .. import register_checks as checks
from ..changes import Change, Subject
from ..clinical_codes import (
    CONDITION_BY_CODE,
    REGISTERS,
    ConditionCode,
    Register,
    codes_of,
    find_register,
)
from ..errors import ValidationError
from ..i18n import _
from ..models.registers import Condition
from ..permissions import Permission
from ..register_records import ConditionRecord
from .base import Service, get_or_404


def condition_record(row: Condition) -> ConditionRecord:
    known = CONDITION_BY_CODE.get(row.code)
    return ConditionRecord(
        id=row.id,
        patient_id=row.patient_id,
        code=row.code,
        term=row.term,
        register=known.register if known else None,
        diagnosed_on=row.diagnosed_on,
        source=row.source,
        source_id=row.source_id,
    )


def register_or_error(text: str, field: str = "register") -> Register:
    found = find_register(text)
    if found is None:
        raise ValidationError(
            field,
            _("'{value}' is not a register; give its SNOMED CT code or name.").format(
                value=text.strip()[:40]
            ),
        )
    return found


def put_condition(
    session: Session,
    patient: m.Patient,
    code: ConditionCode,
    day: dt.date | None,
    source: str,
    source_id: str | None,
    now: dt.datetime,
) -> tuple[Condition, bool]:
    """Record a checked condition inside the caller's transaction (the app, an import).

    A condition already recorded is kept, only gaining a diagnosis date it did not have;
    returns the row and whether anything changed.
    """
    if day is not None and day < patient.date_of_birth:
        raise ValidationError(
            "diagnosed_on", _("The date of diagnosis is before the date of birth.")
        )
    row = session.scalar(
        select(Condition).where(Condition.patient_id == patient.id, Condition.code == code.code)
    )
    if row is not None:
        if day is None or row.diagnosed_on is not None:
            return row, False
        row.diagnosed_on = day
    else:
        row = Condition(
            patient_id=patient.id,
            code=code.code,
            term=code.term,
            diagnosed_on=day,
            source=source,
            source_id=source_id,
            created_at=now,
        )
        session.add(row)
    session.flush()
    return row, True


class RegisterService(Service):
    def add_condition(
        self,
        patient_id: int,
        condition: str,
        diagnosed_on: dt.date | str | None = None,
        *,
        source: str = "entered",
        source_id: str | None = None,
    ) -> tuple[ConditionRecord, bool]:
        """Record a condition by SNOMED CT code or preferred term.

        Returns the record and whether anything changed: a condition already recorded is
        kept, only gaining a diagnosis date it did not have.
        """
        self._require(Permission.EDIT_PATIENTS, patient_id)
        code = checks.condition(condition)
        day = checks.parse_day(diagnosed_on, "diagnosed_on", _("date of diagnosis"))
        if day is not None:
            checks.check_past_date(day, self._today(), "diagnosed_on", _("date of diagnosis"))
        where, ident = checks.source(source), checks.source_id(source_id)
        with self._write() as session:
            patient = get_or_404(session, m.Patient, patient_id, _("patient"))
            row, changed = put_condition(session, patient, code, day, where, ident, self._now())
            if changed:
                self._report(session, Change(Subject.CONDITION, row.id, patient_id))
            return condition_record(row), changed

    def remove_condition(self, condition_id: int) -> None:
        with self._write() as session:
            row = get_or_404(session, Condition, condition_id, _("condition"))
            self._require(Permission.EDIT_PATIENTS, row.patient_id)
            session.delete(row)
            self._report(session, Change(Subject.CONDITION, condition_id, row.patient_id))

    def conditions(self, patient_id: int) -> list[ConditionRecord]:
        self._require(Permission.VIEW_PATIENTS, patient_id)
        with self._read() as session:
            rows = session.scalars(
                select(Condition)
                .where(Condition.patient_id == patient_id)
                .order_by(Condition.diagnosed_on, Condition.id)
            ).all()
            return [condition_record(r) for r in rows]

    def register_sizes(self) -> list[tuple[Register, int]]:
        """Every shipped register with the number of people on it."""
        self._require(Permission.VIEW_OVERVIEW)
        with self._read() as session:
            counts = dict(
                session.execute(
                    select(
                        Condition.code, func.count(func.distinct(Condition.patient_id))
                    ).group_by(Condition.code)
                )
                .tuples()
                .all()
            )
            sizes = []
            for register in REGISTERS:
                codes = codes_of(register)
                if len(codes) == 1:
                    sizes.append((register, int(counts.get(codes[0], 0))))
                else:
                    sizes.append(
                        (
                            register,
                            session.scalar(
                                select(func.count(func.distinct(Condition.patient_id))).where(
                                    Condition.code.in_(codes)
                                )
                            )
                            or 0,
                        )
                    )
            return sizes
