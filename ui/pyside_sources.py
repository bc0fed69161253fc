"""PySide6 reads the source of every module imported after it; the app keeps none of it.

PySide6's import hook asks, for each newly imported module, whether it uses PySide6
(for its optional ``__feature__`` switches), by searching the module's source for
"PySide6" through :func:`inspect.getsource`. That goes through :mod:`linecache`,
which keeps every line of every module's source for the rest of the session: about
20 MiB once SQLAlchemy, the core and the main window are loaded, held by an app that
never uses ``__feature__``. :func:`read_without_keeping` gives the hook the same
answer from the file read once and let go.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any


def read_without_keeping() -> None:
    """Answer PySide6's "does this module use PySide6?" without caching sources."""
    feature: Any = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "__name__", "") == "_uses_pyside":
        return  # a PySide6 without this hook, or installed already

    def _uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))  # built in, compiled or frozen: as PySide6 does
        try:
            with open(path, encoding="utf-8", errors="replace") as source:
                return "PySide6" in source.read()
        except OSError:
            return False

    feature._mod_uses_pyside = _uses_pyside
