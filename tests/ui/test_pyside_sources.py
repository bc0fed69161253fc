"""PySide6's import hook answers "does this module use PySide6?" as before, and the app
keeps no module's source in memory for it (ui/pyside_sources.py)."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

from ui.pyside_sources import read_without_keeping


@pytest.mark.parametrize(("text", "answer"), [("import PySide6\n", 0), ("x = 1\n", -1)])
def test_a_module_imported_afterwards_is_judged_without_keeping_its_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, answer: int
) -> None:
    import PySide6.QtCore  # noqa: F401 - installs PySide6's import hook

    feature = sys.modules["shibokensupport.feature"]
    read_without_keeping()
    read_without_keeping()  # a second call changes nothing
    name = f"careplan_probe_{answer + 1}"
    path = tmp_path / f"{name}.py"
    path.write_text(f"{text}VALUE = 42\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        assert __import__(name).VALUE == 42  # through the import statement, as PySide6 hooks it
        assert feature.pyside_feature_dict[name] == answer
        assert str(path) not in linecache.cache
    finally:
        sys.modules.pop(name, None)
        feature.pyside_feature_dict.pop(name, None)
