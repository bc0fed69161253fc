"""The "Groups" menu of the main window and the windows it opens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from careplan import settings
from careplan.permissions import Permission
from ui.context import UiContext
from ui.window_menu import WindowMenu

from .sessions import GroupSessionsWindow


class GroupActions(WindowMenu):
    def __init__(
        self,
        ctx: UiContext,
        current_patient: Callable[[], int | None],
        window: QWidget,
    ) -> None:
        super().__init__(ctx, window)
        self._current_patient = current_patient
        self.sessions_window: GroupSessionsWindow | None = None
        self.sessions_action = self.action(
            self.tr("Group &sessions…"),
            self.tr("Plan group consultations, invite people, run the session"),
            self.show_sessions,
            Permission.VIEW_PATIENTS,
        )
        self.invite_action = self.action(
            self.tr("&Invite this patient to a group session…"),
            None,
            self.invite_current,
            Permission.EDIT_PATIENTS,
        )

    def add_to_menu_bar(self, bar: QMenuBar) -> QMenu:
        menu = bar.addMenu(self.tr("&Groups"))
        menu.addAction(self.sessions_action)
        menu.addAction(self.invite_action)
        return menu

    def show_sessions(self) -> GroupSessionsWindow:
        return self.show_window(
            "sessions_window",
            lambda: GroupSessionsWindow(self._ctx, settings.practice_details),
        )

    def invite_current(self) -> None:
        patient_id = self._current_patient()
        window = self.show_sessions()
        if patient_id is None:
            window.message.setText(self.tr("Choose a patient in the list first."))
            return
        window.invite_patient(patient_id)
