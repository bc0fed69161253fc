"""The codes the app ships: long-term-condition registers and the results measured for them.

Where the codes come from (also in the README, "Registers and results"):

- Conditions are SNOMED CT concept ids with their preferred terms, as published in the
  SNOMED CT International Edition (which the UK Clinical Edition includes) and shown by
  the SNOMED International browser. Which registers exist, and which conditions count
  for each, follows the disease registers of NHS England's Quality and Outcomes
  Framework (QOF business rules, 2024/25); QOF uses larger code clusters, and the
  concepts here are the parent concepts of those clusters that practices record most.
- Results are LOINC codes (LOINC 2.77, Regenstrief Institute) for laboratory tests,
  observations and the PHQ-9 score, and a SNOMED CT procedure for the diabetic foot check,
  which has no LOINC code. Default target ranges follow NICE guidance (NG28 type 2
  diabetes, NG136 hypertension, NG203 chronic kidney disease) and the QOF indicators; a
  target agreed with the person always takes their place.
"""

from __future__ import annotations

from dataclasses import dataclass

from .i18n import _

SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"


@dataclass(frozen=True)
class ConditionCode:
    code: str  # SNOMED CT concept id
    term: str  # its preferred term
    register: str  # the key of the register it belongs to


@dataclass(frozen=True)
class Register:
    key: str
    code: str  # the SNOMED CT concept that names the register
    name: str
    tests: tuple[str, ...]  # the key results for people on this register
    interval_days: int = 365  # a key result older than this is missing before a visit


@dataclass(frozen=True)
class TestCode:
    key: str
    name: str  # the usual name, also the CSV column heading
    system: str
    code: str
    display: str
    unit: str
    low: float | None  # lowest and highest value a person could have (input check)
    high: float | None
    target_low: float | None = None  # the default target range, if there is one
    target_high: float | None = None
    integer: bool = False
    choices: tuple[str, ...] = ()  # for a result given in words, not a number
    aliases: tuple[str, ...] = ()


REGISTERS: tuple[Register, ...] = (
    Register(
        "diabetes",
        "73211009",
        "Diabetes mellitus",
        ("hba1c", "bp_systolic", "cholesterol", "egfr", "urine_acr", "bmi", "foot_check"),
    ),
    Register("hypertension", "38341003", "Hypertensive disorder", ("bp_systolic",)),
    Register("chd", "414545008", "Ischemic heart disease", ("bp_systolic", "cholesterol")),
    Register("heart_failure", "84114007", "Heart failure", ("bp_systolic", "weight", "egfr")),
    Register("atrial_fibrillation", "49436004", "Atrial fibrillation", ("bp_systolic",)),
    Register("stroke_tia", "230690007", "Cerebrovascular accident", ("bp_systolic", "cholesterol")),
    Register("ckd", "709044004", "Chronic kidney disease", ("egfr", "urine_acr", "bp_systolic")),
    Register("copd", "13645005", "Chronic obstructive lung disease", ("bmi",)),
    Register("asthma", "195967001", "Asthma", ("peak_flow",)),
    Register("depression", "35489007", "Depressive disorder", ("phq9",)),
    Register("dementia", "52448006", "Dementia", ()),
    Register(
        "smi", "69322001", "Psychotic disorder", ("bp_systolic", "bmi", "cholesterol", "hba1c")
    ),
    Register("rheumatoid_arthritis", "69896004", "Rheumatoid arthritis", ()),
    Register("osteoporosis", "64859006", "Osteoporosis", ()),
    Register("epilepsy", "84757009", "Epilepsy", ()),
    Register("learning_disability", "110359009", "Intellectual disability", ("bp_systolic", "bmi")),
    Register("pad", "399957001", "Peripheral arterial occlusive disease", ("bp_systolic",)),
    Register("cancer", "363346000", "Malignant neoplastic disease", ()),
    Register("obesity", "414916001", "Obesity", ("bmi", "weight")),
)

CONDITIONS: tuple[ConditionCode, ...] = (
    ConditionCode("73211009", "Diabetes mellitus", "diabetes"),
    ConditionCode("46635009", "Type 1 diabetes mellitus", "diabetes"),
    ConditionCode("44054006", "Type 2 diabetes mellitus", "diabetes"),
    ConditionCode("38341003", "Hypertensive disorder", "hypertension"),
    ConditionCode("59621000", "Essential hypertension", "hypertension"),
    ConditionCode("414545008", "Ischemic heart disease", "chd"),
    ConditionCode("53741008", "Coronary arteriosclerosis", "chd"),
    ConditionCode("22298006", "Myocardial infarction", "chd"),
    ConditionCode("84114007", "Heart failure", "heart_failure"),
    ConditionCode("49436004", "Atrial fibrillation", "atrial_fibrillation"),
    ConditionCode("230690007", "Cerebrovascular accident", "stroke_tia"),
    ConditionCode("266257000", "Transient ischemic attack", "stroke_tia"),
    ConditionCode("422504002", "Ischemic stroke", "stroke_tia"),
    ConditionCode("274100004", "Cerebral hemorrhage", "stroke_tia"),
    ConditionCode("709044004", "Chronic kidney disease", "ckd"),
    # The CKD register holds stages 3 to 5 (stages 1 and 2 are not on it).
    ConditionCode("433144002", "Chronic kidney disease stage 3", "ckd"),
    ConditionCode("431857002", "Chronic kidney disease stage 4", "ckd"),
    ConditionCode("433146000", "Chronic kidney disease stage 5", "ckd"),
    ConditionCode("13645005", "Chronic obstructive lung disease", "copd"),
    ConditionCode("195967001", "Asthma", "asthma"),
    ConditionCode("35489007", "Depressive disorder", "depression"),
    ConditionCode("52448006", "Dementia", "dementia"),
    ConditionCode("69322001", "Psychotic disorder", "smi"),
    ConditionCode("58214004", "Schizophrenia", "smi"),
    ConditionCode("13746004", "Bipolar disorder", "smi"),
    ConditionCode("69896004", "Rheumatoid arthritis", "rheumatoid_arthritis"),
    ConditionCode("64859006", "Osteoporosis", "osteoporosis"),
    ConditionCode("84757009", "Epilepsy", "epilepsy"),
    ConditionCode("110359009", "Intellectual disability", "learning_disability"),
    ConditionCode("399957001", "Peripheral arterial occlusive disease", "pad"),
    ConditionCode("363346000", "Malignant neoplastic disease", "cancer"),
    ConditionCode("414916001", "Obesity", "obesity"),
)

FOOT_RISKS = ("low risk", "moderate risk", "high risk", "active foot problem")

TESTS: tuple[TestCode, ...] = (
    TestCode(
        "hba1c",
        "HbA1c",
        LOINC,
        "59261-8",
        "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol",
        "mmol/mol",
        15,
        250,
        None,
        58,
    ),
    TestCode(
        "bp_systolic",
        "Systolic BP",
        LOINC,
        "8480-6",
        "Systolic blood pressure",
        "mmHg",
        50,
        300,
        None,
        139,
        integer=True,
        aliases=("Systolic", "SBP", "BP systolic"),
    ),
    TestCode(
        "bp_diastolic",
        "Diastolic BP",
        LOINC,
        "8462-4",
        "Diastolic blood pressure",
        "mmHg",
        20,
        200,
        None,
        89,
        integer=True,
        aliases=("Diastolic", "DBP", "BP diastolic"),
    ),
    TestCode(
        "cholesterol",
        "Cholesterol",
        LOINC,
        "2093-3",
        "Cholesterol [Moles/volume] in Serum or Plasma",
        "mmol/L",
        0.5,
        25,
        None,
        5.0,
        aliases=("Total cholesterol",),
    ),
    TestCode(
        "egfr",
        "eGFR",
        LOINC,
        "62238-1",
        "Glomerular filtration rate/1.73 sq M.predicted (CKD-EPI)",
        "mL/min/1.73m2",
        1,
        200,
        60,
        None,
    ),
    TestCode(
        "urine_acr",
        "Urine ACR",
        LOINC,
        "14958-3",
        "Microalbumin/Creatinine [Molar ratio] in Urine",
        "mg/mmol",
        0,
        3000,
        None,
        2.9,
        aliases=("ACR", "Albumin creatinine ratio"),
    ),
    TestCode("bmi", "BMI", LOINC, "39156-5", "Body mass index", "kg/m2", 10, 100, 18.5, 24.9),
    TestCode("weight", "Weight", LOINC, "29463-7", "Body weight", "kg", 2, 400),
    TestCode(
        "foot_check",
        "Foot check",
        SNOMED,
        "401191002",
        "Diabetic foot examination",
        "",
        None,
        None,
        choices=FOOT_RISKS,
        aliases=("Foot risk",),
    ),
    TestCode(
        "peak_flow",
        "Peak flow",
        LOINC,
        "19935-6",
        "Maximum expiratory gas flow Respiratory system airway by Peak flow meter",
        "L/min",
        50,
        900,
        integer=True,
        aliases=("PEFR",),
    ),
    TestCode(
        "phq9",
        "PHQ-9",
        LOINC,
        "44261-6",
        "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]",
        "score",
        0,
        27,
        None,
        9,
        integer=True,
        aliases=("PHQ9",),
    ),
)

REGISTER_BY_KEY = {r.key: r for r in REGISTERS}
TEST_BY_KEY = {t.key: t for t in TESTS}
CONDITION_BY_CODE = {c.code: c for c in CONDITIONS}
_CONDITION_BY_TERM = {c.term.casefold(): c for c in CONDITIONS}
_TEST_BY_CODE = {(t.system, t.code): t for t in TESTS}


def codes_of(register: Register) -> tuple[str, ...]:
    return tuple(c.code for c in CONDITIONS if c.register == register.key)


def find_condition(text: str) -> ConditionCode | None:
    """A condition by SNOMED CT concept id or preferred term (case ignored)."""
    value = text.strip()
    return CONDITION_BY_CODE.get(value) or _CONDITION_BY_TERM.get(value.casefold())


def find_register(text: str) -> Register | None:
    """A register by its key, its SNOMED CT code, or its name (case ignored)."""
    value = text.strip().casefold()
    for register in REGISTERS:
        if value in (register.key, register.code, register.name.casefold()):
            return register
    return None


def find_test(text: str) -> TestCode | None:
    """A result by key, usual name or alias (case and spacing ignored)."""
    value = " ".join(text.split()).casefold()
    for test in TESTS:
        names = (test.key, test.name, *test.aliases)
        if value in (n.casefold() for n in names):
            return test
    return None


def test_by_code(system: str, code: str) -> TestCode | None:
    return _TEST_BY_CODE.get((system, code))


def in_target(value: float | None, low: float | None, high: float | None) -> bool | None:
    """Whether ``value`` is within ``[low, high]``; ``None`` when there is no target."""
    if value is None or (low is None and high is None):
        return None
    return (low is None or value >= low) and (high is None or value <= high)


def register_label(register: Register) -> str:
    """The register as people in a practice say it."""
    return {
        "diabetes": _("Diabetes"),
        "hypertension": _("Hypertension"),
        "chd": _("Coronary heart disease"),
        "heart_failure": _("Heart failure"),
        "atrial_fibrillation": _("Atrial fibrillation"),
        "stroke_tia": _("Stroke and TIA"),
        "ckd": _("Chronic kidney disease"),
        "copd": _("COPD"),
        "asthma": _("Asthma"),
        "depression": _("Depression"),
        "dementia": _("Dementia"),
        "smi": _("Severe mental illness"),
        "rheumatoid_arthritis": _("Rheumatoid arthritis"),
        "osteoporosis": _("Osteoporosis"),
        "epilepsy": _("Epilepsy"),
        "learning_disability": _("Learning disability"),
        "pad": _("Peripheral arterial disease"),
        "cancer": _("Cancer"),
        "obesity": _("Obesity"),
    }.get(register.key, register.name)
