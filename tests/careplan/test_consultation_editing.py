"""Changing and taking out parts of a draft plan, and putting them back (undo), on both backends."""

from __future__ import annotations

import datetime as dt

import pytest

from careplan.changes import Change, Subject
from careplan.errors import NotFoundError, ValidationError
from careplan.records import ActionRecord, ConsultationRecord, PatientInput
from careplan.services import Services
from careplan.services.consultations import proposed_review_date

# These plans hold only what each test needs; agreeing them as they are is confirmed.
PARTIAL = "Only the parts this test needs"


@pytest.fixture
def draft(services: Services) -> ConsultationRecord:
    gp = services.staff.create("Dr Amara Okafor", "clinician", "GP partner")
    patient = services.patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
    return services.consultations.start_or_resume(patient.id, gp.id, "2026-03-02")


def _agree(services: Services, plan_id: int) -> ConsultationRecord:
    plan = services.consultations.get(plan_id)
    return services.consultations.agree(plan.id, plan.version, incomplete_reason=PARTIAL)


def test_agenda_item_removed_and_put_back_where_it_was(
    services: Services, draft: ConsultationRecord, changes: list[Change]
) -> None:
    c = services.consultations
    first = c.add_agenda_item(draft.id, "My sleep", "patient")
    middle = c.add_agenda_item(draft.id, "Money worries 💷", "patient")
    c.add_agenda_item(draft.id, "Blood pressure", "clinician")
    c.set_agenda_status(middle.id, "deferred")
    changes.clear()

    removed = c.remove_agenda_item(middle.id)
    assert removed.record.text == "Money worries 💷" and removed.record.status == "deferred"
    assert [a.text for a in c.get(draft.id).agenda] == ["My sleep", "Blood pressure"]
    assert changes == [Change(Subject.CONSULTATION, draft.id, draft.patient_id)]

    back = c.restore_agenda_item(removed)
    assert back.id == middle.id
    plan = c.get(draft.id)
    assert [(a.id, a.text, a.status) for a in plan.agenda] == [
        (first.id, "My sleep", "open"),
        (middle.id, "Money worries 💷", "deferred"),
        (plan.agenda[2].id, "Blood pressure", "open"),
    ]
    with pytest.raises(ValidationError):
        c.restore_agenda_item(removed)


def test_goal_removed_with_actions_and_barriers_comes_back_whole(
    services: Services, draft: ConsultationRecord
) -> None:
    c = services.consultations
    wm = c.add_what_matters(draft.id, "Looking after my grandchildren")
    goal = c.add_goal(draft.id, "Walk to the park", "patient", 9, "20 minutes", "2026-06-01", wm.id)
    other = c.add_goal(draft.id, "Sleep better", "patient", 6)
    action = c.add_action(goal.id, "Walk round the block", "10 minutes", "after lunch", "daily")
    c.rate_confidence(action.id, 5)
    c.rate_confidence(action.id, 8)
    barrier = c.add_barrier(goal.id, "Rain", "Walk in the shopping centre", action.id)
    before = c.get(draft.id).goals[0]

    removed = c.remove_goal(goal.id)
    assert [g.id for g in c.get(draft.id).goals] == [other.id]
    back = c.restore_goal(removed)

    plan = c.get(draft.id)
    assert [g.id for g in plan.goals] == [goal.id, other.id]
    restored = plan.goals[0]
    assert restored == back
    assert (restored.text, restored.importance, restored.target, restored.target_date) == (
        "Walk to the park",
        9,
        "20 minutes",
        dt.date(2026, 6, 1),
    )
    assert restored.what_matters_id == wm.id
    assert restored.actions == before.actions
    assert restored.barriers == before.barriers
    assert restored.barriers[0].id == barrier.id
    assert restored.actions[0].confidence_first == 5
    assert restored.actions[0].confidence_final == 8
    # A later change to the restored goal uses the version it came back with.
    updated = c.update_goal(goal.id, back.version, importance=10)
    assert updated.importance == 10


def test_what_matters_removed_unlinks_its_goals_and_links_them_again(
    services: Services, draft: ConsultationRecord
) -> None:
    c = services.consultations
    wm = c.add_what_matters(draft.id, "Being independent")
    goal = c.add_goal(draft.id, "Do my own shopping", what_matters_id=wm.id)
    removed = c.remove_what_matters(wm.id)
    assert removed.links == (goal.id,)
    plan = c.get(draft.id)
    assert plan.what_matters == ()
    assert plan.goals[0].what_matters_id is None
    assert plan.goals[0].version == goal.version  # unlinking is not an edit of the goal

    c.restore_what_matters(removed)
    plan = c.get(draft.id)
    assert plan.what_matters[0].text == "Being independent"
    assert plan.goals[0].what_matters_id == wm.id
    c.update_goal(goal.id, goal.version, text="Do my own shopping on Fridays")


def test_action_removed_keeps_barriers_with_the_goal(
    services: Services, draft: ConsultationRecord
) -> None:
    c = services.consultations
    goal = c.add_goal(draft.id, "Walk more")
    first = c.add_action(goal.id, "Walk to the corner", who="person")
    second = c.add_action(goal.id, "Phone to check in", who="practice", who_name="Priya")
    barrier = c.add_barrier(goal.id, "Bad knee", "Use the stick", second.id)

    removed = c.remove_action(second.id)
    assert removed.links == (barrier.id,)
    goal_now = c.get(draft.id).goals[0]
    assert [a.id for a in goal_now.actions] == [first.id]
    assert goal_now.barriers[0].action_id is None

    back = c.restore_action(removed)
    goal_now = c.get(draft.id).goals[0]
    assert [a.id for a in goal_now.actions] == [first.id, second.id]
    assert back.who_name == "Priya" and back.who == "practice"
    assert goal_now.barriers[0].action_id == second.id


@pytest.fixture
def action(services: Services, draft: ConsultationRecord) -> ActionRecord:
    """The draft's one goal ("Walk more") with one action."""
    goal = services.consultations.add_goal(draft.id, "Walk more")
    return services.consultations.add_action(goal.id, "Walk to the corner")


def test_confidence_ratings_restored_as_they_were(services: Services, action: ActionRecord) -> None:
    c = services.consultations
    c.rate_confidence(action.id, 5)
    rated = c.rate_confidence(action.id, 8)
    assert (rated.confidence_first, rated.confidence_final) == (5, 8)
    back = c.restore_confidence(action.id, 5, None)
    assert (back.confidence_first, back.confidence_final, back.confidence) == (5, None, 5)
    back = c.restore_confidence(action.id, None, None)
    assert back.confidence is None
    with pytest.raises(ValidationError) as info:
        c.restore_confidence(action.id, None, 8)
    assert info.value.field == "confidence_final"
    with pytest.raises(ValidationError):
        c.restore_confidence(action.id, 11, None)


def test_barrier_changed_removed_and_restored(
    services: Services, draft: ConsultationRecord, action: ActionRecord
) -> None:
    c = services.consultations
    barrier = c.add_barrier(action.goal_id, "Rain")
    changed = c.update_barrier(
        barrier.id, plan_b="  Walk in the\u0000 shopping centre ", action_id=action.id
    )
    assert changed.plan_b == "Walk in the shopping centre" and changed.action_id == action.id
    with pytest.raises(ValidationError) as info:
        c.update_barrier(barrier.id, barrier="   ")
    assert info.value.field == "barrier"
    other_goal = c.add_goal(draft.id, "Sleep better")
    other_action = c.add_action(other_goal.id, "Bed by eleven")
    with pytest.raises(ValidationError) as info:
        c.update_barrier(barrier.id, action_id=other_action.id)
    assert info.value.field == "action_id"

    removed = c.remove_barrier(barrier.id)
    assert c.get(draft.id).goals[0].barriers == ()
    c.restore_barrier(removed)
    assert c.get(draft.id).goals[0].barriers == (changed,)


def test_support_and_escalation_steps_changed_removed_and_restored(
    services: Services, draft: ConsultationRecord
) -> None:
    c = services.consultations
    group = c.add_support(draft.id, "community", "Walking group")
    sister = c.add_support(draft.id, "person", "My sister")
    changed = c.update_support(group.id, contact="01632 960 111", how_they_help="Walks on Tuesdays")
    assert changed.contact == "01632 960 111" and changed.name == "Walking group"
    with pytest.raises(ValidationError) as info:
        c.update_support(group.id, kind="spaceship")
    assert info.value.field == "kind"
    removed = c.remove_support(group.id)
    assert [s.id for s in c.get(draft.id).supports] == [sister.id]
    c.restore_support(removed)
    assert c.get(draft.id).supports == (changed, sister)

    steps = [
        c.add_escalation_step(draft.id, level, f"{level} signs", "Call", "Practice", "01632")
        for level in ("green", "amber", "red")
    ]
    red = c.update_escalation_step(steps[2].id, signs="Chest pain", contact="999", phone=None)
    assert (red.signs, red.contact, red.phone) == ("Chest pain", "999", None)
    with pytest.raises(ValidationError) as info:
        c.update_escalation_step(steps[0].id, level="purple")
    assert info.value.field == "level"
    removed_step = c.remove_escalation_step(steps[1].id)
    assert [e.level for e in c.get(draft.id).escalation_steps] == ["green", "red"]
    c.restore_escalation_step(removed_step)
    assert [e.level for e in c.get(draft.id).escalation_steps] == ["green", "amber", "red"]


def test_results_and_participants_changed_removed_and_restored(
    services: Services, draft: ConsultationRecord
) -> None:
    c = services.consultations
    c.add_result(draft.id, "HbA1c", "58 mmol/mol", "A bit high", "2026-02-20")
    c.add_result(draft.id, "Blood pressure", "148/92")
    first, second = c.get(draft.id).preparation.results
    changed = c.update_result(second.id, meaning="Higher than we would like")
    assert changed.meaning == "Higher than we would like"
    with pytest.raises(ValidationError) as info:
        c.update_result(first.id, taken_on="2027-01-01")
    assert info.value.field == "taken_on"
    with pytest.raises(ValidationError) as info:
        c.update_result(first.id, taken_on="2026-02-30")
    assert info.value.field == "taken_on"
    removed = c.remove_result(first.id)
    assert [r.id for r in c.get(draft.id).preparation.results] == [second.id]
    c.restore_result(removed)
    assert c.get(draft.id).preparation.results == (first, changed)

    c.add_participant(draft.id, "patient")
    c.add_participant(draft.id, "interpreter", "Ayesha (Urdu)")
    patient, interpreter = c.get(draft.id).participants
    removed_p = c.remove_participant(interpreter.id)
    assert c.get(draft.id).participants == (patient,)
    c.restore_participant(removed_p)
    assert c.get(draft.id).participants == (patient, interpreter)


def test_named_contact_can_be_cleared(services: Services, draft: ConsultationRecord) -> None:
    c = services.consultations
    c.set_named_contact(draft.id, "Priya Shah", "Practice nurse", "01632 960 100")
    cleared = c.clear_named_contact(draft.id)
    assert (cleared.named_contact_name, cleared.named_contact_role) == (None, None)
    assert cleared.named_contact_phone is None


def test_an_agreed_plan_is_never_edited_nor_restored_into(
    services: Services, draft: ConsultationRecord
) -> None:
    c = services.consultations
    item = c.add_agenda_item(draft.id, "My sleep", "patient")
    goal = c.add_goal(draft.id, "Sleep better")
    action = c.add_action(goal.id, "Bed by eleven")
    barrier = c.add_barrier(goal.id, "Late TV")
    support = c.add_support(draft.id, "person", "My sister")
    step = c.add_escalation_step(draft.id, "red", "Chest pain", contact="999")
    c.add_result(draft.id, "HbA1c")
    c.add_participant(draft.id, "patient")
    removed = c.remove_agenda_item(item.id)
    plan = c.get(draft.id)
    agreed = _agree(services, draft.id)
    result_id = plan.preparation.results[0].id

    for attempt in (
        lambda: c.remove_goal(goal.id),
        lambda: c.remove_action(action.id),
        lambda: c.remove_barrier(barrier.id),
        lambda: c.update_barrier(barrier.id, plan_b="x"),
        lambda: c.remove_support(support.id),
        lambda: c.update_support(support.id, name="x"),
        lambda: c.remove_escalation_step(step.id),
        lambda: c.update_escalation_step(step.id, signs="x"),
        lambda: c.remove_result(result_id),
        lambda: c.update_result(result_id, value="x"),
        lambda: c.remove_participant(plan.participants[0].id),
        lambda: c.restore_agenda_item(removed),
        lambda: c.restore_confidence(action.id, 3, None),
        lambda: c.clear_named_contact(draft.id),
    ):
        with pytest.raises(ValidationError) as info:
            attempt()
        assert info.value.field == "status"
    assert c.get(draft.id) == agreed


def test_removing_what_is_gone_says_so(services: Services, draft: ConsultationRecord) -> None:
    c = services.consultations
    for attempt in (
        lambda: c.remove_agenda_item(999_999),
        lambda: c.remove_goal(999_999),
        lambda: c.remove_action(999_999),
        lambda: c.remove_support(999_999),
        lambda: c.update_escalation_step(999_999, signs="x"),
    ):
        with pytest.raises(NotFoundError):
            attempt()


def test_unknown_fields_are_refused(services: Services, draft: ConsultationRecord) -> None:
    c = services.consultations
    support = c.add_support(draft.id, "person", "My sister")
    with pytest.raises(ValidationError) as info:
        c.update_support(support.id, colour="blue")
    assert info.value.field == "colour"


def test_proposed_review_date_follows_the_plan(
    services: Services, draft: ConsultationRecord
) -> None:
    c = services.consultations
    assert proposed_review_date(c.get(draft.id)) == dt.date(2026, 5, 25)  # twelve weeks
    goal = c.add_goal(draft.id, "Walk to the park", target_date="2026-04-20")
    assert proposed_review_date(c.get(draft.id)) == dt.date(2026, 4, 20)
    c.update_goal(goal.id, goal.version, target_date="2026-03-05")
    assert proposed_review_date(c.get(draft.id)) == dt.date(2026, 3, 16)  # not within 2 weeks
    action = c.add_action(goal.id, "Walk round the block")
    c.update_goal(goal.id, goal.version + 1, target_date=None)
    c.rate_confidence(action.id, 5)
    assert proposed_review_date(c.get(draft.id)) == dt.date(2026, 3, 30)  # four weeks
    c.rate_confidence(action.id, 8)
    assert proposed_review_date(c.get(draft.id)) == dt.date(2026, 5, 25)
