"""The "Registers" menu of the main window and the windows it opens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from careplan.permissions import Permission
from careplan.services import Services
from ui.changes import ChangeBridge
from ui.jobs import JobRunner
from ui.registers.coming_up import ComingUpWindow
from ui.registers.import_dialog import ImportPatientsDialog
from ui.registers.population import PopulationWindow
from ui.roles import forbid_unless, role_of


class RegistersMenu(QObject):
    def __init__(
        self,
        services: Services,
        jobs: JobRunner,
        changes: ChangeBridge,
        open_patient: Callable[[int], None],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._services = services
        self._jobs = jobs
        self._changes = changes
        self._open_patient = open_patient
        self._window = window
        self.coming_up_window: ComingUpWindow | None = None
        self.population_window: PopulationWindow | None = None
        self.coming_up_action = QAction(self.tr("&Coming up…"), window)
        self.coming_up_action.setToolTip(
            self.tr("Who is due for a care-planning conversation, what is missing, letters")
        )
        self.coming_up_action.triggered.connect(self.show_coming_up)
        self.population_action = QAction(self.tr("&Population measures…"), window)
        self.population_action.setToolTip(
            self.tr("Measures per register and clinician, with run charts")
        )
        self.population_action.triggered.connect(self.show_population)
        self.import_action = QAction(self.tr("&Import patients from CSV…"), window)
        self.import_action.triggered.connect(self.show_import)
        # What this person's role may not do is disabled, saying why (before any click).
        role = role_of(services)
        forbid_unless(role, Permission.VIEW_PATIENTS, self.coming_up_action)
        forbid_unless(role, Permission.VIEW_OVERVIEW, self.population_action)
        forbid_unless(role, Permission.IMPORT_PATIENTS, self.import_action)
        window.installEventFilter(self)

    def add_to_menu_bar(self, bar: QMenuBar) -> QMenu:
        menu = bar.addMenu(self.tr("Re&gisters"))
        menu.addAction(self.coming_up_action)
        menu.addAction(self.population_action)
        menu.addSeparator()
        menu.addAction(self.import_action)
        return menu

    def show_coming_up(self) -> ComingUpWindow:
        if self.coming_up_window is None:
            self.coming_up_window = ComingUpWindow(
                self._services, self._jobs, self._changes, self._open_patient
            )
        self._raise(self.coming_up_window)
        return self.coming_up_window

    def show_population(self) -> PopulationWindow:
        if self.population_window is None:
            self.population_window = PopulationWindow(self._services, self._jobs, self._changes)
        self._raise(self.population_window)
        return self.population_window

    def show_import(self) -> ImportPatientsDialog:
        dialog = ImportPatientsDialog(self._services, self._jobs, self._window)
        dialog.open()
        return dialog

    @staticmethod
    def _raise(window: QWidget) -> None:
        if window.isMinimized():
            window.showNormal()
        was_visible = window.isVisible()
        window.show()
        # Bring an open window to the front (the offscreen platform only warns it cannot).
        if was_visible and QGuiApplication.platformName() != "offscreen":
            window.raise_()
            window.activateWindow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            for window in (self.coming_up_window, self.population_window):
                if window is not None:
                    window.close()
        return False
