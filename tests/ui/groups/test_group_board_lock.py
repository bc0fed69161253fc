"""The results board and the session window are hidden the moment the screen locks."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from careplan.services import Services
from tests.support.groups import make_group
from tests.ui import test_session
from tests.ui.conftest import message_box_offscreen
from tests.ui.consultation.helpers import settle
from tests.ui.test_session import PASSWORD, Clock, _sign_in
from ui.jobs import JobRunner
from ui.session import Session

# These windows are larger than the offscreen platform's default 800x600 screen; the
# window fitter shrinks them to it, and offscreen Qt (unlike X11) warns it cannot pass the
# new size limits on.
pytestmark = message_box_offscreen

# The signed-in session of the sign-in tests: three staff, a lock after idle time.
signed_in = test_session.setup


def test_locking_hides_the_board_and_the_session_window(
    qtbot: QtBot,
    signed_in: tuple[Session, Clock, Services],
    jobs: JobRunner,
) -> None:
    session, clock, base = signed_in
    group = make_group(base, 3)
    first = group.session.attendees[0]
    base.groups.set_attendance(first.id, "arrived")
    base.groups.record_agreement(first.id)
    base.groups.set_board_consent(first.id, True)
    _sign_in(qtbot, session, "amara", PASSWORD)
    qtbot.waitUntil(lambda: session.window is not None and session.window.isVisible())
    groups_window = session.window.groups.show_sessions()  # type: ignore[union-attr]
    settle(qtbot, jobs)
    day = groups_window.open_session(group.session.id)
    settle(qtbot, jobs)
    board = day.show_board()
    settle(qtbot, jobs)
    assert board.isVisible() and board.model.rowCount() == 1

    clock.now += 10 * 60
    session._idle.check()
    assert session.locked
    assert not board.isVisible() and not day.isVisible() and not groups_window.isVisible()

    _sign_in(qtbot, session, "amara", PASSWORD)
    qtbot.waitUntil(lambda: not session.locked)
    assert board.isVisible() and day.isVisible()
    for widget in QApplication.topLevelWidgets():
        widget.close()
