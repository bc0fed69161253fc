"""The lists of the plan as Qt item models: topics, results, goals, actions and the rest.

Each is a :class:`~ui.models.table.RecordTableModel` (plain records from the core,
merged row by row as the plan changes; edits go to a callback) with its columns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from careplan.records import (
    ActionRecord,
    AgendaItemRecord,
    BarrierRecord,
    EscalationStepRecord,
    GoalRecord,
    ParticipantRecord,
    PreparationResultRecord,
    SupportRecord,
    WhatMattersRecord,
)
from careplan.vocabulary import CONFIDENCE_PROMPT_BELOW, AgendaStatus
from ui import formatting
from ui.consultation import words
from ui.i18n import translator

# RECORD_ROLE and RecordTableModel are re-exported: the stages name them through this module.
from ui.models.table import RECORD_ROLE as RECORD_ROLE
from ui.models.table import Column, ModelIndex, OnEdit
from ui.models.table import RecordTableModel as RecordTableModel

AGENDA_MIME_TYPE = "application/x-careplan-agenda-ids"

# Deferred topics stay in the list, in a quieter colour and always with the words.
DEFERRED_COLOUR = QColor(0x5A, 0x4A, 0x00)


_tr = translator("consultation")


def _date_text(value: dt.date | None) -> str:
    return formatting.date(value) if value else ""


# ----- the lists of the plan ----------------------------------------------------------------------


def results_model(
    on_edit: OnEdit | None = None, parent: QObject | None = None
) -> RecordTableModel[PreparationResultRecord]:
    return RecordTableModel(
        [
            Column(_tr("Test"), lambda r: r.test_name, "test_name"),
            Column(_tr("Result"), lambda r: r.value or "", "value"),
            Column(_tr("What it means"), lambda r: r.meaning or "", "meaning"),
            Column(
                _tr("Date"),
                lambda r: _date_text(r.taken_on),
                "taken_on",
                lambda r: r.taken_on.isoformat() if r.taken_on else "",
            ),
        ],
        on_edit,
        parent,
    )


def participants_model(parent: QObject | None = None) -> RecordTableModel[ParticipantRecord]:
    return RecordTableModel(
        [
            Column(_tr("Who"), lambda p: words.participant_role(p.role)),
            Column(_tr("Name"), lambda p: p.name or ""),
        ],
        None,
        parent,
    )


def what_matters_model(
    on_edit: OnEdit | None = None, parent: QObject | None = None
) -> RecordTableModel[WhatMattersRecord]:
    return RecordTableModel(
        [Column(_tr("What matters, in the person's words"), lambda w: w.text, "text")],
        on_edit,
        parent,
    )


def goal_title(goal: GoalRecord, position: int | None = None) -> str:
    if position is None:
        return goal.text
    return _tr("Goal {number}: {text}").format(number=position + 1, text=goal.text)


def goals_model(parent: QObject | None = None) -> RecordTableModel[GoalRecord]:
    return RecordTableModel(
        [
            Column(_tr("Goal, in the person's words"), lambda g: g.text),
            Column(_tr("Whose"), lambda g: words.raised_by(g.expressed_by)),
            Column(
                _tr("Importance"),
                lambda g: "" if g.importance is None else _tr("{n} of 10").format(n=g.importance),
            ),
            Column(_tr("Actions"), lambda g: str(len(g.actions))),
        ],
        None,
        parent,
    )


def confidence_text(action: ActionRecord) -> str:
    first, final = action.confidence_first, action.confidence_final
    if first is None:
        return _tr("not asked yet")
    if final is None:
        return _tr("{n} of 10").format(n=first)
    return _tr("{final} of 10 (first {first})").format(final=final, first=first)


class ActionsModel(RecordTableModel[ActionRecord]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(_tr("What"), lambda a: a.what),
                Column(_tr("How much"), lambda a: a.how_much or ""),
                Column(_tr("When"), lambda a: a.when or ""),
                Column(_tr("How often"), lambda a: a.how_often or ""),
                Column(_tr("Who"), _who_text),
                Column(_tr("How sure"), confidence_text),
            ],
            None,
            parent,
        )

    def _extra(self, record: ActionRecord, column: int, role: int) -> object:
        low = record.confidence is not None and record.confidence < CONFIDENCE_PROMPT_BELOW
        if column == 5 and low and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _who_text(action: ActionRecord) -> str:
    who = words.action_owner(action.who)
    return f"{who} ({action.who_name})" if action.who_name else who


def barriers_model(
    action_text: Callable[[int | None], str],
    on_edit: OnEdit | None = None,
    parent: QObject | None = None,
) -> RecordTableModel[BarrierRecord]:
    return RecordTableModel(
        [
            Column(_tr("What might get in the way"), lambda b: b.barrier, "barrier"),
            Column(_tr("Plan B"), lambda b: b.plan_b or "", "plan_b"),
            Column(_tr("For the action"), lambda b: action_text(b.action_id)),
        ],
        on_edit,
        parent,
    )


def supports_model(
    on_edit: OnEdit | None = None, parent: QObject | None = None
) -> RecordTableModel[SupportRecord]:
    return RecordTableModel(
        [
            Column(_tr("Kind"), lambda s: words.support_kind(s.kind), "kind", lambda s: s.kind),
            Column(_tr("Who or what"), lambda s: s.name, "name"),
            Column(_tr("How to reach them"), lambda s: s.contact or "", "contact"),
            Column(_tr("How they help"), lambda s: s.how_they_help or "", "how_they_help"),
        ],
        on_edit,
        parent,
    )


class EscalationModel(RecordTableModel[EscalationStepRecord]):
    def __init__(self, on_edit: OnEdit | None = None, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    _tr("Level"), lambda e: words.level_short(e.level), "level", lambda e: e.level
                ),
                Column(_tr("What to watch for"), lambda e: e.signs, "signs"),
                Column(_tr("What to do"), lambda e: e.what_to_do or "", "what_to_do"),
                Column(_tr("Whom to call"), lambda e: e.contact or "", "contact"),
                Column(_tr("Phone"), lambda e: e.phone or "", "phone"),
            ],
            on_edit,
            parent,
        )

    def _extra(self, record: EscalationStepRecord, column: int, role: int) -> object:
        if column != 0:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(words.LEVEL_COLOURS.get(record.level, "#444444")))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#ffffff"))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None


# ----- the agenda: ordered by the person, by drag and drop or by keyboard -------------------------

OnReorder = Callable[[list[int], list[int]], None]  # (new order of ids, old order)


class AgendaModel(RecordTableModel[AgendaItemRecord]):
    """The topics, in the person's order. Moving rows asks ``on_reorder`` to store the order."""

    TOPIC, RAISED_BY, STATUS = 0, 1, 2

    def __init__(
        self,
        on_edit: OnEdit | None = None,
        on_reorder: OnReorder | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            [
                Column(_tr("Topic"), _topic_text, "text"),
                Column(_tr("Raised by"), lambda a: words.raised_by(a.raised_by)),
                Column(_tr("Today"), _status_text),
            ],
            on_edit,
            parent,
        )
        self._on_reorder = on_reorder

    def _extra(self, record: AgendaItemRecord, column: int, role: int) -> object:
        deferred = record.status == AgendaStatus.DEFERRED.value
        if deferred and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(DEFERRED_COLOUR)
        if role == Qt.ItemDataRole.FontRole and (deferred or column == self.STATUS):
            font = QFont()
            font.setItalic(deferred)
            font.setBold(column == self.STATUS)
            return font
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.editable and self._on_reorder is not None:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        elif not index.isValid() and self.editable and self._on_reorder is not None:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [AGENDA_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [str(self._records[row].id) for row in rows if row < len(self._records)]
        data = QMimeData()
        data.setData(AGENDA_MIME_TYPE, QByteArray(",".join(ids).encode("ascii")))
        return data

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        return (
            self.editable
            and self._on_reorder is not None
            and action == Qt.DropAction.MoveAction
            and data.hasFormat(AGENDA_MIME_TYPE)
        )

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        raw = bytes(data.data(AGENDA_MIME_TYPE).data()).decode("ascii")
        try:
            moving = [int(part) for part in raw.split(",") if part]
        except ValueError:
            return False
        known = {r.id for r in self._records}
        moving = [i for i in moving if i in known]
        if not moving:
            return False
        if row < 0:
            # Dropped onto a topic: it goes before that one; onto empty space: to the end.
            row = parent.row() if parent.isValid() else len(self._records)
        old = [r.id for r in self._records]
        before = [i for i in old[:row] if i not in moving]
        after = [i for i in old[row:] if i not in moving]
        new = before + moving + after
        self._apply_order(new, old)
        # Nothing for the view to remove afterwards: the rows were moved, not copied.
        return True

    def moveRows(
        self,
        sourceParent: ModelIndex,
        sourceRow: int,
        count: int,
        destinationParent: ModelIndex,
        destinationChild: int,
    ) -> bool:
        if (
            sourceParent.isValid()
            or destinationParent.isValid()
            or not self.editable
            or self._on_reorder is None
            or count < 1
            or sourceRow < 0
            or sourceRow + count > len(self._records)
            or not 0 <= destinationChild <= len(self._records)
            or sourceRow <= destinationChild <= sourceRow + count
        ):
            return False
        old = [r.id for r in self._records]
        moving = old[sourceRow : sourceRow + count]
        rest = old[:sourceRow] + old[sourceRow + count :]
        at = destinationChild if destinationChild < sourceRow else destinationChild - count
        new = rest[:at] + moving + rest[at:]
        self._apply_order(new, old)
        return True

    def move_up(self, row: int) -> bool:
        return row > 0 and self.moveRow(QModelIndex(), row, QModelIndex(), row - 1)

    def move_down(self, row: int) -> bool:
        return row < len(self._records) - 1 and self.moveRow(
            QModelIndex(), row, QModelIndex(), row + 2
        )

    def _apply_order(self, new: list[int], old: list[int]) -> None:
        if new == old:
            return
        by_id = {r.id: r for r in self._records}
        self._reorder([by_id[i] for i in new])
        assert self._on_reorder is not None
        self._on_reorder(new, old)


def _topic_text(item: AgendaItemRecord) -> str:
    if item.carried_from_id is not None:
        return _tr("{text} (from last time)").format(text=item.text)
    return item.text


def _status_text(item: AgendaItemRecord) -> str:
    return words.agenda_status(item.status)
