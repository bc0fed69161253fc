"""Any Unicode at all, bidi controls and pasted control characters included, through import,
storage, printing, FHIR export, the review calendar (.ics) and the worklist CSV: nothing
crashes, stored text carries no bidi control, and no control character reaches a file."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careplan import models as m
from careplan.errors import ValidationError
from careplan.exports import write_worklist
from careplan.fhir import FhirExchange, codes
from careplan.printing import plan_document
from careplan.records import WorklistFilter
from careplan.settings import PracticeDetails
from careplan.storage import Database
from careplan.text import BIDI_CONTROLS
from tests.careplan.fhir.test_fuzz import FUZZ, NOW, isolated
from tests.careplan.fhir.test_import import foreign_bundle

_NASTY = BIDI_CONTROLS + "\x00\x07\x08\x0b\x0c\x1b\x7f\x85\x9b\u2028\u2029\r\n\t\u200e\u200f"
ANY = st.text(
    st.characters(codec="utf-8") | st.sampled_from(_NASTY),
    min_size=1,
    max_size=30,
)
# No bidi control anywhere. Stored text and JSON strings keep a person's line breaks and
# tabs; files for other programs (.ics, CSV) get no control character but their line ends.
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
_CONTROL_BUT_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_ANY_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


@pytest.fixture(scope="module")
def unicode_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = Database.open(f"sqlite:///{tmp_path_factory.mktemp('unicode') / 'u.sqlite3'}")
    yield db
    db.close()


def _bundle(goal: str, matters: str, person: str, support: str) -> dict[str, Any]:
    bundle = foreign_bundle()
    bundle["entry"] = [e for e in bundle["entry"] if e["resource"]["id"] != "followup"]
    for entry in bundle["entry"]:
        res = entry["resource"]
        if res["resourceType"] == "Patient":
            res["name"] = [{"family": "Jones", "given": [person]}]
        elif res["resourceType"] == "Goal":
            res["description"] = {"text": goal}
        elif res["id"] == "wm":
            res["valueString"] = matters
        elif res["resourceType"] == "RelatedPerson":
            res["name"] = [{"text": support}]
        elif res["resourceType"] == "CarePlan":
            res["activity"].append(
                {
                    "detail": {
                        "code": {"coding": [{"system": codes.LOCAL_CODES, "code": "review-due"}]},
                        "status": "scheduled",
                        "scheduledPeriod": {"start": "2025-08-01"},
                        "description": matters,
                    }
                }
            )
    return bundle


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (_strings(k) + _strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


@settings(FUZZ, max_examples=40)
@given(goal=ANY, matters=ANY, person=ANY, support=ANY, practice=ANY)
def test_any_unicode_goes_through_every_path_and_no_control_reaches_a_file(
    unicode_db: Database, goal: str, matters: str, person: str, support: str, practice: str
) -> None:
    with isolated(unicode_db) as services:
        exchange = FhirExchange(services.context)
        try:
            result = exchange.import_data(json.dumps(_bundle(goal, matters, person, support)))
        except ValidationError:
            return  # e.g. a name that is empty once cleaned: refused, nothing stored
        with services.context.session_factory() as session:
            stored = [
                *(p.given_name for p in session.query(m.Patient)),
                *(g.text for g in session.query(m.Goal)),
                *(w.text for w in session.query(m.WhatMatters)),
                *(s.name for s in session.query(m.Support)),
            ]
        for text in stored:
            assert not _BIDI.search(text) and not _CONTROL_BUT_LINES.search(text)
        if result.consultation_id is not None:
            printed = plan_document(
                services,
                result.consultation_id,
                PracticeDetails(practice, "0113 496 0000"),
                printed_at=NOW,
                tz=dt.UTC,
            )
            assert printed.pdf.startswith(b"%PDF") and printed.pages >= 1
            bundle = exchange.export_bundle(result.patient_id)
            for text in _strings(bundle):
                assert not _BIDI.search(text) and not _CONTROL_BUT_LINES.search(text)
            data = _calendar(exchange, result.patient_id, practice)
            body = data.decode("utf-8")
            assert not _BIDI.search(body)
            assert body.endswith("\r\n")
            assert not any(_ANY_CONTROL.search(line) for line in body[:-2].split("\r\n"))
        out = io.StringIO()
        write_worklist(
            services.worklist.worklist(WorklistFilter(due_within_days=None)), out, as_csv=True
        )
        csv_text = out.getvalue()
        assert not _BIDI.search(csv_text)
        assert not any(_ANY_CONTROL.search(line) for line in csv_text.split("\n"))


def _calendar(exchange: FhirExchange, patient_id: int, practice: str) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        result = exchange.review_calendar_file(patient_id, Path(folder) / "r.ics", practice)
        return result.path.read_bytes()
