"""Text on its way to ReportLab: escaping, a font for every character, right-to-left order."""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from careplan.printing import fonts
from careplan.printing.markup import escape, line_markup, text_markup
from careplan.printing.shaping import has_rtl, is_rtl, shape_arabic, visual_line


@pytest.mark.parametrize(
    "typed",
    [
        '<b>walk <img src="/etc/hostname"/>',
        "&amp; &nbsp; &#60; <br/> <para> ]]>",
        'it\'s "quoted"',
    ],
)
def test_escaped_text_parses_back_to_exactly_what_was_typed(typed: str) -> None:
    paragraph = Paragraph(text_markup(typed), ParagraphStyle("t", fontName=fonts.body_font()))
    assert paragraph.getPlainText() == typed
    assert "<img" not in escape(typed)


def test_line_breaks_are_kept() -> None:
    assert text_markup("one\ntwo") == "one<br/>two"


@pytest.mark.parametrize(
    ("char", "font"),
    [
        ("a", fonts.SANS),
        ("Ł", fonts.SANS),
        ("ש", fonts.SANS),  # Hebrew
        ("ب", fonts.ARABIC),
        ("\ufe91", fonts.ARABIC),  # an Arabic joined form
        ("王", fonts.CJK),
        ("한", fonts.CJK),
        ("🐕", fonts.SYMBOLS),
        ("😀", fonts.SANS),  # DejaVu Sans has a few emoji of its own
    ],
)
def test_each_character_gets_a_font_that_has_its_glyph(char: str, font: fonts.FontFile) -> None:
    assert fonts.font_for(char) == font.name
    assert fonts.has_glyph(font, char)


def test_invisible_characters_are_left_out_not_boxed() -> None:
    assert fonts.font_for("\ufe0f") is None  # variation selector after an emoji
    assert "\ufe0f" not in "".join(chunk for _, chunk in fonts.runs("❤\ufe0f"))


def test_runs_switch_font_only_where_needed() -> None:
    assert fonts.runs("walk 王 daily") == [
        (fonts.SANS.name, "walk "),
        (fonts.CJK.name, "王"),
        (fonts.SANS.name, " daily"),
    ]
    assert f'<font name="{fonts.CJK.name}">王</font>' in line_markup("walk 王")


def test_arabic_letters_join_and_lam_alef_is_one_glyph() -> None:
    # beh + alef: initial beh, final alef; lam + alef: the isolated ligature.
    assert shape_arabic("با") == "\ufe91\ufe8e"
    assert shape_arabic("لا") == "\ufefb"
    assert shape_arabic("walk") == "walk"


def test_right_to_left_lines_are_put_in_visual_order() -> None:
    assert is_rtl("שלום world") and not is_rtl("hello שלום")
    assert has_rtl("a ב") and not has_rtl("Zoë 王 😀")
    assert visual_line("אבג", rtl=True) == "גבא"
    # A left-to-right phrase inside right-to-left text keeps its own order.
    assert visual_line("אב walk now", rtl=True) == "walk now בא"
    # Brackets are mirrored in right-to-left runs.
    assert visual_line("אב (גד)", rtl=True) == "(דג) בא"
