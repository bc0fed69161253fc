"""Drafts are kept and resumed; deferred topics come back; agreed plans are revised, not edited."""

from __future__ import annotations

import shiboken6
from pytestqt.qtbot import QtBot

from careplan.records import PatientRecord
from careplan.services import Services
from tests.ui.consultation.conftest import Visit
from tests.ui.consultation.helpers import click, click_row, enter, settle, type_into, write
from ui.consultation.launcher import ConsultationLauncher
from ui.consultation.window import ConsultationWindow, StageId
from ui.jobs import JobRunner


def agree_through_the_window(qtbot: QtBot, w: ConsultationWindow, jobs: JobRunner) -> None:
    w.go_to(StageId.AGREE)
    agree = w.agree_stage
    click(qtbot, agree.person_confirms)
    click(qtbot, agree.clinician_confirms)
    # These plans are short on purpose: agreeing them as they are needs the reason said.
    assert not agree.agree_button.isEnabled() and agree.reason.isVisible()
    type_into(qtbot, agree.reason, "Short visit, more next time")
    with qtbot.waitSignal(agree.agreed, timeout=10_000):
        click(qtbot, agree.agree_button)
    settle(qtbot, jobs)


def test_consult_deferred_topic_is_on_the_next_consultations_agenda(
    visit: Visit, services: Services
) -> None:
    qtbot, jobs, w = visit.qtbot, visit.jobs, visit.window
    first_id = w.plan.id
    w.go_to(StageId.AGENDA)
    agenda = w.agenda_stage
    enter(qtbot, agenda.topic, "My sleep")
    enter(qtbot, agenda.topic, "Money worries")
    settle(qtbot, jobs)
    click_row(qtbot, agenda.view, 1)
    click(qtbot, agenda.defer_button)
    click_row(qtbot, agenda.view, 0)
    click(qtbot, agenda.discussed_button)
    w.go_to(StageId.GOALS)
    enter(qtbot, w.goals_stage.new_goal, "Sleep through the night")
    settle(qtbot, jobs)
    agree_through_the_window(qtbot, w, jobs)
    w.close()
    settle(qtbot, jobs)

    following = visit.reopen()
    assert following.plan.id != first_id and following.plan.is_draft
    following.go_to(StageId.AGENDA)
    model = following.agenda_stage.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "Money worries (from last time)"
    assert model.data(model.index(0, 1)) == "The person"
    assert model.data(model.index(0, 2)) == "For today"
    # Prepare shows it too, with the goals of the last plan.
    prepare = following.prepare_stage
    assert "Money worries" in prepare.deferred.text()
    assert "Sleep through the night" in prepare.last_goals.text()
    # A topic brought back is deferred again or discussed, never removed.
    click_row(qtbot, following.agenda_stage.view, 0)
    assert not following.agenda_stage.remove_button.isEnabled()
    stored = services.consultations.get(following.plan.id).agenda
    assert [(a.text, a.status, a.carried_from_id is not None) for a in stored] == [
        ("Money worries", "open", True)
    ]
    following.close()


def test_consult_closing_keeps_the_draft_and_opening_resumes_it(
    visit: Visit, services: Services
) -> None:
    qtbot, jobs, w = visit.qtbot, visit.jobs, visit.window
    draft_id = w.plan.id
    prompt = w.prepare_stage.prompts["what_matters_prompt"]
    prompt.setFocus()
    qtbot.keyClicks(prompt, "Being in my garden")  # still typing when the window closes
    w.close()
    settle(qtbot, jobs)
    assert not shiboken6.isValid(w) or not w.isVisible()
    assert (
        services.consultations.get(draft_id).preparation.what_matters_prompt == "Being in my garden"
    )

    again = visit.reopen()
    assert again.plan.id == draft_id
    assert again.prepare_stage.prompts["what_matters_prompt"].toPlainText() == "Being in my garden"
    assert again.session.undo_stack.count() == 0  # undo is per window
    again.close()


def test_consult_one_window_per_patient(
    qtbot: QtBot,
    workspace: ConsultationWindow,
    launcher: ConsultationLauncher,
    person: PatientRecord,
) -> None:
    launcher.open(person)
    assert launcher.window_for(person.id) is workspace


def test_consult_agreed_plan_reopened_as_a_new_revision(
    qtbot: QtBot,
    workspace: ConsultationWindow,
    jobs: JobRunner,
    services: Services,
    person: PatientRecord,
) -> None:
    w = workspace
    w.go_to(StageId.GOALS)
    enter(qtbot, w.goals_stage.new_goal, "Walk to the park")
    settle(qtbot, jobs)
    write(qtbot, w.goals_stage.goal_text, "Walk to the park with Lily", w.goals_stage.target)
    settle(qtbot, jobs)
    agree_through_the_window(qtbot, w, jobs)
    agreed_id = w.plan.id
    assert w.goals_stage.new_goal.isReadOnly()
    click(qtbot, w.agree_stage.revise_button)
    settle(qtbot, jobs)
    assert w.plan.id != agreed_id and w.plan.is_draft and w.plan.revision == 2
    assert w.current_stage == StageId.GOALS
    assert not w.goals_stage.new_goal.isReadOnly()
    assert [g.text for g in w.plan.goals] == ["Walk to the park with Lily"]
    enter(qtbot, w.goals_stage.new_goal, "Sleep better")
    settle(qtbot, jobs)
    history = services.history.patient_history(person.id)
    assert sorted((p.revision, p.status) for p in history.plans) == [(1, "agreed"), (2, "draft")]
    earlier = services.consultations.get(agreed_id)
    assert [g.text for g in earlier.goals] == ["Walk to the park with Lily"]
