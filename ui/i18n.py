"""Translating strings outside a QObject (module functions, item models' plain helpers).

A module names its own translation context once: ``_tr = translator("formatting")``.
pyside6-lupdate reads ``_tr("…")`` as ``tr`` (packaging/translations.py tells it so and
files the strings under the context the module names here).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def translator(context: str) -> Callable[[str], str]:
    """A function that translates ``text`` in ``context``."""

    def _tr(text: str) -> str:
        return QCoreApplication.translate(context, text)

    return _tr
