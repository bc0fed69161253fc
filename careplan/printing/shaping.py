"""Right-to-left text for a left-to-right page: Arabic letter joining and visual order.

ReportLab lays text out left to right, one glyph per character. Arabic and
Hebrew therefore reach it already *shaped* (each Arabic letter replaced by its
initial, medial, final or isolated presentation form, and lam-alef by its
ligature) and in *visual order* for each printed line (the Unicode
bidirectional algorithm, from python-bidi). Shaping happens on the whole text
in reading order; the visual order is computed per line, after line breaking,
as the bidirectional algorithm requires.

Printing never fails on text: python-bidi's algorithm (the one that mirrors
brackets) rejects the isolate controls U+2066–U+2069, so isolates are given to
it as the embeddings they nearly are; should it still refuse a line, its Rust
algorithm is asked, and failing that the line prints in reading order.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import bidi
from bidi.algorithm import get_display

# Joining types: D joins on both sides, R only to the letter before it, C joins
# like D without changing shape (tatweel, ZWJ), T is transparent (marks), U none.
log = logging.getLogger(__name__)

_DUAL, _RIGHT, _CAUSING, _TRANSPARENT, _NONE = "D", "R", "C", "T", "U"
_FORM_RE = re.compile(r"<(isolated|final|initial|medial)> ([0-9A-F]{4})(?: ([0-9A-F]{4}))?$")
_LAM = "\u0644"
_ALEFS = frozenset("\u0622\u0623\u0625\u0627")
_STRONG_RTL = frozenset({"R", "AL"})
_RTL_CONTROLS = frozenset("\u200f\u202b\u202e\u2067")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """Presentation forms from Unicode's own decompositions: letter -> form -> glyph char."""
    forms: dict[str, dict[str, str]] = {}
    lam_alef: dict[str, dict[str, str]] = {}
    for cp in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)):
        match = _FORM_RE.match(unicodedata.decomposition(chr(cp)))
        if not match:
            continue
        form, first, second = match.groups()
        if second is None:
            forms.setdefault(chr(int(first, 16)), {}).setdefault(form, chr(cp))
        elif chr(int(first, 16)) == _LAM and chr(int(second, 16)) in _ALEFS:
            lam_alef.setdefault(chr(int(second, 16)), {}).setdefault(form, chr(cp))
    return forms, lam_alef


def _joining(ch: str) -> str:
    forms, _ = _tables()
    shapes = forms.get(ch)
    if shapes is not None:
        if "initial" in shapes or "medial" in shapes:
            return _DUAL
        if "final" in shapes:
            return _RIGHT
        return _NONE
    if ch in ("\u0640", "\u200d"):
        return _CAUSING
    if unicodedata.category(ch) in ("Mn", "Me"):
        return _TRANSPARENT
    return _NONE


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds any right-to-left letters (or controls)."""
    if text.isascii():
        return False
    return any(unicodedata.bidirectional(ch) in _STRONG_RTL or ch in _RTL_CONTROLS for ch in text)


def is_rtl(text: str) -> bool:
    """The base direction of a paragraph: that of its first strong letter (rule P2)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return False
        if kind in _STRONG_RTL:
            return True
    return False


def shape_arabic(text: str) -> str:
    """Arabic letters replaced by their joined presentation forms, still in reading order."""
    if not any(0x0600 <= ord(ch) <= 0x08FF for ch in text):
        return text
    forms, lam_alef = _tables()
    # Lam followed by alef is one glyph: the ligature joins only to what comes before.
    items: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == _LAM and i + 1 < len(text) and text[i + 1] in lam_alef:
            items.append(_LAM + text[i + 1])
            i += 2
        else:
            items.append(ch)
            i += 1
    kinds = [_RIGHT if len(item) == 2 else _joining(item) for item in items]
    out: list[str] = []
    for index, item in enumerate(items):
        kind = kinds[index]
        if kind in (_NONE, _TRANSPARENT):
            out.append(item)
            continue
        before = next((kinds[j] for j in range(index - 1, -1, -1) if kinds[j] != _TRANSPARENT), "")
        after = next(
            (kinds[j] for j in range(index + 1, len(items)) if kinds[j] != _TRANSPARENT), ""
        )
        joins_before = kind in (_DUAL, _RIGHT, _CAUSING) and before in (_DUAL, _CAUSING)
        joins_after = kind in (_DUAL, _CAUSING) and after in (_DUAL, _RIGHT, _CAUSING)
        if len(item) == 2:
            ligatures = lam_alef[item[1]]
            out.append(ligatures.get("final" if joins_before else "isolated", item))
            continue
        form = (
            "medial"
            if joins_before and joins_after
            else "final"
            if joins_before
            else "initial"
            if joins_after
            else "isolated"
        )
        out.append(forms.get(item, {}).get(form, item))
    return "".join(out)


REPLACEMENT = "\ufffd"


def without_surrogates(text: str) -> str:
    """Lone surrogates (only possible in text that never went through UTF-8) made visible."""
    if text.isascii():
        return text
    return "".join(REPLACEMENT if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)


def visual_line(line: str, rtl: bool) -> str:
    """One printed line in the order its characters appear from left to right."""
    line = without_surrogates(line)
    if not has_rtl(line):
        return line
    base = "R" if rtl else "L"
    attempts: tuple[tuple[Callable[..., Any], str], ...] = (
        (get_display, line),  # mirrors brackets; rejects isolates
        (get_display, isolates_as_embeddings(line)),
        (bidi.get_display, line),  # isolates; no mirroring
    )
    for reorder, given in attempts:
        try:
            return str(reorder(given, base_dir=base))
        except Exception:  # any refusal of the library: try the next way
            continue
    log.warning("bidirectional reordering failed; line printed in reading order")
    return line


_LRI, _RLI, _FSI, _PDI = "\u2066", "\u2067", "\u2068", "\u2069"
_LRE, _RLE, _PDF = "\u202a", "\u202b", "\u202c"


def isolates_as_embeddings(text: str) -> str:
    """Isolates replaced by embeddings (FSI by the direction of its first strong letter);
    a closer with nothing open is dropped, as the algorithm itself would ignore it."""
    out: list[str] = []
    depth = 0
    for index, ch in enumerate(text):
        if ch in (_LRI, _RLI, _FSI):
            depth += 1
            if ch == _FSI:
                ch = _RLE if is_rtl(text[index + 1 :].split(_PDI, 1)[0]) else _LRE
            out.append(_LRE if ch == _LRI else _RLE if ch == _RLI else ch)
        elif ch == _PDI:
            if depth:
                depth -= 1
                out.append(_PDF)
        else:
            out.append(ch)
    return "".join(out)
