"""The app's colours, each declared once, and a focus indicator that can be seen.

Every text colour meets WCAG 2.2 AA (4.5:1) against the background it is shown on;
tests/ui/screens/test_contrast.py computes each ratio. The keyboard focus is shown
by a ring in the same dark blue around whichever control has it (:class:`FocusRing`).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFocusFrame, QWidget

# Dark blue: selection, focus frames and the chosen stage; white text on it is 8.9:1.
HIGHLIGHT = "#1d4f91"
HIGHLIGHTED_TEXT = "#ffffff"
# Text that hints (placeholders, explanations): 7:1 on white, 6:1 on the window grey.
HINT_TEXT = "#505050"
PLACEHOLDER_TEXT = "#595959"
ERROR_TEXT = "#a40000"
LINK = "#0b4f9c"


def contrast_ratio(foreground: QColor | str, background: QColor | str) -> float:
    """WCAG 2.2 contrast ratio of two opaque colours (1 to 21)."""

    def luminance(colour: QColor | str) -> float:
        c = QColor(colour)
        channels = []
        for value in (c.redF(), c.greenF(), c.blueF()):
            channels.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
        red, green, blue = channels
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def apply(app: QApplication) -> None:
    """The palette's highlight, placeholder and link colours (the rest is the style's)."""
    palette = app.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(HIGHLIGHT))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(HIGHLIGHTED_TEXT))
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(PLACEHOLDER_TEXT))
        palette.setColor(group, QPalette.ColorRole.Link, QColor(LINK))
    app.setPalette(palette)


class FocusRing(QObject):
    """A ring in the highlight colour around whichever control has the keyboard focus.

    One :class:`QFocusFrame` follows the focus across the app (lists and tables draw
    no focus frame of their own in most styles; buttons and fields only a faint one).
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.frame: QFocusFrame | None = None
        app.focusChanged.connect(lambda _old, new: self.follow(new))

    def follow(self, widget: QWidget | None) -> None:
        if widget is None or widget.isWindow() or isinstance(widget, QFocusFrame):
            return
        if self.frame is None or not shiboken6.isValid(self.frame):
            self.frame = QFocusFrame()
            palette = self.frame.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor(HIGHLIGHT))
            self.frame.setPalette(palette)
        self.frame.setWidget(widget)


def install_focus_ring(app: QApplication) -> FocusRing:
    return FocusRing(app)
