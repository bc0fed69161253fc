"""Exchanging plans with other systems: FHIR R4 export and import, the review calendar.

The mapping between this app's plan and FHIR is described in :mod:`careplan.fhir.codes`
(codes and their sources), :mod:`careplan.fhir.export` and :mod:`careplan.fhir.reader`.
"""

from __future__ import annotations

from .document import PlanDocument
from .importing import ImportPreview, ImportResult
from .people import PersonMismatch, PersonSummary
from .reading import MAX_BYTES, BundleError
from .service import CalendarResult, ExportResult, FhirExchange

__all__ = [
    "MAX_BYTES",
    "BundleError",
    "CalendarResult",
    "ExportResult",
    "FhirExchange",
    "ImportPreview",
    "ImportResult",
    "PersonMismatch",
    "PersonSummary",
    "PlanDocument",
]
