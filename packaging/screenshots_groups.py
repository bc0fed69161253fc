"""Screenshots of a group session: the session window and the results board.

    python packaging/screenshots_groups.py [OUTDIR] [--patients N]

Without a DISPLAY it runs itself twice under Xvfb: at 1366x768 (the session
window and the board) and at 1920x1080 (the board on a projector-sized
screen). The demo practice's upcoming diabetes group is played through its
first half hour: arrivals, agreements, board consents, topics, one plan.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
from pathlib import Path

import xvfb  # packaging/xvfb.py, beside this script

ROOT = Path(__file__).resolve().parents[1]
SIZES = {"1366x768": (1366, 768), "1920x1080": (1920, 1080)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", nargs="?", type=Path, default=ROOT / "artifacts" / "screenshots")
    parser.add_argument("--patients", type=int, default=300)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        for size in SIZES:
            xvfb.SCREEN = f"{size}x24"
            os.environ["CAREPLAN_SHOT_SIZE"] = size
            code = xvfb.rerun_under_xvfb()
            if code:
                return code
        return 0
    size = os.environ.get("CAREPLAN_SHOT_SIZE", "1366x768")
    width, height = SIZES[size]

    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from careplan.demo import load_demo
    from careplan.services import Services
    from careplan.settings import PracticeDetails
    from careplan.storage import Database
    from ui.app import configure_application
    from ui.changes import ChangeBridge
    from ui.groups.session_window import GroupSessionWindow
    from ui.jobs import JobRunner

    workdir = Path(tempfile.mkdtemp(prefix="careplan-group-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(workdir / "config")
    db = Database.open(f"sqlite:///{workdir / 'demo.sqlite3'}")
    load_demo(db, args.patients)
    args.outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    configure_application(app)
    changes, jobs = ChangeBridge(), JobRunner()
    services = Services(db.session_factory, notify=changes.notify)

    upcoming = [s for s in services.groups.list_sessions() if s.status == "planned"][-1]
    _play_first_half_hour(services, upcoming.id)
    window = GroupSessionWindow(
        services,
        jobs,
        changes,
        upcoming.id,
        PracticeDetails("Riverside Surgery", "01632 960 000"),
        lambda: dt.datetime.now(dt.UTC),
    )
    window.resize(min(width, 1366), min(height, 768) - 28)
    window.show()
    xvfb.wait_until(app, lambda: window.record is not None, "the session")
    first = next(a for a in window.record.attendees if a.attendance == "arrived")  # type: ignore[union-attr]
    window.open_plan(first)
    xvfb.wait_until(app, lambda: window.plan_panel.plan is not None, "the plan")
    if size == "1366x768":
        xvfb.save(window, args.outdir, "group-session-1366x768.png")
        window.tabs.setCurrentIndex(0)
        xvfb.wait_until(app, lambda: True, "the agenda")
        xvfb.save(window, args.outdir, "group-session-agenda-1366x768.png")
    board = window.show_board()
    board.resize(width, height - 28)
    board.move(0, 0)
    xvfb.wait_until(app, lambda: board.model.rowCount() > 0, "the board")
    xvfb.save(board, args.outdir, f"group-board-{size}.png")

    window.close()
    jobs.shutdown()
    db.close()
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


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
