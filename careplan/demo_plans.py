"""The demo practice's plans as rows: consultations with their agenda, what matters,
goals, actions, barriers, support and steps, and the reviews that followed, written
in bulk one generation of plans at a time (a revision after the plan it revises)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, insert

from . import models as m
from .demo_words import AGENDA, BARRIERS, ESCALATION, GOALS, STAFF, SUPPORTS, WHAT_MATTERS
from .vocabulary import ConsultationStatus, GoalStatus


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> list[int]:
    if not rows:
        return []
    result = conn.execute(
        insert(table).returning(table.c.id, sort_by_parameter_order=True), list(rows)
    )
    return [r[0] for r in result]


# Who a demo plan names as the person to contact, with their own job title.
NAMED_CONTACTS = tuple(
    next(member for member in STAFF if member.full_name == name)
    for name in ("Priya Shah", "Siobhán Kelly", "Dr Amara Okafor")
)


@dataclass
class DemoPlan:
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
    revision_of: DemoPlan | None = None
    previous_actions: list[dict[str, int]] = field(default_factory=list)
    replaced: bool = False
    is_current: bool = False  # the person's latest agreed plan
    reviews: list[tuple[dt.date, dt.date]] = field(default_factory=list)  # (on, next due)

    @property
    def due(self) -> dt.date:
        return self.reviews[-1][1] if self.reviews else self.review_date

    id: int = 0


def revision_number(plan: DemoPlan) -> int:
    number = 1
    while plan.revision_of is not None:
        plan, number = plan.revision_of, number + 1
    return number


def goal_status(plan: DemoPlan) -> str:
    """As agreeing leaves it: a goal carried into an agreed revision is "revised"."""
    if plan.status != ConsultationStatus.AGREED:
        return GoalStatus.PROPOSED
    return GoalStatus.REVISED if plan.replaced else GoalStatus.ACTIVE


class PlanWriter:
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
        # Who is registered already: names with birth dates, and NHS numbers.
        self.names: set[tuple[str, dt.date]] = set()
        self.nhs: set[str] = set()

    def write(self, patient_ids: list[tuple[int, list[int]]], plans: list[DemoPlan]) -> None:
        rng, now = self.rng, self.now
        rows = []
        for plan in plans:
            started = dt.datetime.combine(
                plan.when, dt.time(9 + rng.randrange(0, 8)), tzinfo=dt.UTC
            )
            named_contact = rng.choice(NAMED_CONTACTS)
            rows.append(
                {
                    "patient_id": patient_ids[plan.patient_index][0],
                    "clinician_id": plan.clinician,
                    "status": plan.status,
                    "consultation_date": plan.when,
                    "revision_of_id": plan.revision_of.id if plan.revision_of else None,
                    "revision": revision_number(plan),
                    "named_contact_name": named_contact.full_name,
                    "named_contact_role": named_contact.job_title,
                    "named_contact_phone": "01632 960 100",
                    "review_date": plan.review_date,
                    "review_due": plan.due if plan.is_current else None,
                    "started_at": started,
                    "updated_at": started + dt.timedelta(minutes=25),
                    "agreed_at": started + dt.timedelta(minutes=25)
                    if plan.status == ConsultationStatus.AGREED
                    else None,
                    "version": 1,
                }
            )
        ids = insert_rows(self.conn, m.Consultation.__table__, rows)  # type: ignore[arg-type]
        self.consultations += len(ids)
        for plan, cid in zip(plans, ids, strict=True):
            plan.id = cid

        agenda: list[dict[str, Any]] = []
        carried_refs: list[DemoPlan] = []
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
        agenda_ids = insert_rows(self.conn, m.AgendaItem.__table__, agenda)  # type: ignore[arg-type]
        for plan in plans:
            plan.deferred_from = []
        for row, item_id, plan in zip(agenda, agenda_ids, carried_refs, strict=True):
            if row["status"] == "deferred":
                plan.deferred_from.append((item_id, row["text"], row["raised_by"]))

        matters = [
            {"consultation_id": p.id, "text": rng.choice(WHAT_MATTERS), "position": 0}
            for p in plans
        ]
        matter_ids = insert_rows(self.conn, m.WhatMatters.__table__, matters)  # type: ignore[arg-type]

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
                        "status": goal_status(plan),
                        "created_at": now,
                        "updated_at": now,
                        "version": 1,
                    }
                )
                goal_meta.append((plan, condition))
        goal_ids = insert_rows(self.conn, m.Goal.__table__, goals)  # type: ignore[arg-type]
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
        action_ids = insert_rows(self.conn, m.Action.__table__, actions)  # type: ignore[arg-type]
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
        insert_rows(self.conn, m.Barrier.__table__, barriers)  # type: ignore[arg-type]

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
        insert_rows(self.conn, m.Support.__table__, supports)  # type: ignore[arg-type]
        insert_rows(self.conn, m.EscalationStep.__table__, steps)  # type: ignore[arg-type]

        self._reviews(plans, goal_ids, goal_meta, action_ids, action_goal)

    def _reviews(
        self,
        plans: list[DemoPlan],
        goal_ids: list[int],
        goal_meta: list[tuple[DemoPlan, int]],
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
        review_ids = insert_rows(self.conn, m.Review.__table__, review_rows)  # type: ignore[arg-type]
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
        insert_rows(self.conn, m.GoalReview.__table__, goal_reviews)  # type: ignore[arg-type]
        insert_rows(self.conn, m.ActionReview.__table__, action_reviews)  # type: ignore[arg-type]
