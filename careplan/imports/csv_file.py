"""Reading a practice's CSV export, and which column holds which field.

Headers understood with no mapping: ``NHS number``, ``Given name``, ``Family name``,
``Date of birth``, ``Phone``, ``Conditions``, and for each result its usual name
(``HbA1c``, ``Systolic BP``, ``eGFR``, …) with an optional ``<name> date`` column beside it.
Case, spacing, underscores and hyphens in headers do not matter.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from ..clinical_codes import TESTS, find_test
from ..errors import ValidationError
from ..i18n import _

MAX_BYTES = 200 * 1024 * 1024
MAX_ROWS = 200_000

# Field keys and their documented headers (results: test key, and "<test key>_date").
PERSON_FIELDS = (
    ("nhs_number", "NHS number"),
    ("given_name", "Given name"),
    ("family_name", "Family name"),
    ("date_of_birth", "Date of birth"),
    ("phone", "Phone"),
    ("conditions", "Conditions"),
)
REQUIRED = ("nhs_number", "given_name", "family_name", "date_of_birth")
_ALIASES = {
    "nhs no": "nhs_number",
    "nhs": "nhs_number",
    "first name": "given_name",
    "forename": "given_name",
    "surname": "family_name",
    "last name": "family_name",
    "dob": "date_of_birth",
    "birth date": "date_of_birth",
    "telephone": "phone",
    "phone number": "phone",
}


def all_fields() -> list[tuple[str, str]]:
    """Every field a column can be mapped to, with its documented header."""
    fields = list(PERSON_FIELDS)
    for test in TESTS:
        fields.append((test.key, test.name))
        fields.append((f"{test.key}_date", f"{test.name} date"))
    return fields


def _fold(header: str) -> str:
    return " ".join(header.replace("_", " ").replace("-", " ").split()).casefold()


def field_for_header(header: str) -> str | None:
    folded = _fold(header)
    for key, name in PERSON_FIELDS:
        if folded == _fold(name):
            return key
    if folded in _ALIASES:
        return _ALIASES[folded]
    is_date = folded.endswith(" date")
    test = find_test(folded[: -len(" date")] if is_date else folded)
    if test is None:
        # "PHQ-9" folds to "phq 9"; try the header as written too.
        raw = header.strip()
        test = find_test(raw[: -len(" date")] if is_date else raw)
    if test is None:
        return None
    return f"{test.key}_date" if is_date else test.key


@dataclass(frozen=True)
class CsvFile:
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (line number, cells)

    def default_mapping(self) -> dict[str, int]:
        """Field key -> column index, for the headers understood without a mapping."""
        mapping: dict[str, int] = {}
        for index, header in enumerate(self.headers):
            key = field_for_header(header)
            if key is not None and key not in mapping:
                mapping[key] = index
        return mapping


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError(
        "file", _("The file is not text in UTF-8 or Windows encoding; export it as CSV again.")
    )


def parse_csv(text: str) -> CsvFile:
    sample = text[:8192]
    delimiter = ","
    first = sample.splitlines()[0] if sample else ""
    if first.count(";") > first.count(",") and first.count(";") >= first.count("\t"):
        delimiter = ";"
    elif first.count("\t") > first.count(","):
        delimiter = "\t"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        headers = next(reader, None)
        if not headers or not any(h.strip() for h in headers):
            raise ValidationError("file", _("The file is empty or has no header row."))
        rows = []
        line = reader.line_num
        for cells in reader:
            start, line = line + 1, reader.line_num
            if not any(c.strip() for c in cells):
                continue
            rows.append((start, tuple(c for c in cells)))
            if len(rows) > MAX_ROWS:
                raise ValidationError(
                    "file", _("The file has more than {n:,} rows.").format(n=MAX_ROWS)
                )
    except csv.Error as exc:
        raise ValidationError(
            "file",
            _("The file is not valid CSV near line {line}: {problem}").format(
                line=reader.line_num, problem=str(exc)[:80]
            ),
        ) from None
    return CsvFile(tuple(h.strip() for h in headers), tuple(rows))


def read_csv(path: Path) -> CsvFile:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ValidationError("file", _("The file is larger than 200 MB."))
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            "file", _("The file cannot be read: {reason}").format(reason=exc.strerror or exc)
        ) from None
    return parse_csv(_decode(data).replace("\x00", ""))
