"""The Patient: who the plan belongs to."""

from __future__ import annotations

from ...errors import ValidationError
from ...i18n import _
from ...identifiers import normalise_nhs_number
from .. import codes as c
from ..document import PersonDoc
from .index import Entry, Index, unmapped
from .node import Node, concept_words

PATIENT_MAPPED = frozenset(
    ["identifier", "name", "telecom", "birthDate", "address", "communication", "active"]
)


def person(index: Index, entry: Entry) -> PersonDoc:
    node = entry.node
    node.no_modifiers()
    if node.has("implicitRules"):
        raise node.fail(_("has implicit rules this app cannot follow."), "implicitRules")
    nhs = nhs_number(node)
    official: Node | None = None
    preferred: str | None = None
    names = node.nodes("name")
    for name in names:
        use = name.code("use", c.NAME_USES)
        if use == "official" and official is None:
            official = name
    if official is None:
        plain = [n for n in names if n.value.get("use") not in ("usual", "nickname", "old")]
        official = plain[0] if plain else (names[0] if names else None)
    if official is None:
        raise node.fail(_("has no name, so it cannot be matched to a person safely."), "name")
    family = official.string("family")
    given = " ".join(official.strings("given"))
    if not family or not given:
        raise official.fail(
            _("needs a family name and a given name to be matched to a person safely.")
        )
    for name in names:
        if name is not official and name.value.get("use") in ("usual", "nickname"):
            words = " ".join(name.strings("given"))
            if words:
                preferred = words
                break
    born = node.partial_date("birthDate")
    if born is None:
        raise node.fail(
            _("has no full date of birth, so it cannot be matched to a person safely."),
            "birthDate",
        )
    phone = email = None
    for point in node.nodes("telecom"):
        system = point.code("system", c.CONTACT_POINT_SYSTEMS)
        value = point.string("value")
        if system == "phone" and phone is None:
            phone = value
        elif system == "email" and email is None:
            email = value
    interpreter = large = easy = False
    notes = None
    for ext in node.extensions():
        if ext.value["url"] == c.EXT_INTERPRETER_REQUIRED:
            interpreter = bool(ext.boolean("valueBoolean"))
        elif ext.value["url"] == c.EXT_COMMUNICATION:
            for part in ext.extensions():
                url = part.value["url"]
                if url == "largePrint":
                    large = bool(part.boolean("valueBoolean"))
                elif url == "easyRead":
                    easy = bool(part.boolean("valueBoolean"))
                elif url == "notes":
                    notes = part.string("valueString")
    language = None
    chosen = None
    for comm in node.nodes("communication"):
        if chosen is None or comm.boolean("preferred"):
            chosen = comm
    if interpreter and chosen is not None:
        language = concept_words(chosen.node("language", required=True))
    unmapped(index, entry, PATIENT_MAPPED)
    return PersonDoc(
        given_name=given,
        family_name=family,
        date_of_birth=born,
        nhs_number=nhs,
        preferred_name=preferred,
        phone=phone,
        email=email,
        address=_address(node),
        large_print=large,
        easy_read=easy,
        interpreter_language=language,
        communication_notes=notes,
    )


def nhs_number(node: Node) -> str | None:
    nhs: str | None = None
    for ident in node.nodes("identifier"):
        if ident.string("system") != c.NHS_NUMBER_SYSTEM:
            continue
        value = ident.string("value", required=True)
        assert value is not None
        try:
            number = normalise_nhs_number(value, ident.at("value"))
        except ValidationError as exc:
            raise ident.fail(exc.message, "value") from None
        if nhs is not None and number != nhs:
            raise node.fail(_("gives two different NHS numbers."), "identifier")
        nhs = number
    return nhs


def _address(node: Node) -> str | None:
    for place in node.nodes("address"):
        lines = [
            *place.strings("line"),
            *(
                v
                for v in (
                    place.string("city"),
                    place.string("district"),
                    place.string("postalCode"),
                )
                if v
            ),
        ]
        return place.string("text") or "\n".join(lines) or None
    return None
