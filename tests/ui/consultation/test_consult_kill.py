"""The app is killed mid-consultation; on restart the draft resumes with nothing lost."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from careplan.records import PatientInput
from careplan.services import Services
from careplan.storage import Database
from tests.ui.consultation import kill_driver as typed
from tests.ui.consultation.conftest import open_workspace
from ui.consultation.launcher import ConsultationLauncher
from ui.consultation.window import StageId
from ui.workstation import Workstation

ROOT = Path(__file__).resolve().parents[3]


def _read_until_ready(process: subprocess.Popen[str], timeout: float) -> list[str]:
    assert process.stdout is not None
    lines: list[str] = []
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                break
            if selector.select(timeout=0.5):
                line = process.stdout.readline().strip()
                lines.append(line)
                if line == "READY":
                    return lines
    raise AssertionError(f"the driver did not get ready: {lines}, exit {process.poll()}")


def test_consult_killed_mid_consultation_resumes_with_nothing_lost(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    url = f"sqlite:///{tmp_path / 'practice.sqlite3'}"
    setup = Database.open(url)
    services = Services(setup.session_factory)
    gp = services.staff.create("Dr Amara Okafor", "clinician", "GP partner")
    patient = services.patients.create(PatientInput("Margaret", "Smith", "1956-03-21"))
    setup.close()

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PYTHONPATH": str(ROOT),
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.ui.consultation.kill_driver",
            url,
            str(patient.id),
            str(gp.id),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        lines = _read_until_ready(process, timeout=120)
    finally:
        process.send_signal(signal.SIGKILL)  # no closeEvent, no atexit, no clean shutdown
        process.wait(timeout=30)
        assert process.stdout is not None
        process.stdout.close()
    assert process.returncode == -signal.SIGKILL
    plan_id = int(next(line for line in lines if line.startswith("PLAN")).split()[1])

    # On restart: the same draft, with every edit.
    database = Database.open(url)
    try:
        parts = Workstation.open(database, settings=settings)
        services, jobs = parts.services(), parts.jobs
        plan = services.consultations.current_draft(patient.id)
        assert plan is not None and plan.id == plan_id
        assert plan.preparation.what_matters_prompt == typed.PROMPT
        assert [(a.text, a.status) for a in plan.agenda] == [
            (t, "deferred" if t == typed.DEFERRED else "open") for t in typed.TOPICS
        ]
        assert [w.text for w in plan.what_matters] == [typed.MATTERS]
        (goal,) = plan.goals
        assert (goal.text, goal.target) == (typed.GOAL, typed.TARGET)
        (action,) = goal.actions
        assert (action.what, action.how_often, action.when) == (
            typed.ACTION,
            typed.HOW_OFTEN,
            typed.STILL_TYPING,
        )
        assert (action.confidence_first, action.confidence_final) == (typed.FIRST, typed.FINAL)

        launcher = ConsultationLauncher(parts.context(services))
        window = open_workspace(qtbot, launcher, jobs, services.patients.get(patient.id))
        try:
            assert window.plan == plan  # resumed, not started again
            window.go_to(StageId.ACTION_PLAN)
            assert window.action_plan_stage.action_fields["when"].text() == typed.STILL_TYPING
            assert window.action_plan_stage.ratings.text() == (
                "First answer: 5 out of 10 · Now: 8 out of 10."
            )
            assert window.prepare_stage.prompts["what_matters_prompt"].toPlainText() == typed.PROMPT
        finally:
            window.close()
            parts.close()
    finally:
        database.close()
