"""How printed documents look: standard and large print.

Large print follows common guidance for people with sight loss: body text of
at least 16 point (here 18), bold headings larger still, generous line
spacing, left-aligned text, nothing conveyed by colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from .fonts import FAMILY, body_font

INK = HexColor("#111111")
ACCENT = HexColor("#1B3A5C")
MUTED = HexColor("#4A4A4A")
RULE = HexColor("#8A9BB0")
DRAFT_RED = HexColor("#B3261E")
GREEN = HexColor("#1E7B34")
AMBER = HexColor("#E8A200")
RED = HexColor("#C62828")
LEVEL_COLOURS: dict[str, Color] = {"green": GREEN, "amber": AMBER, "red": RED}


@dataclass(frozen=True)
class Look:
    large: bool
    body: float
    small: float
    heading: float
    title: float
    line: float  # leading as a multiple of the font size
    margin: float
    writing_gap: float

    @classmethod
    def standard(cls) -> Look:
        return cls(False, 12, 9, 16, 24, 1.4, 18 * mm, 9 * mm)

    @classmethod
    def large_print(cls) -> Look:
        return cls(True, 18, 13, 24, 32, 1.45, 16 * mm, 13 * mm)

    @classmethod
    def choose(cls, large: bool) -> Look:
        return cls.large_print() if large else cls.standard()


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    item: ParagraphStyle
    detail: ParagraphStyle
    note: ParagraphStyle
    banner: ParagraphStyle
    key: ParagraphStyle


@lru_cache(maxsize=8)
def make_styles(look: Look) -> Styles:
    """The styles of one look, made once per process (styles are never changed in place;
    a flowable needing a variant copies one)."""
    body_font()  # registers the family the styles name
    size, lead = look.body, look.line
    body = ParagraphStyle(
        "body",
        fontName=FAMILY,
        fontSize=size,
        leading=size * lead,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=size * 0.35,
        splitLongWords=1,
        allowWidows=0,
        allowOrphans=0,
    )
    indent = size * 1.4
    return Styles(
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=body_font(bold=True),
            fontSize=look.title,
            leading=look.title * 1.2,
            textColor=ACCENT,
            spaceAfter=look.title * 0.3,
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=size * 1.1, leading=size * 1.1 * lead, textColor=INK
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontSize=look.heading,
            leading=look.heading * 1.25,
            textColor=ACCENT,
            spaceBefore=look.heading * 0.9,
            spaceAfter=look.heading * 0.15,
            keepWithNext=1,
        ),
        subheading=ParagraphStyle(
            "subheading",
            parent=body,
            textColor=ACCENT,
            spaceBefore=size * 0.6,
            spaceAfter=size * 0.15,
            keepWithNext=1,
        ),
        body=body,
        item=ParagraphStyle(
            "item",
            parent=body,
            leftIndent=indent,
            bulletIndent=size * 0.1,
            bulletFontName=FAMILY,
            bulletFontSize=size,
        ),
        detail=ParagraphStyle("detail", parent=body, leftIndent=indent, spaceAfter=size * 0.15),
        note=ParagraphStyle(
            "note", parent=body, textColor=MUTED, fontSize=size * 0.92, leading=size * 0.92 * lead
        ),
        banner=ParagraphStyle(
            "banner",
            parent=body,
            textColor=DRAFT_RED,
            borderColor=DRAFT_RED,
            borderWidth=1.5,
            borderPadding=(size * 0.4, size * 0.5, size * 0.4, size * 0.5),
            # The border is drawn outside the text: indent so it stays within the margins.
            leftIndent=size * 0.5 + 1.5,
            rightIndent=size * 0.5 + 1.5,
            spaceBefore=size * 0.6,
            spaceAfter=size * 1.2,
        ),
        key=ParagraphStyle(
            "key", parent=body, spaceBefore=size * 0.6, spaceAfter=size * 0.2, keepWithNext=1
        ),
    )
