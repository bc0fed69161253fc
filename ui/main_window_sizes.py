"""The main window's sizes: its first-run size, its remembered geometry and splitter, and
the patient list's column widths (the name keeps its room)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter, QTableView

from ui.column_priority import NameFirst
from ui.models.patient_list import Column
from ui.settings import MAIN_SPLITTER_STATE, MAIN_WINDOW_GEOMETRY
from ui.widgets import size_from_samples

DEFAULT_SIZE = QSize(1280, 800)


def default_size(available: QSize) -> QSize:
    """The first-run window size: large, but never larger than the screen."""
    return QSize(
        min(DEFAULT_SIZE.width(), int(available.width() * 0.95)),
        min(DEFAULT_SIZE.height(), int(available.height() * 0.92)),
    )


def restore_layout(window: QMainWindow, splitter: QSplitter, settings: QSettings) -> None:
    """The geometry and splitter remembered, else the first-run size, centred."""
    geometry = MAIN_WINDOW_GEOMETRY.read(settings)
    if geometry.isEmpty() or not window.restoreGeometry(geometry):
        _default_geometry(window)
    state = MAIN_SPLITTER_STATE.read(settings)
    if state.isEmpty() or not splitter.restoreState(state):
        splitter.setSizes([560, 720])


def _default_geometry(window: QMainWindow) -> None:
    screen = window.screen()
    if screen is None:
        window.resize(DEFAULT_SIZE)
        return
    available = screen.availableGeometry()
    size = default_size(available.size())
    window.resize(size)
    window.move(
        available.x() + (available.width() - size.width()) // 2,
        available.y() + (available.height() - size.height()) // 2,
    )


def save_layout(window: QMainWindow, splitter: QSplitter, settings: QSettings) -> None:
    MAIN_WINDOW_GEOMETRY.write(settings, window.saveGeometry())
    MAIN_SPLITTER_STATE.write(settings, splitter.saveState())


def size_patient_columns(view: QTableView, name_first: NameFirst | None) -> NameFirst:
    """Fixed widths from the font, not from measuring every row (that is slow)."""
    view.horizontalHeader().setStretchLastSection(False)
    samples: dict[int, str] = {
        Column.NHS_NUMBER: "999 999 9999",
        Column.DATE_OF_BIRTH: "30 Sep 2000",
        Column.AGE: "23 mo",
    }
    for column in samples:
        view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    size_from_samples(view, samples)
    # The name identifies the person: it keeps 20 characters, the age and the date of
    # birth give way first on a narrow window (they are on the patient's page too).
    if name_first is None:
        return NameFirst(view, Column.NAME, [Column.AGE, Column.DATE_OF_BIRTH, Column.NHS_NUMBER])
    name_first.remember_widths()
    return name_first
