"""The hazard log's controls name tests that exist (docs/safety/hazard-log.md)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOG = ROOT / "docs" / "safety" / "hazard-log.md"
NODE = re.compile(r"`(tests/[\w/]+\.py::[\w\[\]\-]+)`")


def named_tests() -> list[str]:
    return NODE.findall(LOG.read_text(encoding="utf-8"))


def test_every_hazard_has_controls_that_name_tests() -> None:
    text = LOG.read_text(encoding="utf-8")
    sections = re.split(r"^## ", text, flags=re.MULTILINE)[1:]
    assert len(sections) >= 10
    for section in sections:
        title = section.splitlines()[0]
        for part in ("**Causes**", "**Effect**", "**Controls**"):
            assert part in section, f"{title}: no {part}"
        assert NODE.search(section) or "test_" in section, f"{title}: no test named"


def test_every_test_the_hazard_log_names_exists() -> None:
    named = sorted(set(named_tests()))
    assert named
    files = sorted({n.split("::")[0] for n in named})
    missing_files = [f for f in files if not (ROOT / f).is_file()]
    assert not missing_files, f"files named in the hazard log do not exist: {missing_files}"
    collected = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:randomly", *files],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    ids = {line.strip() for line in collected.stdout.splitlines() if "::" in line}
    # A test named without its parameters stands for all of its parametrized cases.
    bare = {i.split("[", 1)[0] for i in ids}
    missing = [n for n in named if n not in ids and n not in bare]
    assert not missing, f"tests named in the hazard log do not exist: {missing}"
