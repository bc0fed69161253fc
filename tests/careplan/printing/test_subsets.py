"""The embedded fonts' subsets: the same for every plan in English, made once, and
still every character printed as itself (pdftotext reads it back)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from careplan.printing import render_plan
from careplan.printing.samples import sample_patient, typical_plan

from .conftest import PRACTICE, PRINTED, flat, pdf_text


def _font_files(pdf: bytes) -> list[bytes]:
    """The embedded font files' streams, in the order the PDF holds them."""
    refs = re.findall(rb"/FontFile2 (\d+) 0 R", pdf)
    out = []
    for ref in refs:
        found = re.search(rb"\n" + ref + rb" 0 obj\n.*?stream\r?\n(.*?)endstream", pdf, re.S)
        assert found is not None
        out.append(found.group(1))
    return out


def test_plans_in_english_embed_the_same_subsets(tmp_path: Path) -> None:
    margaret = sample_patient()
    first = render_plan(typical_plan(margaret.id), margaret, PRACTICE, printed_at=PRINTED)
    other = dataclasses.replace(margaret, given_name="Arthur", family_name="Price’s…")
    second = render_plan(typical_plan(other.id), other, PRACTICE, printed_at=PRINTED)
    assert len(_font_files(first.pdf)) == 2  # the body font, regular and bold
    assert _font_files(first.pdf) == _font_files(second.pdf)
    assert "Arthur Price’s…" in pdf_text(second.pdf, tmp_path)
    assert "•" in pdf_text(first.pdf, tmp_path)


def test_other_characters_are_added_to_the_subset_and_printed(tmp_path: Path) -> None:
    margaret = sample_patient()
    plain = render_plan(typical_plan(margaret.id), margaret, PRACTICE, printed_at=PRINTED)
    other = dataclasses.replace(margaret, given_name="Zoë", family_name="Łukasik-Ōtake")
    document = render_plan(typical_plan(other.id), other, PRACTICE, printed_at=PRINTED)
    assert _font_files(document.pdf) != _font_files(plain.pdf)
    text = flat(pdf_text(document.pdf, tmp_path))
    assert "Zoë Łukasik-Ōtake" in text and "•" in text
    again = render_plan(typical_plan(other.id), other, PRACTICE, printed_at=PRINTED)
    assert again.pdf == document.pdf
