"""A whole consultation through the real widgets, then what the core stored."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from careplan.records import PatientRecord, StaffRecord
from careplan.services import Services
from tests.ui.consultation.helpers import (
    choose,
    click,
    click_row,
    enter,
    settle,
    type_into,
    write,
)
from ui import formatting
from ui.consultation.window import ConsultationWindow, StageId
from ui.jobs import JobRunner

TODAY = dt.date.today()
TEST_DATE = TODAY - dt.timedelta(days=10)
TARGET_DATE = TODAY + dt.timedelta(days=90)
REVIEW_DATE = TODAY + dt.timedelta(days=97)
RTL_MATTERS = "أن أعتني بحديقتي"  # Arabic: "looking after my garden"
EMOJI_TOPIC = "Money worries 💷"


def test_consult_whole_consultation_through_the_widgets(
    qtbot: QtBot,
    workspace: ConsultationWindow,
    jobs: JobRunner,
    services: Services,
    person: PatientRecord,
    clinician: StaffRecord,
) -> None:
    w = workspace
    plan_id = w.plan.id

    # ----- 1 Prepare -----------------------------------------------------------------------
    prep = w.prepare_stage
    assert w.current_stage == StageId.PREPARE
    write(
        qtbot,
        prep.prompts["what_matters_prompt"],
        "Being able to look after Lily",
        prep.prompts["talk_about_prompt"],
    )
    write(
        qtbot,
        prep.prompts["talk_about_prompt"],
        "My sleep and my knee",
        prep.prompts["conditions_effect_prompt"],
    )
    type_into(qtbot, prep.test_name, "HbA1c")
    type_into(qtbot, prep.test_value, "58 mmol/mol")
    type_into(qtbot, prep.test_meaning, "A bit higher than we would like")
    type_into(qtbot, prep.test_date, TEST_DATE.isoformat())
    click(qtbot, prep.add_result_button)
    settle(qtbot, jobs)
    assert prep.results.rowCount() == 1
    assert prep.test_name.text() == ""  # cleared, ready for the next result
    for role, name in (("patient", ""), ("carer", "Sam (daughter)"), ("interpreter", "عائشة")):
        choose(qtbot, prep.role, role)
        type_into(qtbot, prep.participant_name, name)
        click(qtbot, prep.add_participant_button)
        settle(qtbot, jobs)
    assert prep.participants.rowCount() == 3
    enter(qtbot, prep.information, "Large print, and phone my daughter")
    settle(qtbot, jobs)

    # ----- 2 Agenda: both sides add topics; the person orders; one is deferred ------------------
    click(qtbot, w.step_buttons[StageId.AGENDA])
    agenda = w.agenda_stage
    assert w.current_stage == StageId.AGENDA
    for text, by in (
        ("My sleep", "patient"),
        (EMOJI_TOPIC, "patient"),
        ("Blood pressure review", "clinician"),
        ("Knee pain when walking", "carer"),
    ):
        choose(qtbot, agenda.raised_by, by)
        enter(qtbot, agenda.topic, text)
        settle(qtbot, jobs)
    assert [a.text for a in w.plan.agenda] == [
        "My sleep",
        EMOJI_TOPIC,
        "Blood pressure review",
        "Knee pain when walking",
    ]
    # The person puts money worries first: by keyboard...
    click_row(qtbot, agenda.view, 1)
    qtbot.keyClick(agenda.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, jobs)
    assert [a.text for a in w.plan.agenda][:2] == [EMOJI_TOPIC, "My sleep"]
    # ...and the knee above blood pressure by dragging it there.
    model = agenda.model
    drag = model.mimeData([model.index(3, 0)])
    assert model.dropMimeData(drag, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    settle(qtbot, jobs)
    assert [a.text for a in w.plan.agenda] == [
        EMOJI_TOPIC,
        "My sleep",
        "Knee pain when walking",
        "Blood pressure review",
    ]
    # Blood pressure does not fit today: deferred, visibly.
    click_row(qtbot, agenda.view, 3)
    click(qtbot, agenda.defer_button)
    settle(qtbot, jobs)
    assert model.data(model.index(3, 2)) == "Next visit (deferred)"
    assert "1 deferred to next visit" in agenda.summary.text()
    for row in (0, 1, 2):
        click_row(qtbot, agenda.view, row)
        click(qtbot, agenda.discussed_button)
        settle(qtbot, jobs)

    # ----- 3 What matters and goals ----------------------------------------------------------
    qtbot.keyClick(w, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert w.current_stage == StageId.GOALS
    goals = w.goals_stage
    enter(qtbot, goals.new_matters, "Looking after my granddaughter Lily")
    settle(qtbot, jobs)
    enter(qtbot, goals.new_matters, RTL_MATTERS)
    settle(qtbot, jobs)
    # A goal linked to what matters (the first), in the person's words.
    enter(qtbot, goals.new_goal, "Walk to the park with Lily")
    settle(qtbot, jobs)
    assert goals.goals.rowCount() == 1 and goals.detail.isEnabled()
    choose(qtbot, goals.linked, w.plan.what_matters[0].id)
    settle(qtbot, jobs)
    click(qtbot, goals.importance.buttons[9])
    enter(qtbot, goals.target, "Walk 20 minutes without stopping")
    enter(qtbot, goals.target_date, TARGET_DATE.isoformat())
    settle(qtbot, jobs)
    choose(qtbot, goals.new_goal_whose, "patient")
    enter(qtbot, goals.new_goal, "Sleep through the night")
    settle(qtbot, jobs)
    assert goals.goals.rowCount() == 2
    click(qtbot, goals.importance.buttons[7])
    settle(qtbot, jobs)

    # ----- 4 Action plan: actions, confidence 5 → prompt → made easier → 8 ------------------------
    click(qtbot, w.next_button)
    assert w.current_stage == StageId.ACTION_PLAN
    actions = w.action_plan_stage
    first_goal, second_goal = w.plan.goals
    actions.choose_goal(first_goal.id)
    enter(qtbot, actions.new_action, "Walk round the block")
    settle(qtbot, jobs)
    assert actions.action_detail.isEnabled()
    enter(qtbot, actions.action_fields["how_much"], "10 minutes")
    enter(qtbot, actions.action_fields["when"], "after lunch")
    enter(qtbot, actions.action_fields["how_often"], "5 days a week")
    settle(qtbot, jobs)
    assert not actions.prompt.isVisible()
    click(qtbot, actions.confidence.buttons[5])
    settle(qtbot, jobs)
    assert actions.prompt.isVisible()  # below 7: solve it together, without blocking
    assert "What would make this easier?" in actions.prompt_text.text()
    assert actions.ratings.text() == "First answer: 5 out of 10."
    assert "ask again" in actions.confidence_question.text().lower()
    enter(qtbot, actions.action_fields["how_much"], "5 minutes")  # a smaller step
    settle(qtbot, jobs)
    click(qtbot, actions.confidence.buttons[8])
    settle(qtbot, jobs)
    assert not actions.prompt.isVisible()
    assert actions.ratings.text() == "First answer: 5 out of 10 · Now: 8 out of 10."
    # The practice's own commitment is an action too.
    choose(qtbot, actions.new_action_who, "practice")
    enter(qtbot, actions.new_action, "Phone Peggy to see how the walking is going")
    settle(qtbot, jobs)
    enter(qtbot, actions.action_fields["when"], "in two weeks")
    enter(qtbot, actions.action_fields["who_name"], "Priya")
    settle(qtbot, jobs)

    actions.choose_goal(second_goal.id)
    choose(qtbot, actions.new_action_who, "person")
    enter(qtbot, actions.new_action, "No screens after 10pm")
    settle(qtbot, jobs)
    click(qtbot, actions.confidence.buttons[9])
    settle(qtbot, jobs)

    # Barrier with plan B, for the walking.
    actions.choose_goal(first_goal.id)
    actions.tabs.setCurrentIndex(1)
    walk_id = w.plan.goals[0].actions[0].id
    type_into(qtbot, actions.barrier_text, "Rain")
    type_into(qtbot, actions.plan_b, "Walk in the shopping centre")
    choose(qtbot, actions.barrier_action, walk_id)
    click(qtbot, actions.add_barrier_button)
    settle(qtbot, jobs)
    assert actions.barriers.rowCount() == 1

    # Support: a person and a community service.
    actions.tabs.setCurrentIndex(2)
    for kind, name, contact, how in (
        ("person", "Sam (daughter)", "07700 900 123", "Comes on the Sunday walk"),
        ("community", "Ashby walking group", "01632 960 111", "Walks on Tuesdays at 10"),
    ):
        choose(qtbot, actions.support_kind, kind)
        type_into(qtbot, actions.support_name, name)
        type_into(qtbot, actions.support_contact, contact)
        type_into(qtbot, actions.support_help, how)
        click(qtbot, actions.add_support_button)
        settle(qtbot, jobs)
    assert actions.supports.rowCount() == 2

    # If things get worse: green, amber, red, with whom to call.
    actions.tabs.setCurrentIndex(3)
    for level, signs, todo, whom, phone in (
        ("green", "Knee a bit sore after walking", "Rest and ice", "", ""),
        (
            "amber",
            "Knee swollen for 3 days",
            "Stop walking; call us",
            "Practice nurse",
            "01632 960 100",
        ),
        ("red", "Chest pain or cannot walk", "Call 999 now", "Emergency", "999"),
    ):
        choose(qtbot, actions.step_level, level)
        for edit, text in (
            (actions.step_signs, signs),
            (actions.step_todo, todo),
            (actions.step_contact, whom),
            (actions.step_phone, phone),
        ):
            type_into(qtbot, edit, text)
        click(qtbot, actions.add_step_button)
        settle(qtbot, jobs)
    assert actions.steps.rowCount() == 3

    # The patient view follows the plan as it grows, in words addressed to the person.
    view = w.show_patient_view()
    assert "Your goals" in view.text
    assert "What you will do" in view.text
    assert "How sure you are: 8 out of 10 (at first 5)" in view.text
    assert "Rain — plan B: Walk in the shopping centre" in view.text

    # ----- 5 Agree ---------------------------------------------------------------------------
    qtbot.keyClick(w, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    if w.current_stage != StageId.AGREE:  # no mnemonics without a focused window
        click(qtbot, w.step_buttons[StageId.AGREE])
    agree = w.agree_stage
    assert w.current_stage == StageId.AGREE
    assert "Proposed from the plan" in agree.proposal.text()
    enter(qtbot, agree.contact_name, "Priya Shah")
    enter(qtbot, agree.contact_role, "Practice nurse")
    enter(qtbot, agree.contact_phone, "01632 960 100")
    enter(qtbot, agree.review_date, REVIEW_DATE.strftime("%d/%m/%Y"))
    settle(qtbot, jobs)
    summary = agree.summary.toPlainText()
    for words in (
        "Your goals",
        "Walk to the park with Lily",
        "Priya Shah",
        formatting.date(REVIEW_DATE),
        "What we will talk about next time",
        "Blood pressure review",
    ):
        assert words in summary
    assert not agree.agree_button.isEnabled()  # both must confirm
    click(qtbot, agree.person_confirms)
    assert not agree.agree_button.isEnabled()
    click(qtbot, agree.clinician_confirms)
    assert "Peggy agrees" in agree.person_confirms.text()
    assert "Dr Amara Okafor agrees" in agree.clinician_confirms.text()
    with qtbot.waitSignal(agree.agreed, timeout=10_000):
        click(qtbot, agree.agree_button)
    settle(qtbot, jobs)
    assert agree.agreed_note.isVisible() and agree.revise_button.isVisible()
    assert not w.plan.is_draft
    assert w.agenda_stage.add_button.isEnabled() is False  # an agreed plan is not edited
    assert "We agreed this plan on" in view.text

    # ----- what the core stored ----------------------------------------------------------------
    plan = services.consultations.get(plan_id)
    assert plan.status == "agreed" and plan.clinician_id == clinician.id
    assert plan.preparation.what_matters_prompt == "Being able to look after Lily"
    assert plan.preparation.talk_about_prompt == "My sleep and my knee"
    assert plan.preparation.information_preference == "Large print, and phone my daughter"
    (result,) = plan.preparation.results
    assert (result.test_name, result.value, result.taken_on) == (
        "HbA1c",
        "58 mmol/mol",
        TEST_DATE,
    )
    assert [(p.role, p.name) for p in plan.participants] == [
        ("patient", None),
        ("carer", "Sam (daughter)"),
        ("interpreter", "عائشة"),
    ]
    assert [(a.text, a.raised_by, a.status) for a in plan.agenda] == [
        (EMOJI_TOPIC, "patient", "discussed"),
        ("My sleep", "patient", "discussed"),
        ("Knee pain when walking", "carer", "discussed"),
        ("Blood pressure review", "clinician", "deferred"),
    ]
    assert [w.text for w in plan.what_matters] == [
        "Looking after my granddaughter Lily",
        RTL_MATTERS,
    ]
    walk, sleep = plan.goals
    assert (walk.text, walk.expressed_by, walk.importance, walk.status) == (
        "Walk to the park with Lily",
        "patient",
        9,
        "active",
    )
    assert walk.target == "Walk 20 minutes without stopping"
    assert walk.target_date == TARGET_DATE
    assert walk.what_matters_id == plan.what_matters[0].id
    assert (sleep.text, sleep.importance) == ("Sleep through the night", 7)
    walking, phoning = walk.actions
    assert (walking.what, walking.how_much, walking.when, walking.how_often, walking.who) == (
        "Walk round the block",
        "5 minutes",
        "after lunch",
        "5 days a week",
        "person",
    )
    assert (walking.confidence_first, walking.confidence_final) == (5, 8)
    assert (phoning.who, phoning.who_name, phoning.when) == ("practice", "Priya", "in two weeks")
    assert [(a.what, a.confidence_first) for a in sleep.actions] == [("No screens after 10pm", 9)]
    (barrier,) = walk.barriers
    assert (barrier.barrier, barrier.plan_b, barrier.action_id) == (
        "Rain",
        "Walk in the shopping centre",
        walking.id,
    )
    assert [(s.kind, s.name) for s in plan.supports] == [
        ("person", "Sam (daughter)"),
        ("community", "Ashby walking group"),
    ]
    assert [(e.level, e.contact, e.phone) for e in plan.escalation_steps] == [
        ("green", None, None),
        ("amber", "Practice nurse", "01632 960 100"),
        ("red", "Emergency", "999"),
    ]
    assert (plan.named_contact_name, plan.named_contact_role, plan.named_contact_phone) == (
        "Priya Shah",
        "Practice nurse",
        "01632 960 100",
    )
    assert plan.review_date == REVIEW_DATE
    history = services.history.patient_history(person.id)
    assert [p.status for p in history.plans] == ["agreed"]
