"""The indexed patient search: fragments, pages in list order, counts, kept on every write.

Both backends; the queries are index ranges (no LIKE), so these tests also pin
that the ranges give the same answers as "contains" would.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from careplan.models.search import PatientSearchTerm
from careplan.records import PatientInput
from careplan.search_index import terms_for, upper_bound
from careplan.services import Services, patient_search


def _terms(services: Services, patient_id: int) -> set[str]:
    with services.context.session_factory() as session:
        return set(
            session.scalars(
                select(PatientSearchTerm.term).where(PatientSearchTerm.patient_id == patient_id)
            )
        )


def test_terms_are_every_ending_of_every_word() -> None:
    assert terms_for("mary seacole") == {
        "mary", "ary", "ry", "y", "seacole", "eacole", "acole", "cole", "ole", "le", "e",
    }  # fmt: skip
    assert upper_bound("sea") == "seb"


def test_the_index_follows_creating_and_renaming(services: Services) -> None:
    p = services.patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
    assert _terms(services, p.id) == terms_for("mary seacole")
    assert services.patients.search("acol").total == 1
    renamed = services.patients.update(p.id, PatientInput("Mary", "Grant", "1956-03-21"), p.version)
    assert _terms(services, p.id) == terms_for("mary grant")
    assert services.patients.search("acol").total == 0
    assert [r.id for r in services.patients.search("ran").patients] == [renamed.id]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ole", {"Seacole", "Cole"}),  # inside a word, and a whole word
        ("co", {"Seacole", "Cole", "Ó Conaill"}),  # accents folded
        ("mary co", {"Seacole", "Cole"}),  # every fragment, in any word
        ("CONAÍ", {"Ó Conaill"}),  # case and accents folded
        ("zz", set()),
    ],
)
def test_fragments_match_inside_words(services: Services, query: str, expected: set[str]) -> None:
    for given, family, born in (
        ("Mary", "Seacole", "1956-03-21"),
        ("Mary", "Cole", "1960-01-01"),
        ("Séan", "Ó Conaill", "1970-05-05"),
        ("John", "Smith", "1980-01-01"),
    ):
        services.patients.create(PatientInput(given, family, born))
    result = services.patients.search(query)
    assert {p.family_name for p in result.patients} == expected
    assert result.total == len(expected)


def test_pages_continue_in_list_order_without_gaps(services: Services) -> None:
    for i in range(23):
        services.patients.create(PatientInput("Ann", f"Lee{i % 7}", f"19{50 + i}-01-01"))
    services.patients.create(PatientInput("Bob", "Other", "1950-01-01"))
    everyone = services.patients.search("ann", limit=None)
    assert everyone.total == 23 and everyone.next_after is None
    seen, after = [], None
    while True:
        page = services.patients.search("ann", limit=5, after=after, total=everyone.total)
        seen += [p.id for p in page.patients]
        if page.next_after is None:
            break
        after = page.next_after
    assert seen == [p.id for p in everyone.patients]
    names = [(p.family_name, p.id) for p in everyone.patients]
    assert names == sorted(names)


def test_many_matches_walk_the_list_order(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the few-matches limit the list's index is walked: same rows, same order."""
    for i in range(12):
        services.patients.create(PatientInput("Ann", f"Ray{i:02d}", "1970-01-01"))
    by_id = services.patients.search("ra", limit=4)
    monkeypatch.setattr(patient_search, "FEW_MATCHES", 3)
    walked = services.patients.search("ra", limit=4)
    assert walked.patients == by_id.patients and walked.total == 12
    nxt = services.patients.search("ra", limit=4, after=walked.next_after, total=12)
    assert [p.family_name for p in nxt.patients] == [f"Ray{i:02d}" for i in range(4, 8)]


def test_large_name_counts_stop_at_the_cap(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(patient_search, "COUNT_CAP", 5)
    for i in range(8):
        services.patients.create(PatientInput("Ann", f"Ray{i:02d}", "1970-01-01"))
    capped = services.patients.search("ray", limit=3)
    assert (capped.total, capped.more_than_total) == (5, True)
    assert len(capped.patients) == 3
    exact = services.patients.search("ray05")
    assert (exact.total, exact.more_than_total) == (1, False)
    everyone = services.patients.search("")  # the whole list is counted exactly
    assert everyone.total >= 8 and not everyone.more_than_total


def test_nhs_number_prefix_is_a_range_of_its_index(services: Services) -> None:
    p = services.patients.create(PatientInput("Mary", "Seacole", "1956-03-21", "943 476 5919"))
    services.patients.create(PatientInput("John", "Smith", "1960-01-01", "401 023 2137"))
    for prefix in ("943", "943 476", "9434765919", "943-476-59"):
        assert [r.id for r in services.patients.search(prefix).patients] == [p.id]
    assert services.patients.search("9434765918").total == 0


@pytest.mark.parametrize("query", ["mary s", "s mary", "e a", "cole m o", "y"])
def test_a_short_fragment_beside_a_long_one_finds_what_contains_would(
    services: Services, query: str
) -> None:
    """The longest fragment is looked up and the others probed: the same people as asking
    whether every fragment is inside some word of the name."""
    people = (
        ("Mary", "Seacole"),
        ("Mary", "Cole"),
        ("Séan", "Ó Conaill"),
        ("Mary", "Smith"),
        ("Amy", "Rose"),
        ("John", "Smith"),
    )
    for given, family in people:
        services.patients.create(PatientInput(given, family, "1960-01-01"))
    words = {
        (g, f): f"{g} {f}".lower().replace("é", "e").replace("ó", "o").split() for g, f in people
    }
    expected = {
        f"{g} {f}"
        for (g, f), name in words.items()
        if all(any(t in w for w in name) for t in query.split())
    }
    result = services.patients.search(query)
    assert {p.full_name for p in result.patients} == expected
    assert result.total == len(expected)


def test_many_nhs_number_matches_are_counted_to_the_cap_and_walked_in_list_order(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from careplan.identifiers import nhs_check_digit

    numbers = []
    for i in range(7):
        stem = f"999000{i:03d}"
        digit = nhs_check_digit(stem)
        if digit is not None:
            numbers.append(f"{stem}{digit}")
    for i, number in enumerate(numbers):
        services.patients.create(PatientInput("Ann", f"Zed{6 - i}", "1970-01-01", number))
    by_index = services.patients.search("999000", limit=None)
    assert by_index.total == len(numbers) and not by_index.more_than_total
    monkeypatch.setattr(patient_search, "FEW_MATCHES", 2)
    monkeypatch.setattr(patient_search, "COUNT_CAP", 3)
    walked = services.patients.search("999000", limit=2)
    assert (walked.total, walked.more_than_total) == (3, True)
    assert walked.patients == by_index.patients[:2]
    rest = services.patients.search(
        "999000", limit=None, after=walked.next_after, total=3, more_than_total=True
    )
    assert walked.patients + rest.patients == by_index.patients
