"""What a window is given to reach the core, as one value.

Most windows need the same few parts: the core's services (acting as the person signed
in), the job runner that does their work off the UI thread, the bridge that reports what
they changed, the person's settings and the date (a test gives its own). A window takes
a :class:`UiContext` through its constructor (never from a global) and hands it on to
the windows it opens.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from careplan.services import Services
    from ui.changes import ChangeBridge
    from ui.jobs import JobRunner


@dataclass(frozen=True)
class UiContext:
    services: Services
    jobs: JobRunner
    changes: ChangeBridge
    settings: QSettings
    today: Callable[[], dt.date] = field(default=dt.date.today)
