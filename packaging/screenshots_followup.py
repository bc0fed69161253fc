"""Screenshots of the follow-up screens of the real app under an X server, for looking at.

    python packaging/screenshots_followup.py [OUTDIR] [--patients N] [--database URL]

Starts its own Xvfb at 1366x768 when no DISPLAY is set, fills a temporary
database with the demo practice (unless --database is given), and saves:
the review worklist, a review in progress (and the same review with a
problem shown by its field), a patient page with goal history, one goal
chart on its own, and the practice overview.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import xvfb  # packaging/xvfb.py, beside this script

if TYPE_CHECKING:
    from ui.followup.review_dialog import ReviewDialog


def main() -> int:
    return xvfb.run_shots(__doc__ or "", 1000, 400, take)


def review_in_progress(shots: xvfb.Shots, worklist: Any) -> ReviewDialog:
    """The review of the worklist's first person, by the nurse on the phone, begun: the
    first goal rated with the person's words, its first action's confidence asked."""
    from ui.followup.review_dialog import ReviewDialog

    worklist.table.selectRow(0)
    worklist.record_review()
    shots.wait_until(lambda: worklist.launcher.dialog is not None, "the review dialog")
    dialog = worklist.launcher.dialog
    assert isinstance(dialog, ReviewDialog)
    dialog.set_mode("phone")
    nurse = next(
        (i for i in range(dialog.reviewer.count()) if "Priya" in dialog.reviewer.itemText(i)), 1
    )
    dialog.reviewer.setCurrentIndex(nurse)
    first = dialog.goal_editors[0]
    first.set_attainment(1)
    first.comment.setText("Walking to the corner shop most days now, not on wet days")
    if first.action_editors:
        first.action_editors[0].confidence.setValue(8)
    return dialog


def take(shots: xvfb.Shots) -> None:
    services, window = shots.services, shots.window
    wait_until, save = shots.wait_until, shots.save

    # The worklist, as a nurse opens it in the morning.
    worklist = window.followup.show_worklist()
    worklist.move(0, 0)
    worklist.resize(1366, 740)
    wait_until(lambda: worklist.model.rowCount() > 0, "the worklist")
    save(worklist, "followup-worklist.png")

    # A review in progress for the first person on the list (most overdue).
    dialog = review_in_progress(shots, worklist)
    first = dialog.goal_editors[0]
    if len(first.action_editors) > 1:
        first.action_editors[1].set_outcome("changed")
        first.action_editors[1].comment.setText("Only at weekends")
        first.action_editors[1].confidence.setValue(5)
    wait_until(lambda: True, "the dialog to settle")
    save(dialog, "followup-review-in-progress.png")

    # Saving with a goal not yet rated: the problem shows by that goal.
    dialog.save()
    wait_until(lambda: not dialog.saving, "the save")
    problem = next(
        (e for e in dialog.goal_editors if e.attainment() is None), dialog.goal_editors[0]
    )
    dialog.scroll_area.ensureWidgetVisible(problem)
    wait_until(lambda: True, "the message")
    save(dialog, "followup-review-problem.png")
    dialog._closing_confirmed = True  # screenshots only: leave without asking
    dialog.reject()

    # A person with several reviews: their page with goal history.
    people = services.patients.search("", limit=None).patients
    best = max(
        people[:300],
        key=lambda p: sum(len(g.reviews) for g in services.history.goal_history(p.id)),
    )
    window.activateWindow()
    window.open_patient(best.id)
    wait_until(
        lambda: (
            (h := window.page.history) is not None
            and h.patient.id == best.id
            and bool(window.page.followup.goal_history.cards)
        ),
        "the patient page",
    )
    save(window, "followup-patient-goal-history.png")
    card = max(window.page.followup.goal_history.cards, key=lambda c: len(c.history.reviews))
    card.chart.resize(560, card.chart.height())
    save(card.chart, "followup-goal-chart.png")

    overview = window.followup.show_overview()
    overview.move(0, 0)
    overview.resize(1366, 600)
    wait_until(lambda: overview.model.rowCount() > 0, "the overview")
    save(overview, "followup-overview.png")


if __name__ == "__main__":
    sys.exit(main())
