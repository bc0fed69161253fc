"""Builds part of a consultation through the real workspace, then waits to be killed.

    python -m tests.ui.consultation.kill_driver DATABASE_URL PATIENT_ID CLINICIAN_ID

Prints ``READY`` once every edit has been made (the last one typed into a
field and not yet left), then keeps the window open until it is killed.
Used by test_consult_kill.py, which kills it with SIGKILL and checks that
nothing was lost.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from careplan.storage import Database
from ui.app import application
from ui.consultation.launcher import ConsultationLauncher
from ui.consultation.window import ConsultationWindow, StageId
from ui.workstation import Workstation

# What the driver types, so that the test can check it all came back.
PROMPT = "Being able to look after Lily"
TOPICS = ("My sleep", "Money worries 💷", "Blood pressure")
DEFERRED = "Blood pressure"
MATTERS = "Looking after my granddaughter"
GOAL = "Walk to the park with Lily"
TARGET = "Walk 20 minutes"
ACTION = "Walk round the block"
HOW_OFTEN = "5 days a week"
FIRST, FINAL = 5, 8
STILL_TYPING = "After lunch, with Sam"  # typed into "when" and never left


def main(argv: list[str]) -> int:
    url, patient_id, clinician_id = argv[0], int(argv[1]), int(argv[2])
    app = application(["-platform", "offscreen"])
    database = Database.open(url)
    parts = Workstation.open(database)
    services, jobs = parts.services(), parts.jobs
    launcher = ConsultationLauncher(parts.context(services))
    windows: list[ConsultationWindow] = []
    launcher.opened.connect(windows.append)
    launcher.open(services.patients.get(patient_id), clinician_id)

    def settle() -> None:
        deadline = time.monotonic() + 30
        while (jobs.busy or not windows) and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.002)
        app.processEvents()

    def enter(edit: QLineEdit, text: str) -> None:
        edit.setFocus()
        if text.isascii():
            QTest.keyClicks(edit, text)
        else:
            edit.setText(text)
            edit.textEdited.emit(text)
        QTest.keyClick(edit, Qt.Key.Key_Return)
        settle()

    settle()
    w = windows[0]
    print("PLAN", w.plan.id, flush=True)

    prompt = w.prepare_stage.prompts["what_matters_prompt"]
    prompt.setFocus()
    QTest.keyClicks(prompt, PROMPT)
    w.go_to(StageId.AGENDA)  # leaving the stage stores what was typed
    settle()
    for topic in TOPICS:
        enter(w.agenda_stage.topic, topic)
    view = w.agenda_stage.view
    view.selectRow(TOPICS.index(DEFERRED))
    w.agenda_stage.defer_button.click()
    settle()

    w.go_to(StageId.GOALS)
    enter(w.goals_stage.new_matters, MATTERS)
    enter(w.goals_stage.new_goal, GOAL)
    enter(w.goals_stage.target, TARGET)

    w.go_to(StageId.ACTION_PLAN)
    stage = w.action_plan_stage
    enter(stage.new_action, ACTION)
    enter(stage.action_fields["how_often"], HOW_OFTEN)
    stage.confidence.buttons[FIRST].click()
    settle()
    stage.confidence.buttons[FINAL].click()
    settle()

    when = stage.action_fields["when"]
    when.setFocus()
    QTest.keyClicks(when, STILL_TYPING)  # a pause in typing stores it; no Enter, no Tab
    time.sleep(0.05)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and (when.dirty or jobs.busy):
        app.processEvents()
        time.sleep(0.01)
    settle()
    print("READY", flush=True)
    while True:  # the pair carries on talking; the laptop crashes
        app.processEvents()
        time.sleep(0.02)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
