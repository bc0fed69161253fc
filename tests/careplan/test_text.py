from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careplan.errors import ValidationError
from careplan.text import TEXT_MAX, clean, name_key


def test_clean_normalises_to_nfc_and_keeps_the_words() -> None:
    decomposed = "Zoe\u0308 walks"  # e + combining diaeresis
    assert clean(decomposed, "text") == "Zoë walks"


def test_clean_drops_pasted_control_characters_but_keeps_lines() -> None:
    assert clean("walk\x00 to\x07 the\x1b park\r\nevery day\t!", "text") == (
        "walk to the park\nevery day\t!"
    )


def test_clean_single_line_fields_fold_newlines() -> None:
    assert clean("Mary\nJane", "given_name", multiline=False) == "Mary Jane"


def test_markup_and_right_to_left_and_emoji_are_kept_as_typed() -> None:
    text = "<b>walk</b> & مريم 🚶‍♀️ <img src=x>"
    assert clean(text, "text") == text


def test_too_long_text_is_refused_with_the_count() -> None:
    with pytest.raises(ValidationError) as info:
        clean("x" * (TEXT_MAX + 1), "text", label="goal")
    assert info.value.field == "text"
    assert "10,001" in info.value.message


def test_required_text_is_refused_when_blank() -> None:
    with pytest.raises(ValidationError, match="Please enter the goal"):
        clean("  \n ", "text", required=True, label="goal")


def test_lone_surrogates_are_refused_not_stored() -> None:
    with pytest.raises(ValidationError, match="broken characters"):
        clean("bad \udc80", "text")


def test_name_key_folds_case_accents_and_punctuation() -> None:
    assert name_key("Zoë", "O'Brien") == name_key("zoe", "OBRIEN") == "zoe obrien"


@given(st.text(max_size=300))
def test_clean_is_idempotent_and_never_grows_text(text: str) -> None:
    try:
        once = clean(text, "text")
    except ValidationError:
        return
    assert clean(once, "text") == once
