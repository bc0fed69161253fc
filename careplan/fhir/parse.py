"""Reading a FHIR R4 Bundle into a :class:`PlanDocument`, checking everything it reads.

The Bundle may come from this app or from other software that follows R4. What is read is
checked for its JSON type, FHIR R4 cardinality and codes (the required bindings, and the PCO
codes whose meaning is taken over); text is cleaned exactly as if a person had typed it. Any
problem refuses the whole file with a :class:`BundleError` naming the place in the file
(``entry[3].resource(Goal).lifecycleStatus``), never what the file says.

Valid FHIR this app has no place for (a GAS baseline score, a care-team member who is a
professional, an activity given only as a reference) is listed in
:attr:`PlanDocument.left_out` so the person can be told; elements not mapped at all (a
Patient's gender, narrative text) are ignored.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from ..errors import ValidationError
from ..i18n import _
from ..identifiers import normalise_nhs_number
from ..text import NAME_MAX, SHORT_MAX, TEXT_MAX, clean
from ..vocabulary import ActionOwner
from . import codes as c
from .document import (
    ActionDoc,
    ActionOutcomeDoc,
    BarrierDoc,
    EscalationDoc,
    GoalDoc,
    GoalProgressDoc,
    PersonDoc,
    PlanDoc,
    PlanDocument,
    ReviewDoc,
    SupportDoc,
)
from .reading import BundleError

Json = dict[str, Any]
Progress = Callable[[int, int], None]

MAX_ENTRIES = 5_000


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
}
BUNDLE_ELEMENTS = _names(
    "id meta implicitRules language identifier type timestamp total link entry signature"
)
ENTRY_ELEMENTS = _names(
    "id extension modifierExtension link fullUrl resource search request response"
)
GOAL_BARRIER_CODES = frozenset({c.GOAL_BARRIER_CODE, "452341000124107"})

_ID = re.compile(r"[A-Za-z0-9\-.]{1,64}")
_TYPE_NAME = re.compile(r"[A-Za-z]{1,64}")
_SAFE_CODE = re.compile(r"[A-Za-z0-9.\-]{1,40}")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_DATETIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(\.\d+)?"
    r"(Z|[+-](?:(?:0\d|1[0-3]):[0-5]\d|14:00))"
)

_GOAL_STATUS = {
    "proposed": "proposed",
    "planned": "proposed",
    "accepted": "proposed",
    "active": "active",
    "on-hold": "active",
    "completed": "achieved",
    "cancelled": "stopped",
    "rejected": "stopped",
}
_OWNER_BY_TYPE = {
    "Patient": "person",
    "RelatedPerson": "carer",
    "Practitioner": "clinician",
    "PractitionerRole": "clinician",
    "Organization": "community",
    "CareTeam": "community",
}
_EXPRESSED_BY_TYPE = {
    "Patient": "patient",
    "RelatedPerson": "carer",
    "Practitioner": "clinician",
    "PractitionerRole": "clinician",
}


def _safe(value: str, pattern: re.Pattern[str] = _SAFE_CODE) -> str:
    """``value`` if it is plainly a code or a type name, else a neutral placeholder."""
    return value if pattern.fullmatch(value) else "?"


class Node:
    """A JSON object at a place in the file, with checked accessors."""

    __slots__ = ("path", "value")

    def __init__(self, value: Json, path: str) -> None:
        self.value = value
        self.path = path

    def at(self, key: str) -> str:
        return f"{self.path}.{key}"

    def fail(self, problem: str, key: str | None = None) -> BundleError:
        where = self.at(key) if key else self.path
        return BundleError(where, f"{where}: {problem}")

    def has(self, key: str) -> bool:
        return key in self.value

    def string(self, key: str, *, required: bool = False) -> str | None:
        value = self.value.get(key)
        if value is None:
            if required:
                raise self.fail(_("is missing."), key)
            return None
        if not isinstance(value, str):
            raise self.fail(_("must be text."), key)
        if not value.strip():
            raise self.fail(_("is empty; FHIR does not allow empty text."), key)
        return value

    def code(self, key: str, allowed: frozenset[str], *, required: bool = False) -> str | None:
        value = self.string(key, required=required)
        if value is not None and value not in allowed:
            raise self.fail(
                _("'{code}' is not a code FHIR R4 allows here.").format(code=_safe(value)), key
            )
        return value

    def boolean(self, key: str) -> bool | None:
        value = self.value.get(key)
        if value is None:
            return None
        if not isinstance(value, bool):
            raise self.fail(_("must be true or false."), key)
        return value

    def integer(self, key: str) -> int | None:
        value = self.value.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(_("must be a whole number."), key)
        return value

    def node(self, key: str, *, required: bool = False) -> Node | None:
        value = self.value.get(key)
        if value is None:
            if required:
                raise self.fail(_("is missing."), key)
            return None
        if not isinstance(value, dict):
            raise self.fail(_("must be a JSON object."), key)
        return Node(value, self.at(key))

    def _list(self, key: str) -> list[Any]:
        value = self.value.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(_("must be a list."), key)
        if not value:
            raise self.fail(_("is an empty list; FHIR leaves such elements out."), key)
        return value

    def nodes(self, key: str) -> list[Node]:
        out = []
        for i, item in enumerate(self._list(key)):
            if not isinstance(item, dict):
                raise self.fail(_("must be a JSON object."), f"{key}[{i}]")
            out.append(Node(item, f"{self.path}.{key}[{i}]"))
        return out

    def strings(self, key: str) -> list[str]:
        out = []
        for i, item in enumerate(self._list(key)):
            if not isinstance(item, str) or not item.strip():
                raise self.fail(_("must be text."), f"{key}[{i}]")
            out.append(item)
        return out

    def date(self, key: str, *, required: bool = False) -> dt.date | None:
        """A full calendar date; a dateTime gives its date."""
        text = self.string(key, required=required)
        if text is None:
            return None
        match = _DATETIME.fullmatch(text) or _DATE.fullmatch(text)
        if match is None:
            raise self.fail(_("is not a FHIR date."), key)
        if match.group(2) is None or match.group(3) is None:
            raise self.fail(_("gives only a year or a month; a full date is needed."), key)
        try:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            raise self.fail(_("is not a real date."), key) from None

    def datetime(self, key: str) -> dt.datetime | None:
        """A dateTime in UTC; a plain date counts as midnight UTC."""
        text = self.string(key)
        if text is None:
            return None
        if _DATETIME.fullmatch(text) is None:
            day = self.date(key)
            assert day is not None
            return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
        try:
            value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            return value.astimezone(dt.UTC).replace(microsecond=0)
        except (ValueError, OverflowError):
            raise self.fail(_("is not a real date and time."), key) from None

    def extensions(self, key: str = "extension") -> list[Node]:
        found = self.nodes(key)
        for ext in found:
            ext.string("url", required=True)
        return found

    def extension(self, url: str) -> Node | None:
        for ext in self.extensions():
            if ext.value["url"] == url:
                return ext
        return None

    def no_modifiers(self) -> None:
        if "modifierExtension" in self.value:
            raise self.fail(
                _(
                    "has a modifier extension this app does not understand; it cannot safely "
                    "be imported."
                ),
                "modifierExtension",
            )


def _codings(concept: Node | None) -> list[tuple[str | None, str | None, str | None]]:
    if concept is None:
        return []
    out = []
    for coding in concept.nodes("coding"):
        out.append((coding.string("system"), coding.string("code"), coding.string("display")))
    concept.string("text")
    return out


def _has_code(concept: Node | None, system: str, code: str | Iterable[str]) -> bool:
    wanted = {code} if isinstance(code, str) else set(code)
    return any(s == system and k in wanted for s, k, _d in _codings(concept))


def _concept_words(concept: Node | None) -> str | None:
    if concept is None:
        return None
    text = concept.string("text")
    if text:
        return text
    for _s, _k, display in _codings(concept):
        if display:
            return display
    return None


@dataclass(eq=False)
class Entry:
    index: int
    type: str
    node: Node
    full_url: str | None


@dataclass(eq=False)
class _Observation:
    entry: Entry
    kind: str
    goal: int | None = None
    effective: dt.date | None = None
    used: bool = False


@dataclass
class _Activity:
    goal: int
    action: int


@dataclass(eq=False)
class _GoalDraft:
    entry: Entry
    doc: GoalDoc
    actions: list[ActionDoc] = field(default_factory=list)
    barriers: list[BarrierDoc] = field(default_factory=list)
    ratings: list[tuple[int, str | None, int, str]] = field(default_factory=list)


class _Reader:
    def __init__(self, entries: list[Entry], progress: Progress | None) -> None:
        self.entries = entries
        self.progress = progress
        self.by_url: dict[str, Entry] = {}
        self.by_key: dict[str, Entry] = {}
        self.left_out: Counter[str] = Counter()
        for entry in entries:
            if entry.full_url is not None:
                if entry.full_url in self.by_url:
                    raise entry.node.fail(_("has the same fullUrl as another entry."))
                self.by_url[entry.full_url] = entry
            rid = entry.node.value.get("id")
            if isinstance(rid, str):
                key = f"{entry.type}/{rid}"
                if key in self.by_key:
                    raise entry.node.fail(_("has the same type and id as another entry."))
                self.by_key[key] = entry

    def of_type(self, kind: str) -> list[Entry]:
        return [e for e in self.entries if e.type == kind]

    # ----- references ------------------------------------------------------------------------

    def resolve(self, ref: Node | None, types: Iterable[str]) -> Entry | None:
        if ref is None:
            return None
        allowed = set(types)
        reference = ref.string("reference")
        ref.string("type")
        if reference is None:
            return None
        if reference.startswith("#"):
            raise ref.fail(
                _(
                    "points to a contained resource; this app imports only resources "
                    "that are entries of the bundle."
                ),
                "reference",
            )
        entry = self.lookup(reference)
        if entry is None:
            raise ref.fail(_("refers to a resource that is not in the file."), "reference")
        if entry.type not in allowed:
            raise ref.fail(
                _("refers to a {found} where a {expected} is expected.").format(
                    found=entry.type, expected=" or ".join(sorted(allowed))
                ),
                "reference",
            )
        return entry

    def lookup(self, reference: str) -> Entry | None:
        """The entry a reference names: an absolute URL must be an entry's fullUrl; a
        relative one ("Goal/g1") may also name an entry by its type and id."""
        entry = self.by_url.get(reference)
        if entry is None and "://" not in reference:
            entry = self.by_key.get(_key_of(reference))
        return entry

    def ref_type(self, ref: Node | None, entry: Entry | None) -> str | None:
        if entry is not None:
            return entry.type
        if ref is None:
            return None
        kind = ref.string("type")
        # Reference.type is a URI: "Patient" or a StructureDefinition URL ending in it.
        return kind.rsplit("/", 1)[-1] if kind else None

    def name_of(self, ref: Node | None, entry: Entry | None) -> str | None:
        """The name of the person or organisation a reference points to, else its display."""
        if entry is not None and entry.type != "Patient":
            node = entry.node
            name = node.string("name") if entry.type == "Organization" else _human_name(node)
            if name:
                return name
        return ref.string("display") if ref is not None else None

    # ----- the document ----------------------------------------------------------------------

    def document(self) -> PlanDocument:
        patients = self.of_type("Patient")
        if len(patients) != 1:
            raise BundleError(
                "entry",
                _("The file must hold exactly one Patient; it holds {count}.").format(
                    count=len(patients)
                ),
            )
        self.patient = patients[0]
        person = self.person(self.patient.node)
        plans = self.of_type("CarePlan")
        if len(plans) != 1:
            raise BundleError(
                "entry",
                _("The file must hold exactly one CarePlan; it holds {count}.").format(
                    count=len(plans)
                ),
            )
        plan = self.care_plan(plans[0])
        return PlanDocument(
            person,
            plan,
            tuple(f"{count} × {what}" for what, count in sorted(self.left_out.items())),
        )

    def step(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)

    def check_subject(self, node: Node, key: str, *, required: bool) -> None:
        ref = node.node(key, required=required)
        if ref is None:
            return
        entry = self.resolve(ref, {"Patient"})
        if entry is not self.patient:
            raise node.fail(_("must refer to the patient of this file."), key)

    # ----- the person -------------------------------------------------------------------------

    def person(self, node: Node) -> PersonDoc:
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
            raise node.fail(_("has no name."), "name")
        family = official.string("family")
        given = " ".join(official.strings("given"))
        if not family or not given:
            raise official.fail(_("needs a family name and a given name."))
        for name in names:
            if name is not official and name.value.get("use") in ("usual", "nickname"):
                words = " ".join(name.strings("given"))
                if words:
                    preferred = words
                    break
        born = node.date("birthDate")
        if born is None:
            raise node.fail(_("has no full date of birth."), "birthDate")
        phone = email = None
        for point in node.nodes("telecom"):
            system = point.code("system", c.CONTACT_POINT_SYSTEMS)
            value = point.string("value")
            if system == "phone" and phone is None:
                phone = value
            elif system == "email" and email is None:
                email = value
        address = None
        for place in node.nodes("address"):
            address = (
                place.string("text")
                or "\n".join(
                    [
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
                )
                or None
            )
            break
        interpreter = False
        large = easy = False
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
        if interpreter:
            chosen = None
            for comm in node.nodes("communication"):
                if chosen is None or comm.boolean("preferred"):
                    chosen = comm
            if chosen is not None:
                language = _concept_words(chosen.node("language", required=True))
        node.no_modifiers()
        return PersonDoc(
            given_name=given,
            family_name=family,
            date_of_birth=born,
            nhs_number=nhs,
            preferred_name=preferred,
            phone=phone,
            email=email,
            address=address,
            large_print=large,
            easy_read=easy,
            interpreter_language=language,
            communication_notes=notes,
        )

    # ----- the plan ----------------------------------------------------------------------------

    def care_plan(self, entry: Entry) -> PlanDoc:
        node = entry.node
        status = node.code("status", c.CAREPLAN_STATUSES, required=True)
        if status == "entered-in-error":
            raise node.fail(
                _("is marked as entered in error; it is not a plan to import."), "status"
            )
        node.code("intent", c.CAREPLAN_INTENTS, required=True)
        self.check_subject(node, "subject", required=True)
        created = node.datetime("created")
        period = node.node("period")
        start = period.date("start") if period is not None else None
        if start is None and created is not None:
            start = created.date()
        author_ref = node.node("author")
        author = self.resolve(
            author_ref,
            {"Practitioner", "Patient", "RelatedPerson", "Organization", "CareTeam"},
        )
        clinician = None
        if author_ref is not None and (
            (author is not None and author.type == "Practitioner")
            or (author is None and self.ref_type(author_ref, None) in (None, "Practitioner"))
        ):
            clinician = self.name_of(author_ref, author)
        for ref in node.nodes("contributor"):
            self.resolve(
                ref, {"Practitioner", "Patient", "RelatedPerson", "Organization", "CareTeam"}
            )

        self.goal_entries = self.ordered_goals(node)
        self.goal_at = {e.index: i for i, e in enumerate(self.goal_entries)}
        self.observations = self.classify_observations()
        matters = self.ordered_matters(node)
        self.matters_at = {o.entry.index: i for i, o in enumerate(matters)}
        what_matters = tuple(
            self.text(o.entry.node, "valueString", TEXT_MAX, required=True, multiline=True) or ""
            for o in matters
        )
        goals = [self.goal(i, e) for i, e in enumerate(self.goal_entries)]

        activities: dict[str, _Activity] = {}
        escalation: list[EscalationDoc] = []
        review_date: dt.date | None = None
        for activity in node.nodes("activity"):
            activity.no_modifiers()
            detail = activity.node("detail")
            if detail is None:
                self.left_out[_("plan activity given only as a reference")] += 1
                continue
            detail.no_modifiers()
            detail.code("status", c.ACTIVITY_STATUSES, required=True)
            code = detail.node("code")
            local = {k for s, k, _d in _codings(code) if s == c.LOCAL_CODES}
            if c.CODE_REVIEW_DUE in local:
                if review_date is not None:
                    raise activity.fail(_("is a second review date; a plan has one."))
                scheduled = detail.node("scheduledPeriod")
                review_date = scheduled.date("start") if scheduled else None
                if review_date is None:
                    raise detail.fail(_("needs the review date as scheduledPeriod.start."))
                continue
            levels = [c.ESCALATION_BY_CODE[k] for k in local if k in c.ESCALATION_BY_CODE]
            if levels:
                escalation.append(self.escalation(detail, levels[0]))
                continue
            where = self.action(detail, goals, len(self.goal_entries))
            activity_id = activity.string("id")
            if activity_id is not None:
                if activity_id in activities:
                    raise activity.fail(_("has the same id as another activity."), "id")
                activities[activity_id] = where

        self.attach_observations(goals, activities)
        named, supports = self.care_teams(node)
        reviews = self.reviews(goals, activities)
        status_doc = "agreed" if status in ("active", "completed") else "draft"
        final_goals = tuple(
            replace(
                g.doc,
                actions=tuple(g.actions),
                barriers=tuple(g.barriers),
            )
            for g in goals
        )
        return PlanDoc(
            status=status_doc,
            consultation_date=start,
            created=created,
            clinician_name=self.clean_name(clinician, node.at("author")),
            named_contact_name=named[0],
            named_contact_role=named[1],
            named_contact_phone=named[2],
            review_date=review_date,
            what_matters=what_matters,
            goals=final_goals,
            supports=tuple(supports),
            escalation_steps=tuple(escalation),
            reviews=tuple(reviews),
        )

    def ordered_goals(self, plan: Node) -> list[Entry]:
        """The plan's goals in its order, then any other goal of the file in file order."""
        listed = [self.resolve(ref, {"Goal"}) for ref in plan.nodes("goal")]
        return _first_seen([*listed, *self.of_type("Goal")])

    def ordered_matters(self, plan: Node) -> list[_Observation]:
        """What matters in the order the plan lists it (supportingInfo), then file order."""
        matters = {o.entry.index: o for o in self.observations if o.kind == "what-matters"}
        listed = []
        for ref in plan.nodes("supportingInfo"):
            reference = ref.string("reference") or ""
            entry = self.lookup(reference)
            if entry is not None and entry.index in matters:
                listed.append(matters[entry.index])
        return _first_seen([*listed, *matters.values()])

    # ----- goals --------------------------------------------------------------------------------

    def goal(self, index: int, entry: Entry) -> _GoalDraft:
        node = entry.node
        node.no_modifiers()
        self.check_subject(node, "subject", required=True)
        lifecycle = node.code("lifecycleStatus", c.GOAL_LIFECYCLE, required=True)
        if lifecycle == "entered-in-error":
            raise node.fail(
                _("is marked as entered in error; remove it from the file or correct it."),
                "lifecycleStatus",
            )
        assert lifecycle is not None
        status = _GOAL_STATUS[lifecycle]
        reason = node.string("statusReason")
        if status == "stopped" and reason == c.REVISED_REASON:
            status = "revised"
        achievement = node.node("achievementStatus")
        for system, code, _d in _codings(achievement):
            if system == c.GOAL_ACHIEVEMENT and code not in c.GOAL_ACHIEVEMENT_CODES:
                raise achievement.fail(_("holds a code FHIR R4 does not define."))  # type: ignore[union-attr]
        priority = node.node("priority")
        for system, code, _d in _codings(priority):
            if system == c.GOAL_PRIORITY and code not in (
                "high-priority",
                "medium-priority",
                "low-priority",
            ):
                raise priority.fail(_("holds a code FHIR R4 does not define."))  # type: ignore[union-attr]
        description = node.node("description", required=True)
        words = _concept_words(description)
        if not words:
            raise node.fail(_("needs the goal in words (description.text)."), "description")
        text = self.clean_text(words, node.at("description"), TEXT_MAX, required=True)
        target = None
        due = None
        for t in node.nodes("target"):
            t.node("measure")
            detail = t.node("detailCodeableConcept")
            words_t = _concept_words(detail) if detail is not None else t.string("detailString")
            if words_t and target is None:
                target = self.clean_text(words_t, t.path, TEXT_MAX, required=False) or None
            if due is None:
                due = t.date("dueDate")
        ref = node.node("expressedBy")
        who = self.resolve(ref, {"Patient", "RelatedPerson", "Practitioner"})
        kind = self.ref_type(ref, who)
        expressed = _EXPRESSED_BY_TYPE.get(kind or "Patient", "patient")
        matters = None
        for address in node.nodes("addresses"):
            # Goal.addresses may name conditions and other observations too; only what
            # matters is taken over, but every reference must be in the file.
            found = self.resolve(address, RESOURCE_ELEMENTS)
            if found is not None and found.index in self.matters_at and matters is None:
                matters = self.matters_at[found.index]
        return _GoalDraft(
            entry,
            GoalDoc(
                text=text,
                expressed_by=expressed,
                target=target,
                target_date=due,
                status=status,
                what_matters=matters,
            ),
        )

    def action(self, detail: Node, goals: list[_GoalDraft], count: int) -> _Activity:
        words = detail.string("description") or _concept_words(detail.node("code"))
        if not words:
            raise detail.fail(_("needs the action in words (description)."))
        what = self.clean_text(words, detail.at("description"), TEXT_MAX, required=True)
        goal: int | None = None
        for ref in detail.nodes("goal"):
            entry = self.resolve(ref, {"Goal"})
            if entry is not None and goal is None:
                goal = self.goal_at[entry.index]
        if goal is None:
            if count != 1:
                raise detail.fail(_("is not linked to a goal of the plan."), "goal")
            goal = 0
        owner: str | None = None
        parts: dict[str, str | None] = {}
        plan_ext = detail.extension(c.EXT_ACTION_PLAN)
        if plan_ext is not None:
            for part in plan_ext.extensions():
                url = part.value["url"]
                if url == "owner":
                    owner = part.code(
                        "valueCode", frozenset(v.value for v in ActionOwner), required=True
                    )
                elif url in ("ownerName", "howMuch", "when", "howOften"):
                    parts[url] = part.string("valueString")
        else:
            detail.string("scheduledString")
            parts["when"] = detail.string("scheduledString")
        who_name = None
        performers = detail.nodes("performer")
        performer_type = None
        if performers:
            ref = performers[0]
            entry = self.resolve(
                ref,
                {"Patient", "RelatedPerson", "Practitioner", "Organization", "CareTeam"},
            )
            performer_type = self.ref_type(ref, entry)
            if performer_type != "Patient":
                who_name = self.name_of(ref, entry)
        if owner is None:
            owner = _OWNER_BY_TYPE.get(performer_type or "Patient", "person")
        if plan_ext is not None:
            who_name = parts.get("ownerName")
        elif owner == "person":
            who_name = None
        path = detail.path
        doc = ActionDoc(
            what=what,
            how_much=self.clean_short(parts.get("howMuch"), f"{path}.howMuch", SHORT_MAX),
            when=self.clean_short(parts.get("when"), f"{path}.when", SHORT_MAX),
            how_often=self.clean_short(parts.get("howOften"), f"{path}.howOften", SHORT_MAX),
            who=owner,
            who_name=self.clean_short(who_name, f"{path}.performer", NAME_MAX),
        )
        goals[goal].actions.append(doc)
        return _Activity(goal, len(goals[goal].actions) - 1)

    def escalation(self, detail: Node, level: str) -> EscalationDoc:
        signs = None
        for reason in detail.nodes("reasonCode"):
            signs = _concept_words(reason)
            if signs:
                break
        if not signs:
            raise detail.fail(_("needs what to watch for (reasonCode.text)."), "reasonCode")
        contact = None
        performers = detail.nodes("performer")
        if performers:
            entry = self.resolve(
                performers[0],
                {"Patient", "RelatedPerson", "Practitioner", "Organization", "CareTeam"},
            )
            contact = self.name_of(performers[0], entry)
        phone_ext = detail.extension(c.EXT_CONTACT_PHONE)
        phone = phone_ext.string("valueString") if phone_ext else None
        path = detail.path
        return EscalationDoc(
            level=level,
            signs=self.clean_text(signs, f"{path}.reasonCode", TEXT_MAX, required=True),
            what_to_do=self.clean_text(
                detail.string("description"), f"{path}.description", TEXT_MAX
            )
            or None,
            contact=self.clean_short(contact, f"{path}.performer", SHORT_MAX),
            phone=self.clean_short(phone, f"{path}.phone", 40),
        )

    # ----- observations -----------------------------------------------------------------------

    def classify_observations(self) -> list[_Observation]:
        found: list[_Observation] = []
        entries = self.of_type("Observation")
        for n, entry in enumerate(entries):
            self.step(n + 1, len(entries))
            node = entry.node
            node.no_modifiers()
            status = node.code("status", c.OBSERVATION_STATUSES, required=True)
            code = node.node("code", required=True)
            assert code is not None
            self.check_subject(node, "subject", required=False)
            if status in ("entered-in-error", "cancelled"):
                self.left_out[_("observation marked cancelled or entered in error")] += 1
                continue
            categories = node.nodes("category")
            for cat in categories:
                _codings(cat)
            kind = self.kind_of(node, code, categories)
            if kind is None:
                continue
            obs = _Observation(entry, kind)
            if kind != "what-matters":
                obs.effective = node.date("effectiveDateTime")
                if obs.effective is None and node.has("effectivePeriod"):
                    period = node.node("effectivePeriod")
                    obs.effective = period.date("start") if period else None
            found.append(obs)
        return found

    def kind_of(self, node: Node, code: Node, categories: list[Node]) -> str | None:
        codings = _codings(code)
        local = {k for s, k, _d in codings if s == c.LOCAL_CODES}
        loinc = {k for s, k, _d in codings if s == c.LOINC}
        if c.CODE_PLAN_REVIEW in local:
            return "review"
        if c.CODE_ACTION_REVIEW in local:
            return "action-review"
        if loinc & c.GAS_FOLLOW_UP_CODES:
            return "gas"
        if c.GAS_BASELINE in loinc:
            self.left_out[_("Goal Attainment Scale baseline score")] += 1
            return None
        if _has_code(code, c.PCO_READINESS, c.READINESS_CONFIDENCE):
            return "confidence"
        if _has_code(code, c.PCO_READINESS, c.READINESS_IMPORTANCE):
            return "importance"
        if _has_code(code, c.SNOMED, GOAL_BARRIER_CODES):
            return "barrier"
        if _has_code(code, c.PCO_CONCEPTS, c.WHAT_MATTERS) or any(
            _has_code(cat, c.PCO_CONCEPTS, c.WHAT_MATTERS) for cat in categories
        ):
            if node.has("valueString"):
                return "what-matters"
            self.left_out[_("what-matters rating or panel")] += 1
            return None
        shown = next((k for _s, k, _d in codings if k), None)
        raise node.fail(
            _("has the code '{code}', which this app does not know how to import.").format(
                code=_safe(shown or "")
            ),
            "code",
        )

    def focus_goal(self, node: Node) -> int | None:
        for ref in node.nodes("focus"):
            entry = self.resolve(ref, {"Goal", "CarePlan", "Observation", "Patient"})
            if entry is not None and entry.type == "Goal":
                return self.goal_at[entry.index]
        return None

    def activity_of(
        self, node: Node, activities: dict[str, _Activity], goal: int | None
    ) -> _Activity | None:
        ext = node.extension(c.EXT_ACTIVITY)
        if ext is None:
            return None
        key = ext.string("valueString", required=True)
        assert key is not None
        where = activities.get(key)
        if where is None:
            raise ext.fail(_("names a plan activity that is not in the CarePlan."))
        if goal is not None and where.goal != goal:
            raise ext.fail(_("names an activity of a different goal."))
        return where

    def attach_observations(
        self, goals: list[_GoalDraft], activities: dict[str, _Activity]
    ) -> None:
        importance: dict[int, int] = {}
        for obs in self.observations:
            node = obs.entry.node
            if obs.kind in ("review", "action-review", "gas", "what-matters"):
                continue
            goal = self.focus_goal(node)
            if goal is None:
                self.left_out[_("observation not linked to a goal")] += 1
                continue
            obs.goal = goal
            if obs.kind == "importance":
                importance[goal] = self.rating(node)
            elif obs.kind == "confidence":
                value = self.rating(node)
                where = self.activity_of(node, activities, goal)
                ext = node.extension(c.EXT_CONFIDENCE_RATING)
                rating = (
                    ext.code("valueCode", frozenset({"first", "final"}), required=True)
                    if ext
                    else None
                )
                if where is None:
                    if len(goals[goal].actions) != 1:
                        self.left_out[_("confidence rating not linked to one action")] += 1
                        continue
                    where = _Activity(goal, 0)
                when = node.string("effectiveDateTime") or ""
                goals[goal].ratings.append((where.action, rating, value, when))
            elif obs.kind == "barrier":
                words = node.string("valueString") or _concept_words(
                    node.node("valueCodeableConcept")
                )
                if not words:
                    raise node.fail(_("needs the barrier in words (valueString)."))
                notes = [n.string("text") for n in node.nodes("note")]
                where = self.activity_of(node, activities, goal)
                goals[goal].barriers.append(
                    BarrierDoc(
                        barrier=self.clean_text(
                            words, node.at("valueString"), TEXT_MAX, required=True
                        ),
                        plan_b=self.clean_text(
                            "\n\n".join(n for n in notes if n), node.at("note"), TEXT_MAX
                        )
                        or None,
                        action=where.action if where else None,
                    )
                )
        for g, draft in enumerate(goals):
            if g in importance:
                draft.doc = replace(draft.doc, importance=importance[g])
            by_action: dict[int, list[tuple[str | None, int, str]]] = {}
            for action, rating, value, when in draft.ratings:
                by_action.setdefault(action, []).append((rating, value, when))
            for action, ratings in by_action.items():
                first = next((v for r, v, _w in ratings if r == "first"), None)
                final = next((v for r, v, _w in ratings if r == "final"), None)
                plain = [v for r, v, _w in sorted(ratings, key=lambda x: x[2]) if r is None]
                if first is None and plain:
                    first = plain.pop(0)
                if final is None and plain:
                    final = plain[-1]
                draft.actions[action] = replace(
                    draft.actions[action], confidence_first=first, confidence_final=final
                )

    def rating(self, node: Node) -> int:
        return self.scale(node, c.RATING_BY_CODE, range(0, 11), _("a rating from 0 to 10"))

    def scale(self, node: Node, by_code: dict[str, int], allowed: range, what: str) -> int:
        concept = node.node("valueCodeableConcept")
        if concept is not None:
            for system, code, _d in _codings(concept):
                if system == c.LOINC:
                    if code not in by_code:
                        raise concept.fail(
                            _("holds a LOINC answer that is not {what}.").format(what=what)
                        )
                    return by_code[code]
        value = node.integer("valueInteger")
        if value is not None and value in allowed:
            return value
        raise node.fail(_("needs {what} as its value.").format(what=what))

    # ----- care team ---------------------------------------------------------------------------

    def care_teams(
        self, plan: Node
    ) -> tuple[tuple[str | None, str | None, str | None], list[SupportDoc]]:
        listed = [self.resolve(ref, {"CareTeam"}) for ref in plan.nodes("careTeam")]
        teams = _first_seen([*listed, *self.of_type("CareTeam")])
        named: tuple[str | None, str | None, str | None] = (None, None, None)
        supports: list[SupportDoc] = []
        member_types = {"Practitioner", "RelatedPerson", "Patient", "Organization", "CareTeam"}
        for team in teams:
            node = team.node
            node.no_modifiers()
            node.code("status", c.CARETEAM_STATUSES)
            self.check_subject(node, "subject", required=False)
            for part in node.nodes("participant"):
                part.no_modifiers()
                roles = part.nodes("role")
                local = {k for role in roles for s, k, _d in _codings(role) if s == c.LOCAL_CODES}
                role_words = next((w for w in (r.string("text") for r in roles) if w), None)
                member = part.node("member")
                entry = self.resolve(member, member_types)
                kind = self.ref_type(member, entry)
                name = self.name_of(member, entry)
                contact = _first_telecom(entry.node) if entry is not None else None
                if c.CODE_NAMED_CONTACT in local:
                    if named[0] is not None:
                        raise part.fail(_("is a second named contact; a plan has one."))
                    if not name:
                        raise part.fail(_("needs the named contact's name."), "member")
                    phone = _first_telecom(entry.node, "phone") if entry is not None else None
                    named = (
                        self.clean_short(name, part.at("member"), NAME_MAX),
                        self.clean_short(role_words, part.at("role"), NAME_MAX),
                        self.clean_short(phone, part.at("member"), 40),
                    )
                    continue
                kinds = [c.SUPPORT_BY_CODE[k] for k in local if k in c.SUPPORT_BY_CODE]
                if kinds:
                    support_kind = kinds[0]
                elif kind == "RelatedPerson":
                    support_kind = "person"
                elif kind == "Organization":
                    support_kind = "community"
                else:
                    self.left_out[_("care-team member who is not a support")] += 1
                    continue
                if not name:
                    raise part.fail(_("needs the name of the support."), "member")
                supports.append(
                    SupportDoc(
                        kind=support_kind,
                        name=self.clean_short(name, part.at("member"), SHORT_MAX) or "",
                        contact=self.clean_short(contact, part.at("member"), SHORT_MAX),
                        how_they_help=self.clean_text(role_words, part.at("role"), TEXT_MAX)
                        or None,
                    )
                )
        return named, supports

    # ----- reviews ------------------------------------------------------------------------------

    def reviews(self, goals: list[_GoalDraft], activities: dict[str, _Activity]) -> list[ReviewDoc]:
        by_entry = {o.entry.index: o for o in self.observations}
        reviews: list[tuple[dt.date, int, ReviewDoc, dict[int, bool]]] = []
        for order, panel in enumerate(o for o in self.observations if o.kind == "review"):
            node = panel.entry.node
            if panel.effective is None:
                raise node.fail(_("needs the date of the review."), "effectiveDateTime")
            members: list[_Observation] = []
            for ref in node.nodes("hasMember"):
                entry = self.resolve(ref, {"Observation"})
                member = by_entry.get(entry.index) if entry is not None else None
                if member is None or member.kind not in ("gas", "action-review"):
                    raise ref.fail(_("must point to a progress score or an action outcome."))
                if member.used:
                    raise ref.fail(_("points to a score that belongs to another review."))
                member.used = True
                members.append(member)
            mode = "in_person"
            method = node.node("method")
            for system, code, _d in _codings(method):
                if system == c.PARTICIPATION_MODE and code in c.REVIEW_MODE_BY_CODE:
                    mode = c.REVIEW_MODE_BY_CODE[code]
            reviewer = None
            for ref in node.nodes("performer"):
                entry = self.resolve(
                    ref, {"Practitioner", "Patient", "RelatedPerson", "Organization", "CareTeam"}
                )
                if (entry is not None and entry.type == "Practitioner") or (
                    entry is None and ref.string("type") in (None, "Practitioner")
                ):
                    reviewer = self.name_of(ref, entry)
                    break
            next_date = None
            for comp in node.nodes("component"):
                if _has_code(comp.node("code", required=True), c.LOCAL_CODES, c.CODE_NEXT_REVIEW):
                    next_date = comp.date("valueDateTime", required=True)
            notes = "\n\n".join(n.string("text") or "" for n in node.nodes("note")).strip()
            doc, explicit = self.review_doc(
                panel.effective,
                mode,
                reviewer,
                next_date,
                notes,
                members,
                goals,
                activities,
                node.path,
            )
            reviews.append((panel.effective, order, doc, explicit))
        loose: dict[dt.date, list[_Observation]] = {}
        for obs in self.observations:
            if obs.kind in ("gas", "action-review") and not obs.used:
                if obs.kind == "action-review":
                    self.left_out[_("action outcome outside a review")] += 1
                    continue
                if obs.effective is None:
                    raise obs.entry.node.fail(
                        _("needs the date it was scored."), "effectiveDateTime"
                    )
                loose.setdefault(obs.effective, []).append(obs)
        for day, members in sorted(loose.items()):
            reviewer = None
            for obs in members:
                for ref in obs.entry.node.nodes("performer"):
                    entry = self.resolve(
                        ref,
                        {"Practitioner", "Patient", "RelatedPerson", "Organization", "CareTeam"},
                    )
                    if entry is not None and entry.type == "Practitioner" and reviewer is None:
                        reviewer = self.name_of(ref, entry)
            doc, explicit = self.review_doc(
                day, "in_person", reviewer, None, "", members, goals, activities, "entry"
            )
            reviews.append((day, len(reviews), doc, explicit))
        reviews.sort(key=lambda r: (r[0], r[1]))
        # A progress score without a stated "status after" leaves the goal active, except
        # the goal's last score when the goal has since been closed.
        last_seen: dict[int, tuple[int, int]] = {}
        for r, (_day, _o, doc, _e) in enumerate(reviews):
            for p, scored in enumerate(doc.progress):
                last_seen[scored.goal] = (r, p)
        out: list[ReviewDoc] = []
        for r, (_day, _o, doc, explicit) in enumerate(reviews):
            progress = []
            for p, item in enumerate(doc.progress):
                if not explicit.get(p, False):
                    status = goals[item.goal].doc.status
                    closing = last_seen[item.goal] == (r, p) and status != "active"
                    item = replace(item, status_after=status if closing else "active")
                progress.append(item)
            out.append(replace(doc, progress=tuple(progress)))
        return out

    def review_doc(
        self,
        day: dt.date,
        mode: str,
        reviewer: str | None,
        next_date: dt.date | None,
        notes: str,
        members: list[_Observation],
        goals: list[_GoalDraft],
        activities: dict[str, _Activity],
        path: str,
    ) -> tuple[ReviewDoc, dict[int, bool]]:
        progress: list[GoalProgressDoc] = []
        explicit: dict[int, bool] = {}
        outcomes: list[ActionOutcomeDoc] = []
        for member in members:
            node = member.entry.node
            goal = self.focus_goal(node)
            if goal is None:
                raise node.fail(_("must name the goal it is about (focus)."), "focus")
            comment = "\n\n".join(n.string("text") or "" for n in node.nodes("note")).strip()
            comment_doc = self.clean_text(comment, node.at("note"), TEXT_MAX) or None
            if member.kind == "gas":
                if any(p.goal == goal for p in progress):
                    raise node.fail(_("scores a goal that this review scores already."))
                level = self.scale(
                    node, c.GAS_BY_CODE, range(-2, 3), _("a Goal Attainment Scale level")
                )
                ext = node.extension(c.EXT_STATUS_AFTER)
                after = (
                    ext.code(
                        "valueCode",
                        frozenset({"active", "achieved", "revised", "stopped"}),
                        required=True,
                    )
                    if ext
                    else None
                )
                explicit[len(progress)] = after is not None
                progress.append(GoalProgressDoc(goal, level, comment_doc, after or "active"))
            else:
                where = self.activity_of(node, activities, goal)
                if where is None:
                    raise node.fail(_("must name the action it is about."), "extension")
                concept = node.node("valueCodeableConcept", required=True)
                assert concept is not None
                outcome = next(
                    (
                        c.OUTCOME_BY_CODE[k]
                        for s, k, _d in _codings(concept)
                        if s == c.LOCAL_CODES and k in c.OUTCOME_BY_CODE
                    ),
                    None,
                )
                if outcome is None:
                    raise concept.fail(
                        _("must say whether the action was kept, changed or dropped.")
                    )
                rating = None
                for comp in node.nodes("component"):
                    if _has_code(
                        comp.node("code", required=True), c.PCO_READINESS, c.READINESS_CONFIDENCE
                    ):
                        rating = self.rating(comp)
                if any(o.goal == where.goal and o.action == where.action for o in outcomes):
                    raise node.fail(_("reviews an action that this review reviews already."))
                outcomes.append(
                    ActionOutcomeDoc(where.goal, where.action, outcome, rating, comment_doc)
                )
        return (
            ReviewDoc(
                reviewed_on=day,
                mode=mode,
                reviewer_name=self.clean_name(reviewer, path),
                next_review_date=next_date,
                notes=self.clean_text(notes, f"{path}.note", TEXT_MAX) or None,
                progress=tuple(progress),
                outcomes=tuple(outcomes),
            ),
            explicit,
        )

    # ----- cleaning ---------------------------------------------------------------------------

    def clean_text(
        self,
        value: str | None,
        path: str,
        limit: int,
        *,
        required: bool = False,
        multiline: bool = True,
    ) -> str:
        try:
            return clean(
                value,
                path,
                max_length=limit,
                required=required,
                multiline=multiline,
                label=_("text"),
            )
        except ValidationError as exc:
            raise BundleError(path, f"{path}: {exc.message}") from None

    def text(
        self, node: Node, key: str, limit: int, *, required: bool, multiline: bool
    ) -> str | None:
        return (
            self.clean_text(
                node.string(key, required=required),
                node.at(key),
                limit,
                required=required,
                multiline=multiline,
            )
            or None
        )

    def clean_short(self, value: str | None, path: str, limit: int) -> str | None:
        return self.clean_text(value, path, limit, multiline=False) or None

    def clean_name(self, value: str | None, path: str) -> str | None:
        return self.clean_short(value, path, NAME_MAX)


T = TypeVar("T")


def _first_seen(items: Iterable[T | None]) -> list[T]:
    """``items`` without ``None`` and without repeats (by identity), in first-seen order."""
    seen: set[int] = set()
    out: list[T] = []
    for item in items:
        if item is not None and id(item) not in seen:
            seen.add(id(item))
            out.append(item)
    return out


def _key_of(reference: str) -> str:
    parts = [p for p in reference.split("/_history/")[0].split("/") if p]
    return "/".join(parts[-2:])


def _human_name(node: Node) -> str | None:
    for name in node.nodes("name"):
        text = name.string("text")
        if text:
            return text
        words = [*name.strings("prefix"), *name.strings("given")]
        family = name.string("family")
        if family:
            words.append(family)
        if words:
            return " ".join(words)
    return None


def _first_telecom(node: Node, system: str | None = None) -> str | None:
    for point in node.nodes("telecom"):
        kind = point.code("system", c.CONTACT_POINT_SYSTEMS)
        value = point.string("value")
        if value and (system is None or kind == system):
            return value
    return None


def parse_bundle(value: Any, progress: Progress | None = None) -> PlanDocument:
    """Read a parsed JSON value as a FHIR R4 Bundle holding one person's plan."""
    if not isinstance(value, dict):
        raise BundleError("file", _("The file does not hold a FHIR resource (a JSON object)."))
    kind = value.get("resourceType")
    if kind != "Bundle":
        if isinstance(kind, str):
            raise BundleError(
                "resourceType",
                _("The file holds a FHIR {kind}, not a Bundle.").format(
                    kind=_safe(kind, _TYPE_NAME)
                ),
            )
        raise BundleError("resourceType", _("The file is not a FHIR resource (no resourceType)."))
    root = Node(value, "Bundle")
    _check_elements(root, BUNDLE_ELEMENTS | {"resourceType"})
    root.code("type", c.BUNDLE_TYPES, required=True)
    raw = root.nodes("entry")
    if not raw:
        raise BundleError("entry", _("The bundle holds no resources."))
    if len(raw) > MAX_ENTRIES:
        raise BundleError(
            "entry",
            _(
                "The bundle holds {count:,} resources; at most {limit:,} are imported at once."
            ).format(count=len(raw), limit=MAX_ENTRIES),
        )
    entries = []
    for index, item in enumerate(raw):
        _check_elements(item, ENTRY_ELEMENTS)
        item.no_modifiers()
        full_url = item.string("fullUrl")
        resource = item.node("resource", required=True)
        assert resource is not None
        rtype = resource.string("resourceType", required=True)
        assert rtype is not None
        path = f"entry[{index}].resource({_safe(rtype, _TYPE_NAME)})"
        resource = Node(resource.value, path)
        if rtype not in RESOURCE_ELEMENTS:
            raise resource.fail(
                _(
                    "is not a resource type this app imports (it imports Patient, "
                    "Practitioner, RelatedPerson, Organization, CareTeam, CarePlan, Goal and "
                    "Observation)."
                )
            )
        _check_elements(resource, RESOURCE_ELEMENTS[rtype] | {"resourceType"})
        rid = resource.string("id")
        if rid is not None and not _ID.fullmatch(rid):
            raise resource.fail(_("has an id FHIR does not allow."), "id")
        if resource.has("implicitRules"):
            raise resource.fail(_("has implicit rules this app cannot follow."), "implicitRules")
        if resource.has("contained"):
            raise resource.fail(
                _(
                    "contains other resources inside it; this app imports only resources that "
                    "are entries of the bundle."
                ),
                "contained",
            )
        resource.no_modifiers()
        resource.extensions()
        entries.append(Entry(index, rtype, resource, full_url))
        if progress is not None and index % 100 == 0:
            progress(index, 2 * len(raw))

    def second_half(done: int, total: int) -> None:
        if progress is not None and total:
            progress(len(raw) + len(raw) * done // total, 2 * len(raw))

    return _Reader(entries, second_half).document()


def _check_elements(node: Node, allowed: frozenset[str]) -> None:
    for key in node.value:
        plain = key[1:] if key.startswith("_") else key
        if plain not in allowed:
            raise node.fail(
                _("has an element '{name}' that FHIR R4 does not define here.").format(
                    name=_safe(key, re.compile(r"_?[A-Za-z]{1,64}"))
                )
            )
