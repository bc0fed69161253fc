"""A group session driven as the facilitator would: 8 attendees, keys and clicks only."""

from __future__ import annotations

import datetime as dt
import subprocess
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from careplan.services import Services
from careplan.settings import PracticeDetails
from tests.support.groups import make_group
from tests.ui.consultation.helpers import click, settle
from ui.context import UiContext
from ui.groups.models import AttendeeColumn
from ui.groups.session_window import GroupSessionWindow
from ui.jobs import JobRunner

PRACTICE = PracticeDetails("Riverside Surgery", "01632 960 000")
NOW = dt.datetime(2026, 3, 2, 15, 30, tzinfo=dt.UTC)


def _tick(qtbot: QtBot, window: GroupSessionWindow, jobs: JobRunner, row: int, column: int) -> None:
    view = window.attendee_view
    view.setFocus()
    view.setCurrentIndex(window.attendees.index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    settle(qtbot, jobs)


def _type(qtbot: QtBot, widget: object, text: str) -> None:
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_whole_group_session_with_eight_attendees(
    qtbot: QtBot, ctx: UiContext, services: Services, jobs: JobRunner, tmp_path: Path
) -> None:
    group = make_group(services, 8)
    services.groups.set_carer(group.session.attendees[1].id, "Maureen O'Connell")
    window = GroupSessionWindow(ctx, group.session.id, PRACTICE, lambda: NOW)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    settle(qtbot, jobs)
    assert window.attendees.rowCount() == 8

    # Attendance: seven arrive; agreements (and the carer's) ticked with the Space key.
    for row in range(7):
        _tick(qtbot, window, jobs, row, AttendeeColumn.ARRIVED)
        _tick(qtbot, window, jobs, row, AttendeeColumn.AGREED)
    _tick(qtbot, window, jobs, 1, AttendeeColumn.CARER_AGREED)
    for row in (0, 1, 2, 4):
        _tick(qtbot, window, jobs, row, AttendeeColumn.BOARD)
    stored = services.groups.get(group.session.id).attendees
    assert [a.attendance for a in stored] == ["arrived"] * 7 + [None]
    assert all(a.agreement_complete for a in stored[:7])
    assert [a.board_consent for a in stored] == [True, True, True, False, True, False, False, False]

    # Group agenda: a named topic, two anonymous; ranked; one discussed, one deferred.
    window.tabs.setCurrentIndex(0)
    window.raised_by.setCurrentIndex(window.raised_by.findText("Aisha"))
    _type(qtbot, window.topic_text, "Eating well on a budget")
    settle(qtbot, jobs)
    window.raised_by.setCurrentIndex(0)
    _type(qtbot, window.topic_text, "Looking after my feet")
    settle(qtbot, jobs)
    _type(qtbot, window.topic_text, "Hypos when driving")
    settle(qtbot, jobs)
    window.topic_view.setCurrentIndex(window.topics.index(2, 1))
    click(qtbot, window.up_button)
    settle(qtbot, jobs)
    window.topic_view.setCurrentIndex(window.topics.index(0, 1))
    click(qtbot, window.discussed_button)
    settle(qtbot, jobs)
    window.topic_view.setCurrentIndex(window.topics.index(2, 1))
    click(qtbot, window.defer_button)
    settle(qtbot, jobs)
    topics = services.group_agenda.topics(group.session.id)
    assert [(t.text, t.raised_by, t.status) for t in topics] == [
        ("Eating well on a budget", "Aisha", "discussed"),
        ("Hypos when driving", None, "open"),
        ("Looking after my feet", None, "deferred"),
    ]

    # The board: a second window, only the four who consented, by first name.
    click(qtbot, window.board_button)
    board = window.board
    assert board is not None and board.isWindow()
    settle(qtbot, jobs)
    labels = [board.model.data(board.model.index(r, 0)) for r in range(board.model.rowCount())]
    assert labels == ["Aisha", "Brian", "Chiara", "Eleanor"]
    shown = " ".join(
        str(board.model.data(board.model.index(r, c)))
        for r in range(board.model.rowCount())
        for c in range(board.model.columnCount())
    )
    for a in stored:
        assert a.full_name not in shown and (a.nhs_number or "-") not in shown
        assert a.date_of_birth.isoformat() not in shown
    for a in (stored[3], stored[5], stored[6], stored[7]):
        assert a.first_name not in shown

    # Three people each get a goal and an action, one after another with F8.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    timings = []
    for n in range(3):
        start = time.monotonic()
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F8)
        settle(qtbot, jobs)
        panel = window.plan_panel
        assert panel.attendee is not None and panel.attendee.id == stored[n].id
        _type(qtbot, panel.goal, f"Walk more, said person {n + 1}")
        settle(qtbot, jobs)
        panel.confidence.setValue(7 + n)
        _type(qtbot, panel.action, f"Walk ten minutes after lunch ({n + 1})")
        settle(qtbot, jobs)
        timings.append(time.monotonic() - start)
        if n == 1:
            click(qtbot, panel.one_to_one)
            settle(qtbot, jobs)
    assert max(timings) < 60, timings

    # At the end: everyone's plans agreed and printed in one step.
    out = tmp_path / "plans"
    out.mkdir()
    with qtbot.waitSignal(window.printed, timeout=60_000) as printed:
        window.agree_and_print(out)
    run = printed.args[0]
    settle(qtbot, jobs)
    files = sorted(out.glob("*.pdf"))
    assert len(files) == 3 and len(run.documents) == 3
    assert len(run.skipped) == 4  # arrived, but nothing recorded

    # What the core stored.
    after = services.groups.get(group.session.id)
    assert after.summary.status == "held"
    assert [a.wants_one_to_one for a in after.attendees] == [False, True] + [False] * 6
    for n, attendee in enumerate(after.attendees[:3]):
        assert attendee.plan_status == "agreed"
        assert attendee.consultation_id is not None
        plan = services.consultations.get(attendee.consultation_id)
        assert plan.patient_id == attendee.patient_id
        assert [g.text for g in plan.goals] == [f"Walk more, said person {n + 1}"]
        actions = plan.goals[0].actions
        assert [(a.what, a.confidence) for a in actions] == [
            (f"Walk ten minutes after lunch ({n + 1})", 7 + n)
        ]
        assert plan.review_date is not None
        assert services.group_plans.held_in_group(plan.id) == group.session.id
    assert window.one_to_one_label.text().endswith("Brian O'Connell")
    text = subprocess.run(
        ["pdftotext", str(files[0]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Your care and support plan" in text
