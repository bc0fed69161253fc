"""The resources of an import file, how references between them resolve, and what is left out.

A file may be a Bundle of any type or a single resource; resources ``contained`` in another
are read as well. References resolve as FHIR R4 says (a Bundle entry's ``fullUrl``, including
``urn:uuid:``; a relative ``Type/id``; an absolute URL; ``#id`` for a contained resource), and
leniently by ``Type/id`` at the end of an absolute URL. A reference to something that is not
in the file is no reason to refuse the file: the element is left out and said so.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ...errors import ValidationError
from ...i18n import _
from ...text import clean
from .. import codes as c
from ..reading import BundleError
from .elements import check_elements
from .node import ID, TYPE_NAME, Node, key_of, safe

MAX_ENTRIES = 5_000
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


@dataclass(eq=False)
class Entry:
    """One resource of the file: a Bundle entry, a single resource, or a contained one."""

    index: int
    type: str
    node: Node
    full_url: str | None = None
    container: Entry | None = None
    contained: dict[str, Entry] = field(default_factory=dict)

    @property
    def id(self) -> str | None:
        value = self.node.value.get("id")
        return value if isinstance(value, str) else None


def source_key(entry: Entry, by_id: Callable[[], str]) -> str | None:
    """What names ``entry`` in the system that wrote it, as a fixed-length key: its
    identifiers, else its URL, else ``by_id()`` (its id in the file); None when nothing does."""
    names = []
    for ident in entry.node.nodes("identifier"):
        system, value = ident.string("system"), ident.string("value")
        if value:
            names.append(f"{system or ''}|{value}")
    if names:
        name = "identifier:" + "\n".join(sorted(names))
    elif entry.full_url and entry.container is None:
        name = "url:" + entry.full_url.split("/_history/")[0]
    elif entry.id is not None:
        name = by_id()
    else:
        return None
    return hashlib.sha256(name.encode("utf-8")).hexdigest()


def element_words(name: str) -> str:
    """``expressedBy`` as "expressed by": an element named for a person."""
    return _CAMEL.sub(" ", name).lower()


def plural(kind: str, count: int) -> str:
    if count == 1:
        return f"1 {kind}"
    if kind.endswith("y") and kind[-2:-1] not in "aeiou":
        return f"{count} {kind[:-1]}ies"
    if kind.endswith(("s", "x")):
        return f"{count} {kind}es"
    return f"{count} {kind}s"


def shown(value: str | None, limit: int = 40) -> str:
    """Words from the file made safe to show in a summary: cleaned, on one line, short."""
    try:
        text = clean(value, "text", multiline=False, max_length=1_000_000)
    except ValidationError:
        return ""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class LeftOut:
    """What the file holds that this app has no place for, in plain words."""

    def __init__(self) -> None:
        self.resources: Counter[str] = Counter()
        self.notes: list[str] = []
        self.elements: dict[str, list[str]] = {}

    def note(self, text: str) -> None:
        self.notes.append(text)

    def resource(self, kind: str, count: int = 1) -> None:
        self.resources[kind] += count

    def element(self, label: str, what: str) -> None:
        items = self.elements.setdefault(label, [])
        if what not in items:
            items.append(what)

    def lines(self) -> tuple[str, ...]:
        out = [plural(kind, n) for kind, n in sorted(self.resources.items())]
        out.extend(self.notes)
        out.extend(f"{label}: {', '.join(items)}" for label, items in self.elements.items())
        return tuple(out)


class Index:
    """Every resource of the file by its place, its fullUrl and its ``Type/id``."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.by_url: dict[str, Entry] = {}
        self.by_key: dict[str, Entry] = {}
        self.used: set[int] = set()
        self.left = LeftOut()
        for entry in entries:
            if entry.container is not None:
                continue
            if entry.full_url is not None:
                if entry.full_url in self.by_url:
                    raise entry.node.fail(_("has the same fullUrl as another entry."))
                self.by_url[entry.full_url] = entry
            if entry.id is not None:
                key = f"{entry.type}/{entry.id}"
                # Two versions of one resource (a history bundle) share a key: the later
                # entry is the newer version.
                self.by_key[key] = entry

    def of_type(self, kind: str) -> list[Entry]:
        return [e for e in self.entries if e.type == kind]

    def use(self, entry: Entry | None) -> Entry | None:
        if entry is not None:
            self.used.add(entry.index)
        return entry

    def lookup(self, reference: str, source: Entry) -> Entry | None:
        if reference.startswith("#"):
            root = source.container or source
            if reference == "#":
                return root
            return root.contained.get(reference[1:])
        entry = self.by_url.get(reference)
        if (
            entry is None
            and source.full_url
            and "://" in source.full_url
            and "://" not in (reference)
        ):
            # A relative reference in an entry with a server URL resolves against its base.
            base = source.full_url.rsplit("/", 2)[0]
            entry = self.by_url.get(f"{base}/{reference}")
        if entry is None and not reference.startswith("urn:"):
            entry = self.by_key.get(key_of(reference))
        return entry

    def resolve(
        self, ref: Node | None, source: Entry, types: Iterable[str], what: str
    ) -> Entry | None:
        """The resource ``ref`` points to, if it is in the file and of one of ``types``.

        A reference to a resource that is not in the file, or to a resource of another type,
        is left out (said as "its {what}"), unless it carries a display the caller can use.
        """
        if ref is None:
            return None
        reference = ref.string("reference")
        ref.string("type")
        ref.string("display")
        if reference is None:
            return None
        entry = self.lookup(reference, source)
        if entry is None or entry.type not in set(types):
            if ref.string("display") is None:
                self.left.element(
                    label(source), _("its {what} (not in the file)").format(what=what)
                )
            return None
        return self.use(entry)

    def ref_type(self, ref: Node | None, entry: Entry | None) -> str | None:
        if entry is not None:
            return entry.type
        if ref is None:
            return None
        kind = ref.string("type")
        if kind:
            # Reference.type is a URI: "Patient" or a StructureDefinition URL ending in it.
            return kind.rsplit("/", 1)[-1]
        reference = ref.string("reference")
        if reference and "?" in reference:
            # A conditional reference ("Practitioner?identifier=..."): its type is before "?".
            return reference.split("?", 1)[0].rsplit("/", 1)[-1] or None
        if reference and "/" in reference:
            return key_of(reference).split("/")[0]
        return None

    def leave_out_unused(self) -> None:
        for entry in self.entries:
            if entry.index not in self.used:
                self.left.resource(entry.type)


def label(entry: Entry) -> str:
    """How a resource is named in the "left out" list: its type and, if any, its words."""
    node = entry.node
    words: str | None = None
    value = node.value
    if entry.type == "Goal":
        words = _concept_words(value.get("description"))
    elif entry.type in ("CarePlan", "List"):
        words = value.get("title")
    elif entry.type in ("CareTeam", "Organization"):
        words = value.get("name")
    elif entry.type in ("Observation", "Condition"):
        words = _concept_words(value.get("code"))
    text = shown(words) if isinstance(words, str) else ""
    return f"{entry.type} '{text}'" if text else _("the {kind}").format(kind=entry.type)


def _concept_words(concept: object) -> str | None:
    """A CodeableConcept's text, else the first display of its codings."""
    if not isinstance(concept, dict):
        return None
    words = concept.get("text") or next(
        (
            c.get("display")
            for c in concept.get("coding", [])
            if isinstance(c, dict) and isinstance(c.get("display"), str)
        ),
        None,
    )
    return words if isinstance(words, str) else None


def unmapped(index: Index, entry: Entry, mapped: frozenset[str]) -> None:
    """Leave out, by name, every element of ``entry`` that is not in ``mapped``."""
    quiet = {"resourceType", "id", "meta", "language", "text", "contained", "extension"}
    for key in entry.node.value:
        plain = key[1:] if key.startswith("_") else key
        if plain not in mapped and plain not in quiet:
            index.left.element(label(entry), _("its {what}").format(what=element_words(plain)))


# ----- collecting the resources of a file ------------------------------------------------------

BUNDLE_ELEMENTS = frozenset(
    [
        "id",
        "meta",
        "implicitRules",
        "language",
        "identifier",
        "type",
        "timestamp",
        "total",
        "link",
        "entry",
        "signature",
    ]
)
ENTRY_ELEMENTS = frozenset(
    [
        "id",
        "extension",
        "modifierExtension",
        "link",
        "fullUrl",
        "resource",
        "search",
        "request",
        "response",
    ]
)


class Collector:
    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.bundles = 0

    def add(self, value: Node, full_url: str | None, container: Entry | None) -> None:
        rtype = value.string("resourceType", required=True)
        assert rtype is not None
        shown_type = safe(rtype, TYPE_NAME)
        if rtype not in c.R4_RESOURCE_TYPES:
            raise value.fail(
                _("names '{kind}', which is not a FHIR R4 resource type.").format(kind=shown_type)
            )
        if rtype == "Bundle" and container is None:
            self.bundle(value)
            return
        rid = value.string("id")
        if rid is not None and not ID.fullmatch(rid):
            raise value.fail(_("has an id FHIR does not allow."), "id")
        if len(self.entries) >= MAX_ENTRIES:
            raise BundleError(
                "entry",
                _(
                    "The file holds more than {limit:,} resources; that is more than one "
                    "person's plan."
                ).format(limit=MAX_ENTRIES),
            )
        path = f"{value.path}({shown_type})"
        entry = Entry(len(self.entries), rtype, Node(value.value, path), full_url, container)
        check_elements(entry.node, rtype)
        self.entries.append(entry)
        if container is None:
            for inner in entry.node.nodes("contained"):
                inner_id = inner.string("id")
                before = len(self.entries)
                self.add(inner, None, entry)
                if inner_id is not None and len(self.entries) > before:
                    entry.contained[inner_id] = self.entries[-1]
        elif entry.node.has("contained"):
            raise entry.node.fail(_("is contained and contains resources itself; R4 forbids it."))

    def bundle(self, root: Node) -> None:
        self.bundles += 1
        if self.bundles > 20:
            raise BundleError("entry", _("The file nests too many bundles."))
        for key in root.value:
            plain = key[1:] if key.startswith("_") else key
            if plain not in BUNDLE_ELEMENTS | {"resourceType"}:
                raise root.fail(
                    _("has an element '{name}' that FHIR R4 does not define here.").format(
                        name=safe(key, re.compile(r"_?[A-Za-z]{1,64}"))
                    )
                )
        root.code("type", c.BUNDLE_TYPES, required=True)
        for n, item in enumerate(root.nodes("entry")):
            item.no_modifiers()
            full_url = item.string("fullUrl")
            request = item.node("request")
            if request is not None and request.string("method") == "DELETE":
                continue
            resource = item.node("resource")
            if resource is None:
                continue  # a response or a deletion in a history: nothing to read
            self.add(Node(resource.value, f"{root.path}.entry[{n}].resource"), full_url, None)
