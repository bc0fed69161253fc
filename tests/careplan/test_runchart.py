"""Run-chart signals on hand-made series: shifts of six, trends of five."""

from __future__ import annotations

import datetime as dt

from careplan.runchart import describe, median, run_chart, shifts, trends

MONTHS = [dt.date(2025, m, 28) for m in range(1, 13)]


def test_no_signal_in_a_series_that_wanders_around_its_median() -> None:
    values = [50.0, 52, 49, 51, 48, 53, 50, 47, 52, 49, 51, 50]
    chart = run_chart(MONTHS, values)
    assert chart.median == 50.0
    assert chart.shifts == () and chart.trends == ()
    assert describe(chart) == []


def test_a_shift_of_six_above_the_median_points_on_the_median_ignored() -> None:
    values: list[float | None] = [40, 42, 41, 39, 40, 50, 55, 56, 50, 57, 58, 56]
    centre = median(values)
    assert centre == 50.0
    # Indexes 6, 7, 9, 10, 11 are above; 8 is on the median and neither counts nor breaks:
    # five points only, so no shift above. Below: 0..4 (five), also no shift.
    assert shifts(values, centre) == []
    values[5] = 51.0  # now 5..11 (six above, one on the median): a shift
    assert shifts(values, 50.0) == [(5, 11)]


def test_six_below_then_above_is_a_shift_of_six_below() -> None:
    values = [10.0, 11, 12, 10, 11, 12, 30, 31, 20, 32, 31, 33]
    assert median(values) == 16.0
    assert shifts(values, 16.0) == [(0, 5), (6, 11)]


def test_a_trend_of_five_rising_with_a_repeat_that_neither_adds_nor_breaks() -> None:
    assert trends([5.0, 6, 7, 8]) == []  # four points only
    assert trends([5.0, 6, 7, 8, 9]) == [(0, 4)]
    # 6, 6 is a repeat: counted once, so 5 6 6 7 8 holds four distinct rising points only.
    assert trends([5.0, 6, 6, 7, 8]) == []
    assert trends([5.0, 6, 6, 7, 8, 9]) == [(0, 5)]
    # Falling five, then rising five sharing the turning point.
    assert trends([9.0, 8, 7, 6, 5, 6, 7, 8, 9]) == [(0, 4), (4, 8)]


def test_missing_months_are_left_out_and_signals_are_described() -> None:
    values: list[float | None] = [None, 1.0, 2, 3, None, 4, 5, 9, 9, 9, 9, 9]
    chart = run_chart(MONTHS, values)
    assert chart.trends == ((1, 7),)
    words = describe(chart)
    assert words[-1] == "Trend: rising from Feb 2025 to Aug 2025"
    assert run_chart(MONTHS, [None] * 12).median is None
