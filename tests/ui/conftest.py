"""Fixtures for the desktop client's tests: a real database, services and a job runner.

Everything runs offscreen; settings and data never touch the real home folder.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from careplan.identifiers import nhs_check_digit
from careplan.printing.samples import build_typical_plan
from careplan.records import ConsultationRecord, PatientInput, PatientRecord, StaffRecord
from careplan.services import Services
from careplan.storage import Database
from ui.app import application
from ui.changes import ChangeBridge
from ui.context import UiContext
from ui.jobs import JobRunner
from ui.main_window import MainWindow
from ui.workstation import Workstation

# These plans hold only what each test needs; agreeing them as they are is confirmed.
PARTIAL = "Only the parts this test needs"

# Before any QApplication exists: offscreen, no demo question, a private home.
_HOME = Path(tempfile.mkdtemp(prefix="careplan-ui-tests-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["CAREPLAN_NO_DEMO_OFFER"] = "1"
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ.pop("CAREPLAN_DATABASE_URL", None)

TODAY = dt.date(2026, 3, 2)


def nhs_number(seed: int) -> str:
    """A valid NHS number in the 999 test range, different for each ``seed``."""
    while True:
        first_nine = f"999{seed:06d}"
        check = nhs_check_digit(first_nine)
        if check is not None:
            return first_nine + str(check)
        seed += 1


@pytest.fixture(scope="session")
def app(qapp: QApplication) -> QApplication:
    """The application set up as ``careplan`` sets it up (names, fonts, translators)."""
    return application()


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = Database.open("sqlite:///" + str(tmp_path / "t.sqlite3"))
    yield db
    db.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "careplan-ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def workstation(
    app: QApplication, database: Database, settings: QSettings
) -> Iterator[Workstation]:
    """The client's parts, put together as ``careplan`` puts them together."""
    parts = Workstation.open(database, settings=settings)
    yield parts
    # Before ``database`` closes: the worker stops first.
    parts.close()


@pytest.fixture
def bridge(workstation: Workstation) -> ChangeBridge:
    return workstation.changes


@pytest.fixture
def services(workstation: Workstation) -> Services:
    return workstation.services()


@pytest.fixture
def jobs(workstation: Workstation) -> JobRunner:
    return workstation.jobs


@pytest.fixture
def ctx(workstation: Workstation, services: Services) -> UiContext:
    """What the windows are given: the test's services and parts, and its fixed date."""
    return workstation.context(services, today=lambda: TODAY)


@pytest.fixture
def clinician(services: Services) -> StaffRecord:
    return services.staff.create("Dr Amara Okafor", "clinician", "GP partner")


@pytest.fixture
def nurse(services: Services) -> StaffRecord:
    return services.staff.create("Priya Shah", "nurse", "Practice nurse")


SEED_PATIENTS = [
    PatientInput("Margaret", "Smith", "1956-03-21", "943 476 5919", preferred_name="Peggy"),
    PatientInput("John", "Smithson", "1948-11-02", nhs_number(1), phone="01632 960 123"),
    PatientInput("Zoë", "O'Brien", "1990-07-14", nhs_number(2), large_print=True),
    PatientInput(
        "Ahmed", "Khan", "1972-01-30", nhs_number(3), interpreter_language="Urdu", easy_read=True
    ),
    PatientInput("Patricia", "Jones", "2001-12-25", None, email="pat@example.org"),
]


@pytest.fixture
def patients(services: Services) -> list[PatientRecord]:
    return [services.patients.create(p) for p in SEED_PATIENTS]


@pytest.fixture
def typical_plan(
    services: Services, patients: list[PatientRecord], clinician: StaffRecord
) -> ConsultationRecord:
    """Margaret's plan as most are: every part filled in (careplan.printing.samples)."""
    return build_typical_plan(services, patients[0].id, clinician.id)


def agreed_plan(
    services: Services, patient: PatientRecord, clinician: StaffRecord, review_date: str
) -> ConsultationRecord:
    """An agreed plan with one goal and two actions, built through the consultation service."""
    consultations = services.consultations
    plan = consultations.start_or_resume(patient.id, clinician.id, "2025-09-01")
    goal = consultations.add_goal(plan.id, "Walk to the shops without stopping", importance=9)
    consultations.add_action(goal.id, "Walk round the block", "10 minutes", "after lunch", "daily")
    consultations.add_action(goal.id, "Ask Sam to come along", who="carer", confidence_rating=8)
    plan = consultations.set_review_date(plan.id, review_date)
    return consultations.agree(plan.id, plan.version, incomplete_reason=PARTIAL)


@pytest.fixture
def window(qtbot: QtBot, workstation: Workstation, services: Services) -> Iterator[MainWindow]:
    """The main window, shown, with its first search come back."""
    main = workstation.main_window(services, today=lambda: TODAY)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.first_data_loaded):
        main.show()
    yield main
    main.close()


# QMessageBox fixes its own size when shown, and the offscreen platform (unlike X11,
# Wayland, Windows and macOS) has no way to pass size limits on, which it reports as a
# warning. Only tests that show a QMessageBox allow exactly that one message.
message_box_offscreen = pytest.mark.qt_log_ignore(
    r"^This plugin does not support propagateSizeHints\(\)$"
)
