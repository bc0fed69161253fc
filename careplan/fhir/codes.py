"""Every code system, code and extension the FHIR exchange uses, with where it comes from.

FHIR R4 (4.0.1) core: https://hl7.org/fhir/R4/ (terminology.hl7.org code systems).
HL7 Person-Centered Outcomes (PCO) implementation guide, STU 1 (1.0.0, based on R4):
https://hl7.org/fhir/us/pco/ — its FSH sources are in github.com/HL7/pco-ig (input/fsh):
- GAS score observation (profile ``pco-gas-score-observation``, GASProfiles.fsh): code from
  the value set ``goal-attainment-scaling-score`` (LOINC 107332-9, 107333-7, 107334-5,
  107331-1, baseline 112296-9), value a LOINC answer from list LL6900-6 (GASTerminology.fsh,
  GASExamples.fsh give the five answer codes).
- Readiness assessment (profile ``pco-readiness-assessment``, PCOReadinessAssessment.fsh):
  code ``importance`` or ``confidence`` from CodeSystem ``readiness-assessment-concepts``,
  value a LOINC answer from list LL2335-9, the 0-10 numeric rating scale (PCOExamples.fsh
  uses LA10140-4 for 8 and LA6114-8 for 3).
- Goal barrier (profile ``pco-goal-barrier``, PCOGoalBarrier.fsh): code SNOMED CT
  811791000000103 "Identifying barriers to goal achievement" (value set
  ``goal-barrier-codes`` as published in STU 1), ``focus`` the goal, ``valueString`` the
  barrier in the person's words.
- What matters (PCO CodeSystem ``pco-concepts``, code ``what-matters``), as category and code
  of an Observation whose ``valueString`` is the person's own statement; goals point to it
  with ``Goal.addresses`` as in the PCO goal examples.
NHS number: the identifier system https://fhir.nhs.uk/Id/nhs-number (NHS England).
UK Core (HL7 UK / NHS England, based on R4; its profiles are in the Simplifier project
``hl7fhirukcorer4``, canonical base https://fhir.hl7.org.uk/StructureDefinition/): the
people in a plan claim the released profiles ``UKCore-Patient``, ``UKCore-Practitioner``,
``UKCore-RelatedPerson`` and ``UKCore-Organization`` in ``meta.profile``
(:data:`UK_CORE_PROFILES`); each leaves every element the app writes optional. UK Core's
CarePlan and CareTeam profiles are still in development, so the plan, its goals, care teams,
agenda (List) and preparation (QuestionnaireResponse) are plain R4 with PCO and local codes.
The person's conditions and results claim ``UKCore-Condition`` and ``UKCore-Observation``:
a Condition has its clinical and verification status (R4 code systems
``condition-clinical``, ``condition-ver-status``), the category ``problem-list-item``
(``condition-category``) and a SNOMED CT code from ``careplan/clinical_codes.py``; a result
is an Observation coded as ``careplan/clinical_codes.py`` says (LOINC, or SNOMED CT for the
foot check), with a UCUM unit (https://ucum.org) and an R4 ``observation-category``. A blood
pressure is one Observation as the R4 vital signs profile asks (``observation-vitalsigns``,
``observation-bp``: LOINC 85354-9 with components 8480-6 systolic and 8462-4 diastolic);
import also reads LOINC 55284-4, the panel code other systems use.

What neither FHIR nor PCO has a place for (the parts of an action plan, if-things-get-worse
steps, the named contact, review panels) uses this app's own code system and extensions
under :data:`LOCAL_BASE`. It is on the ``.invalid`` top-level domain, which RFC 2606 reserves
so that it can never belong to anyone else.
"""

from __future__ import annotations

from typing import Final

FHIR_VERSION: Final = "4.0.1"


def _local_codes(prefix: str, values: tuple[str, ...]) -> dict[str, str]:
    """This app's own code for each stored value: ``prefix-value`` in kebab case
    (``partly_done`` is ``action-partly-done``)."""
    return {value: f"{prefix}-{value.replace('_', '-')}" for value in values}


# ----- identifiers ------------------------------------------------------------------------
NHS_NUMBER_SYSTEM: Final = "https://fhir.nhs.uk/Id/nhs-number"
URN_UUID: Final = "urn:uuid:"

UK_CORE_BASE: Final = "https://fhir.hl7.org.uk/StructureDefinition/"
UK_CORE_PROFILES: Final = {
    kind: f"{UK_CORE_BASE}UKCore-{kind}"
    for kind in (
        "Patient",
        "Practitioner",
        "RelatedPerson",
        "Organization",
        "Condition",
        "Observation",
    )
}

# ----- external code systems ----------------------------------------------------------------
LOINC: Final = "http://loinc.org"
SNOMED: Final = "http://snomed.info/sct"
OBSERVATION_CATEGORY: Final = "http://terminology.hl7.org/CodeSystem/observation-category"
GOAL_PRIORITY: Final = "http://terminology.hl7.org/CodeSystem/goal-priority"
GOAL_ACHIEVEMENT: Final = "http://terminology.hl7.org/CodeSystem/goal-achievement"
PARTICIPATION_MODE: Final = "http://terminology.hl7.org/CodeSystem/v3-ParticipationMode"
PCO_CONCEPTS: Final = "http://hl7.org/fhir/us/pco/CodeSystem/pco-concepts"
PCO_READINESS: Final = "http://hl7.org/fhir/us/pco/CodeSystem/readiness-assessment-concepts"
CONDITION_CLINICAL: Final = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDITION_VERIFICATION: Final = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDITION_CATEGORY: Final = "http://terminology.hl7.org/CodeSystem/condition-category"
UCUM: Final = "http://unitsofmeasure.org"
BLOOD_PRESSURE_PANEL: Final = "85354-9"
BLOOD_PRESSURE_PANELS: Final = frozenset({BLOOD_PRESSURE_PANEL, "55284-4"})
# Core R4 extension: the person needs an interpreter.
EXT_INTERPRETER_REQUIRED: Final = (
    "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired"
)

# ----- PCO codes -----------------------------------------------------------------------------
WHAT_MATTERS: Final = "what-matters"
READINESS_IMPORTANCE: Final = "importance"
READINESS_CONFIDENCE: Final = "confidence"
GOAL_BARRIER_CODE: Final = "811791000000103"
GOAL_BARRIER_DISPLAY: Final = "Identifying barriers to goal achievement"

GAS_REPORTED: Final = "107332-9"
GAS_PRACTITIONER_FOLLOW_UP: Final = "107333-7"
GAS_PATIENT_FOLLOW_UP: Final = "107334-5"
GAS_CAREGIVER_FOLLOW_UP: Final = "107331-1"
GAS_BASELINE: Final = "112296-9"
GAS_FOLLOW_UP_CODES: Final = frozenset(
    {GAS_REPORTED, GAS_PRACTITIONER_FOLLOW_UP, GAS_PATIENT_FOLLOW_UP, GAS_CAREGIVER_FOLLOW_UP}
)
GAS_DISPLAY: Final = {
    GAS_REPORTED: "Goal attainment scale - Reported",
    GAS_PRACTITIONER_FOLLOW_UP: "Practitioner follow-up goal attainment scaling score",
    GAS_PATIENT_FOLLOW_UP: "Patient follow-up goal attainment scaling score",
    GAS_CAREGIVER_FOLLOW_UP: "Caregiver follow-up goal attainment scaling score",
    GAS_BASELINE: "Goal attainment scale GAS baseline",
}

# LOINC answer list LL6900-6: the five Goal Attainment Scale levels, -2 .. +2.
GAS_ANSWERS: Final = {
    -2: ("LA34484-8", "Much less than expected"),
    -1: ("LA34483-0", "Less than expected"),
    0: ("LA34481-4", "Expected outcome"),
    1: ("LA34480-6", "Better than expected"),
    2: ("LA34479-8", "Much better than expected"),
}
GAS_BY_CODE: Final = {code: level for level, (code, _display) in GAS_ANSWERS.items()}

# LOINC answer list LL2335-9: the 0-10 numeric rating scale.
RATING_ANSWERS: Final = {
    0: "LA6111-4",
    1: "LA6112-2",
    2: "LA6113-0",
    3: "LA6114-8",
    4: "LA6115-5",
    5: "LA10137-0",
    6: "LA10138-8",
    7: "LA10139-6",
    8: "LA10140-4",
    9: "LA10141-2",
    10: "LA13942-0",
}
RATING_BY_CODE: Final = {code: value for value, code in RATING_ANSWERS.items()}

# v3 ParticipationMode: how a review was held.
REVIEW_MODES: Final = {"in_person": "FACE", "phone": "PHONE", "video": "VIDEOCONF"}
REVIEW_MODE_DISPLAY: Final = {
    "FACE": "face-to-face",
    "PHONE": "telephone",
    "VIDEOCONF": "videoconferencing",
}
REVIEW_MODE_BY_CODE: Final = {code: mode for mode, code in REVIEW_MODES.items()}

# Every resource type FHIR R4 (4.0.1) defines (its resource list; the official R4 JSON Schema's
# discriminator names the same 146, which a test checks). A file naming any other type is
# not FHIR R4.
R4_RESOURCE_TYPES: Final = frozenset(
    [
        "Account",
        "ActivityDefinition",
        "AdverseEvent",
        "AllergyIntolerance",
        "Appointment",
        "AppointmentResponse",
        "AuditEvent",
        "Basic",
        "Binary",
        "BiologicallyDerivedProduct",
        "BodyStructure",
        "Bundle",
        "CapabilityStatement",
        "CarePlan",
        "CareTeam",
        "CatalogEntry",
        "ChargeItem",
        "ChargeItemDefinition",
        "Claim",
        "ClaimResponse",
        "ClinicalImpression",
        "CodeSystem",
        "Communication",
        "CommunicationRequest",
        "CompartmentDefinition",
        "Composition",
        "ConceptMap",
        "Condition",
        "Consent",
        "Contract",
        "Coverage",
        "CoverageEligibilityRequest",
        "CoverageEligibilityResponse",
        "DetectedIssue",
        "Device",
        "DeviceDefinition",
        "DeviceMetric",
        "DeviceRequest",
        "DeviceUseStatement",
        "DiagnosticReport",
        "DocumentManifest",
        "DocumentReference",
        "EffectEvidenceSynthesis",
        "Encounter",
        "Endpoint",
        "EnrollmentRequest",
        "EnrollmentResponse",
        "EpisodeOfCare",
        "EventDefinition",
        "Evidence",
        "EvidenceVariable",
        "ExampleScenario",
        "ExplanationOfBenefit",
        "FamilyMemberHistory",
        "Flag",
        "Goal",
        "GraphDefinition",
        "Group",
        "GuidanceResponse",
        "HealthcareService",
        "ImagingStudy",
        "Immunization",
        "ImmunizationEvaluation",
        "ImmunizationRecommendation",
        "ImplementationGuide",
        "InsurancePlan",
        "Invoice",
        "Library",
        "Linkage",
        "List",
        "Location",
        "Measure",
        "MeasureReport",
        "Media",
        "Medication",
        "MedicationAdministration",
        "MedicationDispense",
        "MedicationKnowledge",
        "MedicationRequest",
        "MedicationStatement",
        "MedicinalProduct",
        "MedicinalProductAuthorization",
        "MedicinalProductContraindication",
        "MedicinalProductIndication",
        "MedicinalProductIngredient",
        "MedicinalProductInteraction",
        "MedicinalProductManufactured",
        "MedicinalProductPackaged",
        "MedicinalProductPharmaceutical",
        "MedicinalProductUndesirableEffect",
        "MessageDefinition",
        "MessageHeader",
        "MolecularSequence",
        "NamingSystem",
        "NutritionOrder",
        "Observation",
        "ObservationDefinition",
        "OperationDefinition",
        "OperationOutcome",
        "Organization",
        "OrganizationAffiliation",
        "Parameters",
        "Patient",
        "PaymentNotice",
        "PaymentReconciliation",
        "Person",
        "PlanDefinition",
        "Practitioner",
        "PractitionerRole",
        "Procedure",
        "Provenance",
        "Questionnaire",
        "QuestionnaireResponse",
        "RelatedPerson",
        "RequestGroup",
        "ResearchDefinition",
        "ResearchElementDefinition",
        "ResearchStudy",
        "ResearchSubject",
        "RiskAssessment",
        "RiskEvidenceSynthesis",
        "Schedule",
        "SearchParameter",
        "ServiceRequest",
        "Slot",
        "Specimen",
        "SpecimenDefinition",
        "StructureDefinition",
        "StructureMap",
        "Subscription",
        "Substance",
        "SubstanceNucleicAcid",
        "SubstancePolymer",
        "SubstanceProtein",
        "SubstanceReferenceInformation",
        "SubstanceSourceMaterial",
        "SubstanceSpecification",
        "SupplyDelivery",
        "SupplyRequest",
        "Task",
        "TerminologyCapabilities",
        "TestReport",
        "TestScript",
        "ValueSet",
        "VerificationResult",
        "VisionPrescription",
    ]
)

# ----- FHIR R4 required bindings the importer reads ----------------------------------------------
BUNDLE_TYPES: Final = frozenset(
    {
        "document",
        "message",
        "transaction",
        "transaction-response",
        "batch",
        "batch-response",
        "history",
        "searchset",
        "collection",
    }
)
CAREPLAN_STATUSES: Final = frozenset(
    {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"}
)
CAREPLAN_INTENTS: Final = frozenset({"proposal", "plan", "order", "option"})
ACTIVITY_STATUSES: Final = frozenset(
    {
        "not-started",
        "scheduled",
        "in-progress",
        "on-hold",
        "completed",
        "cancelled",
        "stopped",
        "unknown",
        "entered-in-error",
    }
)
GOAL_LIFECYCLE: Final = frozenset(
    {
        "proposed",
        "planned",
        "accepted",
        "active",
        "on-hold",
        "completed",
        "cancelled",
        "entered-in-error",
        "rejected",
    }
)
GOAL_ACHIEVEMENT_CODES: Final = frozenset(
    {
        "in-progress",
        "improving",
        "worsening",
        "no-change",
        "achieved",
        "sustaining",
        "not-achieved",
        "no-progress",
        "not-attainable",
    }
)
OBSERVATION_STATUSES: Final = frozenset(
    {
        "registered",
        "preliminary",
        "final",
        "amended",
        "corrected",
        "cancelled",
        "entered-in-error",
        "unknown",
    }
)
CARETEAM_STATUSES: Final = frozenset(
    {"proposed", "active", "suspended", "inactive", "entered-in-error"}
)
CONTACT_POINT_SYSTEMS: Final = frozenset({"phone", "fax", "email", "pager", "url", "sms", "other"})
NAME_USES: Final = frozenset(
    {"usual", "official", "temp", "nickname", "anonymous", "old", "maiden"}
)

# ----- this app's own code system and extensions ------------------------------------------------
LOCAL_BASE: Final = "https://careplan.invalid/fhir"
LOCAL_CODES: Final = f"{LOCAL_BASE}/CodeSystem/careplan"
# The review date of the plan, as a scheduled activity.
CODE_REVIEW_DUE: Final = "review-due"
# A review of the plan: the panel that holds its GAS scores and action outcomes.
CODE_PLAN_REVIEW: Final = "plan-review"
CODE_NEXT_REVIEW: Final = "next-review-date"
CODE_ACTION_REVIEW: Final = "action-review"
CODE_NAMED_CONTACT: Final = "named-contact"
ESCALATION_CODES: Final = _local_codes("escalation", ("green", "amber", "red"))
ESCALATION_BY_CODE: Final = {code: level for level, code in ESCALATION_CODES.items()}
SUPPORT_CODES: Final = _local_codes("support", ("person", "community", "resource"))
SUPPORT_BY_CODE: Final = {code: kind for kind, code in SUPPORT_CODES.items()}
OUTCOME_CODES: Final = _local_codes(
    "action", ("done", "partly_done", "not_done", "kept", "changed", "dropped")
)
OUTCOME_BY_CODE: Final = {code: outcome for outcome, code in OUTCOME_CODES.items()}
# The agenda: a List (code ``consultation-agenda``) whose entries are the topics, each
# with who raised it (extension, a RaisedBy code) and whether it was discussed or deferred
# (``List.entry.flag``).
CODE_AGENDA: Final = "consultation-agenda"
AGENDA_STATUS_CODES: Final = _local_codes("agenda", ("open", "discussed", "deferred"))
AGENDA_STATUS_BY_CODE: Final = {code: status for status, code in AGENDA_STATUS_CODES.items()}
RAISED_BY_CODES: Final = frozenset({"patient", "carer", "clinician"})
EXT_RAISED_BY: Final = f"{LOCAL_BASE}/StructureDefinition/raised-by"
# Who was present: a CareTeam with category ``people-present``; each participant's role is
# one of these codes (a ParticipantRole), the member a Patient, Practitioner or RelatedPerson.
CODE_PEOPLE_PRESENT: Final = "people-present"
PRESENT_CODES: Final = _local_codes(
    "present", ("patient", "carer", "family", "interpreter", "clinician", "other")
)
PRESENT_BY_CODE: Final = {code: role for role, code in PRESENT_CODES.items()}
# The preparation: the person's prompts as a QuestionnaireResponse to this app's own
# questionnaire (answers in the person's words), and the results shared before the
# conversation as Observations with the category ``preparation-result``.
PREPARATION_QUESTIONNAIRE: Final = f"{LOCAL_BASE}/Questionnaire/preparation"
PREPARATION_ITEMS: Final = {
    "what-matters": "What matters to me",
    "talk-about": "What I want to talk about",
    "conditions-effect": "How my conditions affect my day",
    "who-involved": "Who I want involved",
    "information-preference": "How I like to receive information",
}
CODE_PREPARATION_RESULT: Final = "preparation-result"
# An earlier revision of a plan, exported with --all-revisions, is a CarePlan that the next
# one ``replaces`` (R4 CarePlan.replaces).

LOCAL_DISPLAY: Final = {
    CODE_REVIEW_DUE: "Review of the care plan",
    CODE_PLAN_REVIEW: "Care plan review",
    CODE_NEXT_REVIEW: "Next review date",
    CODE_ACTION_REVIEW: "Action reviewed",
    CODE_NAMED_CONTACT: "Named contact",
    "escalation-green": "If things get worse: green",
    "escalation-amber": "If things get worse: amber",
    "escalation-red": "If things get worse: red",
    "support-person": "Support: a person",
    "support-community": "Support: a community service",
    "support-resource": "Support: a resource",
    "action-kept": "Kept",
    "action-changed": "Changed",
    "action-dropped": "Dropped",
    CODE_AGENDA: "Agenda of the consultation",
    CODE_PEOPLE_PRESENT: "People present at the consultation",
    CODE_PREPARATION_RESULT: "Result shared before the consultation",
    "agenda-open": "Not yet discussed",
    "agenda-discussed": "Discussed",
    "agenda-deferred": "Deferred to a later visit",
    "present-patient": "The person",
    "present-carer": "Carer",
    "present-family": "Family member",
    "present-interpreter": "Interpreter",
    "present-clinician": "Clinician",
    "present-other": "Other",
}

EXT_ACTIVITY: Final = f"{LOCAL_BASE}/StructureDefinition/activity"
EXT_CONFIDENCE_RATING: Final = f"{LOCAL_BASE}/StructureDefinition/confidence-rating"
EXT_STATUS_AFTER: Final = f"{LOCAL_BASE}/StructureDefinition/goal-status-after"
EXT_ACTION_PLAN: Final = f"{LOCAL_BASE}/StructureDefinition/action-plan"
EXT_CONTACT_PHONE: Final = f"{LOCAL_BASE}/StructureDefinition/contact-phone"
EXT_COMMUNICATION: Final = f"{LOCAL_BASE}/StructureDefinition/communication-needs"

# The wording of Goal.statusReason that marks a goal replaced by a reworded one.
REVISED_REASON: Final = "Revised: replaced by a reworded goal"

# Namespace of the deterministic resource ids (UUID version 5): the same plan exported
# from any database gives the same ids, so two exports can be compared line by line.
ID_NAMESPACE: Final = "6f1d3b8e-2c44-5b0e-9d51-8a7c0e4f2b19"
