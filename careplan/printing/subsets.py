"""The embedded fonts' subsets, made once per process rather than once per document.

A PDF embeds, for each TrueType font it uses, only the glyphs it prints (a subset
of the font file, with each glyph's width and the map back to characters). ReportLab
cuts, compresses and formats that subset again for every document; for a plan of
a page or two it was a third of the time printing took (DESIGN.md §8).

Every document here starts its subsets the same way: ASCII in its own places (as
ReportLab does) and then the characters printed documents commonly use, in a fixed
order (``COMMON``). So every plan in English needs the same subset of each font,
and what is embedded for it — the cut font file, compressed, the widths and the
character map — is made on first use and kept for the process. A document that
prints other characters adds them after these, as before; its subsets are made for
it (and kept, a few at a time, for the next document with the same characters).
The bytes written are the same as ReportLab's own for the same subset.
"""

from __future__ import annotations

import threading
import zlib
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase import pdfdoc, ttfonts
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, SUBSETN, TTFont, TTFontFace

# Placed after ASCII in every document's first subset, in this order (those the font
# has): the bullets, ellipsis, quotes and dashes of printed documents, and common signs.
COMMON = "•…‘’“”–—£€°±×÷≤≥½¼¾éèêáàâçöüäñ"

_KEPT = 32  # subsets kept (each a few tens of kilobytes)


@dataclass(frozen=True)
class _Embedded:
    """What a PDF holds for one subset of one font, ready to be written."""

    base_name: str
    widths: bytes  # the /Widths array, formatted
    cmap: bytes  # the ToUnicode CMap stream's content, compressed
    font_file: bytes  # the cut TrueType file, compressed
    font_file_length: int  # its length before compression (/Length1)


class _Preformatted(pdfdoc.PDFObject):  # type: ignore[misc]
    """A PDF value written as these bytes."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document: Any) -> bytes:
        return self.data


def _compressed_stream(content: bytes, **entries: Any) -> Any:
    stream = pdfdoc.PDFStream(content=content)
    stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
    for key, value in entries.items():
        stream.dictionary[key] = value
    return stream


_lock = threading.Lock()
_made: OrderedDict[tuple[int, int, tuple[int, ...]], _Embedded] = OrderedDict()


def _embedded(face: TTFontFace, number: int, subset: tuple[int, ...], doc: Any) -> _Embedded:
    key = (id(face), number, subset)
    with _lock:
        found = _made.get(key)
        if found is not None:
            _made.move_to_end(key)
            return found
    base_name = b"".join((SUBSETN(number), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
    widths = pdfdoc.format(pdfdoc.PDFArray([face.getCharWidth(code) for code in subset]), doc)
    # (Looked up when called: careplan.printing.fonts puts in its own, for emoji.)
    cmap = ttfonts.makeToUnicodeCMap(base_name, list(subset)).encode("utf-8")
    font_file = face.makeSubset(list(subset))
    made = _Embedded(
        base_name, widths, zlib.compress(cmap), zlib.compress(font_file), len(font_file)
    )
    with _lock:
        _made[key] = made
        while len(_made) > _KEPT:
            _made.popitem(last=False)
    return made


class EmbeddedFont(TTFont):  # type: ignore[misc]
    """A TrueType font whose subsets start alike in every document and are made once."""

    def _state(self, doc: Any) -> Any:
        state = self.state.get(doc)
        if state is None:
            state = self.state[doc] = TTFont.State(self._asciiReadable, self)
            if self._asciiReadable:
                known = self.face.charToGlyph
                for code in map(ord, COMMON):
                    # Codes 1-30 of the first subset are free with readable ASCII.
                    if code in known and code not in state.assignments and state.nextCode < 31:
                        state.subsets[0][state.nextCode] = code
                        state.assignments[code] = state.nextCode
                        state.nextCode += 1
        return state

    def splitString(self, text: str, doc: Any, encoding: str = "utf-8") -> Any:
        self._state(doc)
        return super().splitString(text, doc, encoding)

    def addObjects(self, doc: Any) -> None:
        """As ReportLab's, with each subset's parts made once (see the module's note)."""
        state = self._state(doc)
        state.frozen = 1
        face = self.face
        for number, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(number, doc)[1:]
            parts = _embedded(face, number, tuple(subset), doc)
            font = pdfdoc.PDFTrueTypeFont()
            font.__Comment__ = f"Font {self.fontName} subset {number}"
            font.Name = internal_name
            font.BaseFont = parts.base_name
            font.FirstChar = 0
            font.LastChar = len(subset) - 1
            font.Widths = _Preformatted(parts.widths)
            font.ToUnicode = doc.Reference(
                _compressed_stream(parts.cmap), "toUnicodeCMap:" + parts.base_name
            )
            font_file = doc.Reference(
                _compressed_stream(parts.font_file, Length1=parts.font_file_length),
                f"fontFile:{face.filename}({parts.base_name})",
            )
            flags = (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC
            descriptor = pdfdoc.PDFDictionary(
                {
                    "Type": "/FontDescriptor",
                    "Ascent": face.ascent,
                    "CapHeight": face.capHeight,
                    "Descent": face.descent,
                    "Flags": flags,
                    "FontBBox": pdfdoc.PDFArray(face.bbox),
                    "FontName": pdfdoc.PDFName(parts.base_name),
                    "ItalicAngle": face.italicAngle,
                    "StemV": face.stemV,
                    "FontFile2": font_file,
                    "MissingWidth": face.defaultWidth,
                }
            )
            font.FontDescriptor = doc.Reference(descriptor, "fontDescriptor:" + parts.base_name)
            doc.Reference(font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = font
        del self.state[doc]
