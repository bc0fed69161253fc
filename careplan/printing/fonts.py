"""The fonts shipped in ``resources/fonts`` and the choice of font for each character.

ReportLab draws a character only with a font that has its glyph, so text is
cut into runs, each in the first font of a fallback chain that covers it:
the body font (DejaVu Sans) for Latin, Greek, Cyrillic and Hebrew, Noto Sans
Arabic for Arabic script, WenQuanYi Micro Hei for Chinese, Japanese and
Korean, Symbola for emoji. Fonts are registered once per process and only
when first needed, so a plan in English never loads the large CJK font.
"""

from __future__ import annotations

import sys
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

import careplan

from ..errors import CarePlanError
from ..i18n import _
from .subsets import EmbeddedFont


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, with characters beyond U+FFFF (emoji) written as
    UTF-16 surrogate pairs as PDF requires; ReportLab writes them as five hex
    digits, so copying or searching the PDF gave a wrong character for each emoji."""

    def utf16(cp: int) -> str:
        return chr(cp).encode("utf-16-be", "surrogatepass").hex().upper()

    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(f"<{index:02X}> <{utf16(cp)}>" for index, cp in enumerate(subset)),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


class FontsMissingError(CarePlanError):
    """The fonts the printed plan embeds are not installed with the app."""


def resources_dir() -> Path:
    """The app's ``resources`` folder: beside the package in a checkout, else in the prefix."""
    candidates = (
        Path(careplan.__file__).resolve().parents[1] / "resources",
        Path(sys.prefix) / "share" / "careplan" / "resources",
    )
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FontsMissingError(
        _(
            "The fonts for printing are missing (looked in {places}); please reinstall the app."
        ).format(places=", ".join(str(c) for c in candidates))
    )


@dataclass(frozen=True)
class FontFile:
    name: str
    filename: str
    subfont: int = 0


SANS = FontFile("CarePlanSans", "DejaVuSans.ttf")
SANS_BOLD = FontFile("CarePlanSans-Bold", "DejaVuSans-Bold.ttf")
ARABIC = FontFile("CarePlanArabic", "NotoSansArabic-Regular.ttf")
ARABIC_BOLD = FontFile("CarePlanArabic-Bold", "NotoSansArabic-Bold.ttf")
CJK = FontFile("CarePlanCJK", "wqy-microhei.ttc")
SYMBOLS = FontFile("CarePlanSymbols", "Symbola.ttf")

FAMILY = SANS.name
ALL_FONTS = (SANS, SANS_BOLD, ARABIC, ARABIC_BOLD, CJK, SYMBOLS)
_BOLD_OF = {SANS: SANS_BOLD, ARABIC: ARABIC_BOLD}

_lock = threading.RLock()
_loaded: dict[str, TTFont] = {}


def font(spec: FontFile) -> TTFont:
    """The registered ReportLab font for ``spec``, loading it on first use."""
    loaded = _loaded.get(spec.name)
    if loaded is not None:
        return loaded
    with _lock:
        loaded = _loaded.get(spec.name)
        if loaded is None:
            path = resources_dir() / "fonts" / spec.filename
            if not path.is_file():
                raise FontsMissingError(
                    _("The font {file} is missing; please reinstall the app.").format(
                        file=spec.filename
                    )
                )
            loaded = EmbeddedFont(spec.name, str(path), subfontIndex=spec.subfont)
            pdfmetrics.registerFont(loaded)
            _loaded[spec.name] = loaded
            bold = _BOLD_OF.get(spec, spec)
            if bold is not spec:
                font(bold)
            # <b> (and <i>, which we never use) must resolve for every font a run names.
            for is_bold in (0, 1):
                for italic in (0, 1):
                    addMapping(spec.name, is_bold, italic, bold.name if is_bold else spec.name)
        return loaded


def body_font(bold: bool = False) -> str:
    """The body font's registered name (registering both weights on first use)."""
    font(SANS)
    return SANS_BOLD.name if bold else SANS.name


def _is_arabic_script(cp: int) -> bool:
    return (
        0x0600 <= cp <= 0x06FF
        or 0x0750 <= cp <= 0x077F
        or 0x08A0 <= cp <= 0x08FF
        or 0xFB50 <= cp <= 0xFDFF
        or 0xFE70 <= cp <= 0xFEFF
    )


def _is_pictographic(cp: int) -> bool:
    return 0x2000 <= cp <= 0x2BFF or 0x1F000 <= cp <= 0x1FAFF or 0x3297 <= cp <= 0x3299


def _chain(cp: int, bold: bool) -> tuple[FontFile, ...]:
    sans = SANS_BOLD if bold else SANS
    if _is_arabic_script(cp):
        return (ARABIC_BOLD if bold else ARABIC, sans)
    if _is_pictographic(cp):
        return (sans, SYMBOLS, CJK)
    return (sans, CJK, SYMBOLS)


def _invisible(ch: str) -> bool:
    """Characters with no glyph of their own: variation selectors, joiners, marks."""
    cp = ord(ch)
    return (
        unicodedata.category(ch) in {"Cf", "Cc", "Zl", "Zp"}
        or 0xFE00 <= cp <= 0xFE0F
        or 0xE0100 <= cp <= 0xE01EF
    )


REPLACEMENT = "\ufffd"


@lru_cache(maxsize=8192)
def _glyph(ch: str, bold: bool) -> tuple[str, str] | None:
    """The font to draw ``ch`` with and the character drawn; ``None`` to leave it out."""
    if _invisible(ch):
        # Some fonts draw these as dotted boxes; they have no ink of their own.
        return None
    cp = ord(ch)
    if not 0xD800 <= cp <= 0xDFFF:
        for spec in _chain(cp, bold):
            if cp in font(spec).face.charToGlyph:
                return spec.name, ch
    # No shipped font has it (or it is not a character at all): a replacement mark
    # shows that something is there, rather than leaving it out in silence.
    return (SANS_BOLD if bold else SANS).name, REPLACEMENT


def font_for(ch: str, bold: bool = False) -> str | None:
    """The name of the font to draw ``ch`` with; ``None`` to leave it out (invisible)."""
    glyph = _glyph(ch, bold)
    return None if glyph is None else glyph[0]


def has_glyph(spec: FontFile, ch: str) -> bool:
    return ord(ch) in font(spec).face.charToGlyph


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """``text`` cut into ``(font name, text)`` runs, each drawable with its font."""
    primary = body_font(bold)
    if text.isascii():
        return [(primary, text)] if text else []
    out: list[tuple[str, str]] = []
    current: str | None = None
    chunk: list[str] = []
    for ch in text:
        glyph = (primary, ch) if ch == " " else _glyph(ch, bold)
        if glyph is None:
            continue
        name, ch = glyph
        if name != current and chunk:
            out.append((current or primary, "".join(chunk)))
            chunk = []
        current = name
        chunk.append(ch)
    if chunk:
        out.append((current or primary, "".join(chunk)))
    return out


def string_width(text: str, size: float, bold: bool = False) -> float:
    return float(sum(pdfmetrics.stringWidth(part, name, size) for name, part in runs(text, bold)))
