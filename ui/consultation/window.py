"""The consultation workspace: Prepare → Agenda → What matters & goals → Action plan → Agree.

A step bar the pair can move along freely (any stage can be skipped and come
back to), not a locked wizard. Every edit is stored as it is made; closing
the window keeps the draft, and opening the patient again resumes it.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from careplan.records import ConsultationRecord, PatientRecord
from ui import formatting
from ui.consultation.action_plan import ActionPlanStage
from ui.consultation.agenda import AgendaStage
from ui.consultation.agree import AgreeStage
from ui.consultation.discard import DiscardBanner
from ui.consultation.editing import PlanEditor
from ui.consultation.goals import GoalsStage
from ui.consultation.patient_pane import PatientPane
from ui.consultation.patient_view import PatientView
from ui.consultation.prepare import PrepareStage
from ui.consultation.session import ConsultationSession
from ui.consultation.settings import WORKSPACE_GEOMETRY, WORKSPACE_TEXT_SCALE
from ui.consultation.stage import Stage
from ui.consultation.stage_bar import StageBar
from ui.consultation.widgets import (
    TextScale,
    bring_to_front,
    wants_window_undo,
)
from ui.consultation.window_header import WorkspaceFooter, WorkspaceHeader
from ui.context import UiContext
from ui.feedback import ErrorBanner
from ui.titles import signed_in_name, window_title
from ui.widgets import fix_minimum_size
from ui.window_fit import CappedScroll

S = TypeVar("S", bound=Stage)


class StageId(IntEnum):
    PREPARE = 0
    AGENDA = 1
    GOALS = 2
    ACTION_PLAN = 3
    AGREE = 4


# The part of the patient view that goes with each stage.
PATIENT_VIEW_ANCHORS = {
    StageId.PREPARE: "",
    StageId.AGENDA: "agenda",
    StageId.GOALS: "matters",
    StageId.ACTION_PLAN: "goals",
    StageId.AGREE: "",
}


def person_name(patient: PatientRecord) -> str:
    """How the plan addresses the person: the name they like to be called."""
    return (patient.preferred_name or "").strip() or patient.given_name


class _StageOf(Generic[S]):
    """A stage of the window as its own kind (``window.goals_stage``), built when first used."""

    def __init__(self, number: StageId, kind: type[S]) -> None:
        self._number = number
        self._kind = kind

    def __get__(self, window: ConsultationWindow, owner: type[ConsultationWindow]) -> S:
        stage = window.stage(self._number)
        assert isinstance(stage, self._kind)
        return stage


class ConsultationWindow(QMainWindow):
    stage_changed = Signal(int)
    patient_view_opened = Signal(object)  # PatientView

    prepare_stage = _StageOf(StageId.PREPARE, PrepareStage)
    agenda_stage = _StageOf(StageId.AGENDA, AgendaStage)
    goals_stage = _StageOf(StageId.GOALS, GoalsStage)
    action_plan_stage = _StageOf(StageId.ACTION_PLAN, ActionPlanStage)
    agree_stage = _StageOf(StageId.AGREE, AgreeStage)

    def __init__(
        self,
        ctx: UiContext,
        patient: PatientRecord,
        plan: ConsultationRecord,
        last_plan: ConsultationRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consultation-window")
        self._ctx = ctx
        self.patient = patient
        self.person = person_name(patient)
        self.setWindowTitle(
            window_title(
                self.tr("Consultation"),
                person=signed_in_name(ctx.services),
                patient=formatting.banner_name(patient),
            )
        )
        self.session = ConsultationSession(ctx, plan, self)
        self.editor = PlanEditor(self.session)
        self.text_scale = TextScale(self, ctx.settings, WORKSPACE_TEXT_SCALE)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)
        # The name and tools wrap at large text; on a short screen they scroll rather than
        # squeeze the stage below them. The stage bar and the footer are always in view:
        # only the stage itself scrolls.
        self.header = WorkspaceHeader(patient, self.text_scale, central)
        self.name_label = self.header.name_label
        self.details_label = self.header.details_label
        self.undo_button = self.header.undo_button
        self.redo_button = self.header.redo_button
        self.patient_view_button = self.header.patient_view_button
        self.patient_view_button.clicked.connect(self.toggle_patient_view)
        layout.addWidget(CappedScroll(self.header, central, share=0.22))
        self.stage_bar = StageBar(self.text_scale, central)
        self.stage_bar.chosen.connect(self.go_to)
        self.step_buttons = self.stage_bar.buttons
        self.step_group = self.stage_bar.group
        layout.addWidget(self.stage_bar)
        layout.addWidget(self._build_problem(central))
        self.discard_banner = DiscardBanner(self, central)
        layout.addWidget(self.discard_banner)
        self.stack = QStackedWidget(central)
        layout.addWidget(self.stack, 1)
        self.footer = WorkspaceFooter(central)
        self.saved_label = self.footer.saved_label
        self.back_button = self.footer.back_button
        self.next_button = self.footer.next_button
        self.discard_button = self.footer.discard_button
        self.back_button.clicked.connect(lambda: self.go_to(self.current_stage - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_stage + 1))
        self.discard_button.clicked.connect(lambda: self.discard_banner.discard())
        layout.addWidget(self.footer)
        # The clinician's form on the left; the patient view beside it when shown.
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("consultation-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(central)
        self.setCentralWidget(self.splitter)
        self.pane = PatientPane(self.splitter, ctx.settings, self._make_patient_view)
        self.pane.shown.connect(self.patient_view_opened)

        # Stages are built one at a time: the first at once, the others in the following
        # turns of the event loop, so that no single step keeps the window busy for long.
        self._factories: list[Callable[[], Stage]] = [
            lambda: self._make_prepare_stage(last_plan),
            lambda: AgendaStage(self.editor, self.text_scale),
            lambda: GoalsStage(self.editor, self.text_scale),
            lambda: ActionPlanStage(self.editor, self.text_scale),
            self._make_agree_stage,
        ]
        self._built: list[Stage | None] = [None] * len(self._factories)
        # Built stages not yet showing the plan as it is now.
        self._stale: set[int] = set()
        for _factory in self._factories:
            scroll = QScrollArea(self.stack)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.stack.addWidget(scroll)

        self._build_actions()
        self.session.plan_changed.connect(self._show_plan)
        self.session.problem.connect(self._show_problem)
        self.session.saving_changed.connect(self.footer.show_saving)
        self.text_scale.apply()
        self._show_plan(plan)
        self.go_to(StageId.PREPARE)
        fix_minimum_size(self)
        self._restore_geometry()

    # ----- building -------------------------------------------------------------------------------

    def _build_problem(self, parent: QWidget) -> QWidget:
        self.problem = ErrorBanner(parent)
        dismiss = QPushButton(self.tr("OK"), self.problem)
        dismiss.setAccessibleName(self.tr("Dismiss the message"))
        dismiss.clicked.connect(self.problem.clear_message)
        self.problem.body.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignRight)
        return self.problem

    def _build_actions(self) -> None:
        self.undo_action, self.redo_action = self.header.follow_undo(self.session.undo_stack, self)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self.go_to(self.current_stage + 1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self.go_to(self.current_stage - 1))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, self.text_scale.bigger)
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, self.text_scale.smaller)
        self.patient_view_action = QAction(self.tr("Show or hide the patient view"), self)
        self.patient_view_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.patient_view_action.triggered.connect(self.toggle_patient_view)
        self.addAction(self.patient_view_action)

    def _watch_text_fields(self, stage: QWidget) -> None:
        """Ctrl+Z in a field with no typing left to undo undoes the last stored edit."""
        for edit in stage.findChildren(QLineEdit) + stage.findChildren(QPlainTextEdit):
            edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QLineEdit | QPlainTextEdit)
            and wants_window_undo(watched, event)
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    # ----- stages, built as they are first needed -------------------------------------------

    def _make_prepare_stage(self, last_plan: ConsultationRecord | None) -> Stage:
        stage = PrepareStage(self.editor, self.text_scale, last_plan, person=self.person)
        stage.carry.go_to_action_plan.connect(lambda: self.go_to(StageId.ACTION_PLAN))
        stage.carry.go_to_agree.connect(lambda: self.go_to(StageId.AGREE))
        return stage

    def _make_agree_stage(self) -> Stage:
        stage = AgreeStage(self.editor, self.text_scale, self.person)
        stage.agreed.connect(self._on_agreed)
        stage.revise_requested.connect(self.revise)
        stage.print_requested.connect(self.print_plan)
        return stage

    def print_plan(self) -> None:
        from ui.printing import show_print_dialog

        show_print_dialog(self, self._ctx, self.session.plan.id)

    def stage(self, number: int) -> Stage:
        built = self._built[number]
        if built is not None:
            if number in self._stale:
                self._refresh(number)
            return built
        stage = self._factories[number]()
        scroll = self.stack.widget(number)
        assert isinstance(scroll, QScrollArea)
        scroll.setWidget(stage)
        self._built[number] = stage
        self._watch_text_fields(stage)
        stage.show_plan(self.session.plan)
        if not self.session.plan.is_draft:
            stage.set_read_only(True)
        return stage

    @property
    def stages(self) -> list[Stage]:
        """Every stage (building the ones not built yet)."""
        return [self.stage(number) for number in range(len(self._built))]

    def _built_stages(self) -> list[Stage]:
        for number in sorted(self._stale):
            self._refresh(number)
        return [stage for stage in self._built if stage is not None]

    def _refresh(self, number: int) -> None:
        """Show the plan as it is now in a stage that was out of sight when it changed."""
        self._stale.discard(number)
        stage = self._built[number]
        if stage is not None:
            plan = self.session.plan
            stage.show_plan(plan)
            if plan.is_draft == stage.read_only:
                stage.set_read_only(not plan.is_draft)

    def _refresh_next(self) -> None:
        """One stage a turn of the event loop, so no single turn redraws them all."""
        if self._stale:
            self._refresh(min(self._stale))
            QTimer.singleShot(0, self, self._refresh_next)

    def _build_next_stage(self) -> None:
        for number, stage in enumerate(self._built):
            if stage is None:
                self.stage(number)
                QTimer.singleShot(0, self, self._build_next_stage)
                return

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.stage_bar.fit_window()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._build_next_stage)
        if self.patient_view is None and self.pane.remembered_open():
            QTimer.singleShot(0, self, self.show_patient_view)

    @property
    def current_stage(self) -> int:
        return self.stack.currentIndex()

    def go_to(self, stage: int) -> None:
        if not 0 <= stage < len(self._built):
            return
        current = self._built[self.stack.currentIndex()]
        if stage != self.stack.currentIndex() and current is not None:
            current.commit_fields()
        self.stage(stage)
        self.stack.setCurrentIndex(stage)
        self.stage_bar.select(stage)
        self.footer.show_stage(stage, self.stage_bar.titles())
        if self.patient_view is not None:
            self.patient_view.follow(PATIENT_VIEW_ANCHORS[StageId(stage)])
        self.stage_changed.emit(stage)

    # ----- the plan -------------------------------------------------------------------------------

    @property
    def plan(self) -> ConsultationRecord:
        return self.session.plan

    def _show_plan(self, plan: ConsultationRecord) -> None:
        # The stage in sight shows the change at once; the others in the following turns
        # (or as soon as they are needed).
        built = {number for number, stage in enumerate(self._built) if stage is not None}
        self._stale |= built - {self.stack.currentIndex()}
        if self.stack.currentIndex() in built:
            self._refresh(self.stack.currentIndex())
        if self._stale:
            QTimer.singleShot(0, self, self._refresh_next)
        self.discard_button.setVisible(plan.is_draft)
        status = (
            self.tr("Draft")
            if plan.is_draft
            else self.tr("Discarded")
            if plan.status == "discarded"
            else self.tr("Agreed on {date}").format(
                date=formatting.date(plan.agreed_at.date() if plan.agreed_at else None)
            )
        )
        self.details_label.setText(
            self.tr("{status} · consultation of {date} · revision {revision}{with_whom}").format(
                status=status,
                date=formatting.date(plan.consultation_date),
                revision=plan.revision,
                with_whom=self.tr(" · with {name}").format(name=plan.clinician_name)
                if plan.clinician_name
                else "",
            )
        )
        self.stage_bar.show_counts(plan)

    def _show_problem(self, message: str) -> None:
        self.problem.show_message(message)

    def undo(self) -> None:
        self.session.undo_stack.undo()

    def redo(self) -> None:
        self.session.undo_stack.redo()

    # ----- agreeing and revising ------------------------------------------------------------------

    def _on_agreed(self, plan: ConsultationRecord) -> None:
        self.session.switch_to(plan)
        self.go_to(StageId.AGREE)

    def revise(self) -> None:
        """Reopen the agreed plan as a new draft revision; the agreed one stays in history."""
        plan = self.session.plan
        if plan.is_draft:
            return
        actor = self._ctx.services.context.actor
        clinician_id = actor.staff_id if actor is not None else plan.clinician_id
        revise = self._ctx.services.consultations.revise
        self.session.run(
            lambda: revise(plan.id, clinician_id), self._on_revised, self._on_revise_failed
        )

    def _on_revised(self, plan: ConsultationRecord) -> None:
        self.agree_stage.reset_confirmations()
        self.session.switch_to(plan)
        self.go_to(StageId.GOALS)

    def _on_revise_failed(self, error: Exception) -> None:
        self._show_problem(formatting.error_message(error))

    # ----- the patient view -----------------------------------------------------------------------

    @property
    def patient_view(self) -> PatientView | None:
        return self.pane.view

    def _make_patient_view(self) -> PatientView:
        view = PatientView(self.session, self._ctx.settings, self.person, self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return view

    def show_patient_view(self) -> PatientView:
        """Beside the form on one screen; full screen on a second screen when there is one."""
        view = self.pane.show()
        if not self.pane.beside:
            bring_to_front(view)
        view.follow(PATIENT_VIEW_ANCHORS[StageId(self.current_stage)])
        return view

    def toggle_patient_view(self) -> None:
        if self.pane.is_open:
            self.pane.hide()
        else:
            self.show_patient_view()

    # ----- closing --------------------------------------------------------------------------------

    def commit_fields(self) -> None:
        for stage in self._built_stages():
            stage.commit_fields()

    def _restore_geometry(self) -> None:
        geometry = WORKSPACE_GEOMETRY.read(self._ctx.settings)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            screen = self.screen()
            size = QSize(1280, 760)
            if screen is not None:
                available = screen.availableGeometry().size()
                size = QSize(
                    min(size.width(), int(available.width() * 0.98)),
                    min(size.height(), int(available.height() * 0.95)),
                )
            self.resize(size)

    def closeEvent(self, event: QCloseEvent) -> None:
        # What is typed and not yet stored is stored now; the draft stays for next time.
        self.commit_fields()
        WORKSPACE_GEOMETRY.write(self._ctx.settings, self.saveGeometry())
        self.pane.save()
        if self.patient_view is not None:
            self.patient_view.close()
        super().closeEvent(event)
