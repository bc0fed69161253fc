"""A :class:`PlanDocument` as a FHIR R4 JSON Bundle (type ``collection``).

Resource ids are UUIDs derived from the plan's own content keys (the person's NHS number or
name and birth date, the plan's date, positions of goals and actions), so the same plan
exported from any database gives the same Bundle; only ``Bundle.timestamp`` says when.
With earlier revisions, each is a CarePlan that the next one ``replaces``; the person and
the staff are written once.
"""

from __future__ import annotations

import datetime as dt

from ..progress import Progress
from ..text import name_key
from . import codes as c
from . import export_goals, export_records, export_visit
from .document import (
    ActionDoc,
    EscalationDoc,
    GoalDoc,
    PlanDoc,
    PlanDocument,
    SupportDoc,
)
from .export_common import Ids, Json, coding, concept, ext, fhir_datetime, local, ref

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


def _profile(kind: str) -> Json:
    return {"profile": [c.UK_CORE_PROFILES[kind]]}


class Exporter:
    """The Bundle's entries, and the resources of the person shared by all their plans."""

    def __init__(self, document: PlanDocument) -> None:
        self.doc = document
        self.id = Ids(document.person)
        self.entries: list[Json] = []
        self.patient_url = self.url("Patient")
        self.staff_urls: dict[str, tuple[str, str]] = {}

    def url(self, *parts: object) -> str:
        return c.URN_UUID + self.id(*parts)

    def add(self, full_url: str, resource: Json) -> None:
        resource = {"resourceType": resource.pop("resourceType"), "id": full_url[9:], **resource}
        self.entries.append({"fullUrl": full_url, "resource": resource})

    # ----- people --------------------------------------------------------------------------

    def patient(self) -> None:
        p = self.doc.person
        resource: Json = {"resourceType": "Patient", "meta": _profile("Patient")}
        extensions: list[Json] = []
        if p.large_print or p.easy_read or p.communication_notes:
            parts: list[Json] = []
            if p.large_print:
                parts.append(ext("largePrint", valueBoolean=True))
            if p.easy_read:
                parts.append(ext("easyRead", valueBoolean=True))
            if p.communication_notes:
                parts.append(ext("notes", valueString=p.communication_notes))
            extensions.append(ext(c.EXT_COMMUNICATION, extension=parts))
        if p.interpreter_language:
            extensions.append(ext(c.EXT_INTERPRETER_REQUIRED, valueBoolean=True))
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
            self.add(
                url,
                {
                    "resourceType": "Practitioner",
                    "meta": _profile("Practitioner"),
                    "name": [{"text": name}],
                },
            )
        return ref(*self.staff_urls[key])


class PlanBuilder:
    """The resources of one plan: CarePlan, goals, care teams, observations, agenda."""

    def __init__(self, exporter: Exporter, plan: PlanDoc) -> None:
        self.x = exporter
        self.plan = plan
        self.id = Ids(exporter.doc.person, plan)
        self.patient_url = exporter.patient_url
        self.careplan_url = self.url("CarePlan")
        self.goal_urls = [self.url("Goal", i) for i in range(len(plan.goals))]
        self.matters_urls = [
            self.url("Observation", "what-matters", i) for i in range(len(plan.what_matters))
        ]
        self.supporting: list[str] = []
        if plan.consultation_date is None:
            raise ValueError("an exported plan always has its consultation date")
        self.day = plan.consultation_date
        self.effective = self.day.isoformat()

    def url(self, *parts: object) -> str:
        return c.URN_UUID + self.id(*parts)

    def add(self, full_url: str, resource: Json) -> None:
        self.x.add(full_url, resource)

    def staff(self, name: str) -> Json:
        return self.x.staff(name)

    # ----- care team -------------------------------------------------------------------------

    def care_team(self) -> str | None:
        plan = self.plan
        participants: list[Json] = []
        if plan.named_contact_name:
            url = self.url("Practitioner", "named-contact")
            resource: Json = {
                "resourceType": "Practitioner",
                "meta": _profile("Practitioner"),
                "name": [{"text": plan.named_contact_name}],
            }
            if plan.named_contact_phone:
                resource["telecom"] = [{"system": "phone", "value": plan.named_contact_phone}]
            self.add(url, resource)
            participants.append(
                {
                    "role": [concept(local(c.CODE_NAMED_CONTACT), text=plan.named_contact_role)],
                    "member": ref(url, plan.named_contact_name),
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
                "subject": ref(self.patient_url),
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
                "meta": _profile("RelatedPerson"),
                "patient": ref(self.patient_url),
                "name": [{"text": support.name}],
            }
        else:
            resource = {
                "resourceType": "Organization",
                "meta": _profile("Organization"),
                "name": support.name,
            }
        if support.contact:
            resource["telecom"] = [{"system": "other", "value": support.contact}]
        self.add(url, resource)
        return {
            "role": [concept(local(c.SUPPORT_CODES[support.kind]), text=support.how_they_help)],
            "member": ref(url, support.name),
        }

    # ----- the plan ------------------------------------------------------------------------

    def care_plan(self, team_urls: list[str], replaces: str | None, current: bool) -> None:
        plan = self.plan
        status = "draft"
        if plan.status == "agreed":
            # An earlier revision: "completed, but the need for the action it described
            # remains ongoing" (R4 CarePlan.replaces).
            status = "active" if current else "completed"
        resource: Json = {
            "resourceType": "CarePlan",
            "status": status,
            "intent": "plan",
            "title": "Personalised care and support plan",
            "subject": ref(self.patient_url),
            "period": {"start": self.effective},
        }
        if plan.created is not None:
            resource["created"] = fhir_datetime(plan.created)
        contributors = [ref(self.patient_url)]
        if plan.clinician_name:
            author = self.staff(plan.clinician_name)
            resource["author"] = author
            contributors.append(author)
        resource["contributor"] = contributors
        if replaces:
            resource["replaces"] = [ref(replaces)]
        if team_urls:
            resource["careTeam"] = [ref(u) for u in team_urls]
        if self.goal_urls:
            resource["goal"] = [ref(u) for u in self.goal_urls]
        supporting = [*self.matters_urls, *self.supporting]
        if supporting:
            resource["supportingInfo"] = [ref(u) for u in supporting]
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
                        "code": concept(local(c.CODE_REVIEW_DUE)),
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
        parts: list[Json] = [ext("owner", valueCode=action.who)]
        for name, value in (
            ("ownerName", action.who_name),
            ("howMuch", action.how_much),
            ("when", action.when),
            ("howOften", action.how_often),
        ):
            if value:
                parts.append(ext(name, valueString=value))
        detail["extension"] = [ext(c.EXT_ACTION_PLAN, extension=parts)]
        detail["status"] = _ACTIVITY_STATUS[goal.status]
        schedule = ", ".join(v for v in (action.how_much, action.when, action.how_often) if v)
        if schedule:
            detail["scheduledString"] = schedule
        if action.who == "person":
            detail["performer"] = [ref(self.patient_url)]
        elif action.who_name:
            detail["performer"] = [
                {"type": _OWNER_REFERENCE_TYPE[action.who], "display": action.who_name}
            ]
        detail["goal"] = [ref(self.goal_urls[g])]
        detail["description"] = action.what
        return {"id": f"action-{g + 1}-{a + 1}", "detail": detail}

    def escalation_activity(self, n: int, step: EscalationDoc) -> Json:
        detail: Json = {}
        if step.phone:
            detail["extension"] = [ext(c.EXT_CONTACT_PHONE, valueString=step.phone)]
        detail["code"] = concept(local(c.ESCALATION_CODES[step.level]))
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
            pco = coding(c.PCO_CONCEPTS, c.WHAT_MATTERS, "What Matters")
            self.add(
                url,
                {
                    "resourceType": "Observation",
                    "status": "final",
                    "category": [concept(pco)],
                    "code": concept(pco),
                    "subject": ref(self.patient_url),
                    "effectiveDateTime": self.effective,
                    "performer": [ref(self.patient_url)],
                    "valueString": text,
                },
            )


def to_bundle(
    document: PlanDocument, timestamp: dt.datetime, progress: Progress | None = None
) -> Json:
    """The FHIR R4 Bundle for ``document``; ``timestamp`` is when it was exported."""
    plan = document.plan
    if plan is None:
        raise ValueError("an exported document always has a plan")
    x = Exporter(document)
    plans = [*document.earlier, plan]
    steps = 2 + sum(3 + len(p.goals) + len(p.reviews) for p in plans)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, steps)

    x.patient()
    export_records.write(x.add, x.url, x.patient_url, document.conditions, document.measurements)
    step()
    previous: str | None = None
    for n, one in enumerate(plans):
        b = PlanBuilder(x, one)
        if one.clinician_name:
            b.staff(one.clinician_name)
        teams = [u for u in (b.care_team(), export_visit.people_present(b)) if u]
        export_visit.agenda(b)
        export_visit.preparation(b)
        step()
        b.care_plan(teams, previous, current=n == len(plans) - 1)
        previous = b.careplan_url
        step()
        for g, goal in enumerate(one.goals):
            export_goals.goal(b, g, goal)
        b.what_matters()
        step()
        for g, goal in enumerate(one.goals):
            export_goals.goal_observations(b, g, goal)
            step()
        for r, review in enumerate(one.reviews):
            export_goals.review(b, r, review)
            step()
    bundle: Json = {
        "resourceType": "Bundle",
        "id": x.id("Bundle", plan.consultation_date, plan.created),
        "meta": {"lastUpdated": fhir_datetime(timestamp)},
        "identifier": {
            "system": "urn:ietf:rfc:3986",
            "value": c.URN_UUID + x.id("Bundle", plan.consultation_date, plan.created),
        },
        "type": "collection",
        "timestamp": fhir_datetime(timestamp),
        "entry": x.entries,
    }
    step()
    return bundle
