"""Screenshots of a group session: the session window and the results board.

    python packaging/screenshots_groups.py [OUTDIR] [--patients N] [--database URL]

Without a DISPLAY it runs itself twice under Xvfb: at 1366x768 (the session
window and the board) and at 1920x1080 (the board on a projector-sized
screen). The demo practice's upcoming diabetes group is played through its
first half hour: arrivals, agreements, board consents, topics, one plan.
"""

from __future__ import annotations

import datetime as dt
import sys

import xvfb  # packaging/xvfb.py, beside this script


def main() -> int:
    return xvfb.run_shots(__doc__ or "", 300, 300, take, screens=("1366x768", "1920x1080"))


def take(shots: xvfb.Shots) -> None:
    from careplan.settings import PracticeDetails
    from ui.groups.session_window import GroupSessionWindow

    services = shots.services
    width, height = shots.screen
    size = f"{width}x{height}"

    upcoming = [s for s in services.groups.list_sessions() if s.status == "planned"][-1]
    _play_first_half_hour(services, upcoming.id)
    window = GroupSessionWindow(
        shots.ctx,
        upcoming.id,
        PracticeDetails("Riverside Surgery", "01632 960 000"),
        lambda: dt.datetime.now(dt.UTC),
    )
    window.resize(min(width, 1366), min(height, 768) - 28)
    window.show()
    shots.wait_until(lambda: window.record is not None, "the session")
    first = next(a for a in window.record.attendees if a.attendance == "arrived")  # type: ignore[union-attr]
    window.open_plan(first)
    shots.wait_until(lambda: window.plan_panel.plan is not None, "the plan")
    if size == "1366x768":
        shots.save(window, "group-session-1366x768.png")
        window.tabs.setCurrentIndex(0)
        shots.wait_until(lambda: True, "the agenda")
        shots.save(window, "group-session-agenda-1366x768.png")
    board = window.show_board()
    board.resize(width, height - 28)
    board.move(0, 0)
    shots.wait_until(lambda: board.model.rowCount() > 0, "the board")
    shots.save(board, f"group-board-{size}.png")

    board.close()
    window.close()


def _play_first_half_hour(services: object, session_id: int) -> None:
    """Arrivals, agreements, consents and topics, through the core as the window would."""
    from careplan.services import Services

    assert isinstance(services, Services)
    g = services.groups
    attendees = g.get(session_id).attendees
    for number, a in enumerate(attendees):
        if number == 7:
            g.set_attendance(a.id, "did_not_attend")
            continue
        if number >= 9:
            continue
        g.set_attendance(a.id, "arrived")
        g.record_agreement(a.id, carer=a.carer_name is not None)
        if number not in (2, 5):
            g.set_board_consent(a.id, True)
        if number == 4:
            g.set_alias(a.id, "Sunny")
    agenda = services.group_agenda
    raisers = [a for a in g.get(session_id).attendees if a.agreement_complete]
    agenda.add_topic(
        session_id, "Which snacks are best before a walk?", raised_by_attendee_id=raisers[0].id
    )
    agenda.add_topic(session_id, "Feeling tired all the time")
    agenda.add_topic(session_id, "New blood sugar sensors", raised_by_attendee_id=raisers[1].id)
    g.set_one_to_one(raisers[2].id, True)
    plan = services.group_plans.start_plan(raisers[0].id)
    cons = services.consultations
    cons.add_what_matters(plan.id, "Keeping up with my grandchildren at the park")
    goal = cons.add_goal(plan.id, "Walk to the park and back without stopping", "patient", 9)
    action = cons.add_action(goal.id, "Walk round the block after lunch", "15 minutes")
    cons.rate_confidence(action.id, 8)


if __name__ == "__main__":
    sys.exit(main())
