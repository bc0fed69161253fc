"""Starting the desktop client: ``careplan [--database URL]``."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

# Only light modules here: the sign-in window shows before SQLAlchemy, the
# migrations and the main window are loaded.
from careplan import i18n, paths
from careplan.errors import CarePlanError, DamagedDatabaseError
from ui import theme, window_fit
from ui.files import open_path
from ui.i18n import translator
from ui.jobs import JobRunner
from ui.pyside_sources import read_without_keeping
from ui.settings import APPLICATION, IDLE_LOCK_MINUTES, ORGANIZATION
from ui.sign_in import SignInWindow

if TYPE_CHECKING:
    from careplan.services import Services
    from careplan.storage import Database
    from ui.demo_offer import Progress

log = logging.getLogger(__name__)

# Every module loaded from here on (SQLAlchemy, the core, the main window) is checked by
# PySide6's import hook without its source being kept in memory.
read_without_keeping()

ENV_NO_DEMO_OFFER = "CAREPLAN_NO_DEMO_OFFER"
ENV_QUIT_WHEN_SHOWN = "CAREPLAN_QUIT_WHEN_SHOWN"
ENV_STARTUP_PROBE = "CAREPLAN_STARTUP_PROBE"
# Body text is never smaller than this, nor than the system's own size: a patient
# with poor eyesight reads the screen from beside the clinician.
MIN_POINT_SIZE = 11.0
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"


_tr = translator("app")


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(
        prog="careplan", description="Personalised care and support planning."
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help=(
            "database URL, e.g. sqlite:////path/to/file.sqlite3 or "
            "postgresql://host/db (default: $CAREPLAN_DATABASE_URL, else the per-user file)"
        ),
    )
    return parser.parse_known_args(list(argv))


def application(
    qt_args: Sequence[str] = (),
    app_class: type[QApplication] = QApplication,
    *,
    fit_windows: bool = True,
) -> QApplication:
    """The running QApplication (or a new ``app_class``), set up as ``careplan`` sets it up.

    The app, the tests, the screenshot scripts and the latency probe all start here.
    ``fit_windows=False`` leaves :func:`ui.window_fit.install` to the caller (see
    :func:`main`).
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else app_class([sys.argv[0], *qt_args])
    configure_application(app, fit_windows=fit_windows)
    return app


def configure_application(app: QApplication, *, fit_windows: bool = True) -> None:
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(_tr("Care planning"))
    font = app.font()
    if 0 < font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    theme.apply(app)
    if not isinstance(app.property("careplanFocusRing"), bool):
        app.setProperty("careplanFocusRing", True)
        theme.install_focus_ring(app)
    if fit_windows:
        window_fit.install(app)
    _install_translators(app)


def translations_dir() -> Path:
    """Where the compiled catalogues (careplan_<language>.qm) are: beside the packages in a
    checkout (packaging/setup.sh compiles them), else in the installed prefix."""
    installed = Path(sys.prefix) / "share" / "careplan" / "resources" / "translations"
    return TRANSLATIONS_DIR if TRANSLATIONS_DIR.is_dir() or not installed.is_dir() else installed


def _install_translators(app: QApplication) -> None:
    locale = QLocale()
    candidates = [
        ("qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("careplan", "_", str(translations_dir())),
    ]
    for name, prefix, directory in candidates:
        translator = QTranslator(app)
        if translator.load(locale, name, prefix, directory):
            app.installTranslator(translator)
    # The core's messages come from the same catalogue (careplan has no Qt of its own).
    i18n.use(_translate_core)


def _translate_core(text: str) -> str:
    return QCoreApplication.translate(i18n.CONTEXT, text)


# ----- opening the database -------------------------------------------------------------

AskForBackup = Callable[[DamagedDatabaseError], Path | None]
Tell = Callable[[str], None]


def ask_for_backup(error: DamagedDatabaseError, parent: QWidget | None = None) -> Path | None:
    """The database is damaged: offer to restore it from a backup, or quit."""
    while True:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(_tr("The database is damaged"))
        where = error.path or _tr("the database")
        box.setText(
            _tr("The database file {path} is damaged. It has NOT been changed.").format(path=where)
        )
        box.setInformativeText(
            _tr(
                "You can restore it from a backup file. The damaged file is kept aside, "
                "never deleted. Or quit now and ask for help."
            )
        )
        restore = box.addButton(
            _tr("Restore from a backup file…"), QMessageBox.ButtonRole.AcceptRole
        )
        quit_button = box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(quit_button)
        box.exec()
        if box.clickedButton() is not restore:
            return None
        chosen = open_path(
            parent,
            _tr("Choose a backup file"),
            str(paths.backup_dir()),
            _tr("Care-plan backups (*.sqlite3 *.db);;All files (*)"),
        )
        if chosen is not None:
            return chosen


def tell(message: str, parent: QWidget | None = None) -> None:
    QMessageBox.critical(parent, _tr("Care planning"), message)


def open_database(
    url: str,
    ask: AskForBackup = ask_for_backup,
    tell: Tell = tell,
    show_recovery_key: Callable[[str], None] | None = None,
) -> Database | None:
    """Open the encrypted practice database, offering a restore if it is damaged.

    ``None`` if it cannot be used (the reason has been told).
    """
    from careplan import backup, storage
    from careplan.encryption import open_practice_database
    from careplan.keys import KeyStore

    while True:
        try:
            return open_practice_database(url, on_new_key=show_recovery_key)
        except DamagedDatabaseError as error:
            source = ask(error)
            if source is None:
                return None
            try:
                key = KeyStore.system().database_key(Path(error.path)) if error.path else None
                backup.restore(url, source, key=key)
            except CarePlanError as restore_error:
                tell(restore_error.message)
        except CarePlanError as error:  # no keyring, not a care-plan database, ...
            tell(error.message)
            return None
        except OSError as error:  # e.g. a folder that cannot be created
            tell(
                _tr("Cannot open the database {where}: {reason}").format(
                    where=storage.describe_url(url), reason=error.strerror or type(error).__name__
                )
            )
            return None


def show_recovery_key(recovery_key: str, cover: QWidget | None = None) -> None:
    """First start: the database's key comes first; the sign-in window (``cover``) waits
    hidden until the key has been seen, then asks for the administrator."""
    from ui.recovery_key import RecoveryKeyDialog

    if cover is not None:
        cover.hide()
    RecoveryKeyDialog(recovery_key).exec()
    if cover is not None:
        cover.show()


# ----- the running app ------------------------------------------------------------------


def demo_loader(database: Database) -> Callable[[Progress], object]:
    def load(progress: Progress) -> object:
        from careplan.demo import load_demo  # written alongside; imported only when asked for
        from careplan.demo_sign_ins import add_demo_sign_ins
        from ui.demo_offer import DemoLoaded

        summary = load_demo(database, patients=200, progress=progress)
        # Only here, in a database that was empty: sign-ins to try it as clinician and nurse.
        return DemoLoaded(summary, add_demo_sign_ins(database))

    return load


def install_crash_handler(tell: Tell = tell) -> None:
    """Unexpected errors: logged and shown without their message, which may quote what a
    person typed (a name, a goal); only the kind of error and where it happened."""
    import traceback

    def handle(kind: type[BaseException], error: BaseException, tb: Any) -> None:
        where = "".join(traceback.format_list(traceback.extract_tb(tb)))
        log.error("unexpected %s at:\n%s", kind.__name__, where)
        tell(
            _tr(
                "Something unexpected went wrong ({kind}). Everything up to your last change "
                "is saved. Please restart the app, and tell the practice administrator."
            ).format(kind=kind.__name__)
        )

    sys.excepthook = handle


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # The window fitter sees every event of every object (PySide6 wraps each receiver and
    # event in Python for it, making the Python side of each Qt type on first sight): it
    # is installed once the sign-in window has painted, which it would otherwise delay by
    # tens of milliseconds; the sign-in window is fitted to its screen directly.
    app = application(qt_args, fit_windows=False)

    install_crash_handler()
    jobs = JobRunner()
    sign_in = SignInWindow(jobs)
    started: dict[str, Any] = {}
    url = args.database

    def opened(database: Database, new_keys: list[str]) -> None:
        for key in new_keys:
            show_recovery_key(key, sign_in)
        started["database"] = database
        checked = IntegrityReport(sign_in)
        checked.failed.connect(lambda: _damaged_while_open(app, database, url))
        database.start_integrity_check(checked.report)
        started["session"] = _start_session(app, database, jobs, sign_in)

    def open_in_background() -> None:
        """After the sign-in window has painted: open, check and load on the job runner."""
        from careplan.encryption import open_practice_database
        from careplan.storage import resolve_url

        target = resolve_url(url)
        new_keys: list[str] = []

        def work() -> Database:
            database = open_practice_database(target, on_new_key=new_keys.append, defer_check=True)
            # The session's modules load here too, so that signing in does not wait for
            # them on the UI thread (importing creates no widgets).
            import ui.demo_offer
            import ui.main_window
            import ui.session  # noqa: F401

            return database

        def failed(_error: Exception) -> None:
            # Damaged, no keyring, not a care-plan database...: the same steps as
            # always, on this thread, with their questions and explanations.
            database = open_database(
                target, ask_for_backup, tell, lambda key: show_recovery_key(key, sign_in)
            )
            if database is None:
                app.exit(1)
                return
            opened(database, [])

        jobs.submit(work, lambda database: opened(database, new_keys), failed, owner=sign_in)

    quit_when_shown = os.environ.get(ENV_QUIT_WHEN_SHOWN) == "1"

    def painted() -> None:
        window_fit.install(app)
        if quit_when_shown:
            app.quit()
        else:
            open_in_background()

    after_paint(sign_in, painted)
    if os.environ.get(ENV_STARTUP_PROBE):
        # careplan-admin bench: time this start as a person sees it (benchmarks/app_probe.py).
        from benchmarks.app_probe import install

        install(app, sign_in)
    window_fit.fit_to_screen(sign_in)
    sign_in.show()
    try:
        return app.exec()
    finally:
        jobs.shutdown()
        if "database" in started:
            started["database"].close()


class IntegrityReport(QObject):
    """Carries the background integrity check's outcome to the UI thread."""

    failed = Signal()

    def report(self, ok: bool) -> None:  # called on the checking thread
        if not ok:
            self.failed.emit()


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # After this paint has been delivered, not inside it.
            QTimer.singleShot(0, self._then)
        return False


def after_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` once ``widget`` has been painted for the first time."""
    _FirstPaint(widget, then)


def _damaged_while_open(app: QApplication, database: Database, url: str | None) -> None:
    """The background check found damage: nothing was written; offer the backup, then stop."""
    from careplan import backup
    from careplan.errors import DamagedDatabaseError

    path = str(database.path) if database.path else None
    error = DamagedDatabaseError(
        _tr("The database file {path} is damaged. It has NOT been changed.").format(
            path=path or _tr("the database")
        ),
        path,
    )
    source = ask_for_backup(error)
    key = database.key
    database.close()
    if source is not None:
        try:
            backup.restore(database.url, source, key=key)
        except CarePlanError as restore_error:
            tell(restore_error.message)
        else:
            tell(_tr("The backup has been restored. Please start the app again."))
    app.exit(1)


def _start_session(
    app: QApplication, database: Database, jobs: JobRunner, sign_in: SignInWindow
) -> Any:
    import datetime as dt

    from careplan.records import PatientSearchResult
    from ui import screenshot
    from ui.demo_offer import DemoOffer
    from ui.main_window import MainWindow
    from ui.session import IdleWatch, Session
    from ui.workstation import Workstation

    parts = Workstation.open(database, jobs=jobs, changes_parent=sign_in)
    minutes = min(60, max(1, IDLE_LOCK_MINUTES.read(parts.settings)))

    def make_window(services: Services) -> MainWindow:
        window = parts.main_window(services, database_label=database.description)
        shot = screenshot.requested_path()
        if shot is not None:
            screenshot.take_when_ready(window, shot)
        offer = DemoOffer(window, jobs, parts.changes, demo_loader(database))

        def maybe_offer_demo(result: PatientSearchResult) -> None:
            if result.total == 0 and os.environ.get(ENV_NO_DEMO_OFFER) != "1":
                # First start: the practice's details (administrator), then the demo.
                from ui.practice_dialog import ask_at_first_start

                actor = services.context.actor
                ask_at_first_start(window, actor.role if actor else None, offer.ask)

        window.first_data_loaded.connect(maybe_offer_demo)
        return window

    base = parts.services()
    idle = IdleWatch(app, dt.timedelta(minutes=minutes), parent=sign_in)
    session = Session(app, sign_in, jobs, parts.services, make_window, base.accounts, idle)
    sign_in.database_ready(base.accounts)
    return session


if __name__ == "__main__":
    sys.exit(main())
