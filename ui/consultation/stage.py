"""What every stage of the consultation shares."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from careplan.errors import ValidationError
from careplan.plan_parts import PlanPart
from careplan.records import ConsultationRecord
from ui import formatting
from ui.consultation.commands import Reply
from ui.consultation.editing import PlanEditor
from ui.consultation.models import RecordTableModel
from ui.consultation.widgets import (
    ErrorLabel,
    SavingLineEdit,
    SavingTextEdit,
    TextScale,
    labelled,
)
from ui.models.table import OnEdit, R

# A field for a new record under a table: its key (the field's name, for its messages),
# title, widget, and its row and column on the grid.
Entry = tuple[str, str, QWidget, int, int]

Saving = TypeVar("Saving", SavingLineEdit, SavingTextEdit)


class TextFields:
    """A record's text fields on a stage, by the field each stores: each under its title
    (its accessible name) with its message below it; filled, committed and told of their
    errors together. ``store(key, text)`` stores what a field commits."""

    def __init__(self, store: Callable[[str, str], None]) -> None:
        self._store = store
        self.texts: dict[str, SavingLineEdit | SavingTextEdit] = {}
        self.errors: dict[str, ErrorLabel] = {}

    def add(self, layout: QBoxLayout, key: str, field: Saving, parent: QWidget) -> Saving:
        field.committed.connect(lambda text: self._store(key, text))
        box, self.errors[key] = labelled(field.accessibleName(), field, parent)
        layout.addWidget(box)
        self.texts[key] = field
        return field

    def show(self, record: object) -> None:
        """Each field shows the record's value (what is being typed is kept)."""
        for key, field in self.texts.items():
            field.set_saved(getattr(record, key))

    def commit(self) -> None:
        for field in self.texts.values():
            field.commit()


class Stage(QWidget):
    """One step of the consultation; redraws from each plan the core reads back."""

    def __init__(self, editor: PlanEditor, scale: TextScale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.scale = scale
        self.read_only = False

    @property
    def plan(self) -> ConsultationRecord:
        return self.editor.session.plan

    def show_plan(self, plan: ConsultationRecord) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        """An agreed plan is shown, not edited."""
        self.read_only = read_only
        for edit in self.findChildren(QLineEdit):
            edit.setReadOnly(read_only)
        for text in self.findChildren(QPlainTextEdit):
            text.setReadOnly(read_only)
        for button in self.findChildren(QPushButton):
            if button.property("edits-plan"):
                button.setEnabled(not read_only)
        for model in self._models():
            model.editable = not read_only
        self._after_read_only()

    def _after_read_only(self) -> None:
        """Enable what depends on the selection again (subclasses)."""

    def _models(self) -> Iterable[RecordTableModel[Any]]:
        return ()

    def commit_fields(self) -> None:
        """Store what is typed in any field now (before closing, or switching record)."""

    def fit_heights(self) -> None:
        """Size lists by the text size (subclasses); called again when it changes."""

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_heights()

    # ----- helpers --------------------------------------------------------------------------------

    def edit_button(self, text: str, name: str | None = None) -> QPushButton:
        """A button that changes the plan (disabled while the plan is agreed)."""
        button = QPushButton(text, self)
        button.setProperty("edits-plan", True)
        button.setAccessibleName((name or text).replace("&", ""))
        return button

    @staticmethod
    def when_stored(
        edits: Sequence[QLineEdit],
        *,
        reset: Sequence[QComboBox] = (),
        then: Callable[[Any], None] | None = None,
    ) -> Callable[[Any], None]:
        """An ``on_done`` for a record added from what ``edits`` hold now: each field still
        showing what was sent is emptied (which also forgets its typing history), and when
        the first one was, each of ``reset`` starts again from its first choice (never the
        last one); then ``then(record)``."""
        sent = [edit.text() for edit in edits]

        def done(record: Any) -> None:
            if edits and edits[0].text() == sent[0]:
                for box in reset:
                    box.setCurrentIndex(0)
            for edit, text in zip(edits, sent, strict=True):
                if edit.text() == text:
                    edit.setText("")
            if then is not None:
                then(record)

        return done

    def reporter(
        self, errors: dict[str, ErrorLabel], fallback: ErrorLabel
    ) -> Callable[[Exception], None]:
        """Show a failed edit's message next to the field it is about."""

        def report(error: Exception) -> None:
            label = fallback
            if isinstance(error, ValidationError):
                label = errors.get(error.field, fallback)
            label.show_message(formatting.error_message(error))

        return report

    @staticmethod
    def entry_line(layout: QBoxLayout, widgets: Sequence[QWidget], name: str) -> ErrorLabel:
        """A new record typed on one line: ``widgets`` on a row of ``layout``, its text field
        taking the room, and under the row the message about that field (``name``: what the
        field is)."""
        row = QHBoxLayout()
        (edit,) = (widget for widget in widgets if isinstance(widget, QLineEdit))
        for widget in widgets:
            row.addWidget(widget, 1 if widget is edit else 0)
        layout.addLayout(row)
        error = ErrorLabel(edit, name, edit.parentWidget())
        layout.addWidget(error)
        return error

    def add_typed(
        self,
        part: PlanPart[Any],
        parent_id: int,
        values: dict[str, Any],
        line: tuple[QLineEdit, ErrorLabel],
        reset: Sequence[QComboBox] = (),
        then: Callable[[Any], None] | None = None,
    ) -> None:
        """Add a record of ``part`` typed on one line (``line``: its text field and message):
        once stored the field is emptied, each of ``reset`` starts again from its first
        choice and ``then(record)`` runs; a failure is told under the line."""
        if self.read_only:
            return
        edit, error = line
        error.clear_message()
        done = self.when_stored([edit], reset=reset, then=then)
        self.editor.add(part, parent_id, values, Reply(done, self.reporter({}, error)))

    def select_when_shown(
        self, view: QTableView, model: RecordTableModel[Any], record_id: int
    ) -> None:
        """Select a record in ``view`` now, or once the plan read back holds it."""
        row = model.row_of(record_id)
        if row is not None:
            select_row(view, row)
            return
        session = self.editor.session

        def once(_plan: ConsultationRecord) -> None:
            session.plan_changed.disconnect(once)
            select_row(view, model.row_of(record_id))

        session.plan_changed.connect(once)

    # ----- a plan part as a table with the fields for a new record below it ----------------------

    def entry_grid(
        self,
        entries: Sequence[Entry],
        errors: dict[str, ErrorLabel],
        add: Callable[[], None],
        parent: QWidget,
    ) -> QGridLayout:
        """The fields for a new record, each titled, its message below it (kept in
        ``errors`` by key); Enter in a text field adds the record."""
        grid = QGridLayout()
        for key, title, edit, row, column in entries:
            box, errors[key] = labelled(title, edit, parent)
            if isinstance(edit, QLineEdit):
                edit.returnPressed.connect(add)
            grid.addWidget(box, row, column)
        return grid

    def add_entered(
        self,
        part: PlanPart[Any],
        parent_id: int,
        entries: Sequence[Entry],
        errors: dict[str, ErrorLabel],
        fallback: str,
        then: Callable[[Any], None] | None = None,
    ) -> None:
        """Add a record of ``part`` under ``parent_id`` from what its fields hold (a text
        field's words, a list's choice, each under the field's key); once it is stored the
        text fields are emptied, and a failure is told next to its field (else ``fallback``'s)."""
        if self.read_only:
            return
        self.clear_errors(errors)
        values = {key: entered(edit) for key, _title, edit, _row, _column in entries}
        texts = [
            edit for _key, _title, edit, _row, _column in entries if isinstance(edit, QLineEdit)
        ]
        reply = Reply(self.when_stored(texts, then=then), self.reporter(errors, errors[fallback]))
        self.editor.add(part, parent_id, values, reply)

    def add_and_remove(
        self,
        layout: QVBoxLayout,
        add_text: str,
        remove_name: str,
        add: Callable[[], None],
        remove: Callable[[], None],
    ) -> tuple[QPushButton, QPushButton]:
        """The buttons under a table, on a row of ``layout``: add what the fields hold;
        remove the chosen row."""
        add_button = self.edit_button(add_text)
        add_button.clicked.connect(add)
        remove_button = self.edit_button(self.tr("Remove"), remove_name)
        remove_button.clicked.connect(remove)
        layout.addLayout(button_row(add_button, remove_button))
        return add_button, remove_button

    def entry_rows(
        self,
        layout: QVBoxLayout,
        listed: tuple[PlanPart[Any], QTableView, RecordTableModel[Any]],
        entries: Sequence[Entry],
        errors: dict[str, ErrorLabel],
        add: Callable[[], None],
        texts: tuple[str, str],
        stretches: Sequence[int] = (),
    ) -> tuple[QPushButton, QPushButton]:
        """Under the table of a plan part (``listed``: the part, its view and model): the
        fields for a new record (:meth:`entry_grid`, its columns stretched by ``stretches``)
        and the buttons (``texts``: the add button's text, the remove button's name) that add
        what they hold and remove the chosen row."""
        part, view, model = listed
        page = view.parentWidget()
        assert page is not None
        grid = self.entry_grid(entries, errors, add, page)
        for column, stretch in enumerate(stretches):
            grid.setColumnStretch(column, stretch)
        layout.addLayout(grid)
        return self.add_and_remove(
            layout, *texts, add, lambda: self.remove_chosen(part, view, model)
        )

    def table_edits(
        self, part: PlanPart[Any], errors: dict[str, ErrorLabel], fallback: str
    ) -> OnEdit:
        """How a change made in the table of ``part`` is stored: one undo step each, a
        failure told next to its field below the table (else next to ``fallback``)."""

        def store(record: Any, field: str, value: Any) -> None:
            report = self.reporter(errors, errors[fallback])
            self.editor.choose(part, record, field, value, on_error=report)

        return store

    def remove_chosen(
        self, part: PlanPart[Any], view: QTableView, model: RecordTableModel[Any]
    ) -> None:
        """Remove the record chosen in ``view`` (undoable)."""
        record = chosen(view, model)
        if record is not None and not self.read_only:
            self.editor.remove(part, record)

    @staticmethod
    def clear_errors(errors: dict[str, ErrorLabel]) -> None:
        for label in errors.values():
            label.clear_message()


def entered(edit: QWidget) -> Any:
    """What a field for a new record holds: a text field's words, a list's chosen value."""
    if isinstance(edit, QComboBox):
        return edit.currentData()
    assert isinstance(edit, QLineEdit)
    return edit.text()


def table(model: RecordTableModel[Any], name: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    fit_rows_to_text(view)
    return view


def fit_rows_to_text(view: QTableView) -> None:
    """Rows as tall as their wrapped words, measured again when text or column widths change."""
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    rows.setMinimumSectionSize(int(view.fontMetrics().height() * 1.6))
    timer = QTimer(view)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(view.resizeRowsToContents)
    model = view.model()
    for signal in (
        model.rowsInserted,
        model.dataChanged,
        model.layoutChanged,
        model.modelReset,
        view.horizontalHeader().sectionResized,
    ):
        signal.connect(lambda *_args: timer.start())


def table_height(view: QTableView, rows: int) -> int:
    """The height that shows a heading and about ``rows`` lines of one-line entries."""
    line = int(view.fontMetrics().height() * 1.6)
    return line * (rows + 1) + 2 * view.frameWidth()


def chosen(view: QTableView, model: RecordTableModel[R]) -> R | None:
    """The record of ``model`` chosen in ``view``, if one is."""
    row = selected_row(view)
    return model.record(row) if row is not None else None


def selected_row(view: QTableView) -> int | None:
    selection = view.selectionModel()
    if selection is None:
        return None
    rows = selection.selectedRows()
    if rows:
        return rows[0].row()
    current = view.currentIndex()
    return current.row() if current.isValid() and selection.isSelected(current) else None


def select_row(view: QTableView, row: int | None) -> None:
    selection = view.selectionModel()
    model = view.model()
    if selection is None or model is None or row is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    selection.setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.scrollTo(index)


def button_row(*buttons: QWidget, stretch: bool = True) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(8)
    for button in buttons:
        row.addWidget(button)
    if stretch:
        row.addStretch(1)
    return row


def no_index() -> QModelIndex:
    return QModelIndex()
