"""The app's colours, each declared once, and a focus indicator that can be seen.

Every text colour meets WCAG 2.2 AA (4.5:1) against the background it is shown on;
tests/ui/screens/test_contrast.py computes each ratio. The keyboard focus is shown
by a strong, dark-blue highlight (the style draws focus frames in it) and a 2-pixel
frame around a list or table that has the focus.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

# Dark blue: selection, focus frames and the chosen stage; white text on it is 8.9:1.
HIGHLIGHT = "#1d4f91"
HIGHLIGHTED_TEXT = "#ffffff"
# Text that hints (placeholders, explanations): 7:1 on white, 6:1 on the window grey.
HINT_TEXT = "#505050"
PLACEHOLDER_TEXT = "#595959"
ERROR_TEXT = "#a40000"
LINK = "#0b4f9c"

FOCUS_FRAME = (
    f"QAbstractItemView:focus {{ border: 2px solid {HIGHLIGHT}; }}"
    "QAbstractItemView { border: 2px solid transparent; }"
)


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


def show_focus(widget: QWidget) -> None:
    """A list or table shows a clear frame while it has the keyboard focus."""
    if isinstance(widget, QAbstractItemView) and not widget.styleSheet():
        widget.setStyleSheet(FOCUS_FRAME)
