"""The review dialog never scrolls sideways on a 1366×768 screen, from 100% to 200% text:
its rows (the five levels of progress, how and when, an action's answers) wrap instead."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.ui.screens.probe import run_at_scale


@pytest.mark.parametrize("scale", ["1.0", "1.5", "2.0"])
def test_the_review_dialog_fits_the_width_of_the_screen(scale: str, tmp_path: Path) -> None:
    out = tmp_path / "widths.json"
    run_at_scale("tests.ui.followup.review_width", scale, out, timeout=300)
    widths = json.loads(out.read_text(encoding="utf-8"))
    assert widths["dialog"] <= widths["screen"]
    # The content is as wide as the visible part of the scroll area, and needs no more.
    assert widths["body_minimum"] <= widths["viewport"]
    assert widths["body"] <= widths["viewport"]
