"""What the app's small QPainter charts share (a goal's progress, a result's trend, a run
chart): a base-coloured canvas painted smoothly, what it shows described to a screen reader,
and fonts from the text size."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


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


class ChartData(Protocol):
    @property
    def summary(self) -> str:
        """The chart in words: its description and its tool tip."""
        ...


D = TypeVar("D", bound=ChartData)


class ChartCanvas(QWidget, Generic[D]):
    """Paints the base colour, then what it shows (:meth:`set_data`), if anything, with
    :meth:`paint_chart`, antialiased; what it shows is described to a screen reader, which
    reaches the chart with Tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: D | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    @property
    def data(self) -> D | None:
        return self._data

    def set_data(self, data: D | None) -> None:
        self._data = data
        self.setAccessibleName(self.name(data))
        self.setAccessibleDescription(data.summary if data else "")
        self.setToolTip(data.summary if data else "")
        self.updateGeometry()
        self.update()

    def name(self, data: D | None) -> str:
        """What a screen reader calls the chart showing ``data``."""
        raise NotImplementedError

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
            if self._data is not None:
                self.paint_chart(painter, self._data)
        finally:
            painter.end()

    def paint_chart(self, painter: QPainter, data: D) -> None:
        raise NotImplementedError
