"""The consultation itself: its agenda (a List), who was present (a CareTeam), and the
preparation (a QuestionnaireResponse of the person's prompts, Observations of the results
shared before the conversation)."""

from __future__ import annotations

from . import codes as c
from .document import ParticipantDoc
from .export_common import Json, PlanWriter, coding, concept, ext, local, ref

_RELATED_ROLES = {"carer", "family", "interpreter", "other"}


def agenda(b: PlanWriter) -> None:
    items = b.plan.agenda
    if not items:
        return
    url = b.url("List", "agenda")
    b.add(
        url,
        {
            "resourceType": "List",
            "status": "current",
            "mode": "working",
            "title": "Agenda",
            "code": concept(local(c.CODE_AGENDA)),
            "subject": ref(b.patient_url),
            "date": b.effective,
            "orderedBy": concept(
                coding("http://terminology.hl7.org/CodeSystem/list-order", "user", "Sorted by User")
            ),
            "entry": [
                {
                    "extension": [ext(c.EXT_RAISED_BY, valueCode=item.raised_by)],
                    "flag": concept(local(c.AGENDA_STATUS_CODES[item.status])),
                    "item": {"display": item.text},
                }
                for item in items
            ],
        },
    )
    b.supporting.append(url)


def people_present(b: PlanWriter) -> str | None:
    people = b.plan.participants
    if not people:
        return None
    members = [_participant(b, n, person) for n, person in enumerate(people)]
    url = b.url("CareTeam", "present")
    b.add(
        url,
        {
            "resourceType": "CareTeam",
            "status": "inactive",
            "category": [concept(local(c.CODE_PEOPLE_PRESENT))],
            "name": "People present at the consultation",
            "subject": ref(b.patient_url),
            "period": {"start": b.effective, "end": b.effective},
            "participant": members,
        },
    )
    return url


def _participant(b: PlanWriter, n: int, person: ParticipantDoc) -> Json:
    role = concept(local(c.PRESENT_CODES[person.role]))
    out: Json = {"role": [role]}
    if person.role == "patient":
        out["member"] = ref(b.patient_url)
    elif person.name and person.role == "clinician":
        out["member"] = b.staff(person.name)
    elif person.name and person.role in _RELATED_ROLES:
        url = b.url("RelatedPerson", "present", n)
        b.add(
            url,
            {
                "resourceType": "RelatedPerson",
                "meta": {"profile": [c.UK_CORE_PROFILES["RelatedPerson"]]},
                "patient": ref(b.patient_url),
                "name": [{"text": person.name}],
            },
        )
        out["member"] = ref(url, person.name)
    return out


def preparation(b: PlanWriter) -> None:
    prep = b.plan.preparation
    if prep is None:
        return
    answers = {
        "what-matters": prep.what_matters_prompt,
        "talk-about": prep.talk_about_prompt,
        "conditions-effect": prep.conditions_effect_prompt,
        "who-involved": prep.who_involved,
        "information-preference": prep.information_preference,
    }
    items = [
        {"linkId": link, "text": c.PREPARATION_ITEMS[link], "answer": [{"valueString": words}]}
        for link, words in answers.items()
        if words
    ]
    if items:
        url = b.url("QuestionnaireResponse", "preparation")
        b.add(
            url,
            {
                "resourceType": "QuestionnaireResponse",
                "questionnaire": c.PREPARATION_QUESTIONNAIRE,
                "status": "completed",
                "subject": ref(b.patient_url),
                "author": ref(b.patient_url),
                "item": items,
            },
        )
        b.supporting.append(url)
    for n, result in enumerate(prep.results):
        url = b.url("Observation", "preparation-result", n)
        resource: Json = {
            "resourceType": "Observation",
            "status": "final",
            "category": [concept(local(c.CODE_PREPARATION_RESULT))],
            "code": {"text": result.test_name},
            "subject": ref(b.patient_url),
        }
        if result.taken_on:
            resource["effectiveDateTime"] = result.taken_on.isoformat()
        if result.value:
            resource["valueString"] = result.value
        if result.meaning:
            resource["note"] = [{"text": result.meaning}]
        b.add(url, resource)
        b.supporting.append(url)
