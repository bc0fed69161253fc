"""Translating strings outside a QObject (module functions, item models' plain helpers).

A module names its own translation context once: ``_tr = translator("formatting")``.
pyside6-lupdate reads ``_tr("…")`` as ``tr`` (packaging/translations.py tells it so and
files the strings under the context the module names here).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication

V = TypeVar("V", bound=StrEnum)


def translator(context: str) -> Callable[[str], str]:
    """A function that translates ``text`` in ``context``."""

    def _tr(text: str) -> str:
        return QCoreApplication.translate(context, text)

    return _tr


class Words(Generic[V]):
    """The words for one vocabulary: ``words(value)`` says a stored value (an unknown one
    as it is), ``words.choices()`` lists every value with its words, for a drop-down."""

    def __init__(self, vocabulary: type[V], words: Callable[[], dict[V, str]]) -> None:
        self._vocabulary = vocabulary
        self._words = words  # called each time: the words of the language now loaded

    def __call__(self, value: str) -> str:
        words = {v.value: text for v, text in self._words().items()}
        return words.get(value, value)

    def choices(self) -> list[tuple[str, str]]:
        words = self._words()
        return [(v.value, words[v]) for v in self._vocabulary if v in words]
