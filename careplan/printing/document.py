"""The page around the content: header, footer, page numbers, the DRAFT mark.

Every page carries the person's name and date of birth, the practice's name
and phone, what the document is (plan version, or "draft"), when it was
printed, and "Page N of M". The total is only known at the end, so pages are
kept until the document is saved and numbered then.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .fonts import runs, string_width
from .shaping import has_rtl, is_rtl, shape_arabic, visual_line
from .styles import ACCENT, DRAFT_RED, INK, MUTED, RULE, Look

# Nothing in a printed plan is ever fetched: no remote host and no URL scheme is
# trusted, so even an <img> that somehow reached ReportLab could not load a URL.
# (Local files are kept out by escaping every piece of text; see markup.py.)
rl_config.trustedHosts = None
rl_config.trustedSchemes = []
# Streams are written compressed and binary, as PDF allows, not also in ASCII85 text
# (a quarter larger, and slower to write).
rl_config.useA85 = 0


@dataclass(frozen=True)
class PageInfo:
    """What the header and footer of every page say."""

    person: str
    born: str
    practice_name: str
    practice_phone: str
    document: str  # e.g. "Care and support plan, version 2, agreed 2 March 2026"
    printed: str  # e.g. "Printed 2 March 2026 at 09:30"
    draft: bool
    draft_word: str
    page_of: Callable[[int, int], str]
    title: str
    author: str


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    value: str,
    size: float,
    *,
    bold: bool = False,
    align: str = "left",
    max_width: float | None = None,
) -> float:
    """Draw one line of any script at ``(x, y)``; return its width. Too long ends in '…'."""
    pieces, width = _prepared(value, size, bold, max_width)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    text = canvas.beginText(x, y)
    for name, chunk in pieces:
        text.setFont(name, size)
        text.textOut(chunk)
    canvas.drawText(text)
    return width


@lru_cache(maxsize=256)
def _prepared(
    value: str, size: float, bold: bool, max_width: float | None
) -> tuple[tuple[tuple[str, str], ...], float]:
    """A header or footer line cut to fit, in visual order, as font runs; and its width.
    (The same lines are drawn on every page, so they are worked out once.)"""
    value = " ".join(value.split())
    if max_width is not None and string_width(value, size, bold) > max_width:
        while value and string_width(value + "…", size, bold) > max_width:
            value = value[:-1]
        value = value.rstrip() + "…"
    if has_rtl(value):
        value = visual_line(shape_arabic(value), is_rtl(value))
    return tuple(runs(value, bold)), string_width(value, size, bold)


class _Geometry:
    def __init__(self, look: Look) -> None:
        self.width, self.height = A4
        self.margin = look.margin
        self.small = look.small
        self.header_top = self.height - 11 * mm
        self.header_rule = self.header_top - look.small * 2.6
        self.footer_rule = 12 * mm + look.small * 2.4
        self.frame_top = self.header_rule - 5 * mm
        self.frame_bottom = self.footer_rule + 4 * mm


def _decorate(canvas: Canvas, info: PageInfo, geo: _Geometry) -> None:
    """Header, footer rule and DRAFT mark; drawn first, so under the page's content."""
    left, right = geo.margin, geo.width - geo.margin
    small = geo.small
    half = (right - left) / 2 - 4 * mm
    canvas.saveState()
    if info.draft:
        canvas.saveState()
        canvas.setFillColor(DRAFT_RED)
        canvas.setFillAlpha(0.10)
        canvas.translate(geo.width / 2, geo.height / 2)
        canvas.rotate(45)
        draw_text(canvas, 0, -60, info.draft_word, 150, bold=True, align="centre")
        canvas.restoreState()
    canvas.setFillColor(INK)
    top = geo.header_top - small
    draw_text(canvas, left, top, info.person, small * 1.2, bold=True, max_width=half)
    draw_text(canvas, left, top - small * 1.35, info.born, small, max_width=half)
    canvas.setFillColor(MUTED)
    if info.practice_name:
        draw_text(
            canvas, right, top, info.practice_name, small * 1.05, align="right", max_width=half
        )
    if info.practice_phone:
        draw_text(
            canvas,
            right,
            top - small * 1.35,
            info.practice_phone,
            small,
            align="right",
            max_width=half,
        )
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.8)
    canvas.line(left, geo.header_rule, right, geo.header_rule)
    canvas.line(left, geo.footer_rule, right, geo.footer_rule)
    canvas.setFillColor(MUTED)
    base = geo.footer_rule - small * 1.3
    if info.draft:
        canvas.setFillColor(DRAFT_RED)
    # Room is left on the right for "Page N of M", added when the total is known.
    reserve = string_width(info.page_of(88, 88), small * 1.1, bold=True) + 6 * mm
    width = right - left - reserve
    draw_text(canvas, left, base, info.document, small, bold=info.draft, max_width=width)
    canvas.setFillColor(MUTED)
    draw_text(canvas, left, base - small * 1.3, info.printed, small, max_width=width)
    canvas.restoreState()


def _numbered_canvas(info: PageInfo, geo: _Geometry) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Keeps each page until the end, then writes "Page N of M" on all of them."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._kept: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._kept.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._kept)
            for state in self._kept:
                self.__dict__.update(state)
                self.saveState()
                self.setFillColor(ACCENT)
                draw_text(
                    self,
                    geo.width - geo.margin,
                    geo.footer_rule - geo.small * 1.3,
                    info.page_of(self._pageNumber, total),
                    geo.small * 1.1,
                    bold=True,
                    align="right",
                )
                self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(story: Sequence[Flowable], info: PageInfo, look: Look) -> tuple[bytes, int]:
    """Lay out ``story`` on A4 pages; return the PDF and its page count."""
    geo = _Geometry(look)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=geo.margin,
        rightMargin=geo.margin,
        topMargin=geo.height - geo.frame_top,
        bottomMargin=geo.frame_bottom,
        title=info.title,
        author=info.author,
        creator="careplan",
        subject=info.title,
        invariant=1,
    )
    frame = Frame(
        geo.margin,
        geo.frame_bottom,
        geo.width - 2 * geo.margin,
        geo.frame_top - geo.frame_bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="content",
    )
    doc.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPage=lambda c, d: _decorate(c, info, geo))]
    )
    doc.build(list(story), canvasmaker=_numbered_canvas(info, geo))
    return buffer.getvalue(), doc.page
