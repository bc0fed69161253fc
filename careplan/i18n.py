"""Translation hook for user-visible strings produced by the core.

The core has no Qt. On its own (careplan-admin, scripts) it uses :mod:`gettext`;
the desktop client hands it a translating function with :func:`use`, so the core's
messages come from the same Qt catalogue as the widgets' (context ``careplan``,
resources/translations/).
"""

import gettext
from collections.abc import Callable

CONTEXT = "careplan"
"""The catalogue context the core's messages are kept under."""

_gettext: Callable[[str], str] = gettext.translation("careplan", fallback=True).gettext
_translate: Callable[[str], str] = _gettext


def _(message: str) -> str:
    return _translate(message)


def N_(message: str) -> str:
    """Marks ``message`` for the catalogue where it is written; :func:`marked` translates it
    where it is shown."""
    return message


def marked(message: str) -> str:
    """``message``, marked with :func:`N_` where it was written, translated now."""
    return _translate(message)


def use(translate: Callable[[str], str] | None) -> None:
    """Translate the core's messages with ``translate`` from now on (None: gettext again).

    ``translate`` may be called from any thread.
    """
    global _translate
    _translate = translate if translate is not None else _gettext
