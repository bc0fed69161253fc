"""Screenshots of the real app under an X server, for the README and for looking at.

    python packaging/screenshots.py [OUTDIR] [--patients N] [--database URL]

Starts its own Xvfb at 1366x768 when no DISPLAY is set, fills a temporary
database with the demo practice (unless --database is given), and saves one
PNG per view into OUTDIR (default artifacts/screenshots).
"""

from __future__ import annotations

import sys
from typing import Any

import xvfb  # packaging/xvfb.py, beside this script


def main() -> int:
    return xvfb.run_shots(__doc__ or "", 300, 300, take)


def take(shots: xvfb.Shots) -> None:
    services, window = shots.services, shots.window
    wait_until, save = shots.wait_until, shots.save
    save(window, "patient-list.png")

    # A person with several plans and reviews: the most reviewed one in the practice.
    people = services.patients.search("", limit=None).patients
    best = max(people[:200], key=lambda p: len(services.history.patient_history(p.id).reviews))
    window.search_box.setText(f"{best.given_name} {best.family_name}")
    wait_until(
        lambda: (
            (result := window.model.result) is not None and result.query == window.search_box.text()
        ),
        "the search",
    )
    window.list_view.selectRow(window.model.row_of(best.id) or 0)
    wait_until(
        lambda: (history := window.page.history) is not None and history.patient.id == best.id,
        "the patient page",
    )
    save(window, "main-window.png")

    window.new_patient()
    wait_until(lambda: window.patient_dialog is not None, "the patient dialog")
    dialog = window.patient_dialog
    assert dialog is not None
    dialog.given_name.setText("Zoë")
    dialog.family_name.setText("Wiśniewska")
    dialog.date_of_birth.setText("2023-02-30")
    dialog.nhs_number.setText("943 476 5918")
    dialog.save()
    wait_until(lambda: not window.isActiveWindow() or True, "the messages")
    save(dialog, "patient-dialog-errors.png")
    dialog.reject()

    _consultation_shots(shots, best)


def _consultation_shots(shots: xvfb.Shots, patient: Any) -> None:
    """The consultation workspace at each stage, and the patient view, with a plan under way."""
    import datetime as dt

    services, window = shots.services, shots.window
    wait_until, save = shots.wait_until, shots.save

    from ui.consultation.window import StageId

    c = services.consultations
    if c.current_draft(patient.id) is not None:
        # A person with an agreed plan and no draft: the consultation starts afresh.
        people = services.patients.search("", limit=None).patients[:300]
        patient = next(
            p for p in people if c.current_draft(p.id) is None and c.latest_agreed(p.id) is not None
        )
        window.open_patient(patient.id)
        wait_until(
            lambda: (
                (history := window.page.history) is not None and history.patient.id == patient.id
            ),
            "the patient page",
        )
    w = shots.open_consultation(patient)
    plan = w.plan
    today = plan.consultation_date
    c.set_preparation(
        plan.id,
        what_matters_prompt="Being able to look after my granddaughter Lily after school",
        talk_about_prompt="My sleep, and my knee when I walk",
        conditions_effect_prompt="Tired in the afternoons; stairs are hard",
        information_preference="Large print, and phone my daughter Sam",
        who_involved="My daughter Sam",
    )
    c.add_result(
        plan.id,
        "HbA1c",
        "58 mmol/mol",
        "A bit higher than we would like; it was 62 last time, so it is coming down",
        today - dt.timedelta(days=12),
    )
    c.add_result(
        plan.id,
        "Blood pressure",
        "148/92",
        "Higher than ideal (aim: below 140/90)",
        today - dt.timedelta(days=12),
    )
    c.add_participant(plan.id, "patient")
    c.add_participant(plan.id, "carer", "Sam (daughter)")
    topics = [
        ("Knee pain when walking", "patient"),
        ("My sleep", "patient"),
        ("Money worries 💷", "carer"),
        ("Blood pressure", "clinician"),
    ]
    items = [c.add_agenda_item(plan.id, text, by) for text, by in topics]
    c.set_agenda_status(items[0].id, "discussed")
    c.set_agenda_status(items[2].id, "deferred")
    matters = c.add_what_matters(plan.id, "Looking after my granddaughter Lily")
    c.add_what_matters(plan.id, "Keeping my garden going")
    walk = c.add_goal(
        plan.id,
        "Walk to the park with Lily",
        "patient",
        9,
        "Walk 20 minutes without stopping",
        today + dt.timedelta(days=84),
        matters.id,
    )
    sleep = c.add_goal(plan.id, "Sleep through the night", "patient", 7)
    steps = c.add_action(
        walk.id, "Walk round the block", "10 minutes", "after lunch", "5 days a week"
    )
    c.rate_confidence(steps.id, 5)
    c.add_action(
        walk.id,
        "Phone to see how the walking is going",
        None,
        "in two weeks",
        "once",
        "practice",
        "Priya",
    )
    c.add_action(
        sleep.id, "No screens after 10pm", None, "every evening", "daily", confidence_rating=8
    )
    c.add_barrier(walk.id, "Rain", "Walk in the shopping centre", steps.id)
    c.add_barrier(walk.id, "Knee sore the next day", "Walk 5 minutes, twice", steps.id)
    c.add_support(plan.id, "person", "Sam (daughter)", "07700 900 123", "Comes on Sunday walks")
    c.add_support(
        plan.id,
        "community",
        "Ashby walking group",
        "01632 960 111",
        "Walks on Tuesdays at 10, from the library",
    )
    for level, signs, todo, whom, phone in (
        ("green", "Knee a bit sore after walking", "Rest, ice, paracetamol", "", ""),
        (
            "amber",
            "Knee swollen for 3 days",
            "Stop the walks and call us",
            "Practice nurse",
            "01632 960 100",
        ),
        ("red", "Chest pain, or cannot stand", "Call 999 now", "Emergency", "999"),
    ):
        c.add_escalation_step(plan.id, level, signs, todo, whom, phone)
    w.session.reload()
    wait_until(lambda: any(g.id == sleep.id for g in w.plan.goals), "the plan")

    names = ["prepare", "agenda", "goals", "action-plan", "agree"]
    for stage in StageId:
        w.go_to(stage)
        if stage == StageId.AGENDA:
            w.agenda_stage.view.selectRow(1)
        wait_until(lambda: True, "the stage")
        save(w, f"consultation-{stage.value + 1}-{names[stage]}.png")
    w.go_to(StageId.ACTION_PLAN)
    for tab, name in ((1, "barriers"), (2, "support"), (3, "if-worse")):
        w.action_plan_stage.tabs.setCurrentIndex(tab)
        wait_until(lambda: True, "the tab")
        save(w, f"consultation-4-action-plan-{name}.png")
    w.action_plan_stage.tabs.setCurrentIndex(0)

    # The patient view beside the form (one screen): the whole window, then the pane.
    w.go_to(StageId.GOALS)
    view = w.show_patient_view()
    wait_until(lambda: True, "the patient view")
    save(w, "consultation-with-patient-view.png")
    save(view, "consultation-patient-view.png")
    view.browser.verticalScrollBar().setValue(view.browser.verticalScrollBar().maximum() // 2)
    wait_until(lambda: True, "the patient view")
    save(view, "consultation-patient-view-goals.png")
    w.toggle_patient_view()

    w.text_scale.set_scale(1.5)
    for stage in (StageId.AGENDA, StageId.ACTION_PLAN):
        w.go_to(stage)
        wait_until(lambda: True, "the stage at 150%")
        save(w, f"consultation-150-percent-{names[stage]}.png")
    w.text_scale.set_scale(1.0)

    w.go_to(StageId.AGREE)
    agree = w.agree_stage
    agree.contact_name.setText("Priya Shah")
    agree.contact_role.setText("Practice nurse")
    agree.contact_phone.setText("01632 960 100")
    agree.contact_phone.commit()
    agree.person_confirms.setChecked(True)
    agree.clinician_confirms.setChecked(True)
    agree.agree()
    wait_until(lambda: not w.plan.is_draft, "the agreed plan")
    save(w, "consultation-5-agreed.png")
    w.close()


if __name__ == "__main__":
    sys.exit(main())
