"""The shared screen widgets: the date input, the app's text size, the print preview's
zoom and pages, the name-first patient list, and the focus frame."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from careplan.records import ConsultationRecord, PatientRecord
from careplan.settings import PracticeDetails
from careplan.storage import Database
from tests.ui.conftest import TODAY
from ui import theme
from ui.changes import ChangeBridge
from ui.context import UiContext
from ui.date_input import DateInput
from ui.jobs import JobRunner
from ui.main_window import MainWindow
from ui.models.patient_list import Column
from ui.printing import Document, PrintDialog
from ui.text_size import STEPS, TextSize, text_size_setting
from ui.widgets import fix_minimum_size

_holders: list[QWidget] = []


@pytest.fixture
def field(qtbot: QtBot, app: QApplication) -> DateInput:
    """A date input for the review date, shown with a button beside it to move the focus to."""
    holder = QWidget()
    qtbot.addWidget(holder)
    _holders.append(holder)
    field = DateInput("Review date", holder, today=lambda: TODAY)
    other = QPushButton("elsewhere", holder)
    layout = QVBoxLayout(holder)
    layout.addWidget(field)
    layout.addWidget(other)
    fix_minimum_size(holder)
    holder.show()
    qtbot.waitExposed(holder)
    return field


def _enter(qtbot: QtBot, field: DateInput, typed: str) -> None:
    """``typed`` typed into the field, then Return."""
    field.setFocus()
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("12/11/2026", "Thursday 12 November 2026"),
        ("12/11/26", "Thursday 12 November 2026"),
        ("12 Nov 2026", "Thursday 12 November 2026"),
        ("2026-11-12", "Thursday 12 November 2026"),
        ("+3m", "Tuesday 2 June 2026"),
        ("in 6 weeks", "Monday 13 April 2026"),
    ],
)
def test_the_date_input_shows_what_it_read_in_the_long_form(
    qtbot: QtBot, field: DateInput, typed: str, shown: str
) -> None:
    _enter(qtbot, field, typed)
    assert field.text() == shown
    assert field.problem == ""
    read = field.date()
    assert read is not None and field.iso_text() == read.isoformat()


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("31/02/2026", "February 2026 has 28 days. For example: 28/2/2026"),
        ("12/13/2026", "no month 13"),
        ("next tuesday-ish", "for example 12/11/2026, 12 Nov 2026"),
    ],
)
def test_a_wrong_date_is_kept_as_typed_and_explained(
    qtbot: QtBot, field: DateInput, typed: str, message: str
) -> None:
    problems: list[str] = []
    field.problem_changed.connect(problems.append)
    _enter(qtbot, field, typed)
    assert field.text() == typed
    assert message in field.problem and problems == [field.problem]
    assert field.date() is None and field.iso_text() == typed


# A pop-up menu raises itself and grabs the keyboard, which the offscreen platform
# cannot do and says so; the calendar itself works the same.
@pytest.mark.qt_log_ignore(
    r"^This plugin does not support raise\(\)$",
    r"^This plugin does not support grabbing the keyboard$",
)
def test_the_calendar_pop_up_chooses_a_date(field: DateInput) -> None:
    field.set_date(dt.date(2026, 11, 12))
    assert field.accessibleName() == "Review date"
    assert "12/11/2026" in field.placeholderText()
    field.behaviour.show_calendar()
    calendar = field.behaviour.calendar
    assert calendar is not None and calendar.accessibleName() == "Calendar: Review date"
    assert calendar.selectedDate().toPython() == dt.date(2026, 11, 12)
    calendar.setSelectedDate(calendar.selectedDate().addDays(3))
    calendar.activated.emit(calendar.selectedDate())
    assert field.text() == "Sunday 15 November 2026"


def test_text_size_is_one_for_the_whole_app_per_person_and_remembered(
    qtbot: QtBot, app: QApplication, tmp_path: object
) -> None:
    settings = QSettings(str(tmp_path) + "/t.ini", QSettings.Format.IniFormat)
    heading = QLabel("Heading")
    qtbot.addWidget(heading)
    body = app.font().pointSizeF()
    bigger_font = heading.font()
    bigger_font.setPointSizeF(body * 1.5)
    heading.setFont(bigger_font)
    size = TextSize(app, settings, "priya")
    try:
        size.bigger()
        assert app.font().pointSizeF() == pytest.approx(body * STEPS[1])
        assert heading.font().pointSizeF() == pytest.approx(body * 1.5 * STEPS[1])
        for _ in range(20):
            size.bigger()
        assert size.scale == STEPS[-1] and size.scale >= 2.0
        assert text_size_setting("priya").read(settings) == STEPS[-1]
        assert text_size_setting("amara").read(settings) == 1.0  # each person their own
        again = TextSize(app, settings, "priya")
        assert again.scale == STEPS[-1]
    finally:
        size.reset()
    assert app.font().pointSizeF() == pytest.approx(body)
    assert heading.font().pointSizeF() == pytest.approx(body * 1.5)


def test_the_main_window_has_a_plus_and_a_minus(app: QApplication, window: MainWindow) -> None:
    body = app.font().pointSizeF()
    bigger, smaller, normal = window.text_size_actions
    try:
        bigger.trigger()
        assert app.font().pointSizeF() > body
        assert window.list_view.font().pointSizeF() > body  # every window follows
        smaller.trigger()
        assert app.font().pointSizeF() == pytest.approx(body)
        assert not smaller.isEnabled()  # never below the system's size
    finally:
        normal.trigger()


def test_the_name_column_keeps_twenty_characters(
    window: MainWindow, patients: list[PatientRecord], qtbot: QtBot
) -> None:
    window.resize(700, 500)
    window.splitter.setSizes([260, 440])
    qtbot.waitUntil(lambda: window.list_view.isColumnHidden(Column.AGE))
    needed = 20 * window.list_view.fontMetrics().averageCharWidth()
    assert window.list_view.columnWidth(Column.NAME) >= needed
    window.splitter.setSizes([650, 50])
    window.resize(1300, 700)
    qtbot.waitUntil(lambda: not window.list_view.isColumnHidden(Column.AGE))


def test_the_control_with_the_focus_has_a_ring_in_the_highlight_colour(
    app: QApplication, window: MainWindow, patients: list[PatientRecord]
) -> None:
    ring = theme.FocusRing(app)
    ring.follow(window.list_view)
    assert ring.frame is not None and ring.frame.widget() is window.list_view
    assert ring.frame.palette().color(ring.frame.foregroundRole()).name() == theme.HIGHLIGHT
    ring.follow(window.search_box)
    assert ring.frame.widget() is window.search_box
    assert theme.contrast_ratio(theme.HIGHLIGHT, "#ffffff") >= 4.5


def test_the_print_preview_zooms_fits_the_width_and_goes_page_by_page(
    qtbot: QtBot, ctx: UiContext, typical_plan: ConsultationRecord
) -> None:
    dialog = PrintDialog(
        ctx,
        document=Document.PLAN,
        record_id=typical_plan.id,
        practice=PracticeDetails("Ashby Health Centre", "01632 960 000"),
    )
    qtbot.addWidget(dialog)
    dialog.resize(700, 600)
    with qtbot.waitSignal(dialog.rendered, timeout=30_000) as done:
        dialog.show()
    pages = done.args[0].document.pages
    preview = dialog.preview
    assert pages >= 2 and len(preview.labels) == pages
    viewport = dialog.scroll_area.viewport().width()
    first = preview.labels[0]
    assert preview.fit_width and viewport - 60 <= first.pixmap().width() <= viewport
    assert preview.page_label.text() == f"Page 1 of {pages}"
    assert not preview.previous_button.isEnabled() and preview.next_button.isEnabled()

    preview.next_button.click()
    qtbot.waitUntil(lambda: preview.page_label.text() == f"Page 2 of {pages}")
    assert preview.previous_button.isEnabled()

    fitted = first.pixmap().width()
    preview.zoom_in_button.click()
    assert not preview.fit_width and first.pixmap().width() > fitted
    preview.zoom_out_button.click()
    preview.zoom_out_button.click()
    assert first.pixmap().width() < fitted
    assert preview.zoom_label.text() == f"{round(preview.zoom * 100)}%"
    preview.fit_button.click()
    assert preview.fit_width and first.pixmap().width() == fitted
    for button in (preview.zoom_in_button, preview.zoom_out_button, preview.fit_button):
        assert button.accessibleName()


def test_an_administrator_sees_care_actions_disabled_with_the_reason(
    qtbot: QtBot,
    database: Database,
    jobs: JobRunner,
    bridge: ChangeBridge,
    settings: QSettings,
    patients: list[PatientRecord],
) -> None:
    from careplan.services import Services as CoreServices

    base = CoreServices(database.session_factory)
    base.accounts.create_first_admin("Sam Patel", "sam", "correct horse battery")
    admin = CoreServices(
        database.session_factory,
        actor=base.accounts.sign_in("sam", "correct horse battery"),
    )
    main = MainWindow(UiContext(admin, jobs, bridge, settings, lambda: TODAY))
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.first_data_loaded):
        main.show()
    assert main.windowTitle() == "Care planning — Sam Patel"
    main.open_patient(patients[0].id)
    qtbot.waitUntil(lambda: main.page.patient is not None)
    qtbot.waitUntil(lambda: "Margaret" in main.windowTitle())
    for control, why in (
        (main.consult_action, "clinicians and nurses build care plans"),
        (main.page.consult_button, "clinicians and nurses build care plans"),
        (main.import_action, "clinicians and nurses import plans"),
    ):
        assert not control.isEnabled()
        assert (
            control.toolTip()
            == f"Not available when signed in as one of the administrators: {why}."
        )
    main.page.consult_button.setEnabled(True)  # the page enabling it for a chosen patient
    assert not main.page.consult_button.isEnabled()
    assert main.print_action.isEnabled()  # what an administrator may do stays enabled
    main.close()
