"""The patient page: details, plans and reviews, loaded off the UI thread."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from careplan.demo import load_demo
from careplan.records import PatientInput, PatientRecord, StaffRecord
from careplan.services import Services
from careplan.storage import Database
from tests.ui.conftest import agreed_plan
from tests.ui.tables import column
from ui.context import UiContext
from ui.jobs import JobRunner
from ui.patient_page import PatientPage
from ui.widgets import fix_minimum_size


@pytest.fixture
def page(qtbot: QtBot, ctx: UiContext) -> PatientPage:
    page = PatientPage(ctx)
    qtbot.addWidget(page)
    fix_minimum_size(page)  # shown as a window of its own here
    page.resize(900, 700)
    page.show()
    return page


def show(qtbot: QtBot, page: PatientPage, patient: PatientRecord) -> None:
    with qtbot.waitSignal(page.history_loaded):
        page.show_patient(patient)


def cell(page: PatientPage, which: str, row: int, title: str) -> str:
    model = page.plan_model if which == "plans" else page.review_model
    return str(model.data(model.index(row, column(model, title))))


def test_placeholder_until_a_patient_is_chosen(qtbot: QtBot, page: PatientPage) -> None:
    assert page.placeholder.isVisible()
    assert page.patient is None


def test_header_shows_who_they_are_and_how_to_reach_them(
    qtbot: QtBot,
    page: PatientPage,
    patients: list[PatientRecord],
) -> None:
    show(qtbot, page, patients[0])
    assert page.name_label.text() == "Margaret Smith"
    assert page.preferred_label.text() == "known as Peggy"
    assert page.nhs_value.text() == "943 476 5919"
    assert page.born_value.text() == "21 Mar 1956 (age 69)"
    assert page.needs_value.text() == "none recorded"
    assert page.phone_value.text() == "not recorded"
    assert page.plans.note.text() == "No plans yet."
    assert page.reviews.note.text() == "No reviews yet."

    show(qtbot, page, patients[3])
    assert page.needs_value.text() == "Easy read · Interpreter: Urdu"
    show(qtbot, page, patients[1])
    assert page.phone_value.text() == "01632 960 123"


def test_plans_of_a_patient_with_an_agreed_plan(
    qtbot: QtBot,
    page: PatientPage,
    services: Services,
    patients: list[PatientRecord],
    clinician: StaffRecord,
) -> None:
    peggy = patients[0]
    agreed = agreed_plan(services, peggy, clinician, review_date="2026-01-15")
    show(qtbot, page, peggy)

    assert page.plan_model.rowCount() == 1
    assert list(page.plan_model.texts(0)) == [
        "1 Sep 2025",
        "Agreed",
        "1",
        "Dr Amara Okafor",
        "1",
        "2",
        "15 Jan 2026 — overdue",
    ]
    assert not page.plans.note.isVisible()

    # A new draft revision started anywhere shows up without asking.
    services.consultations.revise(agreed.id, clinician.id)
    qtbot.waitUntil(lambda: page.plan_model.rowCount() == 2)
    assert cell(page, "plans", 0, "Status") == "Draft"
    assert cell(page, "plans", 0, "Revision") == "2"


def test_reviews_of_a_demo_patient(
    qtbot: QtBot, page: PatientPage, services: Services, database: Database
) -> None:
    load_demo(database, patients=30, seed=3)
    reviewed = next(
        h
        for h in (
            services.history.patient_history(p.id) for p in services.patients.search().patients
        )
        if len(h.reviews) >= 1 and h.plans
    )
    show(qtbot, page, reviewed.patient)
    assert page.review_model.rowCount() == len(reviewed.reviews)
    first = reviewed.reviews[0]
    assert cell(page, "reviews", 0, "By") == first.reviewer_name
    assert cell(page, "reviews", 0, "How") in {"Phone", "In person", "Video"}
    progress = cell(page, "reviews", 0, "Progress")
    count = len(first.progress)
    assert progress.startswith(f"{count} goal" if count else "no goals")
    assert page.plan_model.rowCount() == len(reviewed.plans)


def test_a_removed_or_changed_patient(
    qtbot: QtBot,
    page: PatientPage,
    services: Services,
    patients: list[PatientRecord],
) -> None:
    ann = patients[4]
    show(qtbot, page, ann)
    changed = services.patients.update(
        ann.id, PatientInput(**{**ann.as_input().__dict__, "given_name": "Pat"}), ann.version
    )
    qtbot.waitUntil(lambda: page.name_label.text() == "Pat Jones")
    assert page.patient == changed


def test_a_slow_older_load_never_overwrites_a_newer_patient(
    qtbot: QtBot,
    page: PatientPage,
    jobs: JobRunner,
    patients: list[PatientRecord],
) -> None:
    page.show_patient(patients[0])
    page.show_patient(patients[1])
    with qtbot.waitSignal(page.history_loaded) as loaded:
        pass
    assert loaded.args[0].patient.id == patients[1].id
    qtbot.waitUntil(lambda: not jobs.busy)
    assert page.name_label.text() == "John Smithson"
    assert page.history is not None and page.history.patient.id == patients[1].id
