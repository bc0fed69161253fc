"""A :class:`PlanDocument` as a FHIR R4 JSON Bundle (type ``collection``).

Resource ids are UUIDs derived from the plan's own content keys (the person's NHS number or
name and birth date, the plan's date, positions of goals and actions), so the same plan
exported from any database gives the same Bundle; only ``Bundle.timestamp`` says when.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from ..text import name_key
from . import codes as c
from .document import (
    ActionDoc,
    EscalationDoc,
    GoalDoc,
    PersonDoc,
    PlanDoc,
    PlanDocument,
    ReviewDoc,
    SupportDoc,
)

Json = dict[str, Any]
Progress = Callable[[int, int], None]

_GOAL_LIFECYCLE = {
    "proposed": ("proposed", None),
    "active": ("active", "in-progress"),
    "achieved": ("completed", "achieved"),
    "stopped": ("cancelled", None),
    "revised": ("cancelled", None),
}
_ACTIVITY_STATUS = {
    "proposed": "not-started",
    "active": "in-progress",
    "achieved": "completed",
    "stopped": "stopped",
    "revised": "stopped",
}
_OWNER_REFERENCE_TYPE = {
    "carer": "RelatedPerson",
    "clinician": "Practitioner",
    "practice": "Organization",
    "community": "Organization",
}
_OWNER_LABEL = {
    "person": "The person",
    "carer": "A carer",
    "clinician": "The clinician",
    "practice": "The practice",
    "community": "A community service",
}


def person_key(person: PersonDoc) -> str:
    if person.nhs_number:
        return f"nhs:{person.nhs_number}"
    born = person.date_of_birth.isoformat()
    return f"name:{name_key(person.given_name, person.family_name)}:{born}"


def fhir_datetime(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class _Ids:
    def __init__(self, document: PlanDocument) -> None:
        plan = document.plan
        created = fhir_datetime(plan.created) if plan.created else ""
        self._base = f"{person_key(document.person)}|{plan.consultation_date}|{created}"
        self._namespace = uuid.UUID(c.ID_NAMESPACE)

    def __call__(self, *parts: object) -> str:
        name = "|".join([self._base, *(str(p) for p in parts)])
        return str(uuid.uuid5(self._namespace, name))


def _coding(system: str, code: str, display: str | None = None) -> Json:
    out: Json = {"system": system, "code": code}
    if display:
        out["display"] = display
    return out


def _local(code: str) -> Json:
    return _coding(c.LOCAL_CODES, code, c.LOCAL_DISPLAY.get(code))


def _concept(*codings: Json, text: str | None = None) -> Json:
    out: Json = {}
    if codings:
        out["coding"] = list(codings)
    if text:
        out["text"] = text
    return out


def _rating(value: int) -> Json:
    return _concept(_coding(c.LOINC, c.RATING_ANSWERS[value], str(value)))


def _ref(full_url: str, display: str | None = None) -> Json:
    out: Json = {"reference": full_url}
    if display:
        out["display"] = display
    return out


def _ext(url: str, **value: Any) -> Json:
    return {"url": url, **value}


def _survey() -> list[Json]:
    return [_concept(_coding(c.OBSERVATION_CATEGORY, "survey", "Survey"))]


class _Builder:
    def __init__(self, document: PlanDocument, timestamp: dt.datetime) -> None:
        self.doc = document
        self.plan: PlanDoc = document.plan
        self.timestamp = timestamp
        self.id = _Ids(document)
        self.entries: list[Json] = []
        self.patient_url = self.url("Patient")
        self.careplan_url = self.url("CarePlan")
        self.goal_urls = [self.url("Goal", i) for i in range(len(self.plan.goals))]
        self.matters_urls = [
            self.url("Observation", "what-matters", i) for i in range(len(self.plan.what_matters))
        ]
        self.staff_urls: dict[str, tuple[str, str]] = {}
        if self.plan.consultation_date is None:
            raise ValueError("an exported plan always has its consultation date")
        self.day = self.plan.consultation_date
        self.effective = self.day.isoformat()

    def url(self, *parts: object) -> str:
        return c.URN_UUID + self.id(*parts)

    def add(self, full_url: str, resource: Json) -> None:
        resource = {"resourceType": resource.pop("resourceType"), "id": full_url[9:], **resource}
        self.entries.append({"fullUrl": full_url, "resource": resource})

    # ----- people --------------------------------------------------------------------------

    def patient(self) -> None:
        p = self.doc.person
        resource: Json = {"resourceType": "Patient"}
        extensions: list[Json] = []
        if p.large_print or p.easy_read or p.communication_notes:
            parts: list[Json] = []
            if p.large_print:
                parts.append(_ext("largePrint", valueBoolean=True))
            if p.easy_read:
                parts.append(_ext("easyRead", valueBoolean=True))
            if p.communication_notes:
                parts.append(_ext("notes", valueString=p.communication_notes))
            extensions.append(_ext(c.EXT_COMMUNICATION, extension=parts))
        if p.interpreter_language:
            extensions.append(_ext(c.EXT_INTERPRETER_REQUIRED, valueBoolean=True))
        if extensions:
            resource["extension"] = extensions
        if p.nhs_number:
            resource["identifier"] = [
                {"use": "official", "system": c.NHS_NUMBER_SYSTEM, "value": p.nhs_number}
            ]
        names: list[Json] = [{"use": "official", "family": p.family_name, "given": [p.given_name]}]
        if p.preferred_name:
            names.append({"use": "usual", "given": [p.preferred_name]})
        resource["name"] = names
        telecom = []
        if p.phone:
            telecom.append({"system": "phone", "value": p.phone})
        if p.email:
            telecom.append({"system": "email", "value": p.email})
        if telecom:
            resource["telecom"] = telecom
        resource["birthDate"] = p.date_of_birth.isoformat()
        if p.address:
            resource["address"] = [{"text": p.address}]
        if p.interpreter_language:
            resource["communication"] = [
                {"language": {"text": p.interpreter_language}, "preferred": True}
            ]
        self.add(self.patient_url, resource)

    def staff(self, name: str) -> Json:
        """A reference to the staff member of that name (names that fold alike are one)."""
        key = name_key(name)
        if key not in self.staff_urls:
            url = self.url("Practitioner", key)
            self.staff_urls[key] = (url, name)
            self.add(url, {"resourceType": "Practitioner", "name": [{"text": name}]})
        return _ref(*self.staff_urls[key])

    # ----- care team -------------------------------------------------------------------------

    def care_team(self) -> str | None:
        plan = self.plan
        participants: list[Json] = []
        if plan.named_contact_name:
            url = self.url("Practitioner", "named-contact")
            resource: Json = {
                "resourceType": "Practitioner",
                "name": [{"text": plan.named_contact_name}],
            }
            if plan.named_contact_phone:
                resource["telecom"] = [{"system": "phone", "value": plan.named_contact_phone}]
            self.add(url, resource)
            participants.append(
                {
                    "role": [_concept(_local(c.CODE_NAMED_CONTACT), text=plan.named_contact_role)],
                    "member": _ref(url, plan.named_contact_name),
                }
            )
        for index, support in enumerate(plan.supports):
            participants.append(self.support(index, support))
        if not participants:
            return None
        url = self.url("CareTeam")
        self.add(
            url,
            {
                "resourceType": "CareTeam",
                "status": "active",
                "name": "Named contact and support",
                "subject": _ref(self.patient_url),
                "participant": participants,
            },
        )
        return url

    def support(self, index: int, support: SupportDoc) -> Json:
        url = self.url("support", index)
        resource: Json
        if support.kind == "person":
            resource = {
                "resourceType": "RelatedPerson",
                "patient": _ref(self.patient_url),
                "name": [{"text": support.name}],
            }
        else:
            resource = {"resourceType": "Organization", "name": support.name}
        if support.contact:
            resource["telecom"] = [{"system": "other", "value": support.contact}]
        self.add(url, resource)
        return {
            "role": [_concept(_local(c.SUPPORT_CODES[support.kind]), text=support.how_they_help)],
            "member": _ref(url, support.name),
        }

    # ----- the plan ------------------------------------------------------------------------

    def care_plan(self, team_url: str | None) -> None:
        plan = self.plan
        resource: Json = {
            "resourceType": "CarePlan",
            "status": "active" if plan.status == "agreed" else "draft",
            "intent": "plan",
            "title": "Personalised care and support plan",
            "subject": _ref(self.patient_url),
            "period": {"start": self.effective},
        }
        if plan.created is not None:
            resource["created"] = fhir_datetime(plan.created)
        contributors = [_ref(self.patient_url)]
        if plan.clinician_name:
            author = self.staff(plan.clinician_name)
            resource["author"] = author
            contributors.append(author)
        resource["contributor"] = contributors
        if team_url:
            resource["careTeam"] = [_ref(team_url)]
        if self.goal_urls:
            resource["goal"] = [_ref(u) for u in self.goal_urls]
        if self.matters_urls:
            resource["supportingInfo"] = [_ref(u) for u in self.matters_urls]
        activities: list[Json] = []
        for g, goal in enumerate(plan.goals):
            for a, action in enumerate(goal.actions):
                activities.append(self.action_activity(g, goal, a, action))
        for n, step in enumerate(plan.escalation_steps):
            activities.append(self.escalation_activity(n, step))
        if plan.review_date is not None:
            activities.append(
                {
                    "id": "review",
                    "detail": {
                        "code": _concept(_local(c.CODE_REVIEW_DUE)),
                        "status": "scheduled",
                        "scheduledPeriod": {"start": plan.review_date.isoformat()},
                        "description": "Review of the care plan",
                    },
                }
            )
        if activities:
            resource["activity"] = activities
        self.add(self.careplan_url, resource)

    def action_activity(self, g: int, goal: GoalDoc, a: int, action: ActionDoc) -> Json:
        detail: Json = {}
        parts: list[Json] = [_ext("owner", valueCode=action.who)]
        for name, value in (
            ("ownerName", action.who_name),
            ("howMuch", action.how_much),
            ("when", action.when),
            ("howOften", action.how_often),
        ):
            if value:
                parts.append(_ext(name, valueString=value))
        detail["extension"] = [_ext(c.EXT_ACTION_PLAN, extension=parts)]
        detail["status"] = _ACTIVITY_STATUS[goal.status]
        schedule = ", ".join(v for v in (action.how_much, action.when, action.how_often) if v)
        if schedule:
            detail["scheduledString"] = schedule
        if action.who == "person":
            detail["performer"] = [_ref(self.patient_url)]
        elif action.who_name:
            detail["performer"] = [
                {"type": _OWNER_REFERENCE_TYPE[action.who], "display": action.who_name}
            ]
        detail["goal"] = [_ref(self.goal_urls[g])]
        detail["description"] = action.what
        return {"id": f"action-{g + 1}-{a + 1}", "detail": detail}

    def escalation_activity(self, n: int, step: EscalationDoc) -> Json:
        detail: Json = {}
        if step.phone:
            detail["extension"] = [_ext(c.EXT_CONTACT_PHONE, valueString=step.phone)]
        detail["code"] = _concept(_local(c.ESCALATION_CODES[step.level]))
        detail["reasonCode"] = [{"text": step.signs}]
        detail["status"] = "not-started"
        if step.contact:
            detail["performer"] = [{"display": step.contact}]
        if step.what_to_do:
            detail["description"] = step.what_to_do
        return {"id": f"escalation-{n + 1}", "detail": detail}

    # ----- goals and what matters ----------------------------------------------------------

    def what_matters(self) -> None:
        for url, text in zip(self.matters_urls, self.plan.what_matters, strict=True):
            pco = _coding(c.PCO_CONCEPTS, c.WHAT_MATTERS, "What Matters")
            self.add(
                url,
                {
                    "resourceType": "Observation",
                    "status": "final",
                    "category": [_concept(pco)],
                    "code": _concept(pco),
                    "subject": _ref(self.patient_url),
                    "effectiveDateTime": self.effective,
                    "performer": [_ref(self.patient_url)],
                    "valueString": text,
                },
            )

    def goal(self, g: int, goal: GoalDoc) -> None:
        lifecycle, achievement = _GOAL_LIFECYCLE[goal.status]
        resource: Json = {"resourceType": "Goal", "lifecycleStatus": lifecycle}
        if achievement:
            resource["achievementStatus"] = _concept(_coding(c.GOAL_ACHIEVEMENT, achievement))
        if goal.importance is not None:
            level = (
                "high-priority"
                if goal.importance >= 7
                else "medium-priority"
                if goal.importance >= 4
                else "low-priority"
            )
            resource["priority"] = _concept(_coding(c.GOAL_PRIORITY, level))
        resource["description"] = {"text": goal.text}
        resource["subject"] = _ref(self.patient_url)
        resource["startDate"] = self.effective
        if goal.target or goal.target_date:
            target: Json = {}
            if goal.target:
                # The target in the person's words is the "expected outcome" level of the
                # Goal Attainment Scale (PCO GAS goal: target.measure is LOINC 107332-9).
                target["measure"] = _concept(
                    _coding(c.LOINC, c.GAS_REPORTED, c.GAS_DISPLAY[c.GAS_REPORTED])
                )
                code, display = c.GAS_ANSWERS[0]
                target["detailCodeableConcept"] = _concept(
                    _coding(c.LOINC, code, display), text=goal.target
                )
            if goal.target_date:
                target["dueDate"] = goal.target_date.isoformat()
            resource["target"] = [target]
        if goal.status == "revised":
            resource["statusReason"] = c.REVISED_REASON
        if goal.expressed_by == "patient":
            resource["expressedBy"] = _ref(self.patient_url)
        elif goal.expressed_by == "carer":
            resource["expressedBy"] = {"type": "RelatedPerson", "display": "Carer"}
        else:
            resource["expressedBy"] = {"type": "Practitioner", "display": "Clinician"}
        if goal.what_matters is not None:
            resource["addresses"] = [_ref(self.matters_urls[goal.what_matters])]
        self.add(self.goal_urls[g], resource)

    def goal_observations(self, g: int, goal: GoalDoc) -> None:
        focus = [_ref(self.goal_urls[g])]
        if goal.importance is not None:
            self.readiness(
                self.url("Observation", "importance", g),
                c.READINESS_IMPORTANCE,
                focus,
                goal.importance,
            )
        for a, action in enumerate(goal.actions):
            for rating, value in (
                ("first", action.confidence_first),
                ("final", action.confidence_final),
            ):
                if value is None:
                    continue
                self.readiness(
                    self.url("Observation", "confidence", g, a, rating),
                    c.READINESS_CONFIDENCE,
                    focus,
                    value,
                    [
                        _ext(c.EXT_ACTIVITY, valueString=f"action-{g + 1}-{a + 1}"),
                        _ext(c.EXT_CONFIDENCE_RATING, valueCode=rating),
                    ],
                )
        for b, barrier in enumerate(goal.barriers):
            resource: Json = {"resourceType": "Observation"}
            if barrier.action is not None:
                resource["extension"] = [
                    _ext(c.EXT_ACTIVITY, valueString=f"action-{g + 1}-{barrier.action + 1}")
                ]
            resource.update(
                {
                    "status": "final",
                    "category": _survey(),
                    "code": _concept(
                        _coding(c.SNOMED, c.GOAL_BARRIER_CODE, c.GOAL_BARRIER_DISPLAY)
                    ),
                    "subject": _ref(self.patient_url),
                    "focus": focus,
                    "effectiveDateTime": self.effective,
                    "performer": [_ref(self.patient_url)],
                    "valueString": barrier.barrier,
                }
            )
            if barrier.plan_b:
                resource["note"] = [{"text": barrier.plan_b}]
            self.add(self.url("Observation", "barrier", g, b), resource)

    def readiness(
        self,
        url: str,
        code: str,
        focus: list[Json],
        value: int,
        extensions: list[Json] | None = None,
    ) -> None:
        resource: Json = {"resourceType": "Observation"}
        if extensions:
            resource["extension"] = extensions
        display = (
            "Importance of change" if code == c.READINESS_IMPORTANCE else "Confidence to change"
        )
        resource.update(
            {
                "status": "final",
                "category": _survey(),
                "code": _concept(_coding(c.PCO_READINESS, code, display)),
                "subject": _ref(self.patient_url),
                "focus": focus,
                "effectiveDateTime": self.effective,
                "performer": [_ref(self.patient_url)],
                "valueCodeableConcept": _rating(value),
            }
        )
        self.add(url, resource)

    # ----- reviews -------------------------------------------------------------------------

    def review(self, r: int, review: ReviewDoc) -> None:
        when = review.reviewed_on.isoformat()
        members: list[Json] = []
        for p in review.progress:
            url = self.url("Observation", "review", r, "gas", p.goal)
            code, display = c.GAS_ANSWERS[p.attainment]
            resource: Json = {
                "resourceType": "Observation",
                "extension": [_ext(c.EXT_STATUS_AFTER, valueCode=p.status_after)],
                "status": "final",
                "category": _survey(),
                "code": _concept(
                    _coding(
                        c.LOINC, c.GAS_PATIENT_FOLLOW_UP, c.GAS_DISPLAY[c.GAS_PATIENT_FOLLOW_UP]
                    )
                ),
                "subject": _ref(self.patient_url),
                "focus": [_ref(self.goal_urls[p.goal])],
                "effectiveDateTime": when,
                "performer": [_ref(self.patient_url)],
                "valueCodeableConcept": _concept(_coding(c.LOINC, code, display)),
            }
            if p.comment:
                resource["note"] = [{"text": p.comment}]
            self.add(url, resource)
            members.append(_ref(url))
        for o in review.outcomes:
            url = self.url("Observation", "review", r, "action", o.goal, o.action)
            resource = {
                "resourceType": "Observation",
                "extension": [
                    _ext(c.EXT_ACTIVITY, valueString=f"action-{o.goal + 1}-{o.action + 1}")
                ],
                "status": "final",
                "code": _concept(_local(c.CODE_ACTION_REVIEW)),
                "subject": _ref(self.patient_url),
                "focus": [_ref(self.goal_urls[o.goal])],
                "effectiveDateTime": when,
                "valueCodeableConcept": _concept(_local(c.OUTCOME_CODES[o.outcome])),
            }
            if o.comment:
                resource["note"] = [{"text": o.comment}]
            if o.confidence is not None:
                resource["component"] = [
                    {
                        "code": _concept(
                            _coding(c.PCO_READINESS, c.READINESS_CONFIDENCE, "Confidence to change")
                        ),
                        "valueCodeableConcept": _rating(o.confidence),
                    }
                ]
            self.add(url, resource)
            members.append(_ref(url))
        mode = c.REVIEW_MODES[review.mode]
        panel: Json = {
            "resourceType": "Observation",
            "status": "final",
            "code": _concept(_local(c.CODE_PLAN_REVIEW)),
            "subject": _ref(self.patient_url),
            "focus": [_ref(self.careplan_url)],
            "effectiveDateTime": when,
        }
        if review.reviewer_name:
            panel["performer"] = [self.staff(review.reviewer_name)]
        if review.notes:
            panel["note"] = [{"text": review.notes}]
        panel["method"] = _concept(_coding(c.PARTICIPATION_MODE, mode, c.REVIEW_MODE_DISPLAY[mode]))
        if members:
            panel["hasMember"] = members
        if review.next_review_date:
            panel["component"] = [
                {
                    "code": _concept(_local(c.CODE_NEXT_REVIEW)),
                    "valueDateTime": review.next_review_date.isoformat(),
                }
            ]
        self.add(self.url("Observation", "review", r), panel)


def to_bundle(
    document: PlanDocument, timestamp: dt.datetime, progress: Progress | None = None
) -> Json:
    """The FHIR R4 Bundle for ``document``; ``timestamp`` is when it was exported."""
    b = _Builder(document, timestamp)
    plan = document.plan
    steps = 4 + len(plan.goals) + len(plan.reviews)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, steps)

    b.patient()
    if plan.clinician_name:
        b.staff(plan.clinician_name)
    team = b.care_team()
    step()
    b.care_plan(team)
    step()
    for g, goal in enumerate(plan.goals):
        b.goal(g, goal)
    b.what_matters()
    step()
    for g, goal in enumerate(plan.goals):
        b.goal_observations(g, goal)
        step()
    for r, review in enumerate(plan.reviews):
        b.review(r, review)
        step()
    bundle: Json = {
        "resourceType": "Bundle",
        "id": b.id("Bundle"),
        "meta": {"lastUpdated": fhir_datetime(timestamp)},
        "identifier": {"system": "urn:ietf:rfc:3986", "value": b.url("Bundle")},
        "type": "collection",
        "timestamp": fhir_datetime(timestamp),
        "entry": b.entries,
    }
    step()
    return bundle
