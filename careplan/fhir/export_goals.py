"""Goals and the observations about them (PCO readiness ratings, barriers, GAS reviews)."""

from __future__ import annotations

import json

from . import codes as c
from .document import GoalDoc, ReviewDoc
from .export_common import Json, PlanWriter, coding, concept, ext, local, rating, ref, survey

# This app's goal status -> (FHIR lifecycleStatus, achievementStatus); a lifecycle another
# system gave (on-hold, entered-in-error...) is written back as it came.
GOAL_LIFECYCLE = {
    "proposed": ("proposed", None),
    "active": ("active", "in-progress"),
    "achieved": ("completed", "achieved"),
    "stopped": ("cancelled", None),
    "revised": ("cancelled", None),
}

# A lifecycle kept from another system is written back only while the goal's status still
# agrees with it (a goal on hold that is later achieved is "completed").
_KEPT_LIFECYCLE = {
    "planned": "proposed",
    "accepted": "proposed",
    "on-hold": "active",
    "completed": "stopped",
    "rejected": "stopped",
    "entered-in-error": "stopped",
}


def priority_code(importance: int) -> str:
    if importance >= 7:
        return "high-priority"
    return "medium-priority" if importance >= 4 else "low-priority"


def goal(b: PlanWriter, g: int, goal: GoalDoc) -> None:
    lifecycle, achievement = GOAL_LIFECYCLE[goal.status]
    if goal.lifecycle and _KEPT_LIFECYCLE.get(goal.lifecycle) == goal.status:
        lifecycle = goal.lifecycle
        achievement = "not-achieved" if goal.lifecycle == "completed" else None
        if goal.status == "active" and goal.lifecycle == "on-hold":
            achievement = "in-progress"
    resource: Json = {"resourceType": "Goal", "lifecycleStatus": lifecycle}
    if achievement:
        resource["achievementStatus"] = concept(coding(c.GOAL_ACHIEVEMENT, achievement))
    if goal.categories:
        resource["category"] = json.loads(goal.categories)
    if goal.importance is not None:
        resource["priority"] = concept(coding(c.GOAL_PRIORITY, priority_code(goal.importance)))
    elif goal.priority:
        resource["priority"] = json.loads(goal.priority)
    resource["description"] = {"text": goal.text}
    resource["subject"] = ref(b.patient_url)
    resource["startDate"] = (goal.start_date or b.day).isoformat()
    targets: list[Json] = []
    if goal.target or goal.target_date:
        target: Json = {}
        if goal.target:
            # The target in the person's words is the "expected outcome" level of the
            # Goal Attainment Scale (PCO GAS goal: target.measure is LOINC 107332-9).
            target["measure"] = concept(
                coding(c.LOINC, c.GAS_REPORTED, c.GAS_DISPLAY[c.GAS_REPORTED])
            )
            code, display = c.GAS_ANSWERS[0]
            target["detailCodeableConcept"] = concept(
                coding(c.LOINC, code, display), text=goal.target
            )
        if goal.target_date:
            target["dueDate"] = goal.target_date.isoformat()
        targets.append(target)
    for kept in goal.targets:
        target = {}
        if kept.measure:
            target["measure"] = json.loads(kept.measure)
        if kept.detail:
            ((kind, value),) = json.loads(kept.detail).items()
            target[f"detail{kind}"] = value
        if kept.due_date:
            target["dueDate"] = kept.due_date.isoformat()
        if target:
            targets.append(target)
    if targets:
        resource["target"] = targets
    if goal.status_reason:
        resource["statusReason"] = goal.status_reason
    elif goal.status == "revised":
        resource["statusReason"] = c.REVISED_REASON
    if goal.expressed_by == "patient":
        resource["expressedBy"] = ref(b.patient_url)
    elif goal.expressed_by == "carer":
        resource["expressedBy"] = {"type": "RelatedPerson", "display": "Carer"}
    else:
        resource["expressedBy"] = {"type": "Practitioner", "display": "Clinician"}
    if goal.what_matters is not None:
        resource["addresses"] = [ref(b.matters_urls[goal.what_matters])]
    b.add(b.goal_urls[g], resource)


def goal_observations(b: PlanWriter, g: int, goal: GoalDoc) -> None:
    focus = [ref(b.goal_urls[g])]
    if goal.importance is not None:
        readiness(
            b,
            b.url("Observation", "importance", g),
            c.READINESS_IMPORTANCE,
            focus,
            goal.importance,
        )
    for a, action in enumerate(goal.actions):
        for which, value in (
            ("first", action.confidence_first),
            ("final", action.confidence_final),
        ):
            if value is None:
                continue
            readiness(
                b,
                b.url("Observation", "confidence", g, a, which),
                c.READINESS_CONFIDENCE,
                focus,
                value,
                [
                    ext(c.EXT_ACTIVITY, valueString=f"action-{g + 1}-{a + 1}"),
                    ext(c.EXT_CONFIDENCE_RATING, valueCode=which),
                ],
            )
    for n, barrier in enumerate(goal.barriers):
        resource: Json = {"resourceType": "Observation"}
        if barrier.action is not None:
            resource["extension"] = [
                ext(c.EXT_ACTIVITY, valueString=f"action-{g + 1}-{barrier.action + 1}")
            ]
        resource.update(
            {
                "status": "final",
                "category": survey(),
                "code": concept(coding(c.SNOMED, c.GOAL_BARRIER_CODE, c.GOAL_BARRIER_DISPLAY)),
                "subject": ref(b.patient_url),
                "focus": focus,
                "effectiveDateTime": b.effective,
                "performer": [ref(b.patient_url)],
                "valueString": barrier.barrier,
            }
        )
        if barrier.plan_b:
            resource["note"] = [{"text": barrier.plan_b}]
        b.add(b.url("Observation", "barrier", g, n), resource)


def readiness(
    b: PlanWriter,
    url: str,
    code: str,
    focus: list[Json],
    value: int,
    extensions: list[Json] | None = None,
) -> None:
    resource: Json = {"resourceType": "Observation"}
    if extensions:
        resource["extension"] = extensions
    display = "Importance of change" if code == c.READINESS_IMPORTANCE else "Confidence to change"
    resource.update(
        {
            "status": "final",
            "category": survey(),
            "code": concept(coding(c.PCO_READINESS, code, display)),
            "subject": ref(b.patient_url),
            "focus": focus,
            "effectiveDateTime": b.effective,
            "performer": [ref(b.patient_url)],
            "valueCodeableConcept": rating(value),
        }
    )
    b.add(url, resource)


# ----- reviews -------------------------------------------------------------------------


def review(b: PlanWriter, r: int, review: ReviewDoc) -> None:
    when = review.reviewed_on.isoformat()
    members: list[Json] = []
    for p in review.progress:
        url = b.url("Observation", "review", r, "gas", p.goal)
        code, display = c.GAS_ANSWERS[p.attainment]
        resource: Json = {
            "resourceType": "Observation",
            "extension": [ext(c.EXT_STATUS_AFTER, valueCode=p.status_after)],
            "status": "final",
            "category": survey(),
            "code": concept(
                coding(c.LOINC, c.GAS_PATIENT_FOLLOW_UP, c.GAS_DISPLAY[c.GAS_PATIENT_FOLLOW_UP])
            ),
            "subject": ref(b.patient_url),
            "focus": [ref(b.goal_urls[p.goal])],
            "effectiveDateTime": when,
            "performer": [ref(b.patient_url)],
            "valueCodeableConcept": concept(coding(c.LOINC, code, display)),
        }
        if p.comment:
            resource["note"] = [{"text": p.comment}]
        b.add(url, resource)
        members.append(ref(url))
    for o in review.outcomes:
        url = b.url("Observation", "review", r, "action", o.goal, o.action)
        resource = {
            "resourceType": "Observation",
            "extension": [ext(c.EXT_ACTIVITY, valueString=f"action-{o.goal + 1}-{o.action + 1}")],
            "status": "final",
            "code": concept(local(c.CODE_ACTION_REVIEW)),
            "subject": ref(b.patient_url),
            "focus": [ref(b.goal_urls[o.goal])],
            "effectiveDateTime": when,
            "valueCodeableConcept": concept(local(c.OUTCOME_CODES[o.outcome])),
        }
        if o.comment:
            resource["note"] = [{"text": o.comment}]
        if o.confidence is not None:
            resource["component"] = [
                {
                    "code": concept(
                        coding(c.PCO_READINESS, c.READINESS_CONFIDENCE, "Confidence to change")
                    ),
                    "valueCodeableConcept": rating(o.confidence),
                }
            ]
        b.add(url, resource)
        members.append(ref(url))
    mode = c.REVIEW_MODES[review.mode]
    panel: Json = {
        "resourceType": "Observation",
        "status": "final",
        "code": concept(local(c.CODE_PLAN_REVIEW)),
        "subject": ref(b.patient_url),
        "focus": [ref(b.careplan_url)],
        "effectiveDateTime": when,
    }
    if review.reviewer_name:
        panel["performer"] = [b.staff(review.reviewer_name)]
    if review.notes:
        panel["note"] = [{"text": review.notes}]
    panel["method"] = concept(coding(c.PARTICIPATION_MODE, mode, c.REVIEW_MODE_DISPLAY[mode]))
    if members:
        panel["hasMember"] = members
    if review.next_review_date:
        panel["component"] = [
            {
                "code": concept(local(c.CODE_NEXT_REVIEW)),
                "valueDateTime": review.next_review_date.isoformat(),
            }
        ]
    b.add(b.url("Observation", "review", r), panel)
