"""Every top-level window and dialog of the app, opened with real data, for the screen tests.

``WINDOWS`` maps each window class (module:qualname) to a function that opens it. A
test fails when a window class is added under ``ui/`` without being listed here
(``ABSTRACT`` holds bases that are never shown themselves).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from ui.context import UiContext

TODAY = dt.date(2026, 3, 2)
PASSWORD = "correct horse battery"


@dataclass
class World:
    """A small practice and the app's pieces, as the signed-in clinician sees them."""

    app: QApplication
    workdir: Path
    database: Any
    services: Any  # signed in as the clinician
    admin: Any  # signed in as the administrator
    jobs: Any
    changes: Any
    settings: QSettings
    patient: Any
    plan: Any  # an agreed plan with goals and actions
    group_session_id: int = 0
    main: Any = None
    opened: list[QWidget] = field(default_factory=list)

    @property
    def ctx(self) -> UiContext:
        return UiContext(self.services, self.jobs, self.changes, self.settings, lambda: TODAY)

    def shown(self, window: QWidget, settle_ms: int = 150) -> QWidget:
        """``window`` shown, once what it reads has come in."""
        window.show()
        self.settle(settle_ms)
        return window

    def settle(self, ms: int = 150) -> None:
        from PySide6.QtCore import QElapsedTimer

        timer = QElapsedTimer()
        timer.start()
        while timer.elapsed() < ms or self.jobs.busy:
            self.app.processEvents()
            if timer.elapsed() > 20_000:
                raise TimeoutError("the job runner did not finish")


def make_world(app: QApplication, workdir: Path) -> World:
    from careplan.records import PatientInput
    from careplan.storage import Database
    from ui.workstation import Workstation

    database = Database.open("sqlite:///" + str(workdir / "screens.sqlite3"))
    settings = QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat)
    parts = Workstation.open(database, settings=settings)
    base = parts.services()
    base.accounts.create_first_admin("Sam Patel", "sam", PASSWORD)
    base.accounts.create_account("Dr Amara Okafor-Whitfield", "clinician", "amara", PASSWORD)
    clinician = base.accounts.sign_in("amara", PASSWORD)
    admin = base.accounts.sign_in("sam", PASSWORD)
    services = parts.services(clinician)
    admin_services = parts.services(admin)
    people = [
        PatientInput(
            "Margaret-Anne", "Featherstonehaugh-Smith", "1956-03-21", "943 476 5919", "Peggy"
        ),
        PatientInput("John", "Smithson", "1948-11-02"),
        PatientInput("Zoë", "O'Brien", "1990-07-14", large_print=True),
    ]
    patients = [services.patients.create(p) for p in people]
    c = services.consultations
    plan = c.start_or_resume(patients[0].id, clinician.staff_id, "2026-01-12")
    c.add_agenda_item(plan.id, "Knee pain when walking", "patient")
    matters = c.add_what_matters(plan.id, "Looking after my granddaughter Lily after school")
    goal = c.add_goal(plan.id, "Walk to the park with Lily without stopping", importance=9)
    del matters
    c.add_action(goal.id, "Walk round the block", "10 minutes", "after lunch", "daily")
    c.add_action(goal.id, "Ask Sam to come along", who="carer", confidence_rating=8)
    plan = c.set_review_date(plan.id, "2026-02-20")
    plan = c.agree(plan.id, plan.version, incomplete_reason="Named contact to follow")
    # John left a consultation unfinished (offered again after a restart).
    draft = c.start_or_resume(patients[1].id, clinician.staff_id, "2026-02-27")
    c.add_agenda_item(draft.id, "Sleeping badly since the move", "patient")
    assert clinician.staff_id is not None
    group_session_id = _group_session(services, [p.id for p in patients], clinician.staff_id)
    return World(
        app=app,
        workdir=workdir,
        database=database,
        services=services,
        admin=admin_services,
        jobs=parts.jobs,
        changes=parts.changes,
        settings=parts.settings,
        patient=patients[0],
        plan=plan,
        group_session_id=group_session_id,
    )


def _group_session(services: Any, patient_ids: list[int], lead_id: int) -> int:
    """A group session on the diabetes register, with people arrived and consented."""
    from careplan.register_records import ResultInput

    for number, patient_id in enumerate(patient_ids):
        services.registers.add_condition(patient_id, "44054006", "2015-01-01")
        services.results.add_result(patient_id, ResultInput("HbA1c", 58 + number, "2026-01-10"))
    g = services.groups
    series = g.create_series("Living well with type 2 diabetes", "type 2 diabetes")
    session = g.create_session(
        "Living well with type 2 diabetes",
        "2026-03-09",
        "14:00",
        "16:00",
        place="Community room, Riverside Surgery",
        topic="type 2 diabetes",
        lead_clinician_id=lead_id,
        capacity=12,
        series_id=series.id,
    )
    g.invite(session.id, patient_ids)
    for attendee in g.get(session.id).attendees[:2]:
        g.set_attendance(attendee.id, "arrived")
        g.record_agreement(attendee.id)
        g.set_board_consent(attendee.id, True)
    services.group_agenda.add_topic(session.id, "Eating well on a budget")
    return int(session.id)


# ----- one opener per window ---------------------------------------------------------------


def open_main_window(world: World) -> QWidget:
    from ui.main_window import MainWindow

    window = MainWindow(world.ctx)
    window.show()
    world.settle()
    window.open_patient(world.patient.id)
    world.settle(300)
    world.main = window
    return window


def _main(world: World) -> Any:
    return world.main if world.main is not None else open_main_window(world)


def open_consultation(world: World) -> QWidget:
    main = _main(world)
    opened: list[QWidget] = []
    main.consultations.opened.connect(opened.append)
    main.consultations.open(world.patient, world.services.context.actor.staff_id)
    world.settle(400)
    return opened[0]


def open_consultation_with_patient_pane(world: World) -> QWidget:
    window: Any = open_consultation(world)
    window.show_patient_view()
    world.settle()
    return window


def open_patient_view(world: World) -> QWidget:
    window: Any = open_consultation(world)
    view = window.show_patient_view()
    world.settle()
    return view


def open_patient_dialog(world: World) -> QWidget:
    main = _main(world)
    main.edit_patient()
    world.settle()
    return main.patient_dialog


def open_print_dialog(world: World) -> QWidget:
    from ui.printing import show_print_dialog

    dialog = show_print_dialog(_main(world), world.ctx, world.plan.id)
    world.settle(600)
    return dialog


def open_review_dialog(world: World) -> QWidget:
    from ui.followup.review_dialog import ReviewLauncher

    launcher = ReviewLauncher(world.ctx, _main(world))
    opened: list[QWidget] = []
    launcher.dialog_opened.connect(opened.append)
    launcher.open(world.plan.id)
    world.settle(300)
    return opened[0]


def from_menu(menu: str, show: str, settle_ms: int) -> Callable[[World], QWidget]:
    """Opens a window as ``main_window.<menu>.<show>()`` does, and waits for its data."""

    def open_it(world: World) -> QWidget:
        window: QWidget = getattr(getattr(_main(world), menu), show)()
        world.settle(settle_ms)
        return window

    return open_it


def open_sign_in(world: World) -> QWidget:
    from ui.sign_in import SignInWindow

    window = SignInWindow(world.jobs)
    window.show()
    window.database_ready(world.admin.accounts)
    world.settle(300)
    return window


def open_first_start(world: World) -> QWidget:
    from ui.sign_in import Mode, SignInWindow

    window = SignInWindow(world.jobs)
    window.show()
    window.set_mode(Mode.FIRST_ADMIN)
    world.settle()
    return window


def open_recovery_key(world: World) -> QWidget:
    from ui.recovery_key import RecoveryKeyDialog

    return world.shown(
        RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP")
    )


def open_staff_accounts(world: World) -> QWidget:
    from ui.admin import StaffAccountsWindow

    return world.shown(StaffAccountsWindow(world.jobs, world.admin), 300)


def open_audit(world: World) -> QWidget:
    from ui.admin import AuditWindow

    return world.shown(AuditWindow(world.jobs, world.admin), 300)


def open_change_password(world: World) -> QWidget:
    from ui.admin import ChangePasswordDialog

    return world.shown(
        ChangePasswordDialog(
            world.jobs, world.services, world.services.context.actor, required=True
        )
    )


def open_add_account(world: World) -> QWidget:
    from ui.admin import AddAccountDialog

    return world.shown(AddAccountDialog(world.jobs, world.admin))


def open_reset_password(world: World) -> QWidget:
    from ui.admin import ResetPasswordDialog

    staff = world.admin.accounts.list_accounts()[-1]
    return world.shown(ResetPasswordDialog(world.jobs, world.admin, staff))


def open_practice_details(world: World) -> QWidget:
    from ui.practice_dialog import PracticeDetailsDialog

    return world.shown(PracticeDetailsDialog(first_start=True))


def open_group_sessions(world: World) -> QWidget:
    window = _main(world).groups.show_sessions()
    world.settle(300)
    window.view.setCurrentIndex(window.model.index(0, 0))
    return window


def open_new_group_session(world: World) -> QWidget:
    dialog = open_group_sessions(world).plan_session()  # type: ignore[attr-defined]
    world.settle()
    return dialog


def open_group_invite(world: World) -> QWidget:
    dialog = open_group_sessions(world).invite()  # type: ignore[attr-defined]
    dialog.from_worklist()
    world.settle(300)
    return dialog


def open_group_session(world: World) -> QWidget:
    sessions: Any = open_group_sessions(world)
    window = sessions.open_session(world.group_session_id)
    world.settle(300)
    return window


def open_results_board(world: World) -> QWidget:
    window: Any = open_group_session(world)
    board = window.show_board()
    world.settle(300)
    return board


def open_import_patients(world: World) -> QWidget:
    path = world.workdir / "patients.csv"
    path.write_text(
        "nhs_number,given_name,family_name,date_of_birth,postcode\n"
        "9434765870,Olusegun,Adebayo-Richardson,1961-05-04,SE15 4QQ\n"
        "4010232137,Agnieszka,Wiśniewska,1972-11-23,SE5 8RS\n",
        encoding="utf-8",
    )
    dialog: Any = _main(world).registers.show_import()
    dialog.open_file(path)
    world.settle(300)
    return dialog


def open_unfinished_drafts(world: World) -> QWidget:
    from ui.unfinished_drafts import UnfinishedDrafts

    main = _main(world)
    patients = world.services.patients
    drafts = world.services.consultations.unfinished_drafts(world.services.context.actor.staff_id)
    return world.shown(
        UnfinishedDrafts(
            [(d, patients.get(d.patient_id)) for d in drafts],
            world.services,
            world.jobs,
            main.consultations,
            main,
        )
    )


Opener = Callable[[World], QWidget]

# Every window class under ui/, and how to open it. Keys are "module:QualName".
WINDOWS: dict[str, Opener] = {
    "ui.main_window:MainWindow": open_main_window,
    "ui.consultation.window:ConsultationWindow": open_consultation_with_patient_pane,
    "ui.consultation.patient_view:PatientView": open_patient_view,
    "ui.patient_dialog:PatientDialog": open_patient_dialog,
    "ui.printing:PrintDialog": open_print_dialog,
    "ui.followup.review_dialog:ReviewDialog": open_review_dialog,
    "ui.followup.worklist:WorklistWindow": from_menu("followup", "show_worklist", 300),
    "ui.followup.overview:OverviewWindow": from_menu("followup", "show_overview", 300),
    "ui.sign_in:SignInWindow": open_sign_in,
    "ui.recovery_key:RecoveryKeyDialog": open_recovery_key,
    "ui.admin:StaffAccountsWindow": open_staff_accounts,
    "ui.admin:AuditWindow": open_audit,
    "ui.admin:ChangePasswordDialog": open_change_password,
    "ui.admin:AddAccountDialog": open_add_account,
    "ui.admin:ResetPasswordDialog": open_reset_password,
    "ui.practice_dialog:PracticeDetailsDialog": open_practice_details,
    "ui.groups.sessions:GroupSessionsWindow": open_group_sessions,
    "ui.groups.sessions:NewSessionDialog": open_new_group_session,
    "ui.groups.invite:InviteDialog": open_group_invite,
    "ui.groups.session_window:GroupSessionWindow": open_group_session,
    "ui.groups.board:ResultsBoardWindow": open_results_board,
    "ui.registers.coming_up:ComingUpWindow": from_menu("registers", "show_coming_up", 400),
    "ui.registers.population:PopulationWindow": from_menu("registers", "show_population", 600),
    "ui.registers.import_dialog:ImportPatientsDialog": open_import_patients,
    "ui.unfinished_drafts:UnfinishedDrafts": open_unfinished_drafts,
}
# More ways to see a listed window (its other modes).
VARIANTS: dict[str, Opener] = {
    "ui.sign_in:SignInWindow (first start)": open_first_start,
}
# Bases that are never shown on their own.
ABSTRACT = {"ui.admin:_FormDialog", "ui.saving_dialog:SavingDialog", "ui.data_window:DataWindow"}
