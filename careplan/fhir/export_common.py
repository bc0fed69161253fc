"""Small builders of FHIR R4 JSON shared by the export modules."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, Protocol

from ..text import name_key
from . import codes as c
from .document import PersonDoc, PlanDoc

Json = dict[str, Any]


def person_key(person: PersonDoc) -> str:
    if person.nhs_number:
        return f"nhs:{person.nhs_number}"
    born = person.date_of_birth.isoformat()
    return f"name:{name_key(person.given_name, person.family_name)}:{born}"


def fhir_datetime(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Ids:
    """Deterministic resource ids: a person's own resources from the person alone, a plan's
    from the person and the plan's date and agreement time."""

    def __init__(self, person: PersonDoc, plan: PlanDoc | None = None) -> None:
        base = person_key(person)
        if plan is not None:
            created = fhir_datetime(plan.created) if plan.created else ""
            base = f"{base}|{plan.consultation_date}|{created}"
        self._base = base
        self._namespace = uuid.UUID(c.ID_NAMESPACE)

    def __call__(self, *parts: object) -> str:
        name = "|".join([self._base, *(str(p) for p in parts)])
        return str(uuid.uuid5(self._namespace, name))


def coding(system: str, code: str, display: str | None = None) -> Json:
    out: Json = {"system": system, "code": code}
    if display:
        out["display"] = display
    return out


def local(code: str) -> Json:
    return coding(c.LOCAL_CODES, code, c.LOCAL_DISPLAY.get(code))


def concept(*codings: Json, text: str | None = None) -> Json:
    out: Json = {}
    if codings:
        out["coding"] = list(codings)
    if text:
        out["text"] = text
    return out


def rating(value: int) -> Json:
    return concept(coding(c.LOINC, c.RATING_ANSWERS[value], str(value)))


def ref(full_url: str, display: str | None = None) -> Json:
    out: Json = {"reference": full_url}
    if display:
        out["display"] = display
    return out


def ext(url: str, **value: Any) -> Json:
    return {"url": url, **value}


def survey() -> list[Json]:
    return [concept(coding(c.OBSERVATION_CATEGORY, "survey", "Survey"))]


class PlanWriter(Protocol):
    """What the writers of a plan's resources need from the plan being written."""

    plan: PlanDoc
    patient_url: str
    careplan_url: str
    goal_urls: list[str]
    matters_urls: list[str]
    supporting: list[str]
    day: dt.date
    effective: str

    def url(self, *parts: object) -> str: ...

    def add(self, full_url: str, resource: Json) -> None: ...

    def staff(self, name: str) -> Json: ...
