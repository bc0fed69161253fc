"""What every stage of the consultation shares."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
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
from ui.models.table import R
from ui.widgets import side_by_side

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
        layout.addWidget(self.titled(key, field, parent))
        return field

    def titled(self, key: str, field: SavingLineEdit | SavingTextEdit, parent: QWidget) -> QWidget:
        """``field``, storing ``key``, under its title and with its message: to lay out."""
        field.committed.connect(lambda text: self._store(key, text))
        box, self.errors[key] = labelled(field.accessibleName(), field, parent)
        self.texts[key] = field
        return box

    def show(self, record: object | None, *, keep_typing: bool = True) -> None:
        """Each field shows the record's value (no record: empty). What is being typed in
        a field is kept, unless not ``keep_typing`` (another record is shown)."""
        for key, field in self.texts.items():
            value = getattr(record, key) if record is not None else ""
            if keep_typing:
                field.set_saved(value)
            else:
                field.load(value)

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
    row = side_by_side(None, *buttons)
    row.setSpacing(8)
    if stretch:
        row.addStretch(1)
    return row


def no_index() -> QModelIndex:
    return QModelIndex()
