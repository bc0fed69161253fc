"""Any text at all prints: bidi controls, unassigned code points, lone surrogates.

Printing takes what it is given; neutralising controls in *stored* text is done
where text is stored. Here the printed documents are fed raw text straight
from records, so they must cope with anything.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from pathlib import Path

import pytest

from careplan.printing import render_plan
from careplan.printing.fonts import runs
from careplan.printing.preparation import render_preparation_sheet
from careplan.printing.samples import sample_patient, typical_plan
from careplan.printing.shaping import visual_line
from careplan.records import PreparationRecord

from .conftest import PRACTICE, PRINTED, flat, pdf_text

ISOLATES = [
    "\u2066مرحبا بكم\u2069 walk daily",  # LRI … PDI around Arabic
    "שלום \u2067walk to the park\u2069 עכשיו",  # RLI inside Hebrew
    "\u2068أريد أن أمشي",  # FSI never closed
    "\u2069\u2069 stray closers \u202c\u202c",  # PDI and PDF with nothing open
    "\u202eoverride\u202d mixed \u202bعربي\u202a",
    "a\u2066\u2067\u2068\u2066b",  # isolates nested past any sense
]
ODD = [
    "\U000e0001\U0010fffd\ue000",  # a tag, a private-use plane-16 character, private use
    "\u0378\u0380 unassigned",  # unassigned code points
    "\u0301\u0308 marks with nothing to sit on",
    "\ud800 lone surrogate \udfff",
    "\x00\x07\x1b[31m terminal codes",
]


@pytest.mark.parametrize("line", ISOLATES)
@pytest.mark.parametrize("rtl", [False, True])
def test_a_line_with_bidi_isolates_gets_a_visual_order(line: str, rtl: bool) -> None:
    shown = visual_line(line, rtl)
    letters = [ch for ch in line if unicodedata.category(ch)[0] in "LN"]
    assert sorted(ch for ch in shown if ch in letters) == sorted(letters)


def _plan_with(texts: list[str]):
    plan = typical_plan()
    goals = tuple(
        dataclasses.replace(plan.goals[0], id=9000 + i, text=text) for i, text in enumerate(texts)
    )
    return dataclasses.replace(
        plan,
        goals=plan.goals + goals,
        named_contact_name=texts[0],
        what_matters=tuple(dataclasses.replace(plan.what_matters[0], text=t) for t in texts),
    )


def test_a_plan_holding_bidi_isolates_prints(tmp_path: Path) -> None:
    document = render_plan(_plan_with(ISOLATES), sample_patient(), PRACTICE, printed_at=PRINTED)
    text = flat(pdf_text(document.pdf, tmp_path))
    assert "walk daily" in text and "stray closers" in text


def test_a_preparation_sheet_holding_bidi_isolates_prints(tmp_path: Path) -> None:
    patient = dataclasses.replace(sample_patient(), given_name="\u2067שרה\u2069", family_name="X")
    preparation = PreparationRecord(what_matters_prompt=ISOLATES[0])
    document = render_preparation_sheet(
        patient,
        PRACTICE,
        printed_at=PRINTED,
        preparation=preparation,
        last_plan=_plan_with(ISOLATES),
    )
    assert document.pages >= 1
    assert "walk daily" in flat(pdf_text(document.pdf, tmp_path))


def test_characters_no_font_has_are_replaced_visibly(tmp_path: Path) -> None:
    document = render_plan(_plan_with(ODD), sample_patient(), PRACTICE, printed_at=PRINTED)
    text = pdf_text(document.pdf, tmp_path)
    assert "unassigned" in text and "terminal codes" in text
    assert "\ufffd" in text  # shown as a replacement mark, not dropped in silence
    drawn = "".join(chunk for _, chunk in runs("\u0378x\ud800"))
    assert drawn == "\ufffdx\ufffd"
