"""A full plan to exchange: every part of a plan filled, Unicode throughout, one review."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careplan.fhir import FhirExchange, ImportResult
from careplan.models import Base
from careplan.records import (
    ActionOutcomeInput,
    ConsultationRecord,
    GoalProgressInput,
    PatientInput,
    ReviewInput,
)
from careplan.services import Services
from careplan.storage import Database
from tests.conftest import FixedClock


@pytest.fixture
def empty(fresh_db: Database, clock: FixedClock) -> Services:
    """The services of a new, empty database: where an exchanged plan is imported."""
    return Services(fresh_db.session_factory, clock=clock)


# These plans hold only what each test needs; agreeing them as they are is confirmed.
PARTIAL = "Only the parts this test needs"

PERSON = PatientInput(
    "Zoë",
    "Wiśniewska-O'Brien",
    "1956-03-21",
    "943 476 5919",
    preferred_name="Zo",
    phone="01632 960 123",
    email="zoe@example.org",
    address="1 Rose Lane\nLeeds LS1 1AA",
    large_print=True,
    interpreter_language="Polish",
    communication_notes="Prefers a letter; 大きい文字",
)


def build_full_plan(services: Services, clock: FixedClock) -> ConsultationRecord:
    """An agreed plan with two goals, and one phone review of it."""
    c = services.consultations
    gp = services.staff.create("Dr Amara Okafor", "clinician", "GP partner")
    nurse = services.staff.create("Priya Shah", "nurse")
    patient = services.patients.create(PERSON)
    plan = c.start_or_resume(patient.id, gp.id, "2026-03-02")
    c.set_preparation(
        plan.id,
        what_matters_prompt="My grandchildren",
        talk_about_prompt="Feet hurting\nand sleep",
        information_preference="Large print, by post",
    )
    c.add_result(plan.id, "HbA1c", "58 mmol/mol", "A little above your target", "2026-02-20")
    c.add_result(plan.id, "Blood pressure", "138/82", None, None)
    c.add_participant(plan.id, "patient")
    c.add_participant(plan.id, "carer", "Sam (son)")
    c.add_participant(plan.id, "interpreter", "Ewa Nowak")
    c.add_participant(plan.id, "clinician", "Dr Amara Okafor")
    feet = c.add_agenda_item(plan.id, "Sore feet", "patient")
    c.add_agenda_item(plan.id, "Sleep", "carer")
    later = c.add_agenda_item(plan.id, "Flu jab", "clinician")
    c.set_agenda_status(feet.id, "discussed")
    c.defer_agenda_item(later.id)
    first = c.add_what_matters(plan.id, "Looking after my grandchildren 👵")
    second = c.add_what_matters(plan.id, "Singing in the choir, ; , \\ and a new\nline")
    walk = c.add_goal(
        plan.id,
        "Walk to the park with my granddaughter",
        "patient",
        9,
        "Walk 20 minutes without stopping",
        "2026-06-01",
        what_matters_id=first.id,
    )
    action = c.add_action(
        walk.id, "Walk round the block", "10 minutes", "after lunch", "5 days a week"
    )
    c.rate_confidence(action.id, 5)
    c.update_action(action.id, how_much="5 minutes")
    c.rate_confidence(action.id, 8)
    carer = c.add_action(walk.id, "Come along on Saturdays", who="carer", who_name="Sam (son)")
    c.add_action(walk.id, "Check my feet", who="clinician", confidence_rating=10)
    c.add_barrier(walk.id, "Rain", "Walk in the shopping centre", action.id)
    c.add_barrier(walk.id, "Feeling tired", None, carer.id)
    c.add_barrier(walk.id, "Bus strike")
    sing = c.add_goal(plan.id, "Sing again", "carer", 3, what_matters_id=second.id)
    c.add_action(sing.id, "Ask the choir about seats", who="community", who_name="St Mary's choir")
    c.add_goal(plan.id, "Blood pressure under 140", "clinician")
    c.add_support(plan.id, "person", "Sam", "07700 900123", "Drives me to the park")
    c.add_support(plan.id, "community", "Walking group", "01632 960 111")
    c.add_support(plan.id, "resource", "NHS walking app")
    c.add_escalation_step(plan.id, "green", "Walking most days", "Keep going")
    c.add_escalation_step(plan.id, "amber", "Short of breath", "Call", "Practice", "01632 960 100")
    c.add_escalation_step(plan.id, "red", "Chest pain", "Call 999", "Ambulance", "999")
    c.set_named_contact(plan.id, "Priya Shah", "Practice nurse", "01632 960 100")
    plan = c.set_review_date(plan.id, "2026-06-02")
    plan = c.agree(plan.id, plan.version, incomplete_reason=PARTIAL)
    clock.now = dt.datetime(2026, 6, 3, 10, tzinfo=dt.UTC)
    goals = plan.goals
    services.reviews.record(
        ReviewInput(
            plan.id,
            plan.version,
            nurse.id,
            "phone",
            "2026-06-03",
            "2026-09-01",
            (
                GoalProgressInput(goals[0].id, 1, "Walking most days 🙂"),
                GoalProgressInput(goals[1].id, -1, "Choir stopped for summer"),
                GoalProgressInput(goals[2].id, 2, None, "achieved"),
            ),
            (
                ActionOutcomeInput(goals[0].actions[0].id, "kept", 9, "Easy now"),
                ActionOutcomeInput(goals[1].actions[0].id, "dropped"),
            ),
            notes="Talked for 20 minutes; will try the app",
        )
    )
    return services.consultations.get(plan.id)


@pytest.fixture
def full_plan(services: Services, clock: FixedClock) -> ConsultationRecord:
    return build_full_plan(services, clock)


@pytest.fixture
def exchange(services: Services) -> FhirExchange:
    return FhirExchange(services.context)


def row_counts(session: Session) -> dict[str, int]:
    return {
        table.name: session.scalar(select(func.count()).select_from(table)) or 0
        for table in Base.metadata.sorted_tables
    }


def counts(services: Services) -> dict[str, int]:
    with services.context.session_factory() as session:
        return row_counts(session)


def content(bundle: dict[str, Any]) -> dict[str, Any]:
    """A Bundle without what says when it was exported: what "the same content" means."""
    out = json.loads(json.dumps(bundle))
    out.pop("timestamp", None)
    out.pop("meta", None)
    return out


def plan_id(result: ImportResult) -> int:
    """The plan an import stored (or found already there)."""
    assert result.consultation_id is not None
    return result.consultation_id
