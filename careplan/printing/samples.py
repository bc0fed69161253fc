"""A typical plan, for the benchmark, the sample renderer and tests.

It holds what the demo practice holds for one person: what matters, two goals
with three actions each (one of them for the practice), a barrier and plan B
per goal, support, green/amber/red steps, a named contact and a review date.
The same content is available as plain records (no database needed) and can
be built through the services, as a consultation would build it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..demo_words import ESCALATION
from ..records import (
    ActionRecord,
    BarrierRecord,
    ConsultationRecord,
    EscalationStepRecord,
    GoalRecord,
    PatientRecord,
    SupportRecord,
    WhatMattersRecord,
)
from ..services import Services

AGREED = dt.datetime(2026, 3, 2, 10, 15, tzinfo=dt.UTC)


@dataclass(frozen=True)
class SampleAction:
    what: str
    how_much: str
    when: str
    how_often: str
    who: str
    confidence: int | None


@dataclass(frozen=True)
class SampleGoal:
    text: str
    importance: int
    target: str
    target_date: dt.date
    actions: tuple[SampleAction, ...]
    barrier: tuple[str, str]


WHAT_MATTERS = (
    "Being able to look after my grandchildren on Tuesdays",
    "Going to church on Sundays without getting breathless",
)
GOALS = (
    SampleGoal(
        "I want to walk to the post office without stopping",
        9,
        "Walk 400 metres without a rest",
        dt.date(2026, 6, 1),
        (
            SampleAction(
                "Do the breathing exercises from the leaflet",
                "10 minutes",
                "every morning after breakfast",
                "every day",
                "person",
                8,
            ),
            SampleAction(
                "Go to the pulmonary rehab class at the leisure centre",
                "1 hour",
                "Wednesday 2pm",
                "weekly for 8 weeks",
                "community",
                7,
            ),
            SampleAction(
                "Check inhaler technique at the next appointment",
                "one check",
                "next visit",
                "once",
                "clinician",
                None,
            ),
        ),
        ("Bad weather", "Walk around the shopping centre instead"),
    ),
    SampleGoal(
        "I want to keep my blood pressure down so I don't have a stroke like Dad",
        8,
        "Home readings below 135/85",
        dt.date(2026, 6, 1),
        (
            SampleAction(
                "Take my blood pressure at home and write it down",
                "2 readings",
                "morning and evening",
                "for 7 days each month",
                "person",
                9,
            ),
            SampleAction(
                "Cut down on salt: no salt at the table",
                "none added",
                "at meals",
                "every day",
                "person",
                6,
            ),
            SampleAction(
                "Check the home readings and adjust tablets",
                "one check",
                "in 4 weeks",
                "once",
                "practice",
                None,
            ),
        ),
        ("Forgetting", "Put a reminder on my phone"),
    ),
)
SUPPORTS = (
    ("person", "My daughter", "07700 900123", "Comes with me to appointments"),
    ("community", "Breathe Easy group", "01632 960 555", "Meets every second Tuesday"),
)
# The demo practice's steps: one wording of what to do if things get worse.
STEPS = ESCALATION
CONTACT = ("Priya Shah", "Practice nurse", "01632 960 100")
REVIEW = dt.date(2026, 6, 2)
RESULTS = (
    (
        "HbA1c (average blood sugar)",
        "52 mmol/mol",
        "Your average sugar level over the last three months is in the healthy range.",
        dt.date(2026, 2, 20),
    ),
    (
        "Blood pressure",
        "142/88",
        "A little higher than we would like; we can talk about what might help.",
        dt.date(2026, 2, 20),
    ),
)


def sample_patient(large_print: bool = False) -> PatientRecord:
    return PatientRecord(
        id=1,
        nhs_number="9434765919",
        given_name="Margaret",
        family_name="Smith",
        preferred_name="Peggy",
        date_of_birth=dt.date(1948, 3, 21),
        phone="01632 960 123",
        email=None,
        address="12 High Street, Ashby",
        large_print=large_print,
        easy_read=False,
        interpreter_language=None,
        communication_notes=None,
        version=1,
    )


def typical_plan(patient_id: int = 1, *, draft: bool = False) -> ConsultationRecord:
    """The typical plan as plain records."""
    ids = iter(range(100, 10_000))
    goals = []
    for goal in GOALS:
        goal_id = next(ids)
        actions = tuple(
            ActionRecord(
                next(ids),
                goal_id,
                a.what,
                a.how_much,
                a.when,
                a.how_often,
                a.who,
                None,
                a.confidence,
                None,
            )
            for a in goal.actions
        )
        goals.append(
            GoalRecord(
                id=goal_id,
                consultation_id=1,
                what_matters_id=1,
                carried_from_id=None,
                text=goal.text,
                expressed_by="patient",
                importance=goal.importance,
                target=goal.target,
                target_date=goal.target_date,
                status="proposed" if draft else "active",
                version=1,
                updated_at=AGREED,
                actions=actions,
                barriers=(BarrierRecord(next(ids), goal_id, None, *goal.barrier),),
            )
        )
    return ConsultationRecord(
        id=1,
        patient_id=patient_id,
        clinician_id=1,
        clinician_name="Dr Amara Okafor",
        status="draft" if draft else "agreed",
        consultation_date=AGREED.date(),
        revision=1,
        revision_of_id=None,
        named_contact_name=CONTACT[0],
        named_contact_role=CONTACT[1],
        named_contact_phone=CONTACT[2],
        review_date=REVIEW,
        started_at=AGREED,
        agreed_at=None if draft else AGREED,
        version=1,
        what_matters=tuple(WhatMattersRecord(next(ids), t) for t in WHAT_MATTERS),
        goals=tuple(goals),
        supports=tuple(SupportRecord(next(ids), *s) for s in SUPPORTS),
        escalation_steps=tuple(EscalationStepRecord(next(ids), *s) for s in STEPS),
    )


def build_typical_plan(
    services: Services,
    patient_id: int,
    clinician_id: int | None,
    *,
    agree: bool = True,
    consultation_date: dt.date | None = None,
) -> ConsultationRecord:
    """Build the typical plan through the services, as a consultation would."""
    c = services.consultations
    plan = c.start_or_resume(patient_id, clinician_id, consultation_date)
    # Dates keep their distance from the consultation, whenever it happens.
    shift = plan.consultation_date - AGREED.date()
    matters = [c.add_what_matters(plan.id, t) for t in WHAT_MATTERS]
    for goal in GOALS:
        made = c.add_goal(
            plan.id,
            goal.text,
            "patient",
            goal.importance,
            goal.target,
            goal.target_date + shift,
            what_matters_id=matters[0].id,
        )
        for a in goal.actions:
            c.add_action(
                made.id, a.what, a.how_much, a.when, a.how_often, a.who, None, a.confidence
            )
        c.add_barrier(made.id, *goal.barrier)
    for kind, name, contact, how in SUPPORTS:
        c.add_support(plan.id, kind, name, contact, how)
    for level, signs, todo, whom, phone in STEPS:
        c.add_escalation_step(plan.id, level, signs, todo, whom, phone)
    c.set_named_contact(plan.id, *CONTACT)
    plan = c.set_review_date(plan.id, REVIEW + shift)
    return c.agree(plan.id, plan.version) if agree else plan


def add_sample_results(services: Services, consultation_id: int) -> ConsultationRecord:
    """The sample results, added to a draft's preparation."""
    plan = services.consultations.get(consultation_id)
    shift = plan.consultation_date - AGREED.date()
    for name, value, meaning, taken in RESULTS:
        plan = services.consultations.add_result(
            consultation_id, name, value, meaning, taken + shift
        )
    return plan
