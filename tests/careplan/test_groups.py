"""Group consultations in the core, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from careplan.audit import Actor
from careplan.errors import ValidationError
from careplan.register_records import ResultInput
from careplan.services import PermissionDeniedError, Services
from tests.conftest import FixedClock
from tests.support.groups import make_group


def _as(services: Services, staff_id: int | None, role: str) -> Services:
    return Services(
        services.context.session_factory,
        clock=services.context.clock,
        actor=Actor(staff_id, role, "someone"),
    )


def test_the_whole_session_lifecycle(services: Services, clock: FixedClock) -> None:
    group = make_group(services)
    g, a, board, plans = services.groups, services.group_agenda, services.group_board, None
    plans = services.group_plans
    record = g.get(group.session.id)
    assert record.summary.invited == 8 and record.summary.capacity == 10
    assert [x.invitation for x in record.attendees] == ["invited"] * 8
    first, second, third, absent = (
        record.attendees[0],
        record.attendees[1],
        record.attendees[2],
        record.attendees[7],
    )
    g.answer_invitation(first.id, "confirmed")
    g.answer_invitation(absent.id, "declined")
    g.set_carer(second.id, "Maureen O'Connell")

    # On the day: attendance, agreements (with the carer's), consent, aliases.
    for x in record.attendees[:7]:
        g.set_attendance(x.id, "arrived")
        g.record_agreement(x.id)
    g.set_attendance(absent.id, "did_not_attend")
    assert not g.attendee(second.id).agreement_complete
    g.record_agreement(second.id, person=False, carer=True)
    assert g.attendee(second.id).agreement_complete
    for x in record.attendees[:4]:
        g.set_board_consent(x.id, True)
    g.set_alias(third.id, "CB")

    # The group agenda: named and anonymous topics, ranked, one deferred.
    t1 = a.add_topic(group.session.id, "Eating well on a budget", raised_by_attendee_id=first.id)
    t2 = a.add_topic(group.session.id, "Feet and footwear")
    t3 = a.add_topic(group.session.id, "Driving and hypos", raised_by_attendee_id=third.id)
    assert (t1.raised_by, t2.raised_by, t3.raised_by) == ("Aisha", None, "CB")
    assert t2.anonymous
    ranked = a.rank_topics(group.session.id, [t3.id, t1.id, t2.id])
    assert [t.id for t in ranked] == [t3.id, t1.id, t2.id]
    a.set_topic_status(t3.id, "discussed")
    a.defer_topic(t2.id)

    entries = board.board(group.session.id)
    assert [e.label for e in entries] == ["Aisha", "Brian", "CB", "Deepak"]

    # Each person's own plan, with the same consultation operations.
    c = plans.start_plan(first.id)
    assert c.patient_id == first.patient_id and c.consultation_date == dt.date(2026, 3, 2)
    assert plans.held_in_group(c.id) == group.session.id
    assert plans.start_plan(first.id).id == c.id
    goal = services.consultations.add_goal(c.id, "Walk to the shops", "patient", 8)
    action = services.consultations.add_action(goal.id, "Walk 10 minutes after lunch")
    services.consultations.rate_confidence(action.id, 8)
    services.consultations.set_named_contact(c.id, "Priya Shah", "Practice nurse")
    g.set_one_to_one(second.id, True)
    assert [x.id for x in g.one_to_one_list(group.session.id)] == [second.id]
    assert plans.next_attendee(group.session.id, first.id) == second.id
    assert plans.next_attendee(group.session.id, record.attendees[6].id) == first.id
    c2 = plans.start_plan(second.id)
    services.consultations.add_what_matters(c2.id, "Seeing my grandchildren")

    # At the end: everyone's plans agreed; the session is held.
    # The second plan holds only what matters: agreed as it is only with a reason.
    agreed, skipped = plans.agree_all(group.session.id, incomplete_reason="Goals next session")
    assert agreed == [first.id, second.id]
    assert [x for x, _ in skipped] == [x.id for x in record.attendees[2:7]]
    assert services.consultations.get(c2.id).incomplete_reason == "Goals next session"
    stored = services.consultations.get(c.id)
    assert stored.status == "agreed" and stored.review_date is not None
    assert [gl.status for gl in stored.goals] == ["active"]
    after = g.get(group.session.id)
    assert after.summary.status == "held" and after.summary.attending == 7
    assert [x.plan_status for x in after.attendees[:2]] == ["agreed", "agreed"]
    assert [x.id for x in plans.plans_to_print(group.session.id)] == [first.id, second.id]

    overview = services.group_overview.overview(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert (overview.sessions_held, overview.places_expected, overview.attended) == (1, 7, 7)
    assert overview.left_with_action_plan == 1
    assert overview.attendance_rate == 1.0


def test_a_deferred_topic_returns_at_the_next_session_of_the_series(services: Services) -> None:
    group = make_group(services, 2)
    a = services.group_agenda
    kept = a.add_topic(group.session.id, "Sleep")
    deferred = a.add_topic(group.session.id, "Travel insurance")
    a.defer_topic(deferred.id)
    # Made afterwards: the deferred topic is brought back when the session is planned.
    later = services.groups.schedule_next(group.session.id, "2026-04-06")
    assert [(t.text, t.status, t.carried_from_id) for t in later.topics] == [
        ("Travel insurance", "open", deferred.id)
    ]
    assert later.summary.series_id == group.session.summary.series_id
    assert services.groups.get(group.session.id).next_session_date == dt.date(2026, 4, 6)
    # Planned already: a topic deferred now goes straight onto it, once.
    a.defer_topic(kept.id)
    a.defer_topic(kept.id)
    assert [t.text for t in a.topics(later.id)] == ["Travel insurance", "Sleep"]
    # Kept for today after all: it is no longer waiting at the next session.
    a.set_topic_status(kept.id, "discussed")
    assert [t.text for t in a.topics(later.id)] == ["Travel insurance"]
    a.defer_topic(kept.id)
    assert [t.text for t in a.topics(later.id)] == ["Travel insurance", "Sleep"]
    # Deferred again at the next session: it comes back at the one after.
    a.defer_topic(a.topics(later.id)[0].id)
    third = services.groups.schedule_next(later.id, "2026-05-04")
    assert [t.text for t in third.topics] == ["Travel insurance"]


def test_a_session_outside_a_series_keeps_its_deferred_topics_to_itself(
    services: Services,
) -> None:
    group = make_group(services, 1, series=False)
    topic = services.group_agenda.add_topic(group.session.id, "Holidays")
    services.group_agenda.defer_topic(topic.id)
    other = services.groups.create_session("Another group", "2026-04-06", "10:00", "11:30")
    assert other.topics == ()


def test_nothing_is_group_visible_without_a_recorded_agreement(services: Services) -> None:
    group = make_group(services, 3)
    g = services.groups
    first, second, third = g.get(group.session.id).attendees
    for x in (first, second, third):
        g.set_attendance(x.id, "arrived")
    with pytest.raises(ValidationError) as refused:
        g.set_board_consent(first.id, True)
    assert refused.value.field == "board_consent"
    with pytest.raises(ValidationError):
        services.group_agenda.add_topic(group.session.id, "My feet", raised_by_attendee_id=first.id)
    # A carer who has not agreed keeps the person off the board too.
    g.set_carer(second.id, "Jo Bloggs")
    g.record_agreement(second.id)
    with pytest.raises(ValidationError):
        g.set_board_consent(second.id, True)
    g.record_agreement(third.id)
    g.set_board_consent(third.id, True)
    # A named topic of a person whose agreement is withdrawn shows no name.
    topic = services.group_agenda.add_topic(
        group.session.id, "Cooking", raised_by_attendee_id=third.id
    )
    assert topic.raised_by == "Chiara"
    g.withdraw_agreement(third.id)
    assert services.group_agenda.topics(group.session.id)[0].raised_by is None
    assert g.attendee(third.id).board_consent is False
    assert services.group_board.board(group.session.id) == ()


def test_results_of_a_non_consenting_attendee_never_reach_the_board(
    services: Services,
) -> None:
    group = make_group(services, 3)
    g = services.groups
    attendees = g.get(group.session.id).attendees
    values = {}
    for number, x in enumerate(attendees):
        g.set_attendance(x.id, "arrived")
        g.record_agreement(x.id)
        values[x.patient_id] = f"{50 + 9 * number} mmol/mol"
        for day, value in (("2025-08-20", 70), ("2026-02-20", 50 + 9 * number)):
            services.results.add_result(x.patient_id, ResultInput("hba1c", value, day))
        services.results.add_result(x.patient_id, ResultInput("bp_systolic", 150, "2026-02-20"))
    services.results.set_target(attendees[0].patient_id, "hba1c", None, 48)
    g.set_board_consent(attendees[0].id, True)
    g.set_board_consent(attendees[2].id, True)
    g.set_board_consent(attendees[2].id, False)
    entries = services.group_board.board(group.session.id)
    assert [e.label for e in entries] == ["Aisha"]
    # The latest of each, against the person's own target where agreed, else the usual one.
    assert [(r.name, r.value, r.in_range, r.target) for r in entries[0].results] == [
        ("HbA1c", "50 mmol/mol", False, "up to 48"),
        ("Systolic BP", "150 mmHg", False, "up to 139"),
    ]
    shown = repr(entries)
    for x in attendees[1:]:
        assert values[x.patient_id] not in shown
        assert x.first_name not in shown and x.full_name not in shown
    for x in attendees:
        assert x.full_name not in shown
        assert (x.nhs_number or "none") not in shown
        assert x.date_of_birth.isoformat() not in shown
    # Someone who left the room is off the board at once.
    g.set_attendance(attendees[0].id, "left_early")
    assert services.group_board.board(group.session.id) == ()
    fields = {f.name for f in dataclasses.fields(entries[0])}
    assert fields == {"label", "results"}


def test_capacity_is_respected_and_declined_places_are_free_again(services: Services) -> None:
    group = make_group(services, 8)
    g = services.groups
    extra = [
        services.patients.create(
            __import__("careplan.records", fromlist=["PatientInput"]).PatientInput(
                f"Extra{n}", "Person", "1960-01-0" + str(n + 1)
            )
        ).id
        for n in range(4)
    ]
    result = g.invite(group.session.id, [extra[0], extra[1], extra[2], group.patient_ids[0]])
    assert result.invited == (extra[0], extra[1])
    assert result.over_capacity == (extra[2],)
    assert result.already == (group.patient_ids[0],)
    first = g.get(group.session.id).attendees[0]
    g.answer_invitation(first.id, "declined")
    assert g.invite(group.session.id, [extra[3]]).invited == (extra[3],)


def test_the_core_enforces_who_may_record_what(services: Services) -> None:
    group = make_group(services, 2, facilitator_role="admin")
    receptionist = services.staff.create("Kim Lee", "admin", "Receptionist")
    attendee = group.session.attendees[0]
    facilitator = _as(services, group.facilitator_id, "admin")
    # The facilitator (an administrator here) runs the day.
    facilitator.groups.set_attendance(attendee.id, "arrived")
    facilitator.groups.record_agreement(attendee.id)
    facilitator.group_agenda.add_topic(group.session.id, "Sleep")
    assert facilitator.groups.attendee(attendee.id).agreement_by_id == group.facilitator_id
    # Another administrator may invite, but not record agreements.
    other = _as(services, receptionist.id, "admin")
    with pytest.raises(PermissionDeniedError):
        other.groups.record_agreement(group.session.attendees[1].id)
    with pytest.raises(PermissionDeniedError):
        other.group_board.board(group.session.id)
    # Recording a person's plan follows the consultation rules: not for administrators.
    with pytest.raises(PermissionDeniedError):
        facilitator.group_plans.start_plan(attendee.id)
    nurse = services.staff.create("Priya Shah", "nurse", "Practice nurse")
    as_nurse = _as(services, nurse.id, "nurse")
    plan = as_nurse.group_plans.start_plan(attendee.id)
    assert plan.clinician_id == group.clinician_id
    refused = [
        e for e in services.audit.entries() if e.outcome == "refused" and e.staff_id is not None
    ]
    assert refused


def test_a_plan_needs_the_person_in_the_room(services: Services) -> None:
    group = make_group(services, 1)
    with pytest.raises(ValidationError) as refused:
        services.group_plans.start_plan(group.session.attendees[0].id)
    assert refused.value.field == "attendance"


def test_audit_entries_of_a_person_name_only_them(services: Services) -> None:
    group = make_group(services, 3)
    g = services.groups
    ids = {x.id: x.patient_id for x in g.get(group.session.id).attendees}
    for attendee_id in ids:
        g.set_attendance(attendee_id, "arrived")
        g.record_agreement(attendee_id)
        g.set_board_consent(attendee_id, True)
    services.group_board.board(group.session.id)
    entries = [
        e for e in services.audit.entries() if e.record_type in ("group_attendee", "group_board")
    ]
    assert entries
    for entry in entries:
        assert entry.record_id in ids and ids[entry.record_id] == entry.patient_id


@pytest.mark.parametrize(
    ("field", "kwargs"),
    [
        ("ends_at", {"starts_at": "14:00", "ends_at": "13:00"}),
        ("starts_at", {"starts_at": "2pm-ish", "ends_at": "16:00"}),
        ("capacity", {"starts_at": "14:00", "ends_at": "16:00", "capacity": 0}),
        ("title", {"starts_at": "14:00", "ends_at": "16:00", "title": "   "}),
    ],
)
def test_a_session_is_checked_before_it_is_stored(
    services: Services, field: str, kwargs: dict[str, object]
) -> None:
    args: dict[str, object] = {"title": "Group", "session_date": "2026-03-02", **kwargs}
    with pytest.raises(ValidationError) as refused:
        services.groups.create_session(**args)  # type: ignore[arg-type]
    assert refused.value.field == field
    assert services.groups.list_sessions() == []
