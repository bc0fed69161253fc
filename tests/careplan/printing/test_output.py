"""Writing PDFs (and settings) atomically, and the practice settings."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from careplan import settings
from careplan.atomic import FileWriteError, write_atomically


def test_a_new_file_is_written_readable_by_its_owner_only(tmp_path: Path) -> None:
    target = write_atomically(tmp_path / "plan.pdf", b"%PDF-1.4 new")
    assert target.read_bytes() == b"%PDF-1.4 new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]


def test_a_failure_mid_write_leaves_the_old_file_and_no_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"the old plan")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(FileWriteError, match="No space left"):
        write_atomically(target, b"%PDF-1.4 half written")
    assert target.read_bytes() == b"the old plan"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_an_interrupted_write_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(tmp_path / "plan.pdf", b"%PDF")
    assert list(tmp_path.iterdir()) == []


def test_a_replaced_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    os.chmod(target, 0o400)
    write_atomically(target, b"newer")
    assert stat.S_IMODE(target.stat().st_mode) == 0o400


def test_a_missing_folder_or_a_folder_as_target_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileWriteError, match="does not exist"):
        write_atomically(tmp_path / "nowhere" / "plan.pdf", b"x")
    with pytest.raises(FileWriteError, match="is a folder"):
        write_atomically(tmp_path, b"x")


def test_practice_details_from_file_with_environment_overrides(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert settings.practice_details(path=path, environ={}) == settings.PracticeDetails("", "")
    settings.save({settings.PRACTICE_NAME: " Ashby  Health Centre "}, path=path)
    settings.save({settings.PRACTICE_PHONE: "01632 960 000"}, path=path)
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored == {"practice_name": "Ashby  Health Centre", "practice_phone": "01632 960 000"}
    assert settings.practice_details(path=path, environ={}) == settings.PracticeDetails(
        "Ashby  Health Centre", "01632 960 000"
    )
    env = {"CAREPLAN_PRACTICE_NAME": "Elsewhere Surgery", "CAREPLAN_PRACTICE_PHONE": " "}
    assert settings.practice_details(path=path, environ=env) == settings.PracticeDetails(
        "Elsewhere Surgery", "01632 960 000"
    )


def test_the_settings_file_lives_in_the_per_user_config_folder() -> None:
    # tests/conftest.py points XDG_CONFIG_HOME at a private folder.
    assert settings.settings_path().parent.parent == Path(os.environ["XDG_CONFIG_HOME"])
    assert settings.load(settings.PRACTICE_NAME) == ""


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "JSON object"),
        ('{"practice_name": 5}', "must be text"),
        ('{"practice_name": "' + "x" * 300 + '"}', "too long"),
    ],
)
def test_a_broken_settings_file_is_a_clear_error(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(settings.SettingsError, match=message):
        settings.practice_details(path=path, environ={})
    assert path.read_text(encoding="utf-8") == content
