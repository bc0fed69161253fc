"""Every window opens at a size and place that fit the screen it is on.

A consulting room often has one 1366×768 screen, and large text (150%, 200%) leaves
even less room. :class:`WindowFitter` watches every top-level window as it is shown
and keeps it, and its minimum size, inside the screen's available area (restored
geometry from a larger screen included). What a window cannot show at once scrolls:
:func:`scrolling` puts a form's body in a scroll area while its buttons stay below it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLayout,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

# Window types that are not windows a person arranges (menus, tips, pop-ups).
_NOT_WINDOWS = (
    Qt.WindowType.Popup,
    Qt.WindowType.ToolTip,
    Qt.WindowType.SplashScreen,
    Qt.WindowType.Desktop,
)


def screen_of(window: QWidget) -> QScreen | None:
    return window.screen() or QGuiApplication.primaryScreen()


def available_area(window: QWidget) -> QRect:
    screen = screen_of(window)
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def fit_size(wanted: QSize, available: QSize, share: float = 1.0) -> QSize:
    """``wanted``, never more than ``share`` of ``available`` each way."""
    return QSize(
        min(wanted.width(), int(available.width() * share)),
        min(wanted.height(), int(available.height() * share)),
    )


def size_from_screen(window: QWidget, wanted: QSize, share: float = 0.95) -> None:
    """Open ``window`` at ``wanted`` size, or at ``share`` of its screen when that is less.

    Never below the window's minimum size (which the fitter keeps inside the screen).
    """
    size = fit_size(wanted, available_area(window).size(), share).expandedTo(window.minimumSize())
    window.resize(size)


def fit_to_screen(window: QWidget) -> None:
    """Keep ``window`` (size, minimum size and place) inside its screen's available area."""
    area = available_area(window)
    # The window manager's frame is not known before the first show; allow for a title bar.
    frame = window.frameGeometry()
    extra_w = max(0, frame.width() - window.width())
    extra_h = max(0, frame.height() - window.height())
    room = QSize(max(100, area.width() - extra_w), max(100, area.height() - extra_h))
    minimum = window.minimumSize()
    if minimum.width() > room.width() or minimum.height() > room.height():
        window.setMinimumSize(fit_size(minimum, room))
    if window.maximumWidth() < room.width() and window.maximumHeight() < room.height():
        pass  # a fixed small window: its own business
    size = fit_size(window.size(), room)
    if size != window.size():
        window.resize(size)
    x = min(max(frame.x(), area.left()), area.right() + 1 - size.width() - extra_w)
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - size.height() - extra_h)
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, area.left()), max(y, area.top()))


class WindowFitter(QObject):
    """Application-wide: fit every top-level window to its screen when it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and not isinstance(watched, QMessageBox)  # sizes itself to its text
            and watched.windowType() not in _NOT_WINDOWS
        ):
            fit_to_screen(watched)
        return False


def install(app: QApplication) -> WindowFitter:
    fitter = WindowFitter(app)
    app.installEventFilter(fitter)
    return fitter


def scrolling(body: QWidget, parent: QWidget, name: str = "") -> QScrollArea:
    """``body`` in a frameless scroll area that takes the window's spare room."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    scroll.setWidget(body)
    if name:
        scroll.setAccessibleName(name)
    return scroll


def scroll_layout(layout: QLayout, parent: QWidget, name: str = "") -> QScrollArea:
    """A layout's widgets moved into a scroll area (for forms built as a layout)."""
    body = QWidget(parent)
    body.setLayout(layout)
    return scrolling(body, parent, name)


class CappedScroll(QScrollArea):
    """A scroll area as tall as its content, but never more than ``share`` of its window.

    For the rows at the top of a window (a name, tools, a stage bar) that wrap onto
    more lines at large text: they take the room they need while the window is tall
    enough, and scroll (leaving the main content its room) when it is not.
    """

    def __init__(self, body: QWidget, parent: QWidget, share: float = 0.4) -> None:
        super().__init__(parent)
        self._share = share
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setWidget(body)
        self._body = body

    def _content_height(self) -> int:
        body = self._body
        width = max(self.viewport().width(), 50)
        if body.hasHeightForWidth():
            return body.heightForWidth(width)
        return body.sizeHint().height()

    def _cap(self) -> int:
        return max(60, int(self.window().height() * self._share))

    def sizeHint(self) -> QSize:
        return QSize(self._body.sizeHint().width(), min(self._content_height(), self._cap()))

    def minimumSizeHint(self) -> QSize:
        return QSize(60, min(self._content_height(), self._cap()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # the content's height follows the width
