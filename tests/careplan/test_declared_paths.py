"""Every text field a plan part declares goes through every path by its declaration alone:
stored when added, changed, taken out and put back as it was, and carried into the next
revision. A field added to careplan/part_specs.py is covered here without a test of its own."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from careplan import plan_parts as parts
from careplan.plan_fields import Field, Kind
from careplan.plan_parts import PlanPart
from careplan.records import PatientInput
from careplan.services import Services

TEXT_KINDS = (Kind.TEXT, Kind.LINE)


def _texts(part: PlanPart[Any]) -> list[Field]:
    return [f for f in part.spec if f.kind in TEXT_KINDS and f.on_add and f.on_update]


def _needed(part: PlanPart[Any]) -> dict[str, Any]:
    """A value for each field the part cannot be added without."""
    values: dict[str, Any] = {}
    for f in part.spec:
        if f.on_add and f.kind is Kind.CHOICE and f.default is None:
            assert f.vocabulary is not None
            values[f.name] = next(iter(f.vocabulary)).value
    return values


def _value(record: Any, name: str) -> Any:
    return getattr(record, name)


CARRIED = {p.key for top in parts.PLAN_PARTS if not top.meeting_only for p in top.walk()}


def _carried(plan: Any) -> Iterator[tuple[PlanPart[Any], Any]]:
    """Each record of the parts a revision carries, with its part."""

    def walk(part: PlanPart[Any], records: Any) -> Iterator[tuple[PlanPart[Any], Any]]:
        for record in records:
            yield part, record
            for child in part.children:
                yield from walk(child, getattr(record, child.relation))

    for part in parts.PLAN_PARTS:
        if part.key in CARRIED:
            yield from walk(part, getattr(plan, part.in_record))


def test_every_declared_text_field_is_stored_changed_put_back_and_carried(
    services: Services,
) -> None:
    c = services.consultations
    gp = services.staff.create("Dr Amara Okafor", "clinician", "GP partner")
    patient = services.patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
    draft = c.start_or_resume(patient.id, gp.id, "2026-03-02")
    under: dict[str, int] = {}  # the goal, for its actions and barriers
    stored: dict[tuple[str, str], str] = {}
    # Parents before their parts: a goal comes before its actions and barriers.
    for part in parts.all_parts():
        texts = _texts(part)
        if not texts:
            continue
        first = {f.name: f"{part.key} {f.name} ✓" for f in texts}
        added = c.add(part, under.get(part.key, draft.id), **_needed(part), **first).record
        assert {f.name: _value(added, f.name) for f in texts} == first
        if part is parts.GOAL:
            under = {child.key: added.id for child in part.children}
        second = {f.name: f"{part.key} {f.name}, changed ✓" for f in texts}
        version = added.version if part.conflict else None
        changed = c.update(part, added.id, second, expected_version=version).record
        assert {f.name: _value(changed, f.name) for f in texts} == second
        back = c.restore(part, c.remove(part, added.id).record).record
        assert {f.name: _value(back, f.name) for f in texts} == second
        stored.update({(part.key, name): value for name, value in second.items()})
    assert {key for key, _name in stored} == {p.key for p in parts.all_parts() if _texts(p)}

    plan = c.get(draft.id)
    agreed = c.agree(plan.id, plan.version, incomplete_reason="Only what this test needs")
    revision = c.revise(agreed.id, None)
    carried = {
        (part.key, f.name): _value(record, f.name)
        for part, record in _carried(revision)
        for f in _texts(part)
    }
    assert carried == {key: value for key, value in stored.items() if key[0] in CARRIED}
