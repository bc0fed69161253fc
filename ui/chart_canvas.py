"""What the app's small QPainter charts share (a goal's progress, a result's trend, a run
chart): a base-coloured canvas painted smoothly, and fonts from the text size."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class ChartFonts:
    body: QFont
    small: QFont
    bold: QFont


def chart_fonts(widget: QWidget, small_scale: float) -> ChartFonts:
    """The widget's font, a smaller one for axes and labels, and a bold one for titles."""
    body = QFont(widget.font())
    small = QFont(body)
    small.setPointSizeF(body.pointSizeF() * small_scale)
    bold = QFont(body)
    bold.setBold(True)
    return ChartFonts(body, small, bold)


class ChartCanvas(QWidget):
    """Paints the base colour, then :meth:`paint_chart` with antialiasing."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
            self.paint_chart(painter)
        finally:
            painter.end()

    def paint_chart(self, painter: QPainter) -> None:
        raise NotImplementedError
