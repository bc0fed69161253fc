"""The demo practice: realistic, all-or-nothing, and only into an empty database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from careplan import models as m
from careplan.demo import load_demo
from careplan.errors import ValidationError
from careplan.identifiers import is_valid_nhs_number
from careplan.records import PatientInput
from careplan.services import Services
from careplan.storage import Database
from tests.conftest import BACKENDS


@pytest.mark.parametrize("fresh_url", BACKENDS, indirect=True)
def test_demo_practice_is_realistic(fresh_url: str) -> None:
    db = Database.open(fresh_url)
    seen: list[tuple[int, int]] = []
    try:
        summary = load_demo(db, 300, progress=lambda done, total: seen.append((done, total)))
        assert seen[0] == (0, 300) and seen[-1] == (300, 300)
        assert summary.patients == 300 and summary.staff >= 5
        assert summary.consultations > 300 and summary.reviews > 100
        assert summary.overdue_reviews > 0
        services = Services(db.session_factory)
        everyone = services.patients.search("", limit=None).patients
        assert len(everyone) == 300
        numbers = [p.nhs_number for p in everyone if p.nhs_number]
        assert all(n.startswith("999") and is_valid_nhs_number(n) for n in numbers)
        assert len(set(numbers)) == len(numbers)
        with db.session_factory() as s:
            years = s.scalars(select(m.Consultation.consultation_date)).all()
            assert max(years) - min(years) > dt.timedelta(days=3 * 365)
            carried = s.scalar(
                select(func.count())
                .select_from(m.AgendaItem)
                .where(m.AgendaItem.carried_from_id.is_not(None))
            )
            assert carried is not None and carried > 0
            rated_twice = s.scalar(
                select(func.count())
                .select_from(m.Action)
                .where(m.Action.confidence_final.is_not(None))
            )
            assert rated_twice is not None and rated_twice > 0
            roles = set(s.scalars(select(m.StaffMember.role)))
            assert roles == {"clinician", "nurse", "admin"}
        history = services.history.patient_history(everyone[0].id)
        assert history.patient.id == everyone[0].id
    finally:
        db.close()


def test_demo_refuses_a_database_that_has_patients(tmp_path: Path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'd.sqlite3'}")
    try:
        Services(db.session_factory).patients.create(PatientInput("Real", "Person", "1950-01-01"))
        with pytest.raises(ValidationError, match="empty database"):
            load_demo(db, 10)
        assert Services(db.session_factory).patients.count() == 1
    finally:
        db.close()


@pytest.mark.parametrize("count", [0, -5, 10**7, True])
def test_demo_refuses_impossible_sizes(tmp_path: Path, count: int) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'd.sqlite3'}")
    try:
        with pytest.raises(ValidationError):
            load_demo(db, count)
    finally:
        db.close()


def test_an_interrupted_demo_leaves_nothing_behind(tmp_path: Path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'd.sqlite3'}")

    def stop(done: int, total: int) -> None:
        if done >= 250:
            raise KeyboardInterrupt

    try:
        with pytest.raises(KeyboardInterrupt):
            load_demo(db, 600, progress=stop)
        assert Services(db.session_factory).patients.count() == 0
        assert Services(db.session_factory).staff.list() == []
    finally:
        db.close()
