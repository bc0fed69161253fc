"""The plan across visits through the real widgets: carried forward, decided on goal by goal,
agreed and printed; and how many user actions the two usual paths take."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import NamedTuple

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from careplan.audit import Actor
from careplan.printing.plan import render_plan
from careplan.records import (
    ConsultationRecord,
    GoalProgressInput,
    PatientInput,
    PatientRecord,
    ReviewInput,
    StaffRecord,
)
from careplan.services import Services
from careplan.settings import PracticeDetails
from tests.careplan.printing.conftest import pdf_text
from tests.ui.conftest import message_box_offscreen
from tests.ui.consultation.helpers import settle, type_into
from ui.changes import ChangeBridge
from ui.consultation.window import ConsultationWindow, StageId
from ui.context import UiContext
from ui.followup.goal_chart import GoalChartData
from ui.jobs import JobRunner
from ui.main_window import MainWindow
from ui.printing import PrintDialog
from ui.unfinished_drafts import UnfinishedDrafts, offer_unfinished_drafts

TODAY = dt.date.today()


class Counted:
    """Drives the widgets and counts what a person does: key presses and clicks.

    Typing the words themselves (a goal, an action, a name) is counted apart, as
    typed entries; the Enter that stores an entry is an action.
    """

    def __init__(self, qtbot: QtBot, jobs: JobRunner, window: MainWindow) -> None:
        self.qtbot, self.jobs, self.window = qtbot, jobs, window
        self.actions = 0
        self.typed = 0

    def click(self, button: QAbstractButton) -> None:
        assert button.isEnabled() and button.isVisible(), button.text()
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())
        self.actions += 1
        settle(self.qtbot, self.jobs)

    def key(self, widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
        self.qtbot.keyClick(widget, key, modifier)
        self.actions += 1

    def entry(self, edit: QLineEdit, text: str) -> None:
        type_into(self.qtbot, edit, text)
        self.typed += 1
        self.qtbot.keyClick(edit, Qt.Key.Key_Return)
        self.actions += 1
        settle(self.qtbot, self.jobs)

    def open_with_ctrl_k(self, patient: PatientRecord) -> ConsultationWindow:
        """Choose the person in the main window's list and open their consultation."""
        qtbot, window = self.qtbot, self.window
        qtbot.waitUntil(lambda: window.model.rowCount() > 0)
        row = next(
            r for r in range(window.model.rowCount()) if window.model.patient(r).id == patient.id
        )
        window.list_view.selectRow(row)
        qtbot.waitUntil(lambda: window.page.patient is not None)
        window.activateWindow()
        with qtbot.waitSignal(window.consultations.opened, timeout=10_000) as opened:
            self.key(window.list_view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        workspace = opened.args[0]
        assert isinstance(workspace, ConsultationWindow)
        settle(qtbot, self.jobs)
        return workspace

    def agree_and_print(self, w: ConsultationWindow) -> PrintDialog:
        self.click(w.step_buttons[StageId.AGREE])
        agree = w.agree_stage
        self.click(agree.person_confirms)
        self.click(agree.clinician_confirms)
        with self.qtbot.waitSignal(agree.agreed, timeout=10_000):
            self.click(agree.agree_button)
        settle(self.qtbot, self.jobs)
        self.click(agree.print_button)
        self.qtbot.waitUntil(
            lambda: any(
                isinstance(t, PrintDialog) and t.isVisible() for t in QApplication.topLevelWidgets()
            )
        )
        (dialog,) = [t for t in QApplication.topLevelWidgets() if isinstance(t, PrintDialog)]
        return dialog

    def settle(self) -> None:
        settle(self.qtbot, self.jobs)

    def close(self, *windows: QWidget) -> None:
        """Close the print dialog, the consultation; wait until all is stored."""
        for widget in windows:
            widget.close()
        self.settle()


@pytest.fixture
def counted(qtbot: QtBot, window: MainWindow, jobs: JobRunner) -> Counted:
    """The main window, shown, and a count of what the person does in it."""
    return Counted(qtbot, jobs, window)


def _reviewed_by_phone(
    services: Services,
    plan: ConsultationRecord,
    on: dt.date,
    next_review: dt.date,
    progress: tuple[GoalProgressInput, ...],
) -> None:
    """A review of the agreed ``plan`` by phone, recorded by no one in particular."""
    services.reviews.record(
        ReviewInput(
            consultation_id=plan.id,
            expected_version=plan.version,
            reviewer_id=None,
            mode="phone",
            reviewed_on=on,
            next_review_date=next_review,
            goals=progress,
        )
    )


class Returning(NamedTuple):
    person: PatientRecord
    earlier: ConsultationRecord  # their agreed plan, as it is before this visit


@pytest.fixture
def returning(services: Services, clinician: StaffRecord) -> Returning:
    """Someone with an agreed, complete plan made 13 weeks ago and reviewed since."""
    c = services.consultations
    patient = services.patients.create(PatientInput("Rose", "Ahmed", "1950-05-06", "9434765870"))
    first_day = TODAY - dt.timedelta(weeks=13)
    plan = c.start_or_resume(patient.id, clinician.id, first_day)
    c.add_agenda_item(plan.id, "My breathing", "patient")
    wm = c.add_what_matters(plan.id, "Dancing at my niece's wedding")
    for words, actions in (
        ("Walk to the shops", ("Walk round the block", "Ask Sam to come")),
        ("Sleep better", ("No tea after 6pm",)),
        ("Cut down smoking", ("Five a day at most",)),
    ):
        goal = c.add_goal(plan.id, words, what_matters_id=wm.id)
        for what in actions:
            c.add_action(goal.id, what, confidence_rating=8)
    c.add_action(c.get(plan.id).goals[0].id, "Phone to see how it goes", who="clinician")
    c.add_support(plan.id, "community", "Breathe Easy group")
    c.add_escalation_step(plan.id, "amber", "More breathless than usual", "Call the practice")
    c.set_named_contact(plan.id, "Priya Shah", "Practice nurse", "01632 960 100")
    c.set_review_date(plan.id, first_day + dt.timedelta(weeks=6))
    plan = c.agree(plan.id, c.get(plan.id).version)
    progress = tuple(GoalProgressInput(g.id, -1, "Hard in the cold") for g in plan.goals)
    _reviewed_by_phone(services, plan, first_day + dt.timedelta(weeks=6), TODAY, progress)
    earlier = c.latest_agreed(patient.id)
    assert earlier is not None
    return Returning(patient, earlier)


def test_consult_a_new_persons_minimal_plan_in_few_actions(
    counted: Counted, services: Services, clinician: StaffRecord
) -> None:
    patient = services.patients.create(PatientInput("Ada", "Newby", "1961-02-03", "9434765838"))
    w = counted.open_with_ctrl_k(patient)
    counted.click(w.step_buttons[StageId.GOALS])
    counted.entry(w.goals_stage.new_goal, "Walk to the park")
    counted.click(w.step_buttons[StageId.ACTION_PLAN])
    counted.entry(w.action_plan_stage.new_action, "Walk 10 minutes after lunch")
    counted.click(w.action_plan_stage.confidence.buttons[8])
    counted.click(w.step_buttons[StageId.AGREE])
    counted.entry(w.agree_stage.contact_name, "Priya Shah")
    counted.actions -= 1  # the step to Agree is counted again inside agree_and_print
    dialog = counted.agree_and_print(w)
    plan = services.consultations.get(w.plan.id)
    assert plan.status == "agreed" and plan.review_date is not None
    assert plan.incomplete_reason is None
    print(f"\nnew person's minimal plan: {counted.actions} actions, {counted.typed} typed entries")
    assert counted.actions <= 12
    counted.close(dialog, w)


def test_consult_a_returning_persons_plan_carried_forward_in_few_actions(
    counted: Counted, returning: Returning, services: Services
) -> None:
    w = counted.open_with_ctrl_k(returning.person)
    assert len(w.prepare_stage.carry.goal_rows) == 3  # every goal shown to the pair
    dialog = counted.agree_and_print(w)
    plan = services.consultations.get(w.plan.id)
    assert plan.status == "agreed" and len(plan.goals) == 3 and plan.incomplete_reason is None
    print(f"\nreturning person's plan carried forward: {counted.actions} actions, 0 typed")
    assert counted.actions <= 8
    counted.close(dialog, w)


def test_consult_returning_person_keep_reword_achieve_drop_agree_print(
    qtbot: QtBot, counted: Counted, returning: Returning, services: Services, tmp_path: Path
) -> None:
    patient, earlier = returning
    w = counted.open_with_ctrl_k(patient)
    carry = w.prepare_stage.carry
    qtbot.waitUntil(lambda: "Hard in the cold" in carry.goal_rows[0].progress.text())
    walk, sleep, _smoking = carry.goal_rows
    assert walk.buttons["keep"].isChecked()  # kept unless the pair says otherwise
    assert "Priya Shah" in carry.others.text() and "Breathe Easy group" in carry.others.text()
    # Sleep is reworded in the person's words.
    counted.click(sleep.buttons["reword"])
    sleep.wording.clear()
    counted.entry(sleep.wording, "Sleep through to 6am")
    # Smoking: achieved.
    carry = w.prepare_stage.carry
    counted.click(carry.goal_rows[2].buttons["achieved"])
    # One of the walking goal's actions is dropped.
    carry = w.prepare_stage.carry
    counted.click(carry.goal_rows[0].action_rows[1])  # "Ask Sam to come"
    # A topic for today, from what the person wrote.
    agenda = w.agenda_stage
    counted.click(w.step_buttons[StageId.AGENDA])
    counted.entry(agenda.topic, "My sleep")
    dialog = counted.agree_and_print(w)

    plan = services.consultations.get(w.plan.id)
    assert [(g.text, g.status) for g in plan.goals] == [
        ("Walk to the shops", "active"),
        ("Sleep through to 6am", "active"),
        ("Cut down smoking", "achieved"),
    ]
    assert [a.what for a in plan.goals[0].actions] == [
        "Walk round the block",
        "Phone to see how it goes",
    ]
    old = services.consultations.get(earlier.id)
    assert [g.status for g in old.goals] == ["revised", "revised", "achieved"]
    # Today's topic counts as talked about: printed as such.
    assert {(a.text, a.status) for a in plan.agenda} >= {("My sleep", "discussed")}
    patient_record = services.patients.get(patient.id)
    pdf = render_plan(
        plan,
        patient_record,
        PracticeDetails(name="Riverside Surgery"),
        printed_at=dt.datetime.now(dt.UTC),
    ).pdf
    printed = " ".join(pdf_text(pdf, tmp_path).split())
    assert "What we talked about today" in printed and "My sleep" in printed
    # The clinician's own action, with their name.
    assert "Dr Amara Okafor will: Phone to see how it goes" in printed

    # A review of the new plan: the walking goal's chart runs on, one line over both visits.
    progress = (
        GoalProgressInput(plan.goals[0].id, 1, "Most days now"),
        GoalProgressInput(plan.goals[1].id, None, decision="not_discussed"),
    )
    _reviewed_by_phone(services, plan, TODAY, TODAY + dt.timedelta(weeks=12), progress)
    (walking,) = [
        h for h in services.history.goal_history(patient.id) if h.text == "Walk to the shops"
    ]
    chart = GoalChartData.from_history(walking)
    assert [p.value for p in chart.points] == [-1, 1]
    assert walking.goal_ids == (earlier.goals[0].id, plan.goals[0].id)
    counted.close(dialog, w)


def test_consult_prepare_prompts_become_topics_and_what_matters_in_one_click(
    qtbot: QtBot, workspace: ConsultationWindow, jobs: JobRunner
) -> None:
    w = workspace
    prep = w.prepare_stage
    prep.prompts["talk_about_prompt"].setPlainText("My sleep\nMy knee")
    prep.prompts["what_matters_prompt"].setPlainText("Looking after Lily")
    agenda_button, _matters = prep.offer_buttons["talk_about_prompt"]
    _agenda, matters_button = prep.offer_buttons["what_matters_prompt"]
    agenda_button.click()
    settle(qtbot, jobs)
    matters_button.click()
    settle(qtbot, jobs)
    agenda_button.click()  # again: nothing twice
    settle(qtbot, jobs)
    assert [(a.text, a.raised_by) for a in w.plan.agenda] == [
        ("My sleep", "patient"),
        ("My knee", "patient"),
    ]
    assert [m.text for m in w.plan.what_matters] == ["Looking after Lily"]


def test_consult_a_discarded_draft_leaves_the_earlier_plan_current_and_can_be_undone(
    counted: Counted, returning: Returning, services: Services
) -> None:
    patient, earlier = returning
    w = counted.open_with_ctrl_k(patient)
    draft_id = w.plan.id
    w.discard_banner.discard(confirmed=True)
    counted.settle()
    assert w.discard_banner.isVisible() and w.plan.status == "discarded"
    assert services.consultations.current_draft(patient.id) is None
    assert services.consultations.latest_agreed(patient.id).id == earlier.id  # type: ignore[union-attr]
    w.discard_banner.undo_button.click()
    counted.settle()
    assert not w.discard_banner.isVisible() and w.plan.is_draft
    assert services.consultations.current_draft(patient.id).id == draft_id  # type: ignore[union-attr]
    counted.close(w)


@message_box_offscreen  # a dialog shown on the offscreen platform
def test_consult_after_a_restart_unfinished_drafts_are_offered_to_resume_or_discard(
    qtbot: QtBot,
    services: Services,
    jobs: JobRunner,
    bridge: ChangeBridge,
    settings: QSettings,
    clinician: StaffRecord,
) -> None:
    c = services.consultations
    mine = services.patients.create(PatientInput("Ada", "Draft", "1960-01-01", "9434765846"))
    stray = services.patients.create(PatientInput("Bea", "Stray", "1961-01-01", "9434765854"))
    for patient in (mine, stray):
        c.start_or_resume(patient.id, clinician.id)
    as_clinician = Services(
        services.context.session_factory,
        notify=services.context.notify,
        actor=Actor(clinician.id, "clinician", "amara"),
    )
    main = MainWindow(UiContext(as_clinician, jobs, bridge, settings, lambda: TODAY))
    qtbot.addWidget(main)
    # As the workstation wires it (ui.workstation.Workstation.main_window).
    main.first_data_loaded.connect(lambda _r: offer_unfinished_drafts(main, as_clinician, jobs))
    with qtbot.waitSignal(main.first_data_loaded):
        main.show()
    qtbot.waitUntil(
        lambda: any(isinstance(t, UnfinishedDrafts) for t in QApplication.topLevelWidgets())
    )
    (offer,) = [t for t in QApplication.topLevelWidgets() if isinstance(t, UnfinishedDrafts)]
    assert len(offer.rows) == 2
    stray_draft = c.current_draft(stray.id)
    assert stray_draft is not None
    _label, _resume, discard = offer.rows[stray_draft.id]
    discard.click()
    settle(qtbot, jobs)
    assert c.current_draft(stray.id) is None and discard.text() == "Undo"
    mine_draft = c.current_draft(mine.id)
    assert mine_draft is not None
    with qtbot.waitSignal(main.consultations.opened, timeout=10_000) as opened:
        offer.rows[mine_draft.id][1].click()
    resumed = opened.args[0]
    assert resumed.plan.id == mine_draft.id
    resumed.close()
    offer.close()
    settle(qtbot, jobs)
    main.close()
