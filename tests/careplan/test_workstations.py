"""Two workstations on one database: separate engines, separate connections."""

from __future__ import annotations

import pytest

from careplan.errors import ConflictError
from careplan.records import PatientInput
from careplan.services import Services
from careplan.storage import Database
from tests.conftest import BACKENDS


@pytest.mark.parametrize("fresh_url", BACKENDS, indirect=True)
def test_second_save_of_the_same_goal_is_refused_and_nothing_overwritten(fresh_url: str) -> None:
    room1, room2 = Database.open(fresh_url), Database.open(fresh_url)
    try:
        a, b = Services(room1.session_factory), Services(room2.session_factory)
        patient = a.patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
        plan = a.consultations.start_or_resume(patient.id, None)
        a.consultations.add_goal(plan.id, "Walk more", "patient", 5)

        goal_in_room1 = a.consultations.get(plan.id).goals[0]
        goal_in_room2 = b.consultations.get(plan.id).goals[0]
        a.consultations.update_goal(
            goal_in_room1.id, goal_in_room1.version, text="Walk to the park every day"
        )
        with pytest.raises(ConflictError) as info:
            b.consultations.update_goal(
                goal_in_room2.id, goal_in_room2.version, text="Swim on Fridays"
            )
        assert info.value.changes[0].theirs == "Walk to the park every day"
        assert b.consultations.get(plan.id).goals[0].text == "Walk to the park every day"
        # Both rooms now resume the same draft rather than starting two.
        assert b.consultations.start_or_resume(patient.id, None).id == plan.id
    finally:
        room1.close()
        room2.close()
