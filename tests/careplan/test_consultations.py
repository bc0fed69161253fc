"""Building a plan in the consultation, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from careplan.errors import ConflictError, NotFoundError, ValidationError
from careplan.records import ConsultationRecord, PatientInput, WorklistFilter
from careplan.services import Services
from careplan.services.agreeing import IncompletePlanError
from tests.conftest import FixedClock

# These plans hold only what each test needs; agreeing them as they are is confirmed.
PARTIAL = "Only the parts this test needs"


@pytest.fixture
def people(services: Services) -> tuple[int, int]:
    gp = services.staff.create("Dr Amara Okafor", "clinician", "GP partner")
    patient = services.patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
    return patient.id, gp.id


def _agreed_plan(services: Services, patient_id: int, gp_id: int) -> ConsultationRecord:
    c = services.consultations.start_or_resume(patient_id, gp_id)
    services.consultations.add_agenda_item(c.id, "My sleep", "patient")
    deferred = services.consultations.add_agenda_item(c.id, "Money worries", "patient")
    services.consultations.add_agenda_item(c.id, "Blood pressure", "clinician")
    services.consultations.defer_agenda_item(deferred.id)
    wm = services.consultations.add_what_matters(c.id, "Looking after my grandchildren")
    goal = services.consultations.add_goal(
        c.id,
        "Walk to the park with my granddaughter",
        "patient",
        9,
        "Walk 20 minutes",
        "2026-06-01",
        what_matters_id=wm.id,
    )
    action = services.consultations.add_action(
        goal.id, "Walk round the block", "10 minutes", "after lunch", "5 days a week"
    )
    services.consultations.rate_confidence(action.id, 5)
    services.consultations.update_action(action.id, how_much="5 minutes")
    services.consultations.rate_confidence(action.id, 8)
    services.consultations.add_barrier(goal.id, "Rain", "Walk in the shopping centre", action.id)
    services.consultations.add_support(c.id, "community", "Walking group", "01632 960 111")
    for level in ("green", "amber", "red"):
        services.consultations.add_escalation_step(
            c.id, level, f"{level} signs", "Call", "Practice", "01632 960 100"
        )
    services.consultations.set_named_contact(c.id, "Priya Shah", "Practice nurse", "01632 960 100")
    c = services.consultations.set_review_date(c.id, "2026-06-02")
    return services.consultations.agree(c.id, c.version, incomplete_reason=PARTIAL)


def _next_visit(
    services: Services, people: tuple[int, int], clock: FixedClock, days: int
) -> tuple[ConsultationRecord, ConsultationRecord]:
    """An agreed plan, and the draft of the person's next visit ``days`` later."""
    plan = _agreed_plan(services, *people)
    clock.advance(days=days)
    return plan, services.consultations.start_or_resume(*people)


def test_a_whole_plan_is_built_stored_and_agreed(
    services: Services, people: tuple[int, int]
) -> None:
    plan = _agreed_plan(services, *people)
    assert plan.status == "agreed" and plan.agreed_at is not None
    # Topics kept for today count as discussed; deferring stays explicit.
    assert [(a.text, a.raised_by, a.status) for a in plan.agenda] == [
        ("My sleep", "patient", "discussed"),
        ("Money worries", "patient", "deferred"),
        ("Blood pressure", "clinician", "discussed"),
    ]
    (goal,) = plan.goals
    assert goal.status == "active"
    assert goal.importance == 9 and goal.target_date == dt.date(2026, 6, 1)
    assert goal.what_matters_id == plan.what_matters[0].id
    (action,) = goal.actions
    assert (action.confidence_first, action.confidence_final, action.confidence) == (5, 8, 8)
    assert action.how_much == "5 minutes"
    assert goal.barriers[0].plan_b == "Walk in the shopping centre"
    assert [s.level for s in plan.escalation_steps] == ["green", "amber", "red"]
    assert plan.named_contact_name == "Priya Shah"
    assert plan.review_date == dt.date(2026, 6, 2)
    assert plan.clinician_name == "Dr Amara Okafor"


def test_start_or_resume_returns_the_open_draft(
    services: Services, people: tuple[int, int]
) -> None:
    first = services.consultations.start_or_resume(*people)
    services.consultations.add_goal(first.id, "Sleep better", "patient")
    again = services.consultations.start_or_resume(*people)
    assert again.id == first.id
    assert [g.text for g in again.goals] == ["Sleep better"]


def test_deferred_topics_come_back_next_time_once(
    services: Services, people: tuple[int, int], clock: FixedClock
) -> None:
    first, second = _next_visit(services, people, clock, days=90)
    assert [(a.text, a.raised_by, a.status) for a in second.agenda] == [
        ("Money worries", "patient", "open")
    ]
    deferred_id = next(a.id for a in first.agenda if a.status == "deferred")
    assert second.agenda[0].carried_from_id == deferred_id
    # Deferred again, and the next consultation still has it.
    services.consultations.defer_agenda_item(second.agenda[0].id)
    services.consultations.add_goal(second.id, "Sort out my bills", "patient")
    second = services.consultations.get(second.id)
    services.consultations.agree(second.id, second.version, incomplete_reason=PARTIAL)
    clock.advance(days=90)
    third = services.consultations.start_or_resume(*people)
    assert [a.text for a in third.agenda] == ["Money worries"]


def test_agenda_is_ordered_by_the_person(services: Services, people: tuple[int, int]) -> None:
    c = services.consultations.start_or_resume(*people)
    ids = [services.consultations.add_agenda_item(c.id, t, "patient").id for t in "ABC"]
    ranked = services.consultations.rank_agenda(c.id, [ids[2], ids[0], ids[1]])
    assert [a.text for a in ranked.agenda] == ["C", "A", "B"]
    with pytest.raises(ConflictError):
        services.consultations.rank_agenda(c.id, ids[:2])


def test_an_agreed_plan_cannot_be_edited_only_revised(
    services: Services, people: tuple[int, int]
) -> None:
    plan = _agreed_plan(services, *people)
    with pytest.raises(ValidationError, match="new revision"):
        services.consultations.add_goal(plan.id, "Another goal", "patient")
    with pytest.raises(ValidationError, match="new revision"):
        services.consultations.rate_confidence(plan.goals[0].actions[0].id, 3)
    revision = services.consultations.revise(plan.id, None)
    assert revision.revision == 2 and revision.revision_of_id == plan.id
    assert revision.status == "draft"
    assert [g.text for g in revision.goals] == [g.text for g in plan.goals]
    assert revision.goals[0].carried_from_id == plan.goals[0].id
    assert revision.goals[0].actions[0].confidence == 8
    agreed = services.consultations.agree(revision.id, revision.version, incomplete_reason=PARTIAL)
    assert services.consultations.get(plan.id).goals[0].status == "revised"
    assert agreed.goals[0].status == "active"


@pytest.mark.parametrize(
    "kwargs, field",
    [
        ({"importance": 11}, "importance"),
        ({"importance": "very"}, "importance"),
        ({"expressed_by": "doctor"}, "expressed_by"),
        ({"target_date": "2026-02-30"}, "target_date"),
        ({"text": "   "}, "text"),
    ],
)
def test_goal_input_is_checked(
    services: Services, people: tuple[int, int], kwargs: dict[str, object], field: str
) -> None:
    c = services.consultations.start_or_resume(*people)
    args: dict[str, object] = {"text": "Walk more", "expressed_by": "patient", **kwargs}
    with pytest.raises(ValidationError) as info:
        services.consultations.add_goal(c.id, **args)  # type: ignore[arg-type]
    assert info.value.field == field
    assert services.consultations.get(c.id).goals == ()


@pytest.mark.parametrize("rating", [-1, 11, "8.5", None])
def test_confidence_is_a_whole_number_from_0_to_10(
    services: Services, people: tuple[int, int], rating: object
) -> None:
    c = services.consultations.start_or_resume(*people)
    goal = services.consultations.add_goal(c.id, "Walk more", "patient")
    action = services.consultations.add_action(goal.id, "Walk")
    with pytest.raises(ValidationError, match=r"0 to 10|from 0 to 10"):
        services.consultations.rate_confidence(action.id, rating)  # type: ignore[arg-type]


def test_two_people_editing_the_same_goal_second_gets_a_conflict(
    services: Services, people: tuple[int, int]
) -> None:
    c = services.consultations.start_or_resume(*people)
    goal = services.consultations.add_goal(c.id, "Walk more", "patient", 5)
    seen_by_a = services.consultations.get(c.id).goals[0]
    seen_by_b = services.consultations.get(c.id).goals[0]
    saved = services.consultations.update_goal(
        seen_by_a.id, seen_by_a.version, text="Walk to the park", importance=8
    )
    with pytest.raises(ConflictError) as info:
        services.consultations.update_goal(
            seen_by_b.id, seen_by_b.version, text="Swim twice a week"
        )
    assert "Nothing was overwritten" in info.value.message
    assert [(ch.field, ch.yours, ch.theirs) for ch in info.value.changes] == [
        ("text", "Swim twice a week", "Walk to the park")
    ]
    current = services.consultations.get(c.id).goals[0]
    assert (current.text, current.importance, current.version) == (
        "Walk to the park",
        8,
        saved.version,
    )
    assert goal.version < saved.version


def test_goal_lifecycle_moves_only_forward(services: Services, people: tuple[int, int]) -> None:
    plan = _agreed_plan(services, *people)
    goal = plan.goals[0]
    achieved = services.consultations.set_goal_status(goal.id, "achieved", goal.version)
    assert achieved.status == "achieved"
    with pytest.raises(ValidationError, match="cannot become"):
        services.consultations.set_goal_status(goal.id, "active", achieved.version)


def test_review_date_before_the_consultation_is_refused(
    services: Services, people: tuple[int, int]
) -> None:
    c = services.consultations.start_or_resume(*people)
    with pytest.raises(ValidationError, match="before the consultation"):
        services.consultations.set_review_date(c.id, "2020-01-01")


def test_an_empty_plan_is_refused_without_a_confirmation(
    services: Services, people: tuple[int, int]
) -> None:
    c = services.consultations.start_or_resume(*people)
    with pytest.raises(IncompletePlanError) as refused:
        services.consultations.agree(c.id, c.version)
    assert [field for field, _message in refused.value.problems] == [
        "goals",
        "named_contact_name",
        "review_date",
    ]
    assert "There is no goal yet." in refused.value.message
    assert services.consultations.get(c.id).is_draft
    # Agreed as it is only with the reason said, and the reason kept.
    agreed = services.consultations.agree(
        c.id, c.version, incomplete_reason="Only came to talk today"
    )
    assert agreed.status == "agreed"
    assert agreed.incomplete_reason == "Only came to talk today"


def test_a_complete_plan_keeps_no_reason(services: Services, people: tuple[int, int]) -> None:
    plan = _agreed_plan(services, *people)
    assert plan.incomplete_reason is None


def test_a_discarded_draft_leaves_the_earlier_plan_current(
    services: Services, people: tuple[int, int], clock: FixedClock
) -> None:
    c = services.consultations
    plan, draft = _next_visit(services, people, clock, days=30)  # a stray Ctrl+K
    discarded = c.discard(draft.id)
    assert discarded.status == "discarded"
    assert c.current_draft(people[0]) is None
    assert c.latest_agreed(people[0]).id == plan.id  # type: ignore[union-attr]
    assert [e.consultation_id for e in services.worklist.worklist(WorklistFilter(None))] == [
        plan.id
    ]
    assert [p.id for p in services.history.patient_history(people[0]).plans] == [plan.id]
    with pytest.raises(ValidationError, match=r"agreed|draft"):
        c.discard(plan.id)
    # Undo while the window is open brings the same draft back.
    assert c.undo_discard(draft.id).status == "draft"
    assert c.current_draft(people[0]).id == draft.id  # type: ignore[union-attr]


def test_unknown_records_give_a_clear_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError, match="no longer exists"):
        services.consultations.get(987654)
    with pytest.raises(NotFoundError):
        services.consultations.start_or_resume(987654, None)


def test_history_lists_plans_and_reviews(
    services: Services, people: tuple[int, int], clock: FixedClock
) -> None:
    plan, draft = _next_visit(services, people, clock, days=100)
    history = services.history.patient_history(people[0])
    # The new visit starts from the agreed plan (carried forward).
    assert [(p.id, p.status, p.goal_count, p.action_count) for p in history.plans] == [
        (draft.id, "draft", 1, 1),
        (plan.id, "agreed", 1, 1),
    ]
    assert history.plans[1].clinician_name == "Dr Amara Okafor"
    assert history.reviews == ()
