"""The demo practice's conditions and results: UK prevalences, three years of history.

Register prevalences follow NHS England's QOF 2023/24 figures for adults (e.g.
hypertension 14.8%, depression 13.2%, diabetes 7.7%, asthma 6.5%, CKD 4.4%, CHD 3.0%),
weighted by age for the conditions of later life, so the demo's adult list has about the
share a real practice's adults have. Results follow each register's usual checks (HbA1c
every six months for diabetes, PHQ-9 every four months for depression, most others yearly)
over the last three years (two years of run charts, each point looking back twelve
months), each person with a drift of their own, on average improving a
little, so run charts and trends show something real.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from typing import Any

from sqlalchemy import Connection, insert, select

from . import models as m
from .clinical_codes import CONDITIONS, REGISTER_BY_KEY, TEST_BY_KEY
from .models.registers import Condition, PreparationLetter, Result, ResultTarget
from .services.results import result_columns

CHUNK = 1000
# Two years for the run charts, each point looking back twelve months: three years.
HISTORY_DAYS = 3 * 365 + 31

# register key: (share of adults, rises with age, [(code, weight), ...])
PREVALENCE: dict[str, tuple[float, bool, tuple[tuple[str, float], ...]]] = {
    "hypertension": (0.148, True, (("59621000", 0.9), ("38341003", 0.1))),
    "depression": (0.132, False, (("35489007", 1.0),)),
    "obesity": (0.127, False, (("414916001", 1.0),)),
    "diabetes": (0.077, True, (("44054006", 0.9), ("46635009", 0.08), ("73211009", 0.02))),
    "asthma": (0.065, False, (("195967001", 1.0),)),
    "ckd": (0.044, True, (("709044004", 1.0),)),
    "cancer": (0.035, True, (("363346000", 1.0),)),
    "chd": (0.030, True, (("414545008", 0.6), ("53741008", 0.4))),
    "atrial_fibrillation": (0.022, True, (("49436004", 1.0),)),
    "stroke_tia": (0.019, True, (("230690007", 0.7), ("266257000", 0.3))),
    "copd": (0.019, True, (("13645005", 1.0),)),
    "heart_failure": (0.011, True, (("84114007", 1.0),)),
    "smi": (0.010, False, (("58214004", 0.4), ("13746004", 0.4), ("69322001", 0.2))),
    "osteoporosis": (0.010, True, (("64859006", 1.0),)),
    "dementia": (0.008, True, (("52448006", 1.0),)),
    "rheumatoid_arthritis": (0.008, False, (("69896004", 1.0),)),
    "epilepsy": (0.008, False, (("84757009", 1.0),)),
    "learning_disability": (0.006, False, (("110359009", 1.0),)),
    "pad": (0.006, True, (("399957001", 1.0),)),
}
_TERMS = {c.code: c.term for c in CONDITIONS}
EVERY = {"hba1c": 182, "phq9": 120, "peak_flow": 365}


def _age_weight(age: float) -> float:
    return math.exp((age - 60.0) / 15.0)


# The mean weight over the demo's ages (18 to 95, evenly), so weighted rates average out.
_MEAN_WEIGHT = sum(_age_weight(18 + i * 0.1) for i in range(771)) / 771


class _Person:
    def __init__(self, rng: random.Random) -> None:
        self.bmi = min(max(rng.gauss(30, 5), 17), 55)
        self.height = rng.gauss(1.70, 0.09)
        self.systolic = rng.gauss(134, 14)
        self.diastolic = self.systolic * 0.55 + rng.gauss(6, 6)
        self.hba1c = min(max(rng.gauss(56, 11), 40), 120)
        self.cholesterol = min(max(rng.gauss(4.8, 1.0), 2.5), 9)
        self.egfr = rng.gauss(78, 15)
        self.acr = math.exp(rng.gauss(0.4, 1.0))
        self.peak_flow = rng.gauss(420, 90)
        self.phq9 = rng.gauss(13, 5)
        self.drift = rng.gauss(-0.6, 1.0)  # < 0: getting better; scaled per test
        self.foot = rng.choices(range(4), weights=(70, 18, 10, 2))[0]


def _value(
    test: str, p: _Person, years_ago: float, rng: random.Random
) -> tuple[float | None, str | None]:
    t = -years_ago  # years from now (negative in the past); drift applied towards now
    d = p.drift
    if test == "hba1c":
        return round(min(max(p.hba1c + 4 * d * t + rng.gauss(0, 3), 30), 140)), None
    if test == "bp_systolic":
        return round(min(max(p.systolic + 4 * d * t + rng.gauss(0, 6), 95), 210)), None
    if test == "bp_diastolic":
        return round(min(max(p.diastolic + 2 * d * t + rng.gauss(0, 4), 50), 120)), None
    if test == "cholesterol":
        return round(min(max(p.cholesterol + 0.15 * d * t + rng.gauss(0, 0.25), 2), 10), 1), None
    if test == "egfr":
        return round(min(max(p.egfr + 1.5 * years_ago + rng.gauss(0, 4), 8), 120)), None
    if test == "urine_acr":
        return round(max(p.acr * math.exp(0.1 * d * t + rng.gauss(0, 0.2)), 0.1), 1), None
    if test == "bmi":
        return round(min(max(p.bmi + 0.4 * d * t + rng.gauss(0, 0.3), 15), 60), 1), None
    if test == "weight":
        bmi = min(max(p.bmi + 0.4 * d * t + rng.gauss(0, 0.3), 15), 60)
        return round(bmi * p.height * p.height, 1), None
    if test == "peak_flow":
        return round(min(max(p.peak_flow - 10 * d * t + rng.gauss(0, 20), 100), 800), -1), None
    if test == "phq9":
        return round(min(max(p.phq9 + 3 * d * t + rng.gauss(0, 2), 0), 27)), None
    if test == "foot_check":
        return None, TEST_BY_KEY["foot_check"].choices[p.foot]
    raise KeyError(test)


def add_registers(conn: Connection, rng: random.Random, now: dt.datetime) -> tuple[int, int]:
    """Conditions and results for every patient in the demo; returns (conditions, results)."""
    today = now.date()
    people = conn.execute(select(m.Patient.id, m.Patient.date_of_birth)).all()
    due = dict(
        conn.execute(
            select(m.Consultation.patient_id, m.Consultation.review_due).where(
                m.Consultation.review_due.is_not(None)
            )
        )
        .tuples()
        .all()
    )
    conditions: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    targets: list[dict[str, Any]] = []
    letters: list[dict[str, Any]] = []
    for pid, born in people:
        age = (today - born).days / 365.25
        registers = []
        for key, (rate, aged, codes) in PREVALENCE.items():
            p = rate * (_age_weight(age) / _MEAN_WEIGHT if aged else 1.0)
            if key == "learning_disability" and age > 70:
                p *= 0.3
            if rng.random() < min(p, 0.9):
                code = rng.choices([c for c, _w in codes], weights=[w for _c, w in codes])[0]
                years = rng.uniform(0.2, max(0.5, min(25.0, age - 18)))
                diagnosed = max(born, today - dt.timedelta(days=int(years * 365.25)))
                registers.append((key, diagnosed))
                conditions.append(
                    {
                        "patient_id": pid,
                        "code": code,
                        "term": _TERMS[code],
                        "diagnosed_on": diagnosed,
                        "source": "demo",
                        "source_id": None,
                        "created_at": now,
                    }
                )
        tests: dict[str, dt.date] = {}
        for key, diagnosed in registers:
            for test in REGISTER_BY_KEY[key].tests:
                tests[test] = min(tests.get(test, diagnosed), diagnosed)
        if not tests:
            continue
        person = _Person(rng)
        if any(key == "ckd" for key, _d in registers):
            person.egfr = rng.gauss(45, 10)
            person.acr = math.exp(rng.gauss(1.5, 1.0))
        offset = rng.randrange(0, 365)
        for test, since in tests.items():
            every = EVERY.get(test, 365)
            first_day = max(since, today - dt.timedelta(days=HISTORY_DAYS))
            day = today - dt.timedelta(days=offset % every + rng.randrange(0, 10))
            while day >= first_day:
                if rng.random() < 0.9:
                    pair = ("bp_systolic", "bp_diastolic") if test == "bp_systolic" else (test,)
                    for key in pair:
                        value, words = _value(key, person, (today - day).days / 365.25, rng)
                        results.append(
                            result_columns(
                                pid, TEST_BY_KEY[key], (value, words), day, ("demo", None), now
                            )
                        )
                day -= dt.timedelta(days=every)
        if "hba1c" in tests and rng.random() < 0.2:
            high = rng.choice((48.0, 53.0, 53.0, 64.0))
            targets.append(
                {"patient_id": pid, "test": "hba1c", "low": None, "high": high, "agreed_on": today}
            )
        if "bp_systolic" in tests and age >= 80:
            targets.append(
                {
                    "patient_id": pid,
                    "test": "bp_systolic",
                    "low": None,
                    "high": 149.0,
                    "agreed_on": today,
                }
            )
        soon = due.get(pid)
        if soon is not None and soon <= today + dt.timedelta(days=28) and rng.random() < 0.4:
            letters.append(
                {
                    "patient_id": pid,
                    "sent_on": today - dt.timedelta(days=rng.randrange(1, 20)),
                    "staff_id": None,
                    "created_at": now,
                }
            )
    for table, rows in (
        (Condition, conditions),
        (Result, results),
        (ResultTarget, targets),
        (PreparationLetter, letters),
    ):
        for start in range(0, len(rows), CHUNK):
            conn.execute(insert(table), rows[start : start + CHUNK])
    return len(conditions), len(results)
