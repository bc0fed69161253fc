"""The one table-model base every list uses: rows of plain records, columns declared once.

A :class:`Column` says how a record reads in that column (its text, what a screen reader
hears, its tool tip, whether it is a figure to right-align, which field an edit
changes). :class:`TableModel` shows rows of records through those columns and hands the
row's record out under :data:`RECORD_ROLE`. :class:`RecordTableModel` adds what the
plan's lists need: records with an ``id``, merged row by row as the plan changes, and
edits in a cell handed to a callback. :class:`PagedTableModel` adds what long lists
need (the patient list, the review worklist): the first :data:`PAGE_SIZE` rows at once,
the next page read in the background as the view scrolls near the end.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

if TYPE_CHECKING:
    from ui.jobs import JobRunner

ModelIndex = QModelIndex | QPersistentModelIndex

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's record, in every column."""

PAGE_SIZE = 100
"""Rows a long list reads at a time (the first screenful and some)."""

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
    # A tick box in the cell: ticked or not (None: nothing to tick for this record);
    # ticking it goes to the model's ``tick``.
    check: Callable[[T], bool | None] | None = None


class TableModel(QAbstractTableModel, Generic[T]):
    """Rows of records shown through fixed columns; read-only unless a subclass edits."""

    # A screen reader hears each cell with its column's title ("Due: 3 Mar 2026").
    speak_titles: ClassVar[bool] = False
    # Each row's texts are worked out once, when a view first asks (long lists: a view
    # asks only for the rows it shows, and asks often).
    cache_texts: ClassVar[bool] = False
    # The records' field that tells rows apart (:meth:`row_of`).
    key_field: ClassVar[str] = "id"

    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[T] = []
        self._texts: list[tuple[str, ...] | None] = []

    # ----- reading ----------------------------------------------------------------------------

    @property
    def records(self) -> tuple[T, ...]:
        return tuple(self._records)

    def record(self, row: int) -> T | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_of(self, key: object) -> int | None:
        """The row of the record whose :attr:`key_field` is ``key``, if it is shown."""
        for row, record in enumerate(self._records):
            if getattr(record, self.key_field) == key:
                return row
        return None

    def set_rows(self, records: Iterable[T], *, columns: Sequence[Column[T]] | None = None) -> None:
        """Show ``records`` in place of what was there (views lose their selection); a list
        whose columns depend on what it shows gives them here."""
        self.beginResetModel()
        if columns is not None:
            self._columns = list(columns)
        self._records = list(records)
        self._texts = [None] * len(self._records)
        self.endResetModel()

    def _add_rows(self, records: Sequence[T]) -> None:
        """``records`` added at the end."""
        if not records:
            return
        first = len(self._records)
        self.beginInsertRows(QModelIndex(), first, first + len(records) - 1)
        self._records.extend(records)
        self._texts.extend([None] * len(records))
        self.endInsertRows()

    def texts(self, row: int) -> tuple[str, ...]:
        """What each column shows for row ``row``."""
        if not self.cache_texts:
            return tuple(c.text(self._records[row]) for c in self._columns)
        texts = self._texts[row]
        if texts is None:
            record = self._records[row]
            texts = self._texts[row] = tuple(c.text(record) for c in self._columns)
        return texts

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
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return _RIGHT
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role in _TEXT_ROLES:
            return self._text(index.row(), record, index.column(), role)
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
        if role == Qt.ItemDataRole.CheckStateRole and column.check is not None:
            state = column.check(record)
            if state is not None:
                return Qt.CheckState.Checked if state else Qt.CheckState.Unchecked
        return self._extra(record, index.column(), role)

    def _text(self, row: int, record: T, index: int, role: int) -> str | None:
        column = self._columns[index]
        text = self.texts(row)[index] if self.cache_texts else column.text(record)
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            spoken = column.spoken(record) if column.spoken is not None else None
            spoken = spoken or text
            return f"{column.title}: {spoken}" if self.speak_titles else spoken
        if column.tip is not None:
            return column.tip(record) or text or None
        return text or None

    def _extra(self, record: T, column: int, role: int) -> object:
        """Anything else a list shows (fonts, colours); nothing by default."""
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        record = self.record(index.row())
        check = self._columns[index.column()].check if index.column() < len(self._columns) else None
        if record is not None and check is not None and check(record) is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        record = self.record(index.row())
        if record is None or not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        ticked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        return self.tick(record, index.column(), ticked)

    def tick(self, record: T, column: int, ticked: bool) -> bool:
        """A tick box in ``column`` was ticked or cleared; whether the model changed."""
        return False


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
        if role == Qt.ItemDataRole.CheckStateRole:
            return super().setData(index, value, role)
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


class Page(Protocol):
    """A page of a long list from the core: ``next_after`` says where the next one starts
    (``None`` on the last page)."""

    @property
    def next_after(self) -> Any: ...


P = TypeVar("P", bound=Page)


class PagedTableModel(TableModel[T], Generic[T, P]):
    """A long list a page at a time: the first page shows at once, the next is asked for
    (``page_wanted``) when the view scrolls near the end (``canFetchMore``/``fetchMore``);
    each row's texts are worked out when a view first shows it."""

    cache_texts = True
    page_wanted = Signal(object)  # the last page; the answer goes to append_page

    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self._first: P | None = None
        self._last: P | None = None
        self._fetch_enabled = False
        self._fetching = False

    def rows_of(self, page: P) -> Sequence[T]:
        """The records a page holds."""
        raise NotImplementedError

    def continues(self, page: P) -> bool:
        """Whether ``page`` follows the list shown (not a list since replaced)."""
        return True

    def set_paging(self, enabled: bool) -> None:
        """Whether scrolling near the end asks for the next page (``page_wanted``)."""
        self._fetch_enabled = enabled

    def set_page(self, page: P) -> None:
        """A new list's first page: replaces every row."""
        self._first = self._last = page
        self._fetching = False
        self.set_rows(self.rows_of(page))

    def append_page(self, page: P) -> None:
        """The next page of the same list, added at the end."""
        self._fetching = False
        if not self.continues(page):
            return
        self._last = page
        self._add_rows(self.rows_of(page))

    def page_failed(self) -> None:
        self._fetching = False

    @property
    def first_page(self) -> P | None:
        return self._first

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and self._fetch_enabled
            and not self._fetching
            and self._last is not None
            and self._last.next_after is not None
        )

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._last is not None
        self._fetching = True
        self.page_wanted.emit(self._last)

    def read_pages(
        self,
        jobs: JobRunner,
        page_after: Callable[[P], Callable[[], P]],
        *,
        key: str,
        owner: QObject,
        failed: Callable[[Exception], None],
        then: Callable[[], None] | None = None,
    ) -> None:
        """Turn paging on: each page asked for is read on the job runner by the function
        ``page_after(last)`` returns (asked on the UI thread, so it can take what it needs
        from the window there) and added here; ``then`` runs after each page is added."""

        def wanted(last: P) -> None:
            def added(page: P) -> None:
                self.append_page(page)
                if then is not None:
                    then()

            def failure(error: Exception) -> None:
                self.page_failed()
                failed(error)

            jobs.submit(page_after(last), added, failure, key=key, owner=owner)

        self.set_paging(True)
        self.page_wanted.connect(wanted)
