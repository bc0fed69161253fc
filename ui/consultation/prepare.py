"""Stage 1, Prepare: results and what they mean, the person's own prompts, who is here,
how they like to receive information, and what was agreed and deferred last time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careplan import plan_parts as parts
from careplan.plan_parts import PlanPart
from careplan.records import (
    ConsultationRecord,
    GoalHistory,
)
from ui import formatting
from ui.consultation import models as m
from ui.consultation import stacking, words
from ui.consultation.carry_forward import CarryForwardPanel
from ui.consultation.editing import PlanEditor
from ui.consultation.new_record import Cell, NewRecord
from ui.consultation.stage import Stage, TextFields, button_row, table, table_height
from ui.consultation.widgets import (
    SavingLineEdit,
    SavingTextEdit,
    TextScale,
    choice_box,
    hint_label,
    section,
)
from ui.registers.results_panel import ResultsPanel

PROMPTS = ("what_matters_prompt", "talk_about_prompt", "conditions_effect_prompt")


class PrepareStage(Stage):
    def __init__(
        self,
        editor: PlanEditor,
        scale: TextScale,
        last_plan: ConsultationRecord | None,
        parent: QWidget | None = None,
        *,
        person: str = "",
    ) -> None:
        super().__init__(editor, scale, parent)
        self.setAccessibleName(self.tr("Prepare"))
        self._last_plan = last_plan
        self._person = person
        self.prompts: dict[str, SavingTextEdit] = {}
        # The preparation's text fields (the prompts, how they like information, who
        # they want involved), by the field each stores.
        self.preparation = TextFields(self._store_preparation)
        self.offer_buttons: dict[str, tuple[QPushButton, QPushButton]] = {}
        self.result_form = NewRecord(
            self,
            parts.RESULT,
            "test_name",
            lambda: self.plan.id,
            then=lambda _r: self.test_name.setFocus(Qt.FocusReason.OtherFocusReason),
        )
        self.results = m.results_model(self.result_form.store_edit, self)
        self.participants = m.participants_model(self)

        # Two columns side by side where the stage is wide enough, else one under the
        # other (the patient view beside, or large text), never cut off at the side.
        columns = stacking.columns(self)
        columns.setSpacing(14)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.setSpacing(14)
        right.setSpacing(14)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        left.addWidget(self._build_prompts())
        left.addWidget(self._build_people())
        left.addStretch(1)
        right.addWidget(self._build_last_time())
        right.addWidget(self._build_results_over_time())
        right.addWidget(self._build_results())
        right.addStretch(1)
        self.fit_heights()

    def fit_heights(self) -> None:
        self.participants_view.setFixedHeight(table_height(self.participants_view, 3))
        self.results_view.setMinimumHeight(table_height(self.results_view, 3))
        self.results_view.setMaximumHeight(table_height(self.results_view, 6))
        self.results_over_time.fit_height(5)

    # ----- building -------------------------------------------------------------------------------

    def _build_prompts(self) -> QWidget:
        frame, layout = section(self.tr("In the person's own words"), self.scale, self)
        layout.addWidget(
            hint_label(self.tr("Type what they say, as they say it. Stored as you go."), frame)
        )
        titles = {
            "what_matters_prompt": self.tr("What matters to me"),
            "talk_about_prompt": self.tr("What I want to talk about today"),
            "conditions_effect_prompt": self.tr("How my conditions affect my day"),
        }
        for key, title in titles.items():
            self.prompts[key] = self.preparation.add(
                layout, key, SavingTextEdit(title, 2, frame), frame
            )
            # One click from what they wrote to the conversation, in their own words.
            to_agenda = self.edit_button(
                self.tr("Add to today's topics"),
                self.tr("Add each line of “{prompt}” to the agenda, raised by the person").format(
                    prompt=title
                ),
            )
            to_agenda.clicked.connect(lambda _on=False, key=key: self.offer_to_agenda(key))
            to_matters = self.edit_button(
                self.tr("Add to what matters"),
                self.tr("Add each line of “{prompt}” to what matters").format(prompt=title),
            )
            to_matters.clicked.connect(lambda _on=False, key=key: self.offer_to_matters(key))
            self.offer_buttons[key] = (to_agenda, to_matters)
            layout.addLayout(button_row(to_agenda, to_matters))
        return frame

    def _prompt_lines(self, key: str) -> list[str]:
        edit = self.prompts[key]
        edit.commit()
        return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]

    def offer_to_agenda(self, key: str) -> None:
        """Each line of the prompt becomes a topic raised by the person (once)."""
        present = {a.text for a in self.plan.agenda}
        self._offer(key, parts.AGENDA_ITEM, {"raised_by": "patient"}, present)

    def offer_to_matters(self, key: str) -> None:
        """Each line of the prompt becomes a what-matters statement (once)."""
        present = {w.text for w in self.plan.what_matters}
        self._offer(key, parts.WHAT_MATTERS, {}, present)

    def _offer(
        self, key: str, part: PlanPart[Any], values: dict[str, Any], present: set[str]
    ) -> None:
        """Each line of the prompt not ``present`` yet becomes the text of a new ``part``."""
        if self.read_only:
            return
        for line in self._prompt_lines(key):
            if line not in present:
                self.editor.add(part, self.plan.id, {"text": line, **values})
                present.add(line)

    def _build_people(self) -> QWidget:
        frame, layout = section(
            self.tr("Who is here, and how they like information"), self.scale, self
        )
        self.participants_view = table(self.participants, self.tr("Who is here"), frame)
        layout.addWidget(self.participants_view)

        self.role = choice_box(self.tr("Who"), words.participant_role.choices(), frame)
        self.participant_name = QLineEdit(frame)
        self.participant_name.setAccessibleName(self.tr("Their name (optional)"))
        self.participant_name.setPlaceholderText(self.tr("Their name (optional)"))
        self.participant_name.returnPressed.connect(self.add_participant)
        self.add_participant_button = self.edit_button(self.tr("Add"), self.tr("Add who is here"))
        self.add_participant_button.clicked.connect(self.add_participant)
        self.remove_participant_button = self.edit_button(
            self.tr("Remove"), self.tr("Remove who is here")
        )
        self.remove_participant_button.clicked.connect(
            lambda: self.remove_chosen(parts.PARTICIPANT, self.participants_view, self.participants)
        )
        row = (
            self.role,
            self.participant_name,
            self.add_participant_button,
            self.remove_participant_button,
        )
        self.participant_error = self.entry_line(layout, row, self.tr("Who is here"))

        self.information = self.preparation.add(
            layout,
            "information_preference",
            SavingLineEdit(self.tr("How they like to receive information"), frame),
            frame,
        )
        self.information.setPlaceholderText(
            self.tr("For example: large print, by phone, with my daughter, in Urdu")
        )
        self.involved = self.preparation.add(
            layout, "who_involved", SavingLineEdit(self.tr("Who they want involved"), frame), frame
        )
        return frame

    def _build_results_over_time(self) -> QWidget:
        frame, layout = section(self.tr("Results over time"), self.scale, self)
        self.results_over_time = ResultsPanel(self.editor.session, self.editor, parent=frame)
        layout.addWidget(self.results_over_time)
        return frame

    def _build_results(self) -> QWidget:
        frame, layout = section(self.tr("Other results to discuss"), self.scale, self)
        self.results_view = table(self.results, self.tr("Results to discuss"), frame)
        layout.addWidget(self.results_view)

        self.test_name = QLineEdit(frame)
        self.test_value = QLineEdit(frame)
        self.test_meaning = QLineEdit(frame)
        self.test_date = QLineEdit(frame)
        self.test_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        rows: list[list[Cell]] = [
            [
                ("test_name", self.tr("Test"), self.test_name),
                ("value", self.tr("Result"), self.test_value),
            ],
            [
                ("meaning", self.tr("What it means, in plain words"), self.test_meaning),
                ("taken_on", self.tr("Date of the test"), self.test_date),
            ],
        ]
        self.add_result_button, self.remove_result_button = self.result_form.lay_out(
            layout, (self.results_view, self.results), rows
        )
        return frame

    def _build_last_time(self) -> QWidget:
        frame, layout = section(self.tr("From last time"), self.scale, self)
        self.last_goals = QLabel(frame)
        self.last_goals.setWordWrap(True)
        self.last_goals.setTextFormat(Qt.TextFormat.PlainText)
        self.last_goals.setAccessibleName(self.tr("Goals in the last plan"))
        self.deferred = QLabel(frame)
        self.deferred.setWordWrap(True)
        self.deferred.setTextFormat(Qt.TextFormat.PlainText)
        self.deferred.setAccessibleName(self.tr("Topics deferred last time"))
        self.carry = CarryForwardPanel(self.editor, self.scale, self._person, frame)
        self.carry.hide()
        layout.addWidget(self.carry)
        layout.addWidget(self.last_goals)
        layout.addWidget(self.deferred)
        self._load_goal_history()
        return frame

    def _load_goal_history(self) -> None:
        """Each carried goal's latest progress and words, read off the UI thread."""
        session = self.editor.session
        history = session.services.history
        patient_id = session.plan.patient_id
        session.jobs.submit(
            lambda: history.goal_history(patient_id),
            self._on_history,
            lambda _error: None,  # the goals are still shown, without their progress
            owner=self,
        )

    def _on_history(self, history: tuple[GoalHistory, ...]) -> None:
        self.carry.set_history(history)
        self._show_last_time(self.plan)

    # ----- showing --------------------------------------------------------------------------------

    def show_plan(self, plan: ConsultationRecord) -> None:
        self.preparation.show(plan.preparation)
        self.results.set_records(plan.preparation.results)
        self.participants.set_records(plan.participants)
        self._show_last_time(plan)

    def _show_last_time(self, plan: ConsultationRecord) -> None:
        last = self._last_plan
        carrying = any(g.carried_from_id is not None for g in plan.goals)
        self.carry.setVisible(carrying)
        self.last_goals.setHidden(carrying)
        if carrying:
            self.carry.show_plan(plan)
        if last is None or last.id == plan.id:
            self.last_goals.setText(self.tr("There is no earlier agreed plan."))
        else:
            goals = [g for g in last.goals if g.status in ("active", "proposed", "achieved")]
            lines = [
                self.tr("Goals agreed on {date}:").format(
                    date=formatting.date(last.consultation_date)
                )
            ]
            lines += [f"• {g.text}" for g in goals] or [self.tr("• (no goals)")]
            self.last_goals.setText("\n".join(lines))
        carried = [a for a in plan.agenda if a.carried_from_id is not None]
        if carried:
            lines = [self.tr("Topics deferred last time (they are on today's agenda):")]
            lines += [f"• {a.text} — {words.raised_by(a.raised_by)}" for a in carried]
            self.deferred.setText("\n".join(lines))
        else:
            self.deferred.setText(self.tr("No topics were deferred last time."))

    def _models(self) -> list[m.RecordTableModel[Any]]:
        return [self.results]

    def commit_fields(self) -> None:
        self.preparation.commit()

    # ----- editing --------------------------------------------------------------------------------

    def _store_preparation(self, key: str, text: str) -> None:
        errors = self.preparation.errors
        label = errors[key]
        label.clear_message()
        self.editor.set_preparation(
            key,
            text,
            getattr(self.plan.preparation, key),
            on_error=self.reporter(errors, label),
        )

    def add_participant(self) -> None:
        values = {"role": str(self.role.currentData()), "name": self.participant_name.text()}
        line = (self.participant_name, self.participant_error)
        self.add_typed(parts.PARTICIPANT, self.plan.id, values, line)
