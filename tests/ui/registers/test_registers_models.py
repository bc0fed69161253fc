"""The registers' item models, without widgets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from careplan.register_records import (
    MeasureCounts,
    PopulationRow,
    PrevisitEntry,
    ResultPoint,
    ResultSeries,
)
from careplan.runchart import run_chart
from ui.registers.line_chart import LineChartData
from ui.registers.models import ComingUpModel, PopulationModel, ResultsModel
from ui.registers.population import run_chart_data
from ui.registers.results_panel import chart_data


def _series(test: str, name: str, unit: str, *values: tuple[str, float]) -> ResultSeries:
    points = tuple(ResultPoint(dt.date.fromisoformat(d), v, None, "t") for d, v in values)
    return ResultSeries(
        test,
        name,
        "http://loinc.org",
        "x",
        unit,
        points,
        None,
        58,
        False,
        "means",
        "Down from 70 mmol/mol last time." if len(points) > 1 else "",
    )


def test_results_model_folds_blood_pressure_into_one_row(app: QApplication) -> None:
    model = ResultsModel()
    model.set_series(
        [
            _series("hba1c", "HbA1c", "mmol/mol", ("2025-06-01", 70), ("2026-01-10", 61)),
            _series("bp_systolic", "Systolic BP", "mmHg", ("2026-01-10", 134)),
            _series("bp_diastolic", "Diastolic BP", "mmHg", ("2026-01-10", 78)),
        ]
    )
    assert model.rowCount() == 2
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row[0] == "HbA1c" and row[1] == "61 mmol/mol" and row[2] == "10 Jan 26"
    assert row[3] == "↓ was 70, Jun 25" and row[4] == "≤ 58"
    assert model.data(model.index(1, 1)) == "134/78 mmHg"
    assert model.data(model.index(1, 3)) == "first result"
    data = chart_data(model.records[0])
    assert isinstance(data, LineChartData) and data.values == (70, 61)
    assert (data.band == (None, 58) and "10 Jan 2026: 61" in data.summary) or "61" in data.summary


def test_coming_up_model_says_what_is_missing(app: QApplication) -> None:
    model = ComingUpModel()
    model.set_rows(
        [
            PrevisitEntry(
                1,
                "9434765919",
                "Ann Test",
                dt.date(1950, 1, 1),
                None,
                None,
                None,
                ("hypertension",),
                (),
                None,
                0,
            ),
            PrevisitEntry(
                2,
                None,
                "Bob Test",
                dt.date(1950, 1, 1),
                dt.date(2026, 3, 20),
                5,
                "Dr Gee",
                ("diabetes",),
                ("hba1c", "foot_check"),
                dt.date(2026, 3, 1),
                2,
            ),
        ]
    )
    assert model.data(model.index(0, 0)) == "now (no plan yet)"
    assert model.data(model.index(0, 2)) == "943 476 5919"
    assert model.data(model.index(0, 5)) == "no letter sent"
    assert model.data(model.index(1, 3)) == "Diabetes"
    assert model.data(model.index(1, 5)) == "results: HbA1c, Foot check; 2 goal(s) not reviewed"


def test_population_model_and_run_chart_data(app: QApplication) -> None:
    counts = MeasureCounts(10, 5, 4, 4, 3, 8, 6, (("hba1c", 7),))
    model = PopulationModel()
    model.set_rows([PopulationRow("diabetes", "73211009", "Diabetes", None, None, counts)])
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row == [
        "Diabetes (73211009)",
        "all",
        "10",
        "5 (50%)",
        "4 (40%)",
        "3 (75%)",
        "6 (75%)",
        "HbA1c 7 (70%)",
    ]
    months = [dt.date(2025, m, 28) for m in range(1, 13)]
    chart = run_chart(months, [10.0, 11, 12, 13, 14, 20, 21, 22, 23, 24, 25, 26])
    data = run_chart_data(chart, "With a plan")
    assert data.median == chart.median and data.fixed_range == (0.0, 40.0)
    assert data.highlighted and "Shift" in data.summary and "Trend" in data.summary
