"""The demo practice's monthly diabetes group: past sessions with plans, and one coming up.

Built through the same services the app uses, so every rule (agreements before
anything is group-visible, plans through the consultation operations) holds.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from sqlalchemy import select

from . import models as m
from .clinical_codes import REGISTER_BY_KEY, codes_of
from .models.registers import Condition
from .services import Services
from .storage import Database
from .vocabulary import ConsultationStatus

TITLE = "Living well with type 2 diabetes"
PLACE = "Community room, Riverside Surgery"
GROUP_SIZE = 10
PAST_SESSIONS = 3
MIN_PATIENTS = GROUP_SIZE + 4

TOPICS = (
    ("Eating well on a budget", True),
    ("Looking after my feet", False),
    ("Hypos when driving", True),
    ("Getting back to exercise with sore knees", False),
    ("What my HbA1c number means", True),
    ("Feeling low about the diagnosis", False),
    ("Ramadan and my tablets", True),
    ("Sleep and tiredness", False),
)
PLANS = (
    (
        "Being able to play football with my grandson",
        "Walk for 30 minutes most days",
        "Walk to the shops instead of driving",
        "15 minutes",
        "every morning",
    ),
    (
        "Staying well enough to keep working",
        "Bring my HbA1c down to 53",
        "Swap sugary drinks for water",
        "at every meal",
        "daily",
    ),
    (
        "Enjoying cooking for my family again",
        "Cook healthy meals at home",
        "Try one new recipe from the group's list",
        "one recipe",
        "each week",
    ),
    (
        "Not worrying about my feet",
        "Check my feet every day",
        "Look at both feet with a mirror after my shower",
        "2 minutes",
        "daily",
    ),
    (
        "Getting my energy back",
        "Sleep better",
        "Stop screens an hour before bed",
        "1 hour",
        "every night",
    ),
)


def _month_back(day: dt.date, months: int) -> dt.date:
    month = day.month - months
    year = day.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return dt.date(year, month, min(day.day, 28))


def _weekday(day: dt.date, weekday: int = 1) -> dt.date:
    """The same weekday (Tuesday) on or after ``day``."""
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def load_demo_groups(database: Database, rng: random.Random, today: dt.date) -> int:
    """Add the diabetes group series; returns the number of sessions made (0 if too few people)."""
    services = Services(database.session_factory)
    with database.session_factory() as session:
        with_draft = select(m.Consultation.patient_id).where(
            m.Consultation.status == ConsultationStatus.DRAFT.value
        )
        free = select(m.Patient.id).where(m.Patient.id.not_in(with_draft))
        diabetes = REGISTER_BY_KEY["diabetes"]
        on_register = list(
            session.scalars(
                free.where(
                    m.Patient.id.in_(
                        select(Condition.patient_id).where(Condition.code.in_(codes_of(diabetes)))
                    )
                ).order_by(m.Patient.id)
            )
        )
        # People on the diabetes register first; others only in a very small practice.
        candidates = on_register
        if len(candidates) < MIN_PATIENTS:
            others = [
                p for p in session.scalars(free.order_by(m.Patient.id)) if p not in on_register
            ]
            candidates = on_register + others
        staff = {s.job_title: s.id for s in session.scalars(select(m.StaffMember))}
    if len(candidates) < MIN_PATIENTS:
        return 0
    people = rng.sample(candidates, GROUP_SIZE + 2)
    lead = staff.get("Diabetes specialist nurse")
    facilitator = staff.get("Practice manager")
    series = services.groups.create_series(TITLE, "type 2 diabetes")
    dates = [_weekday(_month_back(today, n)) for n in range(PAST_SESSIONS, 0, -1)]
    dates = [d if d < today else d - dt.timedelta(days=7) for d in dates]
    upcoming = _weekday(today + dt.timedelta(days=14))
    topic_iter = iter(TOPICS * 2)
    made = 0
    for index, day in enumerate([*dates, upcoming]):
        group = services.groups.create_session(
            TITLE,
            day,
            "14:00",
            "16:00",
            place=PLACE,
            topic="type 2 diabetes",
            lead_clinician_id=lead,
            facilitator_id=facilitator,
            capacity=12,
            series_id=series.id,
        )
        made += 1
        invited = people[index % 3 : index % 3 + GROUP_SIZE]
        services.groups.invite(group.id, invited, {invited[3]: "Maureen (wife)"})
        if day >= today:
            for attendee in services.groups.get(group.id).attendees[:6]:
                services.groups.answer_invitation(attendee.id, "confirmed")
            continue
        _run_past_session(services, group.id, rng, topic_iter, day)
    return made


def _run_past_session(
    services: Services,
    session_id: int,
    rng: random.Random,
    topics: Iterator[tuple[str, bool]],
    day: dt.date,
) -> None:
    g, plans, cons = services.groups, services.group_plans, services.consultations
    attendees = g.get(session_id).attendees
    for number, attendee in enumerate(attendees):
        if number == len(attendees) - 1:
            g.answer_invitation(attendee.id, "declined")
            continue
        if rng.random() < 0.12:
            g.set_attendance(attendee.id, "did_not_attend")
            continue
        g.set_attendance(attendee.id, "arrived")
        g.record_agreement(attendee.id, carer=attendee.carer_name is not None)
        if rng.random() < 0.8:
            g.set_board_consent(attendee.id, True)
    raisers = [a for a in g.get(session_id).attendees if a.agreement_complete]
    for n in range(3):
        words, named = next(topics)
        raiser = raisers[n % len(raisers)].id if named and raisers else None
        topic = services.group_agenda.add_topic(session_id, words, raised_by_attendee_id=raiser)
        if n == 2:
            services.group_agenda.defer_topic(topic.id)
        else:
            services.group_agenda.set_topic_status(topic.id, "discussed")
    for attendee in g.get(session_id).attendees:
        if attendee.attendance != "arrived":
            continue
        plan = plans.start_plan(attendee.id)
        matters, goal_text, what, how_much, how_often = rng.choice(PLANS)
        wm = cons.add_what_matters(plan.id, matters)
        goal = cons.add_goal(
            plan.id, goal_text, "patient", rng.randrange(6, 11), what_matters_id=wm.id
        )
        action = cons.add_action(goal.id, what, how_much, None, how_often)
        cons.rate_confidence(action.id, rng.randrange(6, 10))
        cons.set_named_contact(plan.id, "Siobhán Kelly", "Diabetes specialist nurse")
        if rng.random() < 0.15:
            g.set_one_to_one(attendee.id, True)
    plans.agree_all(session_id)
