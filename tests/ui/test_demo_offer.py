"""First start with an empty database: the demo practice is offered, and loads with progress."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from careplan.records import PatientInput
from careplan.services import Services
from careplan.storage import Database
from tests.ui.conftest import message_box_offscreen
from ui.app import demo_loader
from ui.changes import ChangeBridge
from ui.demo_offer import DemoOffer, Progress
from ui.jobs import JobRunner
from ui.main_window import MainWindow


def answer(qtbot: QtBot, offer: DemoOffer, button: QMessageBox.StandardButton) -> None:
    qtbot.waitUntil(lambda: offer.question is not None and offer.question.isVisible())
    assert offer.question is not None
    assert "Load the demo practice?" in offer.question.text()
    qtbot.mouseClick(offer.question.button(button), Qt.MouseButton.LeftButton)


@message_box_offscreen
def test_yes_loads_the_demo_with_progress_and_the_list_refreshes(
    qtbot: QtBot, window: MainWindow, jobs: JobRunner, bridge: ChangeBridge, services: Services
) -> None:
    reported: list[tuple[int, int]] = []
    threads: list[threading.Thread] = []
    release = threading.Event()

    def fake_load(progress: Progress) -> str:
        threads.append(threading.current_thread())
        for done in range(4):
            progress(done, 3)
            if done == 1:
                release.wait(5)
        services.patients.create(PatientInput("Demo", "Person", "1950-01-01"))
        return "summary"

    offer = DemoOffer(window, jobs, bridge, fake_load, patients=3)
    offer.progressed.connect(lambda done, total: reported.append((done, total)))
    offer.ask()
    answer(qtbot, offer, QMessageBox.StandardButton.Yes)

    qtbot.waitUntil(lambda: offer.progress is not None and offer.progress.value() == 1)
    assert offer.progress is not None and offer.progress.maximum() == 3
    assert "Creating 3 made-up patients" in offer.progress.labelText()
    with qtbot.waitSignal(offer.finished) as finished:
        release.set()
    assert finished.args == [True]
    assert reported == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert threads[0] is not threading.main_thread()
    assert offer.progress is None
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)


@message_box_offscreen
def test_no_leaves_the_database_empty(
    qtbot: QtBot, window: MainWindow, jobs: JobRunner, bridge: ChangeBridge
) -> None:
    called: list[bool] = []
    offer = DemoOffer(window, jobs, bridge, lambda progress: called.append(True))
    offer.ask()
    with qtbot.waitSignal(offer.finished) as finished:
        answer(qtbot, offer, QMessageBox.StandardButton.No)
    assert finished.args == [False]
    assert called == []


@message_box_offscreen
def test_a_failed_load_is_explained(
    qtbot: QtBot, window: MainWindow, jobs: JobRunner, bridge: ChangeBridge
) -> None:
    def broken(progress: Progress) -> None:
        raise RuntimeError("disk full")

    offer = DemoOffer(window, jobs, bridge, broken)
    with qtbot.waitSignal(offer.finished) as finished:
        offer.start()
    assert finished.args == [False]
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    box = next(b for b in boxes if b.isVisible())
    assert "could not be loaded" in box.text()
    box.close()


@message_box_offscreen
def test_the_real_demo_practice_loads_and_offers_demo_sign_ins(
    qtbot: QtBot, window: MainWindow, jobs: JobRunner, bridge: ChangeBridge, database: Database
) -> None:
    offer = DemoOffer(window, jobs, bridge, demo_loader(database))
    with qtbot.waitSignal(offer.finished, timeout=60_000) as finished:
        offer.start()
    assert finished.args == [True]
    qtbot.waitUntil(lambda: window.status_label.text() == "200 patients")
    box = offer.sign_ins_box
    assert box is not None and box.isVisible()
    assert "DEMO" in box.windowTitle() and "made-up people only" in box.text()
    words = box.informativeText()
    assert "username demo.clinician, password demo clinician" in words
    assert "username demo.nurse, password demo nurse pass" in words
    box.close()
    accounts = Services(database.session_factory).accounts
    clinician = accounts.sign_in("demo.clinician", "demo clinician")
    nurse = accounts.sign_in("demo.nurse", "demo nurse pass")
    assert (clinician.role, nurse.role) == ("clinician", "nurse")
    assert not accounts.must_change_password(clinician)
