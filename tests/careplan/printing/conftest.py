"""Fixtures for the printed documents: people, a practice, and reading PDFs back."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from careplan.records import PatientInput, PatientRecord, StaffRecord
from careplan.services import Services
from careplan.settings import PracticeDetails

PRACTICE = PracticeDetails("Ashby Health Centre", "01632 960 000")
PRINTED = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is missing (apt-get install poppler-utils)")
    return path


def pdf_text(pdf: bytes, tmp_path: Path, *, page: int | None = None, bbox: bool = False) -> str:
    """The text of a PDF as pdftotext reads it (one page, or all)."""
    source = tmp_path / "read.pdf"
    source.write_bytes(pdf)
    args = [_need("pdftotext"), "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    if bbox:
        args.append("-bbox")
    result = subprocess.run(
        [*args, str(source), "-"], capture_output=True, text=True, check=True, timeout=60
    )
    return result.stdout


def flat(text: str) -> str:
    """Text with every run of white space as one space, for finding wrapped phrases."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def contains(haystack: str, needle: str) -> bool:
    return flat(needle) in flat(haystack)


def word_heights(pdf: bytes, tmp_path: Path, word: str) -> list[float]:
    """Heights, in points, of every occurrence of ``word`` (pdftotext -bbox)."""
    html = pdf_text(pdf, tmp_path, bbox=True)
    heights = []
    pattern = r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">'
    for match in re.finditer(pattern + re.escape(word) + "</word>", html):
        heights.append(float(match.group(2)) - float(match.group(1)))
    return heights


@pytest.fixture
def gp(services: Services) -> StaffRecord:
    return services.staff.create("Dr Amara Okafor", "clinician", "GP partner")


@pytest.fixture
def patient(services: Services) -> PatientRecord:
    return services.patients.create(
        PatientInput("Margaret", "Smith", "1948-03-21", "943 476 5919", preferred_name="Peggy")
    )
