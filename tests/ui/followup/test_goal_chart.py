"""The goal chart: its data worked out without widgets, and the widget drawing it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from tests.ui.followup.test_models import history, point
from ui.followup.goal_chart import LINE_COLOUR, GoalChart, GoalChartData


def test_points_are_spread_evenly_with_values_in_words(app: object) -> None:
    data = GoalChartData.from_history(
        history(
            point(1, dt.date(2025, 12, 1), -1, "Too wet"),
            point(2, dt.date(2026, 3, 2), 0),
            point(3, dt.date(2026, 6, 1), 2),
        )
    )
    assert data.title == "Walk to the shops"
    assert data.status == "being worked on"
    assert [(p.position, p.value, p.date_label) for p in data.points] == [
        (0.0, -1, "1 Dec 2025"),
        (0.5, 0, "2 Mar 2026"),
        (1.0, 2, "1 Jun 2026"),
    ]
    assert all(p.show_date for p in data.points)
    assert data.summary == (
        "“Walk to the shops” (being worked on). Progress at each review: "
        "1 Dec 2025: \u22121 less than expected; 2 Mar 2026: 0 as expected; "
        "1 Jun 2026: +2 much more than expected."
    )


def test_a_single_review_sits_in_the_middle_and_none_says_so(app: object) -> None:
    (only,) = GoalChartData.from_history(history(point(1, dt.date(2026, 3, 2), 1))).points
    assert only.position == 0.5 and only.show_date
    empty = GoalChartData.from_history(history(status="achieved"))
    assert empty.points == ()
    assert empty.summary == "“Walk to the shops” (achieved): not reviewed yet."


def test_many_reviews_label_some_dates_always_the_latest(app: object) -> None:
    start = dt.date(2016, 1, 1)
    points = [point(i, start + dt.timedelta(days=91 * i), (i % 5) - 2) for i in range(40)]
    data = GoalChartData.from_history(history(*points), max_date_labels=6)
    shown = [p for p in data.points if p.show_date]
    assert 4 <= len(shown) <= 6
    assert data.points[-1].show_date
    assert len(data.summary.split("; ")) == 40  # every value is in the words


def _count(image: QImage, colour: QColor) -> int:
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y) == colour
    )


def test_the_chart_draws_its_line_and_says_what_it_shows(qtbot: QtBot) -> None:
    chart = GoalChart()
    qtbot.addWidget(chart)
    data = GoalChartData.from_history(
        history(point(1, dt.date(2025, 12, 1), -2), point(2, dt.date(2026, 3, 2), 2))
    )
    chart.set_data(data)
    chart.resize(520, chart.sizeHint().height())
    image = chart.grab().toImage()
    assert image.width() == 520 and image.height() > 150
    assert _count(image, LINE_COLOUR) > 20  # points joined by a line
    assert chart.accessibleName() == "Progress chart: Walk to the shops"
    assert chart.accessibleDescription() == data.summary

    chart.set_data(GoalChartData.from_history(history()))
    empty = chart.grab().toImage()
    assert _count(empty, LINE_COLOUR) == 0
    # Very narrow: nothing is drawn over itself, and nothing fails.
    chart.resize(120, 80)
    chart.grab()
