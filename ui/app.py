"""Starting the desktop client: ``careplan [--database URL]``."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from careplan import backup, paths, storage
from careplan.errors import DamagedDatabaseError, DatabaseError
from careplan.records import PatientSearchResult
from careplan.services import Services
from careplan.storage import Database
from ui import screenshot
from ui.changes import ChangeBridge
from ui.demo_offer import DemoOffer, Progress
from ui.jobs import JobRunner
from ui.main_window import MainWindow
from ui.settings import APPLICATION, ORGANIZATION

log = logging.getLogger(__name__)

ENV_NO_DEMO_OFFER = "CAREPLAN_NO_DEMO_OFFER"
# Body text is never smaller than this, nor than the system's own size: a patient
# with poor eyesight reads the screen from beside the clinician.
MIN_POINT_SIZE = 11.0
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(
        prog="careplan", description="Personalised care and support planning."
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help=(
            "database URL, e.g. sqlite:////path/to/file.sqlite3 or "
            f"postgresql://host/db (default: ${storage.ENV_URL}, else the per-user file)"
        ),
    )
    return parser.parse_known_args(list(argv))


def configure_application(app: QApplication) -> None:
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(_tr("Care planning"))
    font = app.font()
    if 0 < font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    _install_translators(app)


def _install_translators(app: QApplication) -> None:
    locale = QLocale()
    candidates = [
        ("qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("careplan", "_", str(TRANSLATIONS_DIR)),
    ]
    for name, prefix, directory in candidates:
        translator = QTranslator(app)
        if translator.load(locale, name, prefix, directory):
            app.installTranslator(translator)


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
        chosen, _filter = QFileDialog.getOpenFileName(
            parent,
            _tr("Choose a backup file"),
            str(paths.backup_dir()),
            _tr("Care-plan backups (*.sqlite3 *.db);;All files (*)"),
        )
        if chosen:
            return Path(chosen)


def tell(message: str, parent: QWidget | None = None) -> None:
    QMessageBox.critical(parent, _tr("Care planning"), message)


def open_database(
    url: str, ask: AskForBackup = ask_for_backup, tell: Tell = tell
) -> Database | None:
    """Open the database, offering a restore if it is damaged; ``None`` if it cannot be used."""
    while True:
        try:
            return Database.open(url)
        except DamagedDatabaseError as error:
            source = ask(error)
            if source is None:
                return None
            try:
                backup.restore(url, source)
            except DatabaseError as restore_error:
                tell(restore_error.message)
        except DatabaseError as error:
            tell(error.message)
            return None
        except OSError as error:  # e.g. a folder that cannot be created
            tell(
                _tr("Cannot open the database {where}: {reason}").format(
                    where=storage.describe_url(url), reason=error.strerror or type(error).__name__
                )
            )
            return None


# ----- the running app ------------------------------------------------------------------


def demo_loader(database: Database) -> Callable[[Progress], object]:
    def load(progress: Progress) -> object:
        from careplan.demo import load_demo  # written alongside; imported only when asked for

        return load_demo(database, patients=200, progress=progress)

    return load


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *qt_args])
    configure_application(app)

    database = open_database(storage.resolve_url(args.database), ask_for_backup, tell)
    if database is None:
        return 1

    changes = ChangeBridge()
    jobs = JobRunner()
    try:
        services = Services(database.session_factory, notify=changes.notify)
        window = MainWindow(
            services, jobs, changes, QSettings(), database_label=database.description
        )
        shot = screenshot.requested_path()
        if shot is not None:
            screenshot.take_when_ready(window, shot)
        offer = DemoOffer(window, jobs, changes, demo_loader(database))

        def maybe_offer_demo(result: PatientSearchResult) -> None:
            if result.total == 0 and os.environ.get(ENV_NO_DEMO_OFFER) != "1":
                offer.ask()

        window.first_data_loaded.connect(maybe_offer_demo)
        window.show()
        return app.exec()
    finally:
        jobs.shutdown()
        database.close()


if __name__ == "__main__":
    sys.exit(main())
