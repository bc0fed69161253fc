"""Population measures on a small hand-made practice, answers worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from careplan import models as m
from careplan.clinical_codes import REGISTER_BY_KEY
from careplan.exports_population import population_csv
from careplan.models.registers import Condition, Result, ResultTarget
from careplan.register_records import MeasureCounts, PopulationRow
from careplan.services import Services
from careplan.services.population import month_ends

T0 = dt.datetime(2025, 1, 1, 9, tzinfo=dt.UTC)


def _patient(session: object, name: str) -> m.Patient:
    p = m.Patient(
        given_name=name,
        family_name="Test",
        date_of_birth=dt.date(1950, 1, 1),
        name_key=f"{name.lower()} test",
        family_key="test",
        created_at=T0,
        updated_at=T0,
    )
    session.add(p)  # type: ignore[attr-defined]
    return p


def _plan(
    session: object,
    patient: m.Patient,
    staff: m.StaffMember,
    on: dt.date,
    review: dt.date,
    *,
    action: bool,
) -> m.Consultation:
    c = m.Consultation(
        patient=patient,
        clinician=staff,
        status="agreed",
        consultation_date=on,
        review_date=review,
        started_at=T0,
        updated_at=T0,
        agreed_at=T0,
    )
    goal = m.Goal(
        text="Keep well",
        expressed_by="patient",
        status="active",
        created_at=T0,
        updated_at=T0,
    )
    if action:
        goal.actions.append(m.Action(what="Walk", who="person", created_at=T0))
    c.goals.append(goal)
    session.add(c)  # type: ignore[attr-defined]
    return c


def _review(session: object, plan: m.Consultation, on: dt.date, attainment: int) -> None:
    review = m.Review(mode="phone", reviewed_on=on, created_at=T0, updated_at=T0)
    plan.reviews.append(review)
    session.flush()  # type: ignore[attr-defined]
    review.goal_reviews.append(
        m.GoalReview(goal_id=plan.goals[0].id, attainment=attainment, status_after="active")
    )


def _result(session: object, p: m.Patient, test: str, on: dt.date, value: float) -> None:
    session.add(  # type: ignore[attr-defined]
        Result(
            patient_id=p.id,
            test=test,
            system="http://loinc.org",
            code="x",
            value=value,
            unit="u",
            taken_on=on,
            source="test",
            created_at=T0,
        )
    )


@pytest.fixture
def practice(services: Services) -> dict[str, int]:
    """A (diabetes), B (diabetes + hypertension), C (hypertension), D (asthma), E (none)."""
    d = dt.date
    with services.context.session_factory() as session, session.begin():
        gp = m.StaffMember(full_name="Dr Gee", role="clinician", created_at=T0)
        nurse = m.StaffMember(full_name="Nurse Enn", role="nurse", created_at=T0)
        a, b, c, dd, e = (_patient(session, n) for n in ("Ann", "Bob", "Cat", "Dan", "Eve"))
        session.flush()
        for who, code, dx in (
            (a, "44054006", d(2020, 1, 1)),
            (b, "73211009", d(2019, 1, 1)),
            (b, "59621000", d(2019, 1, 1)),
            (c, "38341003", d(2026, 2, 1)),
            (dd, "195967001", None),
        ):
            session.add(
                Condition(
                    patient_id=who.id,
                    code=code,
                    term="t",
                    diagnosed_on=dx,
                    source="test",
                    created_at=T0,
                )
            )
        # A: plan in the window, reviewed on time (GAS 0).
        plan_a = _plan(session, a, gp, d(2025, 6, 1), d(2025, 9, 1), action=True)
        session.flush()
        _review(session, plan_a, d(2025, 9, 5), 0)
        # B: plan before the window (goal, no action), its review date in it, never reviewed.
        _plan(session, b, nurse, d(2024, 12, 1), d(2025, 4, 1), action=False)
        # D: plan reviewed (GAS -1) and replaced by the nurse's plan within 14 days of its date.
        plan_d = _plan(session, dd, gp, d(2025, 10, 1), d(2026, 1, 1), action=True)
        session.flush()
        _review(session, plan_d, d(2025, 12, 20), -1)
        _plan(session, dd, nurse, d(2026, 1, 10), d(2026, 7, 1), action=True)
        # E: a plan but no condition: on no register.
        _plan(session, e, gp, d(2025, 6, 1), d(2025, 9, 1), action=True)
        # Results: A HbA1c 70 then 55 (target 58), BP 130/80; B HbA1c 64 with own target 64,
        # BP 150/85; C BP 135/92 (the bottom number out of target).
        _result(session, a, "hba1c", d(2025, 6, 1), 70)
        _result(session, a, "hba1c", d(2026, 1, 10), 55)
        _result(session, a, "bp_systolic", d(2026, 1, 10), 130)
        _result(session, a, "bp_diastolic", d(2026, 1, 10), 80)
        _result(session, b, "hba1c", d(2025, 12, 1), 64)
        session.add(ResultTarget(patient_id=b.id, test="hba1c", high=64, agreed_on=d(2025, 1, 1)))
        _result(session, b, "bp_systolic", d(2025, 12, 1), 150)
        _result(session, b, "bp_diastolic", d(2025, 12, 1), 85)
        _result(session, c, "bp_systolic", d(2026, 2, 20), 135)
        _result(session, c, "bp_diastolic", d(2026, 2, 20), 92)
        session.flush()
        return {"gp": gp.id, "nurse": nurse.id}


def _row(
    rows: tuple[PopulationRow, ...], register: str | None, staff: int | None = None
) -> MeasureCounts:
    (found,) = [r for r in rows if r.register == register and r.clinician_id == staff]
    return found.counts


def test_each_measure_for_the_practice_each_register_and_each_clinician(
    services: Services, practice: dict[str, int]
) -> None:
    report = services.population.report(charts=False)  # as of 2026-03-02 (the clock)
    assert report.as_of == dt.date(2026, 3, 2)
    # Worked out by hand; the twelve months are 2025-03-03 .. 2026-03-02, reviews due
    # by 2026-02-16 count.
    diabetes = _row(report.rows, "diabetes")
    assert (diabetes.on_register, diabetes.with_plan, diabetes.with_action_plan) == (2, 1, 1)
    assert (diabetes.reviews_due, diabetes.reviewed_on_time) == (2, 1)  # A on time, B never
    assert (diabetes.goal_reviews, diabetes.goal_reviews_at_or_above) == (1, 1)
    in_target = dict(diabetes.results_in_target)
    assert in_target["hba1c"] == 2  # A 55 <= 58, B 64 <= her own 64
    assert in_target["bp_systolic"] == 1  # A 130/80; B 150 is above 139
    assert in_target["cholesterol"] == 0 and in_target["foot_check"] == 0

    hypertension = _row(report.rows, "hypertension")
    assert (hypertension.on_register, hypertension.with_plan, hypertension.reviews_due) == (2, 0, 1)
    assert dict(hypertension.results_in_target) == {"bp_systolic": 0}  # C's 92 is too high

    asthma = _row(report.rows, "asthma")
    assert (asthma.on_register, asthma.with_plan, asthma.with_action_plan) == (1, 1, 1)
    assert (asthma.reviews_due, asthma.reviewed_on_time) == (1, 1)
    assert (asthma.goal_reviews, asthma.goal_reviews_at_or_above) == (1, 0)

    whole = _row(report.rows, None)  # A, B, C, D once each; E is on no register
    assert (whole.on_register, whole.with_plan, whole.with_action_plan) == (4, 2, 2)
    assert (whole.reviews_due, whole.reviewed_on_time) == (3, 2)
    assert (whole.goal_reviews, whole.goal_reviews_at_or_above) == (2, 1)

    # A person's clinician agreed their latest plan: A the GP, B and D the nurse.
    assert _row(report.rows, "diabetes", practice["gp"]).on_register == 1
    assert _row(report.rows, "diabetes", practice["nurse"]).on_register == 1
    assert _row(report.rows, "asthma", practice["nurse"]).with_plan == 1
    assert _row(report.rows, "copd").on_register == 0


def test_one_register_with_run_charts_and_csv(services: Services, practice: dict[str, int]) -> None:
    report = services.population.report(REGISTER_BY_KEY["diabetes"])
    assert [r.register for r in report.rows] == ["diabetes", "diabetes", "diabetes"]
    chart = report.charts["with_plan"]
    assert len(chart.months) == 24 and chart.months[-1] == dt.date(2026, 3, 2)
    assert chart.months[0] == dt.date(2024, 4, 30)
    # Of A and B: B's plan (2024-12-01) counts for twelve months, A's from 2025-06-01.
    at = {month: value for month, value in zip(chart.months, chart.values, strict=True)}
    assert at[dt.date(2024, 11, 30)] == 0.0
    assert at[dt.date(2024, 12, 31)] == 50.0  # B
    assert at[dt.date(2025, 6, 30)] == 100.0  # A and B
    assert at[dt.date(2025, 12, 31)] == 50.0  # A; B's plan is over a year old
    assert chart.median == 50.0
    assert "in_target:hba1c" in report.charts

    import io

    out = io.StringIO()
    assert population_csv(services.population.report(charts=False), out) == 19
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("snomed_code,register,on_register,with_current_agreed_plan")
    assert lines[1].startswith("73211009,Diabetes,2,1,1,2,1,1,1,")


def test_month_ends() -> None:
    assert month_ends(dt.date(2026, 3, 2), 4) == [
        dt.date(2025, 12, 31),
        dt.date(2026, 1, 31),
        dt.date(2026, 2, 28),
        dt.date(2026, 3, 2),
    ]
