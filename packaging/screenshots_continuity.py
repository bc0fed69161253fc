"""Screenshots of the plan across visits under an X server, for looking at.

    python packaging/screenshots_continuity.py [OUTDIR] [--patients N] [--database URL]

Starts its own Xvfb at 1366x768 when no DISPLAY is set, fills a temporary
database with the demo practice, and saves: a returning person's consultation
at Prepare with their last plan carried forward (each goal with its latest
progress and words, keep / reword / achieved / stop), and the nurse's review
dialog (actions "not asked" until the person says, a goal not discussed on
this call, and the message by a goal with no progress chosen).
"""

from __future__ import annotations

import sys
from typing import Any

import screenshots_followup  # beside this script
import xvfb  # packaging/xvfb.py, beside this script


def main() -> int:
    return xvfb.run_shots(__doc__ or "", 200, 400, take)


def take(shots: xvfb.Shots) -> None:
    from ui.consultation.window import StageId

    services, jobs, window = shots.services, shots.jobs, shots.window
    wait_until, save = shots.wait_until, shots.save

    # A returning person: a current plan with two or more goals, reviewed, and no draft.
    c = services.consultations
    people = services.patients.search("", limit=None).patients[:200]

    def returning(p: Any) -> bool:
        if c.current_draft(p.id) is not None:
            return False
        latest = c.latest_agreed(p.id)
        history = services.history.goal_history(p.id)
        return latest is not None and len(latest.goals) >= 2 and any(h.reviews for h in history)

    person = next(p for p in people if returning(p))
    window.open_patient(person.id)
    wait_until(lambda: window.page.history is not None, "the patient page")
    w = shots.open_consultation(person, as_clinician=False)
    w.move(0, 0)
    w.go_to(StageId.PREPARE)
    carry = w.prepare_stage.carry
    wait_until(
        lambda: (
            bool(carry.goal_rows)
            and not carry.goal_rows[0].progress.text().startswith("Not reviewed")
        ),
        "the goals with their progress",
    )
    save(w, "consultation-carry-forward.png")
    # Rewording one goal, achieved another: what the pair sees as they decide.
    carry.goal_rows[0].buttons["reword"].click()
    wait_until(lambda: carry.goal_rows[0].wording.isVisible(), "the new wording field")
    carry.goal_rows[1].buttons["achieved"].click()
    wait_until(lambda: not jobs.busy, "the choice to be stored")
    wait_until(lambda: w.prepare_stage.carry.goal_rows[1].buttons["achieved"].isChecked(), "redraw")
    save(w, "consultation-carry-forward-decided.png")
    w.close()

    # The nurse's review of someone due.
    worklist = window.followup.show_worklist()
    worklist.move(0, 0)
    worklist.resize(1366, 740)
    wait_until(lambda: worklist.model.rowCount() > 0, "the worklist")
    dialog = screenshots_followup.review_in_progress(shots, worklist)
    dialog.move(0, 0)
    if dialog.goal_editors[0].action_editors:
        dialog.goal_editors[0].action_editors[0].set_outcome("done")
    wait_until(lambda: True, "the dialog to settle")
    save(dialog, "review-dialog.png")
    if len(dialog.goal_editors) > 1:
        dialog.goal_editors[1].set_decision("not_discussed")
    dialog.goal_editors[0].scores.setExclusive(False)
    dialog.goal_editors[0].score_buttons[1].setChecked(False)
    dialog.goal_editors[0].scores.setExclusive(True)
    dialog.save()
    wait_until(lambda: not dialog.saving, "the save")
    wait_until(lambda: True, "the message")
    save(dialog, "review-dialog-problem.png")
    dialog._closing_confirmed = True  # screenshots only: leave without asking
    dialog.reject()


if __name__ == "__main__":
    sys.exit(main())
