"""The printing benchmark runs and compares with a floor of the same page count."""

from __future__ import annotations

from benchmarks.printing import bare_document, measure_printing


def test_the_benchmark_measures_against_a_floor_of_the_same_length() -> None:
    measure = measure_printing(runs=3)
    assert measure.name == "print_plan" and measure.budget == 3.0
    assert measure.floor_s is not None and measure.floor_s > 0
    assert measure.ratio is not None and measure.ratio > 0
    assert "3 A4 pages" in measure.note


def test_the_floor_spreads_its_words_over_the_pages_asked_for() -> None:
    assert bare_document(["word"] * 10, 4)[1] == 4
