"""A review date far in the future (9999-12-31) is a slip of the keyboard: refused clearly."""

from __future__ import annotations

import datetime as dt

import pytest

from careplan.errors import ValidationError
from careplan.records import ConsultationRecord, PatientInput
from careplan.services import Services
from tests.careplan.test_consultations import _agreed_plan
from tests.careplan.test_reviews import _review
from tests.conftest import FixedClock


@pytest.fixture
def people(services: Services) -> tuple[int, int]:
    gp = services.staff.create("Dr Amara Okafor", "clinician")
    patient = services.patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
    return patient.id, gp.id


@pytest.fixture
def plan(services: Services, people: tuple[int, int]) -> ConsultationRecord:
    return _agreed_plan(services, *people)  # review date 2026-06-02


@pytest.fixture
def nurse(services: Services) -> int:
    return services.staff.create("Priya Shah", "nurse").id


@pytest.mark.parametrize("far", ["9999-12-31", "2040-01-01"])
def test_a_plan_s_review_date_years_ahead_is_refused(
    services: Services,
    people: tuple[int, int],
    far: str,
) -> None:
    draft = services.consultations.start_or_resume(*people)
    with pytest.raises(ValidationError, match="years ahead") as refused:
        services.consultations.set_review_date(draft.id, far)
    assert refused.value.field == "review_date"
    assert services.consultations.get(draft.id).review_date is None
    two_years = draft.consultation_date + dt.timedelta(days=730)
    assert services.consultations.set_review_date(draft.id, two_years).review_date == two_years


def test_a_review_s_next_date_years_ahead_is_refused(
    services: Services,
    plan: ConsultationRecord,
    nurse: int,
    clock: FixedClock,
) -> None:
    clock.now = dt.datetime(2026, 6, 3, 10, tzinfo=dt.UTC)
    with pytest.raises(ValidationError, match="years ahead") as refused:
        services.reviews.record(_review(plan, nurse, next_review_date="9999-12-31"))
    assert refused.value.field == "next_review_date"
    assert services.history.patient_history(plan.patient_id).reviews == ()
