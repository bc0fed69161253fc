"""The main window driven as a person would: search, open, add, edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from careplan.records import PatientInput, PatientRecord, PatientSearchResult
from careplan.services import Services
from ui import main_window
from ui.context import UiContext
from ui.main_window import MainWindow
from ui.models.patient_list import Column
from ui.patient_dialog import PatientDialog


def names(window: MainWindow) -> list[str]:
    model = window.model
    return [str(model.data(model.index(r, Column.NAME))) for r in range(model.rowCount())]


def search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.search_box.setText(text)
    qtbot.waitUntil(lambda: window.model.result is not None and window.model.result.query == text)


def new_patient(
    qtbot: QtBot, window: MainWindow, given_name: str, family_name: str, date_of_birth: str
) -> PatientDialog:
    """The new-patient dialog, opened with Ctrl+N, the person's names and birth date typed."""
    window.activateWindow()
    qtbot.keySequence(window, QKeySequence.StandardKey.New)
    qtbot.waitUntil(lambda: window.patient_dialog is not None)
    dialog = window.patient_dialog
    assert dialog is not None
    dialog.given_name.setText(given_name)
    dialog.family_name.setText(family_name)
    dialog.date_of_birth.setText(date_of_birth)
    return dialog


def test_the_list_follows_changes_made_anywhere(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    assert window.status_label.text() == "No patients are registered yet."
    # Patients registered elsewhere (another view, a script) reach the list through the
    # change signal.
    services.patients.create(PatientInput("Ann", "Lee", "1950-01-01"))
    qtbot.waitUntil(lambda: names(window) == ["Lee, Ann"])
    assert window.status_label.text() == "1 patient"


def test_search_as_you_type_filters_the_list(
    qtbot: QtBot, ctx: UiContext, patients: list[PatientRecord]
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_data_loaded):
        window.show()
    assert len(names(window)) == 5
    assert window.status_label.text() == "5 patients"
    assert window.search_box.placeholderText() == "Search by name, NHS number or date of birth"

    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "smi")
    qtbot.waitUntil(lambda: names(window) == ["Smith, Margaret (Peggy)", "Smithson, John"])
    assert window.status_label.text() == "2 patients"

    search(qtbot, window, "943 476")
    assert names(window) == ["Smith, Margaret (Peggy)"]
    search(qtbot, window, "14/07/1990")
    assert names(window) == ["O'Brien, Zoë"]
    search(qtbot, window, "zoe obrien")
    assert names(window) == ["O'Brien, Zoë"]
    search(qtbot, window, "nobody")
    assert names(window) == []
    assert window.status_label.text() == "No patients match “nobody”."
    window.close()


def test_typing_fast_runs_one_search(
    qtbot: QtBot, window: MainWindow, patients: list[PatientRecord]
) -> None:
    seen: list[str] = []
    window.search_finished.connect(lambda result: seen.append(result.query))
    qtbot.keyClicks(window.search_box, "khan")
    qtbot.waitUntil(lambda: seen == ["khan"])
    assert names(window) == ["Khan, Ahmed"]


def test_the_list_comes_a_page_at_a_time_as_it_scrolls(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(7):
        services.patients.create(PatientInput("Pat", f"Lee{chr(97 + n)}", f"1950-01-0{n + 1}"))
    monkeypatch.setattr(main_window, "PAGE_SIZE", 3)
    window.search_box.setText("pat")
    window.refresh()
    seen: list[PatientSearchResult] = []
    window.search_finished.connect(seen.append)
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert [len(seen[0].patients), seen[0].total] == [3, 7]
    assert window.status_label.text() == "7 patients"

    def more() -> bool:  # as the view does when it scrolls near the end
        window.model.fetchMore()
        return window.model.rowCount() == 7

    qtbot.waitUntil(more)
    assert not window.model.canFetchMore()
    assert window.status_label.text() == "7 patients"
    assert names(window) == [f"Lee{chr(97 + n)}, Pat" for n in range(7)]


def test_selecting_a_patient_shows_their_page(
    qtbot: QtBot, window: MainWindow, patients: list[PatientRecord]
) -> None:
    qtbot.waitUntil(lambda: window.model.rowCount() == 5)
    assert not window.edit_action.isEnabled()
    row = window.model.row_of(patients[3].id)
    assert row is not None
    window.list_view.selectRow(row)
    assert window.page.name_label.text() == "Ahmed Khan"
    qtbot.waitUntil(lambda: window.page.history is not None)
    assert window.edit_action.isEnabled()


def test_keyboard_only(qtbot: QtBot, window: MainWindow, patients: list[PatientRecord]) -> None:
    qtbot.waitUntil(lambda: window.model.rowCount() == 5)
    window.activateWindow()
    qtbot.keySequence(window, QKeySequence.StandardKey.Find)
    assert window.search_box.hasFocus()
    qtbot.keyClicks(window.search_box, "jones")
    qtbot.waitUntil(lambda: names(window) == ["Jones, Patricia"])
    # Enter in the search box goes to the first result ...
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.list_view.hasFocus()
    assert window.page.name_label.text() == "Patricia Jones"
    # ... and Enter in the list opens the patient: focus moves to their plans.
    qtbot.keyClick(window.list_view, Qt.Key.Key_Return)
    assert window.page.plans_table.hasFocus()
    # Tab order: search box, list, plans, reviews.
    window.search_box.setFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Tab)
    assert window.list_view.hasFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Tab)
    assert window.page.plans_table.hasFocus()
    qtbot.keyClick(window.page.plans_table, Qt.Key.Key_Tab)
    assert window.page.reviews_table.hasFocus()
    # Down arrow in the search box also goes to the list.
    window.search_box.setFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.list_view.hasFocus()


def test_add_a_patient_and_see_them_in_the_list(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    dialog = new_patient(qtbot, window, "مريم", "Chloe\u0301 Al-Amin", "1984-06-01")
    assert dialog.windowTitle() == "New patient"
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: names(window) == ["Chloé Al-Amin, مريم"])
    qtbot.waitUntil(lambda: window.page.name_label.text() == "مريم Chloé Al-Amin")
    assert window.list_view.selectionModel().isRowSelected(0)
    assert services.patients.count() == 1


def test_impossible_date_and_bad_nhs_number_keep_the_dialog_open(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    dialog = new_patient(qtbot, window, "Ann", "Lee", "2023-02-30")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.field_error("date_of_birth") != "")
    assert "not a real date" in dialog.field_error("date_of_birth")
    dialog.date_of_birth.setText("2023-02-28")
    dialog.nhs_number.setText("943 476 5918")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.field_error("nhs_number") != "")
    assert "not valid" in dialog.field_error("nhs_number")
    assert dialog.isVisible()
    assert services.patients.count() == 0
    assert window.model.rowCount() == 0
    dialog.reject()


def test_a_duplicate_opens_the_existing_record(
    qtbot: QtBot, window: MainWindow, services: Services, patients: list[PatientRecord]
) -> None:
    search(qtbot, window, "khan")
    dialog = new_patient(qtbot, window, "Margaret", "Smith", "1956-03-21")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.open_existing_button.isVisible())
    assert "already registered" in dialog.field_error("family_name")
    qtbot.mouseClick(dialog.open_existing_button, Qt.MouseButton.LeftButton)
    # Peggy is not in the "khan" results, but her page opens all the same.
    qtbot.waitUntil(lambda: window.page.patient is not None)
    assert window.page.patient is not None and window.page.patient.id == patients[0].id
    assert services.patients.count() == len(patients)


def test_edit_a_patient_with_ctrl_e(
    qtbot: QtBot, window: MainWindow, patients: list[PatientRecord]
) -> None:
    qtbot.waitUntil(lambda: window.model.rowCount() == 5)
    window.list_view.selectRow(0)
    qtbot.waitUntil(lambda: window.edit_action.isEnabled())
    window.activateWindow()
    qtbot.keySequence(window, QKeySequence("Ctrl+E"))
    qtbot.waitUntil(lambda: window.patient_dialog is not None)
    dialog = window.patient_dialog
    assert dialog is not None
    first = window.model.patient(0)
    assert dialog.given_name.text() == first.given_name
    dialog.preferred_name.setText("Sunny")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    qtbot.waitUntil(lambda: window.page.preferred_label.text() == "known as Sunny")
    qtbot.waitUntil(lambda: "(Sunny)" in names(window)[0])


def test_editing_a_stale_version_shows_the_conflict(
    qtbot: QtBot, window: MainWindow, services: Services, patients: list[PatientRecord]
) -> None:
    peggy = patients[0]
    window.open_patient(peggy.id)
    qtbot.waitUntil(lambda: window.page.history is not None)
    window.edit_patient()
    dialog = window.patient_dialog
    assert dialog is not None
    # Another workstation changes her details after the dialog was opened.
    services.patients.update(
        peggy.id, PatientInput(**{**peggy.as_input().__dict__, "email": "peggy@example.org"}), 1
    )
    dialog.email.setText("m.smith@example.org")
    dialog.save()
    qtbot.waitUntil(lambda: "another computer" in dialog.banner_message())
    assert "you typed “m.smith@example.org”; now stored “peggy@example.org”" in (
        dialog.changes_text.text()
    )
    qtbot.waitUntil(lambda: dialog.email.text() == "peggy@example.org")
    assert services.patients.get(peggy.id).email == "peggy@example.org"
    dialog.reject()


def test_geometry_and_splitter_are_remembered(
    qtbot: QtBot, ctx: UiContext, settings: QSettings
) -> None:
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(720, 520)
    first.move(20, 16)
    first.splitter.setSizes([300, 400])
    QApplication.processEvents()
    sizes = first.splitter.sizes()
    geometry = first.geometry()
    first.close()
    # Kept in the window-state group, apart from any choice the person makes.
    assert settings.childGroups() == ["window-state"]
    assert settings.contains("window-state/main-window-geometry")

    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == geometry.size()
    # The offscreen platform fakes window frames; allow it a few pixels of position.
    assert (second.pos() - first.pos()).manhattanLength() <= 10
    assert second.splitter.sizes() == sizes
    second.close()


def test_quit_closes_the_window(qtbot: QtBot, window: MainWindow) -> None:
    window.quit_action.trigger()
    assert not window.isVisible()


def test_every_wrong_field_gets_its_message_at_once(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    dialog = new_patient(qtbot, window, "", "Lee", "2023-02-30")
    dialog.nhs_number.setText("943 476 5918")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.field_error("nhs_number") != "")
    assert "first name" in dialog.field_error("given_name")
    assert "not a real date" in dialog.field_error("date_of_birth")
    assert "not valid" in dialog.field_error("nhs_number")
    assert dialog.given_name.hasFocus(), "the first problem has the focus"
    assert services.patients.count() == 0
    dialog.reject()
