"""What the app holds with a practice open: printing, PDF rasterising, FHIR and the schema
migrations are loaded when first used, not at sign-in (each costs memory for every session
that never prints, exchanges or upgrades)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

LATER = ("reportlab", "pypdfium2", "PIL", "alembic", "careplan.printing", "careplan.fhir")

PROBE = """
import json, sys
from careplan.services import Services
from careplan.storage import Database
import ui.demo_offer, ui.main_window, ui.session
db = Database.open(sys.argv[1])  # made (and migrated) by the test already
Services(db.session_factory).patients.search("")
db.close()
later = sys.argv[2].split(",")
print(json.dumps(sorted(m for m in sys.modules if m in later or m.startswith(tuple(later)))))
"""


def test_signing_in_and_listing_patients_loads_no_printing_fhir_or_migrations(
    tmp_path: Path,
) -> None:
    from careplan.storage import Database

    url = f"sqlite:///{tmp_path / 'practice.sqlite3'}"
    Database.open(url).close()  # created and migrated here, so the probe only opens it
    done = subprocess.run(
        [sys.executable, "-c", PROBE, url, ",".join(LATER)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert loaded == [], f"loaded at sign-in: {loaded}"
