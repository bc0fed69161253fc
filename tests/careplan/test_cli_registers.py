"""careplan-admin import-patients, previsit and population, run as real processes."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from tests.careplan.test_patient_import import HEADER, nhs
from tests.support.processes import admin


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


def test_import_patients_reports_refused_lines_then_imports_a_good_file(
    url: str, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        HEADER + f"{nhs(1)},Ann,Okafor,1950-01-01,,Dragon pox,,,,,,,\n", encoding="utf-8"
    )
    refused = admin("import-patients", str(bad), "--database", url)
    assert refused.returncode == 1
    assert "Nothing was imported: 1 of 1 rows were refused" in refused.stdout
    assert "Line 2: 'Dragon pox' is not a condition" in refused.stdout
    good = tmp_path / "good.csv"
    good.write_text(
        HEADER + f"{nhs(1)},Ann,Okafor,1950-01-01,,Type 2 diabetes mellitus,61,2026-01-02,,,,,\n",
        encoding="utf-8",
    )
    done = admin("import-patients", str(good), "--as-of", "2026-02-01", "--database", url)
    assert done.returncode == 0, done.stderr
    assert "1 rows read: 1 people added" in done.stdout
    assert "Importing: 100%" in done.stderr


def test_population_csv_has_one_row_per_register_code_and_name_first(
    url: str, tmp_path: Path
) -> None:
    assert admin("demo", "--patients", "300", "--database", url).returncode == 0
    shown = admin("population", "--csv", "--database", url)
    assert shown.returncode == 0, shown.stderr
    rows = list(csv.reader(io.StringIO(shown.stdout)))
    assert rows[0][:3] == ["snomed_code", "register", "on_register"]
    assert len(rows) == 1 + 19
    assert rows[1][:2] == ["73211009", "Diabetes"] and int(rows[1][2]) > 0
    pdf = tmp_path / "asthma.pdf"
    one = admin("population", "--register", "195967001", "--pdf", str(pdf), "--database", url)
    assert one.returncode == 0 and "195967001 Asthma" in one.stdout
    if shutil.which("pdftotext"):
        import subprocess

        words = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True)
        assert "Run charts: Asthma" in words.stdout
        assert "With a current agreed plan" in words.stdout
    wrong = admin("population", "--register", "12345", "--database", url)
    assert wrong.returncode == 2 and "not a register" in wrong.stderr


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_previsit_prints_every_letter_into_one_pdf(url: str, tmp_path: Path) -> None:
    import subprocess

    assert admin("demo", "--patients", "120", "--database", url).returncode == 0
    out = tmp_path / "letters.pdf"
    made = admin(
        "previsit", "--within", "28", "--register", "diabetes", "--out", str(out), "--database", url
    )
    assert made.returncode == 0, made.stderr
    listed = [line for line in made.stdout.splitlines() if "\t" in line]
    assert listed and f"{len(listed)} letters" in made.stdout
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert text.count("Preparing for your appointment") >= len(listed)
    again = admin(
        "previsit",
        "--within",
        "28",
        "--register",
        "diabetes",
        "--list-only",
        "--out",
        str(out),
        "--database",
        url,
    )
    for line in again.stdout.splitlines():  # every letter is now marked as sent
        assert "letter" not in line.split("\t")[3]
