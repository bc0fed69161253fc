"""The importer's list of R4 elements agrees with an independent R4 (4.0.1) model library."""

from __future__ import annotations

import fhir.resources
import pytest
from fhir.resources import get_fhir_model_class

from careplan.fhir.reader.elements import RESOURCE_ELEMENTS
from careplan.fhir.reader.index import BUNDLE_ELEMENTS, ENTRY_ELEMENTS


def _elements(model_name: str) -> set[str]:
    model = get_fhir_model_class(model_name)
    names = {field.alias for field in model.__fields__.values()}
    names -= {"resourceType", "resource_type", "fhir_comments"}  # the library's own
    return {n for n in names if not n.startswith("_") and not n.endswith("__ext")}


@pytest.mark.parametrize("name", sorted(RESOURCE_ELEMENTS))
def test_resource_elements_are_exactly_those_of_r4(name: str) -> None:
    assert fhir.resources.__fhir_version__ == "4.0.1"
    assert RESOURCE_ELEMENTS[name] == _elements(name)


def test_bundle_and_entry_elements_are_exactly_those_of_r4() -> None:
    assert _elements("Bundle") == BUNDLE_ELEMENTS
    assert _elements("BundleEntry") == ENTRY_ELEMENTS
