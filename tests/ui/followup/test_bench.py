"""The worklist window's refresh is timed against hand-written SQL, and counts the same rows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from careplan.demo import load_demo
from careplan.storage import Database
from ui.followup.bench import measure_worklist_window


def test_the_window_refresh_is_measured_against_the_floor(
    app: QApplication, tmp_path: Path
) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'bench.sqlite3'}")
    try:
        load_demo(db, 300)
        window, fill, every_row = measure_worklist_window(db, runs=3, window_days=60)
    finally:
        db.close()
    assert window.floor_s is not None and window.floor_s > 0
    assert window.ratio is not None and window.budget == 3.0
    assert "due within 60 days" in window.note
    assert fill.median_s < every_row.median_s  # texts wait until a view asks for them
