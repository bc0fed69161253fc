"""The main window: find a patient on the left, their page on the right."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from careplan.changes import Change, Subject
from careplan.permissions import Permission
from careplan.records import PatientRecord, PatientSearchResult
from ui import formatting
from ui.column_priority import NameFirst
from ui.consultation.launcher import ConsultationLauncher
from ui.context import UiContext
from ui.exchange import ExchangeActions
from ui.followup.actions import FollowUp
from ui.groups.actions import GroupActions
from ui.main_window_sizes import restore_layout, save_layout, size_patient_columns
from ui.models.patient_list import PATIENT_ROLE, PatientListModel
from ui.models.table import PAGE_SIZE
from ui.one_window import bring_forward, remember
from ui.patient_dialog import PatientDialog
from ui.patient_page import PatientPage
from ui.printing import show_preparation_dialog, show_print_dialog
from ui.registers.menu import RegistersMenu
from ui.roles import forbid_unless
from ui.text_size import TextSize
from ui.titles import signed_in_name, window_title
from ui.widgets import fix_minimum_size, read_only_table, show_message

SEARCH_JOB = "main-window/search"
PAGE_JOB = "main-window/search-page"
# Keystrokes closer together than this make one search (a paste, a fast typist's
# burst); each search is an index lookup of a few milliseconds, and an older search
# still queued is skipped when a newer one arrives (jobs with the same key).
SEARCH_DELAY_MS = 30


class MainWindow(QMainWindow):
    # The first search came back (the window shows real data from here on).
    first_data_loaded = Signal(object)  # PatientSearchResult
    search_finished = Signal(object)  # PatientSearchResult
    dialog_opened = Signal(object)  # PatientDialog

    def __init__(
        self,
        ctx: UiContext,
        *,
        database_label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._services = ctx.services
        self._jobs = ctx.jobs
        self._settings = ctx.settings
        self._loaded_once = False
        self._selected_id: int | None = None
        self.patient_dialog: PatientDialog | None = None
        self.setObjectName("main-window")
        # The app, who is signed in and the patient open; not the database's location.
        self.person_name = signed_in_name(ctx.services)
        self.setWindowTitle(window_title(person=self.person_name))

        self.model = PatientListModel(ctx.today, self)
        self.model.read_pages(
            ctx.jobs,
            self._page_after,
            key=PAGE_JOB,
            owner=self,
            failed=self._on_search_error,
            then=lambda: self.status_label.setText(self.model.summary()),
        )
        self._build()
        self.followup = FollowUp(ctx, self.open_patient, self)
        self.registers = RegistersMenu(ctx, self.open_patient, self)
        self.consultations = ConsultationLauncher(ctx, self)
        self.groups = GroupActions(ctx, lambda: self._selected_id, self)
        self.consultations.failed.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.page.consultation_requested.connect(self.consultations.open)
        self._build_actions()
        self._forbid_by_role()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())

        ctx.changes.changed.connect(self._on_change)
        ctx.jobs.unhandled_error.connect(self._on_unhandled_error)
        fix_minimum_size(self)
        self._restore_state()
        self.refresh()

    # ----- building -------------------------------------------------------------------

    def _build(self) -> None:
        left = QWidget(self)
        self.search_label = QLabel(self.tr("&Find a patient"), left)
        self.search_box = QLineEdit(left)
        self.search_box.setPlaceholderText(self.tr("Search by name, NHS number or date of birth"))
        self.search_box.setAccessibleName(self.tr("Find a patient"))
        self.search_box.setAccessibleDescription(
            self.tr("Search by name, NHS number or date of birth")
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.installEventFilter(self)
        self.search_box.returnPressed.connect(self._focus_list)
        self.search_label.setBuddy(self.search_box)

        self.list_view = read_only_table(self.model, self.tr("Patients"), left)
        self.name_first: NameFirst | None = None
        self._size_list_columns()
        self.list_view.selectionModel().selectionChanged.connect(self._on_selection)
        self.list_view.activated.connect(self._on_activated)

        self.status_label = QLabel(left)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Search results"))

        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        left_layout.addWidget(self.search_label)
        left_layout.addWidget(self.search_box)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addWidget(self.status_label)

        self.page = PatientPage(self._ctx, self)
        self.page.patient_loaded.connect(self._on_patient_loaded)
        page_holder = QWidget(self)
        page_layout = QVBoxLayout(page_holder)
        page_layout.setContentsMargins(4, 8, 8, 8)
        page_layout.addWidget(self.page)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(page_holder)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.splitter)

        self.setTabOrder(self.search_box, self.list_view)
        self.setTabOrder(self.list_view, self.page.plans_table)

    def _size_list_columns(self) -> None:
        self.name_first = size_patient_columns(self.list_view, self.name_first)

    def _build_actions(self) -> None:
        self.new_action = QAction(self.tr("&New patient…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setToolTip(self.tr("Register a new patient (Ctrl+N)"))
        self.new_action.triggered.connect(self.new_patient)

        self.edit_action = QAction(self.tr("&Edit patient…"), self)
        self.edit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
        self.edit_action.setToolTip(self.tr("Change this patient's details (Ctrl+E)"))
        self.edit_action.setEnabled(False)
        self.edit_action.triggered.connect(self.edit_patient)

        self.consult_action = QAction(self.tr("Start or resume &consultation"), self)
        self.consult_action.setEnabled(False)  # until a patient is chosen
        self.consult_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_K))
        self.consult_action.setToolTip(
            self.tr("Build the plan together with this patient (Ctrl+K)")
        )
        self.consult_action.triggered.connect(self._consult_current)

        # The take-home plan and the preparation sheet; the plan in exchange with others.
        self.print_action = QAction(self.tr("&Print plan…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setToolTip(
            self.tr("Preview, print or save as PDF the plan chosen in the list, or the latest")
        )
        self.print_action.triggered.connect(self.print_plan)
        self.prepare_action = QAction(self.tr("Preparation &sheet…"), self)
        self.prepare_action.triggered.connect(
            lambda: (
                self.page.patient is not None
                and show_preparation_dialog(self, self._ctx, self.page.patient.id)
            )
        )
        self.exchange = ExchangeActions(self, self._ctx)
        self.exchange.imported.connect(lambda result: self.open_patient(result.patient_id))
        self.export_action = QAction(self.tr("E&xport plan as FHIR…"), self)
        self.export_action.triggered.connect(self._export_current)
        self.import_action = QAction(self.tr("&Import FHIR bundle…"), self)
        self.import_action.triggered.connect(lambda: self.exchange.import_bundle(None))
        self.calendar_action = QAction(self.tr("Save review date to &calendar…"), self)
        self.calendar_action.triggered.connect(self._save_current_review_date)
        self.patient_actions = (
            self.print_action,
            self.prepare_action,
            self.export_action,
            self.calendar_action,
        )
        for action in self.patient_actions:
            action.setEnabled(False)

        actor = self._services.context.actor
        self.text_size = TextSize(
            QApplication.instance(),  # type: ignore[arg-type]
            self._settings,
            (actor.username if actor is not None else None) or "anyone",
            self,
        )
        self.text_size.apply()
        self.text_size_actions = self.text_size.actions(self)

        self.find_action = QAction(self.tr("&Find a patient"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)

        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        patient_menu = self.menuBar().addMenu(self.tr("&Patient"))
        patient_menu.addAction(self.new_action)
        patient_menu.addAction(self.edit_action)
        patient_menu.addAction(self.consult_action)
        patient_menu.addSeparator()
        patient_menu.addAction(self.print_action)
        patient_menu.addAction(self.prepare_action)
        patient_menu.addSeparator()
        patient_menu.addAction(self.export_action)
        patient_menu.addAction(self.import_action)
        patient_menu.addAction(self.calendar_action)
        patient_menu.addSeparator()
        patient_menu.addAction(self.find_action)
        patient_menu.addSeparator()
        patient_menu.addAction(self.quit_action)
        self.followup.add_to_menu_bar(self.menuBar())
        self.registers.add_to_menu_bar(self.menuBar())
        self.groups.add_to_menu_bar(self.menuBar())
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for action in self.text_size_actions:
            view_menu.addAction(action)
        self.text_size.changed.connect(lambda _scale: self._size_list_columns())

        toolbar = QToolBar(self.tr("Patient"), self)
        toolbar.setObjectName("patient-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.edit_action)
        toolbar.addAction(self.consult_action)
        self.followup.add_to_toolbar(toolbar)
        toolbar.addSeparator()
        bigger, smaller, _normal = self.text_size_actions
        for action, name in ((smaller, self.tr("A−")), (bigger, self.tr("A+"))):
            button = QToolButton(toolbar)
            button.setDefaultAction(action)
            button.setText(name)
            button.setAccessibleName(action.text().split("  ")[-1])
            toolbar.addWidget(button)
        extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None:
            extension.setAccessibleName(self.tr("More tools"))
        self.addToolBar(toolbar)

    def _forbid_by_role(self) -> None:
        """What this person's role may not do is disabled, saying why (before any click)."""
        actor = self._services.context.actor
        role = actor.role if actor is not None else None
        forbid_unless(role, Permission.EDIT_PLANS, self.consult_action, self.page.consult_button)
        forbid_unless(role, Permission.RECORD_REVIEWS, self.page.followup.record_button)
        forbid_unless(role, Permission.IMPORT, self.import_action)
        for menu in self.menuBar().findChildren(QMenu):
            menu.setToolTipsVisible(True)

    # ----- searching ------------------------------------------------------------------

    def refresh(self) -> None:
        """Run the search for what is in the search box now (its first page)."""
        self._search_timer.stop()
        self._jobs.cancel(PAGE_JOB)
        self._jobs.submit(
            partial(self._services.patients.search, self.search_box.text(), PAGE_SIZE),
            self._on_results,
            self._on_search_error,
            key=SEARCH_JOB,
            owner=self,
        )

    def _page_after(self, last: PatientSearchResult) -> Callable[[], PatientSearchResult]:
        """Reads the page after ``last`` (as the list scrolls near its end)."""
        search, size = self._services.patients.search, PAGE_SIZE
        return lambda: search(
            last.query,
            size,
            after=last.next_after,
            total=last.total,
            more_than_total=last.more_than_total,
        )

    def _on_results(self, result: PatientSearchResult) -> None:
        keep = self._selected_id
        self.model.set_result(result)
        self.status_label.setText(self.model.summary())
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.list_view.selectRow(row)
        self.search_finished.emit(result)
        if not self._loaded_once:
            self._loaded_once = True
            self.first_data_loaded.emit(result)

    def _on_search_error(self, error: Exception) -> None:
        self.status_label.setText(
            self.tr("The search failed: {error}").format(error=formatting.error_message(error))
        )

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _focus_list(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.list_view.selectionModel().hasSelection():
            self.list_view.selectRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._focus_list()
            return True
        return super().eventFilter(watched, event)

    # ----- the chosen patient ---------------------------------------------------------

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        patient = indexes[0].data(PATIENT_ROLE)
        if isinstance(patient, PatientRecord):
            self._selected_id = patient.id
            self.page.show_patient(patient)
            self.edit_action.setEnabled(True)
            self.consult_action.setEnabled(True)

    def _on_activated(self, index: QModelIndex) -> None:
        patient = index.data(PATIENT_ROLE)
        if isinstance(patient, PatientRecord):
            self._selected_id = patient.id
            self.page.show_patient(patient)
            self.page.focus_plans()

    def _on_patient_loaded(self, patient: PatientRecord) -> None:
        self.setWindowTitle(
            window_title(person=self.person_name, patient=formatting.banner_name(patient))
        )
        self.edit_action.setEnabled(True)
        self.consult_action.setEnabled(True)
        for action in self.patient_actions:
            action.setEnabled(True)

    def open_patient(self, patient_id: int) -> None:
        """Show the patient with this id, whether or not the list holds them."""
        self._selected_id = patient_id
        row = self.model.row_of(patient_id)
        if row is not None:
            self.list_view.selectRow(row)
            return
        self.list_view.clearSelection()
        self._jobs.submit(
            partial(self._services.patients.get, patient_id),
            self.page.show_patient,
            self._on_open_error,
            owner=self,
        )

    def _on_open_error(self, error: Exception) -> None:
        self.statusBar().showMessage(formatting.error_message(error), 10_000)

    # ----- adding and editing ---------------------------------------------------------

    def _consult_current(self) -> None:
        if self.page.patient is not None:
            self.consultations.open(self.page.patient)

    def _export_current(self) -> None:
        if self.page.patient is not None:
            self.exchange.export_plan(self.page.patient)

    def _save_current_review_date(self) -> None:
        if self.page.patient is not None:
            self.exchange.save_review_calendar(self.page.patient)

    def print_plan(self) -> None:
        """Print the plan chosen in the patient's list of plans, or else their latest one."""
        history = self.page.history
        if history is None or not history.plans:
            self.statusBar().showMessage(self.tr("This person has no plan to print yet."), 10_000)
            return
        rows = self.page.plans_table.selectionModel().selectedRows()
        chosen = (
            history.plans[rows[0].row()]
            if rows
            else next((p for p in history.plans if p.status == "agreed"), history.plans[0])
        )
        show_print_dialog(self, self._ctx, chosen.id)

    def new_patient(self) -> None:
        self._open_dialog(None)

    def edit_patient(self) -> None:
        if self.page.patient is not None:
            self._open_dialog(self.page.patient)

    def _open_dialog(self, patient: PatientRecord | None) -> None:
        if bring_forward(self.patient_dialog):
            return
        dialog = remember(self, "patient_dialog", PatientDialog(self._ctx, patient, self))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_patient_saved)
        dialog.open_existing.connect(self.open_patient)
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _on_patient_saved(self, patient: PatientRecord) -> None:
        self.statusBar().showMessage(
            self.tr("Saved the details of {name}.").format(name=formatting.banner_name(patient)),
            5_000,
        )
        self.open_patient(patient.id)

    # ----- changes made anywhere ------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.subject in (Subject.PATIENT, Subject.DATABASE):
            self._search_timer.start()

    def _on_unhandled_error(self, error: Exception) -> None:
        show_message(self, self.tr("Care planning"), formatting.error_message(error))

    # ----- remembered layout ----------------------------------------------------------

    def _restore_state(self) -> None:
        restore_layout(self, self.splitter, self._settings)

    def save_state(self) -> None:
        save_layout(self, self.splitter, self._settings)
        self.page.save_state()
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
