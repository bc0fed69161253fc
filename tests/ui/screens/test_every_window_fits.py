"""Every window on a consulting-room screen (1366×768) at 100%, 150% and 200% text.

Each scale runs in a process of its own (``QT_SCALE_FACTOR`` must be set before the
QApplication exists) that opens every window listed in ``windows.WINDOWS`` with real
data (tests/ui/screens/probe.py) and reports: the window inside the screen, its
contents not squashed, every button whole (inside its window and everything holding
it, or inside a scroll area's content), the patient list's Name column at least 20
characters wide, and every input, button and list named in the accessibility tree.
"""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

import ui
from tests.ui.screens.probe import run_at_scale
from tests.ui.screens.windows import ABSTRACT, VARIANTS, WINDOWS

ROOT = Path(__file__).resolve().parents[3]
SCALES = ["1.0", "1.5", "2.0"]
_reports: dict[str, dict[str, Any]] = {}


def probe(scale: str, tmp: Path) -> dict[str, Any]:
    """The probe's report at ``scale`` (run once per test session)."""
    if scale not in _reports:
        out = tmp / f"screens-{scale}.json"
        run_at_scale("tests.ui.screens.probe", scale, out)
        _reports[scale] = json.loads(out.read_text(encoding="utf-8"))
    return _reports[scale]


@pytest.mark.parametrize("scale", SCALES)
def test_every_window_fits_the_screen_with_its_buttons_whole(
    scale: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    report = probe(scale, tmp_path_factory.mktemp("screens"))
    width, height = 1366 / float(scale), 768 / float(scale)
    assert report["screen"][2:] == [round(width), round(height)]
    assert set(report["problems"]) == set(WINDOWS) | set(VARIANTS)
    problems = {name: found for name, found in report["problems"].items() if found}
    assert problems == {}
    for name, (x, y, w, h) in report["sizes"].items():
        assert x >= 0 and y >= 0 and x + w <= width + 1 and y + h <= height + 1, name


@pytest.mark.parametrize("scale", SCALES)
def test_every_input_button_and_list_has_an_accessible_name(
    scale: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    report = probe(scale, tmp_path_factory.mktemp("screens"))
    assert set(report["a11y"]) == set(WINDOWS) | set(VARIANTS)
    unnamed = {name: found for name, found in report["a11y"].items() if found}
    assert unnamed == {}


def _ui_modules() -> list[str]:
    names = [ui.__name__]
    for info in pkgutil.walk_packages(ui.__path__, prefix="ui."):
        if not info.name.endswith("__main__"):  # running it would start the app
            names.append(info.name)
    return names


def window_classes() -> set[str]:
    """Every class under ui/ that is a top-level window: dialogs, main windows, and
    widgets made windows of their own (``Qt.WindowType.Window``, or named ``...Window``)."""
    found = set()
    for name in _ui_modules():
        module = importlib.import_module(name)
        for _attr, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != name or not issubclass(cls, QWidget):
                continue
            key = f"{name}:{cls.__qualname__}"
            if issubclass(cls, QDialog | QMainWindow):
                found.add(key)
                continue
            source = inspect.getsource(cls.__init__) if "__init__" in cls.__dict__ else ""
            # Windows of their own by flag, or by the naming rule "...Window".
            if "WindowType.Window" in source or cls.__name__.endswith("Window"):
                found.add(key)
    return found


def test_every_window_class_is_listed_for_the_screen_tests() -> None:
    found = window_classes()
    assert "ui.main_window:MainWindow" in found and "ui.sign_in:SignInWindow" in found
    missing = found - set(WINDOWS) - ABSTRACT
    assert missing == set(), (
        "new window classes: add each to tests/ui/screens/windows.py WINDOWS, with an opener"
    )
    assert set(WINDOWS) - found == set(), "listed windows that no longer exist"


def test_a_new_window_class_would_be_noticed(monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.widgets

    class Unlisted(QWidget):
        def __init__(self, parent: QWidget | None = None) -> None:
            super().__init__(parent, Qt.WindowType.Window)

    Unlisted.__module__ = "ui.widgets"
    Unlisted.__qualname__ = "Unlisted"
    monkeypatch.setattr(ui.widgets, "Unlisted", Unlisted, raising=False)
    assert "ui.widgets:Unlisted" in window_classes()
