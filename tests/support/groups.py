"""A group session with attendees, for the group consultation tests."""

from __future__ import annotations

from dataclasses import dataclass

from careplan.group_records import GroupSessionRecord
from careplan.records import PatientInput
from careplan.register_records import ResultInput
from careplan.services import Services

PEOPLE = (
    ("Aisha", "Rahman", "1961-04-02", "9458073022"),
    ("Brian", "O'Connell", "1955-11-20", "1573681938"),
    ("Chiara", "Benedetti", "1970-06-15", "0364262125"),
    ("Deepak", "Sharma", "1949-01-30", "9972200337"),
    ("Eleanor", "Whitfield", "1958-09-09", "2245383230"),
    ("Femi", "Adeyemi", "1966-12-01", "5499095140"),
    ("Gwen", "Llewellyn", "1952-03-17", "5475277206"),
    ("Hamid", "Karimi", "1963-07-25", "4056086567"),
)


@dataclass(frozen=True)
class Group:
    session: GroupSessionRecord
    clinician_id: int
    facilitator_id: int
    patient_ids: tuple[int, ...]

    def attendee_id(self, services: Services, patient_id: int) -> int:
        record = services.groups.get(self.session.id)
        return next(a.id for a in record.attendees if a.patient_id == patient_id)


def make_group(
    services: Services,
    count: int = 8,
    *,
    date: str = "2026-03-02",
    series: bool = True,
    facilitator_role: str = "admin",
) -> Group:
    gp = services.staff.create("Dr Amara Okafor", "clinician", "GP partner")
    coordinator = services.staff.create("Sam Patel", facilitator_role, "Care coordinator")
    patients = [
        services.patients.create(PatientInput(given, family, born, nhs_number=nhs)).id
        for given, family, born, nhs in PEOPLE[:count]
    ]
    series_id = services.groups.create_series("Living well with diabetes", "type 2 diabetes").id
    session = services.groups.create_session(
        "Living well with diabetes",
        date,
        "14:00",
        "16:00",
        place="Community room, Riverside Surgery",
        topic="type 2 diabetes",
        lead_clinician_id=gp.id,
        facilitator_id=coordinator.id,
        capacity=10,
        series_id=series_id if series else None,
    )
    services.groups.invite(session.id, patients)
    return Group(services.groups.get(session.id), gp.id, coordinator.id, tuple(patients))


def hold_session(services: Services, group: Group) -> dict[int, str]:
    """Everyone arrives, agrees and consents; each gets a result, a goal and an action.

    Returns each patient's HbA1c value as printed, to look for in other people's papers.
    """
    g, cons = services.groups, services.consultations
    values: dict[int, str] = {}
    for number, attendee in enumerate(g.get(group.session.id).attendees):
        g.set_attendance(attendee.id, "arrived")
        g.record_agreement(attendee.id)
        g.set_board_consent(attendee.id, True)
        plan = services.group_plans.start_plan(attendee.id)
        values[attendee.patient_id] = f"{61 + number} mmol/mol"
        services.results.add_result(
            attendee.patient_id, ResultInput("hba1c", 61 + number, "2026-02-20")
        )
        goal = cons.add_goal(plan.id, f"Goal of {attendee.first_name}", "patient", 8)
        cons.add_action(goal.id, f"Action of {attendee.first_name}", "10 minutes", None, "daily")
        cons.set_named_contact(plan.id, "Siobhán Kelly", "Diabetes specialist nurse")
    return values
