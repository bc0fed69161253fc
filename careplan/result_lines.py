"""A person's results in words, one line each: for the results letter and the app's panels.

Kept apart from :mod:`careplan.printing` so that showing results on screen does not
load ReportLab (printing loads it when a document is first made).
"""

from __future__ import annotations

from collections.abc import Sequence

from .i18n import _
from .register_records import ResultSeries


def latest_results(
    series: Sequence[ResultSeries], within_days: int | None = None
) -> list[ResultSeries]:
    """The results worth showing: diastolic folds into the blood pressure line."""
    shown = [s for s in series if s.test != "bp_diastolic"]
    if within_days is None or not shown:
        return shown
    newest = max(s.latest.taken_on for s in shown)
    return [s for s in shown if (newest - s.latest.taken_on).days <= within_days]


def value_words(item: ResultSeries, series: Sequence[ResultSeries]) -> str:
    """The latest value with its unit; blood pressure as top/bottom numbers."""
    latest = item.latest
    if item.test == "bp_systolic":
        diastolic = next((s for s in series if s.test == "bp_diastolic"), None)
        if diastolic is not None and diastolic.latest.taken_on == latest.taken_on:
            return f"{latest.shown}/{diastolic.latest.shown} mmHg"
    return f"{latest.shown} {item.unit}".strip()


def target_words(item: ResultSeries, series: Sequence[ResultSeries]) -> str:
    """The target with its unit; blood pressure as top/bottom numbers ("" if none)."""
    if not item.target_text:
        return ""
    if item.test == "bp_systolic":
        diastolic = next((s for s in series if s.test == "bp_diastolic"), None)
        if diastolic is not None and diastolic.target_high is not None and item.target_high:
            return f"≤ {item.target_high:g}/{diastolic.target_high:g} mmHg"
    return f"{item.target_text} {item.unit}".strip()


def result_name(item: ResultSeries) -> str:
    return _("Blood pressure") if item.test == "bp_systolic" else item.name
