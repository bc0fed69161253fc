"""Run charts: the median of the points and the usual signals of non-random change.

Rules as the NHS Improvement and IHI run-chart guides state them:

- a **shift** is six or more consecutive points all above, or all below, the median;
  points exactly on the median neither add to nor break a shift;
- a **trend** is five or more consecutive points all going up, or all going down;
  when two or more successive points are the same, only the first counts (the
  repeat neither adds to nor breaks the trend).

Missing points (months with nothing to measure) are left out of both.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence

from .i18n import _
from .register_records import RunChart

SHIFT_POINTS = 6
TREND_POINTS = 5


def median(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def shifts(values: Sequence[float | None], centre: float | None) -> list[tuple[int, int]]:
    """(first, last) index of each run of at least six points on one side of ``centre``."""
    if centre is None:
        return []
    found: list[tuple[int, int]] = []
    side, first, last, count = 0, -1, -1, 0
    for index, value in enumerate(values):
        if value is None or value == centre:
            continue
        here = 1 if value > centre else -1
        if here == side:
            count += 1
            last = index
            continue
        if count >= SHIFT_POINTS:
            found.append((first, last))
        side, first, last, count = here, index, index, 1
    if count >= SHIFT_POINTS:
        found.append((first, last))
    return found


def trends(values: Sequence[float | None]) -> list[tuple[int, int]]:
    """(first, last) index of each run of at least five points going the same way."""
    points = [(i, v) for i, v in enumerate(values) if v is not None]
    # Repeated values count once: keep the first of each repeat.
    kept: list[tuple[int, float]] = []
    for index, value in points:
        if kept and kept[-1][1] == value:
            continue
        kept.append((index, value))
    found: list[tuple[int, int]] = []
    direction, start = 0, 0
    for k in range(1, len(kept)):
        here = 1 if kept[k][1] > kept[k - 1][1] else -1
        if here != direction:
            if direction and k - start >= TREND_POINTS:
                found.append((kept[start][0], kept[k - 1][0]))
            direction, start = here, k - 1
    if direction and len(kept) - start >= TREND_POINTS:
        found.append((kept[start][0], kept[-1][0]))
    return found


def run_chart(months: Sequence[dt.date], values: Sequence[float | None]) -> RunChart:
    centre = median(values)
    return RunChart(
        months=tuple(months),
        values=tuple(values),
        median=centre,
        shifts=tuple(shifts(values, centre)),
        trends=tuple(trends(values)),
    )


def describe(chart: RunChart) -> list[str]:
    """Each signal in words, e.g. 'Shift: 7 months above the median, May 2025 to Nov 2025'."""
    lines = []
    for first, last in chart.shifts:
        above = (chart.values[first] or 0) > (chart.median or 0)
        lines.append(
            (
                _("Shift: {n} points above the median, {start} to {end}")
                if above
                else _("Shift: {n} points below the median, {start} to {end}")
            ).format(
                n=sum(
                    1 for v in chart.values[first : last + 1] if v is not None and v != chart.median
                ),
                start=chart.months[first].strftime("%b %Y"),
                end=chart.months[last].strftime("%b %Y"),
            )
        )
    for first, last in chart.trends:
        rising = (chart.values[last] or 0) > (chart.values[first] or 0)
        lines.append(
            (
                _("Trend: rising from {start} to {end}")
                if rising
                else _("Trend: falling from {start} to {end}")
            ).format(
                start=chart.months[first].strftime("%b %Y"),
                end=chart.months[last].strftime("%b %Y"),
            )
        )
    return lines
