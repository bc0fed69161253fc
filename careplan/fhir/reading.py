"""Reading an import file safely: size, encoding, JSON syntax, nesting depth, string sizes.

Everything here refuses with :class:`BundleError` (a :class:`ValidationError`) and a
message that names where the problem is, never what the file says, so messages are safe
to show and to log.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import ValidationError
from ..i18n import _
from ..progress import Progress

MAX_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 48
MAX_STRING = 100_000
MAX_NODES = 1_000_000
CHUNK = 1024 * 1024


class BundleError(ValidationError):
    """The import file cannot be imported; ``field`` says where, the message says why."""


def read_file(path: Path | str, progress: Progress | None = None) -> bytes:
    """The bytes of ``path``, refused if it is larger than :data:`MAX_BYTES`."""
    try:
        with open(path, "rb") as handle:
            return read_stream(handle, _size(handle), progress)
    except OSError as exc:
        raise BundleError(
            "file",
            _("The file cannot be read: {reason}").format(
                reason=exc.strerror or exc.__class__.__name__
            ),
        ) from None


def _size(handle: BinaryIO) -> int:
    try:
        return os.fstat(handle.fileno()).st_size
    except (OSError, ValueError):  # pragma: no cover - not a real file
        return 0


def read_stream(handle: BinaryIO, size: int = 0, progress: Progress | None = None) -> bytes:
    if size > MAX_BYTES:
        raise too_large()
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = handle.read(CHUNK)
        if not chunk:
            break
        total += len(chunk)
        if total > MAX_BYTES:
            raise too_large()
        chunks.append(chunk)
        if progress is not None:
            progress(total, max(size, total))
    return b"".join(chunks)


def too_large() -> BundleError:
    return BundleError(
        "file",
        _("The file is larger than {limit} MB; this app imports files up to that size.").format(
            limit=MAX_BYTES // (1024 * 1024)
        ),
    )


def _no_constants(name: str) -> Any:
    raise BundleError(
        "file",
        _("The file holds a number JSON does not allow ({name}).").format(
            name=name if name in ("NaN", "Infinity", "-Infinity") else "?"
        ),
    )


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise BundleError("file", _("The file names the same element twice in one object."))
        out[key] = value
    return out


def parse_json(data: bytes) -> Any:
    """Decode and parse ``data``; refuse anything that is not plain, bounded JSON."""
    if len(data) > MAX_BYTES:
        raise too_large()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.strip():
        raise BundleError("file", _("The file is empty."))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BundleError(
            "file",
            _("The file is not UTF-8 text (a broken character at byte {at:,}).").format(
                at=exc.start
            ),
        ) from None
    try:
        value = json.loads(text, object_pairs_hook=_object, parse_constant=_no_constants)
    except RecursionError:
        raise too_deep() from None
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()):
            raise BundleError(
                "file",
                _(
                    "The file ends too early (line {line}): it may have been cut short "
                    "while it was copied or downloaded."
                ).format(line=exc.lineno),
            ) from None
        raise BundleError(
            "file",
            _("The file is not valid JSON: line {line}, column {column}.").format(
                line=exc.lineno, column=exc.colno
            ),
        ) from None
    except ValueError:  # e.g. an integer with thousands of digits
        raise BundleError("file", _("The file holds a number too large to read.")) from None
    check_shape(value)
    return value


def too_deep() -> BundleError:
    return BundleError(
        "file",
        _("The file is nested more than {limit} levels deep; FHIR bundles never are.").format(
            limit=MAX_DEPTH
        ),
    )


def check_shape(value: Any) -> None:
    """Bound the depth, the number of values and the length of every string."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    nodes = 0
    while stack:
        node, depth = stack.pop()
        nodes += 1
        if nodes > MAX_NODES:
            raise BundleError("file", _("The file holds too many values to be one person's plan."))
        if depth > MAX_DEPTH:
            raise too_deep()
        if isinstance(node, dict):
            for key, item in node.items():
                if len(key) > 200:
                    raise BundleError("file", _("The file has an element name that is too long."))
                stack.append((item, depth + 1))
        elif isinstance(node, list):
            stack.extend((item, depth + 1) for item in node)
        elif isinstance(node, str) and len(node) > MAX_STRING:
            raise BundleError(
                "file",
                _(
                    "The file holds a text of {count:,} characters; at most {limit:,} are allowed."
                ).format(count=len(node), limit=MAX_STRING),
            )
