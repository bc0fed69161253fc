"""The one table-model base every list uses: rows of plain records, columns declared once.

A :class:`Column` says how a record reads in that column (its text, what a screen reader
hears, its tool tip, whether it is a figure to right-align, which field an edit
changes). :class:`TableModel` shows rows of records through those columns and hands the
row's record out under :data:`RECORD_ROLE`. :class:`RecordTableModel` adds what the
plan's lists need: records with an ``id``, merged row by row as the plan changes, and
edits in a cell handed to a callback.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

ModelIndex = QModelIndex | QPersistentModelIndex

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's record, in every column."""

T = TypeVar("T")

_TEXT_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.ToolTipRole,
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    text: Callable[[T], str]
    # The record's field that an edit in this column changes (None: not editable here).
    field: str | None = None
    # The value an editor starts from (defaults to the field's value).
    value: Callable[[T], Any] | None = None
    # The cell's tool tip and what a screen reader hears (both default to its text).
    tip: Callable[[T], str | None] | None = None
    spoken: Callable[[T], str | None] | None = None
    # Figures are right-aligned.
    numeric: bool = False
    # The header's tool tip.
    header_tip: str | None = None


class TableModel(QAbstractTableModel, Generic[T]):
    """Rows of records shown through fixed columns; read-only unless a subclass edits."""

    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[T] = []

    # ----- reading ----------------------------------------------------------------------------

    @property
    def records(self) -> tuple[T, ...]:
        return tuple(self._records)

    def record(self, row: int) -> T | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def set_rows(self, records: Iterable[T]) -> None:
        """Show ``records`` in place of what was there (views lose their selection)."""
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.header_tip
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role in _TEXT_ROLES:
            return self._text(record, column, role)
        if role == Qt.ItemDataRole.EditRole:
            if column.value is not None:
                return column.value(record)
            if column.field is not None:
                value = getattr(record, column.field)
                return "" if value is None else value
            return column.text(record)
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return _RIGHT
        return self._extra(record, index.column(), role)

    def _text(self, record: T, column: Column[T], role: int) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            spoken = column.spoken(record) if column.spoken is not None else None
            return spoken or column.text(record)
        if column.tip is not None:
            return column.tip(record) or column.text(record) or None
        return column.text(record) or None

    def _extra(self, record: T, column: int, role: int) -> object:
        """Anything else a list shows (fonts, colours); nothing by default."""
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class HasId(Protocol):
    # Records are frozen dataclasses: an edit is shown at once through dataclasses.replace.
    __dataclass_fields__: ClassVar[dict[str, Any]]

    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=HasId)
OnEdit = Callable[[Any, str, Any], None]  # (record, field, new value)


class RecordTableModel(TableModel[R]):
    """Records with an ``id``, merged row by row; edits in a cell go to ``on_edit``.

    Models hold plain records from the core and never write anything themselves:
    an edit in a cell goes to the ``on_edit`` callback (which pushes an undoable
    command), and the cell shows the new value at once until the records are read
    back. New records are merged row by row (inserted, removed, moved), so views
    keep their selection and the person's place while the list changes.
    """

    def __init__(
        self,
        columns: Sequence[Column[R]],
        on_edit: OnEdit | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self._on_edit = on_edit
        self.editable = True

    def row_of(self, record_id: int) -> int | None:
        for row, record in enumerate(self._records):
            if record.id == record_id:
                return row
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (
            index.isValid()
            and self.editable
            and self._on_edit is not None
            and 0 <= index.column() < len(self._columns)
            and self._columns[index.column()].field is not None
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # ----- editing ----------------------------------------------------------------------------

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
            # Shown at once; the records read back after the edit confirm or correct it.
            self._records[index.row()] = dataclasses.replace(record, **{field: value or None})
            left, right = (
                self.index(index.row(), 0),
                self.index(index.row(), self.columnCount() - 1),
            )
            self.dataChanged.emit(left, right)
        return True

    # ----- new records ------------------------------------------------------------------------

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
