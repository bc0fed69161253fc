"""Registering and editing a patient through the dialog, as a person would."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from careplan.records import PatientInput, PatientRecord
from careplan.services import Services
from ui.context import UiContext
from ui.patient_dialog import PatientDialog


def open_dialog(
    qtbot: QtBot, ctx: UiContext, patient: PatientRecord | None = None
) -> PatientDialog:
    dialog = PatientDialog(ctx, patient)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill(dialog: PatientDialog, **values: str) -> None:
    for name, value in values.items():
        widget = dialog.inputs[name]
        if isinstance(widget, QLineEdit):
            widget.setText(value)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        else:
            raise AssertionError(name)


def save_and_wait_for_error(qtbot: QtBot, dialog: PatientDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.saving)
    assert dialog.isVisible()


def test_every_input_has_an_accessible_name_and_a_label(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert len(dialog.inputs) == 12
    for name, widget in dialog.inputs.items():
        assert widget.accessibleName(), name
        assert widget in buddies, name
    assert "12/11/2026" in dialog.date_of_birth.placeholderText()


def test_register_a_patient_with_any_script(
    qtbot: QtBot, ctx: UiContext, services: Services
) -> None:
    dialog = open_dialog(qtbot, ctx)
    decomposed = "Zoe\u0301"  # e + combining acute accent
    fill(
        dialog,
        given_name="مريم",
        family_name=decomposed,
        preferred_name="Mimi 🌷",
        date_of_birth="1984-06-01",
        nhs_number="943 476 5919",
        phone="01632 960 001",
        email="mimi@example.org",
        address="1 High Street\nLeeds",
        interpreter_language="Arabic",
        communication_notes="Prefers afternoon phone calls",
    )
    dialog.large_print.setChecked(True)
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    record: PatientRecord = saved.args[0]
    assert not dialog.isVisible()
    stored = services.patients.get(record.id)
    assert stored.given_name == "مريم"
    assert stored.family_name == unicodedata.normalize("NFC", decomposed) == "Zoé"
    assert stored.preferred_name == "Mimi 🌷"
    assert stored.nhs_number == "9434765919"
    assert stored.address == "1 High Street\nLeeds"
    assert stored.large_print and not stored.easy_read
    assert stored.interpreter_language == "Arabic"


def test_british_date_of_birth_is_accepted(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    fill(dialog, given_name="Ann", family_name="Lee", date_of_birth="21/03/1956")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
    assert saved.args[0].date_of_birth.isoformat() == "1956-03-21"


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("date_of_birth", "2023-02-30", "'2023-02-30' is not a real date"),
        ("date_of_birth", "30/02/2023", "is not a real date"),
        ("date_of_birth", "", "Please enter the date of birth."),
        ("nhs_number", "943 476 5918", "This NHS number is not valid"),
        ("nhs_number", "12345", "An NHS number has 10 digits"),
        ("given_name", "   ", "Please enter the first name."),
        ("email", "not-an-address", "needs an @"),
    ],
)
def test_bad_input_is_explained_next_to_its_field_and_nothing_is_stored(
    qtbot: QtBot, ctx: UiContext, services: Services, field: str, value: str, expected: str
) -> None:
    dialog = open_dialog(qtbot, ctx)
    fill(dialog, given_name="Ann", family_name="Lee", date_of_birth="1956-03-21")
    fill(dialog, **{field: value})
    fill(dialog, communication_notes="Typed text stays")
    save_and_wait_for_error(qtbot, dialog)

    assert expected in dialog.field_error(field)
    error_label = dialog.errors[field]
    assert error_label.isVisible()
    # Directly under the field it is about.
    widget = dialog.inputs[field]
    assert error_label.parentWidget() is widget.parentWidget()
    assert error_label.y() > widget.y()
    assert widget.hasFocus()
    assert services.patients.count() == 0
    # Everything typed is still there.
    assert dialog.communication_notes.toPlainText() == "Typed text stays"
    assert dialog.inputs[field].text() == value  # type: ignore[union-attr]
    # Other fields show no error.
    assert all(dialog.field_error(n) == "" for n in dialog.errors if n != field)

    # Correcting the field clears its message as soon as the person types.
    qtbot.keyClick(widget, Qt.Key.Key_1)
    assert dialog.field_error(field) == ""


def test_very_long_text_is_refused_with_a_message(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    fill(dialog, given_name="A" * 5000, family_name="Lee", date_of_birth="1956-03-21")
    save_and_wait_for_error(qtbot, dialog)
    assert "too long" in dialog.field_error("given_name")
    assert len(dialog.given_name.text()) == 5000


def test_a_duplicate_is_refused_and_the_existing_record_can_be_opened(
    qtbot: QtBot, ctx: UiContext, services: Services, patients: list[PatientRecord]
) -> None:
    dialog = open_dialog(qtbot, ctx)
    fill(dialog, given_name="Peggy", family_name="Smith", date_of_birth="1960-01-01")
    fill(dialog, nhs_number="9434765919")
    save_and_wait_for_error(qtbot, dialog)

    message = "A patient with this NHS number is already registered."
    assert dialog.field_error("nhs_number") == message
    assert dialog.banner_message() == message
    assert dialog.open_existing_button.isVisible()
    assert services.patients.count() == len(patients)

    with qtbot.waitSignal(dialog.open_existing) as opened:
        qtbot.mouseClick(dialog.open_existing_button, Qt.MouseButton.LeftButton)
    assert opened.args == [patients[0].id]
    assert not dialog.isVisible()


def test_same_name_and_birth_date_is_a_duplicate(
    qtbot: QtBot, ctx: UiContext, patients: list[PatientRecord]
) -> None:
    dialog = open_dialog(qtbot, ctx)
    fill(dialog, given_name="ZOE", family_name="obrien", date_of_birth="1990-07-14")
    save_and_wait_for_error(qtbot, dialog)
    assert "name and date of birth is already registered" in dialog.field_error("family_name")
    assert dialog.open_existing_button.isVisible()


def test_edit_saves_a_new_version(
    qtbot: QtBot, ctx: UiContext, services: Services, patients: list[PatientRecord]
) -> None:
    peggy = patients[0]
    dialog = open_dialog(qtbot, ctx, peggy)
    assert dialog.windowTitle() == "Change patient details"
    assert dialog.given_name.text() == "Margaret"
    assert dialog.nhs_number.text() == "943 476 5919"
    assert dialog.date_of_birth.text() == "Wednesday 21 March 1956"
    fill(dialog, phone="0113 496 0000")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
    assert saved.args[0].version == peggy.version + 1
    assert services.patients.get(peggy.id).phone == "0113 496 0000"


def test_editing_a_stale_version_shows_the_conflict_and_reloads(
    qtbot: QtBot, ctx: UiContext, services: Services, patients: list[PatientRecord]
) -> None:
    peggy = patients[0]
    dialog = open_dialog(qtbot, ctx, peggy)
    # Meanwhile, on another computer:
    theirs = services.patients.update(
        peggy.id, PatientInput(**{**peggy.as_input().__dict__, "phone": "0800 000 111"}), 1
    )
    fill(dialog, phone="07700 900 222")
    save_and_wait_for_error(qtbot, dialog)

    assert "changed on another computer" in dialog.banner_message()
    changes = dialog.changes_text.text()
    assert "Phone: you typed “07700 900 222”; now stored “0800 000 111”" in changes
    # Reloaded: the dialog now holds what is stored, at the current version.
    qtbot.waitUntil(lambda: dialog.phone.text() == "0800 000 111")
    assert dialog.patient is not None and dialog.patient.version == theirs.version
    assert services.patients.get(peggy.id).phone == "0800 000 111"
    # Saving again now works.
    fill(dialog, phone="07700 900 222")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert services.patients.get(peggy.id).phone == "07700 900 222"
