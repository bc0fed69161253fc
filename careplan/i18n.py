"""Translation hook for user-visible strings produced by the core.

The core has no Qt, so it uses :mod:`gettext`; the desktop client installs
its own Qt translators for the widgets.
"""

import gettext

_translation = gettext.translation("careplan", fallback=True)


def _(message: str) -> str:
    return _translation.gettext(message)
