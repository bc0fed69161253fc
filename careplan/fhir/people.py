"""Whose plan a file is: an existing person only when NHS number, birth date and name agree.

Anything less is refused with both versions shown — the file's and the registered one —
and nothing is stored: a plan attached to the wrong person is the worst thing an import
can do (it would print as their plan).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import models as m
from ..errors import ValidationError
from ..i18n import _
from ..identifiers import format_nhs_number


@dataclass(frozen=True)
class PersonSummary:
    """Who a record is about, to show beside another version: name, birth date, NHS number."""

    given_name: str
    family_name: str
    date_of_birth: dt.date
    nhs_number: str | None

    def lines(self) -> str:
        nhs = format_nhs_number(self.nhs_number) if self.nhs_number else _("none")
        return _("{given} {family}, born {born}, NHS number {nhs}").format(
            given=self.given_name,
            family=self.family_name,
            born=self.date_of_birth.strftime("%d %b %Y").lstrip("0"),
            nhs=nhs,
        )


class PersonMismatch(ValidationError):
    """The file's person and a registered person disagree; nothing was imported.

    ``in_file`` and ``registered`` hold both versions for the person importing to compare;
    the message itself names no one, so it is safe to log.
    """

    def __init__(self, message: str, in_file: PersonSummary, registered: PersonSummary) -> None:
        super().__init__("person", message)
        self.in_file = in_file
        self.registered = registered

    def explained(self) -> str:
        """The message with both versions, for the screen or the command's output."""
        return "\n".join(
            [
                self.message,
                _("In the file: {person}").format(person=self.in_file.lines()),
                _("Registered here: {person}").format(person=self.registered.lines()),
            ]
        )


def summary(values: dict[str, object]) -> PersonSummary:
    return PersonSummary(
        str(values["given_name"]),
        str(values["family_name"]),
        values["date_of_birth"],  # type: ignore[arg-type]
        values["nhs_number"] or None,  # type: ignore[arg-type]
    )


def summary_of(row: m.Patient) -> PersonSummary:
    return PersonSummary(row.given_name, row.family_name, row.date_of_birth, row.nhs_number)


def match(
    session: Session,
    values: dict[str, object],
    source_key: str | None,
    expected_patient_id: int | None,
) -> m.Patient | None:
    """The registered person the file is about, ``None`` for someone new; else refused."""
    nhs = values["nhs_number"] or None
    mine = summary(values)
    by_nhs = session.scalar(select(m.Patient).where(m.Patient.nhs_number == nhs)) if nhs else None
    by_name = session.scalar(
        select(m.Patient).where(
            m.Patient.name_key == values["name_key"],
            m.Patient.date_of_birth == values["date_of_birth"],
        )
    )
    found: m.Patient | None = None
    if by_nhs is not None:
        if by_nhs.date_of_birth != values["date_of_birth"] or by_nhs.name_key != values["name_key"]:
            raise PersonMismatch(
                _(
                    "The NHS number in the file belongs to a registered patient whose name or "
                    "date of birth is different. Nothing was imported: check which is right "
                    "before importing again."
                ),
                mine,
                summary_of(by_nhs),
            )
        found = by_nhs
    elif by_name is not None:
        if (
            by_name.nhs_number is None
            and nhs is None
            and _imported_before(session, by_name.id, source_key)
        ):
            found = by_name
        elif by_name.nhs_number is None and nhs is None:
            raise PersonMismatch(
                _(
                    "A patient with this name and date of birth is registered, and neither "
                    "record has an NHS number to show it is the same person. Nothing was "
                    "imported; add the NHS number to the file or to the record first."
                ),
                mine,
                summary_of(by_name),
            )
        else:
            raise PersonMismatch(
                _(
                    "A patient with this name and date of birth is registered with a different "
                    "NHS number, or without one. Nothing was imported: check which is right, "
                    "and correct the record or the file first."
                ),
                mine,
                summary_of(by_name),
            )
    if expected_patient_id is not None and (found is None or found.id != expected_patient_id):
        expected = session.get(m.Patient, expected_patient_id)
        if expected is not None:
            raise PersonMismatch(
                _(
                    "This file is for a different person than the one open; nothing was "
                    "imported. Open that person's record, or import it from the patient list."
                ),
                mine,
                summary_of(expected),
            )
    return found


def _imported_before(session: Session, patient_id: int, source_key: str | None) -> bool:
    if source_key is None:
        return False
    return (
        session.scalar(
            select(m.ImportSource.id)
            .where(m.ImportSource.patient_id == patient_id)
            .where(m.ImportSource.source_key == source_key)
            .limit(1)
        )
        is not None
    )
