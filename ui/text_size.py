"""One text size for the whole app: A+ / A−, a setting per person, remembered.

The size is a scale of the app's body text (never below the system's own size, up
to 250%). It is applied to the application font, so every window follows it, open
ones and those opened later; widgets with a size of their own (headings, large
print) keep their proportion to the body text. Each person who signs in gets the
size they chose last time.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from ui.i18n import translator
from ui.settings import CHOICES_GROUP, Setting

STEPS = (1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.25, 2.5)
# The application's body text size before any scaling, kept on the application object.
_BASE_PROPERTY = "careplanBaseTextPoints"


def text_size_setting(user: str) -> Setting[float]:
    """Each person's own text size (``user`` is their username)."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in user) or "anyone"
    return Setting(CHOICES_GROUP, f"text-size/{safe}", float, 1.0)


_tr = translator("text_size")


class TextSize(QObject):
    changed = Signal(float)

    def __init__(
        self, app: QApplication, settings: QSettings, user: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._settings = settings
        self._setting = text_size_setting(user)
        base = app.property(_BASE_PROPERTY)
        if not isinstance(base, float) or base <= 0:
            base = app.font().pointSizeF()
            app.setProperty(_BASE_PROPERTY, base)
        self._base = float(base)
        self.scale = self._clamp(self._setting.read(settings))

    @property
    def base_points(self) -> float:
        return self._base

    @staticmethod
    def _clamp(value: float) -> float:
        return min(STEPS[-1], max(STEPS[0], round(value, 2)))

    def apply(self) -> None:
        """Make the application's text this person's size."""
        current = self._app.font().pointSizeF()
        wanted = self._base * self.scale
        if abs(current - wanted) < 0.01:
            return
        ratio = wanted / current
        # Widgets with a font of their own (headings) keep their proportion to the body
        # text; the others follow the application font by themselves.
        for widget in self._app.allWidgets():
            if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont) and not isinstance(
                widget.property("textSizeManaged"), bool
            ):
                font = QFont(widget.font())
                if font.pointSizeF() > 0:
                    font.setPointSizeF(font.pointSizeF() * ratio)
                    widget.setFont(font)
        font = QFont(self._app.font())
        font.setPointSizeF(wanted)
        self._app.setFont(font)
        # Qt tells widgets of the change only once its event loop runs (not before the
        # first window shows); telling them again is harmless. A widget with a style sheet
        # of its own resolves its font when polished: setting the sheet again updates it.
        for widget in self._app.allWidgets():
            QApplication.sendEvent(widget, QEvent(QEvent.Type.ApplicationFontChange))
            sheet = widget.styleSheet()
            if sheet:
                widget.setStyleSheet(sheet)
        self.changed.emit(self.scale)

    def set_scale(self, value: float) -> None:
        self.scale = self._clamp(value)
        self._setting.write(self._settings, self.scale)
        self.apply()

    def bigger(self) -> None:
        self.set_scale(next((s for s in STEPS if s > self.scale + 0.001), STEPS[-1]))

    def smaller(self) -> None:
        self.set_scale(next((s for s in reversed(STEPS) if s < self.scale - 0.001), STEPS[0]))

    def reset(self) -> None:
        self.set_scale(1.0)

    def percent(self) -> int:
        return round(self.scale * 100)

    def actions(self, parent: QWidget) -> tuple[QAction, QAction, QAction]:
        """Larger (Ctrl++), smaller (Ctrl+−) and normal (Ctrl+0) text, for a menu or toolbar."""
        bigger = QAction(_tr("A+  Larger text"), parent)
        bigger.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        bigger.triggered.connect(self.bigger)
        smaller = QAction(_tr("A−  Smaller text"), parent)
        smaller.setShortcut(QKeySequence.StandardKey.ZoomOut)
        smaller.triggered.connect(self.smaller)
        normal = QAction(_tr("Normal text size"), parent)
        normal.setShortcut(QKeySequence("Ctrl+0"))
        normal.triggered.connect(self.reset)

        def describe(_scale: float) -> None:
            tip = _tr("text size now {percent}%, remembered for you").format(percent=self.percent())
            for action in (bigger, smaller, normal):
                action.setToolTip(f"{action.text().split('  ')[-1]} — {tip}")
            bigger.setEnabled(self.scale < STEPS[-1])
            smaller.setEnabled(self.scale > STEPS[0])

        self.changed.connect(describe)
        describe(self.scale)
        return bigger, smaller, normal
