"""careplan-admin print and prepare-sheet, run as a person would run them."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from careplan.printing.samples import add_sample_results, build_typical_plan
from careplan.records import PatientInput
from careplan.services import Services
from careplan.storage import Database
from tests.support.processes import admin

from .conftest import contains, pdf_text


@pytest.fixture
def practice(tmp_path: Path) -> tuple[str, dict[str, int]]:
    """A database with a patient who has a plan (and a draft with results), and one without."""
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    db = Database.open(url)
    try:
        services = Services(db.session_factory)
        gp = services.staff.create("Dr Amara Okafor", "clinician", "GP partner")
        with_plan = services.patients.create(
            PatientInput("Margaret", "Smith", "1948-03-21", "943 476 5919", large_print=True)
        )
        without = services.patients.create(PatientInput("John", "Snow", "1960-01-01"))
        plan = build_typical_plan(services, with_plan.id, gp.id)
        draft = services.consultations.revise(plan.id, gp.id)
        add_sample_results(services, draft.id)
    finally:
        db.close()
    return url, {"with_plan": with_plan.id, "without": without.id}


def _write(
    command: str, patient: str, out: Path, url: str, *more: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``careplan-admin print`` or ``prepare-sheet`` for one patient into ``out``."""
    return admin(
        command, "--patient", patient, "--out", str(out), "--database", url, *more, env=env
    )


def test_print_writes_the_latest_agreed_plan(
    practice: tuple[str, dict[str, int]], tmp_path: Path
) -> None:
    url, ids = practice
    out = tmp_path / "plan.pdf"
    run = _write(
        "print",
        "943 476 5919",
        out,
        url,
        "--practice-name",
        "Ashby Health Centre",
        "--practice-phone",
        "01632 960 000",
    )
    assert run.returncode == 0, run.stderr
    assert "large print" in run.stdout and str(out) in run.stdout
    text = pdf_text(out.read_bytes(), tmp_path)
    assert contains(text, "I want to walk to the post office without stopping")
    assert "Ashby Health Centre" in text and "DRAFT" not in text
    # By record number, standard print on request, into a folder.
    folder = tmp_path / "batch"
    folder.mkdir()
    run = _write("print", str(ids["with_plan"]), folder, url, "--standard")
    assert run.returncode == 0, run.stderr
    (written,) = folder.iterdir()
    assert written.name.startswith("care-plan-ms-") and "large" not in run.stdout
    assert "margaret" not in written.name and "smith" not in written.name
    trail = admin("audit", "export", "--patient", str(ids["with_plan"]), "--database", url)
    assert trail.returncode == 0, trail.stderr
    assert [line.split(",")[5] for line in trail.stdout.splitlines()[1:]].count("print") == 2


def test_prepare_sheet_writes_results_and_goals(
    practice: tuple[str, dict[str, int]], tmp_path: Path
) -> None:
    url, ids = practice
    out = tmp_path / "prepare.pdf"
    run = _write("prepare-sheet", str(ids["with_plan"]), out, url)
    assert run.returncode == 0, run.stderr
    text = pdf_text(out.read_bytes(), tmp_path)
    assert "HbA1c" in text and contains(text, "I want to walk to the post office")


@pytest.mark.parametrize("command", ["print", "prepare-sheet"])
@pytest.mark.parametrize(
    ("who", "message"),
    [
        ("unknown-id", "no patient with record number 999"),
        ("unknown-nhs", "No patient has the NHS number 9999999999"),
        ("without", "has no"),
        ("nonsense", "NHS number or record number"),
    ],
)
def test_an_unknown_patient_or_no_plan_fails_clearly_and_writes_nothing(
    practice: tuple[str, dict[str, int]], tmp_path: Path, command: str, who: str, message: str
) -> None:
    url, ids = practice
    ref = {
        "unknown-id": "999",
        "unknown-nhs": "9999999999",
        "without": str(ids["without"]),
        "nonsense": "Margaret",
    }[who]
    out = tmp_path / "out" / "plan.pdf"
    out.parent.mkdir()
    run = _write(command, ref, out, url)
    assert run.returncode == 1
    assert message in run.stderr
    assert run.stderr.splitlines()[-1].startswith("careplan-admin: ")
    assert "Snow" not in run.stderr  # no names in messages
    assert list(out.parent.iterdir()) == []


def test_an_unwritable_target_fails_clearly(
    practice: tuple[str, dict[str, int]], tmp_path: Path
) -> None:
    url, ids = practice
    run = _write("print", str(ids["with_plan"]), tmp_path / "no" / "x.pdf", url)
    assert run.returncode == 1 and "does not exist" in run.stderr


def test_practice_details_are_stored_and_used(
    practice: tuple[str, dict[str, int]], tmp_path: Path
) -> None:
    url, ids = practice
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config")}
    run = admin("practice", "--name", "Ashby Health Centre", "--phone", "01632 960 000", env=env)
    assert run.returncode == 0, run.stderr
    assert "Ashby Health Centre" in run.stdout
    out = tmp_path / "plan.pdf"
    run = _write("print", str(ids["with_plan"]), out, url, env=env)
    assert run.returncode == 0, run.stderr
    assert "01632 960 000" in pdf_text(out.read_bytes(), tmp_path, page=1)
