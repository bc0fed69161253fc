"""careplan-admin groups: list, show, print and letters, as a person would run them."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from careplan.services import Services
from careplan.storage import Database
from tests.support.groups import hold_session, make_group
from tests.support.processes import admin


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


def test_groups_list_show_and_print(url: str, tmp_path: Path) -> None:
    db = Database.open(url)
    services = Services(db.session_factory)
    group = make_group(services, 4)
    hold_session(services, group)
    services.groups.set_attendance(group.session.attendees[3].id, "did_not_attend")
    services.group_plans.agree_all(group.session.id)
    later = services.groups.schedule_next(group.session.id, "2026-04-06")
    db.close()

    listed = admin("groups", "list", "--database", url)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        f"{group.session.id}\t2026-03-02\tLiving well with diabetes\t3",
        f"{later.id}\t2026-04-06\tLiving well with diabetes\t0",
    ]
    shown = admin("groups", "show", str(group.session.id), "--database", url)
    assert shown.returncode == 0, shown.stderr
    assert "Aisha Rahman" in shown.stdout and "Next session: 2026-04-06" in shown.stdout
    assert "did_not_attend" in shown.stdout

    out = tmp_path / "plans"
    out.mkdir()
    printed = admin("groups", "print", str(group.session.id), "--out", str(out), "--database", url)
    assert printed.returncode == 0, printed.stderr
    pdfs = sorted(p.name for p in out.glob("*.pdf"))
    assert len(pdfs) == 3 and all(p.startswith("care-plan-") for p in pdfs)
    assert "3 plan(s) printed" in printed.stdout
    text = subprocess.run(
        ["pdftotext", str(out / pdfs[0]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Your next group session" in text

    letters = tmp_path / "letters"
    letters.mkdir()
    made = admin("groups", "letters", str(later.id), "--out", str(letters), "--database", url)
    assert made.returncode == 0, made.stderr
    assert len(list(letters.glob("group-invitation-*.pdf"))) == 0  # nobody invited yet
    assert len(list(letters.glob("group-front-desk-*.pdf"))) == 1
    assert len(list(letters.glob("*.ics"))) == 1


def test_groups_errors_are_clear(url: str, tmp_path: Path) -> None:
    Database.open(url).close()
    missing = admin("groups", "show", "99", "--database", url)
    assert missing.returncode == 1 and "no longer exists" in missing.stderr
    bad = admin("groups", "show", "seven", "--database", url)
    assert bad.returncode == 2 and "not a session number" in bad.stderr
    not_folder = admin("groups", "print", "1", "--out", str(tmp_path / "nope"), "--database", url)
    assert not_folder.returncode == 1 and "is not a folder" in not_folder.stderr


def test_the_demo_practice_has_a_monthly_diabetes_group(url: str) -> None:
    made = admin("demo", "--patients", "60", "--database", url)
    assert made.returncode == 0, made.stderr
    lines = admin("groups", "list", "--database", url).stdout.splitlines()
    assert len(lines) == 4
    dates = [dt.date.fromisoformat(line.split("\t")[1]) for line in lines]
    today = dt.date.today()
    assert sum(d < today for d in dates) == 3 and dates[-1] > today
    assert all(int(line.split("\t")[3]) > 0 for line in lines[:3])
    assert lines[-1].endswith("\t0")
    shown = admin("groups", "show", lines[0].split("\t")[0], "--database", url).stdout
    rows = [r.split("\t") for r in shown.splitlines() if r.count("\t") == 8][1:]
    came = [r for r in rows if r[4] == "arrived"]
    assert came and all(r[5] == "yes" and r[8] == "agreed" for r in came)
    assert "(deferred)" in shown
