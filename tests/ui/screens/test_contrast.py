"""Text colours against their backgrounds: WCAG 2.2 AA, at least 4.5:1 everywhere.

The palette's text roles, the error and hint colours, the traffic-light labels, and
every colour written in a style sheet under ui/ (with its own background when the
rule gives one, else against the window and field backgrounds).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ui import theme
from ui.consultation import words
from ui.consultation.models import DEFERRED_COLOUR
from ui.consultation.widgets import ERROR_COLOUR
from ui.models.history import OVERDUE_COLOUR as HISTORY_OVERDUE
from ui.models.worklist import OVERDUE_COLOUR as WORKLIST_OVERDUE
from ui.theme import contrast_ratio

AA = 4.5
UI = Path(__file__).resolve().parents[3] / "ui"
Role = QPalette.ColorRole


def test_the_ratio_is_computed_as_wcag_defines_it() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#ffffff") < AA  # the well-known threshold


def _backgrounds(app: QApplication) -> dict[str, str]:
    palette = app.palette()
    return {
        role.name: palette.color(QPalette.ColorGroup.Active, role).name()
        for role in (Role.Window, Role.Base, Role.AlternateBase, Role.Button)
    }


@pytest.mark.parametrize(
    ("text", "background"),
    [
        (Role.Text, Role.Base),
        (Role.Text, Role.AlternateBase),
        (Role.WindowText, Role.Window),
        (Role.ButtonText, Role.Button),
        (Role.HighlightedText, Role.Highlight),
        (Role.PlaceholderText, Role.Base),
        (Role.ToolTipText, Role.ToolTipBase),
        (Role.Link, Role.Base),
    ],
)
def test_palette_text_on_its_background(app: QApplication, text: Role, background: Role) -> None:
    palette = app.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        ratio = contrast_ratio(palette.color(group, text), palette.color(group, background))
        assert ratio >= AA, f"{text.name} on {background.name} ({group.name}): {ratio:.2f}"


def test_error_hint_and_overdue_text_on_windows_fields_and_alternate_rows(
    app: QApplication,
) -> None:
    colours = {
        "error": theme.ERROR_TEXT,
        "consultation error": ERROR_COLOUR,
        "hint": theme.HINT_TEXT,
        "overdue plan": HISTORY_OVERDUE.name(),
        "overdue review": WORKLIST_OVERDUE.name(),
        "deferred topic": DEFERRED_COLOUR.name(),
    }
    low = {
        f"{what} {colour} on {where} {background}": round(contrast_ratio(colour, background), 2)
        for what, colour in colours.items()
        for where, background in _backgrounds(app).items()
        if contrast_ratio(colour, background) < AA
    }
    assert low == {}


def test_traffic_light_labels_white_on_their_colour() -> None:
    assert set(words.LEVEL_COLOURS) == {"green", "amber", "red"}
    for level, colour in words.LEVEL_COLOURS.items():
        assert contrast_ratio("#ffffff", colour) >= AA, level
    assert contrast_ratio("#ffffff", "#444444") >= AA  # a step with no level yet


_RULE_COLOUR = re.compile(r"(?<![-\w])color\s*:\s*(#[0-9a-fA-F]{6})\b")
_RULE_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*(#[0-9a-fA-F]{6})\b")


def style_sheet_pairs() -> list[tuple[str, str, str | None]]:
    """(where, text colour, background or None) for every style-sheet rule under ui/."""
    pairs = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        texts: list[tuple[int, str]] = []
        in_f_strings = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):  # f"...{colour}...": its parts as one text
                parts = []
                for part in node.values:
                    in_f_strings.add(id(part))
                    if isinstance(part, ast.Constant) and isinstance(part.value, str):
                        parts.append(part.value)
                    else:
                        parts.append("VALUE")
                texts.append((node.lineno, "".join(parts)))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in in_f_strings
            ):
                texts.append((node.lineno, node.value))
        for lineno, text in texts:
            if "color" not in text:
                continue
            for rule in text.split("}"):
                background = _RULE_BACKGROUND.search(rule)
                if background is None and "background" in rule:
                    continue  # a background filled in at run time: the traffic lights, above
                for colour in _RULE_COLOUR.findall(rule):
                    pairs.append(
                        (
                            f"{path.relative_to(UI.parent)}:{lineno}",
                            colour,
                            background.group(1) if background else None,
                        )
                    )
    return pairs


def test_every_style_sheet_colour_meets_aa(app: QApplication) -> None:
    pairs = style_sheet_pairs()
    assert len(pairs) >= 8  # error and hint labels, the chosen stage, the 0-10 scale...
    low = []
    for where, colour, background in pairs:
        behind = [background] if background else list(_backgrounds(app).values())
        for back in behind:
            ratio = contrast_ratio(colour, back)
            if ratio < AA:
                low.append(f"{where}: {colour} on {back} is {ratio:.2f}")
    assert low == []
