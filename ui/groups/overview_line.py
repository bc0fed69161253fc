"""Group consultations in the practice overview: one line under the figures."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from careplan.group_records import GroupOverview
from ui import formatting
from ui.context import UiContext
from ui.i18n import translator

_tr = translator("GroupOverviewLine")


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)}%"


def group_overview_text(o: GroupOverview) -> str:
    if o.sessions_held == 0:
        return _tr("Group consultations: none held in this period.")
    return _tr(
        "Group consultations: {sessions} session(s) held; attendance {rate} ({came} of "
        "{places} places); {share} of those who came left with a goal and an action plan "
        "({planned})."
    ).format(
        sessions=formatting.number(o.sessions_held),
        rate=_percent(o.attendance_rate),
        came=formatting.number(o.attended),
        places=formatting.number(o.places_expected),
        share=_percent(o.action_plan_share),
        planned=formatting.number(o.left_with_action_plan),
    )


class GroupOverviewLine(QLabel):
    loaded = Signal(object)  # GroupOverview

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(_tr("Group consultations"))

    def refresh(self, start: dt.date, end: dt.date) -> None:
        self._ctx.jobs.submit(
            partial(self._ctx.services.group_overview.overview, start, end),
            self._show,
            lambda error: self.setText(formatting.error_message(error)),
            key="overview/groups",
            owner=self,
        )

    def _show(self, overview: GroupOverview) -> None:
        self.setText(group_overview_text(overview))
        self.loaded.emit(overview)
