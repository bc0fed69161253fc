"""The "Registers" menu of the main window and the windows it opens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from careplan.permissions import Permission
from ui.context import UiContext
from ui.registers.coming_up import ComingUpWindow
from ui.registers.import_dialog import ImportPatientsDialog
from ui.registers.population import PopulationWindow
from ui.window_menu import WindowMenu


class RegistersMenu(WindowMenu):
    def __init__(
        self,
        ctx: UiContext,
        open_patient: Callable[[int], None],
        window: QWidget,
    ) -> None:
        super().__init__(ctx, window)
        self._open_patient = open_patient
        self.coming_up_window: ComingUpWindow | None = None
        self.population_window: PopulationWindow | None = None
        self.coming_up_action = self.action(
            self.tr("&Coming up…"),
            self.tr("Who is due for a care-planning conversation, what is missing, letters"),
            self.show_coming_up,
            Permission.VIEW_PATIENTS,
        )
        self.population_action = self.action(
            self.tr("&Population measures…"),
            self.tr("Measures per register and clinician, with run charts"),
            self.show_population,
            Permission.VIEW_OVERVIEW,
        )
        self.import_action = self.action(
            self.tr("&Import patients from CSV…"),
            None,
            self.show_import,
            Permission.IMPORT_PATIENTS,
        )

    def add_to_menu_bar(self, bar: QMenuBar) -> QMenu:
        menu = bar.addMenu(self.tr("Re&gisters"))
        menu.addAction(self.coming_up_action)
        menu.addAction(self.population_action)
        menu.addSeparator()
        menu.addAction(self.import_action)
        return menu

    def show_coming_up(self) -> ComingUpWindow:
        return self.show_window(
            "coming_up_window",
            lambda: ComingUpWindow(self._ctx, self._open_patient),
        )

    def show_population(self) -> PopulationWindow:
        return self.show_window(
            "population_window",
            lambda: PopulationWindow(self._ctx),
        )

    def show_import(self) -> ImportPatientsDialog:
        dialog = ImportPatientsDialog(self._ctx, self._window)
        dialog.open()
        return dialog
