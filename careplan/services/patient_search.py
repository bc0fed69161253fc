"""The patient search as indexed queries: by name fragment, NHS number or birth date.

Every form of the search is an index seek, and the list comes in the order of
an index (``ix_patient_list_order``: family name, full name, id), a page at a
time: the next page continues after the last row's key instead of counting
rows off (keyset paging), so the thousandth page costs what the first does.

- a name fragment: each word typed must occur inside a word of the name
  (accents, case and punctuation ignored) — a prefix range on
  ``patient_search_term`` (see :mod:`careplan.search_index`);
- digits: the start of an NHS number — a range on its unique index;
- a date (``1956-03-21`` or ``21/03/1956``): the birth date's index.

How the rows are found depends on how many match. Few: the matches are looked
up by id and sorted (a handful of rows). Many: the list's index is walked in
order and each patient's own terms probed, stopping after one page — so the
first screenful of a common fragment costs about a page of probes.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, false, func, literal, select, tuple_
from sqlalchemy.orm import Session

from .. import models as m
from ..search_index import has_term, patients_matching
from ..text import name_key

ListKey = tuple[str, str, int]
"""Where a row sits in the list: (family_key, name_key, id)."""

# Below this many matches the rows are fetched by id and sorted; above it the list's
# index is walked in order (each step a probe of one patient's terms).
FEW_MATCHES = 3000
# Name matches are counted up to this many; beyond it the total is "more than".
COUNT_CAP = 5000

_DIGITS = re.compile(r"^[\d\s\-]{3,}$")
_UK_DATE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
NHS_LENGTH = 10


@dataclass(frozen=True)
class Criteria:
    """What the search box holds, as conditions on ``patient``."""

    conditions: tuple[Any, ...]
    tokens: tuple[str, ...] = ()  # name fragments, when the search is by name
    # The same conditions, written so that they filter rows without choosing the index:
    # for many matches the list's own index is walked in order instead.
    filters: tuple[Any, ...] = ()
    nothing: bool = False  # only punctuation was typed: nothing can match


def criteria(text: str) -> Criteria:
    text = (text or "").strip()
    if not text:
        return Criteria(())
    born = as_date(text)
    if born is not None:
        return Criteria((m.Patient.date_of_birth == born,))
    if _DIGITS.match(text):
        digits = re.sub(r"[\s\-]", "", text)[:NHS_LENGTH]
        # NHS numbers are exactly ten digits: a prefix is the range between the prefix
        # padded with 0s and with 9s, which is a range of the unique index in any collation.
        low, high = digits.ljust(NHS_LENGTH, "0"), digits.ljust(NHS_LENGTH, "9")
        as_text = m.Patient.nhs_number.concat("")
        return Criteria(
            (m.Patient.nhs_number >= low, m.Patient.nhs_number <= high),
            filters=(as_text >= low, as_text <= high),
        )
    tokens = tuple(dict.fromkeys(name_key(text).split()))
    if not tokens:
        return Criteria((false(),), nothing=True)
    return Criteria((), tokens)


def count(session: Session, found: Criteria) -> int:
    """How many patients match, from the indexes alone; at most ``COUNT_CAP + 1``.

    A name fragment of one or two letters, or the first digits of an NHS number,
    matches a large part of a practice; counting each of them exactly would cost
    more than the page itself, and "more than 5,000" says all the person needs
    (type more). The empty search counts every patient (the practice's size).
    """
    if found.nothing:
        return 0
    if not found.conditions and not found.tokens:
        return int(session.scalar(select(func.count()).select_from(m.Patient)) or 0)
    if found.tokens:
        return int(
            session.scalar(select(func.count()).select_from(matching_ids(found, COUNT_CAP + 1)))
            or 0
        )
    ids = select(m.Patient.id).where(*found.conditions).limit(COUNT_CAP + 1).subquery()
    return int(session.scalar(select(func.count()).select_from(ids)) or 0)


def is_capped(found: Criteria, total: int) -> bool:
    """Whether :func:`count` stopped counting: the total is "more than" ``COUNT_CAP``."""
    return bool(found.tokens or found.conditions) and total > COUNT_CAP


def matching_ids(found: Criteria, limit: int | None = None) -> Any:
    """The ids of the patients whose name has every fragment, from the terms alone.

    The longest fragment (the one fewest names contain) is looked up in the index, and
    each of its patients is probed for the other fragments in their own terms: "margaret
    s" costs the Margarets, not every name with an "s" in it.
    """
    first, *others = sorted(found.tokens, key=len, reverse=True)
    candidates = patients_matching(first)
    ids: Any = candidates.where(
        *(has_term(token, candidates.selected_columns.patient_id) for token in others)
    ).distinct()
    if limit is not None:
        ids = ids.limit(limit)
    return ids.subquery()


def page(
    session: Session,
    found: Criteria,
    total: int,
    limit: int | None,
    after: ListKey | None,
) -> list[tuple[m.Patient, ListKey]]:
    """One page of matching patients in list order, each with its list key."""
    if found.nothing or total == 0:
        return []
    order = (m.Patient.family_key, m.Patient.name_key, m.Patient.id)
    many = total > FEW_MATCHES
    query: Select[Any] = select(m.Patient).where(
        *(found.filters if many and found.filters else found.conditions)
    )
    if found.tokens and not many:
        query = query.where(m.Patient.id.in_(select(matching_ids(found).c.patient_id)))
    elif found.tokens:
        query = query.where(*(has_term(token) for token in found.tokens))
    if after is not None:
        query = query.where(tuple_(*order) > tuple_(*(literal(v) for v in after)))
    query = query.order_by(*order)
    if limit is not None:
        query = query.limit(limit)
    rows = session.scalars(query).all()
    return [(row, (row.family_key, row.name_key, row.id)) for row in rows]


def as_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    match = _UK_DATE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return None
