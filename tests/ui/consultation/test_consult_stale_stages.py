"""A change to the plan shows at once in the stage in sight, and in the other stages in the
turns after it (or the moment one of them is opened): no single turn redraws them all."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from careplan.services import Services
from tests.ui.consultation.helpers import settle
from ui.consultation.window import ConsultationWindow, StageId
from ui.jobs import JobRunner


def test_a_change_shows_in_sight_at_once_and_in_the_other_stages_after(
    qtbot: QtBot, workspace: ConsultationWindow, jobs: JobRunner, services: Services
) -> None:
    window = workspace
    assert len(window.stages) == len(StageId)  # every stage built
    window.go_to(StageId.AGENDA)
    settle(qtbot, jobs)
    services.consultations.add_agenda_item(window.plan.id, "Sleeping badly", "patient")
    services.consultations.add_what_matters(window.plan.id, "My grandchildren")
    changed = services.consultations.get(window.plan.id)
    agenda = window._built[StageId.AGENDA]
    goals = window._built[StageId.GOALS]
    assert agenda is not None and goals is not None
    shown = goals.matters.rowCount()  # type: ignore[attr-defined]

    window.session.switch_to(changed)  # as a reload after a change elsewhere delivers it
    # In sight: at once. Out of sight: not in the same turn.
    assert agenda.model.rowCount() == len(changed.agenda)  # type: ignore[attr-defined]
    assert goals.matters.rowCount() == shown  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: goals.matters.rowCount() == len(changed.what_matters))  # type: ignore[attr-defined]


def test_a_stage_opened_before_its_turn_shows_the_plan_as_it_is_now(
    qtbot: QtBot, workspace: ConsultationWindow, jobs: JobRunner, services: Services
) -> None:
    window = workspace
    assert len(window.stages) == len(StageId)
    window.go_to(StageId.AGENDA)
    settle(qtbot, jobs)
    services.consultations.add_what_matters(window.plan.id, "Walking the dog")
    changed = services.consultations.get(window.plan.id)
    window.session.switch_to(changed)
    window.go_to(StageId.GOALS)  # in the same turn: shown up to date
    assert window.goals_stage.matters.rowCount() == len(changed.what_matters)
    texts = [m.text for m in changed.what_matters]
    assert "Walking the dog" in texts
