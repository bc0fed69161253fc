"""Where the patient view goes: beside the clinician's form, or full screen on a second screen.

With one screen (most consulting rooms: 1366×768 or 1920×1080) the patient view is a
resizable pane at the right of the consultation window, so the pair read the plan
side by side. With a second screen present it opens full screen there, facing the
person. One shortcut (Ctrl+Shift+P) shows and hides it; whether it was open and the
split between form and pane are remembered.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QSplitter

from ui.consultation.patient_view import PatientView
from ui.settings import WINDOW_STATE_GROUP, Setting

PANE_OPEN = Setting(WINDOW_STATE_GROUP, "patient-pane-open", bool, False)
PANE_SPLITTER = Setting(WINDOW_STATE_GROUP, "patient-pane-splitter", QByteArray, QByteArray())
# The form's share of the window when the pane first opens; the pane gets the rest.
FORM_SHARE = 0.56


class PatientPane(QObject):
    """The patient view of the window that ``splitter`` (the window's form, and the view
    when beside it) is in."""

    shown = Signal(object)  # PatientView

    def __init__(
        self, splitter: QSplitter, settings: QSettings, make_view: Callable[[], PatientView]
    ) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._settings = settings
        self._make_view = make_view
        self.view: PatientView | None = None
        splitter.splitterMoved.connect(lambda _pos, _index: self.save())

    def other_screen(self) -> QScreen | None:
        """A screen other than the one the consultation window is on, if there is one."""
        mine = self._splitter.screen()
        others = [s for s in QGuiApplication.screens() if s is not mine]
        return others[0] if others else None

    @property
    def is_open(self) -> bool:
        return self.view is not None and self.view.isVisible()

    @property
    def beside(self) -> bool:
        """The view is a pane of the consultation window (not a window of its own)."""
        return self.view is not None and not self.view.isWindow()

    def show(self) -> PatientView:
        if self.view is None:
            self.view = self._make_view()
            self.view.destroyed.connect(self._forget)
            screen = self.other_screen()
            if screen is not None:
                self._full_screen_on(screen)
            else:
                self._beside_the_form()
            self.shown.emit(self.view)
        elif self.beside:
            self.view.show()
        else:
            self.view.showFullScreen() if self.view.isFullScreen() else self.view.show()
        self.save()
        return self.view

    def hide(self) -> None:
        if self.view is not None:
            self.view.close()
        PANE_OPEN.write(self._settings, False)

    def toggle(self) -> None:
        self.hide() if self.is_open else self.show()

    def _beside_the_form(self) -> None:
        assert self.view is not None
        self.view.setParent(self._splitter, Qt.WindowType.Widget)
        self._splitter.addWidget(self.view)
        self._splitter.setCollapsible(1, False)
        state = PANE_SPLITTER.read(self._settings)
        if state.isEmpty() or not self._splitter.restoreState(state):
            total = max(self._splitter.width(), 2)
            self._splitter.setSizes([int(total * FORM_SHARE), total - int(total * FORM_SHARE)])
        self.view.show()

    def _full_screen_on(self, screen: QScreen) -> None:
        assert self.view is not None
        self.view.setParent(self._splitter.window(), Qt.WindowType.Window)
        self.view.setScreen(screen)
        self.view.setGeometry(screen.availableGeometry())
        self.view.showFullScreen()

    def save(self) -> None:
        PANE_OPEN.write(self._settings, self.is_open)
        if self.beside:
            PANE_SPLITTER.write(self._settings, self._splitter.saveState())

    def remembered_open(self) -> bool:
        return PANE_OPEN.read(self._settings)

    def _forget(self) -> None:
        self.view = None
