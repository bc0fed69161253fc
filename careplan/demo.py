"""A realistic demo practice: staff, patients, years of plans, reviews, some overdue.

Written with bulk inserts in one transaction, so 10,000 patients take seconds
and an interrupted run leaves nothing behind. Every NHS number is in the
999 range reserved for test data, so demo records can never be mistaken for
real ones.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select

from . import models as m
from .dates import utcnow
from .demo_registers import add_registers
from .errors import ValidationError
from .i18n import _
from .identifiers import nhs_check_digit
from .search_index import TERMS, term_rows
from .storage import WRITE_OPTION, Database
from .text import name_key

MAX_PATIENTS = 100_000
CHUNK = 250

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    staff: int
    patients: int
    consultations: int
    reviews: int
    overdue_reviews: int


STAFF = (
    ("Dr Amara Okafor", "clinician", "GP partner"),
    ("Dr Tomasz Nowak", "clinician", "Salaried GP"),
    ("Priya Shah", "nurse", "Practice nurse"),
    ("Siobhán Kelly", "nurse", "Diabetes specialist nurse"),
    ("Hannah Reid", "nurse", "Health-care assistant"),
    ("Sam Patel", "admin", "Practice manager"),
)

GIVEN = (
    "Margaret",
    "John",
    "Patricia",
    "David",
    "Susan",
    "Michael",
    "Linda",
    "Robert",
    "Barbara",
    "James",
    "Elizabeth",
    "William",
    "Jennifer",
    "Richard",
    "Maria",
    "Thomas",
    "Zoë",
    "Aisha",
    "Mohammed",
    "Fatima",
    "Wei",
    "Mei",
    "Oluwaseun",
    "Chidi",
    "Agnieszka",
    "Krzysztof",
    "Siân",
    "Gareth",
    "Niamh",
    "Seán",
    "Priya",
    "Rajesh",
    "Anjali",
    "Yusuf",
    "Leila",
    "Olga",
    "Dmitri",
    "Ana",
    "José",
    "Kofi",
    "Ama",
    "Eilidh",
    "Hamish",
    "Bronwen",
    "Dafydd",
    "Grace",
    "Peter",
    "Joan",
    "Brian",
    "Doreen",
    "Kenneth",
    "Maureen",
    "Colin",
    "Sandra",
    "Derek",
    "Hui",
    "Jun",
    "Ngozi",
    "Tariq",
    "Samira",
    "Ewa",
    "Łukasz",
    "René",
    "Chloé",
    "Björn",
)
FAMILY = (
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Robinson",
    "Wright",
    "Thompson",
    "Evans",
    "Walker",
    "White",
    "Roberts",
    "Green",
    "Hall",
    "Wood",
    "Jackson",
    "Clarke",
    "Patel",
    "Khan",
    "Ahmed",
    "Ali",
    "Begum",
    "Chen",
    "Wang",
    "Li",
    "Okafor",
    "Adeyemi",
    "Mensah",
    "Nowak",
    "Kowalski",
    "Wiśniewska",
    "Lewandowski",
    "O'Brien",
    "Murphy",
    "Ní Bhriain",
    "MacDonald",
    "Campbell",
    "Stewart",
    "Hughes",
    "Morgan",
    "Price",
    "Lloyd",
    "Rees",
    "Singh",
    "Kaur",
    "Sharma",
    "Hussain",
    "Rahman",
    "Ivanova",
    "Novak",
    "García",
    "Fernández",
    "Silva",
    "Santos",
    "Nguyen",
    "Tran",
    "Kim",
    "Park",
    "Müller",
    "Schmidt",
    "Jensen",
    "Haddad",
    "Mansour",
    "Boateng",
    "Osei",
    "Cohen",
    "Levy",
    "Ward",
)
LANGUAGES = (
    "Polish",
    "Arabic",
    "Bengali",
    "Mandarin",
    "Urdu",
    "Punjabi",
    "Portuguese",
    "Romanian",
    "Somali",
    "British Sign Language",
)
STREETS = (
    "High Street",
    "Station Road",
    "Church Lane",
    "Mill Road",
    "Park Avenue",
    "Victoria Road",
    "Queen Street",
    "Orchard Close",
    "Meadow Way",
    "Brook Street",
)
TOWN = "Ashby"

WHAT_MATTERS = (
    "Being able to look after my grandchildren on Tuesdays",
    "Getting back to my allotment",
    "Staying in my own home",
    "Walking my dog every day",
    "Going to church on Sundays without getting breathless",
    "Sleeping through the night",
    "Going back to work part-time",
    "Not feeling so low all the time",
    "Being able to go on holiday to see my sister",
    "Cooking for myself again",
    "Singing in the choir",
    "Playing bowls with my friends",
)

# (condition, goal in the person's words, target, actions)
GOALS: tuple[tuple[str, str, str, tuple[tuple[str, str, str, str, str], ...]], ...] = (
    (
        "diabetes",
        "I want to get my sugar levels down so I can keep my feet healthy",
        "HbA1c below 58 mmol/mol",
        (
            (
                "Walk to the shop instead of driving",
                "15 minutes",
                "after breakfast",
                "5 days a week",
                "person",
            ),
            (
                "Swap fizzy drinks for water or sugar-free squash",
                "all drinks",
                "every day",
                "daily",
                "person",
            ),
            (
                "Book a place on the diabetes education course",
                "one booking",
                "this month",
                "once",
                "practice",
            ),
        ),
    ),
    (
        "copd",
        "I want to walk to the post office without stopping",
        "Walk 400 metres without a rest",
        (
            (
                "Do the breathing exercises from the leaflet",
                "10 minutes",
                "morning",
                "every day",
                "person",
            ),
            (
                "Go to the pulmonary rehab class at the leisure centre",
                "1 hour",
                "Wednesday 2pm",
                "weekly for 8 weeks",
                "community",
            ),
            (
                "Check inhaler technique at the next appointment",
                "one check",
                "next visit",
                "once",
                "clinician",
            ),
        ),
    ),
    (
        "heart failure",
        "I want to stop my ankles swelling so I can wear my own shoes",
        "No ankle swelling on 5 days out of 7",
        (
            (
                "Weigh myself before breakfast and write it down",
                "once",
                "before breakfast",
                "every morning",
                "person",
            ),
            (
                "Keep to 1.5 litres of fluid a day",
                "1.5 litres",
                "through the day",
                "daily",
                "person",
            ),
            ("Phone to check weight diary", "one call", "in 2 weeks", "fortnightly", "practice"),
        ),
    ),
    (
        "depression",
        "I want to feel like seeing my friends again",
        "Meet a friend once a week",
        (
            (
                "Go to the coffee morning at the community centre",
                "1 hour",
                "Thursday morning",
                "weekly",
                "person",
            ),
            ("Refer to talking therapies", "one referral", "this week", "once", "clinician"),
            (
                "Walk around the park with my daughter",
                "20 minutes",
                "Sunday afternoon",
                "weekly",
                "carer",
            ),
        ),
    ),
    (
        "arthritis",
        "I want to be able to get in and out of the bath on my own",
        "Manage the bath alone by the next review",
        (
            (
                "Do the knee exercises from the physio",
                "10 repetitions",
                "after lunch",
                "every day",
                "person",
            ),
            ("Ask the council for a bath seat", "one call", "this week", "once", "carer"),
            ("Review my pain relief", "one review", "next appointment", "once", "clinician"),
        ),
    ),
    (
        "frailty",
        "I want to stop falling so I can stay in my own home",
        "No falls for 3 months",
        (
            (
                "Join the strength and balance class",
                "45 minutes",
                "Monday 10am",
                "weekly",
                "community",
            ),
            ("Put a night light on the landing", "one light", "this weekend", "once", "carer"),
            (
                "Medication review for dizziness",
                "one review",
                "within 2 weeks",
                "once",
                "clinician",
            ),
        ),
    ),
    (
        "hypertension",
        "I want to keep my blood pressure down so I don't have a stroke like Dad",
        "Home readings below 135/85",
        (
            (
                "Take my blood pressure at home and write it down",
                "2 readings",
                "morning and evening",
                "for 7 days each month",
                "person",
            ),
            (
                "Cut down on salt: no salt at the table",
                "none added",
                "at meals",
                "every day",
                "person",
            ),
            (
                "Check the home readings and adjust tablets",
                "one check",
                "in 4 weeks",
                "once",
                "practice",
            ),
        ),
    ),
)

AGENDA = {
    "patient": (
        "My sleep",
        "Pain in my knees",
        "Feeling tired all the time",
        "Worried about my memory",
        "Money worries",
        "My breathing at night",
        "Side effects of the new tablets",
        "Help at home for my wife",
    ),
    "carer": ("Getting help with caring", "Mum's falls", "Appointments clash with work"),
    "clinician": (
        "Blood test results",
        "Flu and COVID vaccinations",
        "Blood pressure",
        "Medication review",
        "Foot check",
        "Stopping smoking",
    ),
}

BARRIERS = (
    ("Bad weather", "Walk around the shopping centre instead"),
    ("Feeling too tired", "Do half of it and try again the next day"),
    ("Forgetting", "Put a reminder on my phone"),
    ("Pain flares up", "Take my painkillers half an hour before"),
    ("No one to go with", "Ask my neighbour, or phone the social prescriber"),
)

SUPPORTS = (
    ("person", "My daughter", "07700 900123", "Comes with me to appointments"),
    ("person", "My neighbour Pat", None, "Walks with me on Sundays"),
    ("community", "Ashby social prescriber", "01632 960 400", "Helps find local groups"),
    ("community", "Breathe Easy group", "01632 960 555", "Meets every second Tuesday"),
    ("community", "Age UK befriending", "0800 678 1602", "A weekly phone call"),
    ("resource", "NHS Talking Therapies", "01632 960 777", "Self-referral by phone"),
    ("community", "Carers' Centre", "01632 960 222", "Support for my husband"),
)

ESCALATION = (
    (
        "green",
        "Feeling as usual: breathing, sleep and energy as normal",
        "Keep going with my plan",
        None,
        None,
    ),
    (
        "amber",
        "More breathless than usual, or ankles more swollen, for 2 days or more",
        "Phone the practice and ask for the nurse the same day",
        "The practice",
        "01632 960 100",
    ),
    (
        "red",
        "Chest pain, can't catch my breath, or confused",
        "Call 999 straight away",
        "Emergency services",
        "999",
    ),
)


def _nhs_numbers(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    numbers: list[str] = []
    while len(numbers) < count:
        first = "999" + f"{rng.randrange(0, 1_000_000):06d}"
        check = nhs_check_digit(first)
        if check is None:
            continue
        number = first + str(check)
        if number in taken:
            continue
        taken.add(number)
        numbers.append(number)
    return numbers


def _insert(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> list[int]:
    if not rows:
        return []
    result = conn.execute(
        insert(table).returning(table.c.id, sort_by_parameter_order=True), list(rows)
    )
    return [r[0] for r in result]


@dataclass
class _Plan:
    patient_index: int
    when: dt.date
    status: str
    clinician: int
    review_date: dt.date
    conditions: list[int]
    deferred_from: list[tuple[int, str, str]] = field(default_factory=list)
    previous_goal_ids: list[int] = field(default_factory=list)
    # As the revision routine leaves them: the plan this one revises, the actions of
    # its goals by their words (lineage), and whether an agreed revision replaced it.
    revision_of: _Plan | None = None
    previous_actions: list[dict[str, int]] = field(default_factory=list)
    replaced: bool = False
    is_current: bool = False  # the person's latest agreed plan
    reviews: list[tuple[dt.date, dt.date]] = field(default_factory=list)  # (on, next due)

    @property
    def due(self) -> dt.date:
        return self.reviews[-1][1] if self.reviews else self.review_date

    id: int = 0


def _revision_number(plan: _Plan) -> int:
    number = 1
    while plan.revision_of is not None:
        plan, number = plan.revision_of, number + 1
    return number


def _goal_status(plan: _Plan) -> str:
    """As agreeing leaves it: a goal carried into an agreed revision is "revised"."""
    if plan.status != "agreed":
        return "proposed"
    return "revised" if plan.replaced else "active"


class _Builder:
    def __init__(
        self,
        conn: Connection,
        rng: random.Random,
        now: dt.datetime,
        staff_ids: dict[str, list[int]],
    ) -> None:
        self.conn = conn
        self.rng = rng
        self.now = now
        self.today = now.date()
        self.staff = staff_ids
        self.consultations = 0
        self.reviews = 0
        self.overdue = 0
        self.names: set[tuple[str, dt.date]] = set()
        self.nhs: set[str] = set()

    def patients(self, count: int) -> list[tuple[int, list[int]]]:
        rng = self.rng
        numbers = _nhs_numbers(rng, count, self.nhs)
        rows, conditions = [], []
        for i in range(count):
            while True:
                given, family = rng.choice(GIVEN), rng.choice(FAMILY)
                born = self.today - dt.timedelta(days=rng.randrange(18 * 365, 95 * 365))
                key = name_key(given, family)
                if (key, born) not in self.names:
                    self.names.add((key, born))
                    break
            needs_interpreter = rng.random() < 0.06
            created = self.now - dt.timedelta(days=rng.randrange(30, 3650))
            rows.append(
                {
                    "nhs_number": numbers[i] if rng.random() < 0.97 else None,
                    "given_name": given,
                    "family_name": family,
                    "preferred_name": (given[:3] if rng.random() < 0.05 else None),
                    "date_of_birth": born,
                    "name_key": key,
                    "family_key": name_key(family),
                    "phone": f"07700 9{rng.randrange(0, 100000):05d}",
                    "email": None
                    if rng.random() < 0.4
                    else f"{name_key(given).replace(' ', '')}{rng.randrange(10, 99)}@example.org",
                    "address": f"{rng.randrange(1, 120)} {rng.choice(STREETS)}, {TOWN}",
                    "large_print": rng.random() < 0.08 or born.year < 1940,
                    "easy_read": rng.random() < 0.03,
                    "interpreter_language": rng.choice(LANGUAGES) if needs_interpreter else None,
                    "communication_notes": None,
                    "created_at": created,
                    "updated_at": created,
                    "version": 1,
                }
            )
            conditions.append(rng.sample(range(len(GOALS)), k=rng.choice((1, 1, 2, 2, 3))))
        ids = _insert(self.conn, m.Patient.__table__, rows)  # type: ignore[arg-type]
        terms = term_rows((pid, str(row["name_key"])) for pid, row in zip(ids, rows, strict=True))
        self.conn.execute(insert(TERMS), terms)
        return list(zip(ids, conditions, strict=True))

    def plans_for(self, patient_ids: list[tuple[int, list[int]]]) -> None:
        rng = self.rng
        timelines: list[list[_Plan]] = []
        for index, (_pid, conditions) in enumerate(patient_ids):
            if rng.random() < 0.12:
                timelines.append([])
                continue
            count = rng.choice((1, 2, 2, 3, 3, 4, 5))
            last = self.today - dt.timedelta(days=rng.randrange(5, 420))
            dates = [
                last - dt.timedelta(days=int(k * rng.uniform(150, 400))) for k in range(count)
            ][::-1]
            clinician = rng.choice(self.staff["clinician"] + self.staff["nurse"][:2])
            plans = []
            for k, when in enumerate(dates):
                is_last = k == count - 1
                status = "draft" if is_last and rng.random() < 0.03 else "agreed"
                plans.append(
                    _Plan(
                        index,
                        when,
                        status,
                        clinician,
                        when + dt.timedelta(days=rng.choice((90, 120, 180, 180))),
                        conditions,
                    )
                )
            for earlier, later in itertools.pairwise(plans):
                later.revision_of = earlier
                earlier.replaced = later.status == "agreed"
            agreed = [p for p in plans if p.status == "agreed"]
            if agreed:
                agreed[-1].is_current = True
            for k, plan in enumerate(agreed):
                # A replaced plan was reviewed at most once before the next plan; the
                # current one is reviewed each time it falls due, until about one in ten
                # falls behind and is overdue.
                replaced_on = agreed[k + 1].when if k + 1 < len(agreed) else None
                while plan.due <= self.today and (replaced_on is None or plan.due < replaced_on):
                    if rng.random() < (0.1 if plan.is_current else 0.3):
                        break
                    on = min(plan.due + dt.timedelta(days=rng.randrange(-7, 15)), self.today)
                    plan.reviews.append((on, on + dt.timedelta(days=rng.choice((90, 120, 180)))))
                    if not plan.is_current:
                        break
                if plan.is_current and plan.due < self.today:
                    self.overdue += 1
            timelines.append(plans)
        depth = max((len(t) for t in timelines), default=0)
        for level in range(depth):
            batch = [t[level] for t in timelines if len(t) > level]
            self._write_plans(patient_ids, batch)
            for t in timelines:
                if len(t) > level + 1:
                    t[level + 1].deferred_from = t[level].deferred_from
                    t[level + 1].previous_goal_ids = t[level].previous_goal_ids
                    t[level + 1].previous_actions = t[level].previous_actions

    def _write_plans(self, patient_ids: list[tuple[int, list[int]]], plans: list[_Plan]) -> None:
        rng, now = self.rng, self.now
        rows = []
        for plan in plans:
            started = dt.datetime.combine(
                plan.when, dt.time(9 + rng.randrange(0, 8)), tzinfo=dt.UTC
            )
            rows.append(
                {
                    "patient_id": patient_ids[plan.patient_index][0],
                    "clinician_id": plan.clinician,
                    "status": plan.status,
                    "consultation_date": plan.when,
                    "revision_of_id": plan.revision_of.id if plan.revision_of else None,
                    "revision": _revision_number(plan),
                    "named_contact_name": rng.choice(
                        ("Priya Shah", "Siobhán Kelly", "Dr Amara Okafor")
                    ),
                    "named_contact_role": "Practice nurse",
                    "named_contact_phone": "01632 960 100",
                    "review_date": plan.review_date,
                    "review_due": plan.due if plan.is_current else None,
                    "started_at": started,
                    "updated_at": started + dt.timedelta(minutes=25),
                    "agreed_at": started + dt.timedelta(minutes=25)
                    if plan.status == "agreed"
                    else None,
                    "version": 1,
                }
            )
        ids = _insert(self.conn, m.Consultation.__table__, rows)  # type: ignore[arg-type]
        self.consultations += len(ids)
        for plan, cid in zip(plans, ids, strict=True):
            plan.id = cid

        agenda: list[dict[str, Any]] = []
        carried_refs: list[_Plan] = []
        for plan in plans:
            items: list[tuple[str, str, int | None]] = [
                (text, raised, prev) for prev, text, raised in plan.deferred_from
            ]
            for raised in ("patient", "clinician", rng.choice(("patient", "carer"))):
                items.append((rng.choice(AGENDA[raised]), raised, None))
            for rank, (text, raised, prev) in enumerate(items):
                defer = rank == len(items) - 1 and rng.random() < 0.35
                agenda.append(
                    {
                        "consultation_id": plan.id,
                        "text": text,
                        "raised_by": raised,
                        "rank": rank,
                        "status": "deferred" if defer else "discussed",
                        "carried_from_id": prev,
                        "created_at": now,
                    }
                )
                carried_refs.append(plan)
        agenda_ids = _insert(self.conn, m.AgendaItem.__table__, agenda)  # type: ignore[arg-type]
        for plan in plans:
            plan.deferred_from = []
        for row, item_id, plan in zip(agenda, agenda_ids, carried_refs, strict=True):
            if row["status"] == "deferred":
                plan.deferred_from.append((item_id, row["text"], row["raised_by"]))

        matters = [
            {"consultation_id": p.id, "text": rng.choice(WHAT_MATTERS), "position": 0}
            for p in plans
        ]
        matter_ids = _insert(self.conn, m.WhatMatters.__table__, matters)  # type: ignore[arg-type]

        goals, goal_meta = [], []
        for plan, wm_id in zip(plans, matter_ids, strict=True):
            previous = list(plan.previous_goal_ids)
            for position, condition in enumerate(plan.conditions):
                _cond, words, target, _acts = GOALS[condition]
                carried = previous[position] if position < len(previous) else None
                goals.append(
                    {
                        "consultation_id": plan.id,
                        "what_matters_id": wm_id,
                        "carried_from_id": carried,
                        "text": words,
                        "expressed_by": "patient" if rng.random() < 0.85 else "carer",
                        "importance": rng.randrange(5, 11),
                        "target": target,
                        "target_date": plan.review_date,
                        "position": position,
                        "status": _goal_status(plan),
                        "created_at": now,
                        "updated_at": now,
                        "version": 1,
                    }
                )
                goal_meta.append((plan, condition))
        goal_ids = _insert(self.conn, m.Goal.__table__, goals)  # type: ignore[arg-type]
        for plan in plans:
            plan.previous_goal_ids = []
        for gid, (plan, _condition) in zip(goal_ids, goal_meta, strict=True):
            plan.previous_goal_ids.append(gid)

        actions, action_goal = [], []
        goal_position = {
            gid: int(str(row["position"])) for gid, row in zip(goal_ids, goals, strict=True)
        }
        for gid, (plan, condition) in zip(goal_ids, goal_meta, strict=True):
            chosen = rng.sample(GOALS[condition][3], k=rng.choice((1, 2, 2, 3)))
            earlier = plan.previous_actions
            before = earlier[goal_position[gid]] if goal_position[gid] < len(earlier) else {}
            for position, (what, much, when, often, who) in enumerate(chosen):
                first = rng.choice((4, 5, 6, 7, 8, 8, 9, 10))
                final = rng.choice((7, 8)) if first < 7 else None
                actions.append(
                    {
                        "goal_id": gid,
                        "what": what,
                        "how_much": much,
                        "when": when,
                        "how_often": often,
                        "who": who,
                        "who_name": None,
                        "confidence_first": first,
                        "confidence_final": final,
                        "position": position,
                        "created_at": now,
                        "carried_from_id": before.get(what),
                    }
                )
                action_goal.append(gid)
        action_ids = _insert(self.conn, m.Action.__table__, actions)  # type: ignore[arg-type]
        goal_plan = {gid: plan for gid, (plan, _c) in zip(goal_ids, goal_meta, strict=True)}
        for plan in plans:
            plan.previous_actions = [{} for _c in plan.conditions]
        for action_id, row in zip(action_ids, actions, strict=True):
            goal_id, what = int(str(row["goal_id"])), str(row["what"])
            goal_plan[goal_id].previous_actions[goal_position[goal_id]][what] = action_id

        barriers = []
        for gid in goal_ids:
            if rng.random() < 0.6:
                barrier, plan_b = rng.choice(BARRIERS)
                barriers.append(
                    {
                        "goal_id": gid,
                        "action_id": None,
                        "barrier": barrier,
                        "plan_b": plan_b,
                        "position": 0,
                    }
                )
        _insert(self.conn, m.Barrier.__table__, barriers)  # type: ignore[arg-type]

        supports, steps = [], []
        for plan in plans:
            for position, (kind, name, contact, how) in enumerate(
                rng.sample(SUPPORTS, k=rng.choice((1, 2, 2, 3)))
            ):
                supports.append(
                    {
                        "consultation_id": plan.id,
                        "kind": kind,
                        "name": name,
                        "contact": contact,
                        "how_they_help": how,
                        "position": position,
                    }
                )
            for position, (level, signs, todo, contact, phone) in enumerate(ESCALATION):
                steps.append(
                    {
                        "consultation_id": plan.id,
                        "level": level,
                        "signs": signs,
                        "what_to_do": todo,
                        "contact": contact,
                        "phone": phone,
                        "position": position,
                    }
                )
        _insert(self.conn, m.Support.__table__, supports)  # type: ignore[arg-type]
        _insert(self.conn, m.EscalationStep.__table__, steps)  # type: ignore[arg-type]

        self._reviews(plans, goal_ids, goal_meta, action_ids, action_goal)

    def _reviews(
        self,
        plans: list[_Plan],
        goal_ids: list[int],
        goal_meta: list[tuple[_Plan, int]],
        action_ids: list[int],
        action_goal: list[int],
    ) -> None:
        rng = self.rng
        goals_by_plan: dict[int, list[int]] = {}
        for gid, (plan, _c) in zip(goal_ids, goal_meta, strict=True):
            goals_by_plan.setdefault(plan.id, []).append(gid)
        actions_by_goal: dict[int, list[int]] = {}
        for aid, gid in zip(action_ids, action_goal, strict=True):
            actions_by_goal.setdefault(gid, []).append(aid)
        reviewers = self.staff["nurse"]
        review_rows, reviewed = [], []
        for plan in plans:
            for on, next_due in plan.reviews:
                created = dt.datetime.combine(on, dt.time(11), tzinfo=dt.UTC)
                review_rows.append(
                    {
                        "consultation_id": plan.id,
                        "reviewer_id": rng.choice(reviewers),
                        "reviewed_on": on,
                        "mode": rng.choice(("phone", "phone", "in_person", "video")),
                        "next_review_date": next_due,
                        "notes": None,
                        "created_at": created,
                        "updated_at": created,
                        "version": 1,
                    }
                )
                reviewed.append(plan)
        review_ids = _insert(self.conn, m.Review.__table__, review_rows)  # type: ignore[arg-type]
        self.reviews += len(review_ids)
        goal_reviews, action_reviews = [], []
        comments = (
            "Going well",
            "Harder than I thought",
            "Managed most weeks",
            "Much better than I expected",
            "Had a bad month with my chest",
            None,
        )
        for rid, plan in zip(review_ids, reviewed, strict=True):
            for gid in goals_by_plan.get(plan.id, []):
                goal_reviews.append(
                    {
                        "review_id": rid,
                        "goal_id": gid,
                        "attainment": rng.choice((-2, -1, -1, 0, 0, 0, 1, 1, 2)),
                        "comment": rng.choice(comments),
                        "status_after": rng.choice(("active", "active", "achieved")),
                    }
                )
                for aid in actions_by_goal.get(gid, []):
                    action_reviews.append(
                        {
                            "review_id": rid,
                            "action_id": aid,
                            "outcome": rng.choice(("kept", "kept", "changed", "dropped")),
                            "confidence": rng.randrange(4, 11),
                            "comment": None,
                        }
                    )
        _insert(self.conn, m.GoalReview.__table__, goal_reviews)  # type: ignore[arg-type]
        _insert(self.conn, m.ActionReview.__table__, action_reviews)  # type: ignore[arg-type]


def load_demo(
    database: Database, patients: int = 200, *, seed: int = 1, progress: Progress | None = None
) -> DemoSummary:
    """Fill an empty database with a demo practice of ``patients`` people."""
    if isinstance(patients, bool) or not isinstance(patients, int) or patients < 1:
        raise ValidationError(
            "patients", _("The number of demo patients must be a whole number of at least 1.")
        )
    if patients > MAX_PATIENTS:
        raise ValidationError(
            "patients",
            _("The demo practice has at most {limit:,} patients.").format(limit=MAX_PATIENTS),
        )
    rng = random.Random(seed)
    now = utcnow()
    with database.engine.connect().execution_options(**{WRITE_OPTION: True}) as conn, conn.begin():
        existing = conn.scalar(select(func.count()).select_from(m.Patient)) or 0
        if existing:
            raise ValidationError(
                "database",
                _(
                    "This database already has {count:,} patients. The demo practice only goes "
                    "into an empty database, so that demo and real records never mix; choose "
                    "another database with --database."
                ).format(count=existing),
            )
        staff_rows = [
            {"full_name": n, "role": r, "job_title": t, "active": True, "created_at": now}
            for n, r, t in STAFF
        ]
        staff_ids = _insert(conn, m.StaffMember.__table__, staff_rows)  # type: ignore[arg-type]
        by_role: dict[str, list[int]] = {"clinician": [], "nurse": [], "admin": []}
        for sid, (_n, role, _t) in zip(staff_ids, STAFF, strict=True):
            by_role[role].append(sid)
        builder = _Builder(conn, rng, now, by_role)
        done = 0
        if progress:
            progress(0, patients)
        while done < patients:
            count = min(CHUNK, patients - done)
            builder.plans_for(builder.patients(count))
            done += count
            if progress:
                progress(done, patients)
        add_registers(conn, random.Random(seed + 16_000), now)
    from .demo_groups import load_demo_groups  # here: it builds on the services

    load_demo_groups(database, rng, now.date())
    return DemoSummary(
        len(staff_ids), patients, builder.consultations, builder.reviews, builder.overdue
    )
