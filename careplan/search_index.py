"""Keeping and asking the patient search index (``patient_search_term``).

Each word of a patient's folded name contributes all its endings: "seacole"
gives "seacole", "eacole", …, "e". A fragment typed into the search box then
matches every name that contains it inside a word, through a prefix range on
the index (``term >= "sea" AND term < "seb"``) — never a scan of the patients.

The terms follow the patient row: an ORM flush that adds a patient or changes
a name rewrites that patient's terms in the same transaction, and bulk writers
(the demo practice, the migration's backfill) call :func:`term_rows`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Connection, Table, and_, delete, event, exists, insert, inspect, select
from sqlalchemy.orm import Session, UOWTransaction

from . import models as m
from .models.search import PatientSearchTerm

TERMS = cast(Table, PatientSearchTerm.__table__)
MAX_TERM = 100


def terms_for(name_key: str) -> set[str]:
    """Every ending of every word of a folded name (as :func:`careplan.text.name_key` gives)."""
    found: set[str] = set()
    for word in name_key.split():
        word = word[:MAX_TERM]
        found.update(word[i:] for i in range(len(word)))
    return found


def term_rows(patients: Iterable[tuple[int, str]]) -> list[dict[str, Any]]:
    """Rows for ``patient_search_term`` from ``(patient id, name_key)`` pairs."""
    return [
        {"term": term, "patient_id": pid}
        for pid, key in patients
        for term in sorted(terms_for(key))
    ]


def write_terms(conn: Connection, patients: Sequence[tuple[int, str]]) -> None:
    """Replace the terms of these patients (new or renamed)."""
    if not patients:
        return
    ids = [pid for pid, _key in patients]
    for start in range(0, len(ids), 500):
        conn.execute(delete(TERMS).where(TERMS.c.patient_id.in_(ids[start : start + 500])))
    rows = term_rows(patients)
    if rows:
        conn.execute(insert(TERMS), rows)


def upper_bound(prefix: str) -> str:
    """The smallest string greater than every string starting with ``prefix``."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def term_range(prefix: str) -> Any:
    """The SQL condition: a term starting with ``prefix`` (an index range, no LIKE)."""
    return and_(TERMS.c.term >= prefix, TERMS.c.term < upper_bound(prefix))


def patients_matching(prefix: str) -> Any:
    """The ids of patients with a name word containing ``prefix``."""
    return select(TERMS.c.patient_id).where(term_range(prefix))


def has_term(prefix: str, patient_id: Any = None) -> Any:
    """Per patient row: the name contains ``prefix`` (a probe of the patient's own terms).

    ``patient_id`` is the column naming the patient (``patient.id`` unless given)."""
    own = TERMS.alias()
    return exists().where(
        own.c.patient_id == (m.Patient.id if patient_id is None else patient_id),
        own.c.term >= prefix,
        own.c.term < upper_bound(prefix),
    )


@event.listens_for(Session, "after_flush")
def _keep_terms(session: Session, _flush: UOWTransaction) -> None:
    changed: list[tuple[int, str]] = []
    for obj in list(session.new) + list(session.dirty):
        if not isinstance(obj, m.Patient):
            continue
        if obj in session.new or inspect(obj).attrs.name_key.history.has_changes():
            changed.append((obj.id, obj.name_key))
    if changed:
        write_terms(session.connection(), changed)
