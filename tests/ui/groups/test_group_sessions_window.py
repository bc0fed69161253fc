"""Planning sessions and inviting people, in the sessions window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from careplan.records import PatientInput
from careplan.services import Services
from careplan.settings import PracticeDetails
from tests.support.groups import make_group
from tests.ui.conftest import message_box_offscreen
from tests.ui.consultation.helpers import settle
from ui.context import UiContext
from ui.groups.invite import InviteDialog
from ui.groups.sessions import GroupSessionsWindow
from ui.jobs import JobRunner

# These windows are larger than the offscreen platform's default 800x600 screen; the
# window fitter shrinks them to it, and offscreen Qt (unlike X11) warns it cannot pass the
# new size limits on.
pytestmark = message_box_offscreen

TODAY = dt.date(2026, 3, 2)
PRACTICE = PracticeDetails("Riverside Surgery", "01632 960 000")


def _window(qtbot: QtBot, ctx: UiContext, jobs: JobRunner) -> GroupSessionsWindow:
    window = GroupSessionsWindow(ctx, lambda: PRACTICE)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, jobs)
    return window


def test_plan_a_session_then_invite_from_search_and_worklist(
    qtbot: QtBot, ctx: UiContext, services: Services, jobs: JobRunner, tmp_path: Path
) -> None:
    gp = services.staff.create("Dr Amara Okafor", "clinician", "GP partner")
    services.staff.create("Sam Patel", "admin", "Care coordinator")
    mary = services.patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
    john = services.patients.create(PatientInput("John", "Snow", "1950-01-01"))
    # John's review is due in three weeks: he is on the review worklist.
    plan = services.consultations.start_or_resume(john.id, gp.id, "2025-12-01")
    services.consultations.add_goal(plan.id, "Sleep better", "patient")
    plan = services.consultations.set_review_date(plan.id, TODAY + dt.timedelta(days=21))
    services.consultations.agree(
        plan.id, plan.version, incomplete_reason="Goal only today; actions at the group"
    )

    window = _window(qtbot, ctx, jobs)
    dialog = window.plan_session()
    settle(qtbot, jobs)
    dialog.title.setText("Breathe easy group")
    dialog.date.set_date(dt.date(2026, 3, 16))
    dialog.place.setText("Room 2")
    dialog.lead.setCurrentIndex(dialog.lead.findData(gp.id))
    assert dialog.facilitator.count() == 3  # nobody, and both staff, whatever their role
    dialog.create_session()
    settle(qtbot, jobs)
    sessions = services.groups.list_sessions()
    assert [(s.title, s.session_date, s.place, s.lead_clinician_id) for s in sessions] == [
        ("Breathe easy group", dt.date(2026, 3, 16), "Room 2", gp.id)
    ]
    assert window.model.rowCount() == 1

    window.view.setCurrentIndex(window.model.index(0, 0))
    invite = window.invite()
    assert invite is not None
    invite.search.setText("seacole")
    qtbot.keyClick(invite.search, Qt.Key.Key_Return)
    settle(qtbot, jobs)
    assert invite.model.rowCount() == 1
    invite.model.setData(
        invite.model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    invite.invite_button.click()
    settle(qtbot, jobs)
    invite.worklist_button.click()
    settle(qtbot, jobs)
    assert [c.patient_id for c in invite.model.records] == [john.id]
    assert "review due" in invite.model.texts(0)[3]
    invite.all_button.click()
    invite.invite_button.click()
    settle(qtbot, jobs)
    record = services.groups.get(sessions[0].id)
    assert [a.patient_id for a in record.attendees] == [mary.id, john.id]
    assert "1 invited" in invite.message.text()

    # From the diabetes register: John has diabetes, Mary does not.
    services.registers.add_condition(john.id, "44054006")
    invite.register_choice.setCurrentIndex(invite.register_choice.findData("diabetes"))
    invite.register_button.click()
    settle(qtbot, jobs)
    assert [c.patient_id for c in invite.model.records] == [john.id]

    out = tmp_path / "letters"
    out.mkdir()
    window.write_letters(out)
    settle(qtbot, jobs)
    assert len(list(out.glob("group-invitation-*.pdf"))) == 2
    assert len(list(out.glob("*.ics"))) == 1
    assert "4 file(s)" in window.message.text()


def test_the_patient_chosen_in_the_main_window_is_invited_to_the_next_session(
    qtbot: QtBot, ctx: UiContext, services: Services, jobs: JobRunner
) -> None:
    group = make_group(services, 2, date="2026-03-09")
    newcomer = services.patients.create(PatientInput("Ada", "Lovelace", "1950-12-10"))
    window = _window(qtbot, ctx, jobs)
    window.invite_patient(newcomer.id)
    settle(qtbot, jobs)
    dialog = next(d for d in window.findChildren(InviteDialog) if d.isVisible())
    assert dialog.session_id == group.session.id
    assert dialog.model.ticked() == [newcomer.id]
    dialog.invite_button.click()
    settle(qtbot, jobs)
    assert newcomer.id in [a.patient_id for a in services.groups.get(group.session.id).attendees]
