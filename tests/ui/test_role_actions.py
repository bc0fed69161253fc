"""What each role may not do is disabled before the click, with a tooltip saying why.

Signed in for real as the administrator, a clinician and a nurse, every action of the
main window's menus, the patient page's buttons and the review worklist's "Record
review" are checked against the core's permissions (careplan/permissions.py): allowed
ones are enabled (a patient with a plan due is open), the others are disabled and
say why. A new menu action must be added to the table here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from careplan.permissions import Permission, allowed
from careplan.records import PatientInput
from careplan.services import Services
from tests.ui.conftest import message_box_offscreen
from ui.followup.review_dialog import ReviewDialog
from ui.main_window import MainWindow
from ui.roles import why_not
from ui.session import IdleWatch, Session
from ui.sign_in import Mode, SignInWindow
from ui.workstation import Workstation

# The worklist and the review dialog are larger than the offscreen 800x600 screen.
pytestmark = message_box_offscreen

PASSWORD = "correct horse battery"
USERS = {"admin": "sam", "clinician": "amara", "nurse": "priya"}
P = Permission
# Every menu action of the main window, by its text, and the permission it needs
# (None: anyone signed in).
MENU_ACTIONS: dict[str, Permission | None] = {
    "New patient…": P.EDIT_PATIENTS,
    "Edit patient…": P.EDIT_PATIENTS,
    "Start or resume consultation": P.EDIT_PLANS,
    "Print plan…": P.PRINT_EXPORT,
    "Preparation sheet…": P.PRINT_EXPORT,
    "Export plan as FHIR…": P.PRINT_EXPORT,
    "Import FHIR bundle…": P.IMPORT,
    "Save review date to calendar…": P.PRINT_EXPORT,
    "Find a patient": None,
    "Quit": None,
    "Review worklist": P.VIEW_PATIENTS,
    "Practice overview": P.VIEW_OVERVIEW,
    "Coming up…": P.VIEW_PATIENTS,
    "Population measures…": P.VIEW_OVERVIEW,
    "Import patients from CSV…": P.IMPORT_PATIENTS,
    "Group sessions…": P.VIEW_PATIENTS,
    "Invite this patient to a group session…": P.EDIT_PATIENTS,
    "A+  Larger text": None,
    "A−  Smaller text": None,
    "Normal text size": None,
    "Lock the screen": None,
    "Change my password…": None,
    "Sign out": None,
    "Staff accounts…": P.MANAGE_STAFF,
    "Audit trail…": P.VIEW_AUDIT,
    "Practice details…": P.MANAGE_STAFF,
}
# The ones enabled only once the window is ready for them (a text size to go back to).
NOT_ALWAYS_ENABLED = {"Normal text size", "A−  Smaller text"}


@pytest.fixture
def session(app: QApplication, qtbot: QtBot, workstation: Workstation) -> Iterator[Session]:
    base = workstation.services()
    base.accounts.create_first_admin("Sam Patel", "sam", PASSWORD)
    base.accounts.create_account("Dr Amara Okafor", "clinician", "amara", PASSWORD)
    base.accounts.create_account("Priya Shah", "nurse", "priya", PASSWORD)
    # A person whose agreed plan is due for review in a week: on the worklist.
    signed_in = base.accounts.sign_in("amara", PASSWORD)
    amara = workstation.services(signed_in)
    patient = amara.patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
    c = amara.consultations
    plan = c.start_or_resume(patient.id, signed_in.staff_id, "2026-01-05")
    goal = c.add_goal(plan.id, "Walk to the market", importance=8)
    c.add_action(goal.id, "Walk round the block", confidence_rating=8)
    c.set_named_contact(plan.id, "Dr Amara Okafor")
    plan = c.set_review_date(plan.id, dt.date.today() + dt.timedelta(days=7))
    c.agree(plan.id, plan.version)
    sign_in = SignInWindow(workstation.jobs)
    qtbot.addWidget(sign_in)
    idle = IdleWatch(app, dt.timedelta(minutes=5), parent=sign_in)

    def make_window(services: Services) -> MainWindow:
        return workstation.main_window(services, database_label="test")

    opened = Session(
        app, sign_in, workstation.jobs, workstation.services, make_window, base.accounts, idle
    )
    sign_in.show()
    sign_in.database_ready(base.accounts)
    qtbot.waitUntil(lambda: sign_in.mode is Mode.SIGN_IN)
    yield opened
    for widget in QApplication.topLevelWidgets():
        widget.close()


def _signed_in(qtbot: QtBot, session: Session, role: str) -> MainWindow:
    session.sign_in.username.setText(USERS[role])
    session.sign_in.password.setText(PASSWORD)
    session.sign_in.submit.click()
    qtbot.waitUntil(lambda: session.window is not None and session.window.isVisible())
    window = session.window
    assert isinstance(window, MainWindow) and session.actor.role == role
    # No patient chosen yet: nothing to start a consultation with, for any role.
    assert not window.consult_action.isEnabled() and not window.edit_action.isEnabled()
    patient = window._services.patients.search("seacole").patients[0]
    window.open_patient(patient.id)
    qtbot.waitUntil(lambda: window.page.patient is not None and window.print_action.isEnabled())
    qtbot.waitUntil(lambda: window.page.followup.plan_id is not None or role == "admin")
    return window


def _menu_actions(window: MainWindow) -> dict[str, QAction]:
    found = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            if not action.isSeparator():
                found[action.text().replace("&", "")] = action
    return found


@pytest.mark.parametrize("role", ["admin", "clinician", "nurse"])
def test_every_action_a_role_may_not_take_is_disabled_saying_why(
    qtbot: QtBot, session: Session, role: str
) -> None:
    window = _signed_in(qtbot, session, role)
    actions = _menu_actions(window)
    assert set(actions) == set(MENU_ACTIONS), "a new menu action: add it to MENU_ACTIONS"
    controls: list[tuple[str, QAction | QWidget, Permission | None]] = [
        (name, actions[name], permission) for name, permission in MENU_ACTIONS.items()
    ]
    controls += [
        ("page: consultation", window.page.consult_button, P.EDIT_PLANS),
        ("page: record review", window.page.followup.record_button, P.RECORD_REVIEWS),
    ]
    worklist = window.followup.show_worklist()
    qtbot.waitUntil(lambda: worklist.model.rowCount() == 1, timeout=10_000)
    worklist.table.selectRow(0)
    qtbot.waitUntil(lambda: worklist.open_button.isEnabled())
    controls.append(("worklist: record review", worklist.record_button, P.RECORD_REVIEWS))

    for name, control, permission in controls:
        tip = control.toolTip()
        enabled = control.isEnabled()
        if permission is not None and not allowed(role, permission):
            assert not enabled, f"{name} is enabled for {role}"
            assert tip == why_not(role, permission) or (
                name == "Practice details…" and tip.startswith(why_not(role, permission)[:40])
            ), (name, tip)
        else:
            assert not tip.startswith("Not available when signed in"), (name, tip)
            assert enabled or name in NOT_ALWAYS_ENABLED, f"{name} is disabled for {role}"

    # Enter on the worklist: a review for those who record them, the person for the rest.
    worklist.table.activated.emit(worklist.model.index(0, 0))
    qtbot.wait(300)
    reviews = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ReviewDialog) and w.isVisible()
    ]
    if allowed(role, P.RECORD_REVIEWS):
        qtbot.waitUntil(
            lambda: any(
                isinstance(w, ReviewDialog) and w.isVisible()
                for w in QApplication.topLevelWidgets()
            ),
            timeout=10_000,
        )
    else:
        assert reviews == []
        assert worklist.record_button.toolTip() == why_not(role, P.RECORD_REVIEWS)
        assert window.page.patient is not None and window.page.patient.family_name == "Seacole"
