"""A small chart of one goal's progress on the Goal Attainment Scale, drawn with QPainter.

QtCharts is not part of PySide6-Essentials, and a chart of five levels and a
handful of points needs no more than this. What is drawn comes from
:class:`GoalChartData`, which holds no widgets and is tested on its own; the
same values are always available as words (``summary``) and, on the patient
page, as a table next to the chart: colour never carries meaning alone.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from careplan.records import GoalHistory
from ui import formatting
from ui.chart_canvas import ChartCanvas, chart_fonts
from ui.followup import wording
from ui.i18n import translator

LEVELS = (2, 1, 0, -1, -2)
CHART_LINES = 10  # the chart's height in lines of text: title, five levels, dates


_tr = translator("goal_chart")


@dataclass(frozen=True)
class ChartPoint:
    position: float  # 0.0 (first review) .. 1.0 (latest), evenly spaced
    value: int  # -2 .. +2
    date_label: str
    show_date: bool  # whether there is room for its date under the axis
    description: str  # the point in words


@dataclass(frozen=True)
class GoalChartData:
    title: str
    status: str
    points: tuple[ChartPoint, ...]
    summary: str  # every value in words: the chart for people who cannot see it

    @classmethod
    def from_history(cls, history: GoalHistory, max_date_labels: int = 6) -> GoalChartData:
        reviews = history.reviews
        count = len(reviews)
        step = max(1, -(-count // max_date_labels))  # ceiling division
        points = []
        for i, p in enumerate(reviews):
            position = 0.5 if count == 1 else i / (count - 1)
            # Every ``step``th date from the latest backwards, so the latest always shows.
            show = (count - 1 - i) % step == 0
            description = _tr("{date}: {score}").format(
                date=formatting.date(p.reviewed_on), score=wording.score_with_meaning(p.attainment)
            )
            points.append(
                ChartPoint(
                    position, p.attainment, formatting.date(p.reviewed_on), show, description
                )
            )
        status = wording.goal_status(history.status)
        if not points:
            summary = _tr("“{goal}” ({status}): not reviewed yet.").format(
                goal=history.text, status=status
            )
        else:
            summary = _tr("“{goal}” ({status}). Progress at each review: {points}.").format(
                goal=history.text, status=status, points="; ".join(p.description for p in points)
            )
        return cls(history.text, status, tuple(points), summary)


# Colours that read on a light background; the values are also printed by each point.
LINE_COLOUR = QColor(0x1F, 0x4E, 0x99)
GRID_COLOUR = QColor(0xC8, 0xC8, 0xC8)
EXPECTED_COLOUR = QColor(0x70, 0x70, 0x70)


class GoalChart(ChartCanvas[GoalChartData]):
    """The goal's words as the title, GAS levels −2..+2 up the side, review dates along."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(360)

    def name(self, data: GoalChartData | None) -> str:
        return (
            _tr("Progress chart: {goal}").format(goal=data.title) if data else _tr("Progress chart")
        )

    @staticmethod
    def _title_lines(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
        """The title over at most two lines, broken between words; the second elided."""
        if metrics.horizontalAdvance(text) <= width:
            return [text]
        words = text.split(" ")
        first = words[0]
        for count in range(1, len(words)):
            candidate = " ".join(words[: count + 1])
            if metrics.horizontalAdvance(candidate) > width:
                rest = " ".join(words[count:])
                return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
            first = candidate
        return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]

    def _line_height(self) -> float:
        return QFontMetricsF(self.font()).height()

    def sizeHint(self) -> QSize:
        return QSize(520, int(self._line_height() * CHART_LINES))

    def minimumSizeHint(self) -> QSize:
        return QSize(360, int(self._line_height() * CHART_LINES))

    def heightForWidth(self, width: int) -> int:
        return self.sizeHint().height()

    # ----- drawing ----------------------------------------------------------------------

    def paint_chart(self, painter: QPainter, data: GoalChartData) -> None:
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.Text)
        fonts = chart_fonts(self, 0.9)
        body, small, bold = fonts.body, fonts.small, fonts.bold
        fm, fm_small, fm_bold = QFontMetricsF(body), QFontMetricsF(small), QFontMetricsF(bold)
        margin = fm.averageCharWidth()
        width, height = float(self.width()), float(self.height())

        # Title: the goal in the person's words (up to two lines), then its status.
        painter.setPen(text_colour)
        painter.setFont(bold)
        top = margin * 0.5
        title_lines = self._title_lines(f"“{data.title}”", fm_bold, width - 2 * margin)
        for i, line_text in enumerate(title_lines):
            painter.drawText(
                QPointF(margin, top + i * fm_bold.lineSpacing() + fm_bold.ascent()), line_text
            )
        last_width = fm_bold.horizontalAdvance(title_lines[-1])
        status = f"  ({data.status})"
        baseline = top + (len(title_lines) - 1) * fm_bold.lineSpacing() + fm_bold.ascent()
        painter.setFont(body)
        if margin + last_width + fm.horizontalAdvance(status) <= width - margin:
            painter.drawText(QPointF(margin + last_width, baseline), status)
        title_bottom = top + len(title_lines) * fm_bold.lineSpacing()

        # Plot area: level labels on the left, dates underneath.
        labels = {v: f"{wording.score(v)}  {wording.short_meaning(v)}" for v in LEVELS}
        label_width = max(fm_small.horizontalAdvance(t) for t in labels.values())
        plot = QRectF(
            margin + label_width + margin,
            title_bottom + fm_small.height() * 0.6,
            0,
            0,
        )
        plot.setRight(width - margin - fm_small.horizontalAdvance("00 Mmm 0000") / 2)
        plot.setBottom(height - fm_small.height() * 1.8)
        if plot.width() < 40 or plot.height() < 40:
            return

        def y_of(value: int) -> float:
            return plot.top() + (2 - value) / 4 * plot.height()

        painter.setFont(small)
        for value in LEVELS:
            y = y_of(value)
            pen = QPen(EXPECTED_COLOUR if value == 0 else GRID_COLOUR)
            pen.setWidthF(1.5 if value == 0 else 1.0)
            if value != 0:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_colour)
            text = labels[value]
            painter.drawText(
                QRectF(margin, y - fm_small.height() / 2, label_width, fm_small.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                text,
            )

        if not data.points:
            painter.setFont(body)
            painter.setPen(text_colour)
            painter.drawText(
                plot,
                int(Qt.AlignmentFlag.AlignCenter),
                _tr("Not reviewed yet"),
            )
            return

        inset = min(plot.width() * 0.06, fm_small.horizontalAdvance("00 Mmm 0000") / 2)
        left, span = plot.left() + inset, plot.width() - 2 * inset

        def x_of(position: float) -> float:
            return left + position * span

        coords = [QPointF(x_of(p.position), y_of(p.value)) for p in data.points]
        line = QPen(LINE_COLOUR)
        line.setWidthF(2.0)
        painter.setPen(line)
        for a, b in itertools.pairwise(coords):
            painter.drawLine(a, b)

        radius = max(3.5, fm.height() * 0.22)
        painter.setBrush(LINE_COLOUR)
        for point in coords:
            painter.drawEllipse(point, radius, radius)
        painter.setBrush(Qt.BrushStyle.NoBrush)

        # The value by each point, on a patch of background so no line runs through it,
        # and the dates along the bottom.
        painter.setFont(bold)
        base = palette.color(QPalette.ColorRole.Base)
        for p, point in zip(data.points, coords, strict=True):
            text = wording.score(p.value)
            box = QRectF(0, 0, fm_bold.horizontalAdvance(text) + 4, fm_bold.height())
            box.moveLeft(point.x() + radius + 1)
            if p.value < 2:
                box.moveBottom(point.y() - 1)
            else:
                box.moveTop(point.y() + 1)
            painter.fillRect(box, base)
            painter.setPen(text_colour)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        # Dates from the latest backwards, leaving out any that would touch the one after.
        painter.setFont(small)
        gap = fm_small.averageCharWidth() * 1.5
        next_left = width
        for p, point in reversed(list(zip(data.points, coords, strict=True))):
            if not p.show_date:
                continue
            text_width = fm_small.horizontalAdvance(p.date_label)
            x = min(max(point.x() - text_width / 2, plot.left() - inset), width - text_width - 2)
            if x + text_width + gap > next_left:
                continue
            painter.drawText(QPointF(x, plot.bottom() + fm_small.height() * 1.2), p.date_label)
            next_left = x
