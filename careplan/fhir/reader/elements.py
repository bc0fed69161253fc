"""The elements FHIR R4 (4.0.1) defines for each resource type this app reads.

An element outside these makes a resource that is not FHIR R4, and the file is refused; a
test checks the lists against an independent R4 model library.
"""

from __future__ import annotations

import re

from ...i18n import _
from .node import Node, safe


def _names(words: str) -> frozenset[str]:
    return frozenset(words.split())


_BASE = _names("id meta implicitRules language text contained extension modifierExtension")
# The elements FHIR R4 (4.0.1) defines for each resource this app imports; a test checks
# these against an independent R4 model library.
RESOURCE_ELEMENTS: dict[str, frozenset[str]] = {
    "Patient": _BASE
    | _names(
        "identifier active name telecom gender birthDate deceasedBoolean deceasedDateTime "
        "address maritalStatus multipleBirthBoolean multipleBirthInteger photo contact "
        "communication generalPractitioner managingOrganization link"
    ),
    "Practitioner": _BASE
    | _names(
        "identifier active name telecom address gender birthDate photo qualification communication"
    ),
    "RelatedPerson": _BASE
    | _names(
        "identifier active patient relationship name telecom gender birthDate address photo "
        "period communication"
    ),
    "Organization": _BASE
    | _names("identifier active type name alias telecom address partOf contact endpoint"),
    "CareTeam": _BASE
    | _names(
        "identifier status category name subject encounter period participant reasonCode "
        "reasonReference managingOrganization telecom note"
    ),
    "CarePlan": _BASE
    | _names(
        "identifier instantiatesCanonical instantiatesUri basedOn replaces partOf status intent "
        "category title description subject encounter period created author contributor "
        "careTeam addresses supportingInfo goal activity note"
    ),
    "Goal": _BASE
    | _names(
        "identifier lifecycleStatus achievementStatus category priority description subject "
        "startDate startCodeableConcept target statusDate statusReason expressedBy addresses "
        "note outcomeCode outcomeReference"
    ),
    "Observation": _BASE
    | _names(
        "identifier basedOn partOf status category code subject focus encounter "
        "effectiveDateTime effectivePeriod effectiveTiming effectiveInstant issued performer "
        "valueQuantity valueCodeableConcept valueString valueBoolean valueInteger valueRange "
        "valueRatio valueSampledData valueTime valueDateTime valuePeriod dataAbsentReason "
        "interpretation note bodySite method specimen device referenceRange hasMember "
        "derivedFrom component"
    ),
    "Condition": _BASE
    | _names(
        "identifier clinicalStatus verificationStatus category severity code bodySite subject "
        "encounter onsetDateTime onsetAge onsetPeriod onsetRange onsetString abatementDateTime "
        "abatementAge abatementPeriod abatementRange abatementString recordedDate recorder "
        "asserter stage evidence note"
    ),
    "List": _BASE
    | _names(
        "identifier status mode title code subject encounter date source orderedBy note entry "
        "emptyReason"
    ),
    "QuestionnaireResponse": _BASE
    | _names(
        "identifier basedOn partOf questionnaire status subject encounter authored author "
        "source item"
    ),
}
_KEY = re.compile(r"_?[A-Za-z]{1,64}")


def check_elements(node: Node, kind: str) -> None:
    allowed = RESOURCE_ELEMENTS.get(kind)
    if allowed is None:
        return
    for key in node.value:
        plain = key[1:] if key.startswith("_") else key
        if plain not in allowed and plain != "resourceType":
            raise node.fail(
                _("has an element '{name}' that FHIR R4 does not define here.").format(
                    name=safe(key, _KEY)
                )
            )
