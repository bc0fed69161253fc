"""Care teams: the named contact, the person's support, and who was present."""

from __future__ import annotations

from ...i18n import _
from ...text import NAME_MAX, SHORT_MAX, TEXT_MAX
from .. import codes as c
from ..document import ParticipantDoc, SupportDoc
from .context import Reading
from .index import Entry
from .node import Node, codings, first_telecom, has_code
from .reviews import name_of

Named = tuple[str | None, str | None, str | None]
_MEMBERS = {
    "Practitioner",
    "PractitionerRole",
    "RelatedPerson",
    "Patient",
    "Organization",
    "CareTeam",
}


def care_teams(
    reading: Reading, plan: Entry | None
) -> tuple[Named, list[SupportDoc], list[ParticipantDoc]]:
    listed: list[Entry] = []
    if plan is not None:
        for ref in plan.node.nodes("careTeam"):
            entry = reading.index.resolve(ref, plan, {"CareTeam"}, "care team")
            if entry is not None:
                listed.append(entry)
    teams = list(dict.fromkeys([*listed, *reading.index.of_type("CareTeam")]))
    named: Named = (None, None, None)
    supports: list[SupportDoc] = []
    present: list[ParticipantDoc] = []
    for team in teams:
        node = team.node
        node.code("status", c.CARETEAM_STATUSES)
        if not reading.about_patient(team, required=False):
            continue
        node.no_modifiers()
        reading.index.use(team)
        people_present = any(
            has_code(cat, c.LOCAL_CODES, c.CODE_PEOPLE_PRESENT) for cat in node.nodes("category")
        )
        for part in node.nodes("participant"):
            part.no_modifiers()
            roles = part.nodes("role")
            local = {k for role in roles for s, k, _d in codings(role) if s == c.LOCAL_CODES and k}
            role_words = next((w for w in (r.string("text") for r in roles) if w), None)
            member = part.node("member")
            entry = reading.index.resolve(member, team, _MEMBERS, "member")
            kind = reading.index.ref_type(member, entry)
            name = name_of(member, entry)
            if people_present:
                roles_found = [c.PRESENT_BY_CODE[k] for k in local if k in c.PRESENT_BY_CODE]
                if roles_found:
                    present.append(
                        ParticipantDoc(
                            roles_found[0],
                            None if kind == "Patient" else reading.clean_name(name, part.path),
                        )
                    )
                    continue
            if c.CODE_NAMED_CONTACT in local and named[0] is None and name:
                phone = (
                    first_telecom(entry.node, c.CONTACT_POINT_SYSTEMS, "phone") if entry else None
                )
                named = (
                    reading.clean_name(name, part.at("member")),
                    reading.clean_name(role_words, part.at("role")),
                    reading.clean_short(phone, part.at("member"), 40),
                )
                continue
            support = _support(reading, part, local, kind, name, role_words, entry)
            if support is not None:
                supports.append(support)
            else:
                reading.element(
                    team,
                    _("a member who is not a support ({kind})").format(kind=kind or _("unknown")),
                )
    return named, supports, present


def _support(
    reading: Reading,
    part: Node,
    local: set[str],
    kind: str | None,
    name: str | None,
    role_words: str | None,
    entry: Entry | None,
) -> SupportDoc | None:
    kinds = [c.SUPPORT_BY_CODE[k] for k in local if k in c.SUPPORT_BY_CODE]
    if kinds:
        support_kind = kinds[0]
    elif kind == "RelatedPerson":
        support_kind = "person"
    elif kind == "Organization":
        support_kind = "community"
    else:
        return None
    if not name:
        return None
    contact = first_telecom(entry.node, c.CONTACT_POINT_SYSTEMS) if entry is not None else None
    return SupportDoc(
        kind=support_kind,
        name=reading.clean_short(name, part.at("member"), SHORT_MAX) or "",
        contact=reading.clean_short(contact, part.at("member"), SHORT_MAX),
        how_they_help=reading.clean_text(role_words, part.at("role"), TEXT_MAX) or None,
    )


__all__ = ["NAME_MAX", "care_teams"]
