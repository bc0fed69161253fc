"""The person's conditions (FHIR Condition) and results over time (FHIR Observation).

A Condition maps when it is confirmed, still active and coded with a SNOMED CT concept on a
register this app ships; a result when its Observation is final, coded as one of the tests
this app ships (LOINC, or SNOMED CT for the foot check; a blood-pressure panel gives the
systolic and diastolic values of its components), dated, and holds a value in the test's
unit that a person could have. Everything else is left out and said so, one line a resource,
with the reason; a result or condition the app cannot keep is never a reason to refuse the
file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ... import register_checks as checks
from ...clinical_codes import CONDITION_BY_CODE, TestCode, test_by_code
from ...errors import ValidationError
from ...i18n import _
from .. import codes as c
from ..document import ConditionDoc, MeasurementDoc, PersonDoc
from .context import Reading
from .index import Entry, source_key, unmapped
from .node import Node, codings, concept_words
from .observations import kind_of

CONDITION_MAPPED = frozenset(
    [
        "identifier",
        "clinicalStatus",
        "verificationStatus",
        "category",
        "code",
        "subject",
        "onsetDateTime",
        "onsetPeriod",
    ]
)
RESULT_MAPPED = frozenset(
    [
        "identifier",
        "status",
        "category",
        "code",
        "subject",
        "issued",
        "component",
        "effectiveDateTime",
        "effectivePeriod",
        "effectiveInstant",
        "valueQuantity",
        "valueInteger",
        "valueString",
        "valueCodeableConcept",
    ]
)
_ENDED = frozenset({"inactive", "remission", "resolved"})
_RESULT_STATUSES = frozenset({"final", "amended", "corrected"})
_DROPPED = frozenset({"entered-in-error", "cancelled"})
# Units as UCUM writes them, for the units this app keeps (careplan.clinical_codes.TESTS).
UCUM_CODES = {
    "mmol/mol": "mmol/mol",
    "mmHg": "mm[Hg]",
    "mmol/L": "mmol/L",
    "mL/min/1.73m2": "mL/min/{1.73_m2}",
    "mg/mmol": "mg/mmol",
    "kg/m2": "kg/m2",
    "kg": "kg",
    "L/min": "L/min",
    "score": "{score}",
}


def source_id(entry: Entry, patient: Entry) -> str | None:
    """What names a resource where it came from, as a fixed-length key (None: nothing)."""
    where = patient.full_url or f"Patient/{patient.id or ''}"
    container = f"{entry.container.type}/{entry.container.id}#" if entry.container else ""
    return source_key(entry, lambda: f"id:{where}|{container}{entry.type}/{entry.id}")


def conditions(reading: Reading, person: PersonDoc, today: dt.date) -> tuple[ConditionDoc, ...]:
    found: dict[str, ConditionDoc] = {}
    for entry in reading.index.of_type("Condition"):
        if not reading.about_patient(entry, required=False):
            continue  # about someone else: counted among the resources left out
        reading.index.use(entry)
        doc = _condition(reading, entry, person, today)
        if doc is None:
            continue
        earlier = found.get(doc.code)
        if earlier is None:
            found[doc.code] = doc
        elif doc.diagnosed_on is not None and (
            earlier.diagnosed_on is None or doc.diagnosed_on < earlier.diagnosed_on
        ):
            # The same condition twice: one condition, diagnosed at the earlier date.
            found[doc.code] = replace(earlier, diagnosed_on=doc.diagnosed_on)
    return tuple(found.values())


def _condition(
    reading: Reading, entry: Entry, person: PersonDoc, today: dt.date
) -> ConditionDoc | None:
    node = entry.node
    if node.has("modifierExtension"):
        reading.element(entry, _("left out whole: it has a modifier extension"))
        return None
    verification = _status(node, "verificationStatus", c.CONDITION_VERIFICATION)
    if verification is not None and verification != "confirmed":
        reading.element(entry, _("left out: not confirmed ({status})").format(status=verification))
        return None
    clinical = _status(node, "clinicalStatus", c.CONDITION_CLINICAL)
    ended = any(node.has(k) for k in node.value if k.startswith("abatement"))
    if clinical in _ENDED or (clinical is None and ended):
        reading.element(
            entry,
            _("left out: no longer active ({status})").format(status=clinical or _("ended")),
        )
        return None
    code = next(
        (
            k
            for s, k, _d in codings(node.node("code"))
            if s == c.SNOMED and k is not None and k in CONDITION_BY_CODE
        ),
        None,
    )
    if code is None:
        reading.element(entry, _("left out: not a condition on this app's registers"))
        return None
    day = _onset(reading, entry, person, today)
    unmapped(reading.index, entry, CONDITION_MAPPED)
    return ConditionDoc(code, day, source_id(entry, reading.patient))


def _status(node: Node, key: str, system: str) -> str | None:
    for s, k, _d in codings(node.node(key)):
        if s == system and k:
            return k
    return None


def _onset(reading: Reading, entry: Entry, person: PersonDoc, today: dt.date) -> dt.date | None:
    node = entry.node
    day = node.partial_date("onsetDateTime")
    period = node.node("onsetPeriod")
    if day is None and period is not None:
        day = period.partial_date("start")
    if day is None:
        if any(k.startswith("onset") for k in node.value):
            reading.element(entry, _("its onset (not a full date)"))
        return None
    if day > today or day < person.date_of_birth:
        reading.element(entry, _("its date of onset (in the future or before birth)"))
        return None
    return day


# ----- results -------------------------------------------------------------------------------


def measurements(reading: Reading, person: PersonDoc, today: dt.date) -> tuple[MeasurementDoc, ...]:
    """The person's results, one a test a day (the first the file gives)."""
    found: dict[tuple[str, dt.date], MeasurementDoc] = {}
    for entry in reading.index.of_type("Observation"):
        if entry.index in reading.index.used or not reading.about_patient(entry, required=False):
            continue
        node = entry.node
        code = node.node("code")
        if code is None or kind_of(node, code, node.nodes("category")) is not None:
            continue  # a part of a plan, read with the plan
        panel = any(s == c.LOINC and k in c.BLOOD_PRESSURE_PANELS for s, k, _d in codings(code))
        spec = _test(code)
        if spec is None and not panel:
            continue  # a result this app has no place for: counted among those left out
        reading.index.use(entry)
        status = node.string("status")
        if status in _DROPPED:
            reading.element(entry, _("left out: marked {status}").format(status=status))
            continue
        if status not in _RESULT_STATUSES:
            reading.element(entry, _("left out: not final ({status})").format(status=status))
            continue
        if node.has("modifierExtension"):
            reading.element(entry, _("left out whole: it has a modifier extension"))
            continue
        day = _effective(node)
        if day is None:
            reading.element(entry, _("left out: it has no full date"))
            continue
        if day > today or day < person.date_of_birth:
            reading.element(entry, _("left out: dated in the future or before birth"))
            continue
        sid = source_id(entry, reading.patient)
        if panel:
            parts = [(_test(p.node("code")), p) for p in node.nodes("component")]
            kept = [(s, p) for s, p in parts if s is not None]
            if not kept:
                reading.element(entry, _("left out: no systolic or diastolic value"))
                continue
            if len(kept) < len(parts):
                reading.element(entry, _("its other components"))
            values = [(s, _value(reading, entry, s, p)) for s, p in kept]
            mapped = RESULT_MAPPED - {"valueQuantity", "valueInteger"}
        else:
            assert spec is not None
            values = [(spec, _value(reading, entry, spec, node))]
            mapped = RESULT_MAPPED - {"component"}
        for s, value in values:
            if value is None:
                continue
            key = (s.key, day)
            if key in found:
                reading.element(
                    entry, _("left out: a second {name} on the same day").format(name=s.name)
                )
                continue
            found[key] = MeasurementDoc(s.key, day, value[0], value[1], sid)
        unmapped(reading.index, entry, mapped)
    return tuple(found.values())


def _test(code: Node | None) -> TestCode | None:
    for system, value, _d in codings(code):
        if system and value:
            spec = test_by_code(system, value)
            if spec is not None:
                return spec
    return None


def _effective(node: Node) -> dt.date | None:
    day = node.partial_date("effectiveDateTime") or node.partial_date("effectiveInstant")
    period = node.node("effectivePeriod")
    if day is None and period is not None:
        day = period.partial_date("start")
    return day


def _value(
    reading: Reading, entry: Entry, spec: TestCode, node: Node
) -> tuple[float | None, str | None] | None:
    """The value of ``node`` (the Observation or one component) as this app keeps it."""
    raw: str | float | None = None
    if spec.choices:
        raw = node.string("valueString") or concept_words(node.node("valueCodeableConcept"))
    else:
        quantity = node.node("valueQuantity")
        number: float | None = node.integer("valueInteger")
        if quantity is not None:
            number = quantity.number("value")
            if number is not None and not _same_unit(spec, quantity):
                unit = quantity.string("unit") or quantity.string("code") or _("no unit")
                reading.element(
                    entry,
                    _("its {name} in {unit} (this app keeps {ours})").format(
                        name=spec.name, unit=unit[:20], ours=spec.unit
                    ),
                )
                return None
        elif number is not None and spec.unit != "score":
            reading.element(entry, _("its {name} without a unit").format(name=spec.name))
            return None
        raw = number
    if raw is None:
        reading.element(
            entry, _("left out: no {name} value this app can keep").format(name=spec.name)
        )
        return None
    try:
        return checks.result_value(spec, raw, "value")
    except ValidationError as exc:
        reading.element(entry, exc.message)
        return None


def _same_unit(spec: TestCode, quantity: Node) -> bool:
    code, unit = quantity.string("code"), quantity.string("unit")
    system = quantity.string("system")
    if code is not None and (system is None or system == c.UCUM):
        return code == UCUM_CODES.get(spec.unit)
    if unit is not None:
        return unit.replace(" ", "").casefold() in {
            spec.unit.replace(" ", "").casefold(),
            UCUM_CODES.get(spec.unit, "").casefold(),
        }
    return spec.unit == "score"
