"""Recording a review of an agreed plan, in person, by phone or by video.

For each active goal: progress on the Goal Attainment Scale (−2..+2) with the
person's own comment, and what happens to the goal next; for each of its
actions: what happened, with confidence rated again (ui/followup/review_goals.py).
New goals may be added if agreed (review_new_goals.py). The core reads what the
form shows (``ReviewService.review_context``) and stores the review as an addition
to the plan's history; the agreed plan itself is never rewritten.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from careplan.errors import ConflictError, ValidationError
from careplan.records import ReviewInput
from careplan.services.review_context import ReviewContext
from ui import formatting
from ui.context import UiContext
from ui.feedback import ErrorBanner, FieldErrors
from ui.followup.review_goals import GoalEditor
from ui.followup.review_header import HowFields, ReviewHeader
from ui.followup.review_new_goals import NewGoalEditor
from ui.followup.review_next import NextReviewFields
from ui.one_window import bring_forward, remember
from ui.saving_dialog import SavingDialog
from ui.widgets import fix_minimum_size, left_row, push_button, show_message

OPEN_JOB = "review-dialog/open"


class ReviewDialog(SavingDialog):
    """Record one review; saving goes through the job runner (``saved``: a ReviewResult)."""

    reloaded = Signal(object)  # ReviewContext

    def __init__(
        self,
        ctx: UiContext,
        context: ReviewContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx.jobs, parent)
        self._services = ctx.services
        self._today = ctx.today
        self._closing_confirmed = False
        self._filled = False
        self.discard_box: QMessageBox | None = None
        self.context = context
        self.setModal(True)
        self.errors = FieldErrors()
        self.goal_editors: list[GoalEditor] = []
        self.new_goals: list[NewGoalEditor] = []
        self._build()
        self._show_context(context)
        fix_minimum_size(self)
        self._fit_to_screen()

    # ----- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = ErrorBanner(self)
        self.reload_button = push_button(self.tr("Reload the plan"), self.banner, self.reload)
        self.banner.body.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignRight)

        # Who, how and the goals scroll together on a small screen (or large text), never
        # sideways: rows wrap instead. The Save and Cancel buttons stay in view below them.
        body = self._body = QWidget(self)
        self.header = ReviewHeader(body)
        self.who_label, self.phone_label = self.header.who_label, self.header.phone_label
        self.plan_label = self.header.plan_label
        self.how = HowFields(self.errors, self._today, body)
        self.mode_buttons, self.reviewer = self.how.mode_buttons, self.how.reviewer
        self.reviewed_on = self.how.reviewed_on
        self.reviewed_on.date_changed.connect(self._on_reviewed_on)
        self._goals_layout = QVBoxLayout()
        self._goals_layout.setSpacing(10)
        self._new_goals_layout = QVBoxLayout()
        self._new_goals_layout.setSpacing(8)
        self.add_goal_button = QPushButton(self.tr("Add a new goal they agreed…"), body)
        self.add_goal_button.clicked.connect(self.add_new_goal)
        self.next = NextReviewFields(self.errors, self._today, body)
        self.plan_next, self.next_review = self.next.plan_next, self.next.next_review
        self.notes = self.next.notes

        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 0)
        body_layout.addWidget(self.header)
        body_layout.addWidget(self.how)
        body_layout.addLayout(self._goals_layout)
        body_layout.addLayout(self._new_goals_layout)
        body_layout.addLayout(left_row(self.add_goal_button))
        body_layout.addSpacing(6)
        body_layout.addWidget(self.next)
        body_layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(body)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.addButton(
            self.tr("Save review"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.buttons)

    def _fit_to_screen(self) -> None:
        screen = self.screen()
        # Wide enough for the five levels of the scale on one line, when the screen is.
        margins = self._layout.contentsMargins()
        needed = (
            self._body.sizeHint().width()
            + self.scroll_area.verticalScrollBar().sizeHint().width()
            + margins.left()
            + margins.right()
        )
        width, height = max(1180, needed), 900
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width())  # the fitter allows for the frame
            height = min(height, int(available.height() * 0.94))
        self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))

    # ----- what is shown ----------------------------------------------------------------

    def _show_context(self, context: ReviewContext) -> None:
        self.context = context
        self.setWindowTitle(self.header.show_context(context, self._today()))
        # Reviewer: the signed-in staff member when there is one, else a choice to make.
        actor = self._services.context.actor
        self.how.fill_reviewers(context, actor.staff_id if actor else None)
        if not self._filled:
            self._filled = True
            self.reviewed_on.set_date(self._today())
            self._on_reviewed_on(self._today())
        self._build_goals(context)

    def _build_goals(self, context: ReviewContext) -> None:
        states = {e.goal.text: e.snapshot() for e in self.goal_editors}
        for editor in self.goal_editors:
            self._goals_layout.removeWidget(editor)
            self.errors.remove(editor.errors.names())
            editor.deleteLater()
        self.goal_editors = []
        active = context.active_goals
        if not active:
            none = QLabel(self.tr("This plan has no goals being worked on."), self._body)
            self._goals_layout.addWidget(none)
        for i, goal in enumerate(active):
            editor = GoalEditor(
                goal,
                i,
                len(active),
                context.last_review(goal.id),
                self._body,
                context.plan.clinician_name,
            )
            self._goals_layout.addWidget(editor)
            self.goal_editors.append(editor)
            self.errors.update(editor.errors)
            if goal.text in states:
                editor.restore(states[goal.text])

    def _on_reviewed_on(self, value: object) -> None:
        self.errors.clear("reviewed_on")
        day = value if isinstance(value, dt.date) else None
        self.next.propose(day, self.context.proposed_next_review(day) if day else None)

    # ----- new goals --------------------------------------------------------------------

    def add_new_goal(self) -> NewGoalEditor:
        editor = self._new_goal_editor()
        editor.text.setFocus(Qt.FocusReason.OtherFocusReason)
        return editor

    def _new_goal_editor(self) -> NewGoalEditor:
        editor = NewGoalEditor(len(self.new_goals), self._body)
        editor.removed.connect(self._remove_new_goal)
        self._new_goals_layout.addWidget(editor)
        self.new_goals.append(editor)
        self.errors.update(editor.errors)
        return editor

    def _remove_new_goal(self, removed: NewGoalEditor) -> None:
        # Renumbered so the core's field names (new_goals.N...) still point at the right place.
        kept = [e for e in self.new_goals if e is not removed]
        for editor in self.new_goals:
            self._new_goals_layout.removeWidget(editor)
            editor.hide()
        self.errors.remove(n for n in self.errors.names() if n.startswith("new_goals."))
        self.new_goals = []
        for old in kept:
            self._new_goal_editor().copy_from(old)
        for editor in [removed, *kept]:
            editor.deleteLater()

    # ----- the values -------------------------------------------------------------------

    def mode(self) -> str | None:
        return self.how.mode()

    def set_mode(self, value: str) -> None:
        self.mode_buttons[value].setChecked(True)

    def value(self) -> ReviewInput:
        """What is entered now, as the core's input record (the core checks it)."""
        plan = self.context.plan
        goals = tuple(e.value() for e in self.goal_editors)
        outcomes = (a.value() for e in self.goal_editors for a in e.action_editors)
        return ReviewInput(
            consultation_id=plan.id,
            expected_version=plan.version,
            reviewer_id=self.reviewer.currentData(),
            mode=self.mode() or "",
            reviewed_on=self.reviewed_on.iso_text(),
            next_review_date=self.next.date_text(),
            goals=goals,
            actions=tuple(o for o in outcomes if o is not None),
            new_goals=tuple(e.value() for e in self.new_goals),
            notes=self.notes.toPlainText() or None,
        )

    # ----- saving -----------------------------------------------------------------------

    def save(self) -> None:
        if self.saving:
            return
        self._clear_errors()
        # Asked here, not by the core: a review always says who did it, and when.
        if self.reviewer.currentData() is None:
            self._show_field_error("reviewer", self.tr("Choose who did the review."))
            return
        if not self.reviewed_on.text().strip():
            self._show_field_error("reviewed_on", self.tr("Enter the date of this review."))
            return
        data = self.value()
        record = self._services.reviews.record
        self.store(lambda: record(data))

    def stored(self, result: object) -> None:
        self._closing_confirmed = True

    def show_conflict(self, error: ConflictError) -> None:
        self._show_banner(error.message, offer_reload=True)

    def show_invalid(self, error: ValidationError) -> None:
        self._show_field_error(error.field, error.message)

    def show_problem(self, message: str) -> None:
        self._show_banner(message)

    def _show_field_error(self, field: str, message: str) -> None:
        label = self.errors.show(field, message)
        if label is None:
            self._show_banner(message)
            return
        self.scroll_area.ensureWidgetVisible(label)
        focus = self.errors.focus(field)
        if focus is not None:
            self.scroll_area.ensureWidgetVisible(focus)

    def field_error(self, field: str) -> str:
        """The message shown by the field ``field`` ("" when there is none)."""
        return self.errors.message(field)

    def banner_message(self) -> str:
        return self.banner.message

    def _show_banner(self, message: str, *, offer_reload: bool = False) -> None:
        self.reload_button.setVisible(offer_reload)
        self.banner.show_message(message)

    def _clear_errors(self) -> None:
        self.errors.clear_all()
        self.banner.clear_message()

    # ----- someone else reviewed meanwhile ---------------------------------------------

    def reload(self) -> None:
        """Read the person's current plan again, keeping what was entered here."""
        self.reload_button.setEnabled(False)
        self._jobs.submit(
            partial(self._services.reviews.current_review_context, self.context.patient.id),
            self._on_reloaded,
            self._on_reload_error,
            owner=self,
        )

    def _on_reloaded(self, context: ReviewContext | None) -> None:
        self.reload_button.setEnabled(True)
        if context is None:
            self._show_banner(
                self.tr(
                    "This person no longer has a plan due for review (it was closed or "
                    "replaced on another computer). Nothing was saved here."
                )
            )
            self.save_button.setEnabled(False)
            return
        self._show_context(context)
        self._show_banner(
            self.tr(
                "The plan has been read again, with the review made on the other computer "
                "(see “last reviewed” above). What you entered is kept where the goals are "
                "the same; check it, then save again if this review is still needed."
            )
        )
        self.reloaded.emit(context)

    def _on_reload_error(self, error: Exception) -> None:
        self.reload_button.setEnabled(True)
        self._show_banner(formatting.error_message(error))

    # ----- leaving without saving -------------------------------------------------------

    def _has_entries(self) -> bool:
        return any(
            e.attainment() is not None or e.comment.text() for e in self.goal_editors
        ) or bool(self.new_goals or self.notes.toPlainText())

    def reject(self) -> None:
        if self._closing_confirmed or not self._has_entries():
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard this review?"),
            self.tr("Nothing of this review has been saved yet. Discard what you entered?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done() -> None:
            if box.clickedButton() is discard:
                self._closing_confirmed = True
                self.reject()

        box.finished.connect(done)
        box.open()
        self.discard_box = box

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing_confirmed or not self._has_entries():
            super().closeEvent(event)
            return
        event.ignore()
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a field must not save a half-finished review; only the button saves.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            self.save_button.hasFocus()
        ):
            return
        super().keyPressEvent(event)


class ReviewLauncher(QObject):
    """Opens the review dialog for a plan after reading what it needs off the UI thread."""

    dialog_opened = Signal(object)  # ReviewDialog
    saved = Signal(object)  # ReviewResult

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent
        self.dialog: ReviewDialog | None = None

    def open(self, consultation_id: int) -> None:
        if bring_forward(self.dialog):
            return
        self._ctx.jobs.submit(
            partial(self._ctx.services.reviews.review_context, consultation_id),
            self._on_loaded,
            self._on_error,
            key=OPEN_JOB,
            owner=self,
        )

    def _on_loaded(self, context: ReviewContext) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return
        dialog = ReviewDialog(self._ctx, context, self._parent)
        remember(self, "dialog", dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.saved)
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _on_error(self, error: Exception) -> None:
        show_message(
            self._parent,
            self.tr("Record a review"),
            self.tr("The plan could not be opened for review: {error}").format(
                error=formatting.error_message(error)
            ),
        )
