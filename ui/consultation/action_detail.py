"""The chosen action of the action-plan stage: what, how much, when, how often and who,
and how sure the person is (0 to 10), with the prompt to make it easier below 7."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from careplan.records import ActionRecord
from careplan.vocabulary import CONFIDENCE_PROMPT_BELOW
from ui.consultation import words
from ui.consultation.stage import TextFields
from ui.consultation.widgets import (
    SavingLineEdit,
    ScaleControl,
    TextScale,
    choice_box,
    labelled,
    select_value,
)
from ui.widgets import column

# The prompt panel: a warm background that is not a warning colour, with dark text.
PROMPT_STYLE = (
    "QFrame#confidence-prompt { background: #fff4d6; border: 2px solid #8a5300; "
    "border-radius: 6px; } QFrame#confidence-prompt QLabel { color: #1a1a1a; }"
)


class ActionDetail(QWidget):
    """One action's fields, each stored when it is committed (``store``), and its
    confidence rating (``rated``)."""

    store = Signal(object)  # {field: value}
    rated = Signal(int)

    def __init__(self, scale: TextScale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        self.setAccessibleName(self.tr("The chosen action"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        # The action's text fields, by the field each stores.
        self.text_fields = TextFields(lambda key, text: self.store.emit({key: text}))
        self.fields: dict[str, SavingLineEdit] = {}
        self.errors = self.text_fields.errors
        specs = [
            ("what", self.tr("What"), "", 0, 0, 2),
            ("how_much", self.tr("How much"), self.tr("e.g. 10 minutes"), 1, 0, 1),
            ("when", self.tr("When"), self.tr("e.g. after lunch"), 1, 1, 1),
            ("how_often", self.tr("How often"), self.tr("e.g. 5 days a week"), 2, 0, 1),
            ("who_name", self.tr("Name of who does it"), self.tr("optional"), 2, 1, 1),
        ]
        for key, title, placeholder, row, col, span in specs:
            edit = SavingLineEdit(title, self)
            edit.setPlaceholderText(placeholder)
            grid.addWidget(self.text_fields.titled(key, edit, self), row, col, 1, span)
            self.fields[key] = edit
        self.who = choice_box(self.tr("Who does it"), words.action_owner.choices(), self)
        self.who.activated.connect(lambda _i: self.store.emit({"who": self.who.currentData()}))
        box, self.errors["who"] = labelled(self.tr("Who does it"), self.who, self)
        grid.addWidget(box, 3, 0, 1, 2)

        self.confidence_question = QLabel(
            self.tr("How sure are you that you can do this, from 0 to 10?"), self
        )
        self.confidence_question.setWordWrap(True)
        self.scale.register(self.confidence_question, 1.1, bold=True)
        self.confidence = ScaleControl(
            self.tr("How sure, 0 to 10"),
            self.tr("0 not at all sure"),
            self.tr("10 completely sure"),
            self,
        )
        self.confidence.chosen.connect(self.rated)
        self.scale.follow(self.confidence)
        self.confidence_question.setBuddy(self.confidence.buttons[0])
        self.ratings = QLabel(self)
        self.ratings.setWordWrap(True)
        self.ratings.setAccessibleName(self.tr("Ratings so far"))

        self.prompt = QFrame(self)
        self.prompt.setObjectName("confidence-prompt")
        self.prompt.setStyleSheet(PROMPT_STYLE)
        self.prompt.setAccessibleName(self.tr("Make it easier"))
        self.prompt_title = QLabel(self.tr("Below 7: let's make this easier together"), self.prompt)
        self.prompt_title.setWordWrap(True)
        self.scale.register(self.prompt_title, 1.1, bold=True)
        self.prompt_text = QLabel(
            self.tr(
                "What would make this easier? What might get in the way? Make the step smaller "
                "or easier — less, less often, or with help — change it above, then ask again: "
                "how sure are you now?"
            ),
            self.prompt,
        )
        self.prompt_text.setWordWrap(True)
        self.prompt_text.setAccessibleName(self.tr("What would make this easier?"))
        column(self.prompt, self.prompt_title, self.prompt_text, margins=(12, 10, 12, 10))
        self.scale.follow(self.prompt)
        self.prompt.hide()
        parts = (grid, self.confidence_question, self.confidence, self.ratings, self.prompt)
        layout = column(self, *parts, margins=(0, 0, 0, 0))
        layout.setSpacing(6)
        layout.addStretch(1)

    def show_action(self, action: ActionRecord | None, *, keep_typing: bool) -> None:
        """Show ``action`` (``None``: nothing chosen); ``keep_typing`` keeps what is being
        typed in a field."""
        self.setEnabled(action is not None)
        self.text_fields.show(action, keep_typing=keep_typing and action is not None)
        if action is None:
            self.confidence.set_value(None)
            self.ratings.setText(self.tr("Add or choose an action to ask how sure."))
            self.prompt.hide()
            return
        select_value(self.who, action.who)
        if not keep_typing:
            for label in self.errors.values():
                label.clear_message()
        self._show_confidence(action)

    def commit(self) -> None:
        """Store what is typed in any field now."""
        self.text_fields.commit()

    def set_editable(self, editable: bool) -> None:
        for widget in (self.confidence, self.who):
            widget.setEnabled(editable)

    def _show_confidence(self, action: ActionRecord) -> None:
        # Confidence is asked about the person's (or carer's) own actions only.
        own = action.who in ("person", "carer")
        self.confidence.setVisible(own)
        self.confidence_question.setVisible(own)
        self.ratings.setVisible(own)
        if not own:
            self.prompt.hide()
            return
        first, final = action.confidence_first, action.confidence_final
        standing = action.confidence
        self.confidence.set_value(standing)
        low = standing is not None and standing < CONFIDENCE_PROMPT_BELOW
        if first is None:
            self.confidence_question.setText(
                self.tr("How sure are you that you can do this, from 0 to 10?")
            )
            self.ratings.setText(self.tr("Not asked yet."))
        elif final is None:
            self.ratings.setText(self.tr("First answer: {n} out of 10.").format(n=first))
        else:
            self.ratings.setText(
                self.tr("First answer: {first} out of 10 · Now: {final} out of 10.").format(
                    first=first, final=final
                )
            )
        if first is not None:
            self.confidence_question.setText(
                self.tr("Ask again after making it easier: how sure are you now?")
                if low
                else self.tr("How sure are you that you can do this, from 0 to 10?")
            )
        self.prompt.setVisible(low)
