"""The lists of the plan as Qt item models: topics, results, goals, actions and the rest.

Models hold plain records from the core and never write anything themselves:
an edit in a cell goes to the ``on_edit`` callback (which pushes an undoable
command), and the cell shows the new value at once until the plan is read
back. New plans are merged row by row (inserted, removed, moved), so views
keep their selection and the person's place while the plan changes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
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

ModelIndex = QModelIndex | QPersistentModelIndex

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's record, in every column."""

AGENDA_MIME_TYPE = "application/x-careplan-agenda-ids"

# Deferred topics stay in the list, in a quieter colour and always with the words.
DEFERRED_COLOUR = QColor(0x5A, 0x4A, 0x00)


def _tr(text: str) -> str:
    return QCoreApplication.translate("consultation", text)


class HasId(Protocol):
    # Records are frozen dataclasses: an edit is shown at once through dataclasses.replace.
    __dataclass_fields__: ClassVar[dict[str, Any]]

    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=HasId)
OnEdit = Callable[[Any, str, Any], None]  # (record, field, new value)


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    text: Callable[[R], str]
    # The record's field that an edit in this column changes (None: not editable here).
    field: str | None = None
    # The value an editor starts from (defaults to the field's value).
    value: Callable[[R], Any] | None = None


def _date_text(value: dt.date | None) -> str:
    return formatting.date(value) if value else ""


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of records with fixed columns; edits go to ``on_edit``."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        on_edit: OnEdit | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[R] = []
        self._on_edit = on_edit
        self.editable = True

    # ----- reading --------------------------------------------------------------------------------

    @property
    def records(self) -> tuple[R, ...]:
        return tuple(self._records)

    def record(self, row: int) -> R | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_of(self, record_id: int) -> int | None:
        for row, record in enumerate(self._records):
            if record.id == record_id:
                return row
        return None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            text = column.text(record)
            if role == Qt.ItemDataRole.ToolTipRole:
                return text or None
            return text
        if role == Qt.ItemDataRole.EditRole:
            if column.value is not None:
                return column.value(record)
            if column.field is not None:
                value = getattr(record, column.field)
                return "" if value is None else value
            return column.text(record)
        if role == RECORD_ROLE:
            return record
        return self._extra(record, index.column(), role)

    def _extra(self, record: R, column: int, role: int) -> object:
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if (
            self.editable
            and self._on_edit is not None
            and 0 <= index.column() < len(self._columns)
            and self._columns[index.column()].field is not None
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # ----- editing --------------------------------------------------------------------------------

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable)
            or self._on_edit is None
        ):
            return False
        record = self._records[index.row()]
        field = self._columns[index.column()].field
        assert field is not None
        current = getattr(record, field)
        if isinstance(value, str) and isinstance(current, str | None):
            if value == (current or ""):
                return False
        elif value == current:
            return False
        self._on_edit(record, field, value)
        if isinstance(current, str | None) and isinstance(value, str):
            # Shown at once; the plan read back after the edit confirms or corrects it.
            self._records[index.row()] = dataclasses.replace(record, **{field: value or None})
            left, right = (
                self.index(index.row(), 0),
                self.index(index.row(), self.columnCount() - 1),
            )
            self.dataChanged.emit(left, right)
        return True

    # ----- new plans ------------------------------------------------------------------------------

    def set_records(self, records: Iterable[R]) -> None:
        """Merge ``records`` in: changed rows redrawn, others inserted, removed or moved."""
        new = list(records)
        new_ids = [r.id for r in new]
        old_ids = [r.id for r in self._records]
        if new_ids == old_ids:
            changed = [
                row for row, (a, b) in enumerate(zip(self._records, new, strict=True)) if a != b
            ]
            self._records = new
            if changed:
                self.dataChanged.emit(
                    self.index(min(changed), 0),
                    self.index(max(changed), self.columnCount() - 1),
                )
            return
        keep = set(new_ids)
        for row in reversed(range(len(self._records))):
            if self._records[row].id not in keep:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._records[row]
                self.endRemoveRows()
        present = {r.id for r in self._records}
        additions = [r for r in new if r.id not in present]
        if additions:
            first = len(self._records)
            self.beginInsertRows(QModelIndex(), first, first + len(additions) - 1)
            self._records.extend(additions)
            self.endInsertRows()
        if [r.id for r in self._records] != new_ids:
            self._reorder(new)
        else:
            self._records = new
        if self._records:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._records) - 1, self.columnCount() - 1)
            )

    def _reorder(self, new: list[R]) -> None:
        self.layoutAboutToBeChanged.emit()
        old_ids = [r.id for r in self._records]
        new_rows = {r.id: row for row, r in enumerate(new)}
        for index in self.persistentIndexList():
            record_id = old_ids[index.row()]
            self.changePersistentIndex(index, self.index(new_rows[record_id], index.column()))
        self._records = new
        self.layoutChanged.emit()


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
