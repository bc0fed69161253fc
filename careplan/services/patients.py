"""Finding, registering and updating patients."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import fields
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from .. import models as m
from ..changes import Change, Subject
from ..dates import check_birth_date, parse_date
from ..errors import ConflictError, FieldChange, ValidationError
from ..i18n import N_, _
from ..identifiers import normalise_nhs_number
from ..permissions import Permission
from ..plan_fields import Field, Kind
from ..records import PatientInput, PatientRecord, PatientSearchResult
from ..text import NAME_MAX, SHORT_MAX, clean_optional, name_key
from . import convert, patient_search
from .base import Service, get_or_404
from .patient_search import ListKey

SEARCH_LIMIT = 500


# A person's details as typed, each checked and cleaned by its declaration.
GIVEN_NAME = Field("given_name", Kind.LINE, N_("first name"), required=True, max_length=NAME_MAX)
FAMILY_NAME = Field("family_name", Kind.LINE, N_("last name"), required=True, max_length=NAME_MAX)
PREFERRED_NAME = Field("preferred_name", Kind.LINE, N_("preferred name"), max_length=NAME_MAX)
ADDRESS = Field("address", max_length=1000)
INTERPRETER = Field(
    "interpreter_language", Kind.LINE, N_("interpreter language"), max_length=NAME_MAX
)
NOTES = Field("communication_notes")


class DuplicatePatientError(ValidationError):
    """The patient is already registered; ``existing_id`` is their record."""

    def __init__(self, field: str, message: str, existing_id: int) -> None:
        super().__init__(field, message)
        self.existing_id = existing_id


class PatientService(Service):
    def _validated(self, data: PatientInput) -> dict[str, object]:
        """Every field checked; all the problems are reported together, first one first."""
        today = self._today()
        problems: list[ValidationError] = []

        def check(work: Callable[[], Any]) -> Any:
            try:
                return work()
            except ValidationError as problem:
                problems.append(problem)
                return None

        def email() -> str | None:
            value = clean_optional(data.email, "email", max_length=SHORT_MAX, multiline=False)
            if value and "@" not in value:
                raise ValidationError(
                    "email", _("An email address needs an @, like name@example.org.")
                )
            return value

        def phone() -> str | None:
            value = clean_optional(data.phone, "phone", max_length=40, multiline=False)
            if value and not re.fullmatch(r"[\d\s+()\-.]+(?:\s*(?:ext|x)\.?\s*\d+)?", value):
                raise ValidationError(
                    "phone", _("A phone number has digits, spaces, +, - and brackets only.")
                )
            return value

        values: dict[str, object] = {
            "given_name": check(lambda: GIVEN_NAME.convert(data.given_name)),
            "family_name": check(lambda: FAMILY_NAME.convert(data.family_name)),
            "preferred_name": check(lambda: PREFERRED_NAME.convert(data.preferred_name)),
            "date_of_birth": check(
                lambda: check_birth_date(
                    parse_date(data.date_of_birth, "date_of_birth", label=_("date of birth")), today
                )
            ),
            "nhs_number": check(lambda: normalise_nhs_number(data.nhs_number)),
            "phone": check(phone),
            "email": check(email),
            "address": check(lambda: ADDRESS.convert(data.address)),
            "large_print": bool(data.large_print),
            "easy_read": bool(data.easy_read),
            "interpreter_language": check(lambda: INTERPRETER.convert(data.interpreter_language)),
            "communication_notes": check(lambda: NOTES.convert(data.communication_notes)),
        }
        if problems:
            first = problems[0]
            raise ValidationError(
                first.field, first.message, problems=tuple((p.field, p.message) for p in problems)
            )
        given, family = str(values["given_name"]), str(values["family_name"])
        values["name_key"] = name_key(given, family)
        values["family_key"] = name_key(family)
        return values

    def _check_duplicates(
        self, session: Session, values: dict[str, object], exclude_id: int | None
    ) -> None:
        def refuse_another(field: str, message: str, *same: ColumnElement[bool]) -> None:
            query = select(m.Patient.id).where(*same)
            if exclude_id is not None:
                query = query.where(m.Patient.id != exclude_id)
            existing = session.scalar(query)
            if existing is not None:
                raise DuplicatePatientError(field, message, existing)

        if values["nhs_number"]:
            refuse_another(
                "nhs_number",
                _("A patient with this NHS number is already registered."),
                m.Patient.nhs_number == values["nhs_number"],
            )
        refuse_another(
            "family_name",
            _("A patient with this name and date of birth is already registered."),
            m.Patient.name_key == values["name_key"],
            m.Patient.date_of_birth == values["date_of_birth"],
        )

    def create(self, data: PatientInput) -> PatientRecord:
        self._require(Permission.EDIT_PATIENTS)
        values = self._validated(data)
        now = self._now()
        with self._write() as session:
            self._check_duplicates(session, values, None)
            row = m.Patient(**values, created_at=now, updated_at=now)
            session.add(row)
            session.flush()
            record = convert.patient(row)
            self._report(session, Change(Subject.PATIENT, record.id, record.id))
        return record

    def update(self, patient_id: int, data: PatientInput, expected_version: int) -> PatientRecord:
        self._require(Permission.EDIT_PATIENTS, patient_id)
        values = self._validated(data)
        with self._write() as session:
            row = get_or_404(session, m.Patient, patient_id, _("patient"))
            if row.version != expected_version:
                theirs = convert.patient(row)
                raise ConflictError(
                    _(
                        "This patient's details were changed on another computer after you "
                        "opened them. Nothing was overwritten; look at the current details "
                        "and make your change again."
                    ),
                    _differences(theirs, data),
                )
            self._check_duplicates(session, values, patient_id)
            for key, value in values.items():
                setattr(row, key, value)
            row.updated_at = self._now()
            session.flush()
            record = convert.patient(row)
            self._report(session, Change(Subject.PATIENT, record.id, record.id))
        return record

    def get(self, patient_id: int) -> PatientRecord:
        self._require(Permission.VIEW_PATIENTS, patient_id)
        with self._read() as session:
            return convert.patient(get_or_404(session, m.Patient, patient_id, _("patient")))

    def count(self) -> int:
        self._require(Permission.VIEW_PATIENTS)
        with self._read() as session:
            return session.scalar(select(func.count()).select_from(m.Patient)) or 0

    def search(
        self,
        text: str = "",
        limit: int | None = SEARCH_LIMIT,
        *,
        after: ListKey | None = None,
        total: int | None = None,
        more_than_total: bool = False,
    ) -> PatientSearchResult:
        """Search by name (any part, accents and case ignored), NHS number or birth date.

        Rows come in list order, ``limit`` at a time; ``after`` (the result's
        ``next_after``) continues where a page ended; a further page passes the first
        page's ``total`` and ``more_than_total`` so that it is not counted again.
        """
        self._require(Permission.VIEW_PATIENTS)
        found = patient_search.criteria(text)
        with self._read() as session:
            if total is None:
                total = patient_search.count(session, found)
            elif more_than_total:
                total += 1
            rows = patient_search.page(session, found, total, limit, after)
            more = limit is not None and len(rows) == limit
            capped = patient_search.is_capped(found, total)
            return PatientSearchResult(
                tuple(convert.patient(r) for r, _key in rows),
                patient_search.COUNT_CAP if capped else total,
                text,
                next_after=rows[-1][1] if rows and more else None,
                more_than_total=capped,
            )


def _differences(theirs: PatientRecord, yours: PatientInput) -> tuple[FieldChange, ...]:
    changes = []
    for f in fields(PatientInput):
        mine = getattr(yours, f.name)
        current = getattr(theirs, f.name)
        if isinstance(mine, str) and not isinstance(current, str) and current is not None:
            current = str(current)
        if (mine or None) != (current or None):
            changes.append(FieldChange(f.name, mine, current))
    return tuple(changes)
