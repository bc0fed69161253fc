"""Follow-up in the main window and on the patient page: menu actions, windows, a button.

The main window and the patient page each hold one of these and call it at a
few points; everything about follow-up lives here rather than in them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QPushButton, QToolBar, QWidget

from careplan.permissions import Permission
from careplan.records import PatientHistory
from ui import formatting
from ui.context import UiContext
from ui.followup.goal_history import GoalHistorySection
from ui.followup.overview import OverviewWindow
from ui.followup.review_dialog import ReviewLauncher
from ui.followup.worklist import WorklistWindow
from ui.window_menu import WindowMenu, raise_window


class FollowUp(WindowMenu):
    """The "Follow-up" menu of the main window and the windows it opens."""

    def __init__(
        self,
        ctx: UiContext,
        open_patient: Callable[[int], None],
        window: QWidget,
    ) -> None:
        super().__init__(ctx, window)
        self._open_patient = open_patient
        self.worklist_window: WorklistWindow | None = None
        self.overview_window: OverviewWindow | None = None
        self.worklist_action = self.action(
            self.tr("Review &worklist"),
            self.tr("People due or overdue for a review of their plan (Ctrl+R)"),
            self.show_worklist,
            Permission.VIEW_PATIENTS,
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R),
        )
        self.overview_action = self.action(
            self.tr("Practice &overview"),
            self.tr("How many people have a plan, an action plan and a review on time"),
            self.show_overview,
            Permission.VIEW_OVERVIEW,
        )

    def add_to_menu_bar(self, bar: QMenuBar) -> QMenu:
        menu = bar.addMenu(self.tr("F&ollow-up"))
        menu.addAction(self.worklist_action)
        menu.addAction(self.overview_action)
        return menu

    def add_to_toolbar(self, toolbar: QToolBar) -> None:
        toolbar.addSeparator()
        toolbar.addAction(self.worklist_action)
        toolbar.addAction(self.overview_action)

    def show_worklist(self) -> WorklistWindow:
        return self.show_window(
            "worklist_window",
            lambda: WorklistWindow(self._ctx, self._show_patient),
        )

    def show_overview(self) -> OverviewWindow:
        return self.show_window(
            "overview_window",
            lambda: OverviewWindow(self._ctx),
        )

    def _show_patient(self, patient_id: int) -> None:
        self._open_patient(patient_id)
        raise_window(self._window)


class PatientFollowUp(QObject):
    """On the patient page: the "Record review" button and the goal history section."""

    def __init__(self, ctx: UiContext, page: QWidget) -> None:
        super().__init__(page)
        self._plan_id: int | None = None
        self.record_button = QPushButton(self.tr("&Record review…"), page)
        self.record_button.setToolTip(self.tr("Record a review of this person's current plan"))
        self.record_button.setEnabled(False)
        self.record_button.clicked.connect(self.record_review)
        self.goal_history = GoalHistorySection(ctx, page)
        self.launcher = ReviewLauncher(ctx, page)

    @property
    def plan_id(self) -> int | None:
        """The plan now due for review, if the person has one."""
        return self._plan_id

    def show_history(self, history: PatientHistory) -> None:
        current = next((p for p in history.plans if p.review_due is not None), None)
        self._plan_id = current.id if current is not None else None
        self.record_button.setEnabled(current is not None)
        if current is not None and current.review_due is not None:
            self.record_button.setToolTip(
                self.tr("Record a review of the plan agreed {date} (due {due})").format(
                    date=formatting.date(current.consultation_date),
                    due=formatting.date(current.review_due),
                )
            )
        else:
            self.record_button.setToolTip(self.tr("This person has no plan due for review."))
        self.goal_history.show_patient(history.patient.id)

    def clear(self) -> None:
        self._plan_id = None
        self.record_button.setEnabled(False)
        self.goal_history.clear()

    def record_review(self) -> None:
        if self._plan_id is not None:
            self.launcher.open(self._plan_id)
