"""The "Groups" menu of the main window and the windows it opens."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from careplan import settings
from careplan.permissions import Permission
from careplan.services import Services
from ui.changes import ChangeBridge
from ui.jobs import JobRunner
from ui.one_window import remember
from ui.roles import forbid_unless, role_of

from .sessions import GroupSessionsWindow


class GroupActions(QObject):
    def __init__(
        self,
        services: Services,
        jobs: JobRunner,
        changes: ChangeBridge,
        today: Callable[[], dt.date],
        current_patient: Callable[[], int | None],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._services = services
        self._jobs = jobs
        self._changes = changes
        self._today = today
        self._current_patient = current_patient
        self.sessions_window: GroupSessionsWindow | None = None
        self.sessions_action = QAction(self.tr("Group &sessions…"), window)
        self.sessions_action.setToolTip(
            self.tr("Plan group consultations, invite people, run the session")
        )
        self.sessions_action.triggered.connect(self.show_sessions)
        self.invite_action = QAction(self.tr("&Invite this patient to a group session…"), window)
        self.invite_action.triggered.connect(self.invite_current)
        role = role_of(services)
        forbid_unless(role, Permission.VIEW_PATIENTS, self.sessions_action)
        forbid_unless(role, Permission.EDIT_PATIENTS, self.invite_action)

    def add_to_menu_bar(self, bar: QMenuBar) -> QMenu:
        menu = bar.addMenu(self.tr("&Groups"))
        menu.addAction(self.sessions_action)
        menu.addAction(self.invite_action)
        return menu

    def show_sessions(self) -> GroupSessionsWindow:
        window = self.sessions_window
        if window is None:
            window = GroupSessionsWindow(
                self._services, self._jobs, self._changes, settings.practice_details, self._today
            )
            remember(self, "sessions_window", window)
        window.show()
        window.activateWindow()
        return window

    def invite_current(self) -> None:
        patient_id = self._current_patient()
        window = self.show_sessions()
        if patient_id is None:
            window.message.setText(self.tr("Choose a patient in the list first."))
            return
        window.invite_patient(patient_id)
