"""Results over time: coded measurements, the person's own targets, plain-words meanings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import models as m
from .. import register_checks as checks
from ..changes import Change, Subject
from ..clinical_codes import TEST_BY_KEY, TESTS, TestCode
from ..errors import ValidationError
from ..i18n import _
from ..models.registers import Result, ResultTarget
from ..permissions import Permission
from ..register_records import ResultInput, ResultPoint, ResultSeries
from ..result_words import meaning, trend
from .base import Service, get_or_404

_ORDER = {t.key: i for i, t in enumerate(TESTS)}


def checked_result(
    data: ResultInput, today: dt.date, born: dt.date | None = None, field_prefix: str = ""
) -> tuple[TestCode, float | None, str | None, dt.date]:
    """The test, value and date of ``data``, or :class:`ValidationError`."""
    spec = checks.test(data.test, f"{field_prefix}test")
    value, words = checks.result_value(spec, data.value, f"{field_prefix}{spec.key}")
    label = _("date of the {name} result").format(name=spec.name)
    day = checks.parse_day(data.taken_on, f"{field_prefix}{spec.key}_date", label)
    if day is None:
        raise ValidationError(
            f"{field_prefix}{spec.key}_date",
            _("Give the date of the {name} result.").format(name=spec.name),
        )
    checks.check_past_date(day, today, f"{field_prefix}{spec.key}_date", label)
    if born is not None and day < born:
        raise ValidationError(
            f"{field_prefix}{spec.key}_date",
            _("The {name} result is dated before the date of birth.").format(name=spec.name),
        )
    if data.unit is not None and data.unit.strip() and data.unit.strip() != spec.unit:
        raise ValidationError(
            f"{field_prefix}{spec.key}",
            _("{name} is stored in {unit}, not {given}.").format(
                name=spec.name, unit=spec.unit, given=data.unit.strip()[:20]
            ),
        )
    return spec, value, words, day


def build_series(
    test: str,
    points: list[ResultPoint],
    own: tuple[float | None, float | None] | None,
) -> ResultSeries:
    spec = TEST_BY_KEY[test]
    low, high = own if own is not None else (spec.target_low, spec.target_high)
    latest = points[-1]
    previous = points[-2] if len(points) > 1 else None
    return ResultSeries(
        test=test,
        name=spec.name,
        system=spec.system,
        code=spec.code,
        unit=spec.unit,
        points=tuple(points),
        target_low=low,
        target_high=high,
        own_target=own is not None,
        meaning=meaning(test, latest.value, latest.value_text, low, high, own is not None),
        trend=trend(test, previous.value if previous else None, latest.value),
    )


Value = tuple[float | None, str | None]  # a number, or words ("negative", "high risk")
Source = tuple[str, str | None]  # where a result came from, and its own id there


def result_columns(
    patient_id: int, spec: TestCode, value: Value, day: dt.date, source: Source, now: dt.datetime
) -> dict[str, object]:
    """A new result's columns: one value (a number, or words) of ``spec`` on ``day``, from
    ``source`` (where, and its own id there)."""
    number, words = value
    where, ident = source
    return {
        "patient_id": patient_id,
        "test": spec.key,
        "system": spec.system,
        "code": spec.code,
        "value": number,
        "value_text": words,
        "unit": spec.unit,
        "taken_on": day,
        "source": where,
        "source_id": ident,
        "created_at": now,
    }


def put_result(
    session: Session,
    patient_id: int,
    spec: TestCode,
    value: Value,
    day: dt.date,
    source: Source,
    now: dt.datetime,
) -> tuple[Result, bool]:
    """Store one checked result inside the caller's transaction (the app, an import).

    One value per test per day: the same value again changes nothing; a different value
    for the same day replaces it (a corrected result). Returns the row and whether
    anything changed.
    """
    number, words = value
    where, ident = source
    row = session.scalar(
        select(Result).where(
            Result.patient_id == patient_id, Result.test == spec.key, Result.taken_on == day
        )
    )
    if row is not None:
        if (row.value, row.value_text) == (number, words):
            return row, False
        row.value, row.value_text, row.source, row.source_id = number, words, where, ident
    else:
        row = Result(**result_columns(patient_id, spec, value, day, source, now))
        session.add(row)
    session.flush()
    return row, True


class ResultService(Service):
    def add_result(self, patient_id: int, data: ResultInput) -> tuple[int, bool]:
        """Store one result; returns its id and whether anything changed.

        One value per test per day: the same value again changes nothing; a different
        value for the same day replaces it (a corrected result).
        """
        self._require(Permission.EDIT_PLANS, patient_id)
        with self._write() as session:
            patient = get_or_404(session, m.Patient, patient_id, _("patient"))
            spec, value, words, day = checked_result(data, self._today(), patient.date_of_birth)
            where, ident = checks.source(data.source), checks.source_id(data.source_id)
            row, changed = put_result(
                session, patient.id, spec, (value, words), day, (where, ident), self._now()
            )
            if changed:
                self._report(session, Change(Subject.RESULT, row.id, patient_id))
            return row.id, changed

    def set_target(self, patient_id: int, test: str, low: float | None, high: float | None) -> None:
        """The person's own target for a result; both ends empty removes it."""
        self._require(Permission.EDIT_PLANS, patient_id)
        spec = checks.test(test)
        if spec.choices:
            raise ValidationError(
                "test", _("{name} has no number to aim for.").format(name=spec.name)
            )
        for end, field in ((low, "low"), (high, "high")):
            if end is not None:
                checks.result_value(spec, float(end), field)
        if low is not None and high is not None and low > high:
            raise ValidationError("low", _("The lower end of the target is above the upper end."))
        with self._write() as session:
            get_or_404(session, m.Patient, patient_id, _("patient"))
            row = session.scalar(
                select(ResultTarget).where(
                    ResultTarget.patient_id == patient_id, ResultTarget.test == spec.key
                )
            )
            if low is None and high is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                row = ResultTarget(
                    patient_id=patient_id,
                    test=spec.key,
                    low=low,
                    high=high,
                    agreed_on=self._today(),
                )
                session.add(row)
            else:
                row.low, row.high, row.agreed_on = low, high, self._today()
            session.flush()
            self._report(session, Change(Subject.RESULT, None, patient_id))

    def results(self, patient_id: int, since: dt.date | None = None) -> list[ResultSeries]:
        """Every kind of result the person has, each with its history, in the usual order."""
        self._require(Permission.VIEW_PLANS, patient_id)
        with self._read() as session:
            query = select(
                Result.test, Result.taken_on, Result.value, Result.value_text, Result.source
            ).where(Result.patient_id == patient_id)
            if since is not None:
                query = query.where(Result.taken_on >= since)
            rows = session.execute(query.order_by(Result.test, Result.taken_on)).all()
            targets = {
                t.test: (t.low, t.high)
                for t in session.scalars(
                    select(ResultTarget).where(ResultTarget.patient_id == patient_id)
                )
            }
        by_test: dict[str, list[ResultPoint]] = {}
        for test, day, value, words, source in rows:
            if test in TEST_BY_KEY:
                by_test.setdefault(test, []).append(ResultPoint(day, value, words, source))
        return [
            build_series(test, points, targets.get(test))
            for test, points in sorted(by_test.items(), key=lambda kv: _ORDER[kv[0]])
        ]
