"""Registering a patient, or changing their details."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from careplan.errors import ConflictError, FieldChange, ValidationError
from careplan.records import PatientInput, PatientRecord
from careplan.services import DuplicatePatientError
from ui import formatting
from ui.context import UiContext
from ui.date_input import iso_if_uk_date, make_date_input
from ui.feedback import ErrorBanner, FieldError
from ui.saving_dialog import SavingDialog
from ui.widgets import buddy_label, fix_minimum_size, left_row

Input = QLineEdit | QPlainTextEdit | QCheckBox


class PatientDialog(SavingDialog):
    """Add a patient (``patient=None``) or edit one; saving goes through the job runner."""

    # The person chose to open the record this one duplicates.
    open_existing = Signal(int)

    def __init__(
        self, ctx: UiContext, patient: PatientRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx.jobs, parent)
        self._services = ctx.services
        self._patient = patient
        self._existing_id: int | None = None
        self.setWindowTitle(
            self.tr("New patient") if patient is None else self.tr("Change patient details")
        )
        self.setModal(True)
        self.inputs: dict[str, Input] = {}
        self.errors: dict[str, FieldError] = {}
        self.labels: dict[str, QLabel] = {}
        self._build()
        if patient is not None:
            self._fill(patient)
        fix_minimum_size(self)
        self._fit_to_screen()

    # ----- building -------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = ErrorBanner(self)
        self.changes_text = QLabel(self.banner)
        self.changes_text.setWordWrap(True)
        self.changes_text.setTextFormat(Qt.TextFormat.PlainText)
        self.changes_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes_text.setAccessibleName(self.tr("What changed"))
        self.open_existing_button = QPushButton(self.tr("Open the existing record"), self.banner)
        self.open_existing_button.clicked.connect(self._on_open_existing)
        self.banner.body.addWidget(self.changes_text)
        self.banner.body.addLayout(left_row(self.open_existing_button))
        self._hide_banner()

        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setVerticalSpacing(10)

        self.given_name = self._line_edit(form, "given_name", self.tr("First name"))
        self.family_name = self._line_edit(form, "family_name", self.tr("Last name"))
        self.preferred_name = self._line_edit(
            form,
            "preferred_name",
            self.tr("Preferred name"),
            self.tr("what they like to be called"),
        )
        self.date_of_birth = self._line_edit(form, "date_of_birth", self.tr("Date of birth"))
        self.date_of_birth_input = make_date_input(
            self.date_of_birth, label=self.tr("Date of birth"), prefer_past=True
        )
        self.nhs_number = self._line_edit(
            form, "nhs_number", self.tr("NHS number"), self.tr("for example 943 476 5919")
        )
        self.phone = self._line_edit(form, "phone", self.tr("Phone"))
        self.email = self._line_edit(form, "email", self.tr("Email"))
        self.address = self._text_edit(form, "address", self.tr("Address"), lines=3)
        self.large_print = self._check_box(
            form, "large_print", self.tr("Large print"), self.tr("Print letters and plans large")
        )
        self.easy_read = self._check_box(
            form, "easy_read", self.tr("Easy read"), self.tr("Use easy-read words and pictures")
        )
        self.interpreter_language = self._line_edit(
            form,
            "interpreter_language",
            self.tr("Interpreter language"),
            self.tr("leave empty if none is needed"),
        )
        self.communication_notes = self._text_edit(
            form, "communication_notes", self.tr("Communication notes"), lines=3
        )

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form_widget)
        self._form_widget = form_widget

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    def _fit_to_screen(self) -> None:
        """Show the whole form without scrolling when the screen is tall enough."""
        form = self._form_widget.sizeHint()
        layout = self._layout
        margins = layout.contentsMargins()
        spacing = layout.spacing()
        width = form.width() + margins.left() + margins.right() + 40
        height = (
            form.height()
            + self.buttons.sizeHint().height()
            + margins.top()
            + margins.bottom()
            + 2 * spacing
        )
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.9))
            height = min(height, int(available.height() * 0.9))
        self.resize(max(width, 640), height)

    def _row(self, form: QFormLayout, name: str, title: str, widget: Input) -> None:
        label = buddy_label(title, widget, self)
        widget.setAccessibleName(title)
        error = FieldError(widget, title, self)
        field = QWidget(self)
        column = QVBoxLayout(field)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        form.addRow(label, field)
        self.inputs[name] = widget
        self.errors[name] = error
        self.labels[name] = label

    def _line_edit(
        self, form: QFormLayout, name: str, title: str, placeholder: str = ""
    ) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(False)
        edit.textEdited.connect(lambda _text: self._clear_error(name))
        self._row(form, name, title, edit)
        return edit

    def _text_edit(self, form: QFormLayout, name: str, title: str, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        line = edit.fontMetrics().lineSpacing()
        edit.setFixedHeight(line * lines + 2 * edit.frameWidth() + 12)
        edit.textChanged.connect(lambda: self._clear_error(name))
        self._row(form, name, title, edit)
        return edit

    def _check_box(self, form: QFormLayout, name: str, title: str, text: str) -> QCheckBox:
        box = QCheckBox(text, self)
        self._row(form, name, title, box)
        return box

    # ----- values ---------------------------------------------------------------------

    @property
    def patient(self) -> PatientRecord | None:
        return self._patient

    def _fill(self, patient: PatientRecord) -> None:
        self.given_name.setText(patient.given_name)
        self.family_name.setText(patient.family_name)
        self.preferred_name.setText(patient.preferred_name or "")
        self.date_of_birth_input.set_date(patient.date_of_birth)
        self.nhs_number.setText(formatting.nhs_number(patient.nhs_number))
        self.phone.setText(patient.phone or "")
        self.email.setText(patient.email or "")
        self.address.setPlainText(patient.address or "")
        self.large_print.setChecked(patient.large_print)
        self.easy_read.setChecked(patient.easy_read)
        self.interpreter_language.setText(patient.interpreter_language or "")
        self.communication_notes.setPlainText(patient.communication_notes or "")

    def value(self) -> PatientInput:
        """What is typed now, as the core's input record (the core cleans and checks it)."""
        return PatientInput(
            given_name=self.given_name.text(),
            family_name=self.family_name.text(),
            preferred_name=self.preferred_name.text(),
            date_of_birth=self._date_of_birth_text(),
            nhs_number=self.nhs_number.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.toPlainText(),
            large_print=self.large_print.isChecked(),
            easy_read=self.easy_read.isChecked(),
            interpreter_language=self.interpreter_language.text(),
            communication_notes=self.communication_notes.toPlainText(),
        )

    def _date_of_birth_text(self) -> str:
        """ISO when it is a date; anything else goes to the core as typed, to be explained."""
        born = self.date_of_birth_input.date()
        return born.isoformat() if born is not None else iso_if_uk_date(self.date_of_birth.text())

    # ----- saving ---------------------------------------------------------------------

    def save(self) -> None:
        if self.saving:
            return
        data = self.value()
        self._clear_errors()
        patients = self._services.patients
        if self._patient is None:
            self.store(lambda: patients.create(data))
        else:
            patient_id, version = self._patient.id, self._patient.version
            self.store(lambda: patients.update(patient_id, data, version))

    def stored(self, result: object) -> None:
        assert isinstance(result, PatientRecord)
        self._patient = result

    def show_conflict(self, error: ConflictError) -> None:
        self._show_conflict(error)

    def show_invalid(self, error: ValidationError) -> None:
        self._show_invalid(error)

    def show_problem(self, message: str) -> None:
        self._show_banner(message)

    def _show_invalid(self, error: ValidationError) -> None:
        """Every problem next to its own field; the first one's field gets the focus."""
        self._existing_id = error.existing_id if isinstance(error, DuplicatePatientError) else None
        unplaced = []
        first: QWidget | None = None
        for field, message in error.problems:
            label = self.errors.get(field)
            if label is None:
                unplaced.append(message)
                continue
            label.show_message(message)
            first = first or label.field
        if unplaced or self._existing_id is not None:
            self._show_banner(
                " ".join(unplaced) or error.message, offer_existing=self._existing_id is not None
            )
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(first, QLineEdit):
                first.selectAll()

    def _show_conflict(self, error: ConflictError) -> None:
        self._show_banner(error.message, changes=error.changes)
        if self._patient is None:
            return
        patient_id = self._patient.id
        patients = self._services.patients
        self._jobs.submit(
            lambda: patients.get(patient_id), self._on_reloaded, self._on_error, owner=self
        )

    def _on_reloaded(self, record: PatientRecord) -> None:
        self._patient = record
        self._fill(record)
        self._clear_errors(keep_banner=True)

    # ----- messages -------------------------------------------------------------------

    def field_error(self, name: str) -> str:
        """The message shown under the field ``name`` ("" when there is none)."""
        return self.errors[name].message

    def banner_message(self) -> str:
        return self.banner.message

    def _show_banner(
        self,
        message: str,
        *,
        offer_existing: bool = False,
        changes: tuple[FieldChange, ...] = (),
    ) -> None:
        self.banner.show_message(message)
        self.changes_text.setText(self._describe_changes(changes))
        self.changes_text.setVisible(bool(changes))
        self.open_existing_button.setVisible(offer_existing)

    def _describe_changes(self, changes: tuple[FieldChange, ...]) -> str:
        lines = [self.tr("What differs from what is stored now:")] if changes else []
        for change in changes:
            label = self.labels.get(change.field)
            title = label.text() if label is not None else change.field.replace("_", " ")
            lines.append(
                self.tr("• {field}: you typed “{yours}”; now stored “{theirs}”").format(
                    field=title,
                    yours=self._shown(change.yours),
                    theirs=self._shown(change.theirs),
                )
            )
        return "\n".join(lines)

    def _shown(self, value: object) -> str:
        if value is None or value == "":
            return self.tr("(empty)")
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, dt.date):
            return value.isoformat()
        return str(value)

    def _hide_banner(self) -> None:
        self.banner.clear_message()
        self.open_existing_button.hide()
        self.changes_text.hide()

    def _clear_error(self, name: str) -> None:
        label = self.errors.get(name)
        if label is not None:
            label.clear_message()

    def _clear_errors(self, *, keep_banner: bool = False) -> None:
        for name in self.errors:
            self._clear_error(name)
        if not keep_banner:
            self._hide_banner()

    def _on_open_existing(self) -> None:
        if self._existing_id is not None:
            self.open_existing.emit(self._existing_id)
            self.reject()
