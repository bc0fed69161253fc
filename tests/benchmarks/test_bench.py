"""careplan-admin bench: every measure against its floor, as a table and as JSON.

Timings are not asserted here (speed is measured by running the command, not
by timed tests); this checks, on a tiny practice and one run each, that every
measure is taken — start-up as whole processes under an X server — and reported.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from benchmarks.registry import MEASURES
from tests.support.processes import admin

NAMES = [
    "startup",
    "startup_to_list",
    "memory",
    "open_patient",
    "search_redrawn",
    "print",
    *MEASURES,
]


@pytest.mark.xvfb
def test_bench_reports_every_measure_with_its_floor_and_budget(tmp_path: Path) -> None:
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed")
    url = f"sqlite:///{tmp_path / 'bench.sqlite3'}"
    made = admin("demo", "--patients", "30", "--database", url)
    assert made.returncode == 0, made.stderr
    out = tmp_path / "bench.json"
    result = admin("bench", "--runs", "1", "--database", url, "--out", str(out))
    assert result.returncode in (0, 1), result.stderr  # 1: a budget was missed
    assert "Traceback" not in result.stderr
    header, *rows = result.stdout.splitlines()[: len(NAMES) + 1]
    assert header.split()[:6] == ["measure", "patients", "median", "floor", "ratio", "budget"]
    assert [row.split()[0] for row in rows] == NAMES
    measures = json.loads(out.read_text(encoding="utf-8"))["measures"]
    assert [m["name"] for m in measures] == NAMES
    by_name = {m["name"]: m for m in measures}
    for name in ("startup", "startup_to_list", "print", "worklist_screenful", "memory"):
        m = by_name[name]
        assert m["floor_s"] > 0 and m["ratio"] == m["median_s"] / m["floor_s"]
    assert by_name["startup_to_list"]["median_s"] > by_name["startup"]["median_s"]
    assert by_name["startup"]["budget"] == 1.5 and by_name["print"]["budget"] == 3.0
    assert by_name["search_keystroke"]["budget"] == 0.02
    assert by_name["search_redrawn"]["budget"] == 0.1  # last key press to the list painted
    assert by_name["memory"]["unit"] == "bytes"
    assert all(m["median_s"] > 0 and m["patients"] == 30 for m in measures)


def test_population_and_previsit_measures_match_hand_written_sql(tmp_path: Path) -> None:
    from benchmarks.registers import measure_population, measure_previsit
    from careplan.demo import load_demo
    from careplan.storage import Database

    db = Database.open(f"sqlite:///{tmp_path / 'bench-registers.sqlite3'}")
    try:
        load_demo(db, 300)
        for measure in (measure_population(db, runs=2), measure_previsit(db, runs=2)):
            assert measure.floor_s and measure.floor_s > 0 and measure.ratio is not None
            assert measure.budget == 3.0 and measure.note
    finally:
        db.close()


def test_bench_takes_only_the_measures_named(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'bench-only.sqlite3'}"
    made = admin("demo", "--patients", "30", "--database", url)
    assert made.returncode == 0, made.stderr
    out = tmp_path / "only.json"
    result = admin(
        "bench", "--runs", "1", "--database", url, "--only", "print,overview", "--out", str(out)
    )
    assert result.returncode in (0, 1), result.stderr
    measures = json.loads(out.read_text(encoding="utf-8"))["measures"]
    assert [m["name"] for m in measures] == ["print", "overview"]
    wrong = admin("bench", "--database", url, "--only", "printing")
    assert wrong.returncode != 0 and "print" in wrong.stderr and "Traceback" not in wrong.stderr


def test_the_screens_measures_act_as_a_signed_in_clinician(tmp_path: Path) -> None:
    """As at a workstation: the core checks a signed-in person on every call (role and
    temporary password), and that check is part of what the user waits for."""
    url = f"sqlite:///{tmp_path / 'bench-actor.sqlite3'}"
    made = admin("demo", "--patients", "30", "--database", url)
    assert made.returncode == 0, made.stderr
    result = admin("bench", "--runs", "1", "--database", url, "--only", "print")
    assert result.returncode in (0, 1), result.stderr
    trail = admin("audit", "export", "--database", url)
    assert trail.returncode == 0, trail.stderr
    header, *rows = csv.reader(trail.stdout.splitlines())
    printed = [dict(zip(header, row, strict=True)) for row in rows]
    printed = [row for row in printed if row["action"] == "print"]
    # A signed-in staff member (the benchmark's clinician), not the operating-system user.
    assert printed and all(row["staff_id"] and not row["os_user"] for row in printed)
    assert len({row["staff_id"] for row in printed}) == 1
