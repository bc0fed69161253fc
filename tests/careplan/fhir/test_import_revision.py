"""A changed version of a plan imported before becomes its next revision, through the
project's one revision routine: lineage kept for what is worded as before, every other part
carried, nothing stored twice; importing the same changed version again adds nothing."""

from __future__ import annotations

import copy
import datetime as dt
import json
from dataclasses import replace
from typing import Any

import pytest

from careplan.fhir import FhirExchange
from careplan.records import ConsultationRecord, WorklistFilter
from careplan.services import Services
from tests.careplan.fhir.conftest import counts, plan_id
from tests.conftest import BACKENDS, FixedClock


def _resource(bundle: dict[str, Any], kind: str, **where: Any) -> dict[str, Any]:
    for entry in bundle["entry"]:
        resource = entry["resource"]
        if resource["resourceType"] == kind and all(
            json.dumps(value) in json.dumps(resource.get(key)) for key, value in where.items()
        ):
            return resource
    raise LookupError(kind)


def _changed(bundle: dict[str, Any]) -> dict[str, Any]:
    """The same plan (same identifiers) as its sender changed it: one goal reworded, one
    action reworded, the named contact's phone changed."""
    out = copy.deepcopy(bundle)
    _resource(out, "Goal", description={"text": "Sing again"})["description"] = {
        "text": "Sing in the choir again"
    }
    plan = _resource(out, "CarePlan")
    for activity in plan["activity"]:
        detail = activity.get("detail", {})
        if detail.get("description") == "Come along on Saturdays":
            detail["description"] = "Come along on Saturdays and Sundays"
    contact = _resource(out, "Practitioner", name=[{"text": "Priya Shah"}])
    contact["telecom"] = [{"system": "phone", "value": "01632 960 999"}]
    return out


@pytest.mark.parametrize("fresh_url", BACKENDS[:1], indirect=True)
def test_a_changed_import_is_the_next_revision_with_lineage_and_nothing_twice(
    services: Services, full_plan: ConsultationRecord, empty: Services, clock: FixedClock
) -> None:
    v1 = FhirExchange(services.context).export_bundle(full_plan.patient_id)
    exchange = FhirExchange(empty.context)
    first = exchange.import_data(json.dumps(v1))
    clock.advance(days=1)
    before = counts(empty)
    preview = exchange.preview_data(json.dumps(_changed(v1)))
    assert preview.revision_of == first.consultation_id
    assert (
        "A changed version of a plan imported before: it becomes its next revision."
        in preview.summary()
    )
    second = exchange.import_preview(preview)
    # Nothing twice: one new plan of three goals, its actions, parts and people; the review
    # recorded on the first revision is not recorded again; no new staff or person.
    after = counts(empty)
    grown = {k: after[k] - before[k] for k in after if after[k] != before[k]}
    assert grown == {
        "consultation": 1,
        "goal": 3,
        "action": 4,
        "barrier": 3,
        "what_matters": 2,
        "support": 3,
        "escalation_step": 3,
        "participant": 4,
        "agenda_item": 3,
        "preparation": 1,
        "preparation_result": 2,
        "import_source": 1,
        "audit_event": 2,  # the import, and the change to the person's plans
        "plan_figures": 1,  # the overview's figures of the new plan, kept by the database
        "review_due_figures": 1,  # and the date it falls due for review
    }
    assert not second.already_imported and second.revision_of == first.consultation_id
    old = empty.consultations.get(plan_id(first))
    new = empty.consultations.get(plan_id(second))
    assert (new.revision_of_id, new.revision, new.status) == (old.id, 2, "agreed")
    latest = empty.consultations.latest_agreed(first.patient_id)
    assert latest is not None and latest.id == new.id
    # Only the new revision is due for review, on the date the file gives.
    (due,) = empty.worklist.worklist(WorklistFilter(due_within_days=None))
    assert (due.consultation_id, due.due) == (new.id, dt.date(2026, 9, 1))

    # Lineage: goals and actions worded as before continue; the reworded ones start anew.
    assert [g.text for g in new.goals] == [
        "Walk to the park with my granddaughter",
        "Sing in the choir again",
        "Blood pressure under 140",
    ]
    assert [g.carried_from_id for g in new.goals] == [old.goals[0].id, None, old.goals[2].id]
    assert [a.carried_from_id for a in new.goals[0].actions] == [
        old.goals[0].actions[0].id,
        None,
        old.goals[0].actions[2].id,
    ]
    assert new.goals[0].actions[1].what == "Come along on Saturdays and Sundays"
    assert new.named_contact_phone == "01632 960 999"
    # A barrier still points at its own action, in the new revision.
    assert new.goals[0].barriers[0].action_id == new.goals[0].actions[0].id

    # Every other part is carried as it was.
    docs = FhirExchange(empty.context)
    was = docs.plan_document(first.patient_id, old.id).plan
    now = docs.plan_document(first.patient_id, new.id).plan
    assert was is not None and now is not None
    assert replace(
        now, goals=was.goals, named_contact_phone=was.named_contact_phone, reviews=was.reviews
    ) == replace(was, created=now.created)

    assert now.reviews == ()
    assert [r.reviewed_on for r in was.reviews] == [dt.date(2026, 6, 3)]

    # The same changed version again: recognised, nothing added.
    after = counts(empty)
    again = exchange.import_data(json.dumps(_changed(v1)))
    assert again.already_imported and again.consultation_id == new.id
    after["audit_event"] += 1
    assert counts(empty) == after


def test_a_clinicians_next_revision_keeps_what_the_file_said_of_each_goal(
    services: Services,
) -> None:
    from tests.careplan.fhir.test_import import _resource as resource
    from tests.careplan.fhir.test_import import detail_goal, foreign_bundle

    bundle = foreign_bundle()
    detail_goal(
        resource(bundle, "g1"),
        target=[
            {
                "measure": {"coding": [{"system": "http://loinc.org", "code": "4548-4"}]},
                "detailRange": {
                    "low": {
                        "value": 48,
                        "unit": "mmol/mol",
                        "system": "http://unitsofmeasure.org",
                        "code": "mmol/mol",
                    },
                    "high": {
                        "value": 58,
                        "unit": "mmol/mol",
                        "system": "http://unitsofmeasure.org",
                        "code": "mmol/mol",
                    },
                },
                "dueDate": "2026-06-01",
            },
            {
                "measure": {"coding": [{"system": "http://snomed.info/sct", "code": "228442003"}]},
                "detailString": "Walk to the shop without stopping",
            },
        ],
    )
    exchange = FhirExchange(services.context)
    imported = exchange.import_data(json.dumps(bundle))
    before = exchange.plan_document(imported.patient_id, imported.consultation_id).plan
    assert before is not None
    clinician = services.staff.create("Dr Amara Okafor", "clinician")
    draft = services.consultations.start_or_resume(imported.patient_id, clinician.id)
    assert draft.revision_of_id == imported.consultation_id
    after = exchange.plan_document(imported.patient_id, draft.id).plan
    assert after is not None
    kept = [
        (g.text, g.start_date, g.status_reason, g.priority, g.categories, g.targets)
        for g in after.goals
    ]
    assert kept == [
        (g.text, g.start_date, g.status_reason, g.priority, g.categories, g.targets)
        for g in before.goals
        if g.status in ("proposed", "active")
    ]
    assert kept[0][1:3] == (dt.date(2025, 1, 2), "Waiting for a new knee")
    # Its measurable targets too, in their order, each as the file said it.
    targets = kept[0][5]
    assert len(targets) == 2 and targets[0].due_date == dt.date(2026, 6, 1)
    assert "4548-4" in (targets[0].measure or "") and "58" in (targets[0].detail or "")
    assert "Walk to the shop" in (targets[1].detail or "")
    # Undoing the goal's removal in that revision puts its targets back as they were.
    goal_id = draft.goals[0].id
    removed = services.consultations.remove_goal(goal_id)
    services.consultations.restore_goal(removed)
    restored = exchange.plan_document(imported.patient_id, draft.id).plan
    assert restored is not None and restored.goals[0].targets == targets
