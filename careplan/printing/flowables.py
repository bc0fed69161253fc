"""The pieces a printed plan is made of, beyond ReportLab's own."""

from __future__ import annotations

import copy

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.doctemplate import NullActionFlowable

from .fonts import string_width
from .markup import escape, line_markup, printable, text_markup
from .shaping import has_rtl, is_rtl, shape_arabic, visual_line


def _bold(markup: str, bold: bool) -> str:
    return f"<b>{markup}</b>" if bold and markup else markup


def text(
    value: str, style: ParagraphStyle, *, bold: bool = False, bullet: str | None = None
) -> Flowable:
    """A paragraph of a person's words, printed exactly as stored."""
    if has_rtl(value):
        return BidiParagraph(value, style, bold=bold, bullet=bullet)
    return Paragraph(_bold(text_markup(value, bold), bold), style, bulletText=bullet)


Line = tuple[str | None, str, bool]  # (label, value, value in bold)


def lines(items: list[Line], style: ParagraphStyle, *, bullet: str | None = None) -> list[Flowable]:
    """Several lines (``Label: value`` or a value alone) as few paragraphs as possible.

    Lines of left-to-right text share one paragraph, one line each; a line
    holding right-to-left script gets its own (see :class:`BidiParagraph`).
    """
    out: list[Flowable] = []
    group: list[str] = []

    def flush() -> None:
        if group:
            out.append(Paragraph("<br/>".join(group), style, bulletText=None if out else bullet))
            group.clear()

    for label, value, bold in items:
        if has_rtl(value):
            flush()
            out.append(
                BidiParagraph(value, style, bold=bold, label=label, bullet=None if out else bullet)
            )
            continue
        markup = _bold(text_markup(value, bold), bold)
        group.append(f"<b>{escape(label)}:</b> {markup}" if label else markup)
    flush()
    return out


def _break(line: str, width: float, size: float, bold: bool) -> list[str]:
    """Greedy line breaking at spaces, in reading order; over-long words are cut."""
    if not line.strip():
        return [""]
    space = string_width(" ", size, bold)
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for word in line.split(" "):
        if not word:
            continue
        wide = string_width(word, size, bold)
        while wide > width:
            if current:
                lines.append(" ".join(current))
                current, used = [], 0.0
            cut = _fit(word, width, size, bold)
            lines.append(word[:cut])
            word = word[cut:]
            wide = string_width(word, size, bold)
        if not word:
            continue
        if current and used + space + wide > width:
            lines.append(" ".join(current))
            current, used = [], 0.0
        used = wide if not current else used + space + wide
        current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines


def _fit(word: str, width: float, size: float, bold: bool) -> int:
    """How many leading characters of ``word`` fit in ``width`` (at least one)."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if string_width(word[:middle], size, bold) <= width:
            low = middle
        else:
            high = middle - 1
    return low


class _Styled(Flowable):  # type: ignore[misc]
    """A flowable spaced before and after as its paragraph style says."""

    def __init__(self, style: ParagraphStyle) -> None:
        super().__init__()
        self.style = style

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)


class BidiParagraph(_Styled):
    """A paragraph holding right-to-left script, optionally after a bold label.

    Lines are broken here, in reading order, then each line is put in visual
    order; the result is ordinary ReportLab paragraphs with one explicit line
    per printed line. Text that starts right to left is right-aligned; a
    label goes on the same line when the value fits beside it, else above it.
    """

    def __init__(
        self,
        value: str,
        style: ParagraphStyle,
        *,
        bold: bool = False,
        bullet: str | None = None,
        label: str | None = None,
    ) -> None:
        super().__init__(style)
        self.value = shape_arabic(printable(value))
        self.rtl = is_rtl(self.value)
        self.bold = bold
        self.label = label
        self.bullet = bullet
        self.rtl_style = copy.copy(style)
        self.rtl_style.alignment = TA_RIGHT
        self._parts: list[Paragraph] = []
        self._built_for: float | None = None

    def _lines(self, text: str, width: float) -> str:
        size = self.style.fontSize
        lines = [
            piece for hard in text.split("\n") for piece in _break(hard, width, size, self.bold)
        ]
        return "<br/>".join(
            _bold(line_markup(visual_line(li, self.rtl), self.bold), self.bold) for li in lines
        )

    def _build(self, width: float) -> list[Paragraph]:
        if self._built_for == width:
            return self._parts
        usable = width - self.style.leftIndent - self.style.rightIndent - 1
        size = self.style.fontSize
        # A bullet belongs at the start of a line, which is on the right for
        # right-to-left text; there the indent alone marks the item.
        bullet = None if self.rtl and self.label is None else self.bullet
        if self.label is None:
            style = self.rtl_style if self.rtl else self.style
            self._parts = [Paragraph(self._lines(self.value, usable), style, bulletText=bullet)]
        else:
            head = f"<b>{escape(self.label)}:</b>"
            beside = usable - string_width(self.label + ": ", size, bold=True)
            if "\n" not in self.value and string_width(self.value, size, self.bold) <= beside:
                line = self._lines(self.value, beside)
                self._parts = [Paragraph(f"{head} {line}", self.style, bulletText=bullet)]
            else:
                style = self.rtl_style if self.rtl else self.style
                self._parts = [
                    Paragraph(head, self.style, bulletText=bullet),
                    Paragraph(self._lines(self.value, usable), style),
                ]
        self._built_for = width
        return self._parts

    def _gap(self) -> float:
        return float(self.style.spaceAfter + self.style.spaceBefore)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        parts = self._build(availWidth)
        heights = [part.wrap(availWidth, availHeight)[1] for part in parts]
        self.width = availWidth
        self.height = sum(heights) + self._gap() * (len(parts) - 1)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = self._build(availWidth)
        if len(parts) == 1:
            return list(parts[0].split(availWidth, availHeight))
        first_height = parts[0].wrap(availWidth, availHeight)[1]
        if first_height > availHeight:
            return []
        return list(parts)

    def draw(self) -> None:
        y = self.height
        for part in self._parts:
            y -= part.height
            part.drawOn(self.canv, 0, y)
            y -= self._gap()


class WritingLines(Flowable):  # type: ignore[misc]
    """Ruled lines to write on, as on a paper form."""

    def __init__(self, count: int, gap: float, color: Color) -> None:
        super().__init__()
        self.count = count
        self.gap = gap
        self.color = color

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.count * self.gap
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        fits = int(availHeight // self.gap)
        if fits < 2 or fits >= self.count:
            return []
        return [
            WritingLines(fits, self.gap, self.color),
            WritingLines(self.count - fits, self.gap, self.color),
        ]

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(self.color)
        canvas.setLineWidth(0.75)
        for row in range(self.count):
            y = row * self.gap
            canvas.line(0, y, self.width, y)
        canvas.restoreState()


class ColourKey(_Styled):
    """A coloured square beside a word label (green / amber / red), never colour alone."""

    def __init__(self, label: str, fill: Color, style: ParagraphStyle) -> None:
        super().__init__(style)
        self.label = label
        self.fill = fill
        self._para = Paragraph(f"<b>{escape(label)}</b>", style)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        box = self.style.fontSize * 1.3
        _, height = self._para.wrap(availWidth - box * 1.6, availHeight)
        self.width = availWidth
        self.height = max(height, box)
        return self.width, self.height

    def draw(self) -> None:
        box = self.style.fontSize * 1.3
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(self.fill)
        canvas.setStrokeColor(self.fill)
        canvas.roundRect(0, self.height - box, box, box, box * 0.18, stroke=1, fill=1)
        canvas.restoreState()
        self._para.drawOn(canvas, box * 1.6, self.height - self._para.height)


class Block(Flowable):  # type: ignore[misc]
    """Flowables kept on one page when they fit: a heading and its first item, an action
    and its details. Like ReportLab's KeepTogether, but each part is laid out once."""

    def __init__(self, items: list[Flowable]) -> None:
        super().__init__()
        self.items = items
        self._sizes: list[float] = []
        self._gaps: list[float] = []
        self._built_for: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._built_for != availWidth:
            self._sizes = [item.wrapOn(self.canv, availWidth, 1e9)[1] for item in self.items]
            self._gaps = [
                max(before.getSpaceAfter(), after.getSpaceBefore())
                for before, after in zip(self.items, self.items[1:], strict=False)
            ]
            self._built_for = availWidth
        self.width = availWidth
        self.height = sum(self._sizes) + sum(self._gaps)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        if frame is not None and not getattr(frame, "_atTop", False):
            return []  # try again at the top of the next page
        # Taller than a whole page: let the parts flow (and split) one by one.
        return [NullActionFlowable(), *self.items]

    def draw(self) -> None:
        y = self.height
        for index, (item, height) in enumerate(zip(self.items, self._sizes, strict=True)):
            if index:
                y -= self._gaps[index - 1]
            y -= height
            item.drawOn(self.canv, 0, y)

    def getSpaceBefore(self) -> float:
        return float(self.items[0].getSpaceBefore()) if self.items else 0.0

    def getSpaceAfter(self) -> float:
        return float(self.items[-1].getSpaceAfter()) if self.items else 0.0
