"""Starting the app: options, fonts, a damaged or foreign database, the screenshot mode."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from careplan import backup
from careplan.errors import DamagedDatabaseError
from careplan.records import PatientInput
from careplan.services import Services
from careplan.storage import Database
from tests.support.processes import child_env
from tests.ui.conftest import SEED_PATIENTS, message_box_offscreen
from ui import app as app_module
from ui.app import MIN_POINT_SIZE, configure_application, open_database, parse_args

ROOT = Path(__file__).resolve().parents[2]


def test_options_and_qt_arguments_are_kept_apart() -> None:
    args, rest = parse_args(["--database", "sqlite:////tmp/x.sqlite3", "-platform", "offscreen"])
    assert args.database == "sqlite:////tmp/x.sqlite3"
    assert rest == ["-platform", "offscreen"]
    assert parse_args([])[0].database is None


def test_text_is_never_smaller_than_the_system_default(app: QApplication) -> None:
    assert app.font().pointSizeF() >= MIN_POINT_SIZE
    assert app.organizationName() == "careplan"
    assert app.applicationName() == "careplan"
    body = app.font()
    try:
        small, large = QFont(body), QFont(body)
        small.setPointSizeF(8)
        app.setFont(small)
        configure_application(app)
        assert app.font().pointSizeF() == MIN_POINT_SIZE
        large.setPointSizeF(15)
        app.setFont(large)
        configure_application(app)
        assert app.font().pointSizeF() == 15  # a larger system size is kept
    finally:
        app.setFont(body)


def _filled(path: Path) -> Database:
    db = Database.open(f"sqlite:///{path}")
    services = Services(db.session_factory)
    for patient in SEED_PATIENTS:
        services.patients.create(patient)
    for i in range(40):
        services.patients.create(PatientInput(f"Given{i}", f"Family{i}", "1950-01-01"))
    return db


def _damage(path: Path) -> None:
    """Overwrite every page header after the first, as a failing disk would."""
    data = bytearray(path.read_bytes())
    for start in range(4096, len(data), 4096):
        data[start : start + 12] = b"\xa5" * 12
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(tmp_path: Path) -> tuple[str, Path]:
    """A damaged database, and a good backup of it taken earlier."""
    path = tmp_path / "care.sqlite3"
    db = _filled(path)
    saved = backup.backup(db, tmp_path / "backups" / "yesterday.sqlite3")
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    _damage(path)
    return f"sqlite:///{path}", saved


def test_a_damaged_database_can_be_restored_from_a_backup(damaged: tuple[str, Path]) -> None:
    url, saved = damaged
    asked: list[DamagedDatabaseError] = []
    told: list[str] = []

    def ask(error: DamagedDatabaseError) -> Path | None:
        asked.append(error)
        return saved

    db = open_database(url, ask=ask, tell=told.append)
    assert db is not None
    try:
        assert Services(db.session_factory).patients.count() == len(SEED_PATIENTS) + 40
    finally:
        db.close()
    assert len(asked) == 1 and told == []
    assert "not been changed" in asked[0].message


def test_quitting_leaves_a_damaged_database_untouched(damaged: tuple[str, Path]) -> None:
    url, _saved = damaged
    path = Path(url.removeprefix("sqlite:///"))
    before = path.read_bytes()
    assert open_database(url, ask=lambda error: None, tell=pytest.fail) is None
    assert path.read_bytes() == before


def test_a_bad_backup_choice_is_explained_and_asked_again(
    damaged: tuple[str, Path], tmp_path: Path
) -> None:
    url, saved = damaged
    notes = tmp_path / "notes.txt"
    notes.write_text("not a backup")
    choices = iter([notes, saved])
    told: list[str] = []
    db = open_database(url, ask=lambda error: next(choices), tell=told.append)
    assert db is not None
    db.close()
    assert len(told) == 1 and "notes.txt" in told[0]


def _foreign_database(folder: Path) -> Path:
    """An SQLite file that is not a care-plan database."""
    import sqlite3

    path = folder / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE photos (id INTEGER)")
    con.commit()
    con.close()
    return path


def test_a_foreign_database_is_refused_with_a_message(tmp_path: Path) -> None:
    path = _foreign_database(tmp_path)
    told: list[str] = []
    assert open_database(f"sqlite:///{path}", ask=never_asked, tell=told.append) is None
    assert told and "not a care-plan database" in told[0]


def never_asked(error: DamagedDatabaseError) -> Path | None:
    raise AssertionError("the database is not damaged; nobody should be asked to restore it")


def _click_in_modal(text: str) -> None:
    """Click the button labelled ``text`` in the modal dialog once it is open."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        for button in box.findChildren(QPushButton):
            if button.text() == text:
                button.click()
                return
        raise AssertionError(f"no button {text!r}")

    QTimer.singleShot(0, click)


@message_box_offscreen
def test_the_damaged_database_dialog(
    app: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    error = DamagedDatabaseError("damaged", str(tmp_path / "care.sqlite3"))
    _click_in_modal("Quit")
    assert app_module.ask_for_backup(error) is None

    chosen = tmp_path / "backup.sqlite3"
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(chosen), ""))
    )
    _click_in_modal("Restore from a backup file…")
    assert app_module.ask_for_backup(error) == chosen


ADMIN, PASSWORD = "sam.patel", "correct horse battery"


def _practice_with_admin(path: Path) -> None:
    """An encrypted practice database, as the app makes it, with patients and an admin."""
    from careplan.encryption import open_practice_database

    db = open_practice_database(f"sqlite:///{path}")
    services = Services(db.session_factory)
    services.accounts.create_first_admin("Sam Patel", ADMIN, PASSWORD)
    for patient in SEED_PATIENTS:
        services.patients.create(patient)
    db.close()


def test_the_app_signs_in_shows_data_and_saves_a_screenshot(tmp_path: Path) -> None:
    """The real ``main()``, signed in through its sign-in window, in a process of its own
    as it runs for a person (tests/ui/signing_in.py): the app is started once per process."""
    database = tmp_path / "care.sqlite3"
    _practice_with_admin(database)
    shot = tmp_path / "shot.png"
    script = ROOT / "tests" / "ui" / "signing_in.py"
    ran = subprocess.run(
        [sys.executable, str(script), str(database), ADMIN, PASSWORD],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=child_env({"CAREPLAN_SCREENSHOT": str(shot)}),
        timeout=120,
    )
    assert ran.returncode == 0, ran.stderr
    image = QImage(str(shot))
    assert not image.isNull()
    assert image.width() >= 600 and image.height() >= 400
    # Once the picture is taken, its deadline no longer runs (the script waits past it).
    assert "no screenshot taken" not in ran.stderr
    assert "qt-warning" not in ran.stderr, ran.stderr


def test_the_app_stops_with_code_1_when_the_database_cannot_be_used(
    app: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = _foreign_database(tmp_path)
    told: list[str] = []
    monkeypatch.setattr(app_module, "tell", told.append)
    assert app_module.main(["--database", f"sqlite:///{path}"]) == 1
    assert told and "not a care-plan database" in told[0]


def test_a_database_folder_that_cannot_be_made_is_explained(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    told: list[str] = []
    url = f"sqlite:///{blocker / 'care.sqlite3'}"
    assert open_database(url, ask=never_asked, tell=told.append) is None
    assert told and "Cannot open the database" in told[0]


def test_crash_output_names_no_patient_text(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    told: list[str] = []
    previous = sys.excepthook
    try:
        app_module.install_crash_handler(told.append)
        # Made at run time, so that no source line quoted in a traceback holds it.
        typed = "".join(reversed("kraP rehtaefllliuQ ot klaw ot stnaw elocaeS yraM"))
        try:
            raise KeyError(typed)
        except KeyError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = previous
    assert told and "KeyError" in told[0]
    assert "Seacole" not in told[0]
    assert "Seacole" not in caplog.text and "Quillfeather" not in caplog.text
    assert "KeyError" in caplog.text
