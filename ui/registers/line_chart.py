"""A small line chart drawn with QPainter: a result's trend, or a measure's run chart.

What is drawn comes from :class:`LineChartData`, plain data tested without widgets; the
same values are always given in words (``summary``, the accessible description), so
colour and shape never carry meaning alone.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from ui.chart_canvas import ChartCanvas, chart_fonts

LINE = QColor(0x1F, 0x4E, 0x99)
SIGNAL = QColor(0xB3, 0x3C, 0x00)  # points that are part of a shift or a trend
MEDIAN = QColor(0x50, 0x50, 0x50)
BAND = QColor(0xD9, 0xEF, 0xDC)  # the target range
GRID = QColor(0xC8, 0xC8, 0xC8)


@dataclass(frozen=True)
class LineChartData:
    title: str
    labels: tuple[str, ...]  # one per point, along the bottom
    values: tuple[float | None, ...]
    summary: str  # the chart in words
    band: tuple[float | None, float | None] | None = None  # target range, shaded
    median: float | None = None
    highlighted: frozenset[int] = frozenset()
    unit: str = ""
    fixed_range: tuple[float, float] | None = None  # e.g. 0..100 for percentages
    show_values: bool = False  # print each value by its point

    def value_range(self) -> tuple[float, float]:
        if self.fixed_range is not None:
            return self.fixed_range
        present = [v for v in self.values if v is not None]
        if self.band is not None:
            present += [v for v in self.band if v is not None]
        if self.median is not None:
            present.append(self.median)
        if not present:
            return 0.0, 1.0
        low, high = min(present), max(present)
        pad = (high - low) * 0.15 or max(abs(high) * 0.1, 1.0)
        return low - pad, high + pad


def shown(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".") if value % 1 else f"{value:.0f}"


class LineChart(ChartCanvas[LineChartData]):
    def __init__(self, lines: float = 9.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines

    def name(self, data: LineChartData | None) -> str:
        return data.title if data else self.tr("Chart")

    def sizeHint(self) -> QSize:
        return QSize(480, int(QFontMetricsF(self.font()).height() * self._lines))

    def minimumSizeHint(self) -> QSize:
        return QSize(260, int(QFontMetricsF(self.font()).height() * self._lines))

    def paint_chart(self, painter: QPainter, data: LineChartData) -> None:
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.Text)
        fonts = chart_fonts(self, 0.85)
        small, bold = fonts.small, fonts.bold
        fm, fs = QFontMetricsF(bold), QFontMetricsF(small)
        margin = fm.averageCharWidth()
        painter.setPen(ink)
        painter.setFont(bold)
        title = fm.elidedText(data.title, Qt.TextElideMode.ElideRight, self.width() - 2 * margin)
        painter.drawText(QPointF(margin, margin * 0.5 + fm.ascent()), title)
        low, high = data.value_range()
        axis_width = max(fs.horizontalAdvance(shown(v)) for v in (low, high)) + margin
        plot = QRectF(
            margin + axis_width,
            margin * 0.5 + fm.height() + fs.height() * 0.6,
            self.width() - 2 * margin - axis_width - fs.averageCharWidth() * 3,
            0,
        )
        plot.setBottom(self.height() - fs.height() * 1.6)
        if plot.width() < 40 or plot.height() < 20:
            return

        def y_of(value: float) -> float:
            return plot.bottom() - (value - low) / (high - low) * plot.height()

        count = len(data.values)

        def x_of(index: int) -> float:
            return plot.left() + (
                plot.width() / 2 if count == 1 else index / (count - 1) * plot.width()
            )

        if data.band is not None:
            top = y_of(data.band[1]) if data.band[1] is not None else plot.top()
            bottom = y_of(data.band[0]) if data.band[0] is not None else plot.bottom()
            band = QRectF(plot.left(), max(top, plot.top()), plot.width(), 0)
            band.setBottom(min(bottom, plot.bottom()))
            painter.fillRect(band, BAND)
        painter.setFont(small)
        grid = QPen(GRID)
        grid.setStyle(Qt.PenStyle.DashLine)
        for value in (low, high):
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y_of(value)), QPointF(plot.right(), y_of(value)))
            painter.setPen(ink)
            painter.drawText(
                QRectF(margin, y_of(value) - fs.height() / 2, axis_width - margin / 2, fs.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                shown(value),
            )
        if data.median is not None:
            pen = QPen(MEDIAN)
            pen.setWidthF(1.5)
            painter.setPen(pen)
            y = y_of(data.median)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.drawText(
                QPointF(plot.right() - fs.horizontalAdvance(self.tr("median")), y - 3),
                self.tr("median"),
            )
        points = [
            (i, QPointF(x_of(i), y_of(v))) for i, v in enumerate(data.values) if v is not None
        ]
        line = QPen(LINE)
        line.setWidthF(2.0)
        painter.setPen(line)
        for (_a, pa), (_b, pb) in itertools.pairwise(points):
            painter.drawLine(pa, pb)
        radius = max(3.0, fs.height() * 0.2)
        for index, point in points:
            colour = SIGNAL if index in data.highlighted else LINE
            painter.setPen(colour)
            painter.setBrush(colour)
            if index in data.highlighted:  # a square, so the signal shows without colour
                painter.drawRect(
                    QRectF(point.x() - radius, point.y() - radius, 2 * radius, 2 * radius)
                )
            else:
                painter.drawEllipse(point, radius, radius)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if data.show_values:  # the figures by each point, on a patch of background
            base = palette.color(QPalette.ColorRole.Base)
            painter.setFont(small)
            for index, point in points:
                label = shown(data.values[index] or 0.0)
                box = QRectF(0, 0, fs.horizontalAdvance(label) + 4, fs.height())
                box.moveCenter(QPointF(point.x(), point.y() - radius - fs.height() / 2 - 1))
                if box.top() < plot.top() - fs.height() * 0.6:
                    box.moveTop(point.y() + radius + 1)
                box.moveLeft(min(max(box.left(), plot.left()), self.width() - box.width()))
                painter.fillRect(box, base)
                painter.setPen(ink)
                painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), label)
        # Labels along the bottom: the first, the last, and as many between as fit.
        painter.setPen(ink)
        gap = fs.averageCharWidth() * 2
        next_left = float(self.width()) + gap
        for index in range(count - 1, -1, -1):
            text = data.labels[index]
            width = fs.horizontalAdvance(text)
            x = min(max(x_of(index) - width / 2, 0.0), self.width() - width - 1)
            if x + width + gap > next_left and index != 0:
                continue
            if index == 0 and x + width + gap > next_left:
                break
            painter.drawText(QPointF(x, plot.bottom() + fs.height() * 1.15), text)
            next_left = x
