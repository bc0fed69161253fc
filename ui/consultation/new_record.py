"""A plan part listed in a table with the fields for a new record below it: the results
to discuss, barriers, support and the steps if things get worse."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget

from careplan import plan_parts as parts
from careplan.plan_parts import PlanPart
from ui.consultation.commands import Reply
from ui.consultation.models import RecordTableModel
from ui.consultation.stage import Stage, entered
from ui.consultation.widgets import ErrorLabel, labelled
from ui.i18n import translator

# A field for a new record: its key (the field it fills, and its messages), its title and
# its widget; None leaves its place on the grid empty.
Cell = tuple[str, str, QWidget] | None

_tr = translator("consultation")


def _button_texts() -> dict[str, tuple[str, str]]:
    """The add button's text and the remove button's name, for each part added this way."""
    return {
        parts.RESULT.key: (_tr("Add the result"), _tr("Remove the chosen result")),
        parts.BARRIER.key: (_tr("Add the barrier and plan B"), _tr("Remove the chosen barrier")),
        parts.SUPPORT.key: (_tr("Add the support"), _tr("Remove the chosen support")),
        parts.ESCALATION_STEP.key: (_tr("Add the step"), _tr("Remove the chosen step")),
    }


class NewRecord:
    """The fields for a new record of ``part`` under its table, on ``stage``.

    Each field is titled, with its message below it (:attr:`errors`, by key). Enter in a
    text field, or the add button, adds what they hold under the record ``under()`` names
    (the plan, or the chosen goal; None: nothing to add to); once it is stored the text
    fields are emptied and ``then(record)`` runs. The remove button takes out the row
    chosen in the table; a change made in the table (:meth:`store_edit`, its model's
    ``on_edit``) is one undo step. A failure is told next to its field, else next to the
    ``fallback`` field's.
    """

    def __init__(
        self,
        stage: Stage,
        part: PlanPart[Any],
        fallback: str,
        under: Callable[[], int | None],
        then: Callable[[Any], None] | None = None,
    ) -> None:
        self._stage = stage
        self.part = part
        self._fallback = fallback
        self._under = under
        self._then = then
        self.errors: dict[str, ErrorLabel] = {}
        self.fields: dict[str, QWidget] = {}

    def store_edit(self, record: Any, field: str, value: Any) -> None:
        """Store a change made in the part's table."""
        report = self._stage.reporter(self.errors, self.errors[self._fallback])
        self._stage.editor.choose(self.part, record, field, value, on_error=report)

    def lay_out(
        self,
        layout: QVBoxLayout,
        listed: tuple[QTableView, RecordTableModel[Any]],
        rows: Sequence[Sequence[Cell]],
        stretches: Sequence[int] = (),
    ) -> tuple[QPushButton, QPushButton]:
        """Under the table (``listed``: its view and model) on ``layout``: the fields, row by
        row as they stand on the grid (its columns stretched by ``stretches``), and the add
        and remove buttons."""
        view, model = listed
        page = view.parentWidget()
        assert page is not None
        grid = QGridLayout()
        for row, cells in enumerate(rows):
            for column, cell in enumerate(cells):
                if cell is not None:
                    key, title, field = cell
                    box, self.errors[key] = labelled(title, field, page)
                    if isinstance(field, QLineEdit):
                        field.returnPressed.connect(self.add)
                    grid.addWidget(box, row, column)
                    self.fields[key] = field
        for column, stretch in enumerate(stretches):
            grid.setColumnStretch(column, stretch)
        layout.addLayout(grid)
        stage = self._stage
        return stage.add_and_remove(
            layout,
            *_button_texts()[self.part.key],
            self.add,
            lambda: stage.remove_chosen(self.part, view, model),
        )

    def add(self) -> None:
        """Add what the fields hold (a text field's words, a list's choice)."""
        stage, parent_id = self._stage, self._under()
        if parent_id is None or stage.read_only:
            return
        stage.clear_errors(self.errors)
        values = {key: entered(field) for key, field in self.fields.items()}
        texts = [field for field in self.fields.values() if isinstance(field, QLineEdit)]
        report = stage.reporter(self.errors, self.errors[self._fallback])
        reply = Reply(stage.when_stored(texts, then=self._then), report)
        stage.editor.add(self.part, parent_id, values, reply)
