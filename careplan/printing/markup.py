"""Turning a person's text into ReportLab paragraph markup that prints it as typed.

ReportLab paragraphs take an XML-like markup (``<b>``, ``<font>``, ``<img>``).
Text a person typed is never markup: every piece of it is escaped here, and
only this module wraps it in the ``<font>`` tags that pick a font with the
glyphs it needs. ``<img>`` is never produced, so nothing a person types can
make ReportLab open a file or a URL.
"""

from __future__ import annotations

from xml.sax.saxutils import escape as _xml_escape

from .fonts import body_font, runs

_ENTITIES = {'"': "&quot;", "'": "&#39;"}


def escape(text: str) -> str:
    """``text`` safe to put between ReportLab paragraph tags: it prints exactly as given."""
    return _xml_escape(text, _ENTITIES)


def printable(text: str) -> str:
    """Tabs become spaces; other control characters were removed when the text was stored."""
    return text.replace("\t", "    ").replace("\r\n", "\n").replace("\r", "\n")


def line_markup(text: str, bold: bool = False) -> str:
    """Markup for one line of plain text, each run in a font that has its glyphs."""
    primary = body_font(bold)
    parts: list[str] = []
    for name, chunk in runs(text, bold):
        if name == primary:
            parts.append(escape(chunk))
        else:
            parts.append(f'<font name="{name}">{escape(chunk)}</font>')
    return "".join(parts)


def text_markup(text: str, bold: bool = False) -> str:
    """Markup for plain text that may hold line breaks (kept as typed)."""
    return "<br/>".join(line_markup(line, bold) for line in printable(text).split("\n"))
