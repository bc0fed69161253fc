"""The one place the desktop client is put together once a database is open.

``careplan`` itself, the tests, the screenshot scripts and the latency probe all build
the client from :func:`ui.app.application` and a :class:`Workstation`, so what they try
is what people run: the same application set-up (names, text size, translations), one
change bridge, one job runner, services that report their changes through that bridge,
and the main window built from them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings

from ui.changes import ChangeBridge
from ui.context import UiContext
from ui.jobs import JobRunner

if TYPE_CHECKING:
    # Heavy (SQLAlchemy, the main window): loaded when a workstation is built, not before
    # the sign-in window shows.
    from careplan.audit import Actor
    from careplan.services import Services
    from careplan.storage import Database
    from ui.main_window import MainWindow


@dataclass
class Workstation:
    """One database opened in the client: the parts every window is given."""

    database: Database
    changes: ChangeBridge
    jobs: JobRunner
    settings: QSettings

    @classmethod
    def open(
        cls,
        database: Database,
        *,
        settings: QSettings | None = None,
        jobs: JobRunner | None = None,
        changes_parent: QObject | None = None,
    ) -> Workstation:
        """The parts for ``database``; a QApplication must exist (:func:`ui.app.application`)."""
        return cls(
            database,
            ChangeBridge(changes_parent),
            jobs if jobs is not None else JobRunner(),
            settings if settings is not None else QSettings(),
        )

    def services(self, actor: Actor | None = None) -> Services:
        """The core's services acting as ``actor``, their changes reported to the windows."""
        from careplan.services import Services

        return Services(self.database.session_factory, notify=self.changes.notify, actor=actor)

    def context(
        self, services: Services | None = None, *, today: Callable[[], dt.date] = dt.date.today
    ) -> UiContext:
        """What the windows are given: ``services`` (else services acting as no one) and these
        parts."""
        chosen = services if services is not None else self.services()
        return UiContext(chosen, self.jobs, self.changes, self.settings, today)

    def main_window(
        self,
        services: Services | None = None,
        *,
        database_label: str = "",
        today: Callable[[], dt.date] = dt.date.today,
    ) -> MainWindow:
        from ui.main_window import MainWindow
        from ui.unfinished_drafts import offer_unfinished_drafts

        ctx = self.context(services, today=today)
        chosen = ctx.services
        window = MainWindow(ctx, database_label=database_label)
        # After a restart: this person's unfinished drafts, to resume or discard.
        window.first_data_loaded.connect(
            lambda _result: offer_unfinished_drafts(window, chosen, self.jobs)
        )
        return window

    def close(self) -> None:
        """Stop the job runner (before the database closes, so no job is cut off)."""
        self.jobs.shutdown()
